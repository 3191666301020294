"""SQLite, the embedded default: created on first start, exact decimals."""

from __future__ import annotations

from pathlib import Path

from tests.storage.test_postgres import assert_decimals_exact


def test_database_file_is_created_on_first_start(harness_factory, tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "de.db"
    h = harness_factory(f"sqlite:///{path}")
    assert path.exists() and h.client.get("/readyz").status_code == 200


def test_decimals_are_exact_on_sqlite(h) -> None:
    assert_decimals_exact(h)
