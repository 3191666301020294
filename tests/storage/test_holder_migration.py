"""Migration 0007 on a database with keys, sources and tasks from before: a holder per distinct normalised key
name, a system holder per source (the source wins a clash), tasks' requesters mapped to holders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from storage.db import make_engine, upgrade

T = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _upgrade_to(url: str, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    import storage.db

    config = Config()
    config.set_main_option("script_location", str(Path(storage.db.__file__).parent / "migrations"))
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _old_rows(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            meta = sa.MetaData()
            keys = sa.Table("api_keys", meta, autoload_with=connection)
            sources = sa.Table("sources", meta, autoload_with=connection)
            tasks = sa.Table("tasks", meta, autoload_with=connection)
            rows = [("k1", "fiona.finance", "reviewer"), ("k2", "fiona.finance\u200b", "admin"),
                    ("k3", "Fiona.Finance ", "staff"), ("k4", "erp-demo", "staff"), ("k5", "sam", "staff"),
                    ("k6", "\u200b", "staff")]
            connection.execute(keys.insert(), [
                {"id": key_id, "name": name, "role": role, "domains": [], "key_hash": key_id * 8,
                 "prefix": "de_x", "created_at": T + dt.timedelta(minutes=n), "revoked_at": None}
                for n, (key_id, name, role) in enumerate(rows)])
            connection.execute(sources.insert(), [
                {"name": "erp-demo", "secret": "whsec_a", "callback_url": None, "created_at": T}])
            common = {"kind": "invoice_review", "status": "awaiting_review", "domain": "finance", "created_at": T,
                      "updated_at": T, "version": 1, "input": {}, "risk_flags": [], "attempts": 0}
            connection.execute(tasks.insert(), [
                {"id": "t1", "source": "erp-demo", "requester": "erp-demo", **common},
                {"id": "t2", "source": None, "requester": "Sam", **common},
                {"id": "t3", "source": None, "requester": None, **common}])
    finally:
        engine.dispose()


def _check(url: str) -> None:
    _upgrade_to(url, "0006")
    _old_rows(url)
    upgrade(url)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            holders = {row.id: (row.kind, row.display_name) for row in connection.execute(
                sa.text("SELECT id, kind, display_name FROM holders"))}
            keys = dict(connection.execute(sa.text("SELECT id, holder_id FROM api_keys")).all())
            source = connection.execute(sa.text("SELECT holder_id FROM sources WHERE name = 'erp-demo'")).scalar()
            tasks = dict(connection.execute(sa.text("SELECT id, requester_holder FROM tasks")).all())
            audit = connection.execute(sa.text("SELECT action, target FROM audit_log ORDER BY id")).all()
    finally:
        engine.dispose()
    assert source == "erp-demo" and holders["erp-demo"][0] == "system"
    # The three spellings of fiona are one holder; the staff key named like the source is a person apart.
    assert keys["k1"] == keys["k2"] == keys["k3"] == "fiona.finance"
    assert holders["fiona.finance"] == ("person", "fiona.finance")
    assert keys["k4"] != "erp-demo" and holders[keys["k4"]][0] == "person"
    assert keys["k5"] == "sam" and keys["k6"] not in ("", "\u200b") and keys["k6"] in holders
    assert tasks == {"t1": "erp-demo", "t2": "sam", "t3": None}
    assert ("holder.created", "fiona.finance") in [tuple(row) for row in audit]


def test_existing_rows_get_holders_on_sqlite(tmp_path: Path) -> None:
    _check(f"sqlite:///{tmp_path / 'old.db'}")


@pytest.mark.postgres
def test_existing_rows_get_holders_on_postgres(postgres_url: str) -> None:
    _check(postgres_url)
