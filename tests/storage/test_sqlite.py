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


def test_writers_queue_on_the_process_gate(database_url: str) -> None:
    """An open transaction holds the file's gate; another thread waits on it (not in SQLite's sleeping busy
    handler); a wait past the timeout falls through instead of deadlocking; the gate is re-entrant."""
    import threading

    from sqlalchemy import text

    from storage.db import Database, WriteGate, sqlite_path, upgrade, write_gate

    upgrade(database_url)
    db = Database(database_url)
    gate = write_gate(sqlite_path(database_url) or "")
    assert write_gate(sqlite_path(database_url) or "") is gate
    seen: list[bool] = []
    try:
        with db.session() as session:
            session.execute(text("SELECT 1"))
            probe = threading.Thread(target=lambda: seen.append(gate._lock.acquire(blocking=False)))
            probe.start()
            probe.join()
            assert seen == [False]  # held by this transaction
            with gate:  # re-entrant for the holder
                pass

        def take_and_give_back() -> None:
            seen.append(gate.acquire())
            gate.release()

        probe = threading.Thread(target=take_and_give_back)
        probe.start()
        probe.join()
        assert seen == [False, True]  # released at commit
    finally:
        db.dispose()
    short = WriteGate(timeout=0.01)
    holder = threading.Thread(target=short.acquire)
    holder.start()
    holder.join()
    with short:  # held by a thread that is gone: falls through after the timeout
        assert short._held.stack == [False]
    assert short._held.stack == []
