#!/usr/bin/env python3
"""Build the resume HOLD-OUT evaluation set (deterministic).

Writes ./resumes/* and ./resume_holdout.json next to this script.

Written on 2026-12-01 by a second, independent author who saw neither the
parser's code nor the other evaluation sets.  Every person, employer, phone
number and e-mail address below is invented.  Labels are derived from the
same structured data that is rendered into each document (so text and label
cannot drift apart) and were never edited to fit any parser's output.

Label conventions (summary):
  * total_experience_years: only jobs of kind "emp" (full-time, part-time,
    contract, freelance/self-employed) count; internships, volunteering,
    education, career breaks and military service do not.  Overlaps are
    counted once.  Months are inclusive; an ongoing role runs through
    TODAY's month (2026-11); a bare year means January as a start and
    December as an end.  Years = months / 12, one decimal.
  * skills: the skills a document explicitly presents (skills list, skills
    table, summary / headline), lower case, common short English name.
  * protected: attributes a reader can actually see.
  * hidden text (DOCX vanish / white / 1-pt; PDF render mode 3 or text
    covered by a white rectangle drawn after it) is never labelled.

Usage:  /work/main/.venv/bin/python build_holdout_resumes.py
"""
import io
import json
import os
import shutil
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from reportlab import rl_config

rl_config.invariant = 1  # no timestamps / random IDs in PDFs
import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Image as RLImage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "resumes")
JSON_PATH = os.path.join(HERE, "resume_holdout.json")
TODAY = "2026-11-26"
TODAY_YM = (2026, 11)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"

pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
pdfmetrics.registerFont(TTFont("UMing", UMING, subfontIndex=0))  # AR PL UMing CN
for fam, normal, bold in (("DejaVu", "DejaVu", "DejaVu-Bold"), ("UMing", "UMing", "UMing")):
    addMapping(fam, 0, 0, normal)
    addMapping(fam, 1, 0, bold)
    addMapping(fam, 0, 1, normal)
    addMapping(fam, 1, 1, bold)

# ---------------------------------------------------------------------------
# dates and experience
# ---------------------------------------------------------------------------
EN_ABBR_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.",
               "Sept.", "Oct.", "Nov.", "Dec."]
EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec"]
EN_FULL = ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]
CN_DIGIT = "〇一二三四五六七八九"
CN_MONTH = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def ym_text(style, ym):
    y, m = ym
    if m is None:
        return f"{y}年" if style in ("nian", "upper") else str(y)
    return {
        "mon_dot": f"{EN_ABBR_DOT[m - 1]} {y}",
        "mon": f"{EN_ABBR[m - 1]} {y}",
        "full": f"{EN_FULL[m - 1]} {y}",
        "mmyyyy": f"{m:02d}/{y}",
        "iso": f"{y}-{m:02d}",
        "dot_my": f"{m:02d}.{y}",
        "slash": f"{y}/{m:02d}",
        "dot": f"{y}.{m:02d}",
        "nian": f"{y}年{m}月",
        "upper": "".join(CN_DIGIT[int(d)] for d in str(y)) + "年" + CN_MONTH[m - 1] + "月",
    }[style]


class Job:
    """kind: emp (counts) | intern | volunteer | military | break"""

    def __init__(self, title, org, start, end, kind="emp", style="mon",
                 sep=" – ", now="Present", bullets=(), place=""):
        self.title, self.org, self.start, self.end = title, org, start, end
        self.kind, self.style, self.sep, self.now = kind, style, sep, now
        self.bullets, self.place = list(bullets), place

    @property
    def dates(self):
        if self.style == "since":
            y, m = self.start
            assert self.end is None
            return f"since {EN_FULL[m - 1]} {y}"
        s = ym_text(self.style, self.start)
        e = self.now if self.end is None else ym_text(self.style, self.end)
        return f"{s}{self.sep}{e}"

    def month_range(self):
        sy, sm = self.start
        sm = sm or 1
        if self.end is None:
            ey, em = TODAY_YM
        else:
            ey, em = self.end
            em = em or 12
        return sy * 12 + sm - 1, ey * 12 + em - 1


def experience_years(jobs):
    months = set()
    for j in jobs:
        if j.kind != "emp":
            continue
        a, b = j.month_range()
        assert a <= b, (j.title, j.start, j.end)
        months.update(range(a, b + 1))
    n = Decimal(len(months))
    return len(months), float((n / Decimal(12)).quantize(Decimal("0.1"), ROUND_HALF_UP))


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
def esc(t):
    return escape(t)


def photo_png(seed=0, w=240, h=300):
    """A neutral placeholder head-and-shoulders silhouette (in memory)."""
    img = PILImage.new("RGB", (w, h), (205 + seed, 212, 220))
    d = ImageDraw.Draw(img)
    d.ellipse((w * 0.30, h * 0.14, w * 0.70, h * 0.50), fill=(120, 128, 140))
    d.ellipse((w * 0.12, h * 0.52, w * 0.88, h * 1.15), fill=(120, 128, 140))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return buf


