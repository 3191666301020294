"""LangGraph checkpointers from the one DE_DATABASE_URL: SQLite file or PostgreSQL."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from langgraph.checkpoint.base import BaseCheckpointSaver

from storage.db import SQLITE_BUSY_TIMEOUT_MS, libpq_url, sqlite_path, write_gate

CHECKPOINT_SETUP_LOCK = 0x44455F636B7074  # "DE_ckpt": a PostgreSQL advisory lock key, not the migrations' one


@contextmanager
def open_checkpointer(database_url: str) -> Iterator[BaseCheckpointSaver]:
    """Yield a ready checkpointer (tables created) that lives as long as the block."""
    path = sqlite_path(database_url)
    if path is not None:
        from langgraph.checkpoint.sqlite import SqliteSaver

        conn = sqlite3.connect(path, check_same_thread=False, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        try:
            saver = SqliteSaver(conn)
            saver.lock = write_gate(path)  # type: ignore[assignment]  # one queue with the app's own writers
            saver.setup()
            yield saver
        finally:
            conn.close()
        return

    from langgraph.checkpoint.postgres import PostgresSaver
    from psycopg.rows import dict_row
    from psycopg_pool import ConnectionPool

    with ConnectionPool(libpq_url(database_url), min_size=1, max_size=10,
                        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row}) as pool:
        saver = PostgresSaver(pool)  # type: ignore[arg-type]
        with pool.connection() as conn:
            # LangGraph's own migrations, once even when several processes start together. The others poll
            # rather than block: its CREATE INDEX CONCURRENTLY waits for every open statement, a blocked
            # pg_advisory_lock included, and PostgreSQL does not see that deadlock.
            while not conn.execute("SELECT pg_try_advisory_lock(%s) AS ok", (CHECKPOINT_SETUP_LOCK,)).fetchone()["ok"]:
                time.sleep(0.1)
            try:
                saver.setup()
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (CHECKPOINT_SETUP_LOCK,))
        yield saver


def prune_to_latest(checkpointer: BaseCheckpointSaver, thread_id: str) -> None:
    """Keep only a finished thread's latest checkpoint, so the database does not grow with every step.

    Safe for this project's graphs: their channels are plain values and lists, not LangGraph's DeltaChannel,
    whose latest checkpoint would need its ancestors."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    if isinstance(checkpointer, SqliteSaver):
        # The saver's own sqlite3 connection (LangGraph's tables), parameterised statements only.
        with checkpointer.lock, checkpointer.conn:
            checkpointer.conn.execute(
                "DELETE FROM writes WHERE thread_id = ? AND checkpoint_id NOT IN (SELECT checkpoint_id FROM "
                "checkpoints WHERE thread_id = ? ORDER BY checkpoint_id DESC LIMIT 1)", (thread_id, thread_id))
            checkpointer.conn.execute(
                "DELETE FROM checkpoints WHERE thread_id = ? AND checkpoint_id NOT IN (SELECT checkpoint_id FROM "
                "checkpoints WHERE thread_id = ? ORDER BY checkpoint_id DESC LIMIT 1)", (thread_id, thread_id))
        return
    checkpointer.prune([thread_id], strategy="keep_latest")
