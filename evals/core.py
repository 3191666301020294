"""Datasets, cases and results. Designed after pydantic_evals: a case has a name, inputs, the expected output
and tags; an evaluator scores one case; a suite aggregates its cases into metrics."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

DATASETS = Path(__file__).parent / "datasets"


@dataclass(frozen=True)
class Case:
    name: str
    inputs: dict[str, Any]
    expected: dict[str, Any]
    tags: tuple[str, ...] = ()
    origin: str = "hand-written"
    today: str | None = None  # the dataset's day: the clock the case runs on


@dataclass
class CaseResult:
    case: str
    passed: bool
    expected: Any
    actual: Any
    seconds: float
    tags: tuple[str, ...] = ()
    scores: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Dataset:
    suite: str
    version: int
    today: str
    cases: tuple[Case, ...]
    path: Path


class DatasetError(ValueError):
    pass


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files("evals").joinpath("dataset.schema.json").read_text(encoding="utf-8"))


def load_dataset(path: Path) -> Dataset:
    """Read and validate one dataset file; names must be unique."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DatasetError(f"{path}: {exc}") from None
    try:
        jsonschema.validate(data, schema())
    except jsonschema.ValidationError as exc:
        where = "/".join(str(part) for part in exc.absolute_path)
        raise DatasetError(f"{path}: {where or 'root'}: {exc.message}") from None
    names = [case["name"] for case in data["cases"]]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise DatasetError(f"{path}: duplicate case names: {', '.join(duplicates[:5])}")
    cases = tuple(Case(name=c["name"], inputs=c["inputs"], expected=c["expected"], tags=tuple(c.get("tags", [])),
                       origin=c.get("origin", "hand-written"), today=data["today"]) for c in data["cases"])
    return Dataset(suite=data["suite"], version=data["version"], today=data["today"], cases=cases, path=path)


def load_suite_datasets(suite: str, directory: Path = DATASETS) -> list[Dataset]:
    """Every dataset file of a suite: `<suite>.json` and `<suite>_*.json`."""
    paths = sorted([*directory.glob(f"{suite}.json"), *directory.glob(f"{suite}_*.json")])
    datasets = [load_dataset(path) for path in paths]
    for dataset in datasets:
        if dataset.suite != suite:
            raise DatasetError(f"{dataset.path}: suite is {dataset.suite!r}, expected {suite!r}")
    return datasets
