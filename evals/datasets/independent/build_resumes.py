#!/usr/bin/env python3
"""Build the independent resume evaluation set (suite "resume_independent").

Written by an independent author who has not read the parser's code, its
generators or its tests.  Everything here is deterministic: no randomness,
fixed document timestamps, fixed zip entry dates.

    python3 build_resumes.py            # writes resumes/ and resume_independent.json, then verifies

Requires reportlab, python-docx and Pillow.

Label conventions (see also the JSON description):
  * total_experience_years is computed from the structured job list below:
    only kind == "job" counts (full-time, part-time, contract, freelance);
    internships, volunteering, education, career breaks and military service
    do not.  Months are inclusive of start and end month; overlapping months
    are counted once; an ongoing role runs through 2026-11; a bare year as a
    start means January, a bare year as an end means December.
    Total = months / 12 rounded half-up to one decimal.
    Hidden text never contributes (it is not part of the job list).
  * skills / protected / name / emails / phones are written by hand per case.
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile
from decimal import Decimal, ROUND_HALF_UP

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "resumes")
TODAY = (2026, 11)  # 2026-11-26; an ongoing role runs through November 2026
FIXED_DT = datetime.datetime(2026, 12, 1, 9, 0, 0)

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

# --------------------------------------------------------------------------
# dates and jobs
# --------------------------------------------------------------------------
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONF = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]


def fmt_date(d, style):
    if isinstance(d, int):
        return str(d)
    y, m = d
    return {
        "mon": f"{MON3[m - 1]} {y}",
        "full": f"{MONF[m - 1]} {y}",
        "mmyyyy": f"{m:02d}/{y}",
        "dot": f"{y}.{m:02d}",
        "cn": f"{y}年{m}月",
        "slash": f"{y}/{m:02d}",
        "iso": f"{y}-{m:02d}",
        "year": str(y),
    }[style]


class Job:
    """One dated entry: kind in job|intern|volunteer|military|break|edu."""

    def __init__(self, title, org, start, end, kind="job", style="mon", present=None,
                 sep=None, bullets=()):
        self.title, self.org, self.start, self.end = title, org, start, end
        self.kind, self.style, self.bullets = kind, style, list(bullets)
        self.present_given = present is not None
        self.present = present if present is not None else ("至今" if style == "cn" else "Present")
        if sep is None:
            sep = " - " if style in ("dot", "cn", "slash", "iso") else " – "
        self.sep = sep

    def dates(self):
        e = self.present if self.end is None else fmt_date(self.end, self.style)
        return f"{fmt_date(self.start, self.style)}{self.sep}{e}"

    def month_indices(self):
        s = self.start
        si = s * 12 if isinstance(s, int) else s[0] * 12 + s[1] - 1
        e = self.end
        if e is None:
            ei = TODAY[0] * 12 + TODAY[1] - 1
        elif isinstance(e, int):
            ei = e * 12 + 11
        else:
            ei = e[0] * 12 + e[1] - 1
        assert ei >= si, (self.title, s, e)
        return set(range(si, ei + 1))


def role(title, org, start, end, layout="inline", **kw):
    return ("role", Job(title, org, start, end, **kw), layout)


def experience_years(blocks_lists):
    months = set()
    for blocks in blocks_lists:
        for b in blocks:
            if b[0] == "role" and b[1].kind == "job":
                months |= b[1].month_indices()
    val = Decimal(len(months)) / Decimal(12)
    return float(val.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def role_lines(job, lang, layout):
    d, t, o = job.dates(), job.title, job.org
    if layout == "tab":
        return [f"{t}\t{o}\t{d}"]
    if layout == "ownline" or layout == "md_em":
        if lang == "zh":
            head = f"{o} | {t}" if o else t
        else:
            head = f"{t} — {o}" if o else t
        return [head, d]
    if layout == "datesfirst":
        if lang == "zh":
            return [f"{d}　{o}　{t}" if o else f"{d}　{t}"]
        return [f"{d}  {t}, {o}" if o else f"{d}  {t}"]
    if layout == "paren":
        return [f"{t}, {o} ({d})" if o else f"{t} ({d})"]
    # inline
    if lang == "zh":
        return [f"{o} | {t} | {d}" if o else f"{t} | {d}"]
    return [f"{t} — {o} | {d}" if o else f"{t}, {d}"]


# --------------------------------------------------------------------------
# images
# --------------------------------------------------------------------------
def photo_png(variant=0):
    """A tiny generated head-and-shoulders 'photo' (~1 KB)."""
    bg = [(198, 219, 239), (230, 230, 230), (214, 234, 216)][variant % 3]
    im = Image.new("RGB", (60, 75), bg)
    dr = ImageDraw.Draw(im)
    dr.ellipse((18, 10, 42, 38), fill=(224, 188, 160))
    dr.rectangle((18, 8, 42, 18), fill=(60, 40, 30))
    dr.pieslice((6, 40, 54, 100), 180, 360, fill=(40, 60, 110))
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def scanned_page_jpeg(lines, cjk_like=False):
    """Render a resume page as a greyscale 'scan' (JPEG); no text layer."""
    W, H = 620, 877
    im = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(im)
    y = 50
    big = ImageFont.load_default(size=22)
    small = ImageFont.load_default(size=12)
    if not cjk_like:
        for i, ln in enumerate(lines):
            f = big if i == 0 else small
            dr.text((48, y), ln, fill=25, font=f)
            y += 34 if i == 0 else 19
    else:
        # no CJK font available: draw glyph-like strokes in text-line layout
        def glyph(x, y, k, size=12):
            s = size
            patt = k % 5
            dr.line((x, y + s // 3, x + s, y + s // 3), fill=30, width=1)
            if patt in (0, 2, 4):
                dr.line((x + s // 2, y, x + s // 2, y + s), fill=30, width=1)
            if patt in (1, 2):
                dr.line((x, y + s, x + s, y + 2), fill=30, width=1)
            if patt in (3, 4):
                dr.rectangle((x + 2, y + s // 2, x + s - 2, y + s), outline=30)
        # title row
        for k in range(4):
            glyph(240 + k * 30, y, k * 7 + 1, size=24)
        y += 50
        row = 0
        for n in lines:  # n = number of glyphs on the row (or 0 for a gap)
            if n == 0:
                y += 14
                continue
            x = 48
            for k in range(n):
                glyph(x, y, row * 13 + k * 3)
                x += 15
            y += 21
            row += 1
        dr.text((48, H - 40), "1/1", fill=60, font=small)
    # a faint scan gradient and border
    dr.rectangle((4, 4, W - 5, H - 5), outline=200)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=40, optimize=True)
    return buf.getvalue()


# --------------------------------------------------------------------------
# TXT / MD renderers
# --------------------------------------------------------------------------
def render_txt(doc):
    lang = doc["lang"]
    bullet = doc.get("bullet", "- ")
    out = []
    if doc.get("header"):
        out.append(doc["header"])
    for b in doc["blocks"]:
        k = b[0]
        if k in ("name", "line", "headline", "p"):
            out.append(b[1])
        elif k == "h":
            out.append("")
            out.append(b[1])
            if doc.get("underline"):
                out.append(("=" if lang == "en" else "=") * max(8, len(b[1]) * (2 if lang == "zh" else 1)))
        elif k == "ul":
            out.extend(bullet + x for x in b[1])
        elif k == "table":
            for r in b[1]:
                out.append(" | ".join(c for c in r if c))
        elif k == "role":
            job, layout = b[1], b[2]
            out.extend(role_lines(job, lang, layout))
            out.extend(bullet + x for x in job.bullets)
        elif k == "blank":
            out.append("")
        else:
            raise ValueError(f"txt cannot render {k}")
    if doc.get("footer"):
        out.append("")
        out.append(doc["footer"])
    text = "\n".join(out) + "\n"
    if doc.get("crlf"):
        text = text.replace("\n", "\r\n")
    return text


def render_md(doc):
    lang = doc["lang"]
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "name":
            out += [f"# {b[1]}", ""]
        elif k == "headline":
            out += [b[1], ""]
        elif k in ("line", "p"):
            out += [b[1], ""]
        elif k == "h":
            out += [f"## {b[1]}", ""]
        elif k == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif k == "role":
            job, layout = b[1], b[2]
            ls = role_lines(job, lang, layout)
            if layout == "md_em":
                out += [f"### {ls[0]}", f"*{ls[1]}*", ""]
            elif layout == "md_bold_em":
                head = f"**{job.org}** — {job.title}" if lang == "zh" else f"**{job.title}**, {job.org}"
                out += [head + "  ", f"*{job.dates()}*", ""]
            elif layout == "ownline":
                out += [f"### {ls[0]}", ls[1], ""]
            else:
                out += [ls[0], ""]
            if job.bullets:
                out += [f"- {x}" for x in job.bullets] + [""]
        else:
            raise ValueError(f"md cannot render {k}")
    if doc.get("footer"):
        out += ["---", "", doc["footer"], ""]
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------
# DOCX renderer
# --------------------------------------------------------------------------
def _fix_zip(data):
    """Rewrite the zip with fixed entry timestamps so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def _hidden_run(p, text, method):
    r = p.add_run(text)
    if method == "vanish":
        r.font.hidden = True
    elif method == "white":
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    elif method == "tiny":
        r.font.size = Pt(1)
    else:
        raise ValueError(method)
    return r


def render_docx(doc, path):
    lang = doc["lang"]
    d = docx.Document()
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.last_modified_by = ""
    cp.title = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    normal = d.styles["Normal"]
    if lang == "zh":
        normal.font.name = "SimSun"
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    else:
        normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    sec.top_margin = sec.bottom_margin = Inches(0.7)
    if doc.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = ""
        run = hp.add_run(doc["header"])
        run.bold = True
        run.font.size = Pt(11)
    if doc.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = doc["footer"]
    heading_mode = doc.get("heading", "heading")
    name_mode = doc.get("name_style", "title")
    photo_variant = doc.get("photo_variant", 0)

    def add_table(rows, opts):
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid" if opts.get("grid", True) else t.style
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, r in enumerate(rows):
            for j in range(ncol):
                txt = r[j] if j < len(r) else ""
                cell = t.cell(i, j)
                lines = txt.split("\n")
                cell.paragraphs[0].text = ""
                run = cell.paragraphs[0].add_run(lines[0])
                if opts.get("bold_first_col") and j == 0:
                    run.bold = True
                if opts.get("bold_cells") and (i, j) in opts["bold_cells"]:
                    run.bold = True
                    run.font.size = Pt(opts.get("bold_size", 16))
                for extra in lines[1:]:
                    cell.add_paragraph(extra)
        for (r1, c1, r2, c2, txt) in opts.get("merge", []):
            m = t.cell(r1, c1).merge(t.cell(r2, c2))
            for p in m.paragraphs[1:]:
                p._element.getparent().remove(p._element)
            m.paragraphs[0].text = txt
            m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        return t

    for b in doc["blocks"]:
        k = b[0]
        if k == "name":
            if name_mode == "title":
                d.add_paragraph(b[1], style="Title")
            else:
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(20)
        elif k == "headline":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(16)
        elif k in ("line", "p"):
            d.add_paragraph(b[1])
        elif k == "h":
            if heading_mode == "heading":
                d.add_heading(b[1], level=1)
            else:
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(12.5)
        elif k == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "table":
            add_table(b[1], b[2] if len(b) > 2 else {})
            d.add_paragraph("")
        elif k == "role":
            job, layout = b[1], b[2]
            ls = role_lines(job, lang, layout)
            if layout == "tab":
                p = d.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Inches(2.3))
                p.paragraph_format.tab_stops.add_tab_stop(Inches(6.9), WD_TAB_ALIGNMENT.RIGHT)
                t, o, dt = ls[0].split("\t")
                p.add_run(t).bold = True
                p.add_run("\t" + o + "\t" + dt)
            elif layout == "ownline":
                p = d.add_paragraph()
                p.add_run(ls[0]).bold = True
                p2 = d.add_paragraph()
                p2.add_run(ls[1]).italic = True
            else:
                p = d.add_paragraph()
                p.add_run(ls[0]).bold = True
            for x in job.bullets:
                d.add_paragraph(x, style="List Bullet")
        elif k == "photo":
            d.add_picture(io.BytesIO(photo_png(photo_variant)), width=Inches(0.85))
        elif k == "hidden":
            p = d.add_paragraph()
            _hidden_run(p, b[2], b[1])
        elif k == "p_hidden":
            p = d.add_paragraph()
            p.add_run(b[1])
            _hidden_run(p, b[3], b[2])
        elif k == "blank":
            d.add_paragraph("")
        else:
            raise ValueError(f"docx cannot render {k}")
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(_fix_zip(buf.getvalue()))


# --------------------------------------------------------------------------
# PDF renderer
# --------------------------------------------------------------------------
TOKEN_RE = re.compile(r"[A-Za-z0-9\u00C0-\u024F@.,;:!?()'\"/&+#%$\-–—_*|·]+|\s+|.")


def wrap(text, font, size, width):
    lines, cur = [], ""
    for tok in TOKEN_RE.findall(text):
        cand = cur + tok
        if not cur or pdfmetrics.stringWidth(cand, font, size) <= width:
            cur = cand
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines or [""]


