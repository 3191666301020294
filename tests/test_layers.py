"""The architecture's import rules (issue 20), checked on the source: storage owns the tables and their queries,
and imports flow one way: api and cli → services → agent → tools, with storage and core beside them (core imports
nothing of ours)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("agent", "api", "cli", "core", "services", "storage", "tools", "evals", "prompts")
FORBIDDEN = {  # package: what it may not import
    "tools": {"agent", "services", "api", "cli", "evals", "storage"},
    "core": set(PACKAGES) - {"core"},
    "storage": {"agent", "services", "api", "cli", "evals"},
    "agent": {"services", "api", "cli", "evals"},
    "services": {"api", "cli", "evals"},
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


def _table_offences(source: str) -> list[str]:
    """Imports of storage's models (for queries) or of SQLAlchemy, which only storage/ may make."""
    offences = []
    for name, typing_only, line in _imports(ast.parse(source)):
        if name.startswith("storage.models.") and not typing_only:
            offences.append(f"{line} {name}")
        if name.split(".")[0] == "sqlalchemy" and name != "sqlalchemy.orm.Session":
            offences.append(f"{line} {name}")  # a Session may be passed along and annotated, never queried here
    return offences


def _layer_offences(package: str, source: str) -> list[str]:
    """Imports that go against the flow from a module of `package` (annotations only are allowed)."""
    return [f"{line} imports {name}" for name, typing_only, line in _imports(ast.parse(source))
            if name.split(".")[0] in FORBIDDEN.get(package, set()) and not typing_only]


def test_only_storage_touches_tables_and_queries() -> None:
    offences = [f"{path.relative_to(ROOT)}:{offence}"
                for package in PACKAGES if package != "storage"
                for path in _modules(package)
                for offence in _table_offences(path.read_text(encoding="utf-8"))]
    assert offences == []


def test_imports_flow_one_way() -> None:
    offences = [f"{path.relative_to(ROOT)}:{offence}"
                for package in FORBIDDEN
                for path in _modules(package)
                for offence in _layer_offences(package, path.read_text(encoding="utf-8"))]
    assert offences == []


def test_the_rules_see_what_they_forbid() -> None:
    source = ("from typing import TYPE_CHECKING\nfrom storage.models import Task\nimport sqlalchemy\n"
              "if TYPE_CHECKING:\n    from storage.models import Delivery\n"
              "def f():\n    from agent.runner import Runner\n")
    found = _imports(ast.parse(source))
    assert ("storage.models.Task", False, 2) in found and ("sqlalchemy", False, 3) in found
    assert ("storage.models.Delivery", True, 5) in found and ("agent.runner.Runner", False, 7) in found

    # Tables: a model imported for use, or SQLAlchemy itself, is caught; a Session or an annotation is not.
    assert _table_offences("from storage.models import Task\n") == ["1 storage.models.Task"]
    assert _table_offences("import sqlalchemy\nfrom sqlalchemy import select\n") == [
        "1 sqlalchemy", "2 sqlalchemy.select"]
    assert _table_offences("from sqlalchemy.orm import Session\nfrom typing import TYPE_CHECKING\n"
                           "if TYPE_CHECKING:\n    from storage.models import Task\n") == []

    # Layers: every forbidden edge is caught, as `from`, as `import` and inside a function; never when the
    # import is for annotations only.
    for package, forbidden in FORBIDDEN.items():
        for target in forbidden:
            assert _layer_offences(package, f"from {target}.x import y\n") == [f"1 imports {target}.x.y"]
            assert _layer_offences(package, f"def f():\n    import {target}\n") == [f"2 imports {target}"]
            assert _layer_offences(package, "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                            f"    from {target}.x import y\n") == []
    # The edges this layout depends on, by name.
    assert _layer_offences("agent", "from services.intake import handle_webhook\n")
    assert _layer_offences("tools", "import services.tools\n")
    assert _layer_offences("core", "from services.documents import read_invoice\n")
    assert _layer_offences("core", "from storage.db import Database\n")
    assert _layer_offences("services", "from api.problems import problem\n")
    assert _layer_offences("services", "from agent.kinds import KINDS\nfrom tools.risk import check_invoice\n"
                                       "from storage import tasks\nfrom core.errors import Conflict\n") == []
    assert _layer_offences("api", "from services.reviews import decide\nfrom agent.runner import TaskRunner\n") == []
    assert _layer_offences("cli", "from services.retention import purge\n") == []


def test_a_task_kind_is_one_registry_line() -> None:
    """Domain, SLA, edit fields and who else requested it come from the kind, not from the callers."""
    from agent.kinds import KINDS

    invoice, screen = KINDS["invoice_review"], KINDS["candidate_screen"]
    assert (invoice.domain, invoice.sla_hours, screen.domain, screen.sla_hours) == ("finance", 48.0, "hr", 72.0)
    assert invoice.other_requesters({}, {"purchase_order": {"requester": "Rita Ruiz"}}) == {"Rita Ruiz"}
    assert screen.other_requesters({}, {"purchase_order": {"requester": "Rita Ruiz"}}) == set()
    callers = [path for path in _modules("agent") + _modules("services") + _modules("api") + _modules("evals")
               if 'domain="finance"' in path.read_text(encoding="utf-8")
               or 'domain="hr"' in path.read_text(encoding="utf-8")]
    assert callers == []


def test_each_kind_names_its_page_and_edit_form() -> None:
    """A kind's part of the task page and its edit form live with the kind (agent/kinds.py); the task template has
    no kind's name in it."""
    from agent.kinds import KINDS

    templates = ROOT / "api" / "ui" / "templates"
    for kind in KINDS.values():
        assert kind.page is None or (templates / kind.page).is_file(), kind.name
        assert isinstance(kind.edit_form({}), list)
    task_page = (templates / "task.html.j2").read_text(encoding="utf-8")
    assert not [name for name in KINDS if name in task_page]
