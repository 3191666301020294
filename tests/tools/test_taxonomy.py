"""The shipped skills taxonomy is what scripts/build_taxonomy.py derives from O*NET (when the list is here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ONET = ROOT.parent / "shared" / "corpora" / "taxonomies" / "onet-29.2-technology-skills.txt"


def test_the_taxonomy_carries_its_attribution_and_the_guards() -> None:
    data = json.loads((ROOT / "tools" / "resumes" / "taxonomy.json").read_text(encoding="utf-8"))
    assert "O*NET 29.2 Database" in data["attribution"] and "CC BY 4.0" in data["attribution"]
    skills = data["skills"]
    assert len(skills) > 8000
    for canonical, word in (("go", "go"), ("r", "r"), ("excel", "excel"), ("microsoft word", "word"),
                            ("microsoft access", "access")):
        assert skills[canonical].get("context") is True, canonical  # short or common words: only in a list
        assert word not in skills[canonical].get("aliases", []), canonical  # never the lower-case word
    assert "autodesk autocad" in skills["autocad"]["aliases"] and "salesforce crm" in skills["salesforce"]["aliases"]
    assert "财务分析" in skills["financial analysis"]["zh"] and "招聘" in skills["recruiting"]["zh"]


@pytest.mark.skipif(not ONET.is_file(), reason="the O*NET list is in ../shared/corpora, not in the repository")
def test_the_committed_taxonomy_is_what_the_script_makes(tmp_path: Path) -> None:
    out = tmp_path / "taxonomy.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_taxonomy.py"), str(ONET), "--out", str(out)],
                   check=True, capture_output=True, timeout=300)
    assert out.read_bytes() == (ROOT / "tools" / "resumes" / "taxonomy.json").read_bytes()
