"""One engine and one session factory per process, built by the app factory, never at import time."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Numeric, String, create_engine, event, text
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import TypeDecorator

SQLITE_BUSY_TIMEOUT_MS = 30_000
MIGRATION_LOCK = 0x44455F6D6967  # "DE_mig": the PostgreSQL advisory lock key held while migrating


class DecimalType(TypeDecorator[Decimal]):
    """Exact decimals: NUMERIC(24, 6) on PostgreSQL, canonical text on SQLite (whose NUMERIC is a float)."""

    impl = String(40)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric(24, 6, asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        value = Decimal(value)
        return format(value, "f") if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(str(value))


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def json_dumps(value: Any) -> str:
    return json.dumps(value, default=_json_default, ensure_ascii=False, separators=(",", ":"))


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def libpq_url(url: str) -> str:
    """The SQLAlchemy URL as psycopg and libpq take it (`postgresql://…`, password kept)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def sqlite_path(url: str) -> str | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    return parsed.database or ":memory:"


class WriteGate:
    """Queues one process's writers to one SQLite file, so they wait on a lock and wake at once, instead of in
    SQLite's busy handler, which polls with sleeps of up to 100 ms (the cause of webhook p99 over a second under
    load). Re-entrant; a wait longer than the busy timeout falls through to SQLite's own locking, so it can
    never deadlock where SQLite alone would not."""

    def __init__(self, timeout: float) -> None:
        self._lock = threading.RLock()
        self._held = threading.local()
        self.timeout = timeout

    def acquire(self) -> bool:
        return self._lock.acquire(timeout=self.timeout)

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> WriteGate:
        stack = getattr(self._held, "stack", None)
        if stack is None:
            stack = self._held.stack = []
        stack.append(self.acquire())
        return self

    def __exit__(self, *exc: object) -> None:
        if self._held.stack.pop():
            self.release()


_GATES: dict[str, WriteGate] = {}
_GATES_LOCK = threading.Lock()


def write_gate(path: str) -> WriteGate:
    """The process's gate for an SQLite file (shared by the app's engine and LangGraph's checkpointer)."""
    key = str(Path(path).resolve()) if path != ":memory:" else path
    with _GATES_LOCK:
        return _GATES.setdefault(key, WriteGate(SQLITE_BUSY_TIMEOUT_MS / 1000))


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        path = sqlite_path(url)
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, json_serializer=json_dumps,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # SQLAlchemy, not pysqlite, emits BEGIN
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        gate = write_gate(path or ":memory:")

        @event.listens_for(engine, "begin")
        def _sqlite_begin_immediate(connection: Any) -> None:
            # Take the write lock at the start of a transaction: a read-then-write transaction never has
            # to be aborted half-way (SQLite's deferred default would fail with "database is locked").
            connection.info["de_gate"] = gate.acquire()
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            except BaseException:
                if connection.info.pop("de_gate", False):
                    gate.release()
                raise

        @event.listens_for(engine, "commit")
        @event.listens_for(engine, "rollback")
        def _sqlite_end(connection: Any) -> None:
            if connection.info.pop("de_gate", False):
                gate.release()

        return engine
    return create_engine(url, json_serializer=json_dumps, pool_pre_ping=True, pool_size=10, max_overflow=20)


__all__ = ["Database", "IntegrityError", "ping"]  # IntegrityError: a lost race on a unique key (the API's 409)


def ping(engine: Engine) -> None:
    """One round trip to the database; raises when it is not reachable."""
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))


class Database:
    """The engine and session factory of one process."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on error."""
        with self.sessions() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def upgrade(url: str) -> None:
    """Apply the Alembic migrations up to head."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["database_url"] = url
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Several processes may start at once (API replicas, workers): one migrates, the others wait
                # for it and then find nothing to do. Released when this transaction ends.
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
