"""The architecture's import rules (issue 20), checked on the source: storage owns the tables and their queries,
and imports flow one way: api and cli → agent → tools, with storage and core beside them."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("agent", "api", "cli", "core", "storage", "tools", "evals", "prompts")
FORBIDDEN = {  # package: what it may not import
    "tools": {"agent", "api", "cli", "evals", "storage"},
    "core": {"agent", "api", "cli", "evals", "storage", "tools"},
    "storage": {"agent", "api", "cli", "evals"},
    "agent": {"api", "cli", "evals"},
    "api": {"cli", "evals"},
}


def _modules(package: str) -> list[Path]:
    return [path for path in (ROOT / package).rglob("*.py") if "datasets" not in path.parts]


def _imports(tree: ast.Module) -> list[tuple[str, bool, int]]:
    """(module imported, under `if TYPE_CHECKING:`, line) for every import in the file."""
    found: list[tuple[str, bool, int]] = []

    def visit(node: ast.AST, typing_only: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and isinstance(child.test, ast.Name) and child.test.id == "TYPE_CHECKING":
                for inner in child.body:
                    visit(ast.Module(body=[inner], type_ignores=[]), True)
                continue
            if isinstance(child, ast.Import):
                found.extend((alias.name, typing_only, child.lineno) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.extend((f"{child.module}.{alias.name}", typing_only, child.lineno) for alias in child.names)
            visit(child, typing_only)

    visit(tree, False)
    return found


def test_only_storage_touches_tables_and_queries() -> None:
    offences = []
    for package in PACKAGES:
        if package == "storage":
            continue
        for path in _modules(package):
            for name, typing_only, line in _imports(ast.parse(path.read_text(encoding="utf-8"))):
                where = f"{path.relative_to(ROOT)}:{line} {name}"
                if name.startswith("storage.models.") and not typing_only:
                    offences.append(where)
                if name.split(".")[0] == "sqlalchemy" and name != "sqlalchemy.orm.Session":
                    offences.append(where)  # a Session may be passed along and annotated, never queried here
    assert offences == []


def test_imports_flow_one_way() -> None:
    offences = []
    for package, forbidden in FORBIDDEN.items():
        for path in _modules(package):
            for name, typing_only, line in _imports(ast.parse(path.read_text(encoding="utf-8"))):
                if name.split(".")[0] in forbidden and not typing_only:
                    offences.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert offences == []


def test_the_rules_see_what_they_forbid() -> None:
    source = ("from typing import TYPE_CHECKING\nfrom storage.models import Task\nimport sqlalchemy\n"
              "if TYPE_CHECKING:\n    from storage.models import Delivery\n"
              "def f():\n    from agent.runner import Runner\n")
    found = _imports(ast.parse(source))
    assert ("storage.models.Task", False, 2) in found and ("sqlalchemy", False, 3) in found
    assert ("storage.models.Delivery", True, 5) in found and ("agent.runner.Runner", False, 7) in found


def test_a_task_kind_is_one_registry_line() -> None:
    """Domain, SLA, edit fields and who else requested it come from the kind, not from the callers."""
    from agent.kinds import KINDS

    invoice, screen = KINDS["invoice_review"], KINDS["candidate_screen"]
    assert (invoice.domain, invoice.sla_hours, screen.domain, screen.sla_hours) == ("finance", 48.0, "hr", 72.0)
    assert invoice.other_requesters({}, {"purchase_order": {"requester": "Rita Ruiz"}}) == {"Rita Ruiz"}
    assert screen.other_requesters({}, {"purchase_order": {"requester": "Rita Ruiz"}}) == set()
    callers = [path for path in _modules("agent") + _modules("api") + _modules("evals")
               if 'domain="finance"' in path.read_text(encoding="utf-8")
               or 'domain="hr"' in path.read_text(encoding="utf-8")]
    assert callers == []
