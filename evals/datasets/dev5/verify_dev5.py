#!/usr/bin/env python3
"""Re-open every rendered dev5 file and check it against the structured data and the labels.

Run with a Python that has pdfplumber (+pypdfium2) and python-docx, e.g.
    /work/main/.venv/bin/python verify_dev5.py
Checks: every labelled name/e-mail/phone/date string is in the *visible* text; hidden text is
really hidden (DOCX w:vanish; PDF white glyphs or glyphs under a white rectangle, confirmed by
rasterising the page); fake strings appear only in hidden text; totals are recomputed from the
raw entries with an independent month count; labels file matches the data.
"""
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_dev5_resumes as B  # noqa: E402

WHITE = {(1,), (1, 1, 1), (0, 0, 0, 0)}


def colour(c):
    if c is None:
        return None
    return tuple(round(float(x), 3) for x in (c if isinstance(c, (list, tuple)) else [c]))


def pdf_text(path):
    import pdfplumber
    full, vis, hidden_boxes = [], [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            wrects = [r for r in page.rects if r.get("fill") and colour(r.get("non_stroking_color")) in WHITE]

            def hidden(o):
                if o.get("object_type") != "char":
                    return False
                if colour(o.get("non_stroking_color")) in WHITE:
                    return True
                cx, cy = (o["x0"] + o["x1"]) / 2, (o["top"] + o["bottom"]) / 2
                return any(r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"] for r in wrects)

            full.append(page.extract_text() or "")
            vis.append(page.filter(lambda o: not hidden(o)).extract_text() or "")
            hch = [c for c in page.chars if hidden(c)]
            if hch:
                img = page.to_image(resolution=100).original.convert("L")
                sx = img.width / float(page.width)
                sy = img.height / float(page.height)
                for c in hch:
                    box = (int(c["x0"] * sx), int(c["top"] * sy), int(c["x1"] * sx) + 1, int(c["bottom"] * sy) + 1)
                    crop = img.crop(box)
                    if crop.getextrema()[0] < 250:
                        hidden_boxes.append(("NOT WHITE", c["text"], box))
                hidden_boxes.append(("ok", len(hch)))
            images = len(page.images)
    return "\n".join(full), "\n".join(vis), hidden_boxes, images


def docx_text(path):
    from docx import Document
    from docx.oxml.ns import qn
    d = Document(path)
    vis, hid = [], []
    roots = [d.element.body]
    for s in d.sections:
        roots += [s.header._element, s.footer._element]
    for root in roots:
        for p in root.iter(qn("w:p")):
            line_v, line_h = [], []
            for r in p.iter(qn("w:r")):
                rpr = r.find(qn("w:rPr"))
                is_h = rpr is not None and rpr.find(qn("w:vanish")) is not None
                t = "".join((x.text or "") if x.tag == qn("w:t") else ("\t" if x.tag == qn("w:tab") else "")
                            for x in r)
                (line_h if is_h else line_v).append(t)
            vis.append("".join(line_v))
            hid.append("".join(line_h))
    with zipfile.ZipFile(path) as z:
        images = len([n for n in z.namelist() if n.startswith("word/media/")])
    return "\n".join(vis), "\n".join(hid), images


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def nospace(s):
    return re.sub(r"\s+", "", s).lower()


def contains(text, s):
    if norm(s) in norm(text):
        return "exact"
    if nospace(s) in nospace(text):
        return "nospace"
    return None


def months_independent(entries):
    """Independent re-count: walk month by month over the calendar."""
    n = 0
    y, m = 1990, 1
    while (y, m) <= (2026, 11):
        for e in entries:
            if e["kind"] not in ("full", "part-time", "contract", "freelance", "self-employed"):
                continue
            s = tuple(int(x) for x in e["start"].split("-"))
            t = tuple(int(x) for x in e["end"].split("-")) if e["end"] else (2026, 11)
            if s <= (y, m) <= t:
                n += 1
                break
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return n


def main():
    labels = json.load(open(os.path.join(HERE, "resume_dev5.json"), encoding="utf-8"))
    cases = {c["name"]: c for c in labels["cases"]}
    problems, notes = [], []
    counts = {}
    assert len(B.RESUMES) == 40 and len(cases) == 40
    for r in B.RESUMES:
        counts[(r["lang"], r["fmt"])] = counts.get((r["lang"], r["fmt"]), 0) + 1
        c = cases[r["id"]]
        path = os.path.join(HERE, c["inputs"]["file"])
        fmt = r["fmt"]
        hidden_text, images = "", 0
        if fmt == "pdf":
            full, vis, hb, images = pdf_text(path)
            hidden_text = full
            for h in hb:
                if h[0] != "ok":
                    problems.append((r["id"], "hidden glyph visible", h))
            if r.get("hidden") and not any(h[0] == "ok" for h in hb):
                problems.append((r["id"], "no hidden glyphs found"))
            if not r.get("hidden") and hb:
                problems.append((r["id"], "unexpected hidden glyphs"))
        elif fmt == "docx":
            vis, hidden_text, images = docx_text(path)
        else:
            vis = open(path, encoding="utf-8").read()
        # visible strings
        must = [("name", r["name_disp"])] + [("email", e) for e in r["emails"]] + \
               [("phone", p[0]) for p in r["phones"]] + [("date", B.fmt_dates(e)) for e in r["exp"]] + \
               [("skill", s[0]) for s in B.all_skills(r)]
        for p in r.get("protected", []):
            must += [("prot", p[1]), ("prot", p[2])]
        for kind, s in must:
            how = contains(vis, s)
            if how is None:
                problems.append((r["id"], f"missing {kind}", s))
            elif how == "nospace":
                notes.append((r["id"], f"{kind} only matches ignoring spaces", s))
        # hidden text
        if r.get("hidden"):
            for f in r["hidden_fake"]:
                if contains(vis, f):
                    problems.append((r["id"], "fake string visible", f))
                if not contains(hidden_text, f):
                    problems.append((r["id"], "fake string absent from hidden layer", f))
        # photos
        if r.get("photo") and images == 0:
            problems.append((r["id"], "photo missing"))
        if not r.get("photo") and images:
            problems.append((r["id"], "unexpected image"))
        # labels
        exp = c["expected"]
        m = months_independent(r["exp"])
        yrs = int(m * 10 / 12 + 0.5 + 1e-9) / 10
        if abs(yrs - exp["total_experience_years"]) > 1e-9:
            problems.append((r["id"], "total mismatch", yrs, exp["total_experience_years"]))
        if exp["name"] != r["name"] or (r["lang"] == "zh" and " " in exp["name"]):
            problems.append((r["id"], "name label"))
        if exp["emails"] != [e.lower() for e in r["emails"]]:
            problems.append((r["id"], "email label"))
        for ph in exp["phones"]:
            if not re.fullmatch(r"\+[1-9]\d{7,14}", ph):
                problems.append((r["id"], "phone not E.164", ph))
        for disp, e164 in r["phones"]:
            digits = re.sub(r"\D", "", disp)
            if not (e164.endswith(digits.lstrip("0")) or e164.endswith(digits[1:])):
                problems.append((r["id"], "phone digits", disp, e164))
        if set(exp["protected"]) - B.PROTECTED_ATTRS:
            problems.append((r["id"], "bad protected attr"))
        for s in exp["skills"]:
            if s != s.lower() or re.search(r"[\u4e00-\u9fff]", s):
                problems.append((r["id"], "skill label not lower-case English", s))
        print(f"{r['id']:42s} {fmt:4s} years={exp['total_experience_years']:5} (months {m}) ok")
    print("counts:", counts)
    for n in notes:
        print("NOTE", n)
    for p in problems:
        print("PROBLEM", p)
    print("problems:", len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
