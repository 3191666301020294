"""Demo data for the quick start: vendors, POs, receipts, jobs, keys and a source. Idempotent."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from storage import keys, masterdata, policies, sources
from storage.db import Database
from tools.documents import GoodsReceipt, Job, PurchaseOrder, Vendor

VENDORS: list[dict[str, Any]] = [
    {"vendor_id": "V-ACME", "name": "Acme Office Supplies Ltd", "tax_id": "GB123456789",
     "bank_account": "GB29NWBK60161331926819", "created_at": "2023-02-01T00:00:00Z"},
    {"vendor_id": "V-HUAXIN", "name": "上海华信办公设备有限公司", "tax_id": "91310000MA1FL4KQ3H",
     "bank_account": "6222020200112233445", "created_at": "2022-06-15T00:00:00Z"},
    {"vendor_id": "V-NORD", "name": "Nordlicht Consulting GmbH", "tax_id": "DE811569869",
     "bank_account": "DE89370400440532013000", "created_at": "2024-01-10T00:00:00Z"},
]

PURCHASE_ORDERS: list[dict[str, Any]] = [
    {"po_number": "PO-1001", "vendor": {"vendor_id": "V-ACME", "name": "Acme Office Supplies Ltd",
                                         "tax_id": "GB123456789"},
     "order_date": "2026-10-01", "currency": "GBP", "status": "open", "requester": "rita.requester",
     "approver": "max.manager",
     "lines": [
         {"line_no": 1, "sku": "PAPER-A4", "description": "A4 copier paper, 80 g, box of 5 reams",
          "quantity": "40", "unit_price": "21.50", "tax_rate": "0.20"},
         {"line_no": 2, "sku": "TONER-HP26X", "description": "HP 26X black toner cartridge",
          "quantity": "10", "unit_price": "118.00", "tax_rate": "0.20"},
     ]},
    {"po_number": "PO-2001", "vendor": {"vendor_id": "V-HUAXIN", "name": "上海华信办公设备有限公司",
                                         "tax_id": "91310000MA1FL4KQ3H"},
     "order_date": "2026-10-08", "currency": "CNY", "status": "open", "requester": "li.lei",
     "approver": "wang.fang",
     "lines": [
         {"line_no": 1, "sku": "DESK-1400", "description": "办公桌 1400mm", "quantity": "20",
          "unit_price": "1280.00", "tax_rate": "0.13"},
         {"line_no": 2, "sku": "CHAIR-ERGO", "description": "人体工学椅", "quantity": "20",
          "unit_price": "860.00", "tax_rate": "0.13"},
         {"line_no": 3, "description": "安装服务", "quantity": "1", "unit_price": "3000.00",
          "tax_rate": "0.06"},
     ]},
    {"po_number": "PO-3001", "vendor": {"vendor_id": "V-NORD", "name": "Nordlicht Consulting GmbH",
                                         "tax_id": "DE811569869"},
     "order_date": "2026-09-20", "currency": "EUR", "status": "open", "requester": "rita.requester",
     "approver": "max.manager",
     "lines": [
         {"line_no": 1, "description": "ERP process audit, consulting days", "quantity": "12",
          "unit_price": "1150.00", "tax_rate": "0.19"},
     ]},
]

GOODS_RECEIPTS: list[dict[str, Any]] = [
    {"grn_number": "GRN-1001-A", "po_number": "PO-1001", "received_date": "2026-10-10",
     "lines": [{"po_line_no": 1, "quantity_received": "40"}, {"po_line_no": 2, "quantity_received": "6"}]},
    {"grn_number": "GRN-2001-A", "po_number": "PO-2001", "received_date": "2026-10-20",
     "lines": [{"po_line_no": 1, "quantity_received": "20"}, {"po_line_no": 2, "quantity_received": "20"},
               {"po_line_no": 3, "quantity_received": "1"}]},
]

JOBS: list[dict[str, Any]] = [
    {"job_id": "JOB-DATA-1", "title": "Data Engineer", "required_skills": ["python", "sql", "airflow"],
     "nice_to_have": ["kubernetes", "spark"], "min_years": "3",
     "description": "Build and run the finance data platform."},
    {"job_id": "JOB-AP-1", "title": "应付会计 Accounts Payable Accountant", "required_skills": ["excel", "sap"],
     "nice_to_have": ["english"], "min_years": "2", "description": "负责供应商发票核对与付款。"},
]

DEMO_KEYS: list[dict[str, Any]] = [
    {"name": "ada.admin", "role": "admin", "domains": ["finance", "hr", "compliance"]},
    {"name": "fiona.finance", "role": "reviewer", "domains": ["finance"]},
    {"name": "harry.hr", "role": "reviewer", "domains": ["hr"]},
    {"name": "sam.staff", "role": "staff", "domains": []},
]
DEMO_SOURCE = "erp-demo"


POLICIES = Path(__file__).parent / "demo_policies"


def seed_policies(db: Database) -> int:
    """The demo handbook (English and Chinese), each document once: an existing title is left as it is."""
    from services.policies import PolicyService

    service = PolicyService(db)
    added = 0
    for path in sorted(POLICIES.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        title = text.splitlines()[0].lstrip("#").strip()
        with db.session() as session:
            exists = policies.title_exists(session, title)
        if not exists:
            service.upload(title=title, text=text, fmt="md")
            added += 1
    return added


def seed(db: Database, *, credentials_path: Path) -> dict[str, Any]:
    with db.session() as session:
        for vendor in VENDORS:
            masterdata.upsert_vendor(session, Vendor.model_validate(vendor))
        for po in PURCHASE_ORDERS:
            masterdata.upsert_purchase_order(session, PurchaseOrder.model_validate(po))
        for grn in GOODS_RECEIPTS:
            masterdata.post_goods_receipt(session, GoodsReceipt.model_validate(grn))
        for job in JOBS:
            masterdata.upsert_job(session, Job.model_validate(job))

    saved: dict[str, Any] = {}
    if credentials_path.exists():
        saved = json.loads(credentials_path.read_text(encoding="utf-8"))
    with db.session() as session:
        saved_keys = saved.setdefault("keys", {})
        for spec in DEMO_KEYS:
            known = saved_keys.get(spec["name"])
            if known and keys.authenticate(session, secret=known) is not None:
                continue
            existing = keys.key_named(session, name=spec["name"])
            if existing and not known:
                continue  # created earlier without a credentials file: the secret cannot be shown again
            # A lost secret: a new key for the same holder (named explicitly: no second holder by accident).
            holder = keys.holder_of_named(session, name=spec["name"]) if existing else None
            _row, secret = keys.create(session, **spec, holder_id=holder, channel="demo")
            saved_keys[spec["name"]] = secret
        source = sources.get(session, name=DEMO_SOURCE)
        if source is None:
            source = sources.create(session, name=DEMO_SOURCE, channel="demo")
        saved["source"] = {"name": source.name, "secret": source.secret}
    credentials_path.parent.mkdir(parents=True, exist_ok=True)
    credentials_path.write_text(json.dumps(saved, indent=2), encoding="utf-8")
    os.chmod(credentials_path, 0o600)
    counts = {"vendors": len(VENDORS), "purchase_orders": len(PURCHASE_ORDERS),
              "goods_receipts": len(GOODS_RECEIPTS), "jobs": len(JOBS), "policies": seed_policies(db)}
    return {"counts": counts, "credentials": saved}