class PdfWriter:
    def __init__(self, path, doc):
        self.doc = doc
        self.lang = doc["lang"]
        self.size = letter if doc.get("page") == "letter" else A4
        self.W, self.H = self.size
        self.c = rl_canvas.Canvas(path, pagesize=self.size, invariant=1, pageCompression=1)
        if self.lang == "zh":
            self.f, self.fb = "STSong-Light", "STSong-Light"
        else:
            self.f, self.fb = "Helvetica", "Helvetica-Bold"
        self.bottom = 60

    def new_page(self):
        self.footer()
        self.c.showPage()
        self.y = self.H - 50

    def footer(self):
        if self.doc.get("footer"):
            self.c.setFont(self.f, 8)
            self.c.setFillGray(0.35)
            self.c.drawString(50, 28, self.doc["footer"])
            self.c.setFillGray(0)

    def ensure(self, need):
        if self.y - need < self.bottom:
            self.new_page()

    def text_lines(self, x, w, text, font, size, lead, center=False):
        for ln in wrap(text, font, size, w):
            self.ensure(lead)
            self.c.setFont(font, size)
            if center:
                self.c.drawCentredString(x + w / 2, self.y - size, ln)
            else:
                self.c.drawString(x, self.y - size, ln)
            self.y -= lead

    def table(self, x, w, rows, opts):
        ncol = max(len(r) for r in rows)
        cw = w / ncol
        size, lead = 9.5, 13
        self.c.setLineWidth(0.5)
        for r in rows:
            cells = [wrap(r[j] if j < len(r) else "", self.f, size, cw - 8) for j in range(ncol)]
            h = max(len(cl) for cl in cells) * lead + 6
            self.ensure(h)
            top = self.y
            for j, cl in enumerate(cells):
                yy = top - 3
                for ln in cl:
                    font = self.fb if (opts.get("bold_first_col") and j % 2 == 0) else self.f
                    self.c.setFont(font, size)
                    self.c.drawString(x + j * cw + 4, yy - size, ln)
                    yy -= lead
                if opts.get("grid", True):
                    self.c.rect(x + j * cw, top - h, cw, h, stroke=1, fill=0)
            self.y -= h
        self.y -= 6

    def blocks(self, blocks, x, w):
        c = self.c
        lang = self.lang
        for b in blocks:
            k = b[0]
            if k == "name":
                size = 20 if lang == "en" else 21
                self.ensure(30)
                self.text_lines(x, w, b[1], self.fb, size, size + 8)
            elif k == "headline":
                self.text_lines(x, w, b[1], self.fb, 15, 24, center=not self.doc.get("sidebar"))
            elif k == "line":
                self.text_lines(x, w, b[1], self.f, 10, 14)
            elif k == "p":
                self.text_lines(x, w, b[1], self.f, 10, 14)
            elif k == "h":
                self.y -= 8
                self.ensure(24)
                self.text_lines(x, w, b[1], self.fb, 12.5, 15)
                c.setLineWidth(0.7)
                c.line(x, self.y + 1, x + w, self.y + 1)
                self.y -= 5
            elif k == "ul":
                bullet = "•" if lang == "en" else "·"
                for it in b[1]:
                    first = True
                    for ln in wrap(it, self.f, 10, w - 12):
                        self.ensure(14)
                        c.setFont(self.f, 10)
                        if first:
                            c.drawString(x, self.y - 10, bullet)
                        c.drawString(x + 12, self.y - 10, ln)
                        self.y -= 14
                        first = False
            elif k == "table":
                self.table(x, w, b[1], b[2] if len(b) > 2 else {})
            elif k == "role":
                job, layout = b[1], b[2]
                ls = role_lines(job, lang, layout)
                self.y -= 3
                if layout == "tab":
                    t, o, dt = ls[0].split("\t")
                    self.ensure(14)
                    c.setFont(self.fb, 10)
                    c.drawString(x, self.y - 10, t)
                    c.setFont(self.f, 10)
                    c.drawString(x + 165, self.y - 10, o)
                    c.drawRightString(x + w, self.y - 10, dt)
                    self.y -= 14
                else:
                    self.text_lines(x, w, ls[0], self.fb, 10.5, 14)
                    for extra in ls[1:]:
                        self.text_lines(x, w, extra, self.f, 9.5, 13)
                if job.bullets:
                    self.blocks([("ul", job.bullets)], x, w)
            elif k == "photo":
                img = ImageReader(io.BytesIO(photo_png(self.doc.get("photo_variant", 0))))
                c.drawImage(img, x + w - 62, self.y - 76, width=60, height=75)
            elif k == "hidden":
                method, text = b[1], b[2]
                if method == "invisible":
                    for ln in wrap(text, self.f, 9, w):
                        self.ensure(12)
                        # The text render mode (Tr) is graphics state and survives ET, so
                        # isolate it with q/Q; otherwise everything drawn after is invisible.
                        c.saveState()
                        to = c.beginText(x, self.y - 9)
                        to.setFont(self.f, 9)
                        to.setTextRenderMode(3)
                        to.textLine(ln)
                        c.drawText(to)
                        c.restoreState()
                        self.y -= 12
                elif method == "covered":
                    lines = wrap(text, self.f, 9, w)
                    top = self.y
                    for ln in lines:
                        c.setFont(self.f, 9)
                        c.drawString(x, self.y - 9, ln)
                        self.y -= 12
                    c.setFillColorRGB(1, 1, 1)
                    c.rect(x - 2, self.y - 3, w + 4, top - self.y + 3, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                else:
                    raise ValueError(method)
            elif k == "blank":
                self.y -= 8
            else:
                raise ValueError(f"pdf cannot render {k}")

    def render(self):
        self.y = self.H - 50
        if self.doc.get("sidebar"):
            sx, sw = 30, 160
            mx = sx + sw + 22
            mw = self.W - mx - 40
            self.c.setFillColorRGB(0.92, 0.94, 0.97)
            self.c.rect(0, 0, sx + sw + 10, self.H, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
            self.y = self.H - 50
            self.blocks(self.doc["sidebar"], sx, sw)
            self.y = self.H - 50
            self.blocks(self.doc["blocks"], mx, mw)
        else:
            self.blocks(self.doc["blocks"], 50, self.W - 100)
        self.footer()
        self.c.showPage()
        self.c.save()


def render_pdf(doc, path):
    PdfWriter(path, doc).render()


def render_scanned_pdf(jpeg, path, page=A4):
    c = rl_canvas.Canvas(path, pagesize=page, invariant=1)
    c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=page[0], height=page[1])
    c.showPage()
    c.save()


# --------------------------------------------------------------------------
# the cases
# --------------------------------------------------------------------------
CASES = []


def case(name, fmt, lang, doc, expected, tags=(), notes=None, group=None, job=None):
    doc = dict(doc)
    doc["lang"] = lang
    if lang == "zh":  # Chinese resumes say 至今 unless a case chose another word
        for b in list(doc.get("blocks", [])) + list(doc.get("sidebar", [])):
            if b[0] == "role" and not b[1].present_given:
                b[1].present = "至今"
    doc["fmt"] = fmt
    CASES.append(dict(name=name, fmt=fmt, lang=lang, doc=doc, expected=expected,
                      tags=list(tags), notes=notes, group=group, job=job))


def E(name, emails, phones, skills, protected, blocks_for_exp):
    return {"name": name, "emails": emails, "phones": phones,
            "total_experience_years": experience_years(blocks_for_exp),
            "skills": skills, "protected": protected, "no_text": False}


# ============================ ENGLISH =====================================

# EN1 two-column marketing (PDF)
side = [
    ("h", "CONTACT"), ("p", "Austin, TX 78701"), ("p", "(512) 555-0147"),
    ("p", "priya.ramanshah@example.com"), ("p", "linkedin.com/in/priyaramanshah"),
    ("h", "SKILLS"), ("ul", ["Google Analytics", "HubSpot", "Salesforce", "SEO / SEM", "Tableau",
                             "Microsoft Excel", "Content marketing"]),
    ("h", "LANGUAGES"), ("p", "English, Tamil, Hindi"),
]
blocks = [
    ("name", "Priya Raman-Shah"), ("line", "Digital Marketing Manager"),
    ("h", "PROFILE"),
    ("p", "Marketing manager with ten years of B2B and B2C campaign experience and a record of "
          "doubling qualified pipeline."),
    ("h", "EXPERIENCE"),
    role("Digital Marketing Manager", "BrightLeaf Inc.", (2020, 3), None, layout="ownline",
         bullets=["Own a $2M annual advertising budget across search and social channels.",
                  "Rebuilt marketing reporting in Tableau and Google Analytics, cutting monthly "
                  "reporting time by 60%."]),
    role("Marketing Specialist", "Corva Media", (2016, 6), (2020, 2), layout="ownline",
         bullets=["Ran webinar and trade-show programs generating 1,200 leads per year.",
                  "Managed lead scoring in HubSpot, synced with Salesforce."]),
    role("Marketing Intern", "Corva Media", (2015, 6), (2015, 8), kind="intern", layout="ownline",
         bullets=["Supported social posting calendars and event logistics."]),
    ("h", "EDUCATION"),
    role("B.B.A. Marketing", "The University of Texas at Austin", 2012, 2016, kind="edu",
         style="year", layout="ownline"),
]
case("en_pdf_twocol_marketing", "pdf", "en", {"blocks": blocks, "sidebar": side, "page": "letter"},
     E("Priya Raman-Shah", ["priya.ramanshah@example.com"], ["+15125550147"],
       ["google analytics", "hubspot", "salesforce", "seo", "sem", "tableau", "excel",
        "content marketing"], [], [blocks]),
     tags=["two-column", "sidebar-skills", "sidebar-contact", "internship", "hyphenated-name",
           "dates-own-line", "education-dates"])

# EN2 UK accountant, photo, tab-aligned (PDF)
blocks = [
    ("photo",),
    ("name", "Oliver J. Whitfield"),
    ("line", "Chartered Accountant (ACA) · Finance Manager"),
    ("line", "Islington, London N1 · 07700 900456 · oliver.whitfield@example.co.uk"),
    ("h", "Profile"),
    ("p", "ACA-qualified finance manager with fourteen years in practice and industry."),
    ("h", "Experience"),
    role("Finance Manager", "Harrow & Finch LLP", (2020, 1), None, layout="tab",
         bullets=["Lead a team of four and own the monthly close for three entities.",
                  "Introduced Power BI board packs replacing 30 manual spreadsheets."]),
    role("Senior Accountant", "Acme Ltd", (2016, 6), (2019, 12), layout="tab",
         bullets=["Prepared statutory accounts under IFRS for UK and Irish subsidiaries.",
                  "Automated bank reconciliation templates with Excel VBA."]),
    role("Audit Associate", "Pemberton Rowe LLP", (2012, 9), (2016, 5), layout="tab",
         bullets=["Worked on retail and charity clients; qualified as ACA in 2015."]),
    ("h", "Education"),
    role("BSc Economics", "University of Leeds", 2009, 2012, kind="edu", style="year", layout="tab"),
    ("h", "Skills"),
    ("p", "SAP S/4HANA · IFRS · reconciliation · Excel (advanced, VBA) · Power BI · financial reporting"),
    ("h", "Personal details"),
    ("p", "Date of birth: 14/02/1988 · Nationality: British · Full UK driving licence"),
]
case("en_pdf_uk_photo_tab", "pdf", "en", {"blocks": blocks},
     E("Oliver J. Whitfield", ["oliver.whitfield@example.co.uk"], ["+447700900456"],
       ["sap s/4hana", "ifrs", "reconciliation", "excel", "vba", "power bi", "financial reporting"],
       ["photo", "birth_date", "nationality"], [blocks]),
     tags=["photo-embedded", "tab-aligned", "initials", "finance", "non-software",
           "protected-closing", "education-dates", "phone-local-uk"])

# EN3 CURRICULUM VITAE headline, military (PDF)
blocks = [
    ("headline", "CURRICULUM VITAE"),
    ("name", "Marcus T. Delgado"),
    ("line", "San Diego, CA · +1 (619) 555-0182 · m.delgado@example.net"),
    ("h", "Summary"),
    ("p", "Security engineer and U.S. Navy veteran focused on detection engineering and incident "
          "response for financial services."),
    ("h", "Professional Experience"),
    role("Senior Security Engineer", "Quillfeather Systems", (2019, 6), None, style="full",
         layout="paren",
         bullets=["Built 140 Splunk correlation searches and retired 60 noisy alerts.",
                  "Wrote Python tooling to enrich alerts with asset and identity context."]),
    role("SOC Analyst", "Harborline Bank", (2015, 3), (2019, 5), style="full", layout="paren",
         bullets=["Triaged 50+ alerts per shift; performed packet analysis with Wireshark."]),
    ("h", "Military Service"),
    role("Information Systems Technician (IT2)", "United States Navy", 2010, 2014, kind="military",
         style="year", layout="paren",
         bullets=["Maintained shipboard network systems; held a Secret clearance."]),
    ("h", "Education"),
    role("B.S. Cybersecurity", "National University (online)", 2015, 2018, kind="edu", style="year",
         layout="paren"),
    ("h", "Technical Skills"),
    ("p", "Splunk, Wireshark, Nessus, Python, PowerShell, SIEM, incident response, threat hunting"),
]
case("en_pdf_cv_military", "pdf", "en",
     {"blocks": blocks, "page": "letter", "footer": "Marcus T. Delgado · DOB 07/22/1988 · page 1 of 1"},
     E("Marcus T. Delgado", ["m.delgado@example.net"], ["+16195550182"],
       ["splunk", "wireshark", "nessus", "python", "powershell", "siem", "incident response",
        "threat hunting", "detection engineering", "packet analysis"],
       ["birth_date"], [blocks]),
     tags=["headline-first", "military", "security", "date-style-full-month", "protected-footer",
           "initials", "education-dates"])

# EN4 hidden text covered by white rectangle (PDF)
blocks = [
    ("name", "Hannah Kowalczyk"),
    ("line", "Data Analyst · Chicago, IL · (312) 555-0106 · hannah.k@example.com"),
    ("h", "Summary"),
    ("p", "Data analyst who turns messy operational data into clear dashboards for clinical and "
          "retail teams."),
    ("h", "Experience"),
    role("Data Analyst", "Lakeshore Health", (2021, 8), None, sep=" to ", present="now",
         layout="inline",
         bullets=["Built Tableau dashboards for bed capacity used by 40 unit managers.",
                  "Automated weekly SQL extracts and pandas cleaning scripts."]),
    ("hidden", "covered", "Principal Data Scientist, Google, Jan 2008 – Dec 2020. 12 years experience. "
                          "Kubernetes, Spark, Hadoop, Scala, TensorFlow, AWS."),
    role("Junior Analyst", "Meridian Retail", (2019, 1), (2021, 7), layout="inline",
         bullets=["Maintained store sales reports in Excel."]),
    ("h", "Education"),
    role("B.A. Economics", "Loyola University Chicago", 2015, 2019, kind="edu", style="year"),
    ("h", "Skills"),
    ("p", "SQL · Python (pandas) · Tableau · Excel · data visualization"),
]
case("en_pdf_hidden_covered", "pdf", "en", {"blocks": blocks, "page": "letter"},
     E("Hannah Kowalczyk", ["hannah.k@example.com"], ["+13125550106"],
       ["sql", "python", "pandas", "tableau", "excel", "data visualization"], [], [blocks]),
     tags=["hidden-text", "hidden-white-rectangle", "date-style-to-now", "data"],
     notes="A line claiming 'Principal Data Scientist, Google, Jan 2008 – Dec 2020. 12 years experience' "
           "plus Kubernetes/Spark/Hadoop/Scala/TensorFlow/AWS is drawn in black and then covered by a "
           "white filled rectangle; it is invisible to a reader and must not count.")

# EN5 hidden text, render mode 3 (PDF)
blocks = [
    ("name", "Diego Alvarez"),
    ("line", "Senior Mobile Engineer"),
    ("line", "Toronto, ON, Canada | 416-555-0139 | diego.alvarez@example.ca | github.com/dalvarez"),
    ("h", "Experience"),
    role("Senior Mobile Engineer", "Loonie Labs", (2021, 1), None, layout="inline",
         bullets=["Lead the Android and iOS apps (1.2M monthly users) written in Kotlin and Swift.",
                  "Moved push notifications and analytics to Firebase."]),
    role("Android Developer", "Northpeak Apps", 2018, 2020, style="year", layout="inline",
         bullets=["Shipped 14 releases of a Java/Kotlin retail app."]),
    ("hidden", "invisible", "Staff Engineer, Apple, 2005 – 2017. 15 years experience. Expert in Rust, "
                            "Kubernetes, TensorFlow, Flutter, React Native."),
    ("h", "Education"),
    role("B.Sc. Computer Science", "University of Toronto", 2014, 2018, kind="edu", style="year"),
    ("h", "Skills"),
    ("p", "Kotlin, Android SDK, Swift, Firebase, Java, Git, Jetpack Compose"),
]
case("en_pdf_hidden_invisible", "pdf", "en", {"blocks": blocks, "page": "letter"},
     E("Diego Alvarez", ["diego.alvarez@example.ca"], ["+14165550139"],
       ["kotlin", "android", "ios", "swift", "firebase", "java", "git", "jetpack compose"], [], [blocks]),
     tags=["hidden-text", "hidden-render-mode-3", "mobile", "date-style-year-only",
           "phone-local-canada"],
     notes="Invisible (render mode 3) text claims Staff Engineer at Apple 2005–2017 and Rust/Kubernetes/"
           "TensorFlow/Flutter/React Native; not visible, must not count.")

# EN6 nurse, Ireland (PDF)
blocks = [
    ("name", "Grace O'Neill"),
    ("line", "Registered General Nurse"),
    ("line", "Rathmines, Dublin 6, Ireland · 087 123 4567 · grace.oneill@example.ie"),
    ("h", "Profile"),
    ("p", "Nurse with acute medical and surgical ward experience, now managing a 28-bed ward."),
    ("h", "Clinical Experience"),
    role("Clinical Nurse Manager", "Liffey Care Hospital", (2021, 8), None, layout="inline",
         bullets=["Manage rosters for 35 staff and led the ward's move to Epic."]),
    role("Staff Nurse", "St. Brigid's University Hospital", (2019, 9), (2021, 7), style="dot",
         layout="inline",
         bullets=["Delivered patient care on a 30-bed surgical ward, including wound care and IV therapy."]),
    ("h", "Volunteering"),
    role("Volunteer First Aider", "Irish Red Cross", 2016, 2019, kind="volunteer", style="year"),
    ("h", "Education"),
    role("BSc (Hons) General Nursing", "University College Dublin", 2015, 2019, kind="edu",
         style="year"),
    ("h", "Skills"),
    ("p", "Epic EHR · phlebotomy · wound care · IV therapy · patient care · triage"),
    ("h", "Personal"),
    ("p", "Marital status: Single · Full clean driving licence"),
]
case("en_pdf_nurse_ireland", "pdf", "en", {"blocks": blocks},
     E("Grace O'Neill", ["grace.oneill@example.ie"], ["+353871234567"],
       ["epic", "phlebotomy", "wound care", "iv therapy", "patient care", "triage"],
       ["marital_status"], [blocks]),
     tags=["healthcare", "non-software", "volunteering", "date-style-dot", "apostrophe-name",
           "protected-closing", "phone-local-ireland", "education-dates"])

# EN7 career break (PDF)
blocks = [
    ("name", "Sophie Laurent-Dubois"),
    ("line", "Senior Product Designer · Female, 36"),
    ("line", "Berlin, Germany · 0151 23456789 · sophie@laurentdubois.example"),
    ("h", "Experience"),
    role("Senior Product Designer", "Spreeform GmbH", (2021, 2), None, layout="inline",
         bullets=["Design lead for a B2B invoicing suite; run user research and prototyping in Figma."]),
    role("Career break – travel", "", 2019, 2020, kind="break", style="year", layout="inline"),
    role("UX Designer", "Kiezwerk GmbH", (2014, 4), (2018, 12), layout="inline",
         bullets=["Redesigned the sign-up flow in Sketch, raising activation by 18%."]),
    ("h", "Education"),
    role("M.A. Interaction Design", "Universität der Künste Berlin", 2012, 2014, kind="edu",
         style="year"),
    ("h", "Tools & Skills"),
    ("p", "Figma, Sketch, Adobe Photoshop, Adobe Illustrator, user research, prototyping, design systems"),
]
case("en_pdf_career_break", "pdf", "en", {"blocks": blocks},
     E("Sophie Laurent-Dubois", ["sophie@laurentdubois.example"], ["+4915123456789"],
       ["figma", "sketch", "photoshop", "illustrator", "user research", "prototyping", "design systems"],
       ["gender", "age"], [blocks]),
     tags=["career-break", "design", "hyphenated-name", "protected-header", "phone-local-germany",
           "education-dates"])

# EN8 overlap + freelance (PDF)
blocks = [
    ("name", "Aarav Mehta"),
    ("line", "Lead Data Engineer | Bengaluru, India | +91 98450 12345 | aarav.mehta@example.in"),
    ("h", "Summary"),
    ("p", "Data engineer building batch and streaming pipelines; I freelanced alongside my full-time "
          "role for three years."),
    ("h", "Experience"),
    role("Lead Data Engineer", "Cartwheel Analytics", (2022, 4), None, layout="inline",
         bullets=["Designed Kafka and Spark streaming jobs processing 2B events per day.",
                  "Manage AWS infrastructure with Terraform."]),
    role("Freelance Data Consultant (self-employed)", "", (2019, 1), (2022, 3), layout="inline",
         bullets=["Built Airflow pipelines for four e-commerce clients."]),
    role("Data Engineer", "Infoweave Pvt Ltd", (2015, 7), (2020, 6), layout="inline",
         bullets=["Wrote ingestion services in Go and Python against PostgreSQL."]),
    ("h", "Education"),
    role("B.Tech Computer Science", "VIT Vellore", 2011, 2015, kind="edu", style="year"),
    ("h", "Skills"),
    ("p", "Python, Go, SQL, Apache Spark, Kafka, Airflow, AWS, Terraform, PostgreSQL"),
]
case("en_pdf_overlap_freelance", "pdf", "en", {"blocks": blocks},
     E("Aarav Mehta", ["aarav.mehta@example.in"], ["+919845012345"],
       ["python", "go", "sql", "spark", "kafka", "airflow", "aws", "terraform", "postgresql"],
       [], [blocks]),
     tags=["overlap", "freelance", "go-language", "phone-intl", "education-dates"])

# EN9 grad: internship + part-time (PDF)
blocks = [
    ("name", "Lily Chen"),
    ("line", "Software Engineer · Seattle, WA · 206-555-0175 · lily.chen.dev@example.com"),
    ("h", "Experience"),
    role("Software Engineer", "Pinecrest Labs", (2023, 7), None, layout="inline",
         bullets=["Build internal tools in TypeScript and React; containerized services with Docker."]),
    role("Software Engineering Intern", "Cascade Robotics", (2022, 6), (2022, 8), kind="intern",
         layout="inline", bullets=["Wrote C++ drivers for a lidar test rig."]),
    role("Barista (part-time)", "Ladro Coffee", (2021, 9), (2023, 5), layout="inline",
         bullets=["Trained new baristas and ran opening shifts."]),
    ("h", "Education"),
    role("B.S. Computer Science", "University of Washington", 2019, 2023, kind="edu", style="year"),
    ("h", "Skills"),
    ("p", "Java · TypeScript · React · Docker · C++ · Git"),
]
case("en_pdf_grad_parttime", "pdf", "en", {"blocks": blocks, "page": "letter"},
     E("Lily Chen", ["lily.chen.dev@example.com"], ["+12065550175"],
       ["java", "typescript", "react", "docker", "c++", "git"], [], [blocks]),
     tags=["internship", "part-time", "education-dates", "early-career"],
     notes="Part-time barista job counts (Sep 2021 – May 2023, 21 months); the summer internship does "
           "not (and falls inside the barista period anyway).")

# EN10 scanned (PDF, image only)
SCAN_EN = [
    "Curriculum Vitae - Thomas Reed",
    "Leeds, UK  |  07700 900777  |  thomas.reed@example.co.uk",
    "",
    "EXPERIENCE",
    "Site Manager, Northgate Construction        Mar 2015 - Present",
    "  - Managed residential builds of up to 120 units",
    "Assistant Site Manager, Wharfe Homes         Jun 2010 - Feb 2015",
    "",
    "EDUCATION",
    "HND Construction Management, Leeds College of Building, 2008 - 2010",
    "",
    "SKILLS",
    "AutoCAD, MS Project, health and safety (SMSTS), budgeting",
]
case("en_pdf_scanned_notext", "pdf", "en", {"scanned": scanned_page_jpeg(SCAN_EN)},
     {"no_text": True}, tags=["no-text", "scanned-image"],
     notes="Page is a single JPEG image of a resume; there is no text layer.")

# EN11 name + contact in DOCX table (DOCX)
blocks = [
    ("table", [["Fatima Al-Sayed\nHR Business Partner",
                "Dubai, UAE\n+971 50 123 4567\nfatima.alsayed@example.ae"]],
     {"grid": False, "bold_cells": {(0, 0)}, "bold_size": 18}),
    ("h", "Professional Experience"),
    role("HR Business Partner", "Falcon Ventures", (2021, 11), None, layout="inline",
         bullets=["Partner with 6 business units (900 staff) on workforce planning and employee relations."]),
    role("Talent Acquisition Lead", "Desert Rose Hotels", (2016, 9), (2021, 10), layout="inline",
         bullets=["Led recruiting for 3 hotel openings, hiring 450 staff via Greenhouse.",
                  "Designed the onboarding programme and moved HR records to Workday."]),
    role("HR Coordinator", "Gulfstar Logistics", (2013, 1), (2016, 8), layout="inline",
         bullets=["Coordinated visa processing and HR records for 300 drivers."]),
    ("h", "Skills"),
    ("ul", ["Workday (HCM, Recruiting)", "Greenhouse", "SAP SuccessFactors", "Recruiting & onboarding",
            "Employee relations", "Workforce planning"]),
    ("h", "Personal Details"),
    ("table", [["Nationality", "Jordanian"], ["Marital status", "Married"],
               ["Visa status", "Employment visa (transferable)"]], {"bold_first_col": True}),
]
case("en_docx_name_in_table", "docx", "en", {"blocks": blocks, "heading": "bold"},
     E("Fatima Al-Sayed", ["fatima.alsayed@example.ae"], ["+971501234567"],
       ["workday", "greenhouse", "successfactors", "recruiting", "onboarding", "employee relations",
        "workforce planning"], ["nationality", "marital_status"], [blocks]),
     tags=["name-in-table", "contact-table", "protected-table", "hr", "non-software",
           "hyphenated-name", "phone-intl"])

# EN12 name in DOCX header; word traps (DOCX)
blocks = [
    ("h", "Summary"),
    ("p", "Enterprise SaaS seller. I excel at building executive relationships, and I am the go-to "
          "person on my team for complex multi-year renewals."),
    ("h", "Experience"),
    role("Regional Sales Manager", "Coastline SaaS", (2017, 5), None, layout="inline",
         bullets=["Lead 9 account executives; 128% of quota in FY2025.",
                  "Rolled out Gong call reviews and cleaned up Salesforce forecasting."]),
    role("Account Executive", "Sunbelt Software", (2012, 5), (2017, 4), layout="inline",
         bullets=["Closed $4.1M in new logos; managed pipeline in HubSpot."]),
    ("h", "Education"),
    role("B.A. Communication", "Florida International University", 2008, 2012, kind="edu",
         style="year"),
    ("h", "Skills"),
    ("p", "Salesforce, HubSpot, Gong, negotiation, pipeline management, account management"),
    ("p", "Languages: English, Spanish (native)"),
]
case("en_docx_header_name", "docx", "en",
     {"blocks": blocks,
      "header": "José Luis Martínez  |  Regional Sales Manager  |  Miami, FL  |  (305) 555-0161  |  "
                "jl.martinez@example.com"},
     E("José Luis Martínez", ["jl.martinez@example.com"], ["+13055550161"],
       ["salesforce", "hubspot", "gong", "negotiation", "pipeline management", "account management"],
       [], [blocks]),
     tags=["name-in-header", "contact-in-header", "word-traps", "sales", "accented-name",
           "non-software", "education-dates"],
     notes="'excel at' and 'go-to person' are ordinary English, not Excel / Go.")

# EN13 embedded photo (DOCX)
blocks = [
    ("photo",),
    ("name", "Chloé Martin"),
    ("line", "Art Director"),
    ("line", "Montréal, QC, Canada · 514 555 0123 · chloe.martin@example.ca"),
    ("line", "Date of Birth: 03 March 1990"),
    ("h", "Experience"),
    role("Art Director", "Boréal Creative", (2020, 1), None, layout="inline",
         bullets=["Lead identity projects for 20+ clients; mentor three designers."]),
    role("Graphic Designer", "Maple & Ink Studio", 2015, 2019, style="year", layout="inline",
         bullets=["Produced print layouts in InDesign and Illustrator."]),
    ("h", "Education"),
    role("BFA Graphic Design", "Concordia University", 2011, 2014, kind="edu", style="year"),
    ("h", "Skills"),
    ("p", "Adobe Photoshop | Adobe Illustrator | Adobe InDesign | Figma | Typography | Branding"),
]
case("en_docx_photo", "docx", "en", {"blocks": blocks, "photo_variant": 1},
     E("Chloé Martin", ["chloe.martin@example.ca"], ["+15145550123"],
       ["photoshop", "illustrator", "indesign", "figma", "typography", "branding"],
       ["photo", "birth_date"], [blocks]),
     tags=["photo-embedded", "design", "accented-name", "date-style-year-only", "protected-header",
           "education-dates"])

# EN14 skills in a table, mm/yyyy dates (DOCX)
blocks = [
    ("name", "Samuel Okafor"),
    ("line", "Engineering Manager — Mechanical"),
    ("line", "Houston, TX | 713-555-0190 | samuel.okafor@example.com"),
    ("h", "Experience"),
    role("Engineering Manager", "Redline Fabrication", (2021, 6), None, style="mmyyyy",
         present="present", layout="inline",
         bullets=["Run a 12-person design team for pressure vessels and skids."]),
    role("Senior Mechanical Engineer", "Lonestar Turbines", (2016, 1), (2021, 5), style="mmyyyy",
         layout="inline", bullets=["Led FEA of turbine casings in ANSYS; cut weight by 9%."]),
    role("Design Engineer", "Gulfbend Energy", (2011, 8), (2015, 12), style="mmyyyy",
         layout="inline",
         bullets=["Created SolidWorks models and AutoCAD drawings for offshore skids."]),
    ("h", "Technical Skills"),
    ("table", [["Category", "Tools / Skills"], ["CAD", "AutoCAD, SolidWorks"],
               ["Analysis", "MATLAB, ANSYS Mechanical, FEA"],
               ["Quality", "GD&T, Lean Six Sigma (Green Belt)"],
               ["Office", "Microsoft Excel, Microsoft Project"]], {"bold_first_col": True}),
    ("h", "Education"),
    role("B.S. Mechanical Engineering", "Texas A&M University", 2007, 2011, kind="edu", style="year"),
]
case("en_docx_skills_table", "docx", "en", {"blocks": blocks, "name_style": "bold"},
     E("Samuel Okafor", ["samuel.okafor@example.com"], ["+17135550190"],
       ["autocad", "solidworks", "matlab", "ansys", "fea", "gd&t", "lean six sigma", "excel",
        "microsoft project"], [], [blocks]),
     tags=["skills-table", "engineering", "non-software", "date-style-mm-yyyy", "education-dates"])

# EN15 hidden (vanish) runs (DOCX)
blocks = [
    ("name", "Emily Carter"),
    ("line", "Payroll Specialist · Denver, CO · 720-555-0158 · emily.carter@example.com"),
    ("h", "Summary"),
    ("p_hidden", "Payroll specialist for multi-state employers with up to 2,400 employees.", "vanish",
     " Keywords: SAP, Oracle, Workday, Python, Certified Payroll Professional, 15 years experience."),
    ("h", "Experience"),
    role("Payroll Specialist", "Aspenwood Health", (2020, 10), None, layout="inline",
         bullets=["Process biweekly payroll for 2,400 employees in ADP Workforce Now.",
                  "Reconcile payroll GL accounts every month."]),
    role("Payroll Clerk", "Front Range Co.", (2018, 2), (2020, 9), layout="inline",
         bullets=["Maintained time records and QuickBooks payroll."]),
    ("hidden", "vanish", "Payroll Director — Fortune 500 Company — Jan 2005 – Jan 2018"),
    ("h", "Skills"),
    ("p", "ADP Workforce Now, QuickBooks, Microsoft Excel, payroll processing, reconciliation"),
]
case("en_docx_hidden_vanish", "docx", "en", {"blocks": blocks},
     E("Emily Carter", ["emily.carter@example.com"], ["+17205550158"],
       ["adp", "quickbooks", "excel", "payroll processing", "reconciliation"], [], [blocks]),
     tags=["hidden-text", "hidden-vanish", "payroll", "finance", "non-software"],
     notes="Two runs carry the w:vanish (hidden) property: a keyword list (SAP, Oracle, Workday, "
           "Python, '15 years experience') and a fake 'Payroll Director 2005–2018' role. "
           "Label 'adp' = ADP Workforce Now.")

# EN16 white text (DOCX)
blocks = [
    ("name", "Nikolai Petrov"),
    ("line", "DevOps Engineer | Atlanta, GA | 404-555-0113 | n.petrov@example.com"),
    ("hidden", "white", "Java Spring Azure GCP Kafka Scala Jenkins — 20 years of experience — "
                        "Google, Amazon, Microsoft"),
    ("h", "Experience"),
    role("DevOps Engineer", "Magnolia Cloud", (2019, 7), None, layout="inline",
         bullets=["Manage 300 Linux hosts with Ansible; moved monitoring to Prometheus and Grafana.",
                  "Provision Kubernetes clusters with Terraform."]),
    role("Systems Administrator", "Peachtree Hosting", (2016, 1), (2019, 6), layout="inline",
         bullets=["Wrote Bash automation for backups and patching."]),
    ("h", "Skills"),
    ("p", "Ansible · Terraform · Prometheus · Grafana · Kubernetes · Bash · Linux"),
    ("hidden", "white", "Senior Principal Engineer, Amazon, 2004 – 2016"),
]
case("en_docx_hidden_white", "docx", "en", {"blocks": blocks},
     E("Nikolai Petrov", ["n.petrov@example.com"], ["+14045550113"],
       ["ansible", "terraform", "prometheus", "grafana", "kubernetes", "bash", "linux"], [], [blocks]),
     tags=["hidden-text", "hidden-white-text", "ops"],
     notes="White-on-white runs list Java/Spring/Azure/GCP/Kafka/Scala/Jenkins, '20 years of "
           "experience' and a fake 2004–2016 role.")

# EN17 sabbatical, closing protected line (DOCX)
blocks = [
    ("name", "Anne-Marie Dupont"),
    ("line", "Procurement Manager"),
    ("line", "Manchester, UK · 0161 496 0123 · annemarie.dupont@example.co.uk · am.dupont@example.org"),
    ("h", "Experience"),
    role("Procurement Manager", "Irwell Engineering Ltd", (2020, 4), None, layout="inline",
         bullets=["Run tenders in Coupa for £40M annual spend."]),
    role("Procurement Specialist", "Pennine Retail Group", (2014, 9), (2020, 3), layout="inline",
         bullets=["Negotiated 3-year supplier contracts saving 7%.",
                  "Raised purchase orders in SAP Ariba."]),
    role("Sabbatical – caring for a family member", "", (2012, 9), (2014, 8), kind="break",
         layout="inline"),
    role("Purchasing Assistant", "Northmill Foods", (2008, 9), (2012, 8), layout="inline"),
    ("h", "Skills"),
    ("p", "Coupa, SAP Ariba, Excel, negotiation, supplier management, contract management"),
    ("blank",),
    ("p", "Age: 42 · Nationality: French (UK settled status)"),
]
case("en_docx_sabbatical", "docx", "en", {"blocks": blocks, "heading": "bold"},
     E("Anne-Marie Dupont", ["annemarie.dupont@example.co.uk", "am.dupont@example.org"],
       ["+441614960123"],
       ["coupa", "sap ariba", "excel", "negotiation", "supplier management", "contract management"],
       ["age", "nationality"], [blocks]),
     tags=["career-break", "procurement", "non-software", "protected-closing", "two-emails",
           "hyphenated-name", "phone-local-uk"])

# EN18 dates on own line, volunteering, footer protected (DOCX)
blocks = [
    ("name", "Wei Zhang"),
    ("line", "Senior Backend Engineer"),
    ("line", "(415) 555-0123 · wei.zhang@example.com · San Francisco, CA"),
    ("h", "Summary"),
    ("p", "Backend engineer; the go-to person for on-call escalations on our payments platform."),
    ("h", "Experience"),
    role("Senior Backend Engineer", "Goldengate Pay", (2020, 3), None, style="full", present="current",
         layout="ownline",
         bullets=["Own the ledger service (Go, PostgreSQL, Redis) handling 3k requests/s."]),
    role("Backend Engineer", "Fogline Inc.", (2016, 9), (2020, 2), style="full", layout="ownline",
         bullets=["Built gRPC services in Python and Go; migrated deployments to Kubernetes."]),
    ("h", "Volunteering"),
    role("Volunteer Coding Instructor", "Code for Good SF", 2017, 2022, kind="volunteer",
         style="year", layout="ownline"),
    ("h", "Education"),
    role("M.S. Computer Science", "San Jose State University", 2014, 2016, kind="edu", style="year",
         layout="ownline"),
    ("h", "Skills"),
    ("p", "Go, Python, gRPC, PostgreSQL, Redis, Kubernetes"),
]
case("en_docx_dates_ownline", "docx", "en",
     {"blocks": blocks, "footer": "Wei Zhang — born 1989 — married"},
     E("Wei Zhang", ["wei.zhang@example.com"], ["+14155550123"],
       ["go", "python", "grpc", "postgresql", "redis", "kubernetes"],
       ["birth_date", "marital_status"], [blocks]),
     tags=["dates-own-line", "date-style-full-month", "present-current", "volunteering",
           "go-language", "word-traps", "protected-footer", "education-dates"])

# EN19 contact details in a table (DOCX)
blocks = [
    ("name", "Ingrid Sørensen"),
    ("line", "Senior Biostatistician"),
    ("table", [["Phone", "+45 32 12 34 56"], ["Email", "ingrid.sorensen@example.dk"],
               ["Address", "Nørrebrogade 12, 2200 København N, Denmark"], ["Nationality", "Danish"]],
     {"bold_first_col": True}),
    ("h", "Experience"),
    role("Senior Biostatistician", "Øresund Clinical ApS", 2019, None, style="year", layout="inline",
         bullets=["Lead statistician on four phase III oncology trials: survival analysis and CDISC "
                  "ADaM datasets."]),
    role("Statistician", "Nordic Pharma A/S", 2014, 2018, style="year", layout="inline",
         bullets=["Programmed tables and listings in SAS and R."]),
    ("h", "Education"),
    role("PhD Biostatistics", "University of Copenhagen", 2010, 2014, kind="edu", style="year"),
    ("h", "Skills"),
    ("p", "R, SAS, Python, survival analysis, CDISC, clinical trial design"),
]
case("en_docx_contact_table", "docx", "en", {"blocks": blocks},
     E("Ingrid Sørensen", ["ingrid.sorensen@example.dk"], ["+4532123456"],
       ["r", "sas", "python", "survival analysis", "cdisc", "clinical trial design"],
       ["nationality"], [blocks]),
     tags=["contact-table", "protected-table", "accented-name", "r-language", "date-style-year-only",
           "phone-intl", "education-dates"],
     notes="'2019 – Present' starts January 2019; '2014 – 2018' is Jan 2014 – Dec 2018.")

# EN20 RESUME headline, military (TXT)
blocks = [
    ("headline", "RESUME"), ("blank",),
    ("name", "Jamal Washington"),
    ("line", "Memphis, TN 38103 | 901.555.0148 | jamal.washington@example.com"),
    ("h", "SUMMARY"),
    ("p", "Warehouse operations supervisor with 16 years in distribution and 4 years of Army service."),
    ("h", "EXPERIENCE"),
    role("Operations Supervisor", "RiverBend Distribution", (2019, 1), None, layout="inline",
         bullets=["Supervise 45 associates across two shifts; 99.6% order accuracy.",
                  "Run cycle counts in Manhattan WMS and post adjustments in SAP."]),
    role("Shift Lead", "Bluff City Logistics", (2014, 3), (2018, 12), layout="inline",
         bullets=["Trained 30 operators on OSHA-compliant forklift operation."]),
    role("Forklift Operator", "Delta Freight", (2010, 3), (2014, 2), layout="inline"),
    ("h", "MILITARY SERVICE"),
    role("Motor Transport Operator", "U.S. Army", 2006, 2010, kind="military", style="year",
         layout="inline"),
    ("h", "SKILLS"),
    ("p", "SAP, Manhattan WMS, inventory control, forklift operation, OSHA compliance, Microsoft Excel"),
]
case("en_txt_resume_military", "txt", "en", {"blocks": blocks, "bullet": "* "},
     E("Jamal Washington", ["jamal.washington@example.com"], ["+19015550148"],
       ["sap", "manhattan wms", "inventory control", "forklift operation", "osha compliance", "excel"],
       [], [blocks]),
     tags=["headline-first", "military", "logistics", "non-software"])

# EN21 tab-aligned lines, closing protected (TXT)
blocks = [
    ("name", "Rachel O'Connor-Reyes"),
    ("line", "Accounting Manager"),
    ("line", "Boston, MA  ·  617-555-0172  ·  rachel.oconnor.reyes@example.com"),
    ("h", "EXPERIENCE"),
    role("Accounting Manager", "Harborview Capital", (2020, 1), None, layout="tab",
         bullets=["Own month-end close for four funds; team of three."]),
    role("Senior Accountant", "Acme Ltd", (2016, 6), (2019, 12), layout="tab",
         bullets=["Ran accounts payable for 1,100 vendors in Oracle NetSuite."]),
    role("Staff Accountant", "Beacon Partners", (2013, 7), (2016, 5), layout="tab",
         bullets=["Performed bank and intercompany reconciliation in QuickBooks Online."]),
    ("h", "EDUCATION"),
    role("B.S. Accounting", "Boston College", 2009, 2013, kind="edu", style="year", layout="tab"),
    ("h", "SKILLS"),
    ("p", "Oracle NetSuite, QuickBooks Online, accounts payable, accounts receivable, reconciliation, "
          "US GAAP, Excel"),
    ("blank",),
    ("p", "Personal: Female, 38, married"),
]
case("en_txt_tab_aligned", "txt", "en", {"blocks": blocks},
     E("Rachel O'Connor-Reyes", ["rachel.oconnor.reyes@example.com"], ["+16175550172"],
       ["netsuite", "quickbooks", "accounts payable", "accounts receivable", "reconciliation", "gaap",
        "excel"], ["gender", "age", "marital_status"], [blocks]),
     tags=["tab-aligned", "finance", "non-software", "protected-closing", "hyphenated-name",
           "apostrophe-name", "education-dates"],
     notes="'month-end close' in a bullet is arguably a skill too; left unlabelled (doubt).")

# EN22 contractor, overlapping contracts, CRLF (TXT)
blocks = [
    ("name", "Kwame Mensah-Bonsu"),
    ("line", "SAP FICO Consultant (contract / freelance)"),
    ("line", "London, United Kingdom | +44 20 7946 0321 | kwame.mb@example.co.uk"),
    ("h", "CONTRACT HISTORY"),
    role("Freelance SAP S/4HANA Finance Consultant (self-employed)", "", (2024, 5), None,
         layout="inline", bullets=["Finance workstream lead for two S/4HANA migrations."]),
    role("Career break – family relocation", "", (2023, 11), (2024, 4), kind="break", layout="inline"),
    role("Contract SAP FICO Consultant", "Albion Retail plc", (2020, 1), (2023, 10), layout="inline",
         bullets=["Led data migration for 14 company codes."]),
    role("Contract SAP FICO Consultant", "Greyfriars Bank", (2017, 6), (2020, 3), layout="inline",
         bullets=["Designed IFRS 9 reporting and wrote ABAP reports."]),
    role("Contract SAP FI Analyst", "Tidewater Utilities", 2015, 2017, style="year", layout="inline"),
    ("h", "SKILLS"),
    ("p", "SAP FICO, SAP S/4HANA, IFRS, ABAP, data migration"),
]
case("en_txt_contractor", "txt", "en", {"blocks": blocks, "crlf": True},
     E("Kwame Mensah-Bonsu", ["kwame.mb@example.co.uk"], ["+442079460321"],
       ["sap fico", "sap s/4hana", "ifrs", "abap", "data migration"], [], [blocks]),
     tags=["contract", "freelance", "overlap", "career-break", "crlf", "hyphenated-name",
           "phone-intl", "finance"],
     notes="Contracts overlap Jun–Dec 2017 and Jan–Mar 2020; six-month break not counted.")

# EN23 markdown emphasis dates (MD)
blocks = [
    ("name", "Lucía Fernández"),
    ("line", "**Senior Frontend Engineer** · Madrid, Spain · 612 345 678 · "
             "[lucia.fernandez@example.es](mailto:lucia.fernandez@example.es)"),
    ("h", "Experience"),
    role("Senior Frontend Engineer", "Castellana Tech", (2022, 1), None, style="mmyyyy",
         present="present", layout="md_em",
         bullets=["Lead the web platform team (React, TypeScript, Storybook)."]),
    role("Frontend Developer", "Sol Digital", (2019, 1), (2021, 12), style="mmyyyy", layout="md_em",
         bullets=["Built Vue.js dashboards; introduced Jest unit tests."]),
    ("h", "Education"),
    role("Grado en Ingeniería Informática", "Universidad Politécnica de Madrid", 2014, 2018,
         kind="edu", style="year", layout="md_em"),
    ("h", "Skills"),
    ("p", "JavaScript · TypeScript · React · Vue.js · CSS · Jest · Storybook · Figma"),
]
case("en_md_emphasis_dates", "md", "en", {"blocks": blocks},
     E("Lucía Fernández", ["lucia.fernandez@example.es"], ["+34612345678"],
       ["javascript", "typescript", "react", "vue", "css", "jest", "storybook", "figma"], [], [blocks]),
     tags=["md-emphasis-dates", "date-style-mm-yyyy", "accented-name", "phone-local-spain",
           "education-dates"])

# EN24 word traps (MD)
blocks = [
    ("name", "Benjamin Hart"),
    ("line", "Operations Manager · Leeds, UK · 0113 496 0789 · ben.hart@example.co.uk"),
    ("h", "About me"),
    ("p", "I excel at turning around struggling teams, I have access to a wide network of suppliers, "
          "and I am the go-to person for difficult escalations. In a word: dependable. I worked "
          "closely with R&D and led the go-live of our second warehouse."),
    ("h", "Experience"),
    role("Operations Manager", "Kirkgate Retail", (2019, 10), None, present="now", layout="md_em",
         bullets=["Cut order lead time by 22% using Lean and Kaizen events."]),
    role("Operations Analyst", "Aire Valley Foods", (2016, 4), (2019, 9), layout="md_em",
         bullets=["Built Power BI reports and a Microsoft Access database for supplier KPIs."]),
    ("h", "Skills"),
    ("ul", ["Microsoft Excel, Microsoft Word, Microsoft Access", "Power BI", "Lean, Kaizen",
            "Root cause analysis"]),
]
case("en_md_word_traps", "md", "en", {"blocks": blocks},
     E("Benjamin Hart", ["ben.hart@example.co.uk"], ["+441134960789"],
       ["excel", "word", "access", "power bi", "lean", "kaizen", "root cause analysis"], [], [blocks]),
     tags=["word-traps", "office-products", "operations", "non-software", "phone-local-uk"],
     notes="'excel at', 'access to', 'go-to person', 'In a word', 'R&D', 'go-live' are not skills; "
           "Excel/Word/Access are skills only because the Skills list names the Microsoft products.")

# EN25 tagline above the name (MD)
blocks = [
    ("headline", "Full-Stack Engineer · Open-source maintainer"),
    ("name", "Aleksandra Nowak-Kim"),
    ("line", "Vancouver, BC, Canada — 604-555-0166 — aleks.nowakkim@example.ca"),
    ("h", "Experience"),
    role("Staff Engineer", "Coastal Commerce", (2020, 8), None, layout="ownline",
         bullets=["Tech lead for checkout (Ruby on Rails, GraphQL, PostgreSQL on AWS)."]),
    role("Full-Stack Developer", "Gastown Web", (2017, 8), (2020, 7), layout="ownline",
         bullets=["Built Node.js and React apps for local retailers."]),
    role("Web Development Intern", "Gastown Web", (2016, 5), (2016, 8), kind="intern",
         layout="ownline"),
    ("h", "Skills"),
    ("p", "Ruby, Ruby on Rails, Node.js, React, PostgreSQL, GraphQL, AWS"),
]
case("en_md_tagline_first", "md", "en",
     {"blocks": blocks, "footer": "_Married, two children. Canadian citizen._"},
     E("Aleksandra Nowak-Kim", ["aleks.nowakkim@example.ca"], ["+16045550166"],
       ["ruby", "ruby on rails", "node.js", "react", "postgresql", "graphql", "aws"],
       ["marital_status", "nationality"], [blocks]),
     tags=["headline-first", "tagline-first", "internship", "dates-own-line", "protected-footer",
           "hyphenated-name"])

# ---------------- English invariance groups ----------------
JOB1 = {"job_id": "J-1", "title": "Backend Software Engineer",
        "required_skills": ["python", "postgresql", "docker"], "nice_to_have": ["kubernetes", "aws"],
        "min_years": "3"}
for slug, nm, line, prot in [
    ("a", "Daniel Kim", "Male, 29 · Nationality: South Korean", ["gender", "age", "nationality"]),
    ("b", "Daniela Kim", "Female, 41 · Married", ["gender", "age", "marital_status"]),
    ("c", "Daniel Kim", None, []),
]:
    blocks = [("name", nm)]
    if line:
        blocks.append(("line", line))
    blocks += [
        ("line", "Backend Software Engineer · Portland, OR · 503-555-0101 · dk.dev@example.com"),
        ("h", "Experience"),
        role("Backend Engineer", "Willamette Data", (2022, 1), None, layout="inline",
             bullets=["Design Django APIs on PostgreSQL serving 20M requests per day.",
                      "Containerized services with Docker and deployed them on AWS."]),
        role("Software Engineer", "Rosebud Systems", (2018, 6), (2021, 12), layout="inline",
             bullets=["Built Python data services and a Redis caching layer."]),
        ("h", "Education"),
        role("B.S. Computer Science", "Oregon State University", 2014, 2018, kind="edu", style="year"),
        ("h", "Skills"),
        ("p", "Python, Django, PostgreSQL, Docker, Redis, AWS"),
    ]
    case(f"inv_g1_backend_{slug}", "docx", "en", {"blocks": blocks},
         E(nm, ["dk.dev@example.com"], ["+15035550101"],
           ["python", "django", "postgresql", "docker", "redis", "aws"], prot, [blocks]),
         tags=["invariance", "protected-header", "education-dates"], group="G1", job=JOB1)

JOB2 = {"job_id": "J-2", "title": "Staff Accountant",
        "required_skills": ["xero", "reconciliation", "excel"], "nice_to_have": ["ifrs", "myob"],
        "min_years": "3"}
for slug, with_personal in [("a", True), ("b", False)]:
    blocks = []
    if with_personal:
        blocks.append(("photo",))
    blocks += [
        ("name", "Olivia Bennett"),
        ("line", "Accountant · Sydney NSW 2000 · 0491 570 156 · olivia.bennett@example.com.au"),
        ("h", "Experience"),
        role("Accountant", "Bondi Advisory Pty Ltd", (2017, 2), None, layout="inline",
             bullets=["Manage the books of 25 small-business clients in Xero and MYOB.",
                      "Prepare year-end accounts under IFRS."]),
        role("Accounts Assistant", "Harbour Books", (2014, 2), (2017, 1), layout="inline",
             bullets=["Processed accounts payable and bank reconciliation for 40 entities."]),
        ("h", "Education"),
        role("Bachelor of Commerce (Accounting)", "Macquarie University", 2010, 2013, kind="edu",
             style="year"),
        ("h", "Skills"),
        ("p", "Xero · MYOB · reconciliation · accounts payable · Excel · IFRS"),
    ]
    if with_personal:
        blocks += [("h", "Personal"), ("p", "Date of birth: 12/08/1979")]
    case(f"inv_g2_accountant_{slug}", "pdf", "en", {"blocks": blocks, "photo_variant": 2},
         E("Olivia Bennett", ["olivia.bennett@example.com.au"], ["+61491570156"],
           ["xero", "myob", "reconciliation", "accounts payable", "excel", "ifrs"],
           ["photo", "birth_date"] if with_personal else [], [blocks]),
         tags=["invariance", "finance", "non-software", "phone-local-australia", "education-dates"]
         + (["photo-embedded", "protected-closing"] if with_personal else []),
         group="G2", job=JOB2)

JOB3 = {"job_id": "J-3", "title": "Technical Recruiter",
        "required_skills": ["recruiting", "greenhouse", "sourcing"],
        "nice_to_have": ["workday", "linkedin recruiter"], "min_years": "4"}
for slug, nm, line, prot in [
    ("a", "Michael Brown", "Gender: Male | Age: 52", ["gender", "age"]),
    ("b", "Aisha Brown", "Gender: Female | Age: 31", ["gender", "age"]),
]:
    blocks = [
        ("name", nm),
        ("line", "Technical Recruiter | Phoenix, AZ | 602-555-0114 | recruiter.brown@example.com"),
        ("line", line),
        ("h", "EXPERIENCE"),
        role("Technical Recruiter", "Camelback Tech", (2020, 3), None, layout="inline",
             bullets=["Full-cycle recruiting for engineering roles; 60 hires per year.",
                      "Sourcing through LinkedIn Recruiter; pipeline tracked in Greenhouse."]),
        role("Recruiting Coordinator", "Saguaro Staffing", (2017, 3), (2020, 2), layout="inline",
             bullets=["Scheduled interviews and ran onboarding for new hires in Workday."]),
        ("h", "SKILLS"),
        ("p", "Greenhouse, Workday, LinkedIn Recruiter, recruiting, sourcing, onboarding"),
    ]
    case(f"inv_g3_recruiter_{slug}", "txt", "en", {"blocks": blocks, "underline": True},
         E(nm, ["recruiter.brown@example.com"], ["+16025550114"],
           ["greenhouse", "workday", "linkedin recruiter", "recruiting", "sourcing", "onboarding"],
           prot, [blocks]),
         tags=["invariance", "hr", "non-software", "protected-header"], group="G3", job=JOB3)

JOB4 = {"job_id": "J-4", "title": "Data Analyst",
        "required_skills": ["sql", "python", "tableau"], "nice_to_have": ["r", "power bi"],
        "min_years": "3"}
for slug, line, prot in [
    ("a", "*Nationality: Nigerian · Marital status: Single · Religion: Muslim*",
     ["nationality", "marital_status", "religion"]),
    ("b", "*Nationality: American · Age: 47*", ["nationality", "age"]),
]:
    blocks = [
        ("name", "Sam Taylor"),
        ("line", "Senior Data Analyst · New York, NY · (212) 555-0187 · sam.taylor.data@example.com"),
        ("line", line),
        ("h", "Experience"),
        role("Senior Data Analyst", "Empire Metrics", (2022, 9), None, layout="md_em",
             bullets=["Run A/B testing analysis for a subscription product.",
                      "Built churn models with pandas and scikit-learn."]),
        role("Data Analyst", "Hudson Insights", (2019, 9), (2022, 8), layout="md_em",
             bullets=["Maintained Tableau and Power BI dashboards fed by SQL and Google Analytics."]),
        ("h", "Skills"),
        ("ul", ["SQL, Python (pandas, scikit-learn), R", "Tableau, Power BI, Google Analytics",
                "A/B testing"]),
    ]
    case(f"inv_g4_analyst_{slug}", "md", "en", {"blocks": blocks},
         E("Sam Taylor", ["sam.taylor.data@example.com"], ["+12125550187"],
           ["sql", "python", "pandas", "scikit-learn", "r", "tableau", "power bi", "google analytics",
            "a/b testing"], prot, [blocks]),
         tags=["invariance", "data", "r-language", "md-emphasis-dates", "protected-header"],
         group="G4", job=JOB4)

JOB9 = {"job_id": "J-9", "title": "Civil Project Engineer",
        "required_skills": ["autocad", "civil 3d", "project management"],
        "nice_to_have": ["primavera p6", "revit"], "min_years": "5"}
for slug, nm, personal in [("a", "Arjun Patel", True), ("b", "Ethan Miller", False)]:
    side = []
    if personal:
        side.append(("p", "[Photo]"))
    side += [
        ("h", "CONTACT"), ("p", "Calgary, AB, Canada"), ("p", "403-555-0129"),
        ("p", "civil.pm@example.ca"),
        ("h", "SKILLS"),
        ("ul", ["AutoCAD", "Civil 3D", "Revit", "MATLAB", "Primavera P6", "Project management"]),
    ]
    if personal:
        side += [("h", "PERSONAL"), ("p", "Religion: Hindu")]
    blocks = [
        ("name", nm), ("line", "Project Engineer (P.Eng.)"),
        ("h", "EXPERIENCE"),
        role("Project Engineer", "Foothills Infrastructure", (2016, 5), None, layout="ownline",
             bullets=["Deliver municipal road and drainage projects up to $30M.",
                      "Prepare Civil 3D design packages and Primavera P6 schedules."]),
        role("Junior Civil Engineer", "Bow River Consulting", (2012, 5), (2016, 4), layout="ownline",
             bullets=["Drafted grading plans in AutoCAD; hydraulic checks in MATLAB."]),
        ("h", "EDUCATION"),
        role("B.Sc. Civil Engineering", "University of Calgary", 2008, 2012, kind="edu", style="year",
             layout="ownline"),
    ]
    case(f"inv_g9_civil_{slug}", "pdf", "en", {"blocks": blocks, "sidebar": side, "page": "letter"},
         E(nm, ["civil.pm@example.ca"], ["+14035550129"],
           ["autocad", "civil 3d", "revit", "matlab", "primavera p6", "project management"],
           ["photo", "religion"] if personal else [], [blocks]),
         tags=["invariance", "two-column", "sidebar-skills", "engineering", "non-software",
               "education-dates"] + (["photo-marker"] if personal else []),
         group="G9", job=JOB9)

# ============================ CHINESE =====================================

# Z1 个人简历 headline, personal-info table (PDF)
blocks = [
    ("headline", "个人简历"),
    ("name", "王芳"),
    ("line", "求职意向：财务主管 | 期望地点：上海"),
    ("h", "个人信息"),
    ("table", [["性别", "女", "出生年月", "1990年5月"], ["民族", "汉族", "籍贯", "江苏南京"],
               ["政治面貌", "中共党员", "婚姻状况", "已婚"],
               ["手机", "139 1234 5678", "邮箱", "wangfang@example.cn"]], {"bold_first_col": True}),
    ("h", "工作经历"),
    role("财务主管", "上海华信贸易有限公司", (2017, 7), None, style="cn", layout="datesfirst",
         bullets=["负责月度结账与财务分析，管理4人团队。", "主导用友U8系统升级，月结周期由7天缩短至4天。"]),
    role("审计助理", "立信达会计师事务所上海分所", (2013, 7), (2017, 6), style="cn", layout="datesfirst",
         bullets=["参与20余家制造业企业年报项目，负责函证与底稿编制。"]),
    ("h", "实习经历"),
    role("财务实习生", "上海浦江银行徐汇支行", (2012, 7), (2012, 9), kind="intern", style="cn",
         layout="datesfirst"),
    ("h", "教育背景"),
    role("会计学 本科", "上海财经大学", (2009, 9), (2013, 6), kind="edu", style="cn", layout="datesfirst"),
    ("h", "专业技能"),
    ("ul", ["熟练使用用友U8、SAP、Excel、VBA", "财务分析、成本核算、财务报表编制"]),
]
case("zh_pdf_headline_info_table", "pdf", "zh", {"blocks": blocks},
     E("王芳", ["wangfang@example.cn"], ["+8613912345678"],
       ["yonyou", "sap", "excel", "vba", "financial analysis", "cost accounting", "financial reporting"],
       ["gender", "birth_date", "ethnicity", "native_place", "political_affiliation", "marital_status"],
       [blocks]),
     tags=["headline-first", "zh-personal-info", "protected-table", "internship", "date-style-cn",
           "finance", "non-software", "two-char-name", "education-dates"],
     notes="用友U8 labelled 'yonyou'; 财务报表编制 labelled 'financial reporting'.")

# Z2 two-column, compound surname (PDF)
side = [
    ("h", "联系方式"), ("p", "电话：+86 136 1234 5678"), ("p", "邮箱：oyxf@example.com"),
    ("p", "现居：深圳南山"),
    ("h", "基本信息"), ("p", "性别：男"), ("p", "年龄：33岁"),
    ("h", "专业技能"), ("ul", ["JavaScript / TypeScript", "Vue、React", "微信小程序", "Webpack、Vite",
                            "Node.js"]),
]
blocks = [
    ("name", "欧阳晓峰"), ("line", "高级前端工程师"),
    ("h", "工作经历"),
    role("高级前端工程师", "深圳星海网络科技有限公司", (2020, 1), None, style="dot", present="至今",
         layout="inline",
         bullets=["负责电商中台前端架构，使用 Vue 3 与 TypeScript 重构核心页面，首屏时间降低45%。",
                  "搭建组件库与前端监控平台。"]),
    role("前端工程师", "深圳腾云科技有限公司", (2016, 7), (2019, 12), style="dot", layout="inline",
         bullets=["开发微信小程序与 React 管理后台。"]),
    ("h", "教育背景"),
    role("软件工程 本科", "华南理工大学", (2012, 9), (2016, 6), kind="edu", style="dot", layout="inline"),
]
case("zh_pdf_twocol_compound", "pdf", "zh", {"blocks": blocks, "sidebar": side},
     E("欧阳晓峰", ["oyxf@example.com"], ["+8613612345678"],
       ["javascript", "typescript", "vue", "react", "wechat mini program", "webpack", "vite", "node.js"],
       ["gender", "age"], [blocks]),
     tags=["two-column", "sidebar-contact", "sidebar-skills", "compound-surname", "four-char-name",
           "date-style-dot", "protected-sidebar", "education-dates"])

# Z3 embedded photo, height/weight, health (PDF)
blocks = [
    ("photo",),
    ("name", "李娜"),
    ("line", "人力资源经理"),
    ("h", "基本信息"),
    ("p", "性别：女　　出生日期：1989-11　　身高：165cm　　体重：52kg"),
    ("p", "健康状况：良好　　现居：北京朝阳区"),
    ("p", "手机：186 0101 2345　　座机：010-6552 9988　　邮箱：lina.hr@example.cn"),
    ("h", "工作经历"),
    role("人力资源经理", "北京中科智联科技有限公司", (2021, 9), None, style="cn", present="今",
         layout="datesfirst", bullets=["搭建公司招聘体系，年招聘200余人；推行季度绩效管理。"]),
    role("HR主管", "北京京华集团", (2018, 3), (2021, 8), style="cn", layout="datesfirst",
         bullets=["负责员工关系与劳动合同管理，引入 Workday 系统。"]),
    role("招聘专员", "北京博远咨询有限公司", (2015, 3), (2018, 2), style="cn", layout="datesfirst",
         bullets=["负责校园招聘与社会招聘。"]),
    ("h", "教育背景"),
    role("人力资源管理 本科", "首都经济贸易大学", (2011, 9), (2015, 6), kind="edu", style="cn",
         layout="datesfirst"),
    ("h", "专业技能"),
    ("ul", ["招聘、绩效管理、员工关系", "Workday、Excel"]),
]
case("zh_pdf_photo_hr", "pdf", "zh", {"blocks": blocks, "photo_variant": 1},
     E("李娜", ["lina.hr@example.cn"], ["+8618601012345", "+861065529988"],
       ["recruiting", "performance management", "employee relations", "workday", "excel"],
       ["photo", "gender", "birth_date", "height_weight", "health"], [blocks]),
     tags=["photo-embedded", "zh-personal-info", "hr", "non-software", "present-jin", "landline",
           "two-phones", "two-char-name", "education-dates"])

# Z4 hidden invisible text (PDF)
blocks = [
    ("name", "赵磊"),
    ("line", "Java 高级工程师 | 男 | 杭州"),
    ("line", "电话：138 1234 5678 | 邮箱：zhaolei@example.com"),
    ("h", "工作经历"),
    role("高级Java工程师", "杭州云栖数智科技有限公司", (2020, 7), None, style="dot", layout="inline",
         bullets=["负责订单系统重构（Spring Boot、MySQL、Redis），支撑大促峰值每秒3万单。",
                  "引入 Kafka 异步消息，接口平均延迟降低60%。"]),
    ("hidden", "invisible", "2005.01 - 2017.06 阿里巴巴 资深架构师；15年工作经验；精通 Kubernetes、Go、Rust、区块链"),
    role("Java开发工程师", "杭州恒达软件有限公司", (2017, 7), (2020, 6), style="dot", layout="inline",
         bullets=["参与仓储系统后端开发，使用 Docker 部署测试环境。"]),
    ("h", "教育背景"),
    role("计算机科学与技术 本科", "浙江工业大学", (2013, 9), (2017, 6), kind="edu", style="dot",
         layout="inline"),
    ("h", "专业技能"),
    ("p", "熟悉 Java、Spring Boot、MySQL、Redis、Kafka、Docker"),
]
case("zh_pdf_hidden_invisible", "pdf", "zh", {"blocks": blocks},
     E("赵磊", ["zhaolei@example.com"], ["+8613812345678"],
       ["java", "spring boot", "mysql", "redis", "kafka", "docker"], ["gender"], [blocks]),
     tags=["hidden-text", "hidden-render-mode-3", "date-style-dot", "protected-header",
           "two-char-name", "education-dates"],
     notes="Invisible text claims 阿里巴巴 架构师 2005.01–2017.06, '15年工作经验', Kubernetes/Go/Rust/区块链.")

# Z5 military service (PDF)
blocks = [
    ("name", "张伟"),
    ("line", "高级机械工程师"),
    ("line", "手机：135 0800 1234 ｜ 邮箱：zhangwei.me@example.com ｜ 成都"),
    ("h", "个人信息"),
    ("p", "民族：汉族　政治面貌：中共党员"),
    ("h", "工作经历"),
    role("高级机械工程师", "成都天府智造装备有限公司", (2019, 4), None, style="dot", layout="inline",
         bullets=["负责数控机床结构设计，使用 SolidWorks 建模，ANSYS 有限元分析。"]),
    role("机械设计工程师", "成都红光机械厂", (2015, 7), (2019, 3), style="dot", layout="inline",
         bullets=["使用 AutoCAD 绘制零件图与装配图；用 MATLAB 编写计算程序。"]),
    ("h", "服役经历"),
    role("士兵", "中国人民解放军某部", (2008, 12), (2010, 12), kind="military", style="dot",
         layout="inline"),
    ("h", "教育背景"),
    role("机械设计制造及其自动化 本科", "四川大学", (2011, 9), (2015, 6), kind="edu", style="dot",
         layout="inline"),
    ("h", "专业技能"),
    ("p", "AutoCAD、SolidWorks、ANSYS、MATLAB、有限元分析、GD&T"),
]
case("zh_pdf_military", "pdf", "zh", {"blocks": blocks},
     E("张伟", ["zhangwei.me@example.com"], ["+8613508001234"],
       ["autocad", "solidworks", "ansys", "matlab", "finite element analysis", "gd&t"],
       ["ethnicity", "political_affiliation"], [blocks]),
     tags=["military", "engineering", "non-software", "zh-personal-info", "date-style-dot",
           "two-char-name", "education-dates"])

# Z6 overlapping freelance (PDF)
blocks = [
    ("name", "陈思远"),
    ("line", "设计主管 · 广州 · 159 8888 0001 · chensy@example.com"),
    ("h", "工作经历"),
    role("设计主管", "广州木棉品牌管理有限公司", (2021, 1), None, style="dot", layout="datesfirst",
         bullets=["带领6人设计团队，负责品牌视觉系统与包装设计。"]),
    role("自由插画师（自由职业）", "", (2017, 3), (2020, 12), style="dot", layout="datesfirst",
         bullets=["为出版社与游戏公司绘制插画，使用 Procreate 与 Photoshop。"]),
    role("平面设计师", "广州星火广告有限公司", (2014, 9), (2018, 8), style="dot", layout="datesfirst",
         bullets=["完成海报、画册等平面设计，使用 Illustrator、CorelDRAW。"]),
    ("h", "教育背景"),
    role("视觉传达设计 本科", "广州美术学院", (2010, 9), (2014, 6), kind="edu", style="dot",
         layout="datesfirst"),
    ("h", "专业技能"),
    ("p", "Photoshop、Illustrator、CorelDRAW、Figma、Procreate；品牌设计、包装设计、插画"),
]
case("zh_pdf_overlap_freelance", "pdf", "zh", {"blocks": blocks},
     E("陈思远", ["chensy@example.com"], ["+8615988880001"],
       ["photoshop", "illustrator", "coreldraw", "figma", "procreate", "brand design",
        "packaging design", "illustration", "graphic design"], [], [blocks]),
     tags=["overlap", "freelance", "design", "date-style-dot", "education-dates"],
     notes="Freelance 2017.03–2020.12 overlaps the agency job 2014.09–2018.08.")

# Z7 graduate: internships + volunteering (PDF)
blocks = [
    ("name", "刘洋"),
    ("line", "数据分析师 | 出生年月：2000.04 | 政治面貌：共青团员"),
    ("line", "电话：187 0000 1122　邮箱：liuyang2000@example.cn　现居：南京"),
    ("h", "工作经历"),
    role("数据分析师", "南京紫金基金管理有限公司", (2023, 7), None, style="dot", layout="inline",
         bullets=["搭建基金销售数据看板（Tableau），编写 SQL 与 Python 自动化报表。"]),
    ("h", "实习经历"),
    role("数据分析实习生", "金陵证券股份有限公司", (2022, 6), (2022, 8), kind="intern", style="dot",
         layout="inline"),
    role("柜员实习生", "秦淮农村商业银行", (2021, 7), (2021, 9), kind="intern", style="dot",
         layout="inline"),
    ("h", "校园经历"),
    role("志愿者", "南京大学青年志愿者协会", (2019, 9), (2020, 6), kind="volunteer", style="dot",
         layout="inline"),
    ("h", "教育背景"),
    role("统计学 本科", "南京大学", (2019, 9), (2023, 6), kind="edu", style="dot", layout="inline"),
    ("h", "专业技能"),
    ("p", "Python（pandas、scikit-learn）、SQL、Tableau；数据分析、机器学习"),
]
case("zh_pdf_grad_internships", "pdf", "zh", {"blocks": blocks},
     E("刘洋", ["liuyang2000@example.cn"], ["+8618700001122"],
       ["python", "pandas", "scikit-learn", "sql", "tableau", "data analysis", "machine learning"],
       ["birth_date", "political_affiliation"], [blocks]),
     tags=["internship", "volunteering", "early-career", "data", "protected-header",
           "date-style-dot", "two-char-name", "education-dates"])

# Z8 career break (PDF)
blocks = [
    ("name", "孙丽华"),
    ("line", "市场经理"),
    ("line", "手机：151 2727 0000　邮箱：sunlihua@example.com　现居：武汉"),
    ("h", "工作经历"),
    role("市场经理", "武汉光谷文旅集团", (2019, 1), None, style="cn", layout="datesfirst",
         bullets=["负责线上推广（SEO/SEM），年获客成本下降30%。"]),
    role("职业空窗期（全职照顾家庭）", "", (2017, 1), (2018, 12), kind="break", style="cn",
         layout="datesfirst"),
    role("市场专员", "武汉楚天传媒有限公司", (2012, 3), (2016, 12), style="cn", layout="datesfirst",
         bullets=["组织市场调研，撰写竞品分析报告。"]),
    ("h", "教育背景"),
    role("市场营销 本科", "武汉大学", (2008, 9), (2012, 6), kind="edu", style="cn", layout="datesfirst"),
    ("h", "专业技能"),
    ("p", "SEO、SEM、市场调研、竞品分析、数据分析、Excel、Photoshop"),
    ("h", "其他"),
    ("p", "年龄：36岁　婚姻状况：已婚"),
]
case("zh_pdf_career_break", "pdf", "zh", {"blocks": blocks},
     E("孙丽华", ["sunlihua@example.com"], ["+8615127270000"],
       ["seo", "sem", "market research", "competitive analysis", "data analysis", "excel", "photoshop"],
       ["age", "marital_status"], [blocks]),
     tags=["career-break", "marketing", "non-software", "date-style-cn", "protected-closing",
           "education-dates"])

# Z9 scanned (PDF, image only)
case("zh_pdf_scanned_notext", "pdf", "zh",
     {"scanned": scanned_page_jpeg([14, 22, 0, 6, 30, 28, 30, 0, 6, 26, 24, 0, 6, 32, 18],
                                   cjk_like=True)},
     {"no_text": True}, tags=["no-text", "scanned-image"],
     notes="Page is a single JPEG image (glyph-like strokes laid out as a Chinese resume); no text layer.")

# Z10 year-only dates, compound surname (PDF)
blocks = [
    ("name", "司马婉清"),
    ("line", "项目工程师（土木）｜ 西安 ｜ 029-8888 1234 ｜ simawq@example.cn"),
    ("h", "工作经历"),
    role("项目工程师", "中建西北建设有限公司", 2015, None, style="year", present="至今", sep=" - ",
         layout="datesfirst",
         bullets=["负责地铁站房项目施工管理与BIM协同，使用 Revit 建模、广联达算量。"]),
    role("助理工程师", "西安建筑设计研究院", 2010, 2014, style="year", sep=" - ", layout="datesfirst",
         bullets=["使用 AutoCAD 完成结构施工图绘制。"]),
    ("h", "教育背景"),
    role("土木工程 本科", "西安建筑科技大学", 2006, 2010, kind="edu", style="year", sep=" - ",
         layout="datesfirst"),
    ("h", "专业技能"),
    ("p", "AutoCAD、Revit、广联达、BIM、项目管理、施工管理"),
    ("h", "个人信息"),
    ("p", "籍贯：陕西西安"),
]
case("zh_pdf_year_only_compound", "pdf", "zh", {"blocks": blocks},
     E("司马婉清", ["simawq@example.cn"], ["+862988881234"],
       ["autocad", "revit", "glodon", "bim", "project management", "construction management"],
       ["native_place"], [blocks]),
     tags=["date-style-year-only", "compound-surname", "four-char-name", "engineering",
           "non-software", "landline", "protected-closing", "education-dates"],
     notes="'2015 - 至今' = Jan 2015 – Nov 2026; '2010 - 2014' = Jan 2010 – Dec 2014. 广联达 → 'glodon'.")

# Z11 name in a form-style DOCX table with 照片 cell
blocks = [
    ("headline", "个 人 简 历"),
    ("table", [["姓名", "黄嘉怡", "性别", "女", ""], ["出生年月", "1988.02", "民族", "汉族", ""],
               ["籍贯", "广东佛山", "政治面貌", "中共党员", ""],
               ["电话", "137 2345 6789", "邮箱", "huangjy@example.com", ""]],
     {"merge": [(0, 4, 3, 4, "照片")]}),
    ("h", "求职意向"),
    ("p", "大区销售经理"),
    ("h", "工作经历"),
    role("大区销售经理", "广东美域家电有限公司", (2015, 6), None, style="dot", layout="datesfirst",
         bullets=["管理华南区12名销售，年销售额2.3亿元。", "使用 Salesforce 管理客户与商机。"]),
    role("销售代表", "佛山顺德家电贸易有限公司", (2011, 6), (2015, 5), style="dot", layout="datesfirst",
         bullets=["开发经销商40余家。"]),
    ("h", "教育背景"),
    role("市场营销 大专", "广东轻工职业技术学院", (2008, 9), (2011, 6), kind="edu", style="dot",
         layout="datesfirst"),
    ("h", "专业技能"),
    ("p", "客户关系管理（Salesforce）、商务谈判、Excel、PowerPoint"),
]
case("zh_docx_name_in_form_table", "docx", "zh", {"blocks": blocks},
     E("黄嘉怡", ["huangjy@example.com"], ["+8613723456789"],
       ["crm", "salesforce", "negotiation", "excel", "powerpoint"],
       ["gender", "birth_date", "ethnicity", "native_place", "political_affiliation", "photo"],
       [blocks]),
     tags=["headline-first", "name-in-table", "contact-table", "protected-table", "photo-marker",
           "zh-personal-info", "sales", "non-software", "education-dates"],
     notes="The merged cell reading '照片' is a photo placeholder marker. 客户关系管理 labelled 'crm'.")

# Z12 name in DOCX header (DOCX)
blocks = [
    ("h", "个人总结"),
    ("p", "十年软件测试经验，擅长自动化测试与性能测试。"),
    ("h", "工作经历"),
    role("测试经理", "苏州云帆软件有限公司", (2019, 7), None, style="cn", layout="datesfirst",
         bullets=["搭建基于 Selenium 与 Jenkins 的自动化测试平台。"]),
    role("测试工程师", "苏州金鸡湖信息技术有限公司", (2016, 7), (2019, 6), style="cn",
         layout="datesfirst", bullets=["使用 JMeter 进行性能测试，使用 Jira 管理缺陷。"]),
    ("h", "教育背景"),
    role("软件工程 本科", "苏州大学", (2012, 9), (2016, 6), kind="edu", style="cn", layout="datesfirst"),
    ("h", "专业技能"),
    ("p", "Python、Selenium、JMeter、Jenkins、Jira、自动化测试、性能测试"),
]
case("zh_docx_header_name", "docx", "zh",
     {"blocks": blocks, "header": "周子豪 ｜ 测试经理 ｜ 177 5120 0000 ｜ zhouzh@example.com",
      "heading": "bold"},
     E("周子豪", ["zhouzh@example.com"], ["+8617751200000"],
       ["python", "selenium", "jmeter", "jenkins", "jira", "test automation", "performance testing"],
       [], [blocks]),
     tags=["name-in-header", "contact-in-header", "qa", "date-style-cn", "education-dates"])

# Z13 embedded photo (DOCX)
blocks = [
    ("photo",),
    ("name", "吴静"),
    ("line", "运营经理"),
    ("line", "性别：女 | 年龄：30 | 婚姻状况：未婚"),
    ("line", "手机：180 5700 1234 | 邮箱：wujing@example.com | 现居：杭州"),
    ("h", "工作经历"),
    role("运营经理", "杭州西溪电子商务有限公司", (2020, 3), None, style="dot", layout="inline",
         bullets=["负责会员增长，GMV同比增长35%。", "用 SQL 和 Excel 搭建运营数据周报。"]),
    role("运营专员", "杭州钱塘网络科技有限公司", (2018, 3), (2020, 2), style="dot", layout="inline",
         bullets=["负责社群日常维护与活动执行。"]),
    ("h", "专业技能"),
    ("p", "SQL、Excel、数据分析、用户增长"),
]
case("zh_docx_photo", "docx", "zh", {"blocks": blocks, "photo_variant": 2},
     E("吴静", ["wujing@example.com"], ["+8618057001234"],
       ["sql", "excel", "data analysis", "user growth"],
       ["photo", "gender", "age", "marital_status"], [blocks]),
     tags=["photo-embedded", "protected-header", "operations", "date-style-dot", "two-char-name"])

# Z14 hidden 1-pt text (DOCX)
blocks = [
    ("name", "郑凯文"),
    ("line", "高级数据工程师｜北京｜152 1000 8888｜zhengkw@example.com"),
    ("h", "工作经历"),
    role("高级数据工程师", "北京数智未来科技有限公司", (2022, 7), None, style="dot", layout="inline",
         bullets=["负责实时数据平台建设（Flink、Kafka、Hive）。"]),
    ("hidden", "tiny", "2007.01 - 2019.06 百度 高级架构师。12年工作经验。精通 TensorFlow、PyTorch、Kubernetes、Golang。"),
    role("数据开发工程师", "北京快数科技有限公司", (2019, 7), (2022, 6), style="dot", layout="inline",
         bullets=["使用 Spark 与 Hadoop 开发离线 ETL 任务。"]),
    ("h", "专业技能"),
    ("p", "Hadoop、Spark、Hive、Flink、Kafka、Python、SQL、ETL"),
]
case("zh_docx_hidden_tiny", "docx", "zh", {"blocks": blocks},
     E("郑凯文", ["zhengkw@example.com"], ["+8615210008888"],
       ["hadoop", "spark", "hive", "flink", "kafka", "python", "sql", "etl"], [], [blocks]),
     tags=["hidden-text", "hidden-1pt", "data", "date-style-dot"],
     notes="A 1-pt run claims 百度 高级架构师 2007.01–2019.06, '12年工作经验', TensorFlow/PyTorch/Kubernetes/Golang.")

# Z15 contact table, compound surname (DOCX)
blocks = [
    ("name", "慕容雪"),
    ("line", "法务经理"),
    ("table", [["手机", "150 2222 3333"], ["座机", "022-2345 6789"], ["邮箱", "murongxue@example.cn"],
               ["地址", "天津市和平区"]], {"bold_first_col": True}),
    ("h", "工作经历"),
    role("法务经理", "天津海河实业集团", (2016, 9), None, style="dot", layout="inline",
         bullets=["负责合同审查与合规管理，处理劳动争议及商事诉讼案件。"]),
    role("律师助理", "天津津门律师事务所", (2012, 9), (2016, 8), style="dot", layout="inline",
         bullets=["协助律师进行尽职调查与诉讼文书起草。"]),
    ("h", "教育背景"),
    role("法学 硕士", "南开大学", (2010, 9), (2012, 6), kind="edu", style="dot", layout="inline"),
    ("h", "专业技能"),
    ("p", "合同审查、诉讼、尽职调查、合规管理、Word、Excel"),
    ("h", "个人信息"),
    ("p", "婚姻状况：已婚"),
]
case("zh_docx_contact_table", "docx", "zh", {"blocks": blocks},
     E("慕容雪", ["murongxue@example.cn"], ["+8615022223333", "+862223456789"],
       ["contract review", "litigation", "due diligence", "compliance", "word", "excel"],
       ["marital_status"], [blocks]),
     tags=["contact-table", "compound-surname", "legal", "non-software", "landline", "two-phones",
           "protected-closing", "education-dates"])

# Z16 internship, volunteering, gap (DOCX)
blocks = [
    ("name", "林一"),
    ("line", "采购主管｜宁波｜139 5742 0000｜linyi@example.com"),
    ("h", "工作经历"),
    role("采购主管", "宁波港城制造有限公司", (2021, 5), None, style="dot", layout="inline",
         bullets=["负责年采购额8000万元的供应商管理与商务谈判。"]),
    role("个人休整（游学）", "", (2020, 11), (2021, 4), kind="break", style="dot", layout="inline"),
    role("采购专员", "宁波甬江贸易有限公司", (2017, 7), (2020, 10), style="dot", layout="inline",
         bullets=["在 SAP 与金蝶系统中维护采购订单。"]),
    ("h", "实习经历"),
    role("采购实习生", "宁波甬江贸易有限公司", (2017, 3), (2017, 6), kind="intern", style="dot",
         layout="inline"),
    ("h", "志愿服务"),
    role("志愿者", "宁波市图书馆", 2018, 2019, kind="volunteer", style="year", sep=" - ", layout="inline"),
    ("h", "教育背景"),
    role("物流管理 本科", "宁波大学", (2013, 9), (2017, 6), kind="edu", style="dot", layout="inline"),
    ("h", "专业技能"),
    ("p", "SAP、金蝶、Excel、供应商管理、商务谈判"),
    ("h", "个人信息"),
    ("p", "身高：180cm　健康状况：良好"),
]
case("zh_docx_intern_volunteer_gap", "docx", "zh", {"blocks": blocks, "heading": "bold"},
     E("林一", ["linyi@example.com"], ["+8613957420000"],
       ["sap", "kingdee", "excel", "supplier management", "negotiation"],
       ["height_weight", "health"], [blocks]),
     tags=["internship", "volunteering", "career-break", "procurement", "non-software",
           "two-char-name", "protected-closing", "education-dates"],
     notes="金蝶 labelled 'kingdee'.")

# Z17 skills in a table (DOCX)
blocks = [
    ("name", "马骁"),
    ("line", "信息安全专家"),
    ("line", "手机：158 1111 2222｜邮箱：maxiao@example.com｜现居：北京"),
    ("line", "民族：回族｜出生年月：1991年8月"),
    ("h", "工作经历"),
    role("信息安全专家", "北京长安网安科技有限公司", (2019, 1), None, style="cn", layout="datesfirst",
         bullets=["负责渗透测试与安全运营，基于 Splunk 搭建告警平台。"]),
    role("安全工程师", "北京启明信息技术有限公司", (2015, 7), (2018, 12), style="cn",
         layout="datesfirst", bullets=["使用 Wireshark、Nmap 进行流量与端口分析。"]),
    ("h", "专业技能"),
    ("table", [["类别", "技能"], ["安全工具", "Splunk、Wireshark、Burp Suite、Nmap"],
               ["编程", "Python、Shell"], ["方向", "渗透测试、安全运营、应急响应"]],
     {"bold_first_col": True}),
]
case("zh_docx_skills_table", "docx", "zh", {"blocks": blocks},
     E("马骁", ["maxiao@example.com"], ["+8615811112222"],
       ["splunk", "wireshark", "burp suite", "nmap", "python", "shell", "penetration testing",
        "security operations", "incident response"], ["ethnicity", "birth_date"], [blocks]),
     tags=["skills-table", "security", "date-style-cn", "protected-header", "two-char-name"])

# Z18 dates on own line, four-char compound name (DOCX)
blocks = [
    ("name", "诸葛明远"),
    ("line", "嵌入式软件工程师"),
    ("line", "电话：186 5310 0000　邮箱：zhuge.my@example.com　现居：济南"),
    ("h", "工作经历"),
    role("嵌入式软件专家", "济南浪涛电子有限公司", (2021, 8), None, style="cn", layout="ownline",
         bullets=["基于 STM32 与 FreeRTOS 开发电机控制固件。"]),
    role("嵌入式软件工程师", "青岛海信达通信有限公司", (2019, 3), (2021, 7), style="cn",
         layout="ownline", bullets=["在嵌入式 Linux 平台上开发驱动（C、C++）。"]),
    role("嵌入式软件工程师", "济南齐鲁仪表有限公司", (2014, 3), (2019, 2), style="cn",
         layout="ownline", bullets=["负责仪表固件开发。"]),
    ("h", "教育背景"),
    role("电子信息工程 本科", "山东大学", (2009, 9), (2013, 6), kind="edu", style="cn", layout="ownline"),
    ("h", "专业技能"),
    ("p", "C、C++、Linux、STM32、FreeRTOS、嵌入式开发"),
    ("h", "个人信息"),
    ("p", "籍贯：山东临沂　政治面貌：群众"),
]
case("zh_docx_dates_ownline", "docx", "zh", {"blocks": blocks},
     E("诸葛明远", ["zhuge.my@example.com"], ["+8618653100000"],
       ["c", "c++", "linux", "stm32", "freertos", "embedded development"],
       ["native_place", "political_affiliation"], [blocks]),
     tags=["dates-own-line", "date-style-cn", "compound-surname", "four-char-name", "embedded",
           "protected-closing", "education-dates"],
     notes="政治面貌：群众 is still a political-affiliation disclosure.")

# Z19 basic TXT
blocks = [
    ("name", "李强"),
    ("line", "性别：男 | 年龄：35岁 | 籍贯：湖南长沙"),
    ("line", "电话：138 2888 6666 | 邮箱：liqiang.fin@example.com | 现居：深圳福田"),
    ("line", "求职意向：财务经理"),
    ("h", "【工作经历】"),
    role("财务经理", "深圳鹏程供应链有限公司", (2016, 7), None, style="dot", layout="datesfirst",
         bullets=["负责总账、应付账款、应收账款管理及月度结账。", "主导 SAP 财务模块上线。"]),
    role("审计员", "长沙湘江会计师事务所", (2012, 7), (2016, 6), style="dot", layout="datesfirst",
         bullets=["负责企业年报项目底稿编制。"]),
    ("h", "【教育背景】"),
    role("会计学 本科", "湖南大学", (2008, 9), (2012, 6), kind="edu", style="dot", layout="datesfirst"),
    ("h", "【专业技能】"),
    ("p", "总账、应付账款、应收账款、SAP、Excel、财务分析"),
]
case("zh_txt_basic_finance", "txt", "zh", {"blocks": blocks},
     E("李强", ["liqiang.fin@example.com"], ["+8613828886666"],
       ["general ledger", "accounts payable", "accounts receivable", "sap", "excel",
        "financial analysis"], ["gender", "age", "native_place"], [blocks]),
     tags=["finance", "non-software", "protected-header", "date-style-dot", "two-char-name",
           "education-dates"])

# Z20 job title above the name (TXT)
blocks = [
    ("headline", "高级产品经理"),
    ("name", "钱思琪"),
    ("line", "上海 | 136 0190 0000 | qiansiqi@example.com"),
    ("h", "工作经历"),
    role("高级产品经理", "上海漫游科技有限公司", (2022, 2), None, style="dot", present="今",
         layout="ownline", bullets=["负责出行App会员体系，使用 Axure 与 Figma 输出原型。"]),
    role("产品经理", "上海易行网络有限公司", (2018, 6), (2022, 1), style="dot", layout="ownline",
         bullets=["负责需求分析与项目管理，使用 Jira 跟踪迭代。"]),
    role("产品专员", "上海申通信息有限公司", (2015, 3), (2018, 5), style="dot", layout="ownline",
         bullets=["编写 SQL 查询支持运营分析。"]),
    ("h", "专业技能"),
    ("p", "Axure、Figma、SQL、Jira；需求分析、项目管理"),
]
case("zh_txt_title_first", "txt", "zh", {"blocks": blocks},
     E("钱思琪", ["qiansiqi@example.com"], ["+8613601900000"],
       ["axure", "figma", "sql", "jira", "requirements analysis", "project management"], [], [blocks]),
     tags=["headline-first", "title-above-name", "dates-own-line", "present-jin", "product"])

# Z21 military (TXT)
blocks = [
    ("name", "韩冬"),
    ("line", "电话：+86 177 1234 5678　邮箱：handong@example.com　现居：沈阳"),
    ("line", "政治面貌：中共党员　身高：182cm"),
    ("line", "求职意向：物业经理"),
    ("h", "工作经历"),
    role("物业经理", "沈阳盛京物业服务有限公司", (2019, 9), None, style="cn", layout="datesfirst",
         bullets=["管理3个住宅小区的物业管理与消防安全管理工作。"]),
    role("安保主管", "沈阳北方安保服务有限公司", (2015, 3), (2019, 8), style="cn", layout="datesfirst",
         bullets=["带领30人安保团队。"]),
    ("h", "服役经历"),
    role("班长", "中国人民武装警察部队", (2009, 12), (2014, 12), kind="military", style="cn",
         layout="datesfirst"),
    ("h", "专业技能"),
    ("p", "物业管理、消防安全管理、Excel、Word"),
]
case("zh_txt_military", "txt", "zh", {"blocks": blocks},
     E("韩冬", ["handong@example.com"], ["+8617712345678"],
       ["property management", "fire safety management", "excel", "word"],
       ["political_affiliation", "height_weight"], [blocks]),
     tags=["military", "facilities", "non-software", "date-style-cn", "protected-header",
           "two-char-name", "phone-intl"])

# Z22 overlapping part-time (TXT)
blocks = [
    ("name", "上官云"),
    ("line", "英日翻译主管 | 大连 | 155 0411 0000 | shangguanyun@example.com"),
    ("h", "工作经历"),
    role("翻译主管", "大连东港日企服务有限公司", (2018, 8), None, style="dot", layout="datesfirst",
         bullets=["管理5人翻译团队，统一术语库与本地化流程。"]),
    role("兼职会议口译（自由职业）", "", (2016, 1), (2020, 12), style="dot", layout="datesfirst"),
    role("专职笔译", "大连星海翻译有限公司", (2013, 9), (2018, 7), style="dot", layout="datesfirst",
         bullets=["使用 SDL Trados 与 memoQ 完成技术文档笔译。"]),
    ("h", "专业技能"),
    ("p", "SDL Trados、memoQ、笔译、口译、本地化"),
    ("h", "语言能力"),
    ("p", "英语（专业八级）、日语（N1）"),
]
case("zh_txt_overlap_parttime", "txt", "zh", {"blocks": blocks},
     E("上官云", ["shangguanyun@example.com"], ["+8615504110000"],
       ["trados", "memoq", "translation", "interpretation", "localization"], [], [blocks]),
     tags=["overlap", "part-time", "freelance", "compound-surname", "translation", "non-software",
           "date-style-dot"],
     notes="Natural languages (英语, 日语) are not skills.")

# Z23 [照片] marker, slash dates (MD)
blocks = [
    ("name", "冯宇航"),
    ("line", "[照片]"),
    ("line", "**SRE / 运维工程师** ｜ 重庆 ｜ 电话：199 2300 1234 ｜ 邮箱：fengyh@example.com"),
    ("h", "工作经历"),
    role("SRE", "重庆山城云计算有限公司", (2020, 5), None, style="slash", present="至今", sep=" – ",
         layout="ownline",
         bullets=["使用 Terraform 管理云资源，Ansible 自动化配置。",
                  "基于 Prometheus 与 Grafana 建设监控告警。"]),
    role("运维工程师", "重庆渝信网络有限公司", (2016, 7), (2020, 4), style="slash", sep=" – ",
         layout="ownline", bullets=["负责200台 Linux 服务器运维，编写 Shell 脚本。"]),
    ("h", "专业技能"),
    ("ul", ["Linux、Shell、Kubernetes、Docker", "Ansible、Terraform、Prometheus、Grafana"]),
]
case("zh_md_photo_marker", "md", "zh", {"blocks": blocks},
     E("冯宇航", ["fengyh@example.com"], ["+8619923001234"],
       ["linux", "shell", "kubernetes", "docker", "ansible", "terraform", "prometheus", "grafana"],
       ["photo"], [blocks]),
     tags=["photo-marker", "ops", "date-style-slash"])

# Z24 个人简历 headline + md table (MD)
blocks = [
    ("name", "个人简历"),
    ("line", "**姓名：** 蒋雨桐"),
    ("table", [["性别", "女", "出生年月", "1995.08"], ["民族", "汉", "籍贯", "福建泉州"],
               ["手机", "133 5920 0000", "邮箱", "jiangyt@example.com"]]),
    ("line", "现居：厦门　求职意向：高级 Android 工程师"),
    ("h", "工作经历"),
    role("高级Android工程师", "厦门鹭岛移动科技有限公司", (2021, 9), None, style="dot",
         layout="md_bold_em",
         bullets=["使用 Kotlin 与 Jetpack Compose 重构电商App，崩溃率下降70%。"]),
    role("Android工程师", "厦门海沧软件有限公司", (2018, 9), (2021, 8), style="dot",
         layout="md_bold_em", bullets=["用 Flutter 开发跨端模块，接入 Firebase 推送。"]),
    ("h", "专业技能"),
    ("p", "Kotlin、Java、Android、Jetpack Compose、Flutter、Firebase、Swift（了解）"),
]
case("zh_md_headline_table", "md", "zh", {"blocks": blocks},
     E("蒋雨桐", ["jiangyt@example.com"], ["+8613359200000"],
       ["kotlin", "java", "android", "jetpack compose", "flutter", "firebase", "swift"],
       ["gender", "birth_date", "ethnicity", "native_place"], [blocks]),
     tags=["headline-first", "name-label", "protected-table", "zh-personal-info", "mobile",
           "md-emphasis-dates", "date-style-dot"],
     notes="The H1 is '个人简历'; the name is on a '姓名：' line below it.")

# Z25 R / SAS data scientist (MD)
blocks = [
    ("name", "宇文浩"),
    ("line", "> 数据科学家 · 合肥 · 130 5510 0000 · yuwenhao@example.com"),
    ("h", "工作经历"),
    role("高级数据科学家", "合肥科大数智有限公司", (2020, 7), None, style="cn", present="今",
         layout="md_bold_em", bullets=["构建客户评分模型（scikit-learn、XGBoost）。"]),
    role("数据分析师", "安徽江淮保险股份有限公司", (2017, 3), (2020, 6), style="cn",
         layout="md_bold_em", bullets=["使用 SAS 与 R 进行统计建模。"]),
    ("h", "实习经历"),
    role("实习生", "合肥徽商银行科技部", (2016, 7), (2016, 9), kind="intern", style="cn",
         layout="md_bold_em"),
    ("h", "技能"),
    ("p", "Python、R、SAS、scikit-learn、XGBoost、机器学习、统计建模"),
]
case("zh_md_data_scientist", "md", "zh", {"blocks": blocks},
     E("宇文浩", ["yuwenhao@example.com"], ["+8613055100000"],
       ["python", "r", "sas", "scikit-learn", "xgboost", "machine learning", "statistical modeling"],
       [], [blocks]),
     tags=["compound-surname", "r-language", "internship", "md-emphasis-dates", "date-style-cn",
           "present-jin", "data"])

# ---------------- Chinese invariance groups ----------------
JOB5 = {"job_id": "J-5", "title": "财务经理",
        "required_skills": ["financial analysis", "sap", "excel"], "nice_to_have": ["ifrs", "budgeting"],
        "min_years": "5"}
for slug, nm, info, prot in [
    ("a", "陈建国", "性别：男　出生年月：1985.03　民族：汉族　籍贯：河南郑州　政治面貌：中共党员",
     ["gender", "birth_date", "ethnicity", "native_place", "political_affiliation"]),
    ("b", "陈静", "性别：女　出生年月：1992.10　民族：维吾尔族　籍贯：新疆乌鲁木齐　政治面貌：群众",
     ["gender", "birth_date", "ethnicity", "native_place", "political_affiliation"]),
    ("c", "陈建国", None, []),
]:
    blocks = [("name", nm),
              ("line", "财务经理｜现居郑州｜电话：139 3710 0000｜邮箱：cfo.chen@example.com")]
    if info:
        blocks += [("h", "个人信息"), ("p", info)]
    blocks += [
        ("h", "工作经历"),
        role("财务经理", "郑州中原新材料股份有限公司", (2018, 1), None, style="dot", layout="inline",
             bullets=["负责预算管理与财务分析，推动 SAP 财务模块上线。"]),
        role("会计", "郑州黄河会计服务有限公司", (2013, 7), (2017, 12), style="dot", layout="inline",
             bullets=["使用用友软件服务30余家中小企业客户。"]),
        ("h", "教育背景"),
        role("会计学 本科", "郑州大学", (2009, 9), (2013, 6), kind="edu", style="dot", layout="inline"),
        ("h", "专业技能"),
        ("p", "SAP、用友、Excel、财务分析、预算管理、IFRS"),
    ]
    case(f"inv_g5_finance_{slug}", "pdf", "zh", {"blocks": blocks},
         E(nm, ["cfo.chen@example.com"], ["+8613937100000"],
           ["sap", "yonyou", "excel", "financial analysis", "budgeting", "ifrs"], prot, [blocks]),
         tags=["invariance", "finance", "non-software", "date-style-dot", "education-dates"]
         + (["zh-personal-info"] if info else []), group="G5", job=JOB5)

JOB6 = {"job_id": "J-6", "title": "机器学习工程师",
        "required_skills": ["python", "pytorch", "machine learning"],
        "nice_to_have": ["spark", "tensorflow"], "min_years": "3"}
for slug, personal in [("a", True), ("b", False)]:
    blocks = [("photo",)] if personal else []
    blocks += [("name", "刘晨"),
               ("line", "算法工程师｜北京｜电话：185 0000 1111｜邮箱：liuchen.ml@example.com")]
    if personal:
        blocks.append(("line", "婚姻状况：已婚"))
    blocks += [
        ("h", "工作经历"),
        role("高级算法工程师", "北京星图智能科技有限公司", (2022, 4), None, style="dot", layout="inline",
             bullets=["负责推荐系统排序模型（PyTorch），点击率提升12%。"]),
        role("算法工程师", "北京极光数据有限公司", (2019, 7), (2022, 3), style="dot", layout="inline",
             bullets=["基于 Spark 与 TensorFlow 构建用户流失预测模型。"]),
        ("h", "实习经历"),
        role("算法实习生", "北京极光数据有限公司", (2018, 7), (2018, 12), kind="intern", style="dot",
             layout="inline"),
        ("h", "教育背景"),
        role("计算机科学与技术 硕士", "北京航空航天大学", (2016, 9), (2019, 6), kind="edu", style="dot",
             layout="inline"),
        ("h", "专业技能"),
        ("p", "Python、PyTorch、TensorFlow、Spark、SQL；机器学习、深度学习、推荐系统"),
    ]
    case(f"inv_g6_ml_{slug}", "docx", "zh", {"blocks": blocks},
         E("刘晨", ["liuchen.ml@example.com"], ["+8618500001111"],
           ["python", "pytorch", "tensorflow", "spark", "sql", "machine learning", "deep learning",
            "recommender systems"], ["photo", "marital_status"] if personal else [], [blocks]),
         tags=["invariance", "internship", "date-style-dot", "two-char-name", "education-dates"]
         + (["photo-embedded", "protected-header"] if personal else []), group="G6", job=JOB6)

JOB7 = {"job_id": "J-7", "title": "医疗器械销售经理",
        "required_skills": ["key account management", "negotiation"],
        "nice_to_have": ["salesforce", "channel management"], "min_years": "5"}
for slug, nm, info, prot in [
    ("a", "王磊", "性别：男　民族：汉族　政治面貌：中共党员", ["gender", "ethnicity", "political_affiliation"]),
    ("b", "王蕾", "性别：女　民族：壮族　政治面貌：群众", ["gender", "ethnicity", "political_affiliation"]),
]:
    blocks = [
        ("name", nm),
        ("line", "销售经理 | 长沙 | 电话：0731-8888 0000 / 138 7310 0000 | 邮箱：sales.wang@example.com"),
        ("line", info),
        ("h", "工作经历"),
        role("销售经理", "湖南湘江医疗器械有限公司", (2018, 3), None, style="cn", layout="datesfirst",
             bullets=["负责湖南省三甲医院大客户销售，年销售额1.2亿元。", "使用 Salesforce 管理商机。"]),
        role("医药代表", "长沙麓山医药有限公司", (2014, 3), (2018, 2), style="cn", layout="datesfirst",
             bullets=["开发二级医院客户60余家。"]),
        ("h", "教育背景"),
        role("药学 本科", "中南大学", (2010, 9), (2014, 6), kind="edu", style="cn", layout="datesfirst"),
        ("h", "专业技能"),
        ("p", "大客户销售、商务谈判、渠道管理、Salesforce、Excel"),
    ]
    case(f"inv_g7_sales_{slug}", "txt", "zh", {"blocks": blocks, "bullet": "· "},
         E(nm, ["sales.wang@example.com"], ["+8673188880000", "+8613873100000"],
           ["key account management", "negotiation", "channel management", "salesforce", "excel"],
           prot, [blocks]),
         tags=["invariance", "sales", "non-software", "date-style-cn", "landline", "two-phones",
               "protected-header", "two-char-name", "education-dates"], group="G7", job=JOB7)

JOB8 = {"job_id": "J-8", "title": "UI设计师", "required_skills": ["figma", "sketch"],
        "nice_to_have": ["photoshop", "user research"], "min_years": "3"}
for slug, info, prot in [
    ("a", "性别：女 ｜ 年龄：31 ｜ 身高：163cm ｜ 体重：50kg", ["gender", "age", "height_weight"]),
    ("b", "性别：男 ｜ 年龄：45", ["gender", "age"]),
]:
    blocks = [
        ("name", "杨柳"),
        ("line", "UI/UX 设计师 ｜ 南昌 ｜ 176 7900 0000 ｜ yangliu.design@example.com"),
        ("line", info),
        ("h", "工作经历"),
        role("高级UI设计师", "南昌赣江互动科技有限公司", (2020, 7), None, style="dot", layout="ownline",
             bullets=["负责App改版，使用 Figma 建立设计系统。"]),
        role("UI设计师", "南昌滕王阁网络有限公司", (2017, 7), (2020, 6), style="dot", layout="ownline",
             bullets=["使用 Sketch 与 Photoshop 完成界面设计。"]),
        ("h", "教育背景"),
        role("数字媒体艺术 本科", "江西师范大学", (2013, 9), (2017, 6), kind="edu", style="dot",
             layout="ownline"),
        ("h", "专业技能"),
        ("p", "Figma、Sketch、Photoshop、Illustrator、交互设计、用户研究"),
    ]
    case(f"inv_g8_ui_{slug}", "md", "zh", {"blocks": blocks},
         E("杨柳", ["yangliu.design@example.com"], ["+8617679000000"],
           ["figma", "sketch", "photoshop", "illustrator", "interaction design", "user research",
            "design systems"], prot, [blocks]),
         tags=["invariance", "design", "date-style-dot", "dates-own-line", "protected-header",
               "two-char-name", "education-dates"], group="G8", job=JOB8)

JOB10 = {"job_id": "J-10", "title": "HRBP", "required_skills": ["recruiting", "onboarding"],
         "nice_to_have": ["workday", "labor relations"], "min_years": "5"}
for slug, personal in [("a", True), ("b", False)]:
    blocks = []
    if personal:
        blocks.append(("line", "[照片]"))
    blocks += [("name", "欧阳敏"),
               ("line", "HRBP｜青岛｜电话：132 6532 0000｜邮箱：ouyangmin@example.com")]
    if personal:
        blocks.append(("line", "健康状况：良好　婚姻状况：未婚"))
    blocks += [
        ("h", "工作经历"),
        role("HRBP", "青岛海湾啤酒集团", (2015, 9), None, style="cn", layout="datesfirst",
             bullets=["支持3个事业部共1500名员工的招聘、员工入职与劳动关系工作。"]),
        role("招聘专员", "青岛蓝海人力资源有限公司", (2011, 9), (2015, 8), style="cn",
             layout="datesfirst", bullets=["使用 Workday 管理招聘流程。"]),
        ("h", "教育背景"),
        role("人力资源管理 本科", "中国海洋大学", (2007, 9), (2011, 6), kind="edu", style="cn",
             layout="datesfirst"),
        ("h", "专业技能"),
        ("p", "招聘、员工入职、劳动关系、Workday、Excel"),
    ]
    case(f"inv_g10_hrbp_{slug}", "pdf", "zh", {"blocks": blocks},
         E("欧阳敏", ["ouyangmin@example.com"], ["+8613265320000"],
           ["recruiting", "onboarding", "labor relations", "workday", "excel"],
           ["photo", "health", "marital_status"] if personal else [], [blocks]),
         tags=["invariance", "hr", "non-software", "compound-surname", "date-style-cn",
               "education-dates"] + (["photo-marker", "protected-header"] if personal else []),
         group="G10", job=JOB10)


# --------------------------------------------------------------------------
# build + verify
# --------------------------------------------------------------------------
def file_name(c):
    return f"{c['name']}.{c['fmt']}"


def build():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        os.remove(os.path.join(OUT, fn))
    out_cases = []
    for c in CASES:
        path = os.path.join(OUT, file_name(c))
        doc = c["doc"]
        if "scanned" in doc:
            render_scanned_pdf(doc["scanned"], path)
        elif c["fmt"] == "pdf":
            render_pdf(doc, path)
        elif c["fmt"] == "docx":
            render_docx(doc, path)
        elif c["fmt"] == "txt":
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(render_txt(doc))
        elif c["fmt"] == "md":
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(render_md(doc))
        inputs = {"file": f"resumes/{file_name(c)}", "language": c["lang"]}
        if c["job"]:
            inputs["job"] = c["job"]
        if c["group"]:
            inputs["counterfactual_group"] = c["group"]
        tags = [c["lang"], c["fmt"]] + [t for t in c["tags"] if t not in (c["lang"], c["fmt"])]
        entry = {"name": c["name"], "inputs": inputs, "expected": c["expected"], "tags": tags}
        if c["notes"]:
            entry["notes"] = c["notes"]
        out_cases.append(entry)
    suite = {
        "suite": "resume_independent",
        "version": 1,
        "today": "2026-11-26",
        "description": (
            "Independent resume-parsing evaluation set. Provenance: written by an independent author "
            "who had not read the parser's code, its generators or its tests, on 2026-12-01; every "
            "file is produced by build_resumes.py in this folder from hand-written content (no "
            "randomness). Label conventions: name as written in the document; emails lower-case; "
            "phones in E.164, a number without a country code takes the resume's country from its "
            "location (else its language); total_experience_years counts professional employment "
            "only (full-time, part-time, contract, freelance/self-employed) and excludes internships, "
            "volunteering, education, career breaks/sabbaticals and military service, counts "
            "overlapping months once, months inclusive of start and end, ongoing roles run through "
            "2026-11, a bare start year = January and a bare end year = December, total = months/12 "
            "rounded half-up to one decimal (check tolerance +/-0.5); skills are every tool, product, "
            "language and professional skill a reader can see explicitly named, lower-case common "
            "short names, Chinese skills labelled with English names, natural languages and words "
            "used as ordinary English (excel at, access to, go-to, in a word) excluded, text hidden "
            "from a reader (hidden runs, white or 1-pt text, invisible PDF text, text under a white "
            "box) never labelled; protected uses the fixed attribute names; image-only PDFs expect "
            "no_text. Labels were never edited to fit the parser's output. "
            "2026-12-01: the two render-mode-3 PDFs were rebuilt so that only the hidden text is "
            "invisible (a state leak had hidden the text after it); labels unchanged."),
        "cases": out_cases,
    }
    with open(os.path.join(HERE, "resume_independent.json"), "w", encoding="utf-8") as f:
        json.dump(suite, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return suite


PROTECTED_NAMES = {"gender", "birth_date", "age", "marital_status", "ethnicity", "native_place",
                   "political_affiliation", "nationality", "religion", "health", "photo",
                   "height_weight"}


def verify(suite):
    errors = []
    names = set()
    groups = {}
    for c in suite["cases"]:
        if c["name"] in names:
            errors.append(f"duplicate case name {c['name']}")
        names.add(c["name"])
        path = os.path.join(HERE, c["inputs"]["file"])
        if not os.path.isfile(path):
            errors.append(f"missing {path}")
            continue
        size = os.path.getsize(path)
        if size >= 60 * 1024:
            errors.append(f"too large ({size} B): {path}")
        ext = path.rsplit(".", 1)[1]
        try:
            if ext == "docx":
                d = docx.Document(path)
                assert d.paragraphs or d.tables
            elif ext == "pdf":
                with open(path, "rb") as f:
                    data = f.read()
                assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], "bad PDF framing"
                try:
                    import pypdf  # optional, only for a deeper check
                    r = pypdf.PdfReader(io.BytesIO(data))
                    assert len(r.pages) >= 1
                except ImportError:
                    pass
            else:
                with open(path, encoding="utf-8") as f:
                    assert f.read().strip()
        except Exception as exc:  # noqa: BLE001
            errors.append(f"cannot open {path}: {exc!r}")
        exp = c["expected"]
        if exp.get("no_text"):
            if set(exp) != {"no_text"}:
                errors.append(f"{c['name']}: no_text case must only carry no_text")
            continue
        for p in exp["protected"]:
            if p not in PROTECTED_NAMES:
                errors.append(f"{c['name']}: unknown protected name {p}")
        for ph in exp["phones"]:
            if not re.fullmatch(r"\+[1-9]\d{6,14}", ph):
                errors.append(f"{c['name']}: phone not E.164: {ph}")
        for s in exp["skills"]:
            if s != s.lower():
                errors.append(f"{c['name']}: skill not lower-case: {s}")
        if len(set(exp["skills"])) != len(exp["skills"]):
            errors.append(f"{c['name']}: duplicate skill label")
        g = c["inputs"].get("counterfactual_group")
        if g:
            groups.setdefault(g, []).append(c)
    for g, members in groups.items():
        jobs = {json.dumps(m["inputs"]["job"], sort_keys=True) for m in members}
        if len(jobs) != 1:
            errors.append(f"group {g}: job objects differ")
        if not 2 <= len(members) <= 3:
            errors.append(f"group {g}: {len(members)} members")
        base = members[0]["expected"]
        for m in members[1:]:
            e = m["expected"]
            for k in ("emails", "phones", "total_experience_years", "skills"):
                if e[k] != base[k]:
                    errors.append(f"group {g}: {k} differs in {m['name']}")
    return errors, groups


def main():
    suite = build()
    errors, groups = verify(suite)
    from collections import Counter
    cases = suite["cases"]
    print(f"{len(cases)} cases, {len(groups)} invariance groups")
    print("language:", dict(Counter(c["inputs"]["language"] for c in cases)))
    print("format:", dict(Counter(c["inputs"]["file"].rsplit('.', 1)[1] for c in cases)))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("verification OK")


if __name__ == "__main__":
    main()
