#!/usr/bin/env python3
"""Build the resume_dev4 evaluation set (invented resumes + labels).

Every resume is defined once, as structured data, further down in this file
(RESUMES). The same data is used to
  * render the file (PDF via reportlab, DOCX via python-docx, TXT, MD) into
    ./resumes/, and
  * derive the labels written to ./resume_dev4.json
so the visible text and the labels cannot drift apart.

Labels that are *derived* (never typed twice):
  name      -> the 'name' field of the resume (the display line is checked to
               contain it, or its LASTNAME, Firstname form)
  emails    -> the 'emails' field, lower-cased (rendered through {email0} ...)
  phones    -> the 'phones' field, converted to E.164 with the resume's country
  total_experience_years -> union of months of all jobs of kind 'work'
  skills    -> the label attached to every item of a skills block / skills line
  protected -> the attribute tag attached to every visible ('P', attr, text)
               segment; hidden blocks never contribute.

Deterministic: no randomness, no network; reportlab runs in invariant mode and
DOCX zip members get a fixed timestamp.

Run:  /work/main/.venv/bin/python build_dev4_resumes.py          (build + verify)

Needs: reportlab, python-docx, Pillow (rendering); pdfplumber/pdfminer.six (verification);
fonts: DejaVu (fonts-dejavu-core) for Latin text and WenQuanYi Micro Hei
(Debian package fonts-wqy-microhei, /usr/share/fonts/truetype/wqy/wqy-microhei.ttc), which is
embedded (subset) in the Chinese PDFs. Without it the script falls back to reportlab's
non-embedded 'STSong-Light' CID font (same text layer, different bytes) and prints a warning.

The verification step re-opens every file and checks that every labelled value (name, e-mails,
phones, job titles and date strings, skill strings, protected-attribute strings) is in the
*visible* text layer, that hidden text (DOCX vanish / white / 1-pt runs; PDF render mode 3,
white fill, text under a white rectangle) is present in the file but not visible, that the
image-only PDF has no text at all, and recomputes experience against hand-computed values.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape as _xml_escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "resumes")
LABELS = os.path.join(HERE, "resume_dev4.json")
TODAY = (2026, 11)  # 2026-11-30 -> an ongoing role runs through 2026-11

PROTECTED_ATTRS = {
    "age", "birth_date", "gender", "marital_status", "nationality", "ethnicity",
    "religion", "political_affiliation", "native_place", "height_weight",
    "health", "photo", "hukou",
}
COUNTED_KINDS = {"work"}  # full-time, part-time, contract, freelance, self-employed
ALL_KINDS = {"work", "intern", "volunteer", "military", "break"}

# ---------------------------------------------------------------------------
# small data helpers
# ---------------------------------------------------------------------------


def J(title, org, start, end, kind="work", emp=None, bullets=(), loc=None, attrs=()):
    """A job-like entry. start/end: (year, month) or (year, None) for a bare
    year; end None = ongoing. kind in ALL_KINDS. emp: 'part-time', 'freelance',
    'self-employed', 'contract' (tags only; the text says it in the title)."""
    assert kind in ALL_KINDS, kind
    for a in attrs:
        assert a in PROTECTED_ATTRS, a
    return dict(title=title, org=org, start=start, end=end, kind=kind, emp=emp,
                bullets=list(bullets), loc=loc, attrs=list(attrs))


def E(degree, school, start, end, note=None):
    return dict(title=degree, org=school, start=start, end=end, note=note)


def sk(*items):
    """Skill items: 'Python' -> label 'python'; ('Microsoft Excel', 'excel');
    ('Figma / Sketch', ['figma', 'sketch']); ('English (native)', None) -> not a skill."""
    out = []
    for it in items:
        if isinstance(it, str):
            out.append((it, [it.lower()]))
        else:
            disp, lab = it
            if lab is None:
                out.append((disp, []))
            elif isinstance(lab, str):
                out.append((disp, [lab]))
            else:
                out.append((disp, list(lab)))
    return out


def P(attr, text):
    assert attr in PROTECTED_ATTRS, attr
    return ("P", attr, text)


# ---------------------------------------------------------------------------
# dates and experience
# ---------------------------------------------------------------------------
MON = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = [None, "January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


def fmt_point(p, style):
    y, m = p
    if m is None:
        return f"{y}年" if style == "nianyue" else f"{y}"
    return {
        "mm/yyyy": f"{m:02d}/{y}",
        "m/yyyy": f"{m}/{y}",
        "mon": f"{MON[m]} {y}",
        "month": f"{MONTH[m]} {y}",
        "mon_yy": f"{MON[m]} \u2019{y % 100:02d}",
        "iso": f"{y}-{m:02d}",
        "dot": f"{y}.{m:02d}",
        "slash": f"{y}/{m:02d}",
        "nianyue": f"{y}年{m}月",
    }[style]


def fmt_range(s, e, d):
    st = d["style"]
    if e is None:
        if d.get("ongoing_tpl"):
            return d["ongoing_tpl"].format(s=fmt_point(s, st))
        return fmt_point(s, st) + d["sep"] + d["present"]
    return fmt_point(s, st) + d["sep"] + fmt_point(e, st)


def month_index(p, is_end):
    y, m = p
    if m is None:
        m = 12 if is_end else 1
    return y * 12 + (m - 1)


def job_months(j):
    a = month_index(j["start"], False)
    b = TODAY[0] * 12 + TODAY[1] - 1 if j["end"] is None else month_index(j["end"], True)
    assert b >= a, j
    return set(range(a, b + 1))


def experience_years(jobs):
    months = set()
    for j in jobs:
        if j["kind"] in COUNTED_KINDS:
            months |= job_months(j)
    return round(len(months) / 12.0, 1), len(months)


def has_overlap(jobs):
    seen = set()
    for j in jobs:
        if j["kind"] in COUNTED_KINDS:
            m = job_months(j)
            if seen & m:
                return True
            seen |= m
    return False


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
CC = {"US": "1", "CA": "1", "GB": "44", "AU": "61", "IE": "353", "IN": "91", "SG": "65",
      "NZ": "64", "PT": "351", "CH": "41", "CN": "86"}


def e164(disp, country):
    s = disp.strip()
    digits = re.sub(r"\D", "", s)
    if s.startswith("+") or s.startswith("(+"):
        return "+" + digits
    cc = CC[country]
    if country in ("US", "CA"):
        assert len(digits) == 10, disp
        return "+1" + digits
    if digits.startswith("0"):
        digits = digits[1:]
    return "+" + cc + digits


# ---------------------------------------------------------------------------
# composing: structured resume -> primitive blocks (+ labels bookkeeping)
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self, R):
        self.R = R
        self.attrs = []          # protected attrs seen in visible content
        self.skills = []         # skill labels in order
        self.jobs = []           # all job entries rendered
        self.hidden = []         # (how, text)
        self.photo_image = False
        self.skill_displays = []
        self.prot_texts = []     # (attr, visible text) of every protected segment
        self.job_date_strings = []

    def sub(self, text):
        R = self.R
        for i, e in enumerate(R.get("emails", [])):
            text = text.replace("{email%d}" % i, e)
        for i, p in enumerate(R.get("phones", [])):
            text = text.replace("{phone%d}" % i, p)
        if R.get("name"):
            text = text.replace("{name}", R["name"])
        return text

    def seg(self, s):
        """Resolve a text segment: str, ('P', attr, text) or a list of them."""
        if isinstance(s, list):
            return "".join(self.seg(x) for x in s)
        if isinstance(s, tuple) and s and s[0] == "P":
            self.attrs.append(s[1])
            self.prot_texts.append((s[1], self.sub(s[2])))
            return self.sub(s[2])
        assert isinstance(s, str), s
        return self.sub(s)

    def add_skills(self, items):
        for disp, labs in items:
            self.skill_displays.append(disp)
            for lab in labs:
                if lab not in self.skills:
                    self.skills.append(lab)


def _tpl(t, j, d):
    return t.format(title=j["title"], org=j["org"] or "", dates=fmt_range(j["start"], j["end"], d),
                    loc=j.get("loc") or "", note=j.get("note") or "")


def compose(items, R, ctx):
    out = []
    for it in items:
        d = R["date"]
        k = it[0]
        if k in ("title", "name"):
            out.append(("title", ctx.seg(it[1]), it[2] if len(it) > 2 else {}))
        elif k == "h":
            out.append(("h", ctx.seg(it[1]), it[2] if len(it) > 2 else {}))
        elif k == "p":
            out.append(("p", ctx.seg(it[1]), it[2] if len(it) > 2 else {}))
        elif k == "contact":
            sep, segs = it[1], it[2]
            out.append(("p", sep.join(ctx.seg(s) for s in segs), it[3] if len(it) > 3 else {}))
        elif k == "lines":  # several short paragraphs
            for s in it[1]:
                out.append(("p", ctx.seg(s), it[2] if len(it) > 2 else {}))
        elif k == "bullets":
            out.append(("bullets", [ctx.seg(s) for s in it[1]]))
        elif k == "tabline":
            out.append(("tabline", ctx.seg(it[1]), ctx.seg(it[2]), it[3] if len(it) > 3 else {}))
        elif k in ("jobs", "edu"):
            entries = it[1]
            opts = it[2] if len(it) > 2 else {}
            d = opts.get("date", R["date"])
            mode = opts.get("mode", R.get("job_mode" if k == "jobs" else "edu_mode", "lines"))
            if k == "jobs":
                for j in entries:
                    ctx.jobs.append(j)
                    ctx.attrs.extend(j.get("attrs", []))
                    ctx.job_date_strings.append(fmt_range(j["start"], j["end"], d))
            if mode == "table":
                spec = opts.get("table") or R["job_table" if k == "jobs" else "edu_table"]
                rows = [list(spec["cols"])] if spec.get("cols") else []
                for j in entries:
                    row = [_tpl(c, j, d) for c in spec["cells"]]
                    if spec.get("bullets_in_last") and j.get("bullets"):
                        bl = "\n".join(("• " + b) for b in j["bullets"])
                        row[-1] = (row[-1] + "\n" + bl) if row[-1] else bl
                    rows.append(row)
                out.append(("table", rows, dict(spec.get("opts", {}), header=bool(spec.get("cols")))))
            elif mode == "tab":
                left_t, right_t = opts.get("tab") or R["job_tab" if k == "jobs" else "edu_tab"]
                sub_t = opts.get("sub") or R.get("job_sub" if k == "jobs" else "edu_sub")
                for j in entries:
                    out.append(("tabline", _tpl(left_t, j, d), _tpl(right_t, j, d), {"bold": True}))
                    if sub_t and _tpl(sub_t, j, d).strip(" ,|·—"):
                        out.append(("p", _tpl(sub_t, j, d), {"italic": True}))
                    if j.get("note"):
                        out.append(("p", j["note"], {}))
                    if j.get("bullets"):
                        out.append(("bullets", list(j["bullets"])))
            else:  # 'lines'
                tpls = opts.get("lines") or R["job_lines" if k == "jobs" else "edu_lines"]
                for j in entries:
                    for n, t in enumerate(tpls):
                        bold = t.startswith("**") and t.endswith("**")
                        italic = t.startswith("__") and t.endswith("__")
                        assert "**" not in (t[2:-2] if bold else t) and "__" not in (t[2:-2] if italic else t), t
                        t2 = t[2:-2] if (bold or italic) else t
                        out.append(("p", _tpl(t2, j, d), {"bold": bold, "italic": italic,
                                                          "keep": n < len(tpls) - 1}))
                    if j.get("note"):
                        out.append(("p", j["note"], {}))
                    if j.get("bullets"):
                        out.append(("bullets", list(j["bullets"])))
            if k == "edu":
                pass
        elif k == "skills":
            spec = it[1]
            mode = spec["mode"]
            for cat, items_ in spec["cats"]:
                ctx.add_skills(items_)
            sep = spec.get("sep", ", ")
            if mode == "categories":  # "Tools: a, b, c" one paragraph per category
                for cat, items_ in spec["cats"]:
                    body = sep.join(x[0] for x in items_)
                    out.append(("p", (cat + spec.get("catsep", ": ") + body) if cat else body, {"catbold": bool(cat), "cat": cat}))
            elif mode == "list":  # single paragraph
                allitems = [x[0] for _, its in spec["cats"] for x in its]
                out.append(("p", spec.get("prefix", "") + sep.join(allitems) + spec.get("suffix", ""), {}))
            elif mode == "bullets":
                allitems = [x[0] for _, its in spec["cats"] for x in its]
                out.append(("bullets", allitems))
            elif mode == "catbullets":
                out.append(("bullets", [cat + spec.get("catsep", ": ") + sep.join(x[0] for x in its)
                                        for cat, its in spec["cats"]]))
            elif mode == "table":
                rows = [list(spec["cols"])] if spec.get("cols") else []
                for cat, its in spec["cats"]:
                    rows.append([cat, sep.join(x[0] for x in its)])
                out.append(("table", rows, dict(spec.get("opts", {}), header=bool(spec.get("cols")))))
            elif mode == "grid":  # one skill per cell, n columns
                n = spec.get("ncols", 3)
                allitems = [x[0] for _, its in spec["cats"] for x in its]
                rows = [allitems[i:i + n] + [""] * (n - len(allitems[i:i + n])) for i in range(0, len(allitems), n)]
                out.append(("table", rows, dict(spec.get("opts", {}), header=False)))
            else:
                raise ValueError(mode)
        elif k == "skillp":  # a summary line listing skills: ('skillp', prefix, items, sep, suffix)
            prefix, items_, sep, suffix = it[1], it[2], it[3], it[4]
            ctx.add_skills(items_)
            out.append(("p", ctx.seg(prefix) + sep.join(x[0] for x in items_) + ctx.seg(suffix), {}))
        elif k == "personal":
            mode, segs = it[1], it[2]
            opts = it[3] if len(it) > 3 else {}
            if mode == "lines":
                for s in segs:
                    out.append(("p", ctx.seg(s), opts))
            elif mode == "inline":
                out.append(("p", opts.get("sep", " | ").join(ctx.seg(s) for s in segs), opts))
            elif mode == "table":  # segs: list of rows, each a list of cells
                rows = [[ctx.seg(c) for c in row] for row in segs]
                out.append(("table", rows, opts))
        elif k == "table":
            rows = [[ctx.seg(c) for c in row] for row in it[1]]
            out.append(("table", rows, it[2] if len(it) > 2 else {}))
        elif k == "photo":
            ctx.attrs.append("photo")
            ctx.photo_image = True
            out.append(("photo", it[1] if len(it) > 1 else {}))
        elif k == "hidden":
            ctx.hidden.append((it[1], it[2]))
            out.append(("hidden", it[1], it[2]))
        elif k == "space":
            out.append(("space",))
        else:
            raise ValueError(k)
    return out


def build_doc(R):
    ctx = Ctx(R)
    regions = {}
    for reg in ("header", "sidebar", "body", "footer"):
        if R.get(reg):
            regions[reg] = compose(R[reg], R, ctx)
    return ctx, regions


# ---------------------------------------------------------------------------
# a neutral "photo" image (grey silhouette), generated deterministically
# ---------------------------------------------------------------------------


def photo_png(w=240, h=300):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (w, h), (214, 222, 230))
    dr = ImageDraw.Draw(im)
    dr.ellipse((w * 0.3, h * 0.14, w * 0.7, h * 0.5), fill=(120, 130, 142))
    dr.ellipse((w * 0.12, h * 0.55, w * 0.88, h * 1.25), fill=(120, 130, 142))
    bio = io.BytesIO()
    im.save(bio, format="PNG", optimize=False)
    return bio.getvalue()


# ---------------------------------------------------------------------------
# TXT / MD renderers
# ---------------------------------------------------------------------------


def render_txt(R, regions):
    o = R.get("txt", {})
    lines = []
    zh = R["lang"] == "zh"
    for reg in ("header", "body", "sidebar", "footer"):
        for b in regions.get(reg, []):
            k = b[0]
            if k == "title":
                lines.append(b[1])
            elif k == "h":
                hs = o.get("h", "upper_rule")
                lines.append("")
                if hs == "upper_rule":
                    t = b[1] if zh else b[1].upper()
                    lines.append(t)
                    lines.append(("=" if zh else "-") * max(8, len(t) * (2 if zh else 1)))
                elif hs == "brackets":
                    lines.append("【" + b[1] + "】")
                elif hs == "square":
                    lines.append("■ " + b[1])
                elif hs == "colon":
                    lines.append(b[1].upper() + ":")
                else:
                    lines.append(b[1])
            elif k == "p":
                lines.append(b[1])
            elif k == "bullets":
                for x in b[1]:
                    lines.append(o.get("bullet", "  - ") + x)
            elif k == "tabline":
                lines.append(b[1] + "\t\t" + b[2])
            elif k == "table":
                for row in b[1]:
                    lines.append("  |  ".join(c.replace("\n", " / ") for c in row if c))
            elif k == "space":
                lines.append("")
            elif k in ("photo", "hidden"):
                raise ValueError("not supported in txt: " + k)
    text = "\n".join(lines).strip("\n") + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


def _md_cell(c):
    return c.replace("|", "\\|").replace("\n", "<br>")


def render_md(R, regions):
    lines = []
    for reg in ("header", "body", "sidebar", "footer"):
        for b in regions.get(reg, []):
            k = b[0]
            if k == "title":
                lvl = b[2].get("md", "#")
                lines += ["", lvl + " " + b[1] if lvl else b[1], ""]
            elif k == "h":
                lines += ["", b[2].get("md", "##") + " " + b[1], ""]
            elif k == "p":
                t = b[1]
                if b[2].get("catbold") and b[2].get("cat"):
                    cat = b[2]["cat"]
                    t = "**" + cat + "**" + t[len(cat):]
                elif b[2].get("bold"):
                    t = "**" + t + "**"
                elif b[2].get("italic"):
                    t = "*" + t + "*"
                if b[2].get("md_bullet"):
                    t = "- " + t
                lines.append(t + ("  " if b[2].get("keep") else ""))
                if not b[2].get("keep") and not b[2].get("md_bullet"):
                    lines.append("")
            elif k == "bullets":
                lines += ["- " + x for x in b[1]] + [""]
            elif k == "tabline":
                lines += ["**" + b[1] + "** — " + b[2], ""]
            elif k == "table":
                rows = b[1]
                if b[2].get("header"):
                    head, body = rows[0], rows[1:]
                else:
                    head, body = [""] * len(rows[0]), rows
                lines.append("| " + " | ".join(_md_cell(c) for c in head) + " |")
                lines.append("|" + "|".join("---" for _ in head) + "|")
                for r in body:
                    lines.append("| " + " | ".join(_md_cell(c) for c in r) + " |")
                lines.append("")
            elif k == "space":
                lines.append("")
            elif k in ("photo", "hidden"):
                raise ValueError("not supported in md: " + k)
    text = "\n".join(lines).strip("\n") + "\n"
    return re.sub(r"\n{3,}", "\n\n", text)


# ---------------------------------------------------------------------------
# DOCX renderer (python-docx)
# ---------------------------------------------------------------------------

FIXED_DT = _dt.datetime(2026, 11, 20, 9, 0, 0)


def _fix_zip(path):
    """Rewrite a zip with fixed member timestamps so the bytes are deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_docx(R, regions, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Inches, Pt, RGBColor

    o = R.get("docx", {})
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = (Inches(8.27), Inches(11.69)) if o.get("a4", R["lang"] == "zh") else (Inches(8.5), Inches(11))
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    text_width = sec.page_width - sec.left_margin - sec.right_margin

    normal = doc.styles["Normal"]
    normal.font.name = o.get("font", "Calibri")
    normal.font.size = Pt(o.get("size", 10.5))
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun" if R["lang"] == "zh" else o.get("font", "Calibri"))
    normal.paragraph_format.space_after = Pt(2)

    cp = doc.core_properties
    cp.author = o.get("author", "")
    cp.last_modified_by = o.get("author", "")
    cp.title = o.get("doc_title", "Resume" if R["lang"] == "en" else "个人简历")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1

    accent = RGBColor(*o.get("accent", (0x1F, 0x3A, 0x5F)))

    def add_runs(par, text, bold=False, italic=False, size=None, color=None):
        r = par.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
        return r

    def emit(container, blocks, region):
        for b in blocks:
            k = b[0]
            if k == "title":
                p = container.add_paragraph()
                if b[2].get("center"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_runs(p, b[1], bold=b[2].get("bold", True), size=b[2].get("size", 18),
                         color=accent if b[2].get("accent") else None)
            elif k == "h":
                if o.get("builtin_headings"):
                    p = container.add_paragraph(b[1], style="Heading 2")
                else:
                    p = container.add_paragraph()
                    p.paragraph_format.space_before = Pt(8)
                    add_runs(p, b[1] if R["lang"] == "zh" or not o.get("upper_h", True) else b[1].upper(),
                             bold=True, size=11.5, color=accent)
            elif k == "p":
                p = container.add_paragraph()
                if b[2].get("center"):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if b[2].get("catbold") and b[2].get("cat"):
                    cat = b[2]["cat"]
                    add_runs(p, b[1][:len(cat)], bold=True)
                    add_runs(p, b[1][len(cat):])
                else:
                    add_runs(p, b[1], bold=b[2].get("bold"), italic=b[2].get("italic"), size=b[2].get("size"))
                if b[2].get("keep"):
                    p.paragraph_format.keep_with_next = True
                    p.paragraph_format.space_after = Pt(0)
            elif k == "bullets":
                for x in b[1]:
                    p = container.add_paragraph(style="List Bullet")
                    add_runs(p, x)
            elif k == "tabline":
                p = container.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
                add_runs(p, b[1], bold=b[3].get("bold", True))
                add_runs(p, "\t" + b[2])
                p.paragraph_format.space_before = Pt(6)
            elif k == "table":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                t = container.add_table(rows=len(rows), cols=ncol)
                if b[2].get("grid", True):
                    t.style = doc.styles["Table Grid"]
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for ri, row in enumerate(rows):
                    for ci in range(ncol):
                        cell = t.cell(ri, ci)
                        val = row[ci] if ci < len(row) else ""
                        parts = val.split("\n")
                        cell.paragraphs[0].text = ""
                        for pi, part in enumerate(parts):
                            cp_ = cell.paragraphs[0] if pi == 0 else cell.add_paragraph()
                            bold = (ri == 0 and b[2].get("header")) or (pi == 0 and b[2].get("bold_first_line")) \
                                or (ci == 0 and b[2].get("bold_first_col"))
                            add_runs(cp_, part, bold=bold, size=b[2].get("size"))
                widths = b[2].get("widths")
                if widths:
                    for ri in range(len(rows)):
                        for ci, w in enumerate(widths):
                            t.cell(ri, ci).width = Inches(w)
                if region == "body":
                    container.add_paragraph()
            elif k == "photo":
                p = container.add_paragraph()
                if b[1].get("right"):
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(io.BytesIO(photo_png()), width=Inches(b[1].get("width", 1.0)))
            elif k == "hidden":
                how, text = b[1], b[2]
                p = container.add_paragraph()
                r = p.add_run(text)
                if how == "vanish":
                    r.font.hidden = True
                elif how == "white":
                    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                elif how == "tiny":
                    r.font.size = Pt(1)
                else:
                    raise ValueError(how)
            elif k == "space":
                container.add_paragraph()
            else:
                raise ValueError(k)

    if "header" in regions:
        hdr = sec.header
        hdr.paragraphs[0].text = ""
        first = True
        for b in regions["header"]:
            assert b[0] in ("title", "p"), b
            p = hdr.paragraphs[0] if first else hdr.add_paragraph()
            first = False
            if b[0] == "title":
                add_runs(p, b[1], bold=True, size=b[2].get("size", 16), color=accent)
            else:
                add_runs(p, b[1], size=b[2].get("size", 9))
    emit(doc, regions.get("body", []), "body")
    assert "sidebar" not in regions, "no sidebars in docx"
    if "footer" in regions:
        ftr = sec.footer
        ftr.paragraphs[0].text = ""
        first = True
        for b in regions["footer"]:
            p = ftr.paragraphs[0] if first else ftr.add_paragraph()
            first = False
            add_runs(p, b[1], size=8)
    doc.save(path)
    _fix_zip(path)


# ---------------------------------------------------------------------------
# PDF renderer (reportlab platypus)
# ---------------------------------------------------------------------------

_FONTS_DONE = False


def _register_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    d = "/usr/share/fonts/truetype/dejavu/"
    for name, fn in [("DVSans", "DejaVuSans.ttf"), ("DVSans-Bold", "DejaVuSans-Bold.ttf"),
                     ("DVSans-Oblique", "DejaVuSans-Oblique.ttf"), ("DVSerif", "DejaVuSerif.ttf"),
                     ("DVSerif-Bold", "DejaVuSerif-Bold.ttf"), ("DVSerif-Italic", "DejaVuSerif-Italic.ttf"),
                     ("DVCond", "DejaVuSansCondensed.ttf"), ("DVCond-Bold", "DejaVuSansCondensed-Bold.ttf"),
                     ("DVCond-Oblique", "DejaVuSansCondensed-Oblique.ttf")]:
        pdfmetrics.registerFont(TTFont(name, d + fn))
    from reportlab.lib.fonts import addMapping
    for fam, r, b, i in [("DVSans", "DVSans", "DVSans-Bold", "DVSans-Oblique"),
                         ("DVSerif", "DVSerif", "DVSerif-Bold", "DVSerif-Italic"),
                         ("DVCond", "DVCond", "DVCond-Bold", "DVCond-Oblique")]:
        addMapping(fam, 0, 0, r)
        addMapping(fam, 1, 0, b)
        addMapping(fam, 0, 1, i)
        addMapping(fam, 1, 1, b)
    if os.path.exists(CJK_TTC):
        # embedded (subset) TrueType CJK font: the Chinese PDFs render everywhere
        pdfmetrics.registerFont(TTFont("CJK", CJK_TTC, subfontIndex=0))
    else:
        # fallback: reportlab's built-in, non-embedded CID font (text layer identical,
        # but viewers without an Adobe-GB1 font show blanks)
        print("WARNING: %s not found (apt-get install fonts-wqy-microhei); using STSong-Light" % CJK_TTC)
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        FONTSETS["cjk"] = ("STSong-Light",) * 3
    f = FONTSETS["cjk"][0]
    for bo in (0, 1):
        for it in (0, 1):
            addMapping(f, bo, it, f)
    _FONTS_DONE = True


CJK_TTC = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"  # Debian package fonts-wqy-microhei

FONTSETS = {
    "sans": ("DVSans", "DVSans-Bold", "DVSans-Oblique"),
    "serif": ("DVSerif", "DVSerif-Bold", "DVSerif-Italic"),
    "cond": ("DVCond", "DVCond-Bold", "DVCond-Oblique"),
    "cjk": ("CJK", "CJK", "CJK"),
}


def render_pdf(R, regions, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    _register_fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, HRFlowable, Image,
                                    NextPageTemplate, PageTemplate, Paragraph, Spacer, Table, TableStyle)

    o = R.get("pdf", {})
    zh = R["lang"] == "zh"
    reg, bold, ital = FONTSETS[o.get("font", "cjk" if zh else "sans")]
    page = A4 if o.get("a4", zh or R.get("country") not in ("US", "CA")) else LETTER
    PW, PH = page
    accent = colors.HexColor(o.get("accent", "#1f3a5f"))
    base = o.get("size", 9.8)
    wrap = "CJK" if zh else None

    def st(name, **kw):
        d = dict(fontName=reg, fontSize=base, leading=base * 1.35)
        if wrap:
            d["wordWrap"] = wrap
        d.update(kw)
        return ParagraphStyle(name, **d)

    S = {
        "p": st("p"),
        "b": st("b", fontName=bold),
        "i": st("i", fontName=ital, textColor=colors.HexColor("#444444")),
        "h": st("h", fontName=bold, fontSize=base + 2, leading=(base + 2) * 1.3, textColor=accent,
                spaceBefore=8, spaceAfter=2),
        "bul": st("bul", leftIndent=12, bulletIndent=2, bulletFontName=reg),
        "cell": st("cell", fontSize=base - 0.6, leading=(base - 0.6) * 1.3),
        "cellb": st("cellb", fontName=bold, fontSize=base - 0.6, leading=(base - 0.6) * 1.3),
        "right": st("right", alignment=TA_RIGHT),
    }

    def esc(t):
        return _xml_escape(t).replace("\n", "<br/>")

    class HiddenText(Flowable):
        """Text drawn in render mode 3 (invisible) or covered by a white rectangle."""

        def __init__(self, text, how, width):
            super().__init__()
            self.lines = text.split("\n")
            self.how = how
            self.w = width
            self.fs = base - 1
            self.lead = self.fs * 1.3

        def wrap(self, aw, ah):
            return (self.w, self.lead * len(self.lines) + 2)

        def draw(self):
            c = self.canv
            tob = c.beginText(0, self.lead * (len(self.lines) - 1) + 3)
            tob.setFont(reg, self.fs)
            if self.how == "render3":
                tob.setTextRenderMode(3)
            for ln in self.lines:
                tob.textLine(ln)
            c.drawText(tob)
            if self.how == "whiterect":
                c.saveState()
                c.setFillColor(colors.white)
                c.setStrokeColor(colors.white)
                c.rect(-2, -2, self.w + 4, self.lead * len(self.lines) + 6, stroke=0, fill=1)
                c.restoreState()

    def flows(blocks, width):
        fl = []
        for b in blocks:
            k = b[0]
            if k == "title":
                sz = b[2].get("size", 18 if not zh else 17)
                fl.append(Paragraph(esc(b[1]), st("t", fontName=bold, fontSize=sz, leading=sz * 1.25,
                                                  alignment=TA_CENTER if b[2].get("center") else 0,
                                                  textColor=accent if b[2].get("accent") else colors.black,
                                                  spaceAfter=3)))
            elif k == "h":
                fl.append(Paragraph(esc(b[1] if zh or not o.get("upper_h", True) else b[1].upper()), S["h"]))
                if o.get("rule", True):
                    fl.append(HRFlowable(width="100%", thickness=0.6, color=accent, spaceBefore=0, spaceAfter=3))
            elif k == "p":
                t = b[1]
                if b[2].get("catbold") and b[2].get("cat"):
                    cat = b[2]["cat"]
                    fl.append(Paragraph("<font name='%s'>%s</font>%s" % (bold, esc(t[:len(cat)]), esc(t[len(cat):])), S["p"]))
                else:
                    style = S["b"] if b[2].get("bold") else S["i"] if b[2].get("italic") else S["p"]
                    if b[2].get("center") or b[2].get("size"):
                        style = ParagraphStyle("x", parent=style, alignment=TA_CENTER if b[2].get("center") else 0,
                                               fontSize=b[2].get("size", base), leading=b[2].get("size", base) * 1.35)
                    fl.append(Paragraph(esc(t), style))
            elif k == "bullets":
                for x in b[1]:
                    fl.append(Paragraph(esc(x), S["bul"], bulletText="•"))
            elif k == "tabline":
                tb = Table([[Paragraph(esc(b[1]), S["b"] if b[3].get("bold", True) else S["p"]),
                             Paragraph(esc(b[2]), S["right"])]],
                           colWidths=[width * 0.68, width * 0.32])
                tb.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                fl.append(tb)
            elif k == "table":
                rows = b[1]
                opts = b[2]
                ncol = max(len(r) for r in rows)
                data = []
                for ri, r in enumerate(rows):
                    row = []
                    for ci in range(ncol):
                        v = r[ci] if ci < len(r) else ""
                        bst = (ri == 0 and opts.get("header")) or (ci == 0 and opts.get("bold_first_col"))
                        row.append(Paragraph(esc(v), S["cellb"] if bst else S["cell"]))
                    data.append(row)
                ws = opts.get("widths")
                cw = [width * w / sum(ws) for w in ws] if ws else [width / ncol] * ncol
                tb = Table(data, colWidths=cw, repeatRows=1 if opts.get("header") else 0)
                ts = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
                if opts.get("grid", True):
                    ts.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")))
                if opts.get("header"):
                    ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")))
                for sp in opts.get("spans", []):
                    ts.append(("SPAN",) + tuple(sp))
                tb.setStyle(TableStyle(ts))
                fl.append(tb)
                fl.append(Spacer(1, 4))
            elif k == "photo":
                img = Image(io.BytesIO(photo_png()), width=0.95 * inch, height=1.19 * inch)
                img.hAlign = "RIGHT" if b[1].get("right") else "LEFT"
                fl.append(img)
            elif k == "hidden":
                how, text = b[1], b[2]
                if how in ("render3", "whiterect"):
                    fl.append(HiddenText(text, how, width))
                elif how == "whitefill":
                    fl.append(Paragraph(esc(text), st("w", textColor=colors.white, fontSize=base - 1)))
                else:
                    raise ValueError(how)
            elif k == "space":
                fl.append(Spacer(1, 6))
            else:
                raise ValueError(k)
        return fl

    margin = o.get("margin", 0.7) * inch
    footer_blocks = regions.get("footer", [])
    header_blocks = regions.get("header", [])

    def on_page(c, doc):
        c.saveState()
        if o.get("layout") == "sidebar" and doc.page == 1:
            c.setFillColor(colors.HexColor(o.get("sidebar_bg", "#e8edf2")))
            c.rect(0, 0, o.get("sidebar_w", 2.35) * inch + margin * 0.6, PH, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#555555"))
        for n, b in enumerate(header_blocks):
            c.setFont(reg, 8)
            c.drawRightString(PW - margin, PH - margin * 0.55 - n * 10, b[1])
        for n, b in enumerate(footer_blocks):
            c.setFont(reg, 7.5)
            c.drawCentredString(PW / 2, margin * 0.5 + (len(footer_blocks) - 1 - n) * 10, b[1])
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
                          bottomMargin=margin, title=o.get("doc_title", "Resume"), author="", creator="",
                          subject="", keywords="", producer="")
    full = Frame(margin, margin, PW - 2 * margin, PH - 2 * margin, id="full", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    if o.get("layout") == "sidebar":
        sw = o.get("sidebar_w", 2.35) * inch
        gap = 0.35 * inch
        side = Frame(margin * 0.6, margin, sw - margin * 0.2, PH - 2 * margin, id="side", leftPadding=4,
                     rightPadding=4, topPadding=0, bottomPadding=0)
        mainx = margin * 0.6 + sw + gap
        main = Frame(mainx, margin, PW - mainx - margin, PH - 2 * margin, id="main", leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)
        if o.get("sidebar_right"):
            # mirror: main on the left, sidebar on the right
            main = Frame(margin, margin, PW - margin - sw - gap - margin * 0.6, PH - 2 * margin, id="main",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            side = Frame(PW - margin * 0.6 - sw, margin, sw - margin * 0.2, PH - 2 * margin, id="side",
                         leftPadding=4, rightPadding=4, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("first", [side, main], onPage=on_page),
                              PageTemplate("later", [full], onPage=on_page)])
        story = [NextPageTemplate("later")]
        story += flows(regions.get("sidebar", []), side._width - 8)
        story.append(FrameBreak())
        story += flows(regions.get("body", []), main._width)
    else:
        doc.addPageTemplates([PageTemplate("one", [full], onPage=on_page)])
        story = flows(regions.get("body", []), PW - 2 * margin)
    doc.build(story)


def render_image_pdf(R, regions, path):
    """A scanned-looking page: the text is only pixels, there is no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    text = render_txt(R, regions)
    W, H = 1275, 1650  # 150 dpi letter
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 19)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 30)
    y = 90
    for n, ln in enumerate(text.split("\n")):
        font = fb if n == 0 else f
        dr.text((110, y), ln.replace("\t\t", "    "), fill=30, font=font)
        y += 40 if n == 0 else 26
        assert y < H - 60, "image resume too long"
    im = im.rotate(0.6, resample=Image.BICUBIC, fillcolor=250)  # slight skew, like a scan
    bio = io.BytesIO()
    im.save(bio, format="PNG")
    bio.seek(0)
    c = canvas.Canvas(path, pagesize=LETTER, invariant=1)
    c.drawImage(ImageReader(bio), 0, 0, width=LETTER[0], height=LETTER[1])
    c.showPage()
    c.save()


# ===========================================================================
# RESUMES
# ===========================================================================
RESUMES = []

# ---------------------------------------------------------------------------
# English resumes
# ---------------------------------------------------------------------------
EN_DATE_MON = dict(style="mon", sep=" – ", present="Present")

# en01 -- finance, headline first, credential after the name, upper-case e-mail
RESUMES.append(dict(
    id="en01_fpa_cpa_headline", lang="en", fmt="pdf", file="en01_whitfield_fpa.pdf",
    name="Jane R. Whitfield", emails=["Jane.Whitfield@Example.com"], phones=["(312) 555-0147"], country="US",
    date=dict(style="mm/yyyy", sep=" – ", present="Present"),
    job_mode="tab", job_tab=("{title} — {org}", "{dates}"), job_sub="{loc}",
    edu_mode="tab", edu_tab=("{title}, {org}", "{dates}"),
    pdf=dict(font="serif"),
    tags=["headline_first", "name_with_credential", "name_middle_initial", "uppercase_email", "date_mm_yyyy",
          "dates_right_aligned", "skills_categories", "tricky_words", "finance"],
    expect_years=11.2, expect_protected=[],
    body=[
        ("title", "SENIOR FINANCIAL ANALYST  |  FP&A  |  CORPORATE FINANCE", {"size": 10.5, "accent": True}),
        ("name", "Jane R. Whitfield, CPA", {"size": 20}),
        ("contact", "  ·  ", ["Chicago, IL 60614", "{phone0}", "{email0}"]),
        ("h", "Profile"),
        ("p", "Certified Public Accountant with eleven years in audit and FP&A across healthcare and logistics. "
              "Known for turning month-end close into a forecasting tool and for helping finance teams excel at "
              "clear, decision-ready reporting."),
        ("h", "Professional Experience"),
        ("jobs", [
            J("Senior Financial Analyst", "Lakeshore Medical Group", (2021, 4), None, loc="Chicago, IL", bullets=[
                "Own the $410M operating budget and rolling 18-month forecast for 14 outpatient clinics.",
                "Led the finance workstream for the SAP S/4HANA go-live; cut month-end close from 9 to 6 working days.",
                "Built Power BI variance dashboards used by the CFO in weekly operating reviews."]),
            J("Financial Analyst", "Brightwater Logistics Inc.", (2017, 7), (2021, 3), loc="Oak Brook, IL", bullets=[
                "Prepared monthly P&L and cost-per-mile analysis for a 900-truck fleet.",
                "Replaced a 40-tab workbook with a driver-based Excel model; forecast error fell from 7% to 2.5%.",
                "Partnered with procurement on fuel hedging scenarios presented to the board."]),
            J("Audit Associate", "Hollis & Crane LLP", (2015, 10), (2017, 6), loc="Chicago, IL", bullets=[
                "Planned and executed year-end audits for manufacturing and not-for-profit clients.",
                "Tested internal controls over revenue and payroll; drafted management letter points."]),
            J("Audit Intern", "Hollis & Crane LLP", (2014, 6), (2014, 8), kind="intern", loc="Chicago, IL"),
        ]),
        ("h", "Education"),
        ("edu", [E("B.S. Accountancy", "Northfield State University", (2011, 9), (2015, 5))]),
        ("h", "Certifications"),
        ("bullets", ["Certified Public Accountant (CPA), Illinois — 2017"]),
        ("h", "Skills"),
        ("skills", dict(mode="categories", sep=", ", cats=[
            ("Technical", sk(("Microsoft Excel (advanced)", "excel"), ("SAP S/4HANA", "sap"),
                             ("Oracle Hyperion", "hyperion"), "Power BI", "SQL")),
            ("Finance", sk("Financial modeling", "Variance analysis", "Forecasting", "Budgeting",
                           ("US GAAP", "gaap"))),
        ])),
    ],
))

# en02 -- nursing, two-column PDF with a left sidebar (name + contact + skills in the sidebar)
RESUMES.append(dict(
    id="en02_nurse_sidebar_two_column", lang="en", fmt="pdf", file="en02_natarajan_rn.pdf",
    name="Priya Natarajan", emails=["priya.n.rn@example.com.au"], phones=["0491 570 156"], country="AU",
    date=dict(style="month", sep=" - ", present="Present"),
    job_mode="lines", job_lines=["**{title} — {org}**", "__{dates}__"],
    edu_mode="lines", edu_lines=["**{title}**", "{org}, {dates}"],
    pdf=dict(layout="sidebar", font="sans", sidebar_w=2.3),
    tags=["two_column", "sidebar_contact", "date_month_name", "au_phone", "nursing"],
    expect_years=12.7, expect_protected=["birth_date"],
    sidebar=[
        ("name", "Priya Natarajan", {"size": 16}),
        ("p", "Registered Nurse", {"italic": True}),
        ("h", "Contact"),
        ("lines", ["{phone0}", "{email0}", "Brisbane QLD 4000"], {"size": 8.5}),
        ("h", "Personal"),
        ("personal", "lines", [P("birth_date", "Date of birth: 02/09/1989")]),
        ("h", "Clinical skills"),
        ("skills", dict(mode="bullets", cats=[("", sk(
            ("Triage (ATS)", "triage"), ("Advanced Life Support (ALS)", "advanced life support"),
            ("IV cannulation", "iv cannulation"), "Wound care", "Medication administration",
            ("Cerner EMR", "cerner")))])),
        ("h", "Registration"),
        ("lines", ["AHPRA Registered Nurse (Division 1)", "ALS2 certificate, current"]),
    ],
    body=[
        ("title", "Registered Nurse — Emergency & Critical Care", {"size": 15, "accent": True}),
        ("p", "Emergency nurse with more than twelve years of acute-care experience in public and private "
              "hospitals. Calm under pressure, strong on triage and on teaching graduate nurses."),
        ("h", "Experience"),
        ("jobs", [
            J("Clinical Nurse, Emergency Department", "Bayside General Hospital, Brisbane", (2019, 3), None, bullets=[
                "Triage and resuscitation in a 60-bed ED seeing 75,000 presentations a year.",
                "Shift coordinator two nights a week; preceptor for 11 graduate nurses.",
                "Led the sepsis-pathway audit that cut time-to-antibiotics by 22 minutes."]),
            J("Registered Nurse (casual, part-time)", "CareLink Nursing Agency", (2018, 9), (2019, 2),
              emp="part-time", bullets=["Casual shifts in medical and surgical wards across three Brisbane hospitals."]),
            J("Career break", "travel and relocation to Queensland", (2017, 7), (2018, 8), kind="break"),
            J("Registered Nurse, Surgical Ward", "St Aidan's Private Hospital, Sydney", (2013, 2), (2017, 6), bullets=[
                "Post-operative care for orthopaedic and general surgery patients (28 beds).",
                "Ward champion for wound care and pressure-injury prevention."]),
        ]),
        ("h", "Volunteering"),
        ("jobs", [J("Volunteer First Aider", "Brisbane Community First Aid Volunteers", (2010, 4), (2012, 12),
                    kind="volunteer")]),
        ("h", "Education"),
        ("edu", [E("Bachelor of Nursing", "Coastal Queensland University", (2009, 2), (2012, 11))]),
    ],
))


# en03-en05 -- counterfactual group cf1: construction project manager, only protected attributes differ
def _cf1(variant):
    first, gender, age, nat = {
        "a": ("Emily", "Female", "34", "British"),
        "b": ("James", "Male", "34", "British"),
        "c": ("Emily", "Female", "51", "Indian"),
    }[variant]
    name = f"{first} Carter"
    return dict(
        id=f"en0{ {'a': 3, 'b': 4, 'c': 5}[variant] }_construction_pm_cf1{variant}", lang="en", fmt="pdf",
        file=f"en0{ {'a': 3, 'b': 4, 'c': 5}[variant] }_carter_construction_pm_{variant}.pdf",
        name=name, emails=[f"{first.lower()}.carter.pm@example.co.uk"], phones=["07700 900418"], country="GB",
        date=dict(style="mon_yy", sep=" – ", present="Present"),
        job_mode="tab", job_tab=("{title}", "{dates}"), job_sub="{org}, {loc}",
        edu_mode="tab", edu_tab=("{title}", "{dates}"), edu_sub="{org}",
        pdf=dict(font="sans", accent="#7a3b12"),
        tags=["cf1", "resume_of_prefix", "date_apostrophe_year", "uk_phone", "personal_details_block",
              "construction"],
        expect_years=12.3, expect_protected=["age", "gender", "nationality"],
        body=[
            ("name", "Resume of " + name, {"size": 18}),
            ("p", "Construction Project Manager · MCIOB · SMSTS", {"bold": True}),
            ("contact", " · ", ["Leeds, West Yorkshire", "{phone0}", "{email0}"]),
            ("h", "Summary"),
            ("p", "Chartered construction manager who has delivered education, healthcare and residential schemes "
                  "from £4m to £38m. Comfortable running NEC4 contracts end to end, from tender to handover."),
            ("h", "Key skills"),
            ("skills", dict(mode="list", sep=" · ", cats=[("", sk(
                ("NEC4 contract administration", "nec4"), "Asta Powerproject", ("Programme scheduling", "scheduling"),
                ("Autodesk Revit", "revit"), "AutoCAD", "Cost control",
                ("Health and safety (CDM 2015)", "health and safety"), "Stakeholder management"))])),
            ("h", "Experience"),
            ("jobs", [
                J("Project Manager", "Harrowgate Build Ltd", (2021, 9), None, loc="Leeds", bullets=[
                    "Delivered a £38m secondary school on programme under an NEC4 Option C contract.",
                    "Manage a site team of 12 and up to 140 operatives across three live projects.",
                    "Introduced weekly look-ahead programmes in Asta Powerproject, cutting subcontractor clashes."]),
                J("Assistant Project Manager", "Kestrel Civils plc", (2017, 6), (2021, 8), loc="Bradford", bullets=[
                    "Ran the package procurement for a £21m health centre; closed out 0.8% under budget.",
                    "Chaired weekly design-coordination meetings using federated Revit models."]),
                J("Site Engineer", "Northgate Construction Ltd", (2014, 8), (2017, 5), loc="Wakefield", bullets=[
                    "Setting out, levels and temporary works checks on residential schemes up to 220 units."]),
                J("Site Engineer (industrial placement year)", "Northgate Construction Ltd", (2012, 7), (2013, 6),
                  kind="intern", loc="Wakefield"),
            ]),
            ("h", "Education"),
            ("edu", [E("BSc (Hons) Construction Management", "University of West Riding", (2010, 9), (2014, 6))]),
            ("h", "Personal details"),
            ("personal", "inline", [P("gender", "Gender: " + gender), P("age", "Age: " + age),
                                    P("nationality", "Nationality: " + nat), "Full UK driving licence"],
             {"sep": "  |  "}),
        ],
    )


RESUMES += [_cf1("a"), _cf1("b"), _cf1("c")]

# en06 -- software engineer, ISO dates, overlapping freelance, invisible (render mode 3) text
RESUMES.append(dict(
    id="en06_backend_go_invisible_text", lang="en", fmt="pdf", file="en06_delgado_backend.pdf",
    name="Marcus T. Delgado", emails=["marcus.delgado@example.com"], phones=["+1 512-555-0199"], country="US",
    date=dict(style="iso", sep=" – ", present="present"),
    job_mode="lines", job_lines=["**{title} · {org}**", "__{dates} · {loc}__"],
    edu_mode="lines", edu_lines=["{title}, {org} ({dates})"],
    pdf=dict(font="cond", accent="#0b5563", a4=False),
    tags=["name_middle_initial", "date_iso", "skills_categories", "skills_in_summary", "tricky_words",
          "go_language_and_verb", "software"],
    expect_years=8.2, expect_protected=[],
    body=[
        ("name", "Marcus T. Delgado", {"size": 20}),
        ("contact", " | ", ["Austin, TX", "{phone0}", "{email0}", "github.com/mdelgado-example"]),
        ("skillp", "Backend engineer building payment and data services in ", sk("Go", "Python", "PostgreSQL"),
         ", ", ". Comfortable owning a service from design doc to on-call."),
        ("h", "Skills"),
        ("skills", dict(mode="categories", sep=", ", cats=[
            ("Languages", sk("Go", "Python", "TypeScript", "SQL")),
            ("Infrastructure", sk("Docker", "Terraform", ("AWS (ECS, Lambda, S3)", "aws"), "GitHub Actions")),
            ("Data", sk("PostgreSQL", "Redis", ("Apache Kafka", "kafka"))),
        ])),
        ("hidden", "render3", "Kubernetes, Rust, Scala, Apache Spark, machine learning, TensorFlow\n"
                              "15 years of professional experience\nAge: 26 | Male | U.S. citizen"),
        ("h", "Experience"),
        ("jobs", [
            J("Senior Software Engineer", "Pinecrest Payments", (2022, 1), None, loc="Austin, TX (hybrid)", bullets=[
                "Designed the idempotent ledger API handling 3,000 writes/s at p99 under 40 ms.",
                "Led the go-live of the real-time settlement pipeline; zero data loss in 18 months.",
                "Mentor four engineers and act as the go-to reviewer for database migrations."]),
            J("Software Engineer", "Tidewater Analytics", (2019, 3), (2021, 12), loc="Austin, TX", bullets=[
                "Rewrote the ingestion workers, cutting cloud spend by 31%.",
                "Added contract tests between the TypeScript front end and the reporting API."]),
            J("Freelance Backend Developer (self-employed)", "Delgado Software LLC", (2018, 10), (2020, 2),
              emp="freelance", loc="Remote", bullets=[
                  "Built booking and invoicing APIs for three small businesses; evenings and weekends."]),
            J("Software Engineering Intern", "Tidewater Analytics", (2018, 6), (2018, 8), kind="intern",
              loc="Austin, TX"),
        ]),
        ("h", "Education"),
        ("edu", [E("B.S. Computer Science", "University of Central Texas", (2014, 8), (2018, 5))]),
    ],
))

# en07 -- image-only scan: no text layer at all
RESUMES.append(dict(
    id="en07_logistics_scanned_image_only", lang="en", fmt="pdf", file="en07_scan_okafor_logistics.pdf",
    image_only=True,
    name="Daniel Okafor", emails=["d.okafor@example.com"], phones=["(901) 555-0172"], country="US",
    date=EN_DATE_MON, job_mode="lines", job_lines=["{title}, {org}   {dates}"],
    edu_mode="lines", edu_lines=["{title}, {org}   {dates}"],
    tags=["image_only", "no_text_layer", "logistics"],
    body=[
        ("name", "Daniel Okafor"),
        ("contact", "  |  ", ["Memphis, TN", "{phone0}", "{email0}"]),
        ("h", "Summary"),
        ("p", "Logistics coordinator with 9 years in cross-dock and carrier operations."),
        ("h", "Experience"),
        ("jobs", [
            J("Logistics Coordinator", "Delta Ridge Distribution", (2020, 2), None, bullets=[
                "Schedule 140 outbound loads a day across 30 LTL and FTL carriers.",
                "Cut detention charges 28% with a dock appointment system."]),
            J("Warehouse Lead", "Mid-South Cold Storage", (2017, 5), (2020, 1), bullets=[
                "Supervised a 12-person night shift; cycle-count accuracy 99.6%."]),
        ]),
        ("h", "Education"),
        ("edu", [E("A.A.S. Supply Chain Management", "Shelby Technical College", (2015, 8), (2017, 5))]),
        ("h", "Skills"),
        ("skills", dict(mode="list", sep=", ", cats=[("", sk("Manhattan WMS", "SAP TM", "Excel", "Forklift"))])),
    ],
))

# en08 -- law, "LASTNAME, Firstname", accented first name, experience table, nationality in the PDF footer
RESUMES.append(dict(
    id="en08_solicitor_lastname_first_table", lang="en", fmt="pdf", file="en08_oconnor_brennan_cv.pdf",
    name="Siobhán O'Connor-Brennan", name_display="O'CONNOR-BRENNAN, Siobhán",
    name_display_parts=("Siobhán", "O'CONNOR-BRENNAN"),
    emails=["siobhan.oconnor-brennan@example.ie"], phones=["+353 85 555 0142", "(01) 555 0178"], country="IE",
    date=dict(style="year", sep=" – ", present="to date", ongoing_tpl="{s} to date"),
    job_mode="table",
    job_table=dict(cols=["Period", "Role"], cells=["{dates}", "{title}, {org}"], bullets_in_last=True,
                   opts={"widths": [1.3, 5.2]}),
    edu_mode="lines", edu_lines=["{title} — {org}, {dates}"],
    pdf=dict(font="serif", accent="#2b2b2b", upper_h=False),
    tags=["curriculum_vitae_first", "name_lastname_first", "name_accents", "experience_table", "date_bare_years",
          "date_to_date", "footer_protected", "landline", "multi_phone", "tricky_words", "law"],
    expect_years=12.9, expect_protected=["nationality"],
    body=[
        ("title", "CURRICULUM VITAE", {"size": 11, "center": True}),
        ("name", "O'CONNOR-BRENNAN, Siobhán", {"size": 18, "center": True}),
        ("p", "Solicitor — Corporate & Commercial", {"center": True, "italic": True}),
        ("contact", "  •  ", ["Dublin 4", "Mobile {phone0}", "Office {phone1}", "{email0}"], {"center": True}),
        ("h", "Profile"),
        ("p", "Corporate solicitor with more than a decade advising Irish and international clients on M&A, "
              "commercial contracts and employment matters. Admitted as a solicitor in Ireland in 2013."),
        ("h", "Professional experience"),
        ("jobs", [
            J("Senior Associate", "Fitzwilliam Quay Solicitors", (2018, None), None, bullets=[
                "Lead associate on 20+ private M&A deals (EUR 5m–180m), from due diligence to completion.",
                "Draft and negotiate SaaS, distribution and outsourcing agreements for tech clients.",
                "Supervise two trainees and run the firm's know-how sessions on contract drafting."]),
            J("Associate Solicitor", "Liffey & Dodder LLP", (2014, None), (2017, None), bullets=[
                "Employment advisory and WRC claims for retail and hospitality employers.",
                "Supported the corporate team on share purchases and shareholder agreements."]),
        ]),
        ("h", "Internship"),
        ("jobs", [J("Summer Legal Intern", "Liffey & Dodder LLP", (2012, 6), (2012, 8), kind="intern")],
         {"date": EN_DATE_MON}),
        ("h", "Pro bono"),
        ("jobs", [J("Volunteer Adviser", "Northside Free Legal Advice Clinic (access to justice programme)",
                    (2015, None), (2019, None), kind="volunteer")]),
        ("h", "Education"),
        ("edu", [E("LL.B. (Law)", "University of Leinster", (2007, None), (2011, None)),
                 E("Professional Practice Course I & II", "Solicitors' Professional Training Institute",
                   (2012, None), (2013, None))]),
        ("h", "Skills & practice areas"),
        ("skills", dict(mode="list", sep="; ", cats=[("", sk(
            "Commercial contracts", ("Mergers & acquisitions", "mergers and acquisitions"), "Due diligence",
            "Employment law", ("Legal research (Westlaw IE, LexisNexis)", ["legal research", "westlaw", "lexisnexis"]),
            ("Document management (iManage)", ["document management", "imanage"])))])),
        ("h", "Languages"),
        ("p", "English (native), Irish (fluent), French (conversational)"),
    ],
    footer=[("p", [P("nationality", "Irish citizen"), " · Full clean driving licence · References available on request"])],
))

# en09 -- pharma research, "Dr. ..., PhD", dates on their own line below the role, skills table
RESUMES.append(dict(
    id="en09_pharma_scientist_dr_phd", lang="en", fmt="docx", file="en09_sorensen_mahler_scientist.docx",
    name="Anika Sørensen-Mahler", emails=["anika.sorensen-mahler@example.ch"], phones=["+41 79 555 12 34"],
    country="CH",
    date=dict(style="mon", sep=" – ", present="present"),
    job_mode="lines", job_lines=["**{title}**", "{org}, {loc}", "__{dates}__"],
    edu_mode="lines", edu_lines=["**{title}**", "{org}", "__{dates}__"],
    docx=dict(font="Cambria", accent=(0x23, 0x4E, 0x3A)),
    tags=["name_with_title_and_credential", "name_accents", "dates_below_role", "skills_table",
          "spoken_languages_in_skills_table", "vendor_prefixes", "research", "pharma"],
    expect_years=9.8, expect_protected=["nationality"],
    body=[
        ("name", "Dr. Anika Sørensen-Mahler, PhD", {"size": 18}),
        ("p", "Senior Scientist · Analytical Development · Biologics", {"italic": True}),
        ("contact", "  |  ", ["Basel, Switzerland", "{phone0}", "{email0}", P("nationality", "Nationality: Danish"),
                              "Swiss C permit"]),
        ("h", "Profile"),
        ("p", "Analytical chemist with a PhD in pharmaceutical sciences and seven years in industry, leading method "
              "development and validation for monoclonal antibodies and small molecules from phase I to "
              "commercial."),
        ("h", "Experience"),
        ("jobs", [
            J("Senior Scientist, Analytical Development", "Rheinau Biopharma AG", (2019, 10), None, loc="Basel",
              bullets=["Lead a lab of five developing release and stability methods for three antibody programmes.",
                       "Authored analytical sections of two IMPDs and one BLA module 3.",
                       "Transferred 14 validated methods to CDMO partners in Ireland and Singapore."]),
            J("Postdoctoral Research Fellow", "Basel Institute for Molecular Medicine", (2017, 2), (2019, 9),
              loc="Basel", bullets=["Developed native LC-MS workflows for charge-variant profiling of IgG1 antibodies."]),
        ]),
        ("h", "Education"),
        ("edu", [E("PhD, Pharmaceutical Sciences", "Øresund University", (2012, 9), (2016, 9)),
                 E("MSc, Pharmaceutical Chemistry", "Øresund University", (2010, 9), (2012, 6))]),
        ("h", "Skills"),
        ("skills", dict(mode="table", sep=", ", cats=[
            ("Analytical", sk("HPLC", "UPLC", "LC-MS", ("Method validation (ICH Q2)", "method validation"))),
            ("Quality & regulatory", sk("GMP", "ICH guidelines")),
            ("Software", sk(("Waters Empower 3", "empower"), ("Agilent MassHunter", "masshunter"), "JMP", "Python")),
            ("Languages", sk(("English (C2)", None), ("German (C1)", None), ("Danish (native)", None))),
        ], opts={"widths": [1.7, 4.8], "bold_first_col": True})),
        ("h", "Conferences"),
        ("p", "Poster: charge variants of IgG1 by icIEF-MS, European Analytical Sciences Forum, 2018."),
    ],
))

# en10 -- marketing, name only in the DOCX header, parental leave, hidden (w:vanish) run
RESUMES.append(dict(
    id="en10_marketing_header_name_vanish", lang="en", fmt="docx", file="en10_tremblay_marketing.docx",
    name="Olivia M. Tremblay", emails=["olivia.tremblay@example.ca"], phones=["416-555-0123"], country="CA",
    date=EN_DATE_MON,
    job_mode="tab", job_tab=("{title} | {org}", "{dates}"),
    edu_mode="tab", edu_tab=("{title}, {org}", "{dates}"),
    docx=dict(font="Calibri", accent=(0x8E, 0x24, 0x4B)),
    tags=["name_in_docx_header", "name_middle_initial", "parental_leave", "parental_leave_as_family_status",
          "pipe_skills", "dates_tab_end", "tricky_words", "marketing"],
    expect_years=10.3, expect_protected=["marital_status"],
    header=[("title", "Olivia M. Tremblay", {"size": 16}),
            ("p", "Toronto, ON  ·  {phone0}  ·  {email0}")],
    body=[
        ("title", "Marketing Manager — B2B SaaS", {"size": 14, "accent": True}),
        ("p", "Demand-generation marketer who builds pipeline with content, paid search and marketing automation. "
              "Ten years of B2B experience, most recently owning a seven-figure budget."),
        ("hidden", "vanish", "Expert in Salesforce Marketing Cloud, Marketo, Adobe Analytics and Tableau. "
                             "15+ years of marketing leadership. Age 29. Canadian citizen."),
        ("h", "Skills"),
        ("skills", dict(mode="list", sep=" | ", cats=[("", sk(
            "HubSpot", ("Google Analytics 4", "google analytics"), "Google Ads", ("SEO/SEM", ["seo", "sem"]),
            "Content strategy", "Marketing automation", "Canva", ("Microsoft Excel", "excel")))])),
        ("h", "Experience"),
        ("jobs", [
            J("Marketing Manager", "Northwind Cloud Inc.", (2021, 8), None, bullets=[
                "Own a $1.2M annual budget across paid search, events and content.",
                "Rebuilt HubSpot lead scoring; MQL-to-SQL conversion rose from 11% to 19%.",
                "Grew self-serve sign-ups 64% through a word-of-mouth referral programme and an SEO content hub."]),
            J("Parental leave", "career break", (2020, 9), (2021, 7), kind="break", attrs=["marital_status"]),
            J("Senior Marketing Specialist", "Maplegate Software", (2017, 2), (2020, 8), bullets=[
                "Ran webinar and nurture programmes generating 35% of sourced pipeline.",
                "Managed Google Ads accounts with a $40K monthly spend."]),
            J("Marketing Coordinator (part-time)", "Lakeview Community College", (2015, 9), (2017, 1),
              emp="part-time", bullets=["Coordinated open-day campaigns and the alumni newsletter."]),
        ]),
        ("h", "Education"),
        ("edu", [E("Bachelor of Commerce, Marketing", "Lakeshore University", (2011, 9), (2015, 4))]),
    ],
))

# en11 -- HR, name in a table cell with a credential, military service + volunteering, 1-pt hidden text
RESUMES.append(dict(
    id="en11_hr_table_name_military_tiny", lang="en", fmt="docx", file="en11_montgomery_hr.docx",
    name="Keisha L. Montgomery", emails=["keisha.montgomery@example.com"], phones=["(404) 555-0162"], country="US",
    date=dict(style="month", sep=" – ", present="Present"),
    job_mode="tab", job_tab=("{title}, {org}", "{dates}"),
    edu_mode="tab", edu_tab=("{title}, {org}", "{dates}"),
    docx=dict(font="Arial", size=10, accent=(0x33, 0x33, 0x66)),
    tags=["name_in_table", "name_with_credential", "name_middle_initial", "dates_tab_end", "skills_categories",
          "tricky_words", "hr"],
    expect_years=9.5, expect_protected=[],
    body=[
        ("table", [["Keisha L. Montgomery, SHRM-CP\nHR Generalist", "Atlanta, GA 30309\n{phone0}\n{email0}"]],
         {"grid": False, "bold_first_line": True, "widths": [3.6, 3.0]}),
        ("h", "Summary"),
        ("p", "HR generalist with nine years in HR operations, recruiting and employee relations, after four "
              "years as a U.S. Army human resources specialist."),
        ("hidden", "tiny", "Workday HCM, SAP SuccessFactors, payroll, 20 years of HR leadership. Married, 2 children."),
        ("h", "Experience"),
        ("jobs", [
            J("HR Generalist", "Peachtree Freight Co.", (2020, 5), None, bullets=[
                "HR business partner for 420 drivers and warehouse staff across three sites.",
                "Run FMLA and accommodation cases end to end; no findings in the 2024 compliance audit.",
                "Cut time-to-fill for CDL drivers from 38 to 24 days with Greenhouse structured hiring."]),
            J("HR Coordinator", "Magnolia Retail Group", (2017, 6), (2020, 4), bullets=[
                "Onboarded 300+ seasonal associates a year; built the new-hire checklist in BambooHR.",
                "Processed bi-weekly payroll changes in ADP for 1,100 employees."]),
        ]),
        ("h", "Military Service"),
        ("jobs", [J("Human Resources Specialist (42A), Sergeant", "U.S. Army", (2011, 8), (2015, 7), kind="military",
                    bullets=["Processed personnel actions, awards and access badges for a 600-soldier battalion."])]),
        ("h", "Volunteering"),
        ("jobs", [J("Volunteer Career Coach", "Eastside Youth Works", (2018, 1), (2021, 12), kind="volunteer")]),
        ("h", "Education"),
        ("edu", [E("B.A. Psychology", "Piedmont State University", (2015, 8), (2017, 5))]),
        ("h", "Skills"),
        ("skills", dict(mode="categories", sep=", ", cats=[
            ("HRIS & payroll", sk("ADP", "BambooHR")),
            ("Recruiting", sk("Greenhouse", "LinkedIn Recruiter", "Structured interviewing")),
            ("HR practice", sk("Employee relations", "Onboarding", ("FMLA administration", "fmla"), "Investigations")),
            ("Office", sk(("Microsoft Excel", "excel"), ("Microsoft Word", "word"))),
        ])),
    ],
))

# en12 -- hospitality (Singapore), embedded photo, experience table, personal particulars table
RESUMES.append(dict(
    id="en12_hotel_sg_photo_tables", lang="en", fmt="docx", file="en12_nur_aisyah_front_office.docx",
    name="Nur Aisyah binte Rahman", emails=["aisyah.rahman@example.sg"], phones=["+65 8123 0456"], country="SG",
    date=EN_DATE_MON,
    job_mode="table",
    job_table=dict(cols=["Period", "Position", "Hotel & highlights"], cells=["{dates}", "{title}", "{org}"],
                   bullets_in_last=True, opts={"widths": [1.5, 1.9, 3.3]}),
    edu_mode="lines", edu_lines=["**{title}**", "{org}, {dates}"],
    docx=dict(font="Calibri", accent=(0x0E, 0x5E, 0x6F), a4=True),
    tags=["experience_table", "personal_details_table", "photo", "hospitality"],
    expect_years=12.5, expect_protected=["birth_date", "marital_status", "nationality", "photo"],
    body=[
        ("photo", {"width": 1.0, "right": True}),
        ("name", "Nur Aisyah binte Rahman", {"size": 18}),
        ("p", "Front Office Manager | Luxury & Resort Hotels", {"bold": True}),
        ("contact", " | ", ["{phone0}", "{email0}", "Singapore 099253"]),
        ("h", "Career Summary"),
        ("p", "Hotelier with over twelve years in front office operations at five-star city and resort hotels. "
              "Led pre-opening of a 310-key resort and consistently ranked top three for guest satisfaction."),
        ("h", "Work Experience"),
        ("jobs", [
            J("Front Office Manager", "The Marina Crest Hotel", (2022, 4), None, bullets=[
                "Lead 46 staff across reception, concierge and guest relations (520 rooms).",
                "Raised upsell revenue 27% with a tiered arrival offer."]),
            J("Assistant Front Office Manager", "Orchid Bay Resort Sentosa", (2018, 1), (2022, 3), bullets=[
                "Pre-opening team; wrote the front office SOPs and trained 30 new hires."]),
            J("Guest Service Agent → Guest Relations Officer", "Harbourfront Suites", (2014, 6), (2017, 12), bullets=[
                "Handled VIP arrivals and night audit cover."]),
        ]),
        ("h", "Internship"),
        ("jobs", [J("Hotel Operations Trainee", "Harbourfront Suites", (2013, 1), (2013, 6), kind="intern")]),
        ("h", "Education"),
        ("edu", [E("Diploma in Hospitality & Tourism Management", "Kallang Polytechnic", (2010, 4), (2013, 3))]),
        ("h", "Skills"),
        ("skills", dict(mode="bullets", cats=[("", sk(
            "Opera PMS", "Revenue management", "Guest relations", "Night audit", ("Microsoft Excel", "excel"),
            "Staff scheduling"))])),
        ("h", "Personal Particulars"),
        ("personal", "table", [["Date of Birth", P("birth_date", "21 March 1990")],
                               ["Nationality", P("nationality", "Malaysian (Singapore PR)")],
                               ["Marital Status", P("marital_status", "Married")],
                               ["Languages", "English, Malay, Mandarin (conversational)"]],
         {"widths": [1.8, 4.4], "bold_first_col": True}),
    ],
))

# en13 -- manufacturing quality (India): "RESUME" first, personal details incl. religion, "excel" as a verb
RESUMES.append(dict(
    id="en13_quality_engineer_india_personal", lang="en", fmt="docx", file="en13_iyer_quality_resume.docx",
    name="Rahul Venkatesh Iyer", emails=["rahul.iyer@example.in"], phones=["+91 98450 12763"], country="IN",
    date=dict(style="month", sep=" to ", present="Present"),
    job_mode="lines", job_lines=["**{org}, {loc}**", "Designation: {title}", "Duration: {dates}"],
    edu_mode="lines", edu_lines=["**{title}**", "{org} — {dates}"],
    docx=dict(font="Times New Roman", size=11, accent=(0, 0, 0), a4=True),
    tags=["resume_word_first", "date_month_to_month", "personal_details_block", "declaration", "tricky_words",
          "manufacturing"],
    expect_years=14.4, expect_protected=["birth_date", "gender", "marital_status", "nationality", "religion"],
    body=[
        ("title", "RESUME", {"size": 16, "center": True}),
        ("name", "Rahul Venkatesh Iyer", {"size": 14}),
        ("lines", ["Senior Quality Engineer", "Email: {email0}", "Mobile: {phone0}",
                   "Address: Flat 7B, Baner Road, Pune – 411045"]),
        ("h", "Career Objective"),
        ("p", "To work in a challenging environment where I can use my quality engineering knowledge to excel and "
              "grow along with the organisation."),
        ("h", "Professional Summary"),
        ("bullets", ["14+ years of experience in quality assurance for automotive castings and machined parts.",
                     "Handled customer audits for passenger-vehicle OEMs and Tier-1 suppliers.",
                     "Reduced customer PPM from 850 to 120 through structured problem solving."]),
        ("h", "Technical Skills"),
        ("skills", dict(mode="catbullets", sep=", ", cats=[
            ("Quality tools", sk(("Six Sigma Green Belt", "six sigma"), "SPC", "FMEA", "PPAP", "APQP",
                                 ("Root cause analysis (8D)", ["root cause analysis", "8d"]))),
            ("Software", sk("Minitab", "AutoCAD", ("SAP QM", "sap"), ("MS Excel", "excel"))),
        ])),
        ("h", "Work Experience"),
        ("jobs", [
            J("Senior Quality Engineer", "Deccan Auto Components Pvt. Ltd.", (2016, 4), None, loc="Pune", bullets=[
                "Head of incoming and final inspection for the machining line (3 shifts, 22 inspectors).",
                "Prepared PPAP submissions for 60+ new part numbers."]),
            J("Quality Engineer", "Sahyadri Castings Ltd.", (2012, 7), (2016, 3), loc="Kolhapur", bullets=[
                "In-process inspection and SPC for grey-iron castings; led 8D investigations."]),
        ]),
        ("h", "Internship"),
        ("jobs", [J("Summer Intern, Machine Shop", "Sahyadri Castings Ltd.", (2011, 5), (2011, 6), kind="intern",
                    loc="Kolhapur")]),
        ("h", "Educational Qualification"),
        ("edu", [E("B.E. (Mechanical Engineering), First Class with Distinction",
                   "Shivaji Institute of Technology, Kolhapur", (2008, 8), (2012, 6))]),
        ("h", "Personal Details"),
        ("personal", "lines", [P("birth_date", "Date of Birth: 12/08/1990"), P("gender", "Gender: Male"),
                               P("marital_status", "Marital Status: Married"), P("nationality", "Nationality: Indian"),
                               P("religion", "Religion: Hindu"),
                               "Languages Known: English, Hindi, Marathi, Tamil"]),
        ("h", "Declaration"),
        ("p", "I hereby declare that the above information is true to the best of my knowledge and belief."),
        ("lines", ["Place: Pune", "(Rahul Venkatesh Iyer)"]),
    ],
))

# en14 -- aviation maintenance, headline first, "Since 2020", bare years, military service, skills grid
RESUMES.append(dict(
    id="en14_aviation_tech_since_military", lang="en", fmt="docx", file="en14_whitaker_amt.docx",
    name="Tyrone A. Whitaker", emails=["tyrone.whitaker@example.com"], phones=["(907) 555-0181"], country="US",
    date=dict(style="year", sep=" – ", present="Present", ongoing_tpl="Since {s}"),
    job_mode="tab", job_tab=("{title} — {org}", "{dates}"), job_sub="{loc}",
    edu_mode="tab", edu_tab=("{title}, {org}", "{dates}"),
    docx=dict(font="Calibri", accent=(0x1B, 0x4F, 0x72), builtin_headings=True),
    tags=["headline_first", "name_middle_initial", "date_since", "date_bare_years", "skills_grid_table",
          "contract", "aviation"],
    expect_years=9.9, expect_protected=[],
    body=[
        ("title", "AIRCRAFT MAINTENANCE TECHNICIAN  •  FAA A&P  •  USAF VETERAN", {"size": 11, "accent": True}),
        ("name", "Tyrone A. Whitaker", {"size": 20}),
        ("contact", "  •  ", ["Anchorage, AK", "{phone0}", "{email0}"]),
        ("h", "Skills"),
        ("skills", dict(mode="grid", ncols=3, cats=[("", sk(
            "Sheet metal repair", "Composite repair", "Borescope inspection", "Avionics troubleshooting",
            ("Non-destructive testing (NDT)", "ndt"), ("AMOS (maintenance tracking)", "amos")))],
            opts={"grid": False})),
        ("h", "Experience"),
        ("jobs", [
            J("Aircraft Maintenance Technician (A&P)", "Northern Lights Air Cargo", (2020, None), None,
              loc="Anchorage, AK", bullets=[
                  "Line and heavy checks on 767-300F freighters; return-to-service sign-off authority.",
                  "Go-to technician for engine borescope inspections on the night shift.",
                  "Cut repeat avionics write-ups 30% by standardising troubleshooting cards."]),
            J("Line Maintenance Technician (contract)", "Polar Aero Services", (2017, None), (2019, None),
              emp="contract", loc="Fairbanks, AK", bullets=[
                  "Transit checks, tire and brake changes, deferred-item management for regional turboprops."]),
        ]),
        ("h", "Military Service"),
        ("jobs", [J("Aircraft Structural Maintenance (2A7X3), Staff Sergeant", "U.S. Air Force", (2011, None),
                    (2016, None), kind="military", loc="Alaska and Japan", bullets=[
                        "Fabricated and repaired structural components on airlift and fighter airframes."])]),
        ("h", "Certifications"),
        ("bullets", ["FAA Airframe & Powerplant (A&P) Certificate — 2016", "FCC General Radiotelephone Operator License"]),
        ("h", "Education"),
        ("edu", [E("A.A.S. Aviation Maintenance Technology", "Chugach Technical College", (2012, None), (2015, None))]),
    ],
))

# en15 -- customer support, blind CV: no name at all
RESUMES.append(dict(
    id="en15_support_blind_cv_no_name", lang="en", fmt="txt", file="en15_blind_cv_4471.txt",
    name=None, emails=["candidate4471@talent.example.com"], phones=["+1 (614) 555-0133"], country="US",
    date=dict(style="mon", sep=" - ", present="Present"),
    job_mode="lines", job_lines=["{title} | {org} | {dates}"],
    edu_mode="lines", edu_lines=["{title} | {org} | {dates}"],
    txt=dict(h="colon", bullet="  * "),
    tags=["no_name", "blind_cv", "freelance", "tricky_words", "customer_support", "retail"],
    expect_years=11.2, expect_protected=[],
    body=[
        ("title", "BLIND CV — Candidate reference #4471"),
        ("p", "Prepared by Hartwell Talent Partners. Personal details removed for fair screening."),
        ("contact", "   ", ["Contact via recruiter: {email0}", "{phone0}"]),
        ("p", "Target role: Customer Support Team Lead / Support Operations (Columbus, OH or remote)"),
        ("h", "Profile"),
        ("p", "Support lead with eleven years in customer-facing roles, from the retail floor to e-commerce support. "
              "Builds calm, well-documented teams and is happy to go the extra mile on tricky escalations."),
        ("h", "Tools"),
        ("skills", dict(mode="list", sep=", ", cats=[("", sk(
            "Zendesk", ("Salesforce Service Cloud", "salesforce"), "Gorgias", "Shopify", ("Microsoft Excel", "excel")))])),
        ("h", "Skills"),
        ("skills", dict(mode="bullets", cats=[("", sk(
            "Ticket triage", "Escalation management", "Knowledge base writing", "CSAT reporting",
            "Workforce scheduling"))])),
        ("h", "Experience"),
        ("jobs", [
            J("Customer Support Team Lead", "Buckeye Home Goods (e-commerce)", (2019, 6), None, bullets=[
                "Lead 14 agents across email, chat and phone; CSAT 93% (from 84%).",
                "Rolled out macros and a 120-article help centre; first-response time down 47%.",
                "Go-to escalation point for chargebacks and carrier claims."]),
            J("Live-chat Support Agent (freelance)", "Chatworks Collective (remote contracts)", (2018, 9), (2019, 12),
              emp="freelance", bullets=["Evening chat support for two Shopify stores."]),
            J("Sales Associate -> Key Holder (part-time)", "Riverside Outfitters", (2015, 10), (2019, 5),
              emp="part-time", bullets=["Opened and closed the store; ran the returns desk and cash office."]),
        ]),
        ("h", "Education"),
        ("edu", [E("A.A. Business Administration", "Scioto Valley Community College", (2015, 8), (2017, 5))]),
    ],
))

# en16 -- teaching (Australia), bare years, self-employed tutoring overlapping parental leave, closing line
RESUMES.append(dict(
    id="en16_teacher_au_bare_years_closing", lang="en", fmt="txt", file="en16_mcallister_teacher.txt",
    name="Bronwyn A. McAllister", emails=["bronwyn.mcallister@example.edu.au"],
    phones=["0491 571 266", "(08) 5550 4417"], country="AU",
    date=dict(style="year", sep=" – ", present="present"),
    job_mode="tab", job_tab=("{title} — {org}", "{dates}"),
    edu_mode="tab", edu_tab=("{title} — {org}", "{dates}"),
    txt=dict(h="upper_rule", bullet="  • "),
    tags=["headline_first", "name_middle_initial", "date_bare_years", "dates_tab_end", "parental_leave",
          "closing_protected", "landline", "multi_phone", "tricky_words", "teaching"],
    expect_years=14.9, expect_protected=["marital_status"],
    body=[
        ("title", "Secondary Mathematics Teacher (Years 7–12)"),
        ("name", "Bronwyn A. McAllister"),
        ("contact", " | ", ["Perth WA", "M: {phone0}", "H: {phone1}", "{email0}"]),
        ("h", "Profile"),
        ("p", "Registered WA teacher with nearly twelve years in the classroom teaching Years 7–12, including ATAR "
              "Methods and Specialist. I help students who think they are 'not maths people' excel at problem "
              "solving."),
        ("h", "Key skills"),
        ("skills", dict(mode="bullets", cats=[("", sk(
            "Differentiated instruction", "Curriculum design", "Classroom management", ("SEQTA (LMS)", "seqta"),
            ("Microsoft OneNote", "onenote"), "GeoGebra", "Desmos"))])),
        ("h", "Teaching experience"),
        ("jobs", [
            J("Mathematics Teacher (0.8 FTE)", "Swan River College", (2019, None), None, bullets=[
                "Teach Year 11–12 Methods and Year 9 extension; 2024 ATAR Methods median 81.",
                "Coordinate the Year 9 numeracy intervention program."]),
            J("Private Maths Tutor (self-employed, part-time)", "McAllister Maths Tutoring", (2016, None), (2021, None),
              emp="self-employed", bullets=["Tutored 10–15 secondary students a week in Methods and Specialist."]),
            J("Parental leave", "career break", (2016, None), (2018, None), kind="break", attrs=["marital_status"]),
            J("Mathematics Teacher", "Kalamunda Hills Senior High School", (2012, None), (2015, None), bullets=[
                "Taught Years 7–10; ran the maths club and the Australian Mathematics Competition entries."]),
        ]),
        ("h", "Practicum"),
        ("jobs", [J("Practicum placement (pre-service teacher)", "Rockingham Bay High School", (2011, 8), (2011, 9),
                    kind="intern")], {"date": dict(style="mon", sep=" – ", present="present")}),
        ("h", "Education"),
        ("edu", [E("Bachelor of Science (Mathematics)", "Western Coast University", (2007, None), (2010, None))]),
        ("edu", [E("Graduate Diploma of Education (Secondary)", "Western Coast University", (2011, 2), (2011, 11))],
         {"date": dict(style="mon", sep=" – ", present="present")}),
        ("h", "Other"),
        ("lines", ["Working with Children Check (current) · Senior First Aid",
                   P("marital_status", "Married with two young children; available for 0.8–1.0 FTE from Term 1, 2027.")]),
    ],
))

# en17 -- agriculture (New Zealand), skills only in the summary lines, self-employed, "to date", health line
RESUMES.append(dict(
    id="en17_dairy_farm_manager_nz_summary_skills", lang="en", fmt="txt", file="en17_tautahi_walker_farm.txt",
    name="Hemi Tautahi-Walker", emails=["hemi.tw@example.co.nz"], phones=["021 555 0193"], country="NZ",
    date=dict(style="mon", sep=" – ", present="present", ongoing_tpl="{s} to date"),
    job_mode="lines", job_lines=["{title}", "{org}, {loc}", "{dates}"],
    edu_mode="lines", edu_lines=["{title}, {org} ({dates})"],
    txt=dict(h="square", bullet="   - "),
    tags=["headline_first", "skills_in_summary_only", "date_to_date", "dates_below_role", "self_employed",
          "agriculture"],
    expect_years=16.3, expect_protected=["health"],
    body=[
        ("title", "Farm Manager (Dairy) — Waikato"),
        ("name", "Hemi Tautahi-Walker"),
        ("contact", " / ", ["Matamata", "{phone0}", "{email0}"]),
        ("h", "Summary"),
        ("skillp", "Hands-on dairy farm manager, 16 years in the industry, with strengths in ",
         sk("pasture management", "herd health", "effluent management", "staff supervision"), ", ", "."),
        ("skillp", "Software: ", sk("MINDA", "FarmIQ", ("Microsoft Excel", "excel")), ", ", "."),
        ("h", "Work history"),
        ("jobs", [
            J("Farm Manager (620 cows)", "Kaimai Ridge Dairies Ltd", (2018, 6), None, loc="Matamata", bullets=[
                "Run a 620-cow System 3 operation with four staff; production up 9% kgMS over three seasons.",
                "Wrote the effluent compliance plan with the regional council; no non-compliance since 2019."]),
            J("Contract Milker (self-employed)", "Tautahi-Walker Contracting", (2012, 6), (2018, 5),
              emp="self-employed", loc="Morrinsville", bullets=["Contract milked 380–450 cows on two farms; employed two staff."]),
            J("Farm Assistant (seasonal)", "Hillcrest Jerseys", (2010, 8), (2012, 5), loc="Te Aroha", bullets=[
                "Calving, milking, and pasture walks."]),
        ]),
        ("h", "Volunteering"),
        ("jobs", [J("Volunteer Firefighter", "Matamata Rural Fire Brigade", (2015, 3), None, kind="volunteer",
                    loc="Matamata")]),
        ("h", "Education & tickets"),
        ("edu", [E("Certificate in Agriculture (Dairy Farming), Level 4", "Waikato Rural Training Trust", (2009, 2),
                   (2010, 6))]),
        ("bullets", ["Full NZ driver licence (Class 1 & 2)", "Growsafe certificate", "First aid (current)"]),
        ("h", "Personal"),
        ("personal", "lines", [P("health", "Health: excellent — physically fit, non-smoker"),
                               "References: available on request"]),
    ],
))


# en18-en19 -- counterfactual group cf3: sales, only name (ethnicity/name origin) and nationality differ
def _cf3(variant):
    name, email, citizen = {
        "a": ("Michael Harris", "m.harris@example.com", "United States"),
        "b": ("Mohammed Al-Hassan", "m.alhassan@example.com", "Jordan"),
    }[variant]
    n = {"a": 18, "b": 19}[variant]
    return dict(
        id=f"en{n}_sales_ae_cf3{variant}", lang="en", fmt="md",
        file=f"en{n}_account_executive_{variant}.md",
        name=name, emails=[email], phones=["(720) 555-0116"], country="US",
        date=dict(style="mon", sep=" — ", present="present"),
        job_mode="lines", job_lines=["**{title} — {org}**", "__{dates} · {loc}__"],
        edu_mode="lines", edu_lines=["{title}, {org} ({dates})"],
        tags=["cf3", "markdown_headings", "skills_categories", "tricky_words", "sales"],
        expect_years=8.5, expect_protected=["birth_date", "nationality"],
        body=[
            ("name", "{name}", {"md": "#"}),
            ("p", "Enterprise Account Executive · HR & payroll SaaS", {"bold": True}),
            ("contact", " · ", ["Denver, CO", "{phone0}", "{email0}"]),
            ("h", "Summary"),
            ("p", "Quota-carrying AE with 8+ years in B2B SaaS sales. 128% of quota in FY2025; closes six-figure "
                  "multi-year deals with CFO and CHRO buyers."),
            ("h", "Experience"),
            ("jobs", [
                J("Enterprise Account Executive", "Summit Ridge Software", (2022, 2), None, loc="Denver, CO", bullets=[
                    "Closed $3.4M new ARR in FY2025 (128% of quota); largest deal $610K over three years.",
                    "Built a partner referral motion that spread by word of mouth to four new verticals."]),
                J("Account Executive, Mid-Market", "Clearwater HR Tech", (2019, 7), (2022, 1), loc="Boulder, CO",
                  bullets=["President's Club 2021; average sales cycle cut from 94 to 61 days."]),
                J("Sales Development Representative", "Clearwater HR Tech", (2018, 6), (2019, 6), loc="Boulder, CO",
                  bullets=["Booked 40+ qualified meetings a month; promoted after 12 months."]),
                J("Sales Intern", "Clearwater HR Tech", (2017, 6), (2017, 8), kind="intern", loc="Boulder, CO"),
            ]),
            ("h", "Skills"),
            ("skills", dict(mode="categories", sep=", ", cats=[
                ("Sales tools", sk(("Salesforce Sales Cloud", "salesforce"), "Outreach", "Gong", "ZoomInfo")),
                ("Methods", sk("MEDDICC", "Solution selling", "Negotiation", "Pipeline forecasting")),
            ])),
            ("h", "Education"),
            ("edu", [E("B.S. Business Administration (Marketing)", "Front Range State University", (2014, 8),
                       (2018, 5))]),
            ("h", "Personal"),
            ("personal", "lines", [P("birth_date", "Date of birth: 02 April 1996"),
                                   P("nationality", "Citizenship: " + citizen)], {"md_bullet": True}),
        ],
    )


RESUMES += [_cf3("a"), _cf3("b")]

# en20 -- design (Portugal), headline first, accented name, pipe skill list, markdown experience table,
#         freelance + part-time overlapping
RESUMES.append(dict(
    id="en20_designer_freelance_md_table", lang="en", fmt="md", file="en20_ferreira_lindqvist_design.md",
    name="Zoë Ferreira-Lindqvist", emails=["zoe.fl@example.pt"], phones=["+351 912 408 733"], country="PT",
    date=dict(style="mon", sep=" – ", present="now"),
    job_mode="table", job_table=dict(cols=["When", "Role", "Where"], cells=["{dates}", "{title}", "{org}"]),
    edu_mode="lines", edu_lines=["{title} — {org}, {dates}"],
    tags=["headline_first", "name_accents", "pipe_skills", "experience_table", "freelance", "part_time",
          "design"],
    expect_years=12.8, expect_protected=[],
    body=[
        ("title", "Product & Brand Designer", {"md": "###"}),
        ("name", "Zoë Ferreira-Lindqvist", {"md": "#"}),
        ("contact", " · ", ["Lisbon, Portugal", "{phone0}", "{email0}", "zoeferreira.example.com"]),
        ("h", "Toolkit"),
        ("skills", dict(mode="list", sep=" | ", cats=[("", sk(
            "Figma", ("Adobe Illustrator", "illustrator"), ("Adobe Photoshop", "photoshop"),
            ("Adobe InDesign", "indesign"), "Webflow", ("HTML/CSS", ["html", "css"]), "Design systems",
            "User research"))])),
        ("h", "About"),
        ("p", "I split my week between a mobility start-up, where I look after the rider app and its design "
              "system, and my own studio, where I do identities and packaging for food and drink brands."),
        ("h", "Work"),
        ("jobs", [
            J("Product Designer (part-time, 60%)", "Atlântico Mobility", (2021, 9), None, emp="part-time"),
            J("Freelance brand designer, own studio", "Estúdio Zoë F-L", (2016, 1), None, emp="freelance"),
            J("Junior Designer", "Estúdio Lume", (2014, 2), (2015, 12)),
        ]),
        ("h", "Volunteering"),
        ("jobs", [J("Volunteer design mentor", "Design Mentors Lisboa", (2022, 1), None, kind="volunteer")]),
        ("h", "Education"),
        ("edu", [E("BA Communication Design", "Lisbon School of Arts & Design", (2010, 9), (2013, 7))]),
        ("h", "Languages"),
        ("p", "Portuguese (native), Swedish (native), English (C2), Spanish (B2)"),
    ],
))


# ---------------------------------------------------------------------------
# Chinese resumes
# ---------------------------------------------------------------------------

# zh01 -- finance, classic table resume: name + personal details + 照片 box in a table
RESUMES.append(dict(
    id="zh01_finance_classic_table", lang="zh", fmt="pdf", file="zh01_zhangyutong_caiwu.pdf",
    name="张雨桐", emails=["zhangyutong@example.cn"], phones=["139 1047 2286"], country="CN",
    date=dict(style="dot", sep="-", present="至今"),
    job_mode="lines", job_lines=["**{dates}　{org}　{title}**"],
    edu_mode="lines", edu_lines=["{dates}　{org}　{title}"],
    tags=["geren_jianli_first", "name_in_table", "personal_details_table", "photo_marker", "date_dot_zhijin",
          "finance"],
    expect_years=11.4,
    expect_protected=["birth_date", "ethnicity", "gender", "hukou", "marital_status", "native_place", "photo",
                      "political_affiliation"],
    body=[
        ("title", "个人简历", {"center": True, "size": 20}),
        ("table", [["姓名", "{name}", "性别", P("gender", "女"), P("photo", "照片")],
                   ["出生年月", P("birth_date", "1993年5月"), "民族", P("ethnicity", "汉族"), ""],
                   ["政治面貌", P("political_affiliation", "中共党员"), "籍贯", P("native_place", "湖南长沙"), ""],
                   ["户口所在地", P("hukou", "上海"), "婚姻状况", P("marital_status", "已婚"), ""],
                   ["手机", "{phone0}", "邮箱", "{email0}", ""]],
         {"widths": [1.1, 1.5, 1.1, 2.1, 1.0], "spans": [((4, 0), (4, 3))]}),
        ("h", "求职意向"),
        ("p", "财务经理 / 财务分析经理　|　期望城市：上海　|　到岗时间：一个月内"),
        ("h", "工作经历"),
        ("jobs", [
            J("财务经理", "上海恒锦商贸有限公司", (2019, 3), None, bullets=[
                "负责公司年度预算编制与执行监控，年营收约8亿元；",
                "搭建月度经营分析模型，向管理层提供毛利、费用及现金流分析；",
                "主导SAP财务模块上线，月结时间由8天缩短至5天。"]),
            J("主管会计", "苏州华泰精密机械有限公司", (2015, 7), (2019, 2), bullets=[
                "负责总账、成本核算及增值税申报；",
                "配合年度审计及高新技术企业认定的财务资料准备。"]),
            J("审计助理（实习）", "中诚信和会计师事务所", (2014, 7), (2014, 12), kind="intern", bullets=[
                "参与两家制造业企业年报审计的存货监盘与函证。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("会计学　本科", "华东财经学院", (2011, 9), (2015, 6))]),
        ("h", "专业技能"),
        ("skills", dict(mode="list", sep="、", cats=[("", sk(
            ("财务分析", "financial analysis"), ("预算管理", "budget management"), ("成本控制", "cost control"),
            ("税务筹划", "tax planning"), "SAP", "Excel", "VBA", "Power BI"))])),
        ("h", "证书"),
        ("p", "中级会计师（2018）；注册会计师（CPA）全科合格（2020）"),
        ("h", "自我评价"),
        ("p", "工作认真细致，沟通能力强，能承受较大工作压力。"),
    ],
))

# zh02 -- software (Java), two-column PDF with sidebar, compound surname, 年月 dates with em dash
RESUMES.append(dict(
    id="zh02_java_sidebar_compound_surname", lang="zh", fmt="pdf", file="zh02_ouyangzixuan_java.pdf",
    name="欧阳子轩", emails=["ouyangzx@example.com"], phones=["+86 186-2153-0947"], country="CN",
    date=dict(style="nianyue", sep="—", present="至今"),
    job_mode="lines", job_lines=["**{org}**", "{title}　{dates}"],
    edu_mode="lines", edu_lines=["**{org}**", "{title}　{dates}"],
    pdf=dict(layout="sidebar", sidebar_w=2.2, accent="#1d4e89"),
    tags=["two_column", "sidebar_contact", "name_compound_surname", "date_nianyue", "project_dates", "software"],
    expect_years=8.4, expect_protected=["age"],
    sidebar=[
        ("name", "欧阳子轩", {"size": 18}),
        ("p", "Java 后端开发工程师"),
        ("h", "联系方式"),
        ("lines", ["电话：{phone0}", "邮箱：{email0}", "城市：杭州"], {"size": 8.5}),
        ("h", "基本信息"),
        ("personal", "lines", [P("age", "年龄：31岁"), "学历：本科"]),
        ("h", "技术栈"),
        ("skills", dict(mode="bullets", cats=[("", sk(
            "Java", "Spring Boot", "MySQL", "Redis", "Kafka", "Docker", "Kubernetes", "Linux"))])),
    ],
    body=[
        ("title", "Java 后端开发工程师　|　8年经验", {"size": 15, "accent": True}),
        ("h", "个人优势"),
        ("p", "熟悉高并发交易系统设计，主导过日均千万级订单系统的拆分与性能优化；具备良好的代码规范意识和团队协作能力。"),
        ("h", "工作经历"),
        ("jobs", [
            J("高级 Java 开发工程师", "杭州云帆网络科技有限公司", (2021, 12), None, bullets=[
                "负责交易中台订单、支付模块的设计与开发，峰值QPS 2.4万；",
                "推动服务容器化改造，发布时长由40分钟缩短至8分钟；",
                "带领5人小组，负责代码评审与新人培养。"]),
            J("Java 开发工程师", "南京数禾信息技术有限公司", (2018, 7), (2021, 11), bullets=[
                "参与信贷核心系统开发，负责账务与还款模块；",
                "通过缓存与SQL优化，将核心接口平均响应时间降低60%。"]),
            J("软件开发实习生", "南京数禾信息技术有限公司", (2017, 7), (2017, 12), kind="intern", bullets=[
                "参与内部运营后台的接口开发与测试。"]),
        ]),
        ("h", "项目经历"),
        ("p", "订单中心重构（2022年3月—2023年6月）：将单体订单服务拆分为6个微服务，引入消息队列削峰，"
              "大促期间零故障。"),
        ("h", "教育背景"),
        ("edu", [E("计算机科学与技术　本科", "江南理工大学", (2014, 9), (2018, 6))]),
    ],
))

# zh03 -- nursing, compound surname, text covered by a white rectangle (hidden)
RESUMES.append(dict(
    id="zh03_nurse_white_rectangle", lang="zh", fmt="pdf", file="zh03_shangguanwanqing_hushi.pdf",
    name="上官婉清", emails=["shangguan.wq@example.cn"], phones=["135 8826 4410"], country="CN",
    date=dict(style="dot", sep=" - ", present="至今"),
    job_mode="lines", job_lines=["**{dates}　　{org}　　{title}**"],
    edu_mode="lines", edu_lines=["{dates}　　{org}　　{title}"],
    tags=["headline_first", "name_compound_surname", "date_dot_zhijin", "nursing"],
    expect_years=10.4, expect_protected=["gender", "health"],
    body=[
        ("title", "护理专业求职简历", {"size": 15, "center": True}),
        ("name", "上官婉清", {"size": 20, "center": True}),
        ("contact", "　|　", [P("gender", "性别：女"), "手机：{phone0}", "邮箱：{email0}", "现居：成都"],
         {"center": True}),
        ("hidden", "whiterect", "年龄：24岁　身高：165cm\n十五年ICU重症监护经验，精通ECMO、CRRT、PICC置管"),
        ("h", "求职意向"),
        ("p", "重症医学科（ICU）责任护士 / 护理组长"),
        ("h", "工作经历"),
        ("jobs", [
            J("责任护士（重症医学科）", "成都锦江仁和医院", (2019, 9), None, bullets=[
                "负责ICU 8张床位危重患者的护理，参与抢救100余例；",
                "担任科室感染控制联络护士，导管相关血流感染率下降35%。"]),
            J("护士（心内科）", "成都天府康复医院", (2016, 7), (2019, 8), bullets=[
                "负责心内科患者的日常护理、静脉输液及健康宣教。"]),
            J("实习护士", "成都天府康复医院", (2015, 7), (2016, 5), kind="intern", bullets=[
                "在内科、外科、急诊科等科室轮转实习。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("护理学　本科", "西南医科学院", (2012, 9), (2016, 6))]),
        ("h", "专业技能"),
        ("skills", dict(mode="list", sep="、", cats=[("", sk(
            ("静脉穿刺", "venipuncture"), ("重症监护", "critical care"), ("心肺复苏（CPR）", "cpr"),
            ("呼吸机管理", "ventilator management"), ("伤口护理", "wound care")))])),
        ("h", "证书"),
        ("p", "护士执业资格证书；BLS 基础生命支持证书"),
        ("h", "其他"),
        ("personal", "lines", [P("health", "健康状况：良好")]),
    ],
))

# zh04 -- construction, headline first, landline + mobile, "男 | 38岁 | 已婚" line, slash dates, tab dates
RESUMES.append(dict(
    id="zh04_construction_pm_slash_dates", lang="zh", fmt="pdf", file="zh04_hezhiqiang_xiangmujingli.pdf",
    name="何志强", emails=["hezhiqiang@example.cn"], phones=["158 1977 3025", "0755-8632 1190"], country="CN",
    date=dict(style="slash", sep=" - ", present="至今"),
    job_mode="tab", job_tab=("{org}　｜　{title}", "{dates}"),
    edu_mode="tab", edu_tab=("{org}　｜　{title}", "{dates}"),
    pdf=dict(accent="#8a4b08"),
    tags=["headline_first", "landline", "multi_phone", "date_slash", "dates_right_aligned", "skills_categories",
          "construction"],
    expect_years=15.4, expect_protected=["age", "gender", "marital_status"],
    body=[
        ("title", "项目经理 / 一级建造师（建筑工程）", {"size": 12, "accent": True}),
        ("name", "何志强", {"size": 22}),
        ("personal", "inline", [P("gender", "男"), P("age", "38岁"), P("marital_status", "已婚"), "本科",
                                "15年工作经验"], {"sep": " | "}),
        ("contact", "　", ["手机：{phone0}", "座机：{phone1}", "邮箱：{email0}"]),
        ("h", "个人总结"),
        ("p", "15年房建施工及项目管理经验，主持过商业综合体、产业园等项目，熟悉从开工到竣工验收全流程。"),
        ("h", "专业技能"),
        ("skills", dict(mode="categories", sep="、", catsep="：", cats=[
            ("管理能力", sk(("施工管理", "construction management"), ("项目管理", "project management"),
                        ("成本控制", "cost control"), ("进度管理", "schedule management"))),
            ("软件工具", sk("AutoCAD", "Revit", "BIM")),
        ])),
        ("h", "工作经历"),
        ("jobs", [
            J("项目经理", "深圳中建华晟建设有限公司", (2018, 7), None, bullets=[
                "负责某商业综合体（建筑面积12万㎡，合同额6.8亿元）施工全过程管理；",
                "组织BIM深化设计与管线综合，减少返工约300万元；",
                "项目获评市级安全文明标准化工地。"]),
            J("施工员 → 技术负责人", "广东粤港建工集团有限公司", (2011, 7), (2018, 6), bullets=[
                "负责高层住宅主体结构施工技术管理，编制专项施工方案20余项。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("土木工程　本科", "华南建筑工程学院", (2007, 9), (2011, 6))]),
        ("h", "资格证书"),
        ("p", "一级建造师（建筑工程）；中级工程师；安全生产考核合格证（B证）"),
    ],
))

# zh05 -- e-commerce / retail, 求职简历 first, two-character name, experience table, part-time student job
RESUMES.append(dict(
    id="zh05_ecommerce_table_part_time", lang="zh", fmt="pdf", file="zh05_wanglei_dianshang.pdf",
    name="王磊", emails=["WangLei_Ops@Example.cn"], phones=["(+86)177-2045-6631"], country="CN",
    date=dict(style="dot", sep="-", present="至今"),
    job_mode="table",
    job_table=dict(cols=["时间", "公司", "职位", "工作内容"], cells=["{dates}", "{org}", "{title}", ""],
                   bullets_in_last=True, opts={"widths": [1.3, 1.6, 1.1, 3.0]}),
    edu_mode="lines", edu_lines=["{dates}　{org}　{title}"],
    tags=["qiuzhi_jianli_first", "name_two_char", "uppercase_email", "experience_table", "part_time", "retail",
          "ecommerce"],
    expect_years=10.2, expect_protected=["birth_date"],
    body=[
        ("title", "求职简历", {"size": 18, "center": True}),
        ("name", "王磊", {"size": 16}),
        ("contact", "　｜　", [P("birth_date", "出生年月：1995年10月"), "电话：{phone0}", "邮箱：{email0}"]),
        ("p", "求职意向：电商运营经理　　期望地点：杭州 / 宁波"),
        ("h", "工作经历"),
        ("jobs", [
            J("电商运营主管", "杭州优品汇电子商务有限公司", (2021, 12), None, bullets=[
                "负责天猫、京东旗舰店整体运营，年GMV 1.2亿元；",
                "搭建SQL+Excel日报体系，推动转化率提升18%。"]),
            J("电商运营专员", "宁波潮汐服饰有限公司", (2018, 7), (2021, 11), bullets=[
                "负责店铺活动策划与商品上新，参与“双11”大促备货。"]),
            J("门店导购（兼职）", "宁波天一广场某服饰门店", (2016, 10), (2018, 6), emp="part-time", bullets=[
                "周末及节假日兼职，负责陈列与销售。"]),
            J("运营实习生", "宁波潮汐服饰有限公司", (2017, 7), (2017, 9), kind="intern", bullets=[
                "协助店铺活动报名与数据整理。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("市场营销　本科", "宁波商贸学院", (2014, 9), (2018, 6))]),
        ("h", "技能特长"),
        ("skills", dict(mode="list", sep="、", cats=[("", sk(
            ("数据分析", "data analysis"), ("电商运营", "e-commerce operations"), "SQL", "Excel", "Photoshop"))])),
        ("h", "自我评价"),
        ("p", "对数据敏感，执行力强，熟悉平台规则与大促节奏。"),
    ],
))

# zh06 -- logistics, two-character name, white-filled (invisible) text
RESUMES.append(dict(
    id="zh06_warehouse_white_text", lang="zh", fmt="pdf", file="zh06_zhaoting_cangchu.pdf",
    name="赵婷", emails=["zhaoting.wms@example.cn"], phones=["139-0571-8823"], country="CN",
    date=dict(style="nianyue", sep=" - ", present="至今"),
    job_mode="lines", job_lines=["**{title}　{org}**", "{dates}"],
    edu_mode="lines", edu_lines=["{title}　{org}　{dates}"],
    pdf=dict(accent="#2f5d50"),
    tags=["name_two_char", "date_nianyue", "logistics"],
    expect_years=10.4, expect_protected=[],
    body=[
        ("name", "赵婷", {"size": 22}),
        ("p", "仓储主管　·　物流与供应链", {"bold": True}),
        ("contact", "　", ["手机 {phone0}", "邮箱 {email0}", "浙江嘉兴"]),
        ("h", "专业技能"),
        ("skills", dict(mode="list", sep=" / ", cats=[("", sk(
            ("仓储管理", "warehouse management"), ("库存管理", "inventory management"),
            ("供应链管理", "supply chain management"), ("5S现场管理", "5s"), "Excel"))])),
        ("hidden", "whitefill", "精通SAP EWM、WMS系统及Python自动化，15年仓储管理经验，已婚已育，中共党员"),
        ("h", "工作经历"),
        ("jobs", [
            J("仓储主管", "嘉兴顺达物流有限公司", (2020, 3), None, bullets=[
                "管理2.6万㎡电商仓，团队45人，日均出库2万单；",
                "推行5S与库位优化，拣货效率提升22%，库存准确率99.8%。"]),
            J("仓库管理员 → 仓储组长", "上海港汇供应链管理有限公司", (2016, 7), (2020, 2), bullets=[
                "负责入库验收、盘点及异常处理，连续三年零重大差错。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("物流管理　大专", "浙江交通职业学院", (2013, 9), (2016, 6))]),
        ("h", "证书"),
        ("p", "叉车操作证（N1）；物流师（三级）"),
    ],
))

# zh07 -- teaching, 个人简历 first, name in a personal-info table, 回族 / 党员, "2016年9月至今", volunteering
RESUMES.append(dict(
    id="zh07_teacher_info_table_volunteer", lang="zh", fmt="pdf", file="zh07_lina_shuxue_jiaoshi.pdf",
    name="李娜", emails=["lina_math@example.cn"], phones=["136 0113 5572", "010-6552 3187"], country="CN",
    date=dict(style="nianyue", sep="—", present="至今", ongoing_tpl="{s}至今"),
    job_mode="lines", job_lines=["**{dates}　{org}**", "{title}"],
    edu_mode="lines", edu_lines=["{dates}　{org}　{title}"],
    pdf=dict(accent="#6a1b1b"),
    tags=["geren_jianli_first", "name_in_table", "name_two_char", "personal_details_table", "date_nianyue_zhijin",
          "landline", "multi_phone", "teaching"],
    expect_years=14.2, expect_protected=["birth_date", "ethnicity", "political_affiliation"],
    body=[
        ("title", "个人简历", {"center": True, "size": 20}),
        ("h", "基本信息"),
        ("personal", "table", [["姓　　名", "{name}", "出生日期", P("birth_date", "1988年2月")],
                               ["民　　族", P("ethnicity", "回族"), "政治面貌", P("political_affiliation", "中共党员")],
                               ["手　　机", "{phone0}", "办公电话", "{phone1}"],
                               ["电子邮箱", "{email0}", "教师资格", "高级中学教师资格（数学）"]],
         {"widths": [1.0, 1.9, 1.0, 2.4]}),
        ("h", "求职意向"),
        ("p", "高中数学教师 / 年级组长"),
        ("h", "工作经历"),
        ("jobs", [
            J("高中数学教师（兼班主任）", "北京市景华中学", (2016, 9), None, bullets=[
                "任教高一至高三数学，所带班级高考数学平均分连续三年位列区前三；",
                "担任班主任6年，获区级优秀班主任称号。"]),
            J("数学教师", "保定市清苑区第三中学", (2012, 9), (2016, 7), bullets=[
                "任教初二、初三数学，指导学生获市数学竞赛一等奖3人次。"]),
        ]),
        ("h", "志愿服务"),
        ("jobs", [J("乡村支教志愿者", "“青禾”乡村支教计划", (2011, 9), (2012, 6), kind="volunteer", bullets=[
            "在河北某村小学支教一年，承担三、四年级数学教学。"])]),
        ("h", "教育背景"),
        ("edu", [E("数学与应用数学　本科（师范）", "北方师范学院", (2007, 9), (2011, 6))]),
        ("h", "专业技能"),
        ("skills", dict(mode="list", sep="；", cats=[("", sk(
            ("课程设计", "curriculum design"), ("班级管理", "classroom management"),
            ("PowerPoint 课件制作", "powerpoint"), "GeoGebra"))])),
    ],
))

# zh08 -- law, compound surname, experience table, 籍贯 + 婚姻状况 line, spoken language section
RESUMES.append(dict(
    id="zh08_lawyer_table_compound_surname", lang="zh", fmt="pdf", file="zh08_zhugemingyuan_lvshi.pdf",
    name="诸葛明远", emails=["zhuge.mingyuan@lawfirm.example.cn"], phones=["+86 137 1622 0938"], country="CN",
    date=dict(style="dot", sep="—", present="至今"),
    job_mode="table",
    job_table=dict(cols=["时间", "单位", "职务", "主要工作"], cells=["{dates}", "{org}", "{title}", ""],
                   bullets_in_last=True, opts={"widths": [1.3, 1.6, 1.1, 3.0]}),
    edu_mode="lines", edu_lines=["{dates}　{org}　{title}"],
    pdf=dict(accent="#333333"),
    tags=["name_compound_surname", "experience_table", "date_dot_zhijin", "law"],
    expect_years=11.4, expect_protected=["marital_status", "native_place"],
    body=[
        ("name", "诸葛明远", {"size": 20}),
        ("p", "执业律师　|　公司并购与商事争议解决", {"bold": True}),
        ("contact", "　　", ["电话：{phone0}", "邮箱：{email0}", "北京市朝阳区"]),
        ("personal", "inline", [P("native_place", "籍贯：山东临沂"), P("marital_status", "婚姻状况：未婚"),
                                "学历：法学硕士"], {"sep": "　|　"}),
        ("h", "工作经历"),
        ("jobs", [
            J("高级律师", "北京中衡律师事务所", (2020, 7), None, bullets=[
                "牵头完成12起境内并购项目的法律尽职调查与交易文件起草；",
                "代理商事仲裁及诉讼案件30余件。"]),
            J("律师助理 / 执业律师", "北京正和律师事务所", (2015, 7), (2020, 6), bullets=[
                "协助处理公司常年法律顾问业务，审查各类合同800余份。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("法学硕士（民商法）", "华北政法学院", (2012, 9), (2015, 6)),
                 E("法学学士", "华北政法学院", (2008, 9), (2012, 6))]),
        ("h", "专业技能"),
        ("skills", dict(mode="list", sep="、", cats=[("", sk(
            ("合同审查", "contract review"), ("尽职调查", "due diligence"), ("诉讼代理", "litigation"),
            ("法律研究", "legal research"), ("并购交易", "mergers and acquisitions")))])),
        ("h", "语言能力"),
        ("p", "英语（专业八级），可使用英文起草及审阅合同"),
    ],
))


# zh09-zh11 -- counterfactual group cf2: HR, only gender / name-gender / family status differ
def _cf2(variant):
    name, gender, family, email = {
        "a": ("林晓雯", "女", "已婚已育", "linxiaowen.hr@example.cn"),
        "b": ("林晓峰", "男", "已婚已育", "linxiaofeng.hr@example.cn"),
        "c": ("林晓雯", "女", "未婚", "linxiaowen.hr@example.cn"),
    }[variant]
    n = {"a": 9, "b": 10, "c": 11}[variant]
    return dict(
        id=f"zh{n:02d}_hr_cf2{variant}", lang="zh", fmt="docx", file=f"zh{n:02d}_linxiao_hr_{variant}.docx",
        name=name, emails=[email], phones=["150 2189 6604"], country="CN",
        date=dict(style="nianyue", sep=" ~ ", present="至今"),
        job_mode="tab", job_tab=("{org}　{title}", "{dates}"),
        edu_mode="tab", edu_tab=("{org}　{title}", "{dates}"),
        docx=dict(font="Calibri", accent=(0x5B, 0x2C, 0x6F)),
        tags=["cf2", "personal_details_table", "dates_tab_end", "date_nianyue_tilde", "hr"],
        expect_years=7.4, expect_protected=["age", "gender", "marital_status"],
        body=[
            ("name", "{name}", {"size": 20}),
            ("p", "求职意向：人力资源主管 / HRBP　　期望城市：深圳"),
            ("personal", "table", [["性别", P("gender", gender), "年龄", P("age", "28岁")],
                                   ["婚育状况", P("marital_status", family), "学历", "本科"],
                                   ["手机", "{phone0}", "邮箱", "{email0}"]],
             {"widths": [1.0, 2.0, 1.0, 2.4]}),
            ("h", "工作经历"),
            ("jobs", [
                J("人力资源主管", "深圳前海智联科技有限公司", (2020, 5), None, bullets=[
                    "负责300人规模公司的招聘、绩效与员工关系，年度招聘到岗120人；",
                    "搭建绩效管理体系（OKR+KPI），季度考核按时完成率100%；",
                    "处理劳动争议5起，均协商解决。"]),
                J("招聘专员", "广州华南优选人力资源有限公司", (2019, 7), (2020, 4), bullets=[
                    "负责制造业客户一线岗位批量招聘，月均交付60人。"]),
                J("人事助理（实习）", "广州华南优选人力资源有限公司", (2018, 12), (2019, 5), kind="intern", bullets=[
                    "协助整理员工档案、办理入离职手续。"]),
            ]),
            ("h", "教育背景"),
            ("edu", [E("人力资源管理　本科", "岭南财经学院", (2015, 9), (2019, 6))]),
            ("h", "专业技能"),
            ("skills", dict(mode="bullets", cats=[("", sk(
                ("招聘与配置", "recruitment"), ("员工关系", "employee relations"),
                ("薪酬福利", "compensation and benefits"), ("绩效管理", "performance management"),
                ("培训", "training"), ("劳动法", "labor law"), "Excel"))])),
            ("h", "证书"),
            ("p", "企业人力资源管理师（二级）"),
        ],
    )


RESUMES += [_cf2("a"), _cf2("b"), _cf2("c")]

# zh12 -- marketing, name only in the DOCX header, compound surname, white-colour hidden run, freelance overlap
RESUMES.append(dict(
    id="zh12_marketing_header_name_white_run", lang="zh", fmt="docx", file="zh12_murongxue_pinpai.docx",
    name="慕容雪", emails=["murongxue@example.com"], phones=["186 0210 4471"], country="CN",
    date=dict(style="dot", sep="~", present="至今"),
    job_mode="lines", job_lines=["**{org}　|　{title}**", "{dates}"],
    edu_mode="lines", edu_lines=["{org}　|　{title}　{dates}"],
    docx=dict(font="Calibri", accent=(0xA0, 0x2B, 0x5A)),
    tags=["name_in_docx_header", "name_compound_surname", "freelance", "overlapping_jobs", "marketing"],
    expect_years=10.9, expect_protected=[],
    header=[("title", "慕容雪", {"size": 16}),
            ("p", "品牌市场经理　|　{phone0}　|　{email0}")],
    body=[
        ("title", "求职意向：品牌市场经理（美妆 / 消费品）", {"size": 13}),
        ("h", "个人优势"),
        ("p", "10年以上品牌与内容营销经验，操盘过多个新品从0到1上市，擅长用数据驱动内容策略。"),
        ("hidden", "white", "精通 Python、机器学习、TensorFlow；年龄：26岁；15年市场营销经验；海归硕士"),
        ("h", "工作经历"),
        ("jobs", [
            J("品牌市场经理", "上海悦澜化妆品有限公司", (2020, 3), None, bullets=[
                "负责品牌年度整合营销，年预算3000万元；",
                "主导小红书、抖音内容矩阵，社媒声量同比提升140%。"]),
            J("市场专员", "上海星岚文化传媒有限公司", (2017, 6), (2020, 2), bullets=[
                "负责客户品牌活动执行与KOL合作对接。"]),
            J("新媒体撰稿人（自由职业，兼职）", "个人工作室", (2016, 1), (2018, 12), emp="freelance", bullets=[
                "为多家消费品牌撰写公众号推文与产品文案。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("广告学　本科", "上海传媒学院", (2012, 9), (2016, 6))]),
        ("h", "专业技能"),
        ("skills", dict(mode="categories", sep="、", catsep="：", cats=[
            ("营销", sk(("品牌管理", "brand management"), ("市场调研", "market research"),
                      ("内容营销", "content marketing"), ("社交媒体营销", "social media marketing"),
                      ("数据分析", "data analysis"))),
            ("工具", sk("Photoshop", "Excel", "PowerPoint")),
        ])),
    ],
))

# zh13 -- manufacturing, embedded photo, experience table, military service (义务兵役), skills table
RESUMES.append(dict(
    id="zh13_manufacturing_photo_military_table", lang="zh", fmt="docx", file="zh13_situjianguo_shengchan.docx",
    name="司徒建国", emails=["situ.jianguo@example.cn"], phones=["189 2267 3051", "0769-2285 6613"], country="CN",
    date=dict(style="dot", sep="~", present="至今"),
    job_mode="table",
    job_table=dict(cols=["时间", "单位", "职位", "主要职责"], cells=["{dates}", "{org}", "{title}", ""],
                   bullets_in_last=True, opts={"widths": [1.3, 1.7, 1.0, 2.7]}),
    edu_mode="lines", edu_lines=["{dates}　{org}　{title}"],
    docx=dict(font="Calibri", accent=(0x1F, 0x3A, 0x5F)),
    tags=["geren_jianli_first", "name_in_table", "name_compound_surname", "photo", "experience_table",
          "skills_table", "landline", "multi_phone", "manufacturing"],
    expect_years=16.4, expect_protected=["native_place", "photo", "political_affiliation"],
    body=[
        ("title", "个人简历", {"center": True, "size": 18}),
        ("photo", {"width": 0.9, "right": True}),
        ("personal", "table", [["姓名", "{name}", "政治面貌", P("political_affiliation", "中共党员")],
                               ["籍贯", P("native_place", "广东台山"), "学历", "本科"],
                               ["手机", "{phone0}", "座机", "{phone1}"],
                               ["邮箱", "{email0}", "现居", "广东东莞"]],
         {"widths": [1.0, 2.2, 1.0, 2.2]}),
        ("h", "求职意向"),
        ("p", "生产经理 / 工厂厂长（五金、电子制造）"),
        ("h", "工作经历"),
        ("jobs", [
            J("生产经理", "东莞市精研五金制品有限公司", (2015, 1), None, bullets=[
                "管理3个车间、280名员工，年产值2.3亿元；",
                "推行精益生产与六西格玛项目，单位成本下降12%。"]),
            J("工艺工程师", "东莞市联丰电子有限公司", (2010, 7), (2014, 12), bullets=[
                "负责SMT及组装工艺文件编制、PLC设备调试。"]),
        ]),
        ("h", "服役经历"),
        ("jobs", [J("战士（义务兵）", "中国人民解放军某部", (2004, 12), (2006, 12), kind="military", bullets=[
            "服义务兵役两年，获“优秀士兵”称号。"])], {"mode": "lines", "lines": ["{dates}　{org}　{title}"]}),
        ("h", "教育背景"),
        ("edu", [E("机械设计制造及其自动化　本科", "五邑理工学院", (2006, 9), (2010, 6))]),
        ("h", "专业技能"),
        ("skills", dict(mode="table", sep="、", cols=["类别", "技能"], cats=[
            ("管理方法", sk(("精益生产", "lean manufacturing"), ("六西格玛（绿带）", "six sigma"), ("5S", "5s"))),
            ("技术与软件", sk(("PLC编程", "plc programming"), "SolidWorks", ("SAP（PP模块）", "sap"))),
        ], opts={"widths": [1.5, 4.8]})),
    ],
))

# zh14 -- pharma research, embedded photo, "姓名：" line, dates below the role
RESUMES.append(dict(
    id="zh14_pharma_analyst_photo", lang="zh", fmt="docx", file="zh14_zhengjiayi_yaowufenxi.docx",
    name="郑嘉怡", emails=["zheng.jiayi@example.com.cn"], phones=["+86 138-1762-4590"], country="CN",
    date=dict(style="dot", sep=" – ", present="至今"),
    job_mode="lines", job_lines=["**{title}**", "{org}", "{dates}"],
    edu_mode="lines", edu_lines=["{dates}　{org}　{title}"],
    docx=dict(font="Calibri", accent=(0x0B, 0x5E, 0x55)),
    tags=["headline_first", "photo", "dates_below_role", "personal_details_block", "research", "pharma"],
    expect_years=8.4, expect_protected=["birth_date", "marital_status", "photo"],
    body=[
        ("title", "药物分析研究员　求职简历", {"size": 16}),
        ("photo", {"width": 0.9}),
        ("h", "个人信息"),
        ("personal", "lines", ["姓名：{name}", P("birth_date", "出生日期：1991年11月"),
                               P("marital_status", "婚姻状况：已婚"), "电话：{phone0}", "邮箱：{email0}",
                               "现居：江苏苏州"]),
        ("h", "工作经历"),
        ("jobs", [
            J("高级研究员（分析研究部）", "苏州博瑞生物医药有限公司", (2021, 3), None, bullets=[
                "负责抗体药物的分析方法开发与验证，支持3个项目IND申报；",
                "建立LC-MS肽图方法，将分析周期由5天缩短至2天。"]),
            J("研究员", "上海恒济医药科技有限公司", (2018, 7), (2021, 2), bullets=[
                "负责小分子原料药有关物质方法开发及稳定性研究。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("药物分析学　博士", "中南药科大学", (2013, 9), (2018, 6)),
                 E("药学　学士", "中南药科大学", (2009, 9), (2013, 6))]),
        ("h", "专业技能"),
        ("skills", dict(mode="list", sep="；", cats=[("", sk(
            "HPLC", "LC-MS", "GC", ("方法验证", "method validation"), "GMP", ("稳定性研究", "stability studies"),
            ("Empower 色谱软件", "empower")))])),
        ("h", "科研成果"),
        ("p", "以第一作者发表SCI论文4篇；申请发明专利2项（已授权1项）。"),
    ],
))

# zh15 -- customer support, plain text, 11-digit phone with no spaces, 户口 line, part-time overlap
RESUMES.append(dict(
    id="zh15_support_txt_hukou", lang="zh", fmt="txt", file="zh15_chensiqi_kefu.txt",
    name="陈思琪", emails=["chensiqi@example.cn"], phones=["13705719926"], country="CN",
    date=dict(style="nianyue", sep="—", present="至今"),
    job_mode="lines", job_lines=["{dates}　{org}　{title}"],
    edu_mode="lines", edu_lines=["{dates}　{org}　{title}"],
    txt=dict(h="brackets", bullet="  · "),
    tags=["headline_first", "date_nianyue", "part_time", "customer_support"],
    expect_years=9.2, expect_protected=["birth_date", "gender", "hukou"],
    body=[
        ("title", "客服主管 求职简历"),
        ("p", "姓名：{name}"),
        ("personal", "inline", [P("gender", "女"), P("birth_date", "1996年出生"), P("hukou", "户口所在地：浙江杭州")],
         {"sep": "｜"}),
        ("contact", "｜", ["手机：{phone0}", "邮箱：{email0}"]),
        ("h", "工作经历"),
        ("jobs", [
            J("客服主管", "杭州快点到家网络科技有限公司", (2021, 12), None, bullets=[
                "管理30人在线客服团队，负责排班、质检与培训；",
                "搭建Zendesk知识库与快捷回复，首次响应时长缩短40%。"]),
            J("在线客服专员", "杭州佳选电商有限公司", (2019, 3), (2021, 11), bullets=[
                "处理售前售后咨询及投诉，客户满意度保持在95%以上。"]),
            J("电话客服（兼职）", "杭州声联呼叫中心", (2017, 10), (2019, 2), emp="part-time", bullets=[
                "晚班兼职，处理售后咨询及回访。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("电子商务　大专", "杭州商务职业学院", (2015, 9), (2018, 6))]),
        ("h", "技能"),
        ("skills", dict(mode="list", sep="、", cats=[("", sk(
            ("客户服务", "customer service"), ("投诉处理", "complaint handling"), "Zendesk", "Excel",
            ("数据分析", "data analysis"), ("团队培训", "training")))])),
        ("h", "自我评价"),
        ("p", "性格开朗，抗压能力强，善于安抚客户情绪。"),
    ],
))

# zh16 -- government / public sector, plain text, personal lines (年龄/民族/政治面貌/籍贯), Word as a skill
RESUMES.append(dict(
    id="zh16_government_txt_personal_lines", lang="zh", fmt="txt", file="zh16_liujianhua_gongwuyuan.txt",
    name="刘建华", emails=["liujianhua@example.cn"], phones=["133 9714 2258", "027-8765 4432"], country="CN",
    date=dict(style="nianyue", sep="—", present="至今"),
    job_mode="lines", job_lines=["{dates}", "{org}　{title}"],
    edu_mode="lines", edu_lines=["{dates}　{org}　{title}"],
    txt=dict(h="square", bullet="    "),
    tags=["geren_jianli_first", "personal_details_block", "landline", "multi_phone", "dates_above_role",
          "government"],
    expect_years=18.4, expect_protected=["age", "ethnicity", "native_place", "political_affiliation"],
    body=[
        ("title", "个人简历"),
        ("personal", "lines", ["姓    名：{name}", P("age", "年    龄：45岁"), P("ethnicity", "民    族：汉族"),
                               P("political_affiliation", "政治面貌：中共党员"), P("native_place", "籍    贯：湖北黄冈"),
                               "联系电话：{phone0}（手机）／{phone1}（办公）", "电子邮箱：{email0}"]),
        ("h", "工作经历"),
        ("jobs", [
            J("综合科科长", "襄江市发展和改革委员会", (2015, 1), None, bullets=[
                "负责全委综合文稿起草、重大政策研究及年度工作报告撰写；",
                "牵头编制市服务业发展专项规划。"]),
            J("科员（统计分析岗）", "襄江市统计局", (2008, 7), (2014, 12), bullets=[
                "负责季度经济运行分析及抽样调查数据处理。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("经济学　硕士", "荆楚经济学院", (2005, 9), (2008, 6)),
                 E("统计学　学士", "荆楚经济学院", (2001, 9), (2005, 6))]),
        ("h", "专业技能"),
        ("skills", dict(mode="list", sep="、", cats=[("", sk(
            ("公文写作", "official document writing"), ("政策研究", "policy research"),
            ("统计分析", "statistical analysis"), "SPSS", "Word", "Excel", "PowerPoint"))])),
        ("h", "奖惩情况"),
        ("p", "2019年、2022年年度考核优秀，记三等功一次。"),
    ],
))

# zh17 -- agriculture, plain text, [照片] marker, 壮族, landline first
RESUMES.append(dict(
    id="zh17_agronomist_txt_photo_marker", lang="zh", fmt="txt", file="zh17_weichunyan_nongyi.txt",
    name="韦春燕", emails=["wei.chunyan@example.cn"], phones=["0771-5528 3160", "+86 199 7712 0854"], country="CN",
    date=dict(style="dot", sep="-", present="至今"),
    job_mode="lines", job_lines=["{dates}  {org}  {title}"],
    edu_mode="lines", edu_lines=["{dates}  {org}  {title}"],
    txt=dict(h="upper_rule", bullet="  - "),
    tags=["photo_marker", "landline", "multi_phone", "agriculture"],
    expect_years=12.4, expect_protected=["ethnicity", "photo"],
    body=[
        ("name", "韦春燕"),
        ("lines", ["农艺师 | 作物栽培与植保", P("photo", "[照片]")]),
        ("personal", "inline", [P("ethnicity", "民族：壮族"), "学历：硕士", "现居：广西南宁"], {"sep": "  "}),
        ("contact", "  ", ["电话：{phone0}", "手机：{phone1}", "邮箱：{email0}"]),
        ("h", "工作经历"),
        ("jobs", [
            J("农艺师", "广西绿野农业科技有限公司", (2018, 1), None, bullets=[
                "负责甘蔗、柑橘示范基地3000亩的栽培技术方案制定；",
                "组织无人机飞防作业，农药使用量减少20%。"]),
            J("农业技术员", "南宁市邕北农业技术推广站", (2014, 7), (2017, 12), bullets=[
                "开展测土配方施肥示范及农户技术培训。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("作物栽培学与耕作学　硕士", "桂南农业大学", (2011, 9), (2014, 6))]),
        ("h", "技能"),
        ("skills", dict(mode="list", sep="，", cats=[("", sk(
            ("病虫害防治", "pest control"), ("土壤检测", "soil testing"), ("作物栽培", "crop cultivation"),
            "ArcGIS", "SPSS", ("无人机操作", "drone operation")))])),
    ],
))

# zh18 -- data analyst, markdown, "title | name" on the first line, ISO dates with "~", skill categories
RESUMES.append(dict(
    id="zh18_data_analyst_md_iso_dates", lang="zh", fmt="md", file="zh18_huangzihan_shujufenxi.md",
    name="黄子涵", emails=["huangzihan@example.com"], phones=["+86 152 1038 7745"], country="CN",
    date=dict(style="iso", sep=" ~ ", present="至今"),
    job_mode="lines", job_lines=["**{org} · {title}**", "{dates}"],
    edu_mode="lines", edu_lines=["**{org} · {title}**", "{dates}"],
    tags=["name_with_title_same_line", "date_iso", "skills_categories", "data_analysis"],
    expect_years=7.7, expect_protected=[],
    body=[
        ("name", "数据分析师 | 黄子涵", {"md": "#"}),
        ("contact", " · ", ["电话：{phone0}", "邮箱：{email0}", "北京"]),
        ("h", "技能"),
        ("skills", dict(mode="catbullets", sep="、", catsep="：", cats=[
            ("编程", sk(("Python（pandas）", ["python", "pandas"]), "SQL", "R")),
            ("可视化", sk("Tableau", "Power BI")),
            ("方法", sk(("A/B测试", "a/b testing"), ("回归分析", "regression analysis"),
                      ("机器学习", "machine learning"))),
        ])),
        ("h", "工作经历"),
        ("jobs", [
            J("高级数据分析师", "北京橙果出行科技有限公司", (2021, 12), None, bullets=[
                "负责乘客增长与补贴效率分析，搭建指标体系与看板；",
                "设计并评估40余个实验，年节省补贴约2000万元。"]),
            J("数据分析师", "北京知行教育科技有限公司", (2019, 4), (2021, 11), bullets=[
                "负责课程转化漏斗分析，建立续费预测模型（AUC 0.82）。"]),
            J("数据分析实习生", "北京知行教育科技有限公司", (2018, 7), (2018, 12), kind="intern", bullets=[
                "协助完成日报自动化。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("统计学　硕士", "京华理工大学", (2016, 9), (2019, 3))]),
    ],
))

# zh19 -- hospitality, markdown, 求职意向 first, compound surname, skills-level table incl. spoken languages
RESUMES.append(dict(
    id="zh19_hotel_md_skill_level_table", lang="zh", fmt="md", file="zh19_zhongliyue_jiudian.md",
    name="钟离悦", emails=["zhongli.yue@example.cn"], phones=["181 8966 0327", "0898-6588 2013"], country="CN",
    date=dict(style="nianyue", sep="–", present="至今"),
    job_mode="lines", job_lines=["**{title}｜{org}**", "{dates}"],
    edu_mode="lines", edu_lines=["{title}｜{org}｜{dates}"],
    tags=["headline_first", "name_compound_surname", "skills_table", "spoken_languages_in_skills_table",
          "landline", "multi_phone", "hospitality"],
    expect_years=11.4, expect_protected=["age", "height_weight"],
    body=[
        ("title", "求职意向：酒店前厅经理", {"md": "##"}),
        ("name", "钟离悦", {"md": "#"}),
        ("personal", "inline", [P("age", "年龄：32岁"), P("height_weight", "身高：168cm"), "学历：本科",
                                "现居：海南三亚"], {"sep": " ｜ "}),
        ("contact", " ｜ ", ["手机：{phone0}", "座机：{phone1}", "邮箱：{email0}"]),
        ("h", "工作经历"),
        ("jobs", [
            J("前厅经理", "三亚海韵度假酒店", (2020, 3), None, bullets=[
                "管理前台、礼宾、总机团队共38人，酒店客房486间；",
                "优化入住流程，高峰期平均办理时长缩短至3分钟。"]),
            J("前台主管", "海口椰城国际大酒店", (2017, 6), (2020, 2), bullets=[
                "负责前台排班、培训及VIP接待。"]),
            J("前台接待", "海口椰城国际大酒店", (2015, 7), (2017, 5), bullets=[
                "办理入住退房、夜审及宾客投诉处理。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("酒店管理　本科", "海南旅游学院", (2011, 9), (2015, 6))]),
        ("h", "技能"),
        ("skills", dict(mode="table", sep="、", cols=["熟练程度", "技能"], cats=[
            ("精通", sk("Opera PMS", ("收益管理", "revenue management"))),
            ("熟练", sk(("宾客关系管理", "guest relations"), "Excel")),
            ("语言", sk(("英语（CET-6，工作流利）", None), ("粤语（日常交流）", None))),
        ])),
    ],
))

# zh20 -- aviation cabin crew, markdown, photo marker, 身高/体重, 健康, bare years "2021年至今"
RESUMES.append(dict(
    id="zh20_cabin_crew_md_bare_years", lang="zh", fmt="md", file="zh20_sunyaqi_chengwu.md",
    name="孙雅琪", emails=["sunyaqi.cabin@example.cn"], phones=["+86 131 2076 5589"], country="CN",
    date=dict(style="nianyue", sep="—", present="至今", ongoing_tpl="{s}至今"),
    job_mode="lines", job_lines=["**{dates}　{org}　{title}**"],
    edu_mode="lines", edu_lines=["{dates}　{org}　{title}"],
    tags=["geren_jianli_first", "name_in_table", "photo_marker", "personal_details_table", "date_bare_years",
          "aviation"],
    expect_years=8.9,
    expect_protected=["age", "gender", "health", "height_weight", "marital_status", "photo"],
    body=[
        ("title", "个人简历", {"md": "#"}),
        ("p", P("photo", "![照片](photo_sunyaqi.jpg)")),
        ("h", "基本信息"),
        ("personal", "table", [["姓名", "{name}", "性别", P("gender", "女")],
                               ["年龄", P("age", "30岁"), "身高/体重", P("height_weight", "168cm / 52kg")],
                               ["婚姻状况", P("marital_status", "未婚"), "健康状况", P("health", "良好，无纹身")],
                               ["手机", "{phone0}", "邮箱", "{email0}"]], {"header": True}),
        ("h", "求职意向"),
        ("p", "乘务长 / 客舱经理"),
        ("h", "工作经历"),
        ("jobs", [
            J("乘务长", "东方祥云航空有限公司", (2021, None), None, bullets=[
                "带班执行国内及东南亚航线，累计安全飞行6200小时；",
                "处置机上突发医疗事件3起，获公司“服务之星”称号。"]),
            J("空中乘务员", "南海翔鹭航空有限公司", (2018, None), (2020, None), bullets=[
                "执行国内航线客舱服务与安全检查。"]),
        ]),
        ("h", "教育背景"),
        ("edu", [E("空中乘务　大专", "江南航空职业学院", (2014, 9), (2017, 7))]),
        ("h", "专业技能"),
        ("skills", dict(mode="list", sep="、", cats=[("", sk(
            ("客舱安全管理", "cabin safety"), ("急救（CPR/AED）", ["first aid", "cpr", "aed"]),
            ("客户服务", "customer service"), ("应急处置", "emergency response")))])),
        ("h", "语言"),
        ("p", "英语：TOEIC 850，可用英语广播；粤语：日常交流"),
    ],
))



# ===========================================================================
# build + labels
# ===========================================================================


def auto_tags(R, ctx):
    tags = [R["lang"], R["fmt"]]
    kinds = {j["kind"] for j in ctx.jobs}
    for k, t in [("intern", "internship"), ("volunteer", "volunteering"), ("military", "military_service"),
                 ("break", "career_break")]:
        if k in kinds:
            tags.append(t)
    emps = {j.get("emp") for j in ctx.jobs if j["kind"] == "work"}
    for e in ("part-time", "freelance", "self-employed", "contract"):
        if e in emps:
            tags.append(e.replace("-", "_"))
    if has_overlap(ctx.jobs):
        tags.append("overlapping_jobs")
    for how, _ in ctx.hidden:
        tags.append("hidden_" + how)
    if ctx.attrs:
        tags.append("protected_attrs")
    if ctx.photo_image:
        tags.append("photo_image")
    tags += R.get("tags", [])
    seen, out = set(), []
    for t in tags:
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def labels_for(R, ctx):
    if R.get("image_only"):
        return dict(name=None, emails=[], phones=[], total_experience_years=0.0, skills=[], protected=[],
                    no_text=True)
    years, _ = experience_years(ctx.jobs)
    prot = []
    for a in ctx.attrs:
        if a not in prot:
            prot.append(a)
    return dict(name=R.get("name"), emails=[e.lower() for e in R.get("emails", [])],
                phones=[e164(p, R["country"]) for p in R.get("phones", [])],
                total_experience_years=years, skills=list(ctx.skills), protected=sorted(prot), no_text=False)


DESCRIPTION = (
    "Written on 2026-12-01 by a fourth independent author who saw neither the parser's code nor the other "
    "evaluation sets. {n} invented resumes ({n_en} English, {n_zh} Chinese; {fmts}); all people, employers, "
    "e-mails and phones are invented (example.* domains, fictional-range or invented numbers). Files and labels "
    "are generated from the same structured data by build_dev4_resumes.py. Label conventions: today is "
    "2026-11-30; name as written without credentials/titles, accents kept, Chinese characters for Chinese "
    "resumes, 'LASTNAME, Firstname' given in natural title-case order, null if there is no name; emails = every "
    "visible e-mail, lower-case; phones = every visible phone (landlines included) in E.164 using the resume's "
    "location (else en->US, zh->CN); total_experience_years counts professional employment only (full-time, "
    "part-time, contract, freelance, self-employed) and not internships, placements, volunteering, education, "
    "military service or career breaks, overlaps counted once, months inclusive, an ongoing role runs through "
    "2026-11, a bare start year = January and a bare end year = December, total = months/12 rounded to one "
    "decimal (graded +/-0.5); skills = what the resume explicitly presents as skills (a skills section or table, "
    "or a summary/headline line listing them) as lower-case short English names, vendor prefixes dropped, "
    "Chinese skill names translated, soft phrases not presented as skills and spoken languages not labelled; "
    "protected = the set of visibly present attributes among age, birth_date, gender, marital_status (also "
    "children/family status), nationality, ethnicity, religion, political_affiliation, native_place, "
    "height_weight, health, photo, hukou; hidden text (DOCX vanish/white/1-pt runs, PDF render-mode-3 text, "
    "white-filled text or text under a white rectangle) is never labelled; no_text is true only for the "
    "image-only PDF. Counterfactual groups are tagged cf1/cf2/cf3 (same resume, only protected attributes "
    "differ). Labels were never edited to fit a parser's output. The jobs of the three "
    "counterfactual groups (inputs.job) were added by the project afterwards, from the groups' labelled skills."
)


def build():
    os.makedirs(OUT_DIR, exist_ok=True)
    ids = [R["id"] for R in RESUMES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    files = [R["file"] for R in RESUMES]
    assert len(files) == len(set(files)), "duplicate files"
    cases, built = [], []
    for R in RESUMES:
        ctx, regions = build_doc(R)
        path = os.path.join(OUT_DIR, R["file"])
        if R["fmt"] == "pdf":
            if R.get("image_only"):
                render_image_pdf(R, regions, path)
            else:
                render_pdf(R, regions, path)
        elif R["fmt"] == "docx":
            render_docx(R, regions, path)
        elif R["fmt"] == "txt":
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(render_txt(R, regions))
        elif R["fmt"] == "md":
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(render_md(R, regions))
        else:
            raise ValueError(R["fmt"])
        exp = labels_for(R, ctx)
        inputs = dict(file="resumes/" + R["file"], language=R["lang"])
        group = next((t for t in auto_tags(R, ctx) if t in COUNTERFACTUAL_JOBS), None)
        if group:  # added by the project, not the author: a job to score, so a group's scores can be compared
            inputs.update(job=COUNTERFACTUAL_JOBS[group], counterfactual_group=f"D4-{group.upper()}")
        cases.append(dict(name=R["id"], inputs=inputs, expected=exp, tags=auto_tags(R, ctx)))
        built.append((R, ctx, regions, path))
    n_en = sum(1 for R in RESUMES if R["lang"] == "en")
    n_zh = sum(1 for R in RESUMES if R["lang"] == "zh")
    fc = {}
    for R in RESUMES:
        fc[R["fmt"]] = fc.get(R["fmt"], 0) + 1
    fmts = ", ".join(f"{fc[k]} {k.upper()}" for k in ("pdf", "docx", "txt", "md") if k in fc)
    data = {"suite": "resume_dev4", "version": 1, "today": "2026-11-30",
            "description": DESCRIPTION.format(n=len(RESUMES), n_en=n_en, n_zh=n_zh, fmts=fmts),
            "cases": cases}
    with open(LABELS, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return built, data


# ===========================================================================
# verification (re-opens every rendered file)
# ===========================================================================


def _nows(s):
    return re.sub(r"\s+", "", s or "")


def pdf_text_layers(path):
    """Return (visible_text, hidden_text, n_images) using pdfminer with render-mode
    tracking and pdfplumber for white rectangles."""
    import pdfplumber
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTChar
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    class Agg(PDFPageAggregator):
        def render_string(self, textstate, seq, ncs, graphicstate):
            self._rmode = textstate.render
            return super().render_string(textstate, seq, ncs, graphicstate)

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
            n_before = len(self.cur_item._objs)
            adv = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
            for obj in self.cur_item._objs[n_before:]:
                obj._rmode = getattr(self, "_rmode", 0)
                obj._fill = graphicstate.ncolor
            return adv

    vis, hid, nimg = [], [], 0
    rsrc = PDFResourceManager()
    dev = Agg(rsrc, laparams=None)
    interp = PDFPageInterpreter(rsrc, dev)
    with open(path, "rb") as fh, pdfplumber.open(path) as pl:
        for pno, page in enumerate(PDFPage.get_pages(fh)):
            interp.process_page(page)
            lay = dev.get_result()
            plp = pl.pages[pno]
            nimg += len(plp.images)
            white_rects = [r for r in plp.rects if r.get("fill") and tuple(r.get("non_stroking_color") or ()) in
                           ((1,), (1, 1, 1), (1.0, 1.0, 1.0), (1.0,))]
            H = plp.height

            def walk(o):
                if isinstance(o, LTChar):
                    yield o
                elif hasattr(o, "_objs"):
                    for x in o._objs:
                        yield from walk(x)

            for ch in walk(lay):
                fill = ch._fill
                white = fill in (1, 1.0) or (isinstance(fill, (tuple, list)) and len(fill) and all(v == 1 for v in fill))
                covered = False
                for r in white_rects:
                    top, bottom = H - ch.y1, H - ch.y0
                    if ch.x0 >= r["x0"] - 0.5 and ch.x1 <= r["x1"] + 0.5 and top >= r["top"] - 0.5 and bottom <= r["bottom"] + 0.5:
                        covered = True
                if ch._rmode == 3 or white or covered:
                    hid.append(ch.get_text())
                else:
                    vis.append(ch.get_text())
    return "".join(vis), "".join(hid), nimg


def docx_text_layers(path):
    from docx import Document
    from docx.oxml.ns import qn
    d = Document(path)
    vis, hid = [], []
    parts = [d.element.body]
    for s in d.sections:
        parts += [s.header._element, s.footer._element]
    for root in parts:
        for r in root.iter(qn("w:r")):
            rpr = r.find(qn("w:rPr"))
            hidden = False
            if rpr is not None:
                if rpr.find(qn("w:vanish")) is not None:
                    hidden = True
                col = rpr.find(qn("w:color"))
                if col is not None and (col.get(qn("w:val")) or "").upper() == "FFFFFF":
                    hidden = True
                sz = rpr.find(qn("w:sz"))
                if sz is not None and int(sz.get(qn("w:val"))) <= 4:
                    hidden = True
            txt = "".join(t.text or "" for t in r.iter(qn("w:t")))
            (hid if hidden else vis).append(txt)
            if not hidden:
                vis.append(" ")
    nimg = len(d.inline_shapes)
    return "".join(vis), "".join(hid), nimg


def verify(built, data):
    problems = []
    for (R, ctx, regions, path), case in zip(built, data["cases"]):
        exp = case["expected"]
        cid = case["name"]
        if R["fmt"] == "pdf":
            vis, hid, nimg = pdf_text_layers(path)
        elif R["fmt"] == "docx":
            vis, hid, nimg = docx_text_layers(path)
        else:
            vis, hid, nimg = open(path, encoding="utf-8").read(), "", 0
        V = _nows(vis)
        if R.get("image_only"):
            if vis.strip() or hid.strip() or nimg != 1:
                problems.append((cid, "image-only pdf has text or wrong image count", len(vis), nimg))
            continue
        if R["fmt"] == "pdf":
            import pdfplumber
            with pdfplumber.open(path) as pl:
                raw = "\n".join((pg.extract_text() or "") for pg in pl.pages)
        elif R["fmt"] == "docx":
            raw = vis
        else:
            raw = vis
        if "(cid:" in raw:
            problems.append((cid, "undecodable glyphs in text layer"))
        for s_ in list(R.get("emails", [])) + list(R.get("phones", [])):
            if s_ not in raw:
                problems.append((cid, "contact value split or missing in raw text", s_))

        def need(s, what):
            if _nows(s) not in V:
                problems.append((cid, "missing visible " + what, s))

        # name (or its LASTNAME, Firstname display)
        if exp["name"]:
            disp = R.get("name_display", exp["name"])
            need(disp, "name")
            if R.get("name_display"):
                first, last = R["name_display_parts"]
                assert f"{first} {last.title()}" == exp["name"] or f"{first} {last}" == exp["name"], cid
        for e in R.get("emails", []):
            need(e, "email")
        for p in R.get("phones", []):
            need(p, "phone")
        for ds in ctx.job_date_strings:
            need(ds, "job dates")
        for s in ctx.skill_displays:
            need(s, "skill")
        for a_, t_ in ctx.prot_texts:
            need(t_, "protected attribute text (%s)" % a_)
        for j in ctx.jobs:
            need(j["title"], "job title")
        # hidden content must be invisible but present in the file
        for how, text in ctx.hidden:
            H = _nows(hid)
            if _nows(text) not in H:
                problems.append((cid, "hidden text not found in hidden layer", how, text[:40]))
            if _nows(text) in V:
                problems.append((cid, "hidden text is visible", how))
        if R["fmt"] in ("pdf", "docx"):
            if not ctx.hidden and hid.strip():
                problems.append((cid, "unexpected hidden text", hid[:60]))
            if ctx.photo_image and nimg < 1:
                problems.append((cid, "photo image missing"))
            if not ctx.photo_image and nimg:
                problems.append((cid, "unexpected image"))
        # recompute experience independently from the job list
        months = set()
        for j in ctx.jobs:
            if j["kind"] == "work":
                a = month_index(j["start"], False)
                b = (2026 * 12 + 10) if j["end"] is None else month_index(j["end"], True)
                months.update(range(a, b + 1))
        if abs(round(len(months) / 12, 1) - exp["total_experience_years"]) > 1e-9:
            problems.append((cid, "experience mismatch"))
        if R.get("expect_years") is not None and abs(R["expect_years"] - exp["total_experience_years"]) > 1e-9:
            problems.append((cid, "experience differs from hand computation", R["expect_years"],
                             exp["total_experience_years"]))
        for a in exp["protected"]:
            assert a in PROTECTED_ATTRS
        if R.get("expect_protected") is not None and sorted(R["expect_protected"]) != exp["protected"]:
            problems.append((cid, "protected differs from hand list", R["expect_protected"], exp["protected"]))
    return problems


# Jobs for the counterfactual groups, added by the project (2026-12-01) after the set was written, from the
# groups' labelled skills: the suite scores each resume against its group's job, and the scores must be equal.
COUNTERFACTUAL_JOBS = {
    "cf1": {"job_id": "D4-J1", "title": "Construction Project Manager", "required_skills": ["nec4", "scheduling",
            "cost control"], "nice_to_have": ["revit", "stakeholder management"], "min_years": 5},
    "cf2": {"job_id": "D4-J2", "title": "HR Generalist", "required_skills": ["recruitment", "employee relations",
            "performance management"], "nice_to_have": ["labor law", "excel"], "min_years": 3},
    "cf3": {"job_id": "D4-J3", "title": "Account Executive", "required_skills": ["salesforce", "negotiation",
            "solution selling"], "nice_to_have": ["gong", "pipeline forecasting"], "min_years": 4},
}


def main():
    built, data = build()
    probs = verify(built, data)
    for c in data["cases"]:
        e = c["expected"]
        print(f"{c['name']:<34} {e['total_experience_years']:>5} yrs  skills={len(e['skills']):>2}  "
              f"prot={','.join(e['protected']) or '-'}")
    if probs:
        print("\nPROBLEMS:")
        for p in probs:
            print("  ", p)
        sys.exit(1)
    print(f"\nOK: {len(data['cases'])} cases, all checks passed")


if __name__ == "__main__":
    main()
