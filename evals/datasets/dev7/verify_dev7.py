#!/usr/bin/env python3
"""Sanity checks for resume_dev7 (files open, visible text carries the labelled name/emails/phones/skills,
hidden text is present in the file but not visible, scanned PDFs have no text layer)."""
import json
import os
import re
import sys

import docx
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_dev7_resumes as B  # noqa: E402

suite = json.load(open(os.path.join(HERE, "resume_dev7.json"), encoding="utf-8"))
assert suite["suite"] == "resume_dev7" and suite["version"] == 1 and suite["today"] == "2026-11-30"
assert B.CONVENTIONS in suite["description"]
cases = suite["cases"]
assert len(cases) == 42, len(cases)
defs = {r["id"]: r for r in B.RESUMES}
problems = []


def squash(s):
    return re.sub(r"\s+", "", s).casefold()


WHITE = ((1, 1, 1), (1.0, 1.0, 1.0), (1,), (1.0,))


def pdf_text(path, visible_only):
    with pdfplumber.open(path) as pdf:
        out = []
        for page in pdf.pages:
            p = page
            if visible_only:
                # a white glyph is visible only when it sits on a filled, non-white rectangle
                dark = [r for r in page.rects if r.get("fill") and
                        tuple(r.get("non_stroking_color") or (0,)) not in WHITE]

                def visible(o):
                    if o.get("object_type") != "char":
                        return True
                    if tuple(o.get("non_stroking_color") or (0,)) not in WHITE:
                        return True
                    cx, cy = (o["x0"] + o["x1"]) / 2, (o["top"] + o["bottom"]) / 2
                    return any(r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"] for r in dark)
                p = page.filter(visible)
            out.append(p.extract_text() or "")
        return "\n".join(out), sum(len(pg.chars) for pg in pdf.pages)


def docx_text(path, visible_only):
    d = docx.Document(path)
    parts = []

    def runs_text(par):
        return "".join(r.text for r in par.runs if not (visible_only and r.font.hidden))

    for par in d.paragraphs:
        parts.append(runs_text(par))
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                for par in cell.paragraphs:
                    parts.append(runs_text(par))
    for s in d.sections:
        for par in s.header.paragraphs:
            parts.append(runs_text(par))
    return "\n".join(parts)


counts = {}
for c in cases:
    path = os.path.join(HERE, c["inputs"]["file"])
    if not os.path.exists(path):
        problems.append(f"{c['name']}: missing file")
        continue
    ext = path.rsplit(".", 1)[1]
    key = (c["inputs"]["language"], "scanned" if c["expected"].get("no_text") else ext)
    counts[key] = counts.get(key, 0) + 1
    if c["expected"].get("no_text"):
        txt, nchars = pdf_text(path, False)
        if txt.strip() or nchars:
            problems.append(f"{c['name']}: scanned PDF has text")
        continue
    r = defs[c["name"]]
    exp = c["expected"]
    if ext == "pdf":
        vis, _ = pdf_text(path, True)
        full, _ = pdf_text(path, False)
    elif ext == "docx":
        vis = docx_text(path, True)
        full = docx_text(path, False)
    else:
        vis = full = open(path, encoding="utf-8").read()
    sv = squash(vis)
    # name
    if exp["name"] and not all(squash(tok) in sv for tok in exp["name"].split()):
        problems.append(f"{c['name']}: name {exp['name']!r} not in visible text")
    for e in exp["emails"]:
        if e not in vis.lower():
            problems.append(f"{c['name']}: email {e} not visible")
    digits = re.sub(r"\D", "", vis)
    for p in exp["phones"]:
        assert re.fullmatch(r"\+[1-9]\d{7,14}", p), p
        national = p[1:]
        cc = {"1": 1, "4": 2, "6": 2, "8": 2}[national[0]]
        if national[cc:] not in digits:
            problems.append(f"{c['name']}: phone {p} not visible")
    # skills: every labelled skill comes from a printed display string that is visible
    sk = r["skills"]
    items = [it for _, its in sk["items"] for it in its] if sk["style"] == "categories" else sk["items"]
    for it in items:
        if it[1] and squash(it[0]) not in sv:
            problems.append(f"{c['name']}: skill display {it[0]!r} not visible")
    # hidden text must be in the file but not visible
    h = r["hidden"]
    if h:
        hidden_lines = h.get("lines") or [B.job_head(h["job"], r["lang"])] + h["skills"]
        for ln in hidden_lines:
            probe = squash(ln)[:30]
            if probe not in squash(full):
                problems.append(f"{c['name']}: hidden text {ln!r} missing from file")
            if h["kind"] != "mode3" and probe in sv:
                problems.append(f"{c['name']}: hidden text {ln!r} is visible")
    if c["inputs"].get("job"):
        if not set(c["inputs"]["job"]["required_skills"]) <= set(exp["skills"]):
            problems.append(f"{c['name']}: job skills not in labels")
    assert exp["no_text"] is False

# counterfactual pairs: identical labels except protected
for g in ("D7-CF1", "D7-CF2"):
    pair = [c for c in cases if c["inputs"].get("counterfactual_group") == g]
    assert len(pair) == 2, g
    a, b = (dict(p["expected"]) for p in pair)
    assert a.pop("protected") != b.pop("protected")
    assert a == b, g
    assert pair[0]["inputs"]["job"] == pair[1]["inputs"]["job"]

print("counts:", dict(sorted(counts.items())))
print("langs:", {l: sum(v for (ll, _), v in counts.items() if ll == l) for l in ("en", "zh")})
print("PROBLEMS:" if problems else "all checks passed", *problems, sep="\n")