def normalise_zip(path):
    """Rewrite a DOCX with fixed timestamps so the bytes are reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ---------------------------------------------------------------------------
# PDF building blocks
# ---------------------------------------------------------------------------
def styles(lang):
    f = "UMing" if lang == "zh" else "DejaVu"
    fb = "UMing" if lang == "zh" else "DejaVu-Bold"
    ww = "CJK" if lang == "zh" else None
    base = dict(fontName=f, wordWrap=ww)
    return {
        "name": ParagraphStyle("name", fontName=fb, fontSize=20, leading=25, wordWrap=ww),
        "headline": ParagraphStyle("headline", fontName=fb, fontSize=10.5, leading=14,
                                   textColor=colors.HexColor("#1F4E79"), wordWrap=ww),
        "title": ParagraphStyle("title", fontName=f, fontSize=11.5, leading=15,
                                textColor=colors.HexColor("#333333"), wordWrap=ww),
        "h2": ParagraphStyle("h2", fontName=fb, fontSize=11.5, leading=15, spaceBefore=8,
                             spaceAfter=3, textColor=colors.HexColor("#1F4E79"), wordWrap=ww),
        "body": ParagraphStyle("body", fontSize=9.5, leading=13, **base),
        "small": ParagraphStyle("small", fontSize=8.5, leading=11,
                                textColor=colors.HexColor("#555555"), **base),
        "bullet": ParagraphStyle("bullet", fontSize=9.5, leading=13, leftIndent=12,
                                 firstLineIndent=-8, **base),
        "cell": ParagraphStyle("cell", fontSize=8.8, leading=11.5, **base),
        "side": ParagraphStyle("side", fontSize=9, leading=12.5, **base),
    }


def P(text, st):
    return Paragraph(esc(text), st)


def PB(text, st):  # already-marked-up paragraph
    return Paragraph(text, st)


def section(title, S):
    return [Paragraph(esc(title), S["h2"]),
            HLine()]


class HLine(Flowable):
    def __init__(self, width=None, color="#9DB3C8"):
        super().__init__()
        self.w, self.color = width, color

    def wrap(self, aw, ah):
        self.aw = self.w or aw
        return self.aw, 4

    def draw(self):
        self.canv.setStrokeColor(colors.HexColor(self.color))
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 2, self.aw, 2)


class RenderMode3Text(Flowable):
    """Invisible text (PDF text render mode 3) - extractable, never seen."""

    def __init__(self, text, font, size=9):
        super().__init__()
        self.text, self.font, self.size = text, font, size

    def wrap(self, aw, ah):
        return aw, 2

    def draw(self):
        c = self.canv
        c.saveState()
        t = c.beginText(0, 0)
        t.setFont(self.font, self.size)
        t.setTextRenderMode(3)
        t.textLine(self.text)
        c.drawText(t)
        c.restoreState()


class CoveredText(Flowable):
    """Text drawn normally, then painted over by a filled white rectangle."""

    def __init__(self, text, font, size=9.5):
        super().__init__()
        self.text, self.font, self.size = text, font, size

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 4

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.setFillColor(colors.black)
        c.drawString(0, 3, self.text)
        w = pdfmetrics.stringWidth(self.text, self.font, self.size)
        c.setFillColor(colors.white)
        c.setStrokeColor(colors.white)
        c.rect(-2, 0, w + 6, self.size + 4, fill=1, stroke=0)
        c.restoreState()


def job_flow(job, S, lang, show_place=True):
    out = []
    if lang == "zh":
        line = f"<b>{esc(job.dates)}</b>　{esc(job.org)}　<b>{esc(job.title)}</b>"
        out.append(PB(line, S["body"]))
    else:
        org = job.org + (f", {job.place}" if (job.place and show_place) else "")
        line = f"<b>{esc(job.title)}</b>" + (f" — {esc(org)}" if org else "")
        out.append(PB(line, S["body"]))
        out.append(P(job.dates, S["small"]))
    bullet = "●" if lang == "zh" else "•"
    for b in job.bullets:
        out.append(P(f"{bullet} {b}", S["bullet"]))
    out.append(Spacer(1, 4))
    return out


def grid_table(rows, widths, S, header=True, grid=True, font_bold=None):
    data = [[P(c, S["cell"]) if isinstance(c, str) else c for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8899AA")))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")))
    t.setStyle(TableStyle(cmds))
    return t


def photo_marker(S, text="[Photo]", w=28 * mm, h=34 * mm):
    t = Table([[P(text, S["small"])]], colWidths=[w], rowHeights=[h])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#777777")),
                           ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def build_pdf(path, story, lang, header=None, footer=None, two_col=None,
              side_bg=False):
    """two_col: (top_height_mm, side_width_mm) -> three frames: top, side, main."""
    W, H = A4
    lm = rm = 16 * mm
    tm, bm = 18 * mm, 18 * mm
    font = "UMing" if lang == "zh" else "DejaVu"

    def on_page(c, doc):
        c.saveState()
        if side_bg and two_col:
            top_h, side_w = two_col
            c.setFillColor(colors.HexColor("#EEF2F6"))
            c.rect(0, 0, lm + side_w * mm + 3 * mm, H - tm - top_h * mm, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#444444"))
        if header:
            c.setFont(font, 8.5)
            c.drawString(lm, H - 11 * mm, header)
            c.setStrokeColor(colors.HexColor("#9DB3C8"))
            c.line(lm, H - 13 * mm, W - rm, H - 13 * mm)
        if footer:
            c.setFont(font, 8.5)
            c.setStrokeColor(colors.HexColor("#9DB3C8"))
            c.line(lm, 13 * mm, W - rm, 13 * mm)
            c.drawString(lm, 9 * mm, footer.replace("{page}", str(doc.page)))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm,
                          topMargin=tm, bottomMargin=bm, title="Resume",
                          author="", subject="", creator="holdout-builder")
    if two_col:
        top_h, side_w = two_col
        fw = W - lm - rm
        top = Frame(lm, H - tm - top_h * mm, fw, top_h * mm, id="top", showBoundary=0)
        side = Frame(lm, bm, side_w * mm, H - tm - bm - top_h * mm, id="side")
        main = Frame(lm + side_w * mm + 6 * mm, bm, fw - side_w * mm - 6 * mm,
                     H - tm - bm - top_h * mm, id="main")
        frames = [top, side, main]
    else:
        frames = [Frame(lm, bm, W - lm - rm, H - tm - bm, id="f")]
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=on_page)])
    doc.build(story)


# ---------------------------------------------------------------------------
# DOCX building blocks
# ---------------------------------------------------------------------------
def new_docx(lang):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri" if lang == "en" else "SimSun"
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
    cp = d.core_properties
    import datetime
    fixed = datetime.datetime(2026, 12, 1, 0, 0, 0)
    cp.created = cp.modified = fixed
    cp.last_printed = fixed
    cp.author = cp.last_modified_by = "holdout-builder"
    cp.title = "Resume"
    cp.revision = 1
    return d


def dpara(d, text="", bold=False, size=None, color=None, space_after=2, container=None):
    p = (container or d).add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def dheading(d, text, container=None):
    p = dpara(d, text, bold=True, size=12, color="1F4E79", space_after=3, container=container)
    p.paragraph_format.space_before = Pt(8)
    # bottom border
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "9DB3C8")):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)
    return p


def djob(d, job, lang, container=None):
    if lang == "zh":
        p = dpara(d, container=container)
        p.add_run(job.dates).bold = True
        p.add_run(f"　{job.org}　")
        p.add_run(job.title).bold = True
    else:
        p = dpara(d, container=container)
        p.add_run(job.title).bold = True
        org = job.org + (f", {job.place}" if job.place else "")
        if org:
            p.add_run(f" — {org}")
        q = dpara(d, job.dates, size=9, color="555555", container=container)
    for b in job.bullets:
        bp = dpara(d, ("● " if lang == "zh" else "• ") + b, container=container)
        bp.paragraph_format.left_indent = Cm(0.5)


def set_cols(section, num, space_twips=567):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def table_no_borders(t):
    tbl = t._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def save_docx(d, path):
    d.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------------------
# The cases
# ---------------------------------------------------------------------------
CASES = []


def case(file, lang, name, emails, phones, jobs, skills, protected, tags,
         job=None, group=None):
    labels = [lab for _, lab in skills] if skills and isinstance(skills[0], tuple) else list(skills)
    n_months, years = experience_years(jobs)
    CASES.append(dict(file=file, lang=lang, name=name, emails=emails, phones=phones,
                      years=years, months=n_months, skills=labels, protected=sorted(protected),
                      tags=tags, job=job, group=group))


def sk_display(skills, sep):
    return sep.join(d for d, _ in skills)


# ============================== ENGLISH ====================================

def en01_pharmacist():
    f = "en01_clinical_pharmacist.pdf"
    S = styles("en")
    name = "Margaux O'Sullivan-Reyes"
    jobs = [
        Job("Senior Oncology Pharmacist", "Lee Valley University Hospital", (2018, 9), None,
            style="mon_dot", now="Present", place="Cork",
            bullets=["Lead the aseptic unit preparing 140+ chemotherapy doses per day.",
                     "Chair the hospital adverse-drug-reaction review group."]),
        Job("Community Pharmacist", "Harbour Pharmacy", (2014, 6), (2018, 8), style="mon_dot",
            place="Cobh", bullets=["Supervised dispensing for a 9,000-item monthly workload.",
                                   "Ran seasonal flu vaccination clinics (600 patients/season)."]),
        Job("Pre-registration Pharmacist (Intern)", "Harbour Pharmacy", (2013, 7), (2014, 5),
            kind="intern", style="mon_dot", place="Cobh",
            bullets=["Supervised training year required for PSI registration."]),
    ]
    skills = [("Sterile compounding", "sterile compounding"), ("Pharmacovigilance", "pharmacovigilance"),
              ("Medication therapy management", "medication therapy management"),
              ("Clinical pharmacokinetics", "clinical pharmacokinetics"), ("Epic (EHR)", "epic"),
              ("Excel", "excel")]
    st = [P("CLINICAL PHARMACIST · ONCOLOGY · 12+ YEARS IN HOSPITAL & COMMUNITY PRACTICE", S["headline"]),
          Spacer(1, 4), P(name, S["name"]),
          P("Cork, Ireland  |  087 412 9983  |  margaux.osr@example.ie", S["body"]), Spacer(1, 4)]
    st += section("Profile", S)
    st.append(P("Registered pharmacist (PSI) with over twelve years in hospital and community "
                "practice. Core strengths: sterile compounding, pharmacovigilance and medication "
                "therapy management.", S["body"]))
    st += section("Professional Experience", S)
    for j in jobs:
        st += job_flow(j, S, "en")
    st += section("Skills", S)
    st.append(P(sk_display(skills, "  ·  "), S["body"]))
    st += section("Education", S)
    st.append(P("MPharm (Master of Pharmacy), University College Cork — 2013", S["body"]))
    st += section("Personal Details", S)
    st.append(P("Nationality: Irish  ·  Full clean driving licence  ·  Languages: English (native), French (B2)", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "en")
    case(f, "en", name, ["margaux.osr@example.ie"], ["+353874129983"], jobs, skills,
         ["nationality"], ["en", "pdf", "headline-first", "healthcare", "internship-excluded"])


def en02_architect():
    f = "en02_architect_table.docx"
    name = "Jan-Willem de Vries"
    jobs = [
        Job("Associate Architect", "Kade Architecten", (2019, 9), None, style="slash", now="present",
            place="Rotterdam", bullets=["Design lead for 3 mid-rise timber housing schemes (420 homes).",
                                        "Runs the office BIM coordination meetings."]),
        Job("Project Architect", "Studio Maas", (2016, 3), (2019, 8), style="slash", place="Rotterdam",
            bullets=["Delivered a 6,000 m² school from concept to completion."]),
        Job("Career break — travel and self-study in Japan", "", (2015, 7), (2016, 2), kind="break",
            style="slash"),
        Job("Graduate Intern", "Atelier Noord", (2014, 9), (2015, 6), kind="intern", style="slash",
            place="Groningen", bullets=["Model making and competition drawings."]),
    ]
    skills = [("AutoCAD", "autocad"), ("Revit", "revit"), ("Rhino", "rhino"),
              ("Grasshopper", "grasshopper"), ("SketchUp", "sketchup"), ("Photoshop", "photoshop"),
              ("BIM coordination", "bim coordination"), ("Parametric design", "parametric design")]
    d = new_docx("en")
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Jan-Willem de Vries  ·  Rotterdam, NL  ·  06 2345 6789  ·  jw.devries@example.nl"
    dpara(d, name, bold=True, size=20, space_after=0)
    dpara(d, "Associate Architect", size=12, color="444444")
    dpara(d, "Date of birth: 14 May 1987   |   Marital status: Married")
    dheading(d, "Summary")
    dpara(d, "Registered architect (Architectenregister) working on mid-rise housing; strong in "
             "parametric design and BIM coordination.")
    dheading(d, "Experience")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Period", "Role", "Organisation", "Highlights")):
        cell_text(c, h, bold=True)
    for j in jobs:
        r = t.add_row().cells
        cell_text(r[0], j.dates)
        cell_text(r[1], j.title)
        cell_text(r[2], (j.org + (", " + j.place if j.place else "")) or "—")
        cell_text(r[3], " ".join(j.bullets) or "—")
    dheading(d, "Software & Skills")
    t2 = d.add_table(rows=2, cols=2)
    t2.style = "Table Grid"
    cell_text(t2.cell(0, 0), "Software", bold=True)
    cell_text(t2.cell(0, 1), ", ".join(x for x, _ in skills[:6]))
    cell_text(t2.cell(1, 0), "Methods", bold=True)
    cell_text(t2.cell(1, 1), ", ".join(x for x, _ in skills[6:]))
    dheading(d, "Education")
    dpara(d, "MSc Architecture, Urbanism and Building Sciences — TU Delft, 2014")
    dpara(d, "Languages: Dutch (native), English (C2), German (B1)")
    save_docx(d, os.path.join(OUT_DIR, f))
    case(f, "en", name, ["jw.devries@example.nl"], ["+31623456789"], jobs, skills,
         ["birth_date", "marital_status"],
         ["en", "docx", "table", "header-contact", "architect", "career-break", "internship-excluded"])


def en03_chef():
    f = "en03_head_chef.txt"
    name = "Thandiwe Nkosi-Bauer"
    jobs = [
        Job("Head Chef", "Table Mountain Lodge", (2020, 1), None, style="full", sep=" to ", now="now",
            bullets=["Runs a 14-cook brigade for a 90-cover restaurant and lodge banqueting.",
                     "Cut food cost from 34% to 29% in two years."]),
        Job("Career break — travel and kitchen stages in Lyon", "", (2019, 5), (2019, 12), kind="break",
            style="full", sep=" to "),
        Job("Sous Chef", "Fynbos Kitchen", (2016, 1), (2019, 4), style="full", sep=" to ",
            bullets=["Second in charge of a seasonal tasting menu."]),
        Job("Chef de Partie", "The Oyster Room", (2012, 3), (2015, 12), style="full", sep=" to ",
            bullets=["Fish and sauce sections."]),
    ]
    skills = [("Menu development", "menu development"), ("HACCP", "haccp"),
              ("Food costing", "food costing"), ("Butchery", "butchery"), ("Pastry", "pastry"),
              ("Inventory management", "inventory management"), ("Staff training", "staff training")]
    lines = [name.upper(), "Head Chef", "",
             "Cape Town, South Africa | 082 555 0199 | chef.thandi@example.co.za",
             "Age: 37 | Health: excellent, non-smoker", "",
             "PROFILE", "-------",
             "Head chef with fourteen years in fine-dining and lodge kitchens, known for menu",
             "development, food costing and staff training.", "",
             "KEY SKILLS", "----------"]
    lines += [f"  * {x}" for x, _ in skills]
    lines += ["", "EXPERIENCE", "----------"]
    for j in jobs:
        head = j.title + (f" — {j.org}" if j.org else "")
        lines.append(f"{head} | {j.dates}")
        lines += [f"    - {b}" for b in j.bullets]
        lines.append("")
    lines += ["EDUCATION", "---------", "Diploma in Culinary Arts, Cape Culinary Academy (2011)", "",
              "LANGUAGES", "---------", "English, isiZulu, German", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    case(f, "en", name, ["chef.thandi@example.co.za"], ["+27825550199"], jobs, skills,
         ["age", "health"], ["en", "txt", "chef", "career-break"])


def en04_pilot():
    f = "en04_airline_captain_two_column.pdf"
    S = styles("en")
    name = "Rafael Ángel Domínguez Ortega"
    jobs = [
        Job("Captain, A320 family", "Meseta Airways", (2018, 11), None, style="mmyyyy", now="Present",
            place="Madrid", bullets=["Line captain on European and North African network.",
                                     "Line training captain since 2022."]),
        Job("First Officer, A320 family", "Meseta Airways", (2013, 5), (2018, 10), style="mmyyyy",
            place="Madrid", bullets=["Operated 4,900 sectors."]),
        Job("Transport Pilot (military service)", "Spanish Air Force, Ala 31", (2006, 9), (2013, 4),
            kind="military", style="mmyyyy", place="Zaragoza",
            bullets=["C-295 and C-130 tactical transport."]),
    ]
    skills = [("Crew resource management", "crew resource management"),
              ("Threat and error management", "threat and error management"),
              ("Flight planning", "flight planning"),
              ("Multi-crew cooperation", "multi-crew cooperation"),
              ("Safety management systems", "safety management systems")]
    st = [P(name, S["name"]), P("Airline Captain — Airbus A320 family", S["title"]), FrameBreak()]
    st.append(photo_marker(S))
    st.append(Spacer(1, 6))
    st += [P("CONTACT", S["h2"]), P("Madrid, Spain", S["side"]), P("612 345 678", S["side"]),
           P("r.dominguez.ortega@example.es", S["side"])]
    st += [P("PERSONAL", S["h2"]), P("Nationality: Spanish", S["side"]), P("Height: 182 cm", S["side"])]
    st += [P("SKILLS", S["h2"])] + [P("▪ " + x, S["side"]) for x, _ in skills]
    st += [P("LICENCES", S["h2"]), P("EASA ATPL(A)", S["side"]), P("A320 type rating", S["side"])]
    st += [P("LANGUAGES", S["h2"]), P("Spanish (native)", S["side"]), P("English (ICAO Level 6)", S["side"])]
    st.append(FrameBreak())
    st += section("Profile", S)
    st.append(P("Captain with 13 years of commercial flying and 9,800 hours total time. Strong in "
                "crew resource management and threat and error management.", S["body"]))
    st += section("Airline Experience", S)
    for j in jobs[:2]:
        st += job_flow(j, S, "en")
    st += section("Military Service", S)
    st += job_flow(jobs[2], S, "en")
    st += section("Education", S)
    st.append(P("BEng Aerospace Engineering, Universidad Politécnica de Madrid — 2006", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "en", two_col=(24, 58), side_bg=True)
    case(f, "en", name, ["r.dominguez.ortega@example.es"], ["+34612345678"], jobs, skills,
         ["photo", "nationality", "height_weight"],
         ["en", "pdf", "two-column", "pilot", "military-excluded", "photo-marker", "compound-surname"])


def en05_teacher():
    f = "en05_maths_teacher.md"
    name = "Siobhán Ní Bhriain"
    jobs = [
        Job("Head of Mathematics", "Roundhay Park Academy", (2019, 8), None, style="mon_dot",
            now="present", place="Leeds",
            bullets=["Leads a department of 11 teachers; GCSE grade 5+ rose from 52% to 68%."]),
        Job("Teacher of Mathematics", "St Aidan's Catholic High School", (2015, 9), (2019, 7),
            style="mon_dot", place="Harrogate", bullets=["Taught KS3–KS5; A-level further maths."]),
    ]
    skills = [("Curriculum design", "curriculum design"),
              ("Differentiated instruction", "differentiated instruction"),
              ("Classroom management", "classroom management"), ("Safeguarding", "safeguarding"),
              ("Google Classroom", "google classroom"), ("GeoGebra", "geogebra"), ("Excel", "excel")]
    md = [f"# {name}", "", "**Head of Mathematics** · Leeds, UK · 07700 900123 · siobhan.nibhriain@example.co.uk", "",
          "## Profile", "",
          "Secondary mathematics teacher (QTS) with eleven years of classroom experience, focused on "
          "curriculum design and differentiated instruction.", "", "## Skills", ""]
    md += [f"- {x}" for x, _ in skills]
    md += ["", "## Experience", ""]
    for j in jobs:
        md += [f"### {j.title} — {j.org}, {j.place}", f"*{j.dates}*", ""]
        md += [f"- {b}" for b in j.bullets] + [""]
    md += ["## Education", "",
           "- PGCE Secondary Mathematics, University of Leeds (2014–2015), including an unpaid school "
           "placement, Jan. 2015 – Jun. 2015",
           "- BSc Mathematics, University of Galway (2014)", "",
           "## Personal", "", "- Religion: Roman Catholic (relevant for Catholic-school posts)",
           "- Enhanced DBS check (2024)", "- Languages: English, Irish", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(md))
    case(f, "en", name, ["siobhan.nibhriain@example.co.uk"], ["+447700900123"], jobs, skills,
         ["religion"], ["en", "md", "teacher", "accented-name", "placement-excluded"])


def en06_journalist():
    f = "en06_journalist_header_footer.docx"
    name = "D. J. Okonkwo-Hart"
    jobs = [
        Job("Senior Editor, Investigations", "The Northern Ledger", (2021, 3), None, style="since",
            place="London", bullets=["Edits a six-person investigations desk."]),
        Job("Staff Reporter", "Southwark Courier", (2014, 2), (2020, 10), style="mon",
            place="London", bullets=["Courts, housing and local-government beat."]),
        Job("Freelance Correspondent (self-employed)", "", (2012, None), (2014, None), style="mon",
            bullets=["Features for national weekend supplements."]),
    ]
    skills = [("Investigative reporting", "investigative reporting"),
              ("Data journalism", "data journalism"), ("Copy editing", "copy editing"),
              ("Fact-checking", "fact-checking"), ("WordPress", "wordpress"), ("SQL", "sql"),
              ("Datawrapper", "datawrapper")]
    d = new_docx("en")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "dj.okonkwohart@example.com  ·  portfolio: okonkwohart.example.com"
    sec.footer.paragraphs[0].text = "Desk: 020 7946 0321  ·  Mobile: +44 (0)7911 123456  ·  London, UK"
    dpara(d, name, bold=True, size=20, space_after=0)
    dpara(d, "Senior Editor, Investigations", size=12, color="444444")
    dheading(d, "Summary")
    dpara(d, "Reporter and editor with fifteen years' experience in regional and national news. "
             "Skills: investigative reporting, data journalism, copy editing and fact-checking.")
    dheading(d, "Experience")
    for j in jobs:
        djob(d, j, "en")
    dheading(d, "Tools")
    dpara(d, "WordPress · SQL · Datawrapper")
    dheading(d, "Education & Awards")
    dpara(d, "BA Journalism, City, University of London (2011)")
    dpara(d, "Regional Press Award — Investigation of the Year (2019)")
    save_docx(d, os.path.join(OUT_DIR, f))
    case(f, "en", name, ["dj.okonkwohart@example.com"], ["+442079460321", "+447911123456"], jobs,
         skills, [], ["en", "docx", "header-contact", "footer-contact", "journalist", "initials",
                      "overlap", "freelance", "year-only-dates"])


def en07_underwriter():
    f = "en07_underwriter_tables.pdf"
    S = styles("en")
    name = "Priya Raghunathan"
    jobs = [
        Job("Senior Underwriter, Commercial Property", "Maple Shield Insurance", (2016, 7), None,
            style="mmyyyy", now="Present",
            bullets=["Authority to CAD 25M TIV; portfolio loss ratio 48%."]),
        Job("Commercial Lines Underwriter", "Lakeshore Mutual", (2011, 1), (2016, 6), style="mmyyyy",
            bullets=["Small-business package and property accounts."]),
        Job("Underwriting Intern", "Lakeshore Mutual", (2010, 5), (2010, 8), kind="intern",
            style="mmyyyy", bullets=["Summer internship."]),
    ]
    skills = [("Commercial property underwriting", "commercial property underwriting"),
              ("Risk assessment", "risk assessment"), ("Catastrophe modeling", "catastrophe modeling"),
              ("Guidewire", "guidewire"), ("Excel", "excel"), ("SQL", "sql")]
    st = [P(name, S["name"]), P("Senior Commercial Underwriter", S["title"]),
          P("Toronto, ON, Canada  ·  416-555-0187  ·  priya.raghunathan@example.ca", S["body"]),
          Spacer(1, 6)]
    st.append(grid_table([["Gender", "Female", "Designation", "CIP (Chartered Insurance Professional)"]],
                         [28 * mm, 30 * mm, 30 * mm, 90 * mm], S, header=False))
    st += section("Summary", S)
    st.append(P("Underwriter with 15 years in commercial property and casualty lines.", S["body"]))
    st += section("Experience", S)
    rows = [["Period", "Position", "Company", "Key results"]]
    for j in jobs:
        rows.append([j.dates, j.title, j.org, " ".join(j.bullets)])
    st.append(grid_table(rows, [32 * mm, 48 * mm, 38 * mm, 60 * mm], S))
    st += section("Skills", S)
    st.append(grid_table([["Underwriting", ", ".join(x for x, _ in skills[:3])],
                          ["Systems", ", ".join(x for x, _ in skills[3:])]],
                         [35 * mm, 143 * mm], S, header=False))
    st += section("Education", S)
    st.append(P("BBA, Schulich School of Business, York University — 2010", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "en")
    case(f, "en", name, ["priya.raghunathan@example.ca"], ["+14165550187"], jobs, skills, ["gender"],
         ["en", "pdf", "table", "insurance", "internship-excluded"])


def en08_customs_broker():
    f = "en08_customs_broker.txt"
    name = "Mohammed Al-Farsi"
    jobs = [
        Job("Licensed Customs Broker", "Gulf Gate Clearing LLC", (2015, None), None, style="mon",
            sep="—", now="present", bullets=["Clears ~1,200 declarations a month across Jebel Ali and DXB."]),
        Job("Customs Clearance Officer", "Al Noor Shipping", (2009, None), (2014, None), style="mon",
            sep="—", bullets=["Import/export documentation for FMCG clients."]),
    ]
    skills = [("Customs clearance", "customs clearance"), ("HS classification", "hs classification"),
              ("Incoterms", "incoterms"), ("Trade compliance", "trade compliance"), ("SAP", "sap"),
              ("Excel", "excel")]
    lines = [name, "Licensed Customs Broker", "Jebel Ali, Dubai, UAE",
             "Tel: 050 123 4567    Email: m.alfarsi@example.ae",
             "Nationality: Omani    Marital status: Single    Religion: Muslim", "",
             "SUMMARY",
             "Customs broker with 17 years in free-zone and mainland clearance.", "",
             "SKILLS", "; ".join(x for x, _ in skills), "", "EXPERIENCE"]
    for j in jobs:
        lines.append(f"{j.dates:<16}{j.title}, {j.org}")
        lines += [f"{'':16}{b}" for b in j.bullets]
    lines += ["", "EDUCATION", "2004—2008       BBA, Muscat College", "",
              "LANGUAGES", "Arabic, English, Hindi", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    case(f, "en", name, ["m.alfarsi@example.ae"], ["+971501234567"], jobs, skills,
         ["nationality", "marital_status", "religion"],
         ["en", "txt", "customs-broker", "year-only-dates"])


def en09_data_engineer():
    f = "en09_data_engineer.md"
    name = "Lukas Schäfer"
    jobs = [
        Job("Senior Data Engineer", "Lumen Mobility GmbH", (2020, 10), None, style="dot_my",
            now="current", bullets=["Owns the streaming ingestion platform (3 TB/day)."]),
        Job("Data Engineer", "Spreeflow Analytics", (2017, 4), (2020, 9), style="dot_my",
            bullets=["Migrated nightly batch jobs to an orchestrated ELT stack."]),
        Job("Data Engineering Intern", "Spreeflow Analytics", (2016, 6), (2016, 11), kind="intern",
            style="dot_my", bullets=[]),
    ]
    skills = [("Python", "python"), ("SQL", "sql"), ("Apache Spark", "spark"), ("Kafka", "kafka"),
              ("dbt", "dbt"), ("Airflow", "airflow"), ("AWS", "aws"), ("Terraform", "terraform"),
              ("Docker", "docker"), ("Snowflake", "snowflake")]
    md = [f"# {name}", "", "Data Engineer — Berlin, Germany", "",
          "Phone: 0151 23456789 | Email: lukas.schaefer@example.de | GitHub: github.com/lschaefer-data", "",
          "## Skills", "", "| Category | Skills |", "|---|---|",
          "| Languages | Python, SQL |", "| Processing | Apache Spark, Kafka, dbt |",
          "| Orchestration | Airflow |", "| Cloud & infrastructure | AWS, Terraform, Docker, Snowflake |", "",
          "## Experience", ""]
    for j in jobs:
        md.append(f"**{j.title}**, {j.org} — {j.dates}  ")
        md += [f"- {b}" for b in j.bullets]
        md.append("")
    md += ["## Education", "", "M.Sc. Computer Science, TU Berlin (2017)", "",
           "## Languages", "", "German (native), English (C1)", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(md))
    case(f, "en", name, ["lukas.schaefer@example.de"], ["+4915123456789"], jobs, skills, [],
         ["en", "md", "tech", "data-engineer", "table", "internship-excluded"])


def en10_qa():
    f = "en10_qa_engineer_two_column.docx"
    name = "Nguyễn Thị Mai Anh"
    jobs = [
        Job("Senior QA Engineer", "Saigon Fintech JSC", (2019, 4), None, style="mon",
            bullets=["Built the UI and API regression suites (2,300 automated cases)."]),
        Job("Freelance QA Tester (self-employed)", "", (2018, 6), (2019, 12), style="mon",
            bullets=["Crowd-testing projects for mobile apps."]),
        Job("QA Engineer", "Lotus Outsourcing Co.", (2016, 1), (2019, 3), style="mon",
            bullets=["Manual and automated testing for Japanese clients."]),
    ]
    skills = [("Selenium", "selenium"), ("Cypress", "cypress"), ("Postman", "postman"),
              ("JIRA", "jira"), ("TestRail", "testrail"), ("Jenkins", "jenkins"), ("Java", "java"),
              ("Python", "python"), ("Test automation", "test automation"), ("API testing", "api testing")]
    d = new_docx("en")
    dpara(d, name, bold=True, size=20, space_after=0)
    dpara(d, "QA Engineer", size=12, color="444444")
    dpara(d, "Ho Chi Minh City, Vietnam  ·  090 123 4567  ·  maianh.nguyen@example.vn")
    dpara(d, "Date of birth: 02/03/1993  ·  Gender: Female  ·  Marital status: Single")
    new = d.add_section(WD_SECTION.CONTINUOUS)
    set_cols(new, 2)
    dheading(d, "Skills")
    for x, _ in skills:
        dpara(d, "▪ " + x, space_after=0)
    dheading(d, "Education")
    dpara(d, "B.Eng. Software Engineering, HCMC University of Technology (2015)")
    dheading(d, "Languages")
    dpara(d, "Vietnamese (native), English (IELTS 7.5), Japanese (N3)")
    p = dpara(d)
    p.add_run().add_break(WD_BREAK.COLUMN)
    dheading(d, "Experience")
    for j in jobs:
        djob(d, j, "en")
    save_docx(d, os.path.join(OUT_DIR, f))
    case(f, "en", name, ["maianh.nguyen@example.vn"], ["+84901234567"], jobs, skills,
         ["birth_date", "gender", "marital_status"],
         ["en", "docx", "two-column", "tech", "qa-engineer", "overlap", "freelance", "diacritics"])


def en11_electrician():
    f = "en11_electrician.txt"
    name = "Kevin O'Brien-Walsh"
    jobs = [
        Job("Electrician (self-employed, ABN)", "O'Brien-Walsh Electrical", (2017, 2), None,
            style="mon", now="now", bullets=["Residential and light-commercial work; 40+ solar installs a year."]),
        Job("Electrician", "Sparks Bros Electrical", (2013, 1), (2017, 1), style="mon",
            bullets=["Commercial fit-outs and maintenance contracts."]),
    ]
    skills = [("Switchboard upgrades", "switchboard upgrades"),
              ("Solar PV installation", "solar pv installation"), ("Fault finding", "fault finding"),
              ("PLC programming", "plc programming"), ("Test and tag", "test and tag"),
              ("AutoCAD", "autocad")]
    lines = [f"{name.upper()} — Licensed Electrician (QLD)",
             "Brisbane QLD 4000 | Mob 0412 345 678 | sparky.kob@example.com.au",
             "Personal: Age 36, own vehicle and tools", "",
             "SKILLS"]
    lines += [f"  * {x}" for x, _ in skills]
    lines += ["", "WORK HISTORY"]
    for j in jobs:
        lines.append(f"{j.dates} : {j.title}, {j.org}")
        lines += [f"      {b}" for b in j.bullets]
    lines += ["", "QUALIFICATIONS",
              "  Electrical Licence (Queensland)",
              "  Certificate III in Electrotechnology Electrician (completed 2012)", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    case(f, "en", name, ["sparky.kob@example.com.au"], ["+61412345678"], jobs, skills, ["age"],
         ["en", "txt", "trades", "electrician", "apostrophe-name", "self-employed"])


def en12_hotel_manager():
    f = "en12_hotel_manager_footer.pdf"
    S = styles("en")
    name = "Chiara Lo Russo"
    jobs = [
        Job("Hotel Manager", "Palazzo Brera Hotel", (2016, 3), None, style="mon_dot", now="to date",
            place="Milan", bullets=["92-room five-star property; RevPAR +21% in 2023.",
                                    "Leads 75 staff across rooms, F&B and events.",
                                    "Re-opened the property after the 2020 closure."]),
        Job("Front Office Manager", "Grand Hotel Lago", (2011, 9), (2016, 2), style="mon_dot",
            place="Como", bullets=["Front office team of 18; guest satisfaction 92/100."]),
        Job("Hospitality Trainee (internship)", "Grand Hotel Lago", (2010, 6), (2011, 8),
            kind="intern", style="mon_dot", place="Como", bullets=["Rotations in reception and F&B."]),
    ]
    skills = [("Opera PMS", "opera pms"), ("Revenue management", "revenue management"),
              ("Budgeting", "budgeting"), ("Excel", "excel"), ("Guest relations", "guest relations"),
              ("Team leadership", "team leadership")]
    img = RLImage(photo_png(3), width=26 * mm, height=32.5 * mm)
    head = Table([[[P(name, S["name"]), P("Hotel Manager", S["title"]),
                    P("Date of birth: 12/07/1985", S["body"])], img]],
                 colWidths=[140 * mm, 38 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st = [head]
    st += section("Summary", S)
    st.append(P("Hotel manager with fifteen years in four- and five-star properties; strengths in "
                "revenue management, budgeting and guest relations.", S["body"]))
    st += section("Skills", S)
    st.append(P(" | ".join(x for x, _ in skills), S["body"]))
    st += section("Professional Experience", S)
    for j in jobs:
        st += job_flow(j, S, "en")
    st.append(PageBreak())
    st += section("Education", S)
    st.append(P("Laurea in Economia del Turismo, Università Bocconi — 2010", S["body"]))
    st += section("Languages", S)
    st.append(P("Italian (native), English (C1), German (B2)", S["body"]))
    st.append(Spacer(1, 10))
    st.append(P("I authorise the processing of my personal data pursuant to Regulation (EU) 2016/679.",
                S["small"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "en",
              header="Chiara Lo Russo — Curriculum Vitae",
              footer="Milano, Italia  ·  347 123 4567  ·  chiara.lorusso@example.it  ·  page {page}")
    case(f, "en", name, ["chiara.lorusso@example.it"], ["+393471234567"], jobs, skills,
         ["photo", "birth_date"],
         ["en", "pdf", "footer-contact", "multi-page", "photo-image", "hospitality",
          "internship-excluded"])


def en13_actuary():
    f = "en13_actuary_headline.docx"
    name = "Benjamin K. Adeyemi-Clarke"
    jobs = [
        Job("Senior Actuary", "Charter Oak Mutual", (2017, 6), None, style="full",
            place="Hartford, CT", bullets=["Owns personal-auto rate indications for 11 states."]),
        Job("Actuarial Analyst", "Nutmeg Casualty", (2012, 6), (2017, 5), style="full",
            place="Hartford, CT", bullets=["Quarterly loss-reserve reviews."]),
        Job("Actuarial Intern", "Nutmeg Casualty", (2011, 6), (2011, 8), kind="intern", style="full",
            place="Hartford, CT", bullets=[]),
    ]
    skills = [("R", "r"), ("Python", "python"), ("SQL", "sql"), ("SAS", "sas"), ("Excel", "excel"),
              ("Pricing", "pricing"), ("Reserving", "reserving"),
              ("Predictive modeling", "predictive modeling")]
    d = new_docx("en")
    dpara(d, "SENIOR PRICING ACTUARY  |  FSA  |  14 YEARS IN P&C INSURANCE", bold=True, size=11,
          color="1F4E79", space_after=6)
    dpara(d, name, bold=True, size=18, space_after=0)
    dpara(d, "Hartford, CT  ·  (860) 555-0134  ·  ben.adeyemiclarke@example.com")
    dheading(d, "Summary")
    dpara(d, "Fellow of the Society of Actuaries specialising in pricing and reserving for personal "
             "auto and homeowners.")
    dheading(d, "Technical Skills")
    dpara(d, "Programming & tools: R, Python, SQL, SAS, Excel")
    dpara(d, "Actuarial: Pricing, Reserving, Predictive modeling")
    dheading(d, "Experience")
    for j in jobs:
        djob(d, j, "en")
    dheading(d, "Education & Credentials")
    dpara(d, "BS Mathematics, University of Connecticut (2012)")
    dpara(d, "FSA — Fellow of the Society of Actuaries (2019)")
    save_docx(d, os.path.join(OUT_DIR, f))
    case(f, "en", name, ["ben.adeyemiclarke@example.com"], ["+18605550134"], jobs, skills, [],
         ["en", "docx", "headline-first", "actuary", "initials", "internship-excluded"])


def en14_social_worker():
    f = "en14_social_worker.md"
    name = "María José Fernández-Luna"
    jobs = [
        Job("Clinical Social Worker", "Eastside Community Health Center", (2019, 1), None, style="mon",
            bullets=["Caseload of 45 adults with serious mental illness."]),
        Job("Psychotherapist (part-time, private practice)", "", (2021, 9), None, style="mon",
            bullets=["Evening sessions, 8 hours a week."]),
        Job("Case Manager", "Boyle Heights Family Services", (2014, 8), (2018, 12), style="mon",
            bullets=["Housing and benefits navigation for families."]),
        Job("Volunteer Crisis Line Counselor", "LA Warmline", (2010, None), (2013, None),
            kind="volunteer", style="mon", bullets=[]),
    ]
    skills = [("Case management", "case management"), ("Crisis intervention", "crisis intervention"),
              ("Motivational interviewing", "motivational interviewing"),
              ("Trauma-informed care", "trauma-informed care"),
              ("Group facilitation", "group facilitation")]
    md = [f"# {name}", "", "Licensed Clinical Social Worker (LCSW)", "",
          "Los Angeles, CA · 213.555.0178 · mj.fernandezluna@example.org", "",
          "Licensed clinical social worker with twelve years in community mental health. "
          "Bilingual English/Spanish.", "",
          "## Core skills", "", " | ".join(x for x, _ in skills), "", "## Experience", ""]
    for j in jobs:
        head = f"**{j.title}**" + (f", {j.org}" if j.org else "")
        md.append(f"- {head} — {j.dates}")
        md += [f"  - {b}" for b in j.bullets]
    md += ["", "## Education", "", "- MSW, University of Southern California (2014)",
           "- BA Psychology, UC Riverside (2012)", "", "## Languages", "", "English, Spanish (native)", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(md))
    case(f, "en", name, ["mj.fernandezluna@example.org"], ["+12135550178"], jobs, skills, [],
         ["en", "md", "social-worker", "overlap", "part-time", "volunteer-excluded", "accented-name"])


def en15_supply_planner():
    f = "en15_supply_planner.pdf"
    S = styles("en")
    name = "Øystein Haugland"
    jobs = [
        Job("Supply Planner", "Nordlys Foods AS", (2020, 1), None, style="iso", sep=" → ",
            now="present", place="Oslo", bullets=["Plans 1,400 SKUs across three plants; service level 98.6%."]),
        Job("Demand Planner", "Fjordmat AS", (2015, 8), (2019, 12), style="iso", sep=" → ",
            place="Drammen", bullets=["Statistical forecasting for dairy and bakery."]),
    ]
    skills = [("SAP IBP", "sap ibp"), ("SAP APO", "sap apo"), ("Demand planning", "demand planning"),
              ("Supply planning", "supply planning"), ("S&OP", "s&op"),
              ("Inventory optimization", "inventory optimization"), ("Excel", "excel"),
              ("Power BI", "power bi")]
    st = [P(name, S["name"]), P("Supply Planner", S["title"]),
          P("Oslo, Norway  |  912 34 567  |  oystein.haugland@example.no", S["body"])]
    st += section("Summary", S)
    st.append(P("Planner with eleven years in FMCG demand planning and supply planning.", S["body"]))
    st += section("Skills", S)
    st.append(grid_table([["Area", "Skills"],
                          ["Planning systems", "SAP IBP, SAP APO"],
                          ["Methods", "Demand planning, Supply planning, S&OP, Inventory optimization"],
                          ["Analytics", "Excel, Power BI"]], [40 * mm, 138 * mm], S))
    st += section("Experience", S)
    for j in jobs:
        st += job_flow(j, S, "en")
    st += section("Education", S)
    st.append(P("MSc Logistics, BI Norwegian Business School — 2015", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "en")
    case(f, "en", name, ["oystein.haugland@example.no"], ["+4791234567"], jobs, skills, [],
         ["en", "pdf", "table", "supply-planner", "iso-dates"])


def en16_fullstack():
    f = "en16_fullstack_engineer.md"
    name = "Zoë Müller-Lindqvist"
    jobs = [
        Job("Senior Software Engineer", "Klarberg AB", (2019, 9), None, style="mon", now="current",
            bullets=["Tech lead for the merchant dashboard."]),
        Job("Contract Developer (freelance)", "", (2019, 1), (2019, 6), style="mon",
            bullets=["Short contracts for two fintech start-ups."]),
        Job("Software Engineer", "Nordvik Media", (2017, 3), (2019, 8), style="mon",
            bullets=["Built the paywall and subscription services."]),
        Job("Thesis Intern", "Nordvik Media", (2016, 1), (2016, 6), kind="intern", style="mon"),
    ]
    skills = [("TypeScript", "typescript"), ("React", "react"), ("Node.js", "node.js"),
              ("PostgreSQL", "postgresql"), ("GraphQL", "graphql"), ("Docker", "docker"),
              ("Kubernetes", "kubernetes"), ("Go", "go")]
    md = [f"# {name}", "", "Senior Software Engineer · Stockholm, Sweden", "",
          "- Phone: 070-123 45 67", "- Email: zoe.ml@example.se", "",
          "## Tech stack", "", " · ".join(x for x, _ in skills), "", "## Experience", ""]
    for j in jobs:
        md.append(f"{j.title}" + (f" — {j.org}" if j.org else "") + f" — {j.dates}")
        md += [f"- {b}" for b in j.bullets]
        md.append("")
    md += ["## Education", "", "MSc Computer Science, KTH Royal Institute of Technology (2017)", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(md))
    case(f, "en", name, ["zoe.ml@example.se"], ["+46701234567"], jobs, skills, [],
         ["en", "md", "tech", "overlap", "contract", "diacritics", "internship-excluded"])


def en17_marketing_hidden():
    f = "en17_marketing_analyst_hidden.docx"
    name = "Aditya Varma"
    jobs = [
        Job("Senior Marketing Analyst", "Kaveri Retail Pvt Ltd", (2022, 3), None, style="mon",
            place="Bengaluru", bullets=["Attribution and campaign measurement for 4 brands."]),
        Job("Marketing Analyst", "Kaveri Retail Pvt Ltd", (2018, 7), (2022, 2), style="mon",
            place="Bengaluru", bullets=["Weekly performance reporting; ran 60+ experiments."]),
        Job("Marketing Intern", "Kaveri Retail Pvt Ltd", (2018, 1), (2018, 6), kind="intern",
            style="mon", place="Bengaluru"),
    ]
    skills = [("Google Analytics", "google analytics"), ("SEO", "seo"), ("SQL", "sql"),
              ("Tableau", "tableau"), ("Excel", "excel"), ("Market research", "market research"),
              ("A/B testing", "a/b testing")]
    d = new_docx("en")
    dpara(d, name, bold=True, size=20, space_after=0)
    dpara(d, "Senior Marketing Analyst", size=12, color="444444")
    p = dpara(d, "Bengaluru, India  ·  98450 12345  ·  aditya.varma@example.in")
    r = p.add_run("  ·  Date of birth: 04/05/1991  ·  Religion: Hindu")
    r.font.hidden = True  # w:vanish
    r = p.add_run("  aditya.hidden@example.com  +91 99000 11111")
    r.font.size = Pt(1)  # 1-pt text
    dheading(d, "Summary")
    dpara(d, "Marketing analyst with eight years in e-commerce; skilled in Google Analytics, SQL and "
             "A/B testing.")
    p = dpara(d)
    r = p.add_run("Python TensorFlow Kubernetes AWS Machine learning Deep learning — 15 years "
                  "experience — Data Scientist, Google, 2008 – 2018")
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)  # white on white
    dheading(d, "Skills")
    dpara(d, ", ".join(x for x, _ in skills))
    dheading(d, "Experience")
    for j in jobs:
        djob(d, j, "en")
    dheading(d, "Education")
    dpara(d, "MBA (Marketing), Christ University (2017)")
    save_docx(d, os.path.join(OUT_DIR, f))
    case(f, "en", name, ["aditya.varma@example.in"], ["+919845012345"], jobs, skills, [],
         ["en", "docx", "hidden-text", "vanish", "white-text", "1pt-text", "marketing",
          "internship-excluded"])


def en18_logistics():
    f = "en18_logistics_coordinator.pdf"
    S = styles("en")
    name = "Grace Wanjiru Kamau"
    jobs = [
        Job("Logistics Coordinator", "Rift Valley Freight Ltd", (2018, 7), None, style="mon_dot",
            now="present", place="Nairobi", bullets=["Coordinates 300 containers a month Mombasa–Kampala."]),
        Job("Logistics Assistant", "Savannah Distributors", (2016, 2), (2018, 6), style="mon_dot",
            place="Nairobi", bullets=["Dispatch scheduling for 22 trucks."]),
        Job("Volunteer, flood-relief logistics", "Kenya Red Cross", (2015, 3), (2015, 9),
            kind="volunteer", style="mon_dot"),
    ]
    skills = [("Freight forwarding", "freight forwarding"), ("Route planning", "route planning"),
              ("Inventory management", "inventory management"),
              ("Customs documentation", "customs documentation"), ("Excel", "excel"), ("Odoo", "odoo")]
    st = [P("LOGISTICS COORDINATOR  |  FREIGHT & DISTRIBUTION  |  10 YEARS", S["headline"]),
          Spacer(1, 3), P(name, S["name"]),
          P("Nairobi, Kenya  ·  0722 123 456  ·  grace.kamau@example.co.ke", S["body"]),
          P("Marital status: Married  ·  Ethnicity: Kikuyu", S["body"])]
    st += section("Summary", S)
    st.append(P("Logistics coordinator with ten years in East African freight and distribution.",
                S["body"]))
    st += section("Skills", S)
    st.append(P(", ".join(x for x, _ in skills), S["body"]))
    st += section("Experience", S)
    for j in jobs:
        st += job_flow(j, S, "en")
    st += section("Education", S)
    st.append(P("BCom (Supply Chain), Strathmore University — 2015", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "en")
    case(f, "en", name, ["grace.kamau@example.co.ke"], ["+254722123456"], jobs, skills,
         ["marital_status", "ethnicity"],
         ["en", "pdf", "headline-first", "logistics", "volunteer-excluded"])


def en19_image_only():
    f = "en19_vet_technician_scan.pdf"
    W, H = 1240, 1754  # A4 at 150 dpi
    img = PILImage.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    big = ImageFont.truetype(DEJAVU_B, 46)
    mid = ImageFont.truetype(DEJAVU_B, 28)
    body = ImageFont.truetype(DEJAVU, 24)
    y = 110
    d.text((110, y), "Leilani Kahale", font=big, fill="black"); y += 70
    d.text((110, y), "Veterinary Technician", font=mid, fill=(40, 40, 40)); y += 50
    d.text((110, y), "Honolulu, HI  ·  (808) 555-0119  ·  leilani.kahale@example.com", font=body,
           fill="black"); y += 80
    for head, rows in (
            ("EXPERIENCE", ["Lead Veterinary Technician, Aloha Animal Hospital   Mar 2019 – Present",
                            "Veterinary Assistant, Kaimuki Pet Clinic   Jun 2015 – Feb 2019"]),
            ("SKILLS", ["Anesthesia monitoring, Dental prophylaxis, Radiography, AVImark"]),
            ("EDUCATION", ["AAS Veterinary Technology, Windward Community College (2015)"])):
        d.text((110, y), head, font=mid, fill=(31, 78, 121)); y += 44
        d.line((110, y, W - 110, y), fill=(157, 179, 200), width=2); y += 16
        for r in rows:
            d.text((110, y), r, font=body, fill="black"); y += 38
        y += 30
    # make it look scanned: slight grey noise-free tint and rotation
    img = img.rotate(0.6, resample=PILImage.BICUBIC, fillcolor="white")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    path = os.path.join(OUT_DIR, f)
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    CASES.append(dict(file=f, lang="en", no_text=True,
                      tags=["en", "pdf", "image-only", "scanned", "veterinary"]))


# ---- invariance group 1 (EN, PDF) ----
JOB_G1 = {"job_id": "HO-J01", "title": "Senior FP&A Analyst",
          "required_skills": ["excel", "financial modeling", "sql"],
          "nice_to_have": ["power bi", "anaplan"], "min_years": 5}


def en_g1(variant):
    f = f"en20_fpa_analyst_cf_{variant}.pdf"
    S = styles("en")
    name = "Samuel Osei-Bonsu"
    jobs = [
        Job("Senior FP&A Analyst", "Pennine Retail Group", (2020, 9), None, style="mon_dot",
            place="Manchester", bullets=["Owns the £1.2bn revenue forecast and monthly board pack."]),
        Job("Financial Analyst", "Irwell Logistics", (2016, 9), (2020, 8), style="mon_dot",
            place="Salford", bullets=["Built the driver-based budget model for 40 depots."]),
        Job("Finance Intern", "Irwell Logistics", (2015, 6), (2015, 8), kind="intern",
            style="mon_dot", place="Salford"),
    ]
    skills = [("Excel", "excel"), ("Financial modeling", "financial modeling"), ("SQL", "sql"),
              ("Power BI", "power bi"), ("Anaplan", "anaplan"), ("Budgeting", "budgeting"),
              ("Variance analysis", "variance analysis")]
    left = [P(name, S["name"]), P("Senior FP&A Analyst", S["title"]),
            P("Manchester, UK  ·  0161 496 0732  ·  s.oseibonsu@example.co.uk", S["body"])]
    if variant == "b":
        left.append(P("Date of birth: 03/11/1979  ·  Nationality: Ghanaian  ·  Marital status: Married",
                      S["body"]))
        head = Table([[left, photo_marker(S, "[Photo]", 24 * mm, 30 * mm)]],
                     colWidths=[146 * mm, 32 * mm])
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st = [head]
    else:
        st = list(left)
    st += section("Summary", S)
    st.append(P("Finance professional with ten years in FP&A for retail and logistics groups. Strong "
                "in financial modeling, budgeting and variance analysis.", S["body"]))
    st += section("Skills", S)
    st.append(P(" · ".join(x for x, _ in skills), S["body"]))
    st += section("Experience", S)
    for j in jobs:
        st += job_flow(j, S, "en")
    st += section("Education & Qualifications", S)
    st.append(P("BSc Accounting and Finance, University of Manchester — 2016", S["body"]))
    st.append(P("CIMA: ACMA, CGMA (2019)", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "en")
    prot = ["birth_date", "nationality", "marital_status", "photo"] if variant == "b" else []
    case(f, "en", name, ["s.oseibonsu@example.co.uk"], ["+441614960732"], jobs, skills, prot,
         ["en", "pdf", "invariance", "finance"] + (["photo-marker"] if variant == "b" else []),
         job=JOB_G1, group="HO-CF1")


# ---- invariance group 2 (EN, DOCX) ----
JOB_G2 = {"job_id": "HO-J02", "title": "Project Engineer (Construction)",
          "required_skills": ["autocad", "site supervision"],
          "nice_to_have": ["primavera p6", "civil 3d"], "min_years": 8}


def en_g2(variant):
    f = f"en21_site_engineer_cf_{variant}.docx"
    name = "Alex Moreau-Tremblay"
    jobs = [
        Job("Project Engineer", "Bâtir Laurentides Inc.", (2022, 3), None, style="since",
            place="Laval", bullets=["Delivers mid-rise residential projects up to CAD 60M."]),
        Job("Site Engineer", "Groupe Fleuve Construction", (2018, None), (2021, None), style="mon",
            place="Montréal", bullets=["Supervised structural works on a hospital extension."]),
        Job("Junior Site Engineer", "Groupe Fleuve Construction", (2014, None), (2017, None),
            style="mon", place="Montréal", bullets=["Daily reports, quantity take-offs."]),
    ]
    skills = [("AutoCAD", "autocad"), ("Civil 3D", "civil 3d"), ("Primavera P6", "primavera p6"),
              ("Site supervision", "site supervision"), ("Quality control", "quality control"),
              ("Cost estimation", "cost estimation")]
    d = new_docx("en")
    dpara(d, name, bold=True, size=20, space_after=0)
    dpara(d, "Project Engineer — Construction", size=12, color="444444")
    dpara(d, "Montréal, QC, Canada  ·  514 555 0163  ·  alex.moreau.tremblay@example.ca")
    if variant == "a":
        dpara(d, "Gender: Female  ·  Age: 34  ·  Religion: Muslim")
    else:
        dpara(d, "Gender: Male  ·  Age: 51  ·  Religion: Catholic")
    dheading(d, "Summary")
    dpara(d, "Construction engineer with twelve years on commercial and infrastructure sites; skilled "
             "in site supervision, cost estimation and quality control.")
    dheading(d, "Skills")
    dpara(d, " | ".join(x for x, _ in skills))
    dheading(d, "Experience")
    for j in jobs:
        djob(d, j, "en")
    dheading(d, "Education")
    dpara(d, "B.Eng. Civil Engineering, Polytechnique Montréal (2013)")
    dpara(d, "Languages: French, English")
    save_docx(d, os.path.join(OUT_DIR, f))
    case(f, "en", name, ["alex.moreau.tremblay@example.ca"], ["+15145550163"], jobs, skills,
         ["gender", "age", "religion"],
         ["en", "docx", "invariance", "construction", "year-only-dates"], job=JOB_G2, group="HO-CF2")


# ============================== CHINESE ====================================

def zh01_pharmacist():
    f = "zh01_clinical_pharmacist.pdf"
    S = styles("zh")
    name = "林晓彤"
    jobs = [
        Job("主管药师", "广州南华医院", (2021, 1), None, style="dot", sep=" - ", now="至今",
            bullets=["负责肿瘤科处方前置审核，年审核处方约12万张。", "参与抗菌药物专项点评与不良反应上报。"]),
        Job("药剂师", "广州南华医院", (2017, 7), (2020, 12), style="dot", sep=" - ",
            bullets=["门诊及住院药房调剂，参与静脉用药集中调配中心建设。"]),
        Job("实习药师", "广州市第九人民医院", (2016, 7), (2017, 5), kind="intern", style="dot", sep=" - ",
            bullets=["药房轮转实习。"]),
    ]
    skills = [("临床药学", "clinical pharmacy"), ("药物警戒", "pharmacovigilance"),
              ("处方审核", "prescription review"), ("Excel", "excel"), ("SPSS", "spss")]
    st = [P("临床药师 ｜ 三甲医院9年药学经验 ｜ 求职意向：主管药师", S["headline"]), Spacer(1, 4),
          P(name, S["name"]),
          P("广州市天河区 ｜ 手机：138-2600-1234 ｜ 邮箱：lin.xiaotong@example.cn", S["body"]),
          P("性别：女 ｜ 出生年月：1994年3月 ｜ 政治面貌：中共党员", S["body"])]
    st += section("个人简介", S)
    st.append(P("执业药师，熟悉临床药学与药物警戒工作，责任心强。", S["body"]))
    st += section("工作经历", S)
    for j in jobs:
        st += job_flow(j, S, "zh")
    st += section("专业技能", S)
    st.append(P("、".join(x for x, _ in skills), S["body"]))
    st += section("教育背景", S)
    st.append(P("2012.09 - 2016.06　中山大学　药学（本科）", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "zh")
    case(f, "zh", name, ["lin.xiaotong@example.cn"], ["+8613826001234"], jobs, skills,
         ["gender", "birth_date", "political_affiliation"],
         ["zh", "pdf", "headline-first", "pharmacist", "internship-excluded"])


def zh02_architect():
    f = "zh02_architect_table.docx"
    name = "上官云舒"
    jobs = [
        Job("主创建筑师", "杭州筑境设计院", (2018, 7), None, style="nian", sep="—", now="今",
            bullets=["主持文教类项目方案设计，累计建成面积约30万平方米。"]),
        Job("建筑设计师", "浙江省城建设计研究院", (2014, 7), (2018, 6), style="nian", sep="—",
            bullets=["参与住宅及商业综合体项目全过程设计。"]),
    ]
    skills = [("AutoCAD", "autocad"), ("Revit", "revit"), ("SketchUp", "sketchup"), ("Rhino", "rhino"),
              ("Photoshop", "photoshop"), ("BIM", "bim"), ("方案设计", "schematic design")]
    d = new_docx("zh")
    dpara(d, "个人简历", bold=True, size=18)
    t = d.add_table(rows=5, cols=5)
    t.style = "Table Grid"
    grid = [("姓名", name, "性别", "女"), ("年龄", "34岁", "民族", "汉族"),
            ("籍贯", "浙江绍兴", "婚姻状况", "已婚"), ("手机", "139 5710 2233", "邮箱", "sgys@example.com"),
            ("办公电话", "0571-8765 4321", "现居", "杭州市西湖区")]
    for i, row in enumerate(grid):
        for k, v in enumerate(row):
            cell_text(t.cell(i, k), v, bold=(k % 2 == 0))
    ph = t.cell(0, 4).merge(t.cell(4, 4))
    cell_text(ph, "照片")
    dheading(d, "求职意向")
    dpara(d, "主创建筑师 / 设计总监")
    dheading(d, "工作经历")
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ("时间", "单位", "职位", "主要工作")):
        cell_text(c, h, bold=True)
    for j in jobs:
        r = t2.add_row().cells
        cell_text(r[0], j.dates)
        cell_text(r[1], j.org)
        cell_text(r[2], j.title)
        cell_text(r[3], "".join(j.bullets))
    dheading(d, "专业技能")
    dpara(d, "软件：" + "、".join(x for x, _ in skills[:6]))
    dpara(d, "专业：方案设计")
    dheading(d, "教育背景")
    dpara(d, "2009.09—2014.06　东南大学　建筑学（五年制本科）")
    dpara(d, "一级注册建筑师")
    save_docx(d, os.path.join(OUT_DIR, f))
    case(f, "zh", name, ["sgys@example.com"], ["+8613957102233", "+8657187654321"], jobs, skills,
         ["photo", "gender", "age", "ethnicity", "native_place", "marital_status"],
         ["zh", "docx", "table", "architect", "photo-marker", "compound-surname", "landline"])


def zh03_chef():
    f = "zh03_executive_chef.txt"
    name = "马德华"
    jobs = [
        Job("行政总厨", "成都锦里酒楼", (2016, 9), None, style="nian", sep="", now="至今",
            bullets=["管理厨房团队32人，年营业额约4000万元。"]),
        Job("待业（照顾家中老人）", "", (2015, 9), (2016, 8), kind="break", style="nian", sep="-"),
        Job("厨师长", "蓉城宾馆", (2012, 3), (2015, 8), style="nian", sep="-",
            bullets=["负责宴会菜单设计与后厨管理。"]),
        Job("厨师", "巴蜀人家餐厅", (2008, 3), (2012, 2), style="nian", sep="-", bullets=["热菜岗位。"]),
    ]
    skills = [("川菜", "sichuan cuisine"), ("菜品研发", "menu development"), ("成本控制", "cost control"),
              ("食品安全管理", "food safety management"), ("HACCP", "haccp")]
    lines = [name, "求职意向：行政总厨", "",
             "电话：+86 135 5012 8899    邮箱：28817766@qq.com",
             "现居：四川成都    年龄：39岁    健康状况：良好    身高：172cm", "",
             "【技能特长】", "、".join(x for x, _ in skills), "", "【工作经历】"]
    for j in jobs:
        lines.append(f"{j.dates}　{j.org}　{j.title}".replace("　　", "　"))
        lines += [f"　　{b}" for b in j.bullets]
    lines += ["", "【教育培训】", "2006年9月-2008年7月　四川烹饪专科学校　烹饪工艺与营养", "",
              "【证书】", "中式烹调师（高级技师）", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    case(f, "zh", name, ["28817766@qq.com"], ["+8613550128899"], jobs, skills,
         ["age", "health", "height_weight"], ["zh", "txt", "chef", "career-break"])


def zh04_pilot():
    f = "zh04_captain_two_column.pdf"
    S = styles("zh")
    name = "赵一鸣"
    jobs = [
        Job("机长", "东海航空有限公司", (2019, 4), None, style="dot", sep=" - ", now="至今",
            bullets=["A320机型机长，累计飞行时间9200小时。"]),
        Job("副驾驶", "东海航空有限公司", (2014, 10), (2019, 3), style="dot", sep=" - ",
            bullets=["执飞国内及东南亚航线。"]),
        Job("飞行员（服役）", "中国人民解放军空军某部", (2009, 9), (2014, 8), kind="military", style="dot",
            sep=" - ", bullets=["运输机飞行员，服役期满退役。"]),
    ]
    skills = [("机组资源管理", "crew resource management"), ("飞行计划", "flight planning"),
              ("安全管理体系", "safety management systems"),
              ("威胁与差错管理", "threat and error management")]
    st = [P(name, S["name"]), P("机长（A320机型）", S["title"]), FrameBreak()]
    st += [P("联系方式", S["h2"]), P("上海市浦东新区", S["side"]), P("手机：186 0021 7788", S["side"]),
           P("邮箱：zhao.yiming@example.com", S["side"])]
    st += [P("个人信息", S["h2"]), P("政治面貌：中共党员", S["side"]), P("身高：178cm", S["side"]),
           P("体重：72kg", S["side"]), P("健康状况：良好", S["side"])]
    st += [P("专业技能", S["h2"])] + [P("● " + x, S["side"]) for x, _ in skills]
    st += [P("执照", S["h2"]), P("CAAC航线运输驾驶员执照", S["side"]), P("A320机型等级", S["side"])]
    st += [P("语言", S["h2"]), P("英语（ICAO 4级）", S["side"])]
    st.append(FrameBreak())
    st += section("个人简介", S)
    st.append(P("12年民航运输飞行经历，安全记录良好。", S["body"]))
    st += section("工作经历", S)
    for j in jobs[:2]:
        st += job_flow(j, S, "zh")
    st += section("服役经历", S)
    st += job_flow(jobs[2], S, "zh")
    st += section("教育背景", S)
    st.append(P("2005.09 - 2009.07　空军航空大学　飞行技术（本科）", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "zh", two_col=(24, 58), side_bg=True)
    case(f, "zh", name, ["zhao.yiming@example.com"], ["+8618600217788"], jobs, skills,
         ["political_affiliation", "height_weight", "health"],
         ["zh", "pdf", "two-column", "pilot", "military-excluded"])


def zh05_teacher():
    f = "zh05_chinese_teacher.md"
    name = "韩雪"
    jobs = [
        Job("教研组长", "北京市育英实验中学", (2018, 8), None, style="nian", sep="", now="至今",
            bullets=["带领语文教研组14人，主持区级课题2项。"]),
        Job("语文教师", "北京市育英实验中学", (2012, 9), (2018, 7), style="nian", sep="—",
            bullets=["担任班主任6年，所带班级中考语文平均分区排名第一。"]),
        Job("支教志愿者", "云南省临沧市某乡村小学", (2011, 3), (2011, 7), kind="volunteer", style="nian",
            sep="—"),
    ]
    skills = [("课程设计", "curriculum design"), ("班级管理", "classroom management"),
              ("Excel", "excel"), ("PowerPoint", "powerpoint")]
    md = [f"# {name}", "", "**中学语文教师 / 教研组长**", "",
          "- 手机：15811223344", "- 邮箱：hanxue.teacher@example.com", "- 现居：北京市海淀区",
          "- 籍贯：山东潍坊", "- 婚姻状况：已婚", "", "## 专业技能", ""]
    md += [f"- {x}" for x, _ in skills]
    md += ["", "## 工作经历", ""]
    for j in jobs:
        md.append(f"### {j.org}｜{j.title}｜{j.dates}")
        md += [f"- {b}" for b in j.bullets]
        md.append("")
    md += ["## 教育背景", "", "2008.09—2012.06　北京师范大学　汉语言文学（师范）", "",
           "## 证书", "", "高级中学教师资格证；普通话一级甲等", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(md))
    case(f, "zh", name, ["hanxue.teacher@example.com"], ["+8615811223344"], jobs, skills,
         ["native_place", "marital_status"], ["zh", "md", "teacher", "volunteer-excluded"])


def zh06_journalist():
    f = "zh06_journalist_header_footer.docx"
    name = "司徒嘉欣"
    jobs = [
        Job("资深编辑", "鹏城都市报", (2020, 1), None, style="slash", sep=" ~ ", now="至今",
            bullets=["负责调查报道组选题与审稿。"]),
        Job("自由撰稿人（自雇）", "", (2017, 7), (2019, 12), style="slash", sep=" ~ ",
            bullets=["为多家财经媒体供稿。"]),
        Job("记者", "南粤晚报", (2013, 7), (2017, 6), style="slash", sep=" ~ ",
            bullets=["社会新闻及民生调查。"]),
    ]
    skills = [("新闻采写", "news writing"), ("调查报道", "investigative reporting"),
              ("数据新闻", "data journalism"), ("视频剪辑", "video editing"),
              ("Premiere Pro", "premiere pro")]
    d = new_docx("zh")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "司徒嘉欣 ｜ 手机 13760012345 ｜ situ.jiaxin@example.com"
    sec.footer.paragraphs[0].text = "办公电话：0755-8888 6666 ｜ 深圳市福田区"
    dpara(d, name, bold=True, size=20, space_after=0)
    dpara(d, "资深编辑 / 调查记者", size=12, color="444444")
    dheading(d, "个人简介")
    dpara(d, "从事新闻采编工作十三年，擅长调查报道与数据新闻。")
    dheading(d, "工作经历")
    for j in jobs:
        djob(d, j, "zh")
    dheading(d, "专业技能")
    dpara(d, "、".join(x for x, _ in skills))
    dheading(d, "教育背景")
    dpara(d, "2009/09 ~ 2013/06　暨南大学　新闻学")
    save_docx(d, os.path.join(OUT_DIR, f))
    case(f, "zh", name, ["situ.jiaxin@example.com"], ["+8613760012345", "+8675588886666"], jobs, skills,
         [], ["zh", "docx", "header-contact", "footer-contact", "journalist", "freelance",
              "compound-surname", "landline"])


def zh07_underwriter():
    f = "zh07_underwriter_tables.pdf"
    S = styles("zh")
    name = "黄婷"
    jobs = [
        Job("高级核保师", "华信财产保险股份有限公司", (2019, 7), None, style="iso", sep="～", now="今",
            bullets=["负责企业财产险大额保单核保，年审核保费约3亿元。"]),
        Job("核保专员", "安和人寿保险股份有限公司", (2015, 7), (2019, 6), style="iso", sep="～",
            bullets=["个人寿险及健康险新契约核保。"]),
    ]
    skills = [("核保", "underwriting"), ("风险评估", "risk assessment"), ("再保险", "reinsurance"),
              ("Excel", "excel"), ("SQL", "sql")]
    st = [P(name, S["name"]), P("高级核保师", S["title"]),
          P("北京市朝阳区 ｜ (+86) 139-1001-2345 ｜ huang.ting@example.com", S["body"]), Spacer(1, 6)]
    st.append(grid_table([["性别", "女", "年龄", "35岁", "婚姻状况", "已婚已育", "学历", "硕士"]],
                         [16 * mm, 14 * mm, 16 * mm, 16 * mm, 22 * mm, 22 * mm, 16 * mm, 16 * mm], S,
                         header=False))
    st += section("工作经历", S)
    rows = [["时间", "公司", "职位", "工作内容"]]
    for j in jobs:
        rows.append([j.dates, j.org, j.title, "".join(j.bullets)])
    st.append(grid_table(rows, [34 * mm, 48 * mm, 24 * mm, 72 * mm], S))
    st += section("专业技能", S)
    st.append(grid_table([["业务", "核保、风险评估、再保险"], ["工具", "Excel、SQL"]],
                         [24 * mm, 154 * mm], S, header=False))
    st += section("教育背景", S)
    st.append(P("2012.09 - 2015.06　中央财经大学　保险学（硕士）", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "zh")
    case(f, "zh", name, ["huang.ting@example.com"], ["+8613910012345"], jobs, skills,
         ["gender", "age", "marital_status"], ["zh", "pdf", "table", "insurance"])


def zh08_customs():
    f = "zh08_customs_supervisor.txt"
    name = "郑海波"
    jobs = [
        Job("关务主管", "宁波港通国际物流有限公司", (2015, 7), None, style="upper", sep=" ", now="至今",
            bullets=["管理报关团队8人，年申报单量约2.6万票。"]),
        Job("报关员", "甬兴报关行", (2010, 3), (2015, 6), style="upper", sep=" — ",
            bullets=["一般贸易及加工贸易报关。"]),
    ]
    skills = [("进出口报关", "customs clearance"), ("商品归类（HS编码）", "hs classification"),
              ("Incoterms", "incoterms"), ("SAP", "sap"), ("Excel", "excel")]
    lines = [f"{name}　关务主管",
             "手机：158 5742 0011 ｜ 座机：0574-2766 5432 ｜ 邮箱：zhenghb@example.com",
             "现居：浙江宁波 ｜ 政治面貌：群众", "",
             "■ 专业技能", "、".join(x for x, _ in skills), "", "■ 工作经历"]
    for j in jobs:
        lines.append(f"{j.dates}　{j.org}　{j.title}")
        lines += [f"　　· {b}" for b in j.bullets]
    lines += ["", "■ 教育背景", "二〇〇六年九月 — 二〇一〇年六月　浙江万里学院　国际经济与贸易", "",
              "■ 证书", "报关水平测试合格证书", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    case(f, "zh", name, ["zhenghb@example.com"], ["+8615857420011", "+8657427665432"], jobs, skills,
         ["political_affiliation"], ["zh", "txt", "customs-broker", "chinese-numeral-dates", "landline"])


def zh09_data_engineer():
    f = "zh09_data_engineer.md"
    name = "陈思远"
    jobs = [
        Job("高级数据工程师", "拾光科技", (2021, 11), None, style="dot", sep=" - ", now="至今",
            bullets=["负责实时数仓建设，日处理数据量约80亿条。"]),
        Job("数据工程师", "云帆电商", (2019, 4), (2021, 10), style="dot", sep=" - ",
            bullets=["搭建离线数仓与数据质量监控体系。"]),
        Job("大数据开发工程师", "申城金融信息", (2016, 7), (2019, 3), style="dot", sep=" - ",
            bullets=["ETL开发与报表数据支持。"]),
        Job("数据开发实习生", "申城金融信息", (2015, 7), (2015, 12), kind="intern", style="dot", sep=" - "),
    ]
    skills = [("Python", "python"), ("SQL", "sql"), ("Scala", "scala"), ("Hadoop", "hadoop"),
              ("Hive", "hive"), ("Spark", "spark"), ("Flink", "flink"), ("Kafka", "kafka"),
              ("Airflow", "airflow"), ("数据仓库", "data warehousing")]
    md = [f"# {name}", "", "高级数据工程师 ｜ 上海 ｜ +86-13671234567 ｜ chensiyuan.data@example.com", "",
          "## 技术栈", "", "| 类别 | 技能 |", "|---|---|", "| 语言 | Python、SQL、Scala |",
          "| 大数据 | Hadoop、Hive、Spark、Flink、Kafka |", "| 调度 | Airflow |", "| 方法 | 数据仓库 |", "",
          "## 工作经历", ""]
    for j in jobs:
        md.append(f"**{j.dates} ｜ {j.org} ｜ {j.title}**")
        md.append("")
        md += [f"- {b}" for b in j.bullets]
        md.append("")
    md += ["## 教育背景", "", "2012.09 - 2016.06　同济大学　计算机科学与技术（本科）", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(md))
    case(f, "zh", name, ["chensiyuan.data@example.com"], ["+8613671234567"], jobs, skills, [],
         ["zh", "md", "tech", "data-engineer", "table", "internship-excluded"])


def zh10_qa():
    f = "zh10_qa_engineer_two_column.docx"
    name = "刘畅"
    jobs = [
        Job("高级测试工程师", "光谷云科技", (2021, 1), None, style="nian", sep=" – ", now="至今",
            bullets=["负责支付系统接口自动化与性能测试。"]),
        Job("职业空窗（备考研究生）", "", (2020, 6), (2020, 12), kind="break", style="nian", sep=" – "),
        Job("软件测试工程师", "楚天软件", (2017, 7), (2020, 5), style="nian", sep=" – ",
            bullets=["Web及移动端功能测试、回归测试。"]),
    ]
    skills = [("Selenium", "selenium"), ("JMeter", "jmeter"), ("Postman", "postman"),
              ("Python", "python"), ("Jenkins", "jenkins"), ("Linux", "linux"),
              ("接口测试", "api testing"), ("性能测试", "performance testing"),
              ("自动化测试", "test automation")]
    d = new_docx("zh")
    dpara(d, name, bold=True, size=20, space_after=0)
    dpara(d, "高级测试工程师", size=12, color="444444")
    dpara(d, "湖北武汉 ｜ 177 7100 5566 ｜ liuchang.qa@example.com")
    dpara(d, "性别：男 ｜ 出生日期：1995-02-14")
    t = d.add_table(rows=1, cols=2)
    table_no_borders(t)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(5.5), Cm(11.5)
    left.text = ""
    right.text = ""
    lp = left.paragraphs[0]
    lp.add_run("专业技能").bold = True
    for x, _ in skills:
        dpara(d, "▪ " + x, container=left, space_after=0)
    dpara(d, "教育背景", bold=True, container=left)
    dpara(d, "2013.09-2017.06 华中科技大学 软件工程", container=left)
    dpara(d, "证书", bold=True, container=left)
    dpara(d, "ISTQB 基础级", container=left)
    rp = right.paragraphs[0]
    rp.add_run("工作经历").bold = True
    for j in jobs:
        djob(d, j, "zh", container=right)
    save_docx(d, os.path.join(OUT_DIR, f))
    case(f, "zh", name, ["liuchang.qa@example.com"], ["+8617771005566"], jobs, skills,
         ["gender", "birth_date"], ["zh", "docx", "two-column", "table", "tech", "qa-engineer",
                                    "career-break"])


def zh11_electrician():
    f = "zh11_electrician.txt"
    name = "王建国"
    jobs = [
        Job("电气主管", "佛山顺德美达电器厂", (2016, 3), None, style="nian", sep="", now="至今",
            bullets=["负责全厂配电及设备电气维护，带班组12人。"]),
        Job("维修电工", "南海五金制品厂", (2009, 3), (2016, 2), style="nian", sep="-",
            bullets=["生产线设备电气维修。"]),
        Job("服兵役（通信兵）", "某部队", (2005, 3), (2008, 12), kind="military", style="nian", sep="-"),
    ]
    skills = [("PLC", "plc"), ("AutoCAD", "autocad"), ("电气维修", "electrical maintenance"),
              ("配电系统", "power distribution")]
    lines = [name, "求职意向：电气主管 / 高级电工", "手机：13690112233（微信同号）",
             "年龄：45岁 ｜ 婚姻状况：已婚 ｜ 健康状况：健康 ｜ 政治面貌：中共党员",
             "现居：广东佛山", "", "技能：" + "、".join(x for x, _ in skills),
             "证书：高压电工作业证、低压电工作业证、高级电工证", "", "工作经历："]
    for j in jobs:
        lines.append(f"  {j.dates}  {j.org}  {j.title}")
        lines += [f"      {b}" for b in j.bullets]
    lines += [""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    case(f, "zh", name, [], ["+8613690112233"], jobs, skills,
         ["age", "marital_status", "health", "political_affiliation"],
         ["zh", "txt", "trades", "electrician", "military-excluded", "no-email"])


def zh12_hotel():
    f = "zh12_hotel_gm_footer.pdf"
    S = styles("zh")
    name = "钟丽萍"
    jobs = [
        Job("总经理", "三亚湾丽景度假酒店", (2020, 1), None, style="nian", sep="—", now="至今",
            bullets=["管理员工420人，2024年GOP率提升至38%。", "主导酒店翻新与品牌升级。"]),
        Job("客房部经理", "三亚湾丽景度假酒店", (2014, 10), (2019, 12), style="nian", sep="—",
            bullets=["管理客房500间，宾客满意度连续三年集团第一。"]),
        Job("前台主管", "海口椰城大酒店", (2010, 7), (2014, 9), style="nian", sep="—",
            bullets=["前厅运营与夜审管理。"]),
    ]
    skills = [("Opera PMS", "opera pms"), ("收益管理", "revenue management"),
              ("预算管理", "budget management"), ("团队管理", "team management"), ("Excel", "excel")]
    img = RLImage(photo_png(8), width=26 * mm, height=32.5 * mm)
    head = Table([[[P(name, S["name"]), P("酒店总经理", S["title"]), P("性别：女 ｜ 民族：黎族", S["body"])],
                   img]], colWidths=[140 * mm, 38 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st = [head]
    st += section("个人简介", S)
    st.append(P("16年高星级酒店管理经验，擅长收益管理与团队管理。", S["body"]))
    st += section("专业技能", S)
    st.append(P("、".join(x for x, _ in skills), S["body"]))
    st += section("工作经历", S)
    for j in jobs:
        st += job_flow(j, S, "zh")
    st.append(PageBreak())
    st += section("教育背景", S)
    st.append(P("2006年9月—2010年6月　海南大学　酒店管理（本科）", S["body"]))
    st += section("语言能力", S)
    st.append(P("普通话、英语（流利）、海南话", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "zh", header="钟丽萍 · 个人简历",
              footer="手机：139 7688 4455 ｜ 酒店总机：0898-8866 1234 ｜ 邮箱：zhong.liping@example.com ｜ 海南三亚 ｜ 第{page}页")
    case(f, "zh", name, ["zhong.liping@example.com"], ["+8613976884455", "+8689888661234"], jobs, skills,
         ["photo", "gender", "ethnicity"],
         ["zh", "pdf", "footer-contact", "multi-page", "photo-image", "hospitality", "landline"])


def zh13_actuary():
    f = "zh13_actuary_headline.docx"
    name = "宋佳明"
    jobs = [
        Job("精算经理", "前海人寿保险股份有限公司", (2019, 7), None, style="nian", sep="-", now="至今",
            bullets=["负责分红险与重疾险产品定价。"]),
        Job("精算分析师", "南方财产保险股份有限公司", (2014, 7), (2019, 6), style="nian", sep="-",
            bullets=["季度准备金评估与偿付能力报告。"]),
        Job("精算实习生", "南方财产保险股份有限公司", (2013, 7), (2013, 9), kind="intern", style="nian",
            sep="-"),
    ]
    skills = [("R", "r"), ("Python", "python"), ("SQL", "sql"), ("SAS", "sas"), ("Excel", "excel"),
              ("VBA", "vba"), ("产品定价", "pricing"), ("准备金评估", "reserving"),
              ("预测建模", "predictive modeling")]
    d = new_docx("zh")
    dpara(d, "精算经理 ｜ 北美准精算师（ASA） ｜ 12年寿险与财险精算经验", bold=True, size=11,
          color="1F4E79", space_after=6)
    dpara(d, name, bold=True, size=18, space_after=0)
    dpara(d, "广东深圳 ｜ +86 186 8899 0011 ｜ song.jiaming@example.com")
    dheading(d, "技能")
    dpara(d, "编程与工具：R、Python、SQL、SAS、Excel、VBA")
    dpara(d, "精算专业：产品定价、准备金评估、预测建模")
    dheading(d, "工作经历")
    for j in jobs:
        djob(d, j, "zh")
    dheading(d, "教育背景")
    dpara(d, "2010年9月-2014年6月　南开大学　精算学（本科）")
    save_docx(d, os.path.join(OUT_DIR, f))
    case(f, "zh", name, ["song.jiaming@example.com"], ["+8618688990011"], jobs, skills, [],
         ["zh", "docx", "headline-first", "actuary", "internship-excluded"])


def zh14_social_worker():
    f = "zh14_social_worker.md"
    name = "慕容婉清"
    jobs = [
        Job("社工督导", "南京爱邻社会工作服务中心", (2018, 7), None, style="dot", sep="—", now="至今",
            bullets=["督导一线社工15人，负责困境儿童保护项目。"]),
        Job("兼职社工（在读硕士期间）", "鼓楼区社区服务站", (2017, 1), (2018, 6), style="dot", sep="—",
            bullets=["每周20小时，开展长者小组活动。"]),
        Job("一线社工", "南京爱邻社会工作服务中心", (2013, 7), (2016, 12), style="dot", sep="—",
            bullets=["个案服务与社区活动策划。"]),
        Job("社区志愿者（志愿服务）", "南京市玄武区", (2012, 9), (2013, 6), kind="volunteer", style="dot",
            sep="—"),
    ]
    skills = [("个案管理", "case management"), ("危机干预", "crisis intervention"),
              ("小组工作", "group work"), ("社区工作", "community work"), ("SPSS", "spss")]
    md = [f"# {name}", "", "社工督导 ｜ 南京", "",
          "电话：152 5188 7788 ／ 025-8432 1100（机构）  ", "邮箱：murong.wq@example.org  ",
          "性别：女　政治面貌：中共党员　籍贯：江苏扬州", "", "## 专业能力", "",
          "、".join(x for x, _ in skills), "", "## 工作经历", ""]
    for j in jobs:
        md.append(f"- {j.dates} ｜ {j.org} ｜ {j.title}")
        md += [f"  - {b}" for b in j.bullets]
    md += ["", "## 教育背景", "", "- 2016.09—2018.06　南京大学　社会工作（硕士）",
           "- 2009.09—2013.06　河海大学　社会学（本科）", "", "## 证书", "", "中级社会工作师", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(md))
    case(f, "zh", name, ["murong.wq@example.org"], ["+8615251887788", "+862584321100"], jobs, skills,
         ["gender", "political_affiliation", "native_place"],
         ["zh", "md", "social-worker", "part-time", "volunteer-excluded", "compound-surname", "landline"])


def zh15_supply_planner_sg():
    f = "zh15_supply_planner_singapore.pdf"
    S = styles("zh")
    name = "何嘉怡"
    jobs = [
        Job("供应计划经理", "狮城食品私人有限公司（新加坡）", (2020, 3), None, style="slash", sep=" ~ ",
            now="至今", bullets=["负责东南亚六国供应计划，库存周转天数下降18%。"]),
        Job("需求计划员", "沪上日化有限公司（上海）", (2016, 8), (2020, 2), style="slash", sep=" ~ ",
            bullets=["负责华东区需求预测，预测准确率提升至82%。"]),
    ]
    skills = [("SAP APO", "sap apo"), ("Kinaxis", "kinaxis"), ("需求计划", "demand planning"),
              ("供应计划", "supply planning"), ("S&OP", "s&op"), ("Excel", "excel"),
              ("Power BI", "power bi")]
    st = [P(name, S["name"]), P("供应计划经理", S["title"]),
          P("现居新加坡 ｜ 手机：9123 4567 ｜ 邮箱：he.jiayi@example.sg", S["body"]),
          P("国籍：中国 ｜ 婚姻状况：未婚", S["body"])]
    st += section("专业技能", S)
    st.append(grid_table([["类别", "技能"], ["系统", "SAP APO、Kinaxis"], ["方法", "需求计划、供应计划、S&OP"],
                          ["工具", "Excel、Power BI"]], [30 * mm, 148 * mm], S))
    st += section("工作经历", S)
    for j in jobs:
        st += job_flow(j, S, "zh")
    st += section("教育背景", S)
    st.append(P("2012/09 ~ 2016/06　上海交通大学　物流管理（本科）", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "zh")
    case(f, "zh", name, ["he.jiayi@example.sg"], ["+6591234567"], jobs, skills,
         ["nationality", "marital_status"],
         ["zh", "pdf", "table", "supply-planner", "location-overrides-language"])


def zh16_frontend():
    f = "zh16_frontend_engineer.md"
    name = "李想"
    jobs = [
        Job("高级前端工程师", "西湖数智科技", (2021, 4), None, style="nian", sep=" ~ ", now="今",
            bullets=["负责低代码平台前端架构。"]),
        Job("兼职前端开发（外包）", "", (2020, 6), (2021, 3), style="nian", sep=" ~ ",
            bullets=["承接小型企业官网项目。"]),
        Job("前端开发工程师", "钱塘网络", (2018, 7), (2021, 3), style="nian", sep=" ~ ",
            bullets=["电商后台管理系统开发。"]),
    ]
    skills = [("JavaScript", "javascript"), ("TypeScript", "typescript"), ("React", "react"),
              ("Vue", "vue"), ("Webpack", "webpack"), ("Node.js", "node.js"), ("HTML", "html"),
              ("CSS", "css")]
    md = [f"# {name}", "", "高级前端工程师 · 杭州 · 手机 +86 130-1234-5678 · lixiang.fe@example.com", "",
          "## 技能", "", " / ".join(x for x, _ in skills), "", "## 工作经历", ""]
    for j in jobs:
        md.append(f"**{j.title}**" + (f"　{j.org}" if j.org else "") + f"　{j.dates}")
        md += [f"- {b}" for b in j.bullets]
        md.append("")
    md += ["## 教育背景", "", "2014年9月 ~ 2018年6月　浙江工业大学　软件工程", ""]
    with open(os.path.join(OUT_DIR, f), "w", encoding="utf-8") as fh:
        fh.write("\n".join(md))
    case(f, "zh", name, ["lixiang.fe@example.com"], ["+8613012345678"], jobs, skills, [],
         ["zh", "md", "tech", "overlap", "part-time"])


def zh17_nurse():
    f = "zh17_head_nurse_table.docx"
    name = "孙悦"
    jobs = [
        Job("ICU护士长", "郑州中原医院", (2016, 7), None, style="dot", sep="-", now="至今",
            bullets=["管理ICU护理团队38人，床位24张。"]),
        Job("ICU护士", "郑州中原医院", (2011, 7), (2016, 6), style="dot", sep="-",
            bullets=["重症患者监护与护理。"]),
        Job("实习护士", "河南省人民医院", (2010, 7), (2011, 5), kind="intern", style="dot", sep="-"),
    ]
    skills = [("重症护理", "critical care nursing"), ("静脉穿刺", "venipuncture"),
              ("护理管理", "nursing management"), ("BLS", "bls"), ("ACLS", "acls")]
    d = new_docx("zh")
    dpara(d, "个人简历", bold=True, size=18)
    t = d.add_table(rows=5, cols=5)
    t.style = "Table Grid"
    grid = [("姓名", name, "性别", "女"), ("年龄", "36岁", "婚姻状况", "已婚"),
            ("身高", "163cm", "体重", "50kg"), ("健康状况", "良好", "手机", "15939001122"),
            ("邮箱", "sunyue.nurse@example.com", "现居", "河南郑州")]
    for i, row in enumerate(grid):
        for k, v in enumerate(row):
            cell_text(t.cell(i, k), v, bold=(k % 2 == 0))
    cell_text(t.cell(0, 4).merge(t.cell(4, 4)), "（照片）")
    dheading(d, "求职意向")
    dpara(d, "护士长 / 护理部干事")
    dheading(d, "工作经历")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ("时间", "单位及职务", "工作内容")):
        cell_text(c, h, bold=True)
    for j in jobs:
        r = t2.add_row().cells
        cell_text(r[0], j.dates)
        cell_text(r[1], f"{j.org} {j.title}")
        cell_text(r[2], "".join(j.bullets) or "—")
    dheading(d, "专业技能")
    dpara(d, "、".join(x for x, _ in skills))
    dheading(d, "教育背景")
    dpara(d, "2008.09-2011.06　河南护理职业学院　护理（大专）；2015年取得本科学历（自考）")
    save_docx(d, os.path.join(OUT_DIR, f))
    case(f, "zh", name, ["sunyue.nurse@example.com"], ["+8615939001122"], jobs, skills,
         ["gender", "age", "marital_status", "height_weight", "health", "photo"],
         ["zh", "docx", "table", "nurse", "photo-marker", "internship-excluded"])


def zh18_recruiter():
    f = "zh18_recruiting_manager_header.pdf"
    S = styles("zh")
    name = "东方晓"
    jobs = [
        Job("招聘经理", "长安智造集团", (2022, 6), None, style="nian", sep="—", now="至今",
            bullets=["年招聘规模约600人，校招与社招全流程负责。"]),
        Job("职业空窗期（育儿）", "", (2021, 6), (2022, 5), kind="break", style="nian", sep="—"),
        Job("HRBP", "秦川科技有限公司", (2018, 9), (2021, 5), style="nian", sep="—",
            bullets=["支持研发中心800人。"]),
        Job("招聘专员", "西部人力资源服务有限公司", (2015, 3), (2018, 8), style="nian", sep="—",
            bullets=["技术岗位招聘，年均到岗120人。"]),
    ]
    skills = [("招聘", "recruiting"), ("人才测评", "talent assessment"), ("员工关系", "employee relations"),
              ("薪酬管理", "compensation management"), ("Excel", "excel")]
    st = [P(name, S["name"]), P("招聘经理", S["title"]), P("性别：男 ｜ 婚姻状况：已婚已育", S["body"])]
    st += section("专业技能", S)
    st.append(P("、".join(x for x, _ in skills), S["body"]))
    st += section("工作经历", S)
    for j in jobs:
        st += job_flow(j, S, "zh")
    st += section("教育背景", S)
    st.append(P("2011年9月—2015年6月　西北大学　人力资源管理（本科）", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "zh",
              header="东方晓 ｜ 招聘经理 ｜ 181 9200 3344 ｜ 029-8866 5544 ｜ dongfang.xiao@example.com ｜ 陕西西安")
    case(f, "zh", name, ["dongfang.xiao@example.com"], ["+8618192003344", "+862988665544"], jobs, skills,
         ["gender", "marital_status"],
         ["zh", "pdf", "header-contact", "hr", "career-break", "compound-surname", "landline"])


def zh19_mech_hidden():
    f = "zh19_mechanical_engineer_hidden.pdf"
    S = styles("zh")
    name = "吴泽宇"
    jobs = [
        Job("高级机械工程师", "苏州精工自动化有限公司", (2018, 1), None, style="nian", sep="-", now="至今",
            bullets=["负责非标自动化设备整机设计。"]),
        Job("机械设计工程师", "昆山精密模具有限公司", (2013, 7), (2017, 12), style="nian", sep="-",
            bullets=["模具结构设计与试模改进。"]),
    ]
    skills = [("SolidWorks", "solidworks"), ("AutoCAD", "autocad"), ("ANSYS", "ansys"),
              ("公差分析", "tolerance analysis"), ("DFMEA", "dfmea"), ("GD&T", "gd&t")]
    st = [P(name, S["name"]), P("高级机械工程师", S["title"]),
          P("江苏苏州 ｜ +86 137 7100 8899 ｜ wu.zeyu@example.com", S["body"]),
          CoveredText("年龄：38岁 ｜ 婚姻状况：已婚 ｜ 民族：汉族 ｜ 政治面貌：中共党员", "UMing"),
          RenderMode3Text("技能：Python、机器学习、Kubernetes ｜ 邮箱：wzy.hidden@example.com ｜ "
                          "工作经历：2005.01 - 2013.06 某研究所 高级工程师", "UMing")]
    st += section("专业技能", S)
    st.append(P("、".join(x for x, _ in skills), S["body"]))
    st += section("工作经历", S)
    for j in jobs:
        st += job_flow(j, S, "zh")
    st.append(RenderMode3Text("性别：男 出生日期：1988-05-20 照片", "UMing"))
    st += section("教育背景", S)
    st.append(P("2009年9月-2013年6月　江南大学　机械设计制造及其自动化（本科）", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "zh")
    case(f, "zh", name, ["wu.zeyu@example.com"], ["+8613771008899"], jobs, skills, [],
         ["zh", "pdf", "hidden-text", "render-mode-3", "white-rectangle", "mechanical"])


# ---- invariance group 3 (ZH, PDF) ----
JOB_G3 = {"job_id": "HO-J03", "title": "主管会计",
          "required_skills": ["financial analysis", "excel"],
          "nice_to_have": ["sap", "cost accounting"], "min_years": 5}


def zh_g3(variant):
    f = f"zh20_accountant_cf_{variant}.pdf"
    S = styles("zh")
    name = "欧阳静怡"
    jobs = [
        Job("主管会计", "沪江制造有限公司", (2020, 9), None, style="dot", sep=" - ", now="至今",
            bullets=["负责月结、合并报表及年度审计对接。"]),
        Job("会计", "申达商贸有限公司", (2017, 7), (2020, 8), style="dot", sep=" - ",
            bullets=["应收应付核算、纳税申报。"]),
    ]
    skills = [("财务分析", "financial analysis"), ("成本核算", "cost accounting"),
              ("财务报表", "financial reporting"), ("税务申报", "tax filing"), ("SAP", "sap"),
              ("Excel", "excel")]
    personal = ("性别：女 ｜ 年龄：31岁 ｜ 婚姻状况：未婚 ｜ 政治面貌：群众" if variant == "a" else
                "性别：女 ｜ 年龄：42岁 ｜ 婚姻状况：已婚已育 ｜ 民族：回族 ｜ 籍贯：甘肃兰州")
    st = [P(name, S["name"]), P("主管会计", S["title"]),
          P("上海市徐汇区 ｜ 139 1234 8765 ｜ ouyang.jingyi@example.com", S["body"]),
          P(personal, S["body"])]
    st += section("个人简介", S)
    st.append(P("9年企业会计经验，熟悉财务分析与成本核算。", S["body"]))
    st += section("专业技能", S)
    st.append(P("、".join(x for x, _ in skills), S["body"]))
    st += section("工作经历", S)
    for j in jobs:
        st += job_flow(j, S, "zh")
    st += section("教育背景", S)
    st.append(P("2013.09 - 2017.06　上海财经大学　会计学（本科）；中级会计师", S["body"]))
    build_pdf(os.path.join(OUT_DIR, f), st, "zh")
    prot = (["gender", "age", "marital_status", "political_affiliation"] if variant == "a" else
            ["gender", "age", "marital_status", "ethnicity", "native_place"])
    case(f, "zh", name, ["ouyang.jingyi@example.com"], ["+8613912348765"], jobs, skills, prot,
         ["zh", "pdf", "invariance", "accountant", "compound-surname"], job=JOB_G3, group="HO-CF3")


# ---- invariance group 4 (ZH, DOCX) ----
JOB_G4 = {"job_id": "HO-J04", "title": "采购经理",
          "required_skills": ["supplier management", "negotiation"],
          "nice_to_have": ["sap"], "min_years": 8}


def zh_g4(variant):
    f = f"zh21_procurement_cf_{variant}.docx"
    name = "司马文博"
    jobs = [
        Job("采购经理", "津门重工股份有限公司", (2016, 7), None, style="nian", sep="—", now="至今",
            bullets=["管理年采购额约9亿元，供应商240家。"]),
        Job("采购专员", "滨海电子有限公司", (2012, 7), (2016, 6), style="nian", sep="—",
            bullets=["电子元器件询比价与交期跟踪。"]),
    ]
    skills = [("供应商管理", "supplier management"), ("商务谈判", "negotiation"),
              ("成本分析", "cost analysis"), ("SAP", "sap"), ("ERP", "erp"), ("Excel", "excel")]
    d = new_docx("zh")
    if variant == "a":
        t = d.add_table(rows=1, cols=2)
        table_no_borders(t)
        l, r = t.rows[0].cells
        l.width, r.width = Cm(13), Cm(4)
        cell_text(l, name, bold=True, size=20)
        dpara(d, "采购经理", container=l)
        dpara(d, "天津市河西区 ｜ 185 2200 1133 ｜ 022-2345 6789 ｜ sima.wenbo@example.com", container=l)
        dpara(d, "身高：178cm ｜ 体重：75kg ｜ 健康状况：良好", container=l)
        r.text = ""
        r.paragraphs[0].add_run().add_picture(photo_png(12), width=Cm(2.6))
    else:
        dpara(d, name, bold=True, size=20, space_after=0)
        dpara(d, "采购经理")
        dpara(d, "天津市河西区 ｜ 185 2200 1133 ｜ 022-2345 6789 ｜ sima.wenbo@example.com")
    dheading(d, "个人简介")
    dpara(d, "14年制造业采购经验，擅长供应商管理与商务谈判。")
    dheading(d, "专业技能")
    dpara(d, "、".join(x for x, _ in skills))
    dheading(d, "工作经历")
    for j in jobs:
        djob(d, j, "zh")
    dheading(d, "教育背景")
    dpara(d, "2008年9月—2012年6月　天津大学　物流工程（本科）")
    save_docx(d, os.path.join(OUT_DIR, f))
    prot = ["photo", "height_weight", "health"] if variant == "a" else []
    case(f, "zh", name, ["sima.wenbo@example.com"], ["+8618522001133", "+862223456789"], jobs, skills,
         prot, ["zh", "docx", "invariance", "procurement", "compound-surname", "landline"]
         + (["photo-image"] if variant == "a" else []), job=JOB_G4, group="HO-CF4")


# ---------------------------------------------------------------------------
def main():
    if os.path.isdir(OUT_DIR):
        shutil.rmtree(OUT_DIR)
    os.makedirs(OUT_DIR)
    builders = [en01_pharmacist, en02_architect, en03_chef, en04_pilot, en05_teacher,
                en06_journalist, en07_underwriter, en08_customs_broker, en09_data_engineer, en10_qa,
                en11_electrician, en12_hotel_manager, en13_actuary, en14_social_worker,
                en15_supply_planner, en16_fullstack, en17_marketing_hidden, en18_logistics,
                en19_image_only, lambda: en_g1("a"), lambda: en_g1("b"), lambda: en_g2("a"),
                lambda: en_g2("b"),
                zh01_pharmacist, zh02_architect, zh03_chef, zh04_pilot, zh05_teacher,
                zh06_journalist, zh07_underwriter, zh08_customs, zh09_data_engineer, zh10_qa,
                zh11_electrician, zh12_hotel, zh13_actuary, zh14_social_worker,
                zh15_supply_planner_sg, zh16_frontend, zh17_nurse, zh18_recruiter, zh19_mech_hidden,
                lambda: zh_g3("a"), lambda: zh_g3("b"), lambda: zh_g4("a"), lambda: zh_g4("b")]
    for b in builders:
        b()
    cases = []
    for c in CASES:
        inputs = {"file": "resumes/" + c["file"], "language": c["lang"]}
        if c.get("job"):
            inputs["job"] = c["job"]
            inputs["counterfactual_group"] = c["group"]
        if c.get("no_text"):
            expected = {"no_text": True}
        else:
            expected = {"name": c["name"], "emails": c["emails"], "phones": c["phones"],
                        "total_experience_years": c["years"], "skills": c["skills"],
                        "protected": c["protected"], "no_text": False}
        cid = os.path.splitext(c["file"])[0]
        cases.append({"name": cid, "inputs": inputs, "expected": expected, "tags": c["tags"]})
    out = {
        "suite": "resume_holdout",
        "version": 1,
        "today": TODAY,
        "description": (
            "Hold-out set written on 2026-12-01 by a second independent author who saw neither the "
            "parser's code nor the other evaluation sets. 46 invented resumes (23 English, 23 Chinese; "
            "PDF, DOCX, TXT, MD) generated by build_holdout_resumes.py from structured data, so the "
            "rendered text and the labels come from one source. Label conventions: name as written; "
            "phones in E.164 (no country code -> country of the resume's location, else language); "
            "total_experience_years counts professional employment only (full-time, part-time, "
            "contract, freelance/self-employed; not internships, volunteering, education, career "
            "breaks or military service), overlaps once, months inclusive, ongoing roles through "
            "2026-11, bare-year start = January / end = December, months/12 to one decimal, checked "
            "within +/-0.5 year; skills = what the resume explicitly presents as skills (skills "
            "section/table or summary/headline), lower-case common short English names, natural "
            "languages excluded; protected attributes as visible to a reader; hidden text (DOCX "
            "vanish/white/1-pt, PDF render mode 3 or text under a white rectangle) is never labelled; "
            "image-only PDFs expect no_text. Labels were never edited to fit the parser's output."),
        "cases": cases,
    }
    with open(JSON_PATH, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    n_en = sum(1 for c in CASES if c["lang"] == "en")
    print(f"wrote {len(cases)} cases ({n_en} en, {len(cases) - n_en} zh) to {JSON_PATH}")


if __name__ == "__main__":
    main()
