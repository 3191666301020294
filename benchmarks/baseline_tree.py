"""The code of an earlier commit, for benchmarks that time it beside today's in the same run."""

from __future__ import annotations

import subprocess
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def export(ref: str, into: Path) -> Path:
    """tools/ and core/ as they were at `ref`, unpacked into a folder of their own."""
    archive = into / "baseline.tar"
    with archive.open("wb") as handle:
        subprocess.run(["git", "archive", ref, "tools", "core"], cwd=ROOT, stdout=handle, check=True, timeout=120)
    tree = into / "baseline"
    tree.mkdir()
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    return tree
