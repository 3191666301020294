"""Dataset generators: fixed seeds, expected values from the generator's own ground truth."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TODAY = "2026-11-26"  # the day every generated dataset is written for (see the schema's `today`)


def write_dataset(path: Path, *, suite: str, version: int, description: str, script: str, seed: int,
                  cases: list[dict[str, Any]], today: str = TODAY) -> None:
    dataset = {"suite": suite, "version": version, "today": today, "description": description,
               "generator": {"script": script, "seed": seed}, "cases": cases}
    path.write_text(json.dumps(dataset, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {path}")
