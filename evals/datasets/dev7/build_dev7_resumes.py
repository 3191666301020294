#!/usr/bin/env python3
"""Build the resume_dev7 evaluation set.

One structured definition per resume (RESUMES below) drives BOTH the rendered
files in resumes/ and the labels in resume_dev7.json, so labels cannot drift
from what is printed.  Written 2026-12-01 by an independent test-data author.

Run:  python build_dev7_resumes.py
"""
import json
import os
import random
import re
from decimal import Decimal, ROUND_HALF_UP

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle
from xml.sax.saxutils import escape as xesc

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "resumes")
ASSETS = os.path.join(HERE, "assets")
TODAY = (2026, 11)  # ongoing roles run through 2026-11

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
HAVE_WQY = os.path.exists(WQY)
if HAVE_WQY:
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))

CONVENTIONS = """- today is 2026-11-30;
- name: as written, without credentials, titles, pronouns or nicknames, accents kept; letter-spaced or all-caps names in title case; surname-first English forms in natural order; Chinese names in characters without spaces; null if absent;
- emails: every visible address, lower case;
- phones: every visible number (landlines included) in E.164; the country from the resume's location, else en→US and zh→CN;
- total_experience_years: professional employment only (full-time, part-time, contract, freelance, self-employed), not internships, placements, volunteering, education, military service, career breaks or parental leave; overlaps counted once; months inclusive (Mar 2019 – Nov 2021 = 33 months); ongoing roles run through 2026-11; a bare start year reads as January and a bare end year as December; months/12 rounded to one decimal;
- skills: what the resume presents as skills (a skills section or table, or a summary/headline line that lists them), as lower-case short English names; vendor prefixes dropped ("Microsoft Excel" → excel, "Autodesk AutoCAD" → autocad); Chinese skills translated to their usual English name; no spoken languages, no language test scores (CET-6, IELTS), no certifications or licences (CPA, PMP), skill-bar levels ignored; tasks mentioned only in experience bullets are not skills;
- protected: the visibly present attributes among age, birth_date, gender, marital_status, nationality, ethnicity, religion, political_affiliation, native_place, height_weight, health and photo (native_place for 籍贯/户籍/户口; family status such as children under marital_status; a photo image or a photo marker counts as photo);
- no_text is false for every resume with a text layer."""

DESCRIPTION = (
    "resume_dev7: 42 invented resumes (20 English, 20 Chinese, 2 scanned image-only PDFs) "
    "written on 2026-12-01 by an independent test-data author who saw neither the parser's "
    "code nor any other evaluation set. All people, employers, schools, e-mails and phone "
    "numbers are fictional. Files and labels are generated from the same structured "
    "definitions by build_dev7_resumes.py. The set stresses non-software professions; PDF "
    "(two-column sidebars, tables, right-aligned dates), DOCX (tables, page-header text), TXT "
    "and MD formats; names after headlines, after 'CURRICULUM VITAE', inside tables, "
    "letter-spaced, all-caps, surname-first, with credentials/titles/nicknames/pronouns and "
    "accents; mainland-style Chinese resumes (基本信息 tables, compound surnames, names "
    "spaced for alignment, Chinese skill names); skills in category tables, prose summaries, "
    "proficiency bars/levels and slash-joined items; experience with career breaks, "
    "internships, volunteering, military service, part-time overlaps and many date styles; "
    "phones in national and international forms; two counterfactual pairs (D7-CF1, D7-CF2) "
    "differing only in protected attributes; hidden text (w:vanish, white-on-white, render "
    "mode 3) that must be ignored; two scanned PDFs without a text layer. "
    "Label conventions:\n" + CONVENTIONS
)

COUNTED_KINDS = {"full-time", "part-time", "contract", "freelance", "self-employed"}
ALL_KINDS = COUNTED_KINDS | {"internship", "placement", "volunteer", "military", "break", "parental-leave"}


# --------------------------------------------------------------------------- helpers
def S(display, *labels):
    """A skill item as printed, with its label(s). Default label: display lower-cased."""
    return (display, list(labels) if labels else [display.lower()])


def NS(display):
    """An item printed among skills that is NOT a skill (spoken language, test score, cert)."""
    return (display, [])


def J(title, org, start, end, kind="full-time", bullets=(), style=None, loc=""):
    assert kind in ALL_KINDS, kind
    return dict(title=title, org=org, start=start, end=end, kind=kind,
                bullets=list(bullets), style=style, loc=loc)


EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def fmt_point(p, style):
    y, m = p
    if m is None:
        return {"zh": f"{y}年"}.get(style, str(y))
    if style == "mon":
        return f"{EN_MON[m-1]} {y}"
    if style == "month":
        return f"{EN_MONTH[m-1]} {y}"
    if style == "mmyyyy":
        return f"{m:02d}/{y}"
    if style == "dot":
        return f"{y}.{m:02d}"
    if style == "zh":
        return f"{y}年{m}月"
    if style == "slash":
        return f"{y}/{m:02d}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "year":
        return str(y)
    raise ValueError(style)


PRESENT = {"mon": "Present", "month": "present", "mmyyyy": "now", "dot": "至今", "zh": "至今",
           "slash": "至今", "iso": "至今", "year": "present", "zhyear": "至今"}
SEP = {"mon": " – ", "month": " – ", "mmyyyy": "–", "dot": "-", "zh": "—", "slash": " – ",
       "iso": " 至 ", "year": " – ", "zhyear": "-"}


def fmt_range(job, style):
    st = job["style"] or style
    if st == "since":  # e.g. "since 2020"
        assert job["end"] is None and job["start"][1] is None
        return f"since {job['start'][0]}"
    if st == "zhyear":
        s = str(job["start"][0])
        e = "至今" if job["end"] is None else str(job["end"][0])
        return f"{s}-{e}"
    s = fmt_point(job["start"], st)
    e = PRESENT[st] if job["end"] is None else fmt_point(job["end"], st)
    return s + SEP[st] + e


def month_index(y, m):
    return y * 12 + (m - 1)


def experience_years(jobs):
    months = set()
    for j in jobs:
        if j["kind"] not in COUNTED_KINDS:
            continue
        sy, sm = j["start"]
        sm = sm or 1
        if j["end"] is None:
            ey, em = TODAY
        else:
            ey, em = j["end"]
            em = em or 12
        a, b = month_index(sy, sm), month_index(ey, em)
        assert a <= b, j
        months.update(range(a, b + 1))
    n = len(months)
    # avoid totals whose one-decimal rounding depends on the rounding rule (x.25 / x.75)
    assert n % 12 not in (3, 9), (n, jobs[0]["title"])
    val = Decimal(n) / Decimal(12)
    return float(val.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)), n


def to_e164(display, country):
    plus = display.strip().startswith("+")
    d = re.sub(r"\D", "", display)
    if plus:
        return "+" + d
    if country in ("US", "CA"):
        if len(d) == 11 and d[0] == "1":
            d = d[1:]
        assert len(d) == 10, display
        return "+1" + d
    if country == "GB":
        assert d[0] == "0"
        return "+44" + d[1:]
    if country == "AU":
        assert d[0] == "0"
        return "+61" + d[1:]
    if country == "CN":
        if d.startswith("86") and len(d) > 11:
            return "+" + d
        if len(d) == 11 and d[0] == "1":
            return "+86" + d
        assert d[0] == "0", display
        return "+86" + d[1:]
    raise ValueError(country)


# --------------------------------------------------------------------------- photos
def make_photo(key, seed):
    os.makedirs(ASSETS, exist_ok=True)
    path = os.path.join(ASSETS, f"photo_{key}.png")
    rnd = random.Random(seed)
    bg = tuple(rnd.randint(150, 220) for _ in range(3))
    skin = rnd.choice([(241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (255, 219, 172)])
    hair = rnd.choice([(40, 30, 20), (90, 60, 30), (20, 20, 20), (150, 110, 60)])
    im = Image.new("RGB", (240, 300), bg)
    d = ImageDraw.Draw(im)
    d.ellipse((40, 250, 200, 420), fill=(60, 70, 110))          # shoulders
    d.ellipse((65, 40, 175, 180), fill=hair)                      # hair
    d.ellipse((72, 60, 168, 190), fill=skin)                      # face
    d.ellipse((95, 105, 108, 118), fill=(30, 30, 30))
    d.ellipse((132, 105, 145, 118), fill=(30, 30, 30))
    d.arc((100, 135, 140, 165), 20, 160, fill=(120, 40, 40), width=3)
    d.rectangle((105, 185, 135, 215), fill=skin)                  # neck
    im.save(path)
    return path


# --------------------------------------------------------------------------- resume definitions
RESUMES = []


def R(**kw):
    kw.setdefault("protected", [])
    kw.setdefault("photo", False)
    kw.setdefault("nonskill_sections", [])
    kw.setdefault("education", [])
    kw.setdefault("headline", None)
    kw.setdefault("title_line", None)
    kw.setdefault("hidden", None)
    kw.setdefault("summary", None)
    kw.setdefault("header_text", False)
    kw.setdefault("info", [])
    kw.setdefault("intent", None)
    kw.setdefault("self_eval", None)
    kw.setdefault("tags", [])
    RESUMES.append(kw)


# ============================ ENGLISH ============================
R(id="en01_logistics_planner", lang="en", fmt="pdf", layout="sidebar", country="US",
  name="Marisol Vega", display_name="M A R I S O L   V E G A",
  headline="Logistics Planner", location="Memphis, TN",
  emails=["Marisol.Vega@Example.com"], phones=["(901) 555-0147"],
  summary="Logistics planner with a decade in cross-dock and line-haul operations, cutting empty miles and keeping DC replenishment on schedule.",
  skills=dict(style="bars", title="Skills", items=[
      (*S("SAP TM"), 5), (*S("Blue Yonder"), 4), (*S("Excel"), 5), (*S("Power BI"), 3),
      (*S("Route optimization"), 4), (*S("Demand forecasting"), 3)]),
  nonskill_sections=[("Languages", ["English (native)", "Spanish (fluent)"])],
  date_style="mon",
  jobs=[J("Logistics Planner", "Riverbend Freight Co.", (2019, 3), None, bullets=[
          "Plan weekly line-haul for 14 distribution centres; reduced empty miles by 11%.",
          "Negotiate spot rates with carriers and maintain the carrier scorecard."]),
        J("Transport Coordinator", "Delta Crossdock Inc.", (2015, 6), (2019, 2), bullets=[
          "Booked 300+ LTL shipments per week and resolved delivery exceptions."]),
        J("Warehouse Operations Intern", "Gulfport Distribution", (2014, 5), (2014, 8), kind="internship",
          bullets=["Counted cycle stock and updated bin locations."])],
  education=[("2011 – 2015", "University of Memphis", "B.B.A. Supply Chain Management")],
  tags=["two_column", "sidebar", "letter_spaced_name", "skill_bars", "mixed_case_email", "internship", "product_company_name"])

R(id="en02_dental_nurse", lang="en", fmt="docx", layout="docx_plain", country="GB",
  name="Sophie Hartley", display_name="Sophie Hartley", header_text=True, name_only_in_header=True,
  headline="Registered Dental Nurse", location="Leeds, UK",
  emails=["sophie.hartley@example.com"], phones=["07700 900184", "0113 496 0555"],
  protected=[("birth_date", "Date of birth", "14/02/1996"), ("nationality", "Nationality", "British")],
  summary="GDC-registered dental nurse working across general and implant clinics; calm with anxious patients and meticulous about decontamination.",
  skills=dict(style="list", title="Key Skills", bullet=True, items=[
      S("Chairside assistance"), S("Infection control"), S("Dental radiography"),
      S("Decontamination"), S("Dentally"), S("Patient reception")]),
  nonskill_sections=[("Registration", ["GDC registered dental nurse (No. 000000)", "Certificate in Dental Radiography"])],
  date_style="mmyyyy",
  jobs=[J("Dental Nurse", "Brightsmile Dental Practice, Leeds", (2020, 9), None, bullets=[
          "Assist two associates with implants and extractions; set up and close surgeries.",
          "Take and process intra-oral radiographs."]),
        J("Trainee Dental Nurse", "Kirkgate Family Dentistry", (2018, 9), (2020, 8), bullets=[
          "Full-time trainee post while completing the NEBDN diploma."]),
        J("Receptionist (part-time)", "Smile Lab Orthodontics", (2017, 5), (2018, 8), kind="part-time", bullets=[
          "Booked appointments and handled payments."])],
  education=[("2018 – 2020", "Leeds City College", "NEBDN National Diploma in Dental Nursing")],
  tags=["docx", "name_in_page_header", "contact_in_header", "uk_phones", "landline", "birth_date", "nationality"])

R(id="en03_tax_accountant", lang="en", fmt="pdf", layout="right_dates", country="US",
  name="Priya Raman", display_name="Priya Raman, CPA",
  headline="Senior Tax Accountant", location="Chicago, IL",
  emails=["priya.raman@example.com"], phones=["(312) 555-0163"],
  summary="Tax accountant focused on partnership and S-corp returns, multistate apportionment and audit support.",
  skills=dict(style="categories", title="Skills", items=[
      ("Tax software", [S("UltraTax CS"), S("Lacerte"), S("CCH Axcess")]),
      ("Analysis", [S("Microsoft Excel", "excel"), S("Alteryx")]),
      ("Languages", [NS("English"), NS("Tamil")])]),
  nonskill_sections=[("Certifications", ["Certified Public Accountant (Illinois)", "Enrolled Agent"])],
  date_style="mon",
  jobs=[J("Senior Tax Accountant", "Halvorsen & Pike LLP", (2021, 1), None, bullets=[
          "Prepare and review 1065 and 1120-S returns for 80+ closely held businesses.",
          "Represent clients in state nexus reviews."]),
        J("Tax Accountant", "Northgate CPA Group", (2016, 7), (2020, 12), bullets=[
          "Prepared individual and fiduciary returns; built provision workpapers."]),
        J("Tax Intern", "Northgate CPA Group", (2015, 6), (2015, 8), kind="internship")],
  education=[("2012 – 2016", "Loyola University Chicago", "B.S. Accounting; M.S. Taxation (2017, evening)")],
  tags=["credential_after_name", "right_aligned_dates", "category_skills", "programming_free", "internship"])

R(id="en04_payroll_specialist", lang="en", fmt="docx", layout="docx_table", country="US",
  name="Devon O'Connell", display_name="DEVON O'CONNELL", headline_above=True,
  headline="SENIOR PAYROLL SPECIALIST", location="Dallas, TX",
  emails=["devon.oconnell@example.com"], phones=["(214) 555-0119", "+1 214-555-0190"],
  summary="Multi-state payroll specialist (1,800 employees, 14 states) who closes payroll on time and keeps tax filings clean.",
  skills=dict(style="levels", title="Skills", items=[
      (*S("ADP Workforce Now"), "Expert"), (*S("UKG Pro"), "Advanced"),
      (*S("Excel"), "Advanced"), (*S("Multi-state payroll tax"), "Advanced"),
      (*S("Garnishment processing"), "Intermediate")]),
  nonskill_sections=[("Certifications", ["Certified Payroll Professional (CPP)"])],
  date_style="mon",
  jobs=[J("Payroll Specialist", "Cobalt Health Systems", (2021, 9), None, bullets=[
          "Run bi-weekly payroll for 1,800 employees and reconcile quarterly 941s."]),
        J("Career break (family caregiving)", "", (2020, 4), (2021, 8), kind="break"),
        J("Payroll Administrator", "Lumen & Rowe Retail", (2014, 2), (2020, 3), bullets=[
          "Processed weekly hourly payroll for 60 stores; audited timecards."])],
  education=[("2010 – 2014", "University of North Texas", "B.B.A. Accounting")],
  tags=["docx", "headline_above_name", "all_caps_name", "skill_levels", "skills_table", "career_break", "two_phones", "international_phone"])

R(id="en05_civil_engineer", lang="en", fmt="pdf", layout="euro_table", country="AU",
  name="Tomás Almeida", display_name="Dr. Tomás Almeida", title_line="CURRICULUM VITAE",
  headline="Senior Civil Engineer (Water & Drainage)", location="Brisbane, QLD, Australia",
  emails=["tomas.almeida@example.org"], phones=["0491 570 156", "(07) 5550 4321"],
  protected=[("birth_date", "Date of birth", "03.07.1984"), ("nationality", "Nationality", "Portuguese"),
             ("marital_status", "Marital status", "Married")],
  photo=True,
  summary="Chartered civil engineer designing stormwater, culverts and flood mitigation for councils and road authorities.",
  skills=dict(style="list", title="Technical skills", items=[
      S("Autodesk Civil 3D", "civil 3d"), S("AutoCAD", "autocad"), S("Revit"), S("SAP2000"),
      S("HEC-RAS"), S("Oracle Primavera P6", "primavera p6")]),
  nonskill_sections=[("Languages", ["Portuguese (native)", "English (IELTS 8.0)"]),
                     ("Memberships", ["Chartered Professional Engineer (CPEng), Engineers Australia"])],
  date_style="year",
  jobs=[J("Senior Civil Engineer", "Kestrel Infrastructure Pty Ltd, Brisbane", (2019, None), None, bullets=[
          "Lead designer on three council drainage upgrades (A$42m).",
          "Checked culvert hydraulics and supervised two graduate engineers."]),
        J("Civil Engineer", "Marinho Engenharia, Lisbon", (2012, None), (2018, None), bullets=[
          "Designed road drainage and retaining walls for municipal clients."])],
  education=[("2008 – 2012", "Universidade de Lisboa", "PhD Hydraulic Engineering"),
             ("2002 – 2007", "Universidade de Lisboa", "MSc Civil Engineering")],
  tags=["cv_first_line", "title_before_name", "accented_name", "photo", "bare_years", "australia_phones", "landline", "personal_details_table", "vendor_prefix"])

R(id="en06_social_worker", lang="en", fmt="txt", layout="txt", country="US",
  name="Chinedu Okafor", display_name="OKAFOR, Chinedu",
  headline="Licensed Clinical Social Worker", location="Boston, MA",
  emails=["c.okafor@example.org"], phones=["617-555-0122"],
  skills=dict(style="prose", title="Summary",
              template="Child-protection social worker experienced in {skills}. Comfortable carrying a caseload of 18 families and testifying in family court.",
              items=[S("case management"), S("motivational interviewing"), S("trauma-informed care"),
                     S("crisis intervention"), S("Epic", "epic"), S("Microsoft Excel", "excel")]),
  nonskill_sections=[("License", ["LICSW, Massachusetts"])],
  date_style="mmyyyy",
  jobs=[J("Child Protection Social Worker", "County of Hartwell Dept. of Children & Families", (2018, 4), None, bullets=[
          "Conduct risk assessments and write safety plans; coordinate with schools and police."]),
        J("Relief Residential Worker (part-time, weekends)", "Harbor House Youth Shelter", (2019, 6), (2021, 12), kind="part-time", bullets=[
          "Weekend overnight shifts supporting 12 residents."]),
        J("Case Aide", "Pinecrest Family Services", (2015, 8), (2018, 3), bullets=[
          "Supervised family visits and transported clients."]),
        J("MSW Field Placement", "Boston Children's Advocacy Center", (2016, 9), (2017, 5), kind="placement"),
        J("Crisis Line Volunteer", "Samaritan Helpline", (2013, 1), (2015, 6), kind="volunteer")],
  education=[("2015 – 2017", "Simmons University", "Master of Social Work (part-time)"),
             ("2011 – 2015", "UMass Boston", "B.A. Psychology")],
  tags=["txt", "surname_first_name", "all_caps_surname", "prose_skills", "part_time_overlap", "placement", "volunteering"])

R(id="en07_flight_dispatcher", lang="en", fmt="pdf", layout="right_dates", country="US",
  name="Robert Tran", display_name='Robert "Bobby" Tran',
  headline="FAA-Certificated Aircraft Dispatcher", location="Seattle, WA",
  emails=["bobby.tran@example.com"], phones=["+1 206 555 0178"],
  summary="Dispatcher for a 60-aircraft regional fleet; exercises joint operational control with captains across the Pacific Northwest.",
  skills=dict(style="list", title="Skills", items=[
      S("Jeppesen JetPlanner", "jetplanner"), S("Sabre"), S("Lido Flight", "lido flight"),
      S("METAR/TAF", "metar", "taf"), S("Flight planning"), S("Weight & balance", "weight and balance")]),
  nonskill_sections=[("Certificates", ["FAA Aircraft Dispatcher Certificate", "ETOPS qualified"])],
  date_style="mon",
  jobs=[J("Flight Dispatcher", "Skyward Regional Airlines", (2019, 3), None, bullets=[
          "Release 45+ flights per shift; monitor weather, NOTAMs and fuel."]),
        J("Operations Agent", "Pacific Rim Ground Services", (2016, 1), (2019, 2), bullets=[
          "Prepared load sheets and coordinated ramp turns."]),
        J("Airfield Management Specialist, U.S. Air Force", "Joint Base Lewis-McChord", (2011, 6), (2015, 10), kind="military",
          bullets=["Active-duty service; airfield inspections and flight-plan processing."])],
  education=[("2015 – 2016", "Sheffield School of Aeronautics", "Aircraft Dispatcher Course")],
  hidden=dict(kind="mode3", lines=[
      "Senior Flight Operations Manager, Global Jet Charter, Jan 2005 – Dec 2010",
      "Skills: Python, Machine Learning, Six Sigma Black Belt, Salesforce"]),
  tags=["nickname_in_name", "hidden_text", "render_mode_3", "military_service", "slash_joined_skills", "international_phone", "vendor_prefix"])

R(id="en08_retail_store_manager", lang="en", fmt="md", layout="md", country="US",
  name="Jasmine Holloway", display_name="Jasmine Holloway (she/her)",
  headline="Retail Store Manager", location="Portland, OR",
  emails=["jasmine.holloway@example.com"], phones=["503.555.0134"],
  protected=[("gender", None, None)],  # pronouns printed next to the name
  summary="Store manager who grew comparable sales 9% in a year and cut shrink in half.",
  skills=dict(style="categories", title="Skills", items=[
      ("Tools", [S("Excel"), S("Shopify POS"), S("Lightspeed")]),
      ("Leadership", [S("Staff scheduling"), S("Visual merchandising"), S("Loss prevention")])]),
  date_style="mon",
  jobs=[J("Store Manager", "Northbay Outfitters – Pearl District", (2023, 2), None, bullets=[
          "Lead a team of 22; own P&L, staffing and inventory accuracy."]),
        J("Parental leave", "", (2022, 7), (2023, 1), kind="parental-leave"),
        J("Assistant Store Manager", "Northbay Outfitters – Lloyd Center", (2017, 8), (2022, 6), bullets=[
          "Opened and closed the store, trained new hires, handled cash office."]),
        J("Sales Associate (part-time)", "Corner Books", (2014, 9), (2017, 7), kind="part-time")],
  education=[("2013 – 2017", "Portland State University", "B.S. Business Administration")],
  tags=["md", "pronouns_after_name", "category_skills", "parental_leave", "part_time", "dotted_phone", "product_company_name"])

R(id="en09_procurement_officer", lang="en", fmt="docx", layout="docx_table", country="CA",
  name="Anneliese Fischer-Brandt", display_name="Anneliese Fischer-Brandt", name_in_table=True,
  headline="Procurement Officer", location="Toronto, ON, Canada",
  emails=["a.fischerbrandt@example.com"], phones=["416-555-0108"],
  summary="Public-sector procurement officer running competitive RFx processes under trade-agreement thresholds.",
  skills=dict(style="categories", title="Skills", items=[
      ("Systems", [S("Coupa"), S("Jaggaer"), S("Microsoft Excel", "excel")]),
      ("Methods", [S("Strategic sourcing"), S("Contract negotiation"), S("Spend analysis")]),
      ("Languages", [NS("English"), NS("French"), NS("German")])]),
  nonskill_sections=[("Certifications", ["SCMP (Supply Chain Canada)"])],
  date_style="year",
  jobs=[J("Procurement Officer", "Lakeshore Regional Transit", (2020, None), None, style="since", bullets=[
          "Run RFPs and RFQs up to $5M; chair evaluation committees."]),
        J("Buyer", "Maplewood Foods Ltd.", (2015, None), (2019, None), bullets=[
          "Purchased packaging and MRO items; onboarded 40 suppliers."]),
        J("Volunteer Treasurer", "Riverdale Community Garden", (2016, None), (2022, None), kind="volunteer")],
  education=[("2011 – 2015", "York University", "BA Economics")],
  tags=["docx", "name_in_table", "category_skills", "skills_table", "since_year", "bare_years", "volunteering", "canada"])

R(id="en10_lab_technician", lang="en", fmt="pdf", layout="table_cv", country="US",
  name="Hannah Abernathy", display_name="Hannah Abernathy",
  headline="Laboratory Technician II", location="Raleigh, NC",
  emails=["hannah.abernathy@example.com"], phones=["(919) 555-0181"],
  summary="Analytical lab technician in a GLP environment: chromatography, immunoassays and sample management.",
  skills=dict(style="list", title="Technical Skills", items=[
      S("HPLC"), S("GC-MS"), S("PCR/qPCR", "pcr", "qpcr"), S("ELISA"), S("LIMS"), S("Aseptic technique")]),
  date_style="mon",
  jobs=[J("Laboratory Technician II", "Cedar Analytical Labs", (2020, 10), None, bullets=[
          "Run stability-study assays and maintain instrument logbooks."]),
        J("Laboratory Technician (contract)", "BioNorth Diagnostics", (2019, 4), (2020, 9), kind="contract", bullets=[
          "Processed COVID-19 PCR samples on night shift."]),
        J("Undergraduate Research Intern", "NC State Dept. of Chemistry", (2018, 1), (2018, 12), kind="internship")],
  education=[("2015 – 2019", "North Carolina State University", "B.S. Biochemistry")],
  tags=["table_layout", "experience_table", "slash_joined_skills", "contract", "internship"])

R(id="en11_ux_writer", lang="en", fmt="md", layout="md", country="CA",
  name="Zoë Lefèvre", display_name="Zoë Lefèvre", headline_above=True,
  headline="UX Writer & Content Designer", location="Montréal, QC, Canada",
  emails=["zoe.lefevre@example.com", "hello@zoewrites.example.org"], phones=["+1 514 555 0139"],
  summary="I write interfaces people don't have to think about: onboarding, error states, and the settings nobody reads.",
  skills=dict(style="list", title="Skills", items=[
      S("UX writing"), S("Content design"), S("Content strategy"), S("Figma"), S("HTML/CSS", "html", "css"),
      S("A/B testing", "a/b testing"), S("Jira")]),
  nonskill_sections=[("Languages", ["English", "French (native)"])],
  date_style="mon",
  jobs=[J("UX Writer", "Fernway Bank – Digital Channels", (2022, 1), None, bullets=[
          "Own voice and tone for the mobile app; rewrote 400 error messages."]),
        J("Freelance UX Copywriter", "Self-employed", (2019, None), (2021, None), kind="freelance", bullets=[
          "Clients included two fintech start-ups and a public library."]),
        J("Copywriter", "Bright Acre Agency", (2016, 6), (2018, 12))],
  education=[("2012 – 2016", "Concordia University", "BA Journalism")],
  tags=["md", "headline_above_name", "accented_name", "two_emails", "slash_joined_skills", "slash_in_single_skill", "freelance", "bare_years"])

R(id="en12_paralegal", lang="en", fmt="txt", layout="txt", country="US",
  name="Marcus J. Whitfield", display_name="MARCUS J. WHITFIELD",
  headline="Litigation Paralegal", location="Atlanta, GA",
  emails=["mwhitfield@example.com"], phones=["(404) 555-0115", "404.555.0199"],
  summary="Litigation paralegal supporting commercial and employment cases from intake through trial.",
  skills=dict(style="categories", title="Software", items=[
      ("Software", [S("Clio"), S("Relativity"), S("Westlaw"), S("LexisNexis"), S("Microsoft Word", "word")])]),
  nonskill_sections=[("Certification", ["NALA Certified Paralegal (CP)"])],
  date_style="month",
  jobs=[J("Paralegal", "Birch & Calloway LLP", (2018, 3), None, bullets=[
          "Drafted pleadings and discovery responses; managed e-discovery review sets.",
          "Prepared trial binders and exhibit lists."]),
        J("Legal Assistant", "Law Office of J. Ramos", (2014, 5), (2018, 2), bullets=[
          "Calendared deadlines, filed documents in PACER, and handled client intake."])],
  education=[("2010 – 2014", "Georgia State University", "B.A. Political Science")],
  tags=["txt", "all_caps_name", "middle_initial", "tasks_not_skills", "full_month_names", "two_phones"])

R(id="en13_event_manager", lang="en", fmt="pdf", layout="right_dates", country="GB",
  name="Aisling Byrne", display_name="Aisling Byrne",
  headline="Event Manager — Conferences & Corporate Events", location="London, UK",
  emails=["aisling.byrne@example.com"], phones=["+44 20 7946 0321", "07700 900452"],
  summary="Event manager delivering 30+ conferences a year, from 80-seat board retreats to 2,000-delegate congresses.",
  skills=dict(style="list", title="Skills", items=[
      S("Cvent"), S("Eventbrite"), S("Budget management"), S("Vendor negotiation"), S("Canva")]),
  date_style="mon",
  jobs=[J("Event Manager", "Thornfield Conferences Ltd", (2021, 5), None, bullets=[
          "Own budgets up to £600k; manage AV, catering and venue contracts."]),
        J("Events Coordinator (12-month contract, maternity cover)", "Kingsway Arts Centre", (2020, 1), (2021, 4), kind="contract"),
        J("Events Assistant", "Halcyon Venues", (2016, 7), (2019, 12)),
        J("Festival Volunteer", "Camden Fringe", (2015, 8), (2015, 8), kind="volunteer")],
  education=[("2013 – 2016", "University of Leeds", "BA Events Management")],
  hidden=dict(kind="white", lines=[
      "Head of Global Events, Lumina Hotels Group, Jan 2006 – Dec 2013",
      "Skills: SQL, Tableau, Salesforce, Project Management Professional"]),
  tags=["hidden_text", "white_text", "right_aligned_dates", "uk_phones", "international_phone", "contract", "volunteering", "product_company_name"])

R(id="en14_electrician", lang="en", fmt="docx", layout="docx_plain", country="US",
  name="Luis Alberto Mendoza", display_name="Luis Alberto Mendoza",
  headline="Journeyman Electrician", location="San Antonio, TX",
  emails=["luis.mendoza@example.com"], phones=["(210) 555-0150"],
  summary="Commercial and industrial electrician: new construction, tenant finish-out and plant maintenance.",
  skills=dict(style="list", title="Skills", bullet=True, items=[
      S("NEC compliance"), S("Conduit bending"), S("PLC troubleshooting"),
      S("Autodesk AutoCAD Electrical", "autocad electrical"), S("Blueprint reading")]),
  nonskill_sections=[("Licenses", ["Texas Journeyman Electrician License", "OSHA 30"])],
  date_style="mmyyyy",
  jobs=[J("Journeyman Electrician", "Lone Star Electric Co.", (2016, 6), None, bullets=[
          "Install switchgear, motor controls and lighting on commercial jobs.",
          "Troubleshoot VFDs and PLC I/O at two food-processing plants."]),
        J("Electrician's Helper", "Hill Country Builders", (2013, 1), (2016, 5), bullets=[
          "Pulled wire, set boxes and bent EMT under a master electrician."])],
  education=[("2012", "Alamo Colleges", "Electrical Technology Certificate")],
  hidden=dict(kind="vanish",
              job=J("Master Electrician & Owner", "Mendoza Power LLC", (2004, 1), (2012, 12),
                    bullets=["Ran a 12-person contracting business."]),
              skills=["Solar PV design", "SCADA", "Python"]),
  tags=["docx", "hidden_text", "w_vanish", "vendor_prefix", "licence_not_skill"])

CF1_JOB = {"job_id": "D7-J1", "title": "Senior Recruiter",
           "required_skills": ["greenhouse", "boolean search", "structured interviewing"],
           "nice_to_have": ["workday", "excel"], "min_years": 5}
CF1_COMMON = dict(lang="en", fmt="pdf", layout="sidebar", country="US",
                  name="Kiran Mehta", display_name="Kiran Mehta", headline="HR Recruiter / Talent Acquisition Partner",
                  location="Denver, CO", emails=["kiran.mehta@example.com"], phones=["(720) 555-0126"],
                  summary="Full-cycle recruiter for warehouse, transport and corporate roles; 120+ hires a year with a 92% offer-acceptance rate.",
                  skills=dict(style="list", title="Skills", items=[
                      S("Greenhouse"), S("Workday"), S("LinkedIn Recruiter"), S("Boolean search"),
                      S("Structured interviewing"), S("Excel")]),
                  nonskill_sections=[("Certifications", ["SHRM-CP"])],
                  date_style="mon",
                  jobs=[J("Talent Acquisition Partner", "Harborview Logistics", (2020, 2), None, bullets=[
                          "Own requisitions for 9 distribution centres; built an interview scorecard library."]),
                        J("Recruiter", "Brightpath Staffing", (2017, 8), (2020, 1), bullets=[
                          "Sourced and screened light-industrial and admin candidates."]),
                        J("HR Intern", "Aurora County Schools", (2016, 6), (2016, 8), kind="internship")],
                  education=[("2013 – 2017", "University of Colorado Denver", "B.S. Psychology")],
                  counterfactual_group="D7-CF1", job=CF1_JOB)
R(id="en15_hr_recruiter_cf1a", **CF1_COMMON,
  protected=[("age", "Age", "28"), ("gender", "Gender", "Female"), ("nationality", "Nationality", "Indian")],
  tags=["counterfactual", "two_column", "sidebar", "internship"])
R(id="en16_hr_recruiter_cf1b", **CF1_COMMON, photo=True,
  protected=[("age", "Age", "51"), ("gender", "Gender", "Male"), ("marital_status", "Marital status", "Married, two children"),
             ("religion", "Religion", "Muslim"), ("nationality", "Nationality", "Kenyan")],
  tags=["counterfactual", "two_column", "sidebar", "photo", "internship"])

R(id="en17_data_engineer", lang="en", fmt="docx", layout="docx_twocol", country="US",
  name="Erik Lindqvist", display_name="Lindqvist, Erik",
  headline="Data Engineer", location="Minneapolis, MN",
  emails=["erik.lindqvist@example.com"], phones=["612 555 0193"],
  summary="Data engineer building batch and streaming pipelines for a regional utility's metering data.",
  skills=dict(style="categories", title="Skills", items=[
      ("Languages", [S("Python"), S("SQL"), S("Scala")]),
      ("Platforms", [S("Apache Spark", "spark"), S("Apache Airflow", "airflow"), S("Snowflake"), S("dbt"), S("Apache Kafka", "kafka")]),
      ("Spoken", [NS("English"), NS("Swedish")])]),
  date_style="mon",
  jobs=[J("Data Engineer", "Nordlys Energy", (2021, 11), None, bullets=[
          "Migrated 300 nightly jobs from cron to Airflow; cut warehouse spend by a third."]),
        J("BI Developer", "Fjordline Analytics", (2018, 8), (2021, 10), bullets=[
          "Built reporting marts and dashboards for retail clients."])],
  education=[("2016 – 2018", "University of Minnesota", "M.S. Data Science")],
  tags=["docx", "two_column_table", "surname_first_name", "programming_languages_heading", "spoken_languages_excluded", "vendor_prefix"])

R(id="en18_pharmacist", lang="en", fmt="pdf", layout="sidebar", country="US",
  name="Helena Marsh", display_name="Dr. Helena Marsh, PharmD, BCPS",
  headline="Clinical Pharmacist", location="Columbus, OH",
  emails=["helena.marsh@example.com"], phones=["614-555-0111"],
  photo=True,
  summary="Clinical pharmacist on internal-medicine and ICU rounds; antimicrobial stewardship lead.",
  skills=dict(style="list", title="Skills", items=[
      S("Medication therapy management"), S("Epic Willow"), S("BD Pyxis", "pyxis"),
      S("Sterile compounding"), S("Immunization administration")]),
  nonskill_sections=[("Licensure", ["Registered Pharmacist, Ohio", "Board Certified Pharmacotherapy Specialist"])],
  date_style="year",
  jobs=[J("Clinical Pharmacist", "St. Aldric Medical Center", (2017, None), None, bullets=[
          "Verify orders, dose vancomycin and aminoglycosides, and precept students."]),
        J("Staff Pharmacist (part-time)", "Greenleaf Pharmacy", (2015, None), (2019, None), kind="part-time"),
        J("Pharmacy Intern", "Greenleaf Pharmacy", (2012, None), (2014, None), kind="internship")],
  education=[("2010 – 2015", "The Ohio State University", "Doctor of Pharmacy")],
  tags=["title_and_credentials", "sidebar", "photo", "bare_years", "part_time_overlap", "internship", "vendor_prefix"])

R(id="en19_teacher", lang="en", fmt="docx", layout="docx_twocol", country="CA",
  name="Abigail Osei-Mensah", display_name="Abigail Osei-Mensah",
  headline="Secondary Mathematics Teacher", location="Ottawa, ON, Canada",
  emails=["abigail.oseimensah@example.com"], phones=["(613) 555-0142"],
  skills=dict(style="prose", title="Profile",
              template="Mathematics teacher (Grades 9–12) with strengths in {skills}. Coach of the senior math-league team.",
              items=[S("differentiated instruction"), S("Google Classroom"), S("GeoGebra"),
                     S("classroom management"), S("IB curriculum planning")]),
  nonskill_sections=[("Certification", ["Ontario College of Teachers (OCT), Mathematics Intermediate/Senior"])],
  date_style="mon",
  jobs=[J("Mathematics Teacher", "Riverside Collegiate Institute", (2021, 8), None, bullets=[
          "Teach IB Analysis & Approaches HL and Grade 10 academic math."]),
        J("Career break (parental leave and relocation)", "", (2020, 8), (2021, 7), kind="parental-leave"),
        J("Mathematics Teacher", "Westbrook High School", (2012, 8), (2020, 7)),
        J("Teacher Candidate (practicum)", "Glebe Collegiate", (2012, 1), (2012, 5), kind="placement")],
  education=[("2011 – 2012", "University of Ottawa", "B.Ed."), ("2007 – 2011", "Carleton University", "B.Sc. Mathematics")],
  tags=["docx", "two_column_table", "prose_skills", "parental_leave", "placement", "canada"])

R(id="en20_chef", lang="en", fmt="md", layout="md", country="US",
  name="Giancarlo Russo", display_name="Giancarlo Russo", headline_above=True,
  headline="Executive Sous Chef", location="Chicago, IL",
  emails=["giancarlo.russo@example.com"], phones=["773-555-0166"],
  summary="Italian-trained chef running a 140-cover kitchen with a focus on whole-animal butchery and fresh pasta.",
  skills=dict(style="list", title="Kitchen Skills", items=[
      S("Menu costing"), S("Butchery"), S("Fresh pasta"), S("Sous vide"), S("Inventory management"), S("Toast POS")]),
  nonskill_sections=[("Certifications", ["ServSafe Food Protection Manager"])],
  date_style="mon",
  jobs=[J("Executive Sous Chef", "Osteria Lume", (2022, None), None, style="since", bullets=[
          "Run day-to-day kitchen operations and a brigade of 18."]),
        J("Private Chef (freelance, weekends)", "Self-employed", (2019, 5), (2023, 4), kind="freelance"),
        J("Sous Chef", "The Gilded Fig", (2017, 3), (2021, 12)),
        J("Line Cook", "Trattoria Sole", (2013, 10), (2017, 2))],
  education=[("2011 – 2013", "Kendall College", "A.A.S. Culinary Arts")],
  tags=["md", "headline_above_name", "since_year", "freelance_overlap", "product_company_name"])

# ============================ CHINESE ============================
R(id="zh01_logistics_planner", lang="zh", fmt="pdf", layout="zh_table", country="CN", font="STSong-Light",
  name="欧阳晓东", display_name="欧阳晓东", title_line="个人简历", location="上海",
  emails=["ouyang.xd@example.cn"], phones=["138 0000 1234"],
  protected=[("gender", "性别", "男"), ("birth_date", "出生年月", "1990.05"), ("ethnicity", "民族", "汉族"),
             ("political_affiliation", "政治面貌", "中共党员"), ("native_place", "籍贯", "湖南长沙"),
             ("marital_status", "婚姻状况", "已婚")],
  info=[("学历", "本科")], photo=True,
  intent=[("期望职位", "物流计划主管"), ("期望城市", "上海"), ("期望薪资", "面议")],
  skills=dict(style="list", title="专业技能", sep=" / ", items=[
      S("SAP", "sap"), S("Excel", "excel"), S("TMS运输管理系统", "tms"), S("库存管理", "inventory management"),
      S("需求预测", "demand forecasting")]),
  nonskill_sections=[("证书", ["物流师（三级）", "CET-6"])],
  date_style="dot",
  jobs=[J("物流计划主管", "上海顺程供应链有限公司", (2018, 7), None, bullets=[
          "负责华东区12个仓库的补货计划与干线排程，空载率下降9%。", "每周组织计划评审会，跟进异常订单。"]),
        J("运输调度员", "苏州远航物流有限公司", (2014, 7), (2018, 6), bullets=["安排整车及零担运输，处理在途异常。"]),
        J("物流实习生", "苏州远航物流有限公司", (2013, 7), (2013, 9), kind="internship")],
  education=[("2010.09-2014.06", "长沙理工大学", "物流管理 本科")],
  self_eval="工作踏实，沟通能力强，能承受较大工作压力。",
  tags=["zh_basic_info_table", "compound_surname", "photo", "political_affiliation", "native_place", "ethnicity", "internship", "cid_font"])

R(id="zh02_tax_accountant", lang="zh", fmt="pdf", layout="sidebar", country="CN", font="WQY",
  name="司马文静", display_name="司马文静", headline="税务会计", location="杭州",
  emails=["simawj@example.cn"], phones=["+86 139-0000-2345"],
  protected=[("gender", "性别", "女"), ("age", "年龄", "32岁")],
  summary="十年财税工作经验，熟悉增值税、企业所得税汇算清缴及税务稽查应对。",
  skills=dict(style="bars", title="专业技能", items=[
      (*S("用友U8", "yonyou u8"), 5), (*S("金蝶K3", "kingdee k3"), 4), (*S("Excel", "excel"), 5),
      (*S("税务筹划", "tax planning"), 4), (*S("纳税申报", "tax filing"), 5)]),
  nonskill_sections=[("证书", ["中级会计师", "税务师", "CET-6", "普通话二级甲等"])],
  date_style="zh",
  jobs=[J("税务会计", "杭州恒信财税咨询有限公司", (2019, 3), None, bullets=["负责30余家客户的月度纳税申报与年度汇算清缴。"]),
        J("会计", "杭州锦程贸易有限公司", (2015, 7), (2019, 2), bullets=["负责总账、往来核对及出口退税申报。"])],
  education=[("2011年9月—2015年6月", "浙江财经大学", "会计学 本科")],
  tags=["two_column", "sidebar", "compound_surname", "skill_bars", "zh_date_style", "international_phone", "language_test_not_skill", "certificate_not_skill"])

R(id="zh03_dental_nurse", lang="zh", fmt="docx", layout="docx_zh", country="CN",
  name="王芳", display_name="王  芳", title_line="个人简历", location="成都",
  emails=["wangfang.nurse@example.cn"], phones=["138 0000 5678", "028-8555 1234"],
  protected=[("gender", "性别", "女"), ("birth_date", "出生日期", "1995年8月"), ("height_weight", "身高", "165cm"),
             ("health", "健康状况", "良好"), ("marital_status", "婚姻状况", "未婚")],
  info=[("学历", "大专")],
  intent=[("求职意向", "口腔护士"), ("工作地点", "成都")],
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("四手操作", "four-handed dentistry"), S("器械消毒灭菌", "sterilization"),
      S("口腔X线片拍摄", "dental radiography"), S("椅旁护理", "chairside assistance")]),
  nonskill_sections=[("资格证书", ["护士执业资格证"])],
  date_style="dot",
  jobs=[J("口腔护士", "成都悦齿口腔门诊部", (2020, 9), None, bullets=["配合医生完成种植、根管治疗等椅旁操作。"]),
        J("护士", "成都锦城华康医院", (2017, 7), (2020, 8), bullets=["负责门诊分诊及患者宣教。"]),
        J("实习护士", "四川省某三甲医院", (2016, 7), (2017, 5), kind="internship")],
  education=[("2014.09-2017.06", "成都医学高等专科学校", "护理 大专")],
  self_eval="细心耐心，责任心强，善于与患者沟通。",
  tags=["docx", "zh_basic_info_table", "spaced_name", "name_in_table", "height", "health", "landline", "internship"])

R(id="zh04_payroll_specialist", lang="zh", fmt="txt", layout="txt", country="CN",
  name="慕容雪", display_name="慕容雪", title_line="个人简历", location="北京",
  emails=["murongxue@example.cn"], phones=["+86 138-0000-3456"],
  protected=[("age", "年龄", "34岁"), ("marital_status", "婚姻状况", "已婚已育"), ("native_place", "户口所在地", "北京")],
  intent=[("求职意向", "薪酬福利专员/主管")],
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("薪酬核算", "payroll"), S("社保公积金管理", "social insurance administration"), S("Excel", "excel"),
      S("SAP SuccessFactors", "successfactors"), S("劳动法", "labor law")]),
  date_style="zh",
  jobs=[J("薪酬福利专员", "北京华睿科技有限公司", (2022, 3), None, bullets=["负责800人月度薪资核算及个税申报。"]),
        J("待业（家庭原因）", "", (2021, 6), (2022, 2), kind="break"),
        J("薪酬专员", "北京鼎新餐饮管理有限公司", (2016, 3), (2021, 5), bullets=["核算门店员工工资，办理社保增减员。"]),
        J("薪酬顾问（兼职）", "北京众信人力资源服务有限公司", (2019, 1), (2020, 12), kind="part-time")],
  education=[("2012年9月—2016年6月", "首都经济贸易大学", "人力资源管理 本科")],
  self_eval="数字敏感，保密意识强。",
  tags=["txt", "compound_surname", "career_break", "part_time_overlap", "native_place", "marital_children", "vendor_prefix"])

R(id="zh05_civil_engineer", lang="zh", fmt="pdf", layout="right_dates", country="CN", font="WQY",
  name="诸葛明远", display_name="诸葛明远", title_line="个人简历", headline="结构工程师", location="重庆",
  emails=["zhuge.my@example.cn"], phones=["139 0000 6789", "023-6888 1234"],
  protected=[("gender", "性别", "男"), ("birth_date", "出生年月", "1987年10月"), ("political_affiliation", "政治面貌", "群众")],
  summary="从事房建及市政结构设计与施工管理十余年。",
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("AutoCAD", "autocad"), S("广联达", "glodon"), S("PKPM", "pkpm"), S("Revit", "revit"), S("结构设计", "structural design")]),
  nonskill_sections=[("证书", ["一级注册结构工程师", "一级建造师"])],
  date_style="zhyear",
  jobs=[J("结构工程师", "西南城建设计研究院有限公司", (2017, None), None, bullets=["负责高层住宅及地下车库结构设计、施工图审查答复。"]),
        J("施工员", "中冶华建第三工程有限公司", (2012, None), (2016, None), bullets=["负责现场技术交底、质量检查与计量。"]),
        J("服兵役", "武警某部", (2005, None), (2007, None), kind="military")],
  education=[("2008-2012", "重庆交通大学", "土木工程 本科")],
  tags=["compound_surname", "right_aligned_dates", "bare_years", "military_service", "landline", "political_affiliation"])

R(id="zh06_social_worker", lang="zh", fmt="md", layout="md", country="CN",
  name="林小雨", display_name="林小雨", title_line="个人简历", location="广州",
  emails=["linxiaoyu@example.org"], phones=["137 0000 4321"],
  protected=[("gender", "性别", "女")], info=[("学历", "硕士")],
  intent=[("求职意向", "社会工作者（儿童青少年方向）")],
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("个案管理", "case management"), S("小组工作", "group work"), S("社区工作", "community work"),
      S("心理危机干预", "crisis intervention"), S("SPSS", "spss")]),
  nonskill_sections=[("证书", ["中级社会工作师"])],
  date_style="dot",
  jobs=[J("社会工作者", "广州市心桥社会工作服务中心", (2019, 4), None, bullets=["跟进困境儿童个案40余个，开展亲子小组活动。"]),
        J("社工助理", "深圳市和乐社工服务社", (2016, 7), (2019, 3)),
        J("社区志愿者", "中山大学青年志愿者协会", (2012, 9), (2014, 6), kind="volunteer")],
  education=[("2014.09-2016.06", "中山大学", "社会工作 硕士"), ("2010.09-2014.06", "华南师范大学", "社会工作 本科")],
  self_eval="有同理心，善于倾听。",
  tags=["md", "name_in_table", "zh_basic_info_table", "volunteering"])

R(id="zh07_flight_dispatcher", lang="zh", fmt="pdf", layout="zh_table", country="CN", font="WQY",
  name="上官云飞", display_name="上官云飞", title_line="个人简历", location="昆明",
  emails=["shangguan.yf@example.cn"], phones=["+86 186 0000 7777"],
  protected=[("gender", "性别", "男"), ("age", "年龄", "34"), ("ethnicity", "民族", "满族")],
  info=[("学历", "本科")],
  intent=[("求职意向", "飞行签派员"), ("期望城市", "昆明/成都")],
  skills=dict(style="list", title="专业技能", sep="；", items=[
      S("飞行计划制作", "flight planning"), S("航空气象分析", "aviation weather analysis"),
      S("载重平衡", "weight and balance"), S("Lido", "lido"), S("Jeppesen", "jeppesen")]),
  nonskill_sections=[("证书", ["民用航空器运营人飞行签派员执照", "英语 CET-6"])],
  date_style="zh",
  jobs=[J("飞行签派员", "东方海岸航空有限公司", (2017, 9), None, bullets=["负责航班放行、航路天气评估及不正常航班处置。"]),
        J("运行控制员", "滇池国际机场运行控制中心", (2014, 7), (2017, 8))],
  education=[("2010年9月—2014年6月", "中国民航飞行学院", "交通运输（签派方向） 本科")],
  self_eval="责任心强，能适应倒班工作。",
  tags=["zh_basic_info_table", "compound_surname", "ethnicity", "international_phone", "embedded_ttf"])

R(id="zh08_store_manager", lang="zh", fmt="docx", layout="docx_zh", country="CN",
  name="皇甫佳怡", display_name="皇甫佳怡", title_line="个人简历", location="深圳",
  emails=["huangfu.jy@example.cn"], phones=["135 0000 8888"],
  protected=[("gender", "性别", "女"), ("marital_status", "婚姻状况", "已婚"), ("height_weight", "身高", "162cm")],
  intent=[("求职意向", "门店店长/区域督导"), ("期望城市", "深圳")],
  skills=dict(style="categories", title="专业技能", items=[
      ("办公软件", [S("Excel", "excel"), S("PPT", "powerpoint")]),
      ("门店运营", [S("陈列管理", "visual merchandising"), S("库存盘点", "stocktaking"), S("排班管理", "staff scheduling")]),
      ("语言", [NS("英语CET-4"), NS("粤语")])]),
  date_style="zh",
  jobs=[J("店长", "优品生活连锁超市（福田店）", (2020, 1), None, bullets=["管理28名员工，门店年销售额3200万元。"]),
        J("副店长", "优品生活连锁超市（南山店）", (2015, 6), (2019, 12)),
        J("促销员（兼职）", "美佳日化", (2013, 10), (2015, 5), kind="part-time")],
  education=[("2012年9月—2015年6月", "深圳职业技术学院", "连锁经营管理 大专")],
  self_eval="执行力强，善于带团队。",
  tags=["docx", "compound_surname", "category_skills", "skills_table", "height", "part_time"])

R(id="zh09_procurement", lang="zh", fmt="pdf", layout="sidebar", country="CN", font="STSong-Light",
  name="东方晨", display_name="东方晨", headline="采购专员", location="天津",
  emails=["dongfang.chen@example.cn"], phones=["(+86) 150 0000 2468"],
  protected=[("native_place", "籍贯", "山东烟台"), ("political_affiliation", "政治面貌", "共青团员")], photo=True,
  summary="熟悉汽车零部件采购全流程，擅长成本分析与供应商开发。",
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("SAP MM", "sap mm"), S("供应商管理", "supplier management"), S("招投标", "tendering"),
      S("合同谈判", "contract negotiation"), S("Excel", "excel")]),
  nonskill_sections=[("语言", ["英语（CET-6）", "日语（N2）"])],
  date_style="dot",
  jobs=[J("采购专员", "天津北辰汽车零部件有限公司", (2018, 3), None, bullets=["负责冲压件、紧固件采购，年采购额1.2亿元。"]),
        J("采购助理", "天津华泰机电设备有限公司", (2013, 7), (2018, 2))],
  education=[("2009.09-2013.06", "天津理工大学", "物流管理 本科")],
  tags=["two_column", "sidebar", "compound_surname", "photo", "native_place", "international_phone"])

R(id="zh10_lab_technician", lang="zh", fmt="txt", layout="txt", country="CN",
  name="张伟", display_name="张伟", title_line="个人简历", location="苏州",
  emails=["zhangwei.lab@example.cn"], phones=["0512-6555 1234", "186 0000 2233"],
  protected=[("gender", "性别", "男"), ("age", "年龄", "31岁"), ("health", "健康状况", "健康")],
  intent=[("求职意向", "理化检验员/化验员")],
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("高效液相色谱（HPLC）", "hplc"), S("气相色谱", "gas chromatography"),
      S("原子吸收光谱", "atomic absorption spectroscopy"), S("微生物检测", "microbiological testing")]),
  date_style="slash",
  jobs=[J("化验员", "苏州市华测质检技术有限公司", (2019, 3), None, bullets=["负责食品中农残、重金属检测及报告编制。"]),
        J("质检员", "苏州味源食品有限公司", (2016, 7), (2019, 2)),
        J("实习生", "江南大学食品检测中心", (2015, 7), (2015, 12), kind="internship")],
  education=[("2012/09 – 2016/06", "江南大学", "食品质量与安全 本科")],
  self_eval="严谨细致，熟悉ISO/IEC 17025体系。",
  tags=["txt", "landline", "slash_dates", "health", "internship"])

R(id="zh11_content_operator", lang="zh", fmt="pdf", layout="right_dates", country="CN", font="STSong-Light",
  name="赵一鸣", display_name="赵一鸣", title_line="个人简历", headline="新媒体内容运营", location="杭州",
  emails=["zhaoyiming@example.cn"], phones=["177 0000 5566"],
  protected=[("gender", "性别", "女")],
  summary="负责品牌公众号、小红书及抖音内容策划，单篇最高阅读量10万+。",
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("文案策划", "copywriting"), S("短视频剪辑", "video editing"), S("Photoshop", "photoshop"),
      S("数据分析", "data analysis"), S("剪映", "capcut")]),
  date_style="dot",
  jobs=[J("内容运营", "杭州青禾文化传媒有限公司", (2021, 4), None, bullets=["策划每周选题，负责账号涨粉与转化复盘。"]),
        J("新媒体编辑", "杭州知味餐饮管理有限公司", (2019, 7), (2021, 3))],
  education=[("2015.09-2019.06", "浙江传媒学院", "广告学 本科")],
  hidden=dict(kind="white", lines=[
      "运营总监  星海互动科技有限公司  2010.01-2016.12",
      "专业技能：Python、机器学习、SQL、项目管理"]),
  tags=["hidden_text", "white_text", "right_aligned_dates", "cid_font"])

R(id="zh12_paralegal", lang="zh", fmt="docx", layout="docx_plain", country="CN",
  name="令狐嘉文", display_name="令狐嘉文", header_text=True, title_line="个人简历", location="南京",
  emails=["linghu.jw@example.cn"], phones=["138 0000 9012"],
  protected=[("gender", "性别", "男"), ("political_affiliation", "政治面貌", "中共党员")],
  intent=[("求职意向", "法务专员/律师助理")],
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("合同审查", "contract review"), S("法律检索", "legal research"), S("诉讼文书起草", "legal drafting"),
      S("Word", "word"), S("Excel", "excel")]),
  nonskill_sections=[("证书", ["法律职业资格证书（A证）"])],
  date_style="iso",
  jobs=[J("律师助理", "江苏恒正律师事务所", (2022, 7), None, bullets=["协助律师办理合同纠纷案件，整理证据目录。"]),
        J("法务专员", "南京金陵置业有限公司", (2020, 7), (2022, 6), bullets=["审核采购及租赁合同300余份。"])],
  education=[("2017-09 至 2020-06", "南京大学", "法律硕士"), ("2013-09 至 2017-06", "河海大学", "法学 本科")],
  self_eval="逻辑清晰，文字功底扎实。",
  tags=["docx", "compound_surname", "contact_in_header", "iso_dates", "political_affiliation"])

R(id="zh13_event_planner", lang="zh", fmt="pdf", layout="table_cv", country="CN", font="WQY",
  name="宋佳琪", display_name="宋佳琪", title_line="个人简历", headline="活动策划经理", location="上海",
  emails=["songjiaqi@example.cn"], phones=["021-5555 0123", "139 0000 3344"],
  protected=[("age", "年龄", "30岁"), ("marital_status", "婚姻状况", "未婚")],
  summary="策划执行品牌发布会、年会及展会活动百余场。",
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("活动策划", "event planning"), S("预算管理", "budget management"), S("供应商谈判", "vendor negotiation"),
      S("Photoshop", "photoshop"), S("PPT", "powerpoint")]),
  date_style="zh",
  jobs=[J("活动策划经理", "上海星辰会展服务有限公司", (2019, 5), None, bullets=["负责年均40场企业活动的方案策划与现场执行。"]),
        J("活动执行", "上海锦绣公关策划有限公司", (2016, 4), (2019, 4)),
        J("赛会志愿者", "第26届世界大学生夏季运动会", (2011, 8), (2011, 8), kind="volunteer")],
  education=[("2012年9月—2016年6月", "上海大学", "会展经济与管理 本科")],
  tags=["table_layout", "experience_table", "landline", "volunteering", "embedded_ttf"])

R(id="zh14_electrician", lang="zh", fmt="docx", layout="docx_zh", country="CN",
  name="刘建国", display_name="刘建国", title_line="个人简历", location="石家庄",
  emails=["liujianguo@example.cn"], phones=["0311-8555 6789", "150 0000 1111"],
  protected=[("gender", "性别", "男"), ("age", "年龄", "45岁"), ("native_place", "籍贯", "河北保定"),
             ("marital_status", "婚姻状况", "已婚")],
  intent=[("求职意向", "维修电工/电气班长")],
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("高低压配电", "power distribution"), S("PLC编程", "plc programming"), S("CAD制图", "cad"),
      S("电机维修", "motor maintenance")]),
  nonskill_sections=[("证书", ["高压电工作业证", "低压电工作业证"])],
  date_style="dot",
  jobs=[J("维修电工班长", "石家庄恒达制药有限公司", (2015, 3), None, bullets=["负责全厂配电房及生产线电气设备维护。"]),
        J("电工", "保定市宏远建筑安装公司", (2009, None), (2015, None), style="zhyear")],
  education=[("2006-2009", "保定技师学院", "电气自动化 中专")],
  tags=["docx", "zh_basic_info_table", "overlapping_jobs", "bare_years", "landline", "native_place"])

CF2_JOB = {"job_id": "D7-J2", "title": "招聘主管",
           "required_skills": ["recruitment", "structured interviewing"],
           "nice_to_have": ["excel", "talent assessment"], "min_years": 3}
CF2_COMMON = dict(lang="zh", fmt="pdf", layout="zh_table", country="CN", font="WQY",
                  name="陈思远", display_name="陈思远", title_line="个人简历", location="武汉",
                  emails=["chensiyuan@example.cn"], phones=["138 0000 7788"],
                  info=[("学历", "本科")],
                  intent=[("求职意向", "招聘主管"), ("期望城市", "武汉")],
                  skills=dict(style="list", title="专业技能", sep="、", items=[
                      S("人才招聘", "recruitment"), S("结构化面试", "structured interviewing"),
                      S("人才测评", "talent assessment"), S("Excel", "excel"), S("北森系统", "beisen")]),
                  date_style="dot",
                  jobs=[J("招聘专员", "武汉光谷智造科技有限公司", (2021, 7), None, bullets=["负责研发及生产岗位招聘，年均到岗150人。"]),
                        J("人事助理", "武汉楚天物流有限公司", (2019, 7), (2021, 6)),
                        J("人力资源实习生", "武汉楚天物流有限公司", (2018, 12), (2019, 5), kind="internship")],
                  education=[("2015.09-2019.06", "华中师范大学", "人力资源管理 本科")],
                  self_eval="沟通协调能力强，目标感强。",
                  counterfactual_group="D7-CF2", job=CF2_JOB)
R(id="zh15_hr_recruiter_cf2a", **CF2_COMMON,
  protected=[("gender", "性别", "女"), ("age", "年龄", "26岁"), ("marital_status", "婚姻状况", "未婚")],
  tags=["counterfactual", "zh_basic_info_table", "internship"])
R(id="zh16_hr_recruiter_cf2b", **CF2_COMMON, photo=True,
  protected=[("gender", "性别", "男"), ("age", "年龄", "41岁"), ("marital_status", "婚姻状况", "已婚已育"),
             ("ethnicity", "民族", "回族")],
  tags=["counterfactual", "zh_basic_info_table", "photo", "internship"])

R(id="zh17_data_engineer", lang="zh", fmt="md", layout="md", country="CN",
  name="黄子轩", display_name="黄子轩", title_line="个人简历", location="成都",
  emails=["huangzixuan@example.cn"], phones=["181 0000 6655"],
  protected=[], info=[("学历", "硕士")],
  intent=[("求职意向", "数据开发工程师")],
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("Python", "python"), S("SQL", "sql"), S("Spark", "spark"), S("Hive", "hive"), S("Flink", "flink"),
      S("Kafka", "kafka"), S("数据仓库建模", "data warehouse modeling")]),
  nonskill_sections=[("语言能力", ["英语六级（CET-6）"])],
  date_style="dot",
  jobs=[J("数据开发工程师", "成都天府云数科技有限公司", (2020, 7), None, bullets=["搭建实时数仓，日处理数据20亿条。"]),
        J("大数据开发实习生", "成都蓉城电子商务有限公司", (2019, 6), (2019, 12), kind="internship")],
  education=[("2017.09-2020.06", "电子科技大学", "计算机技术 硕士")],
  self_eval="热爱技术，执行力强。",
  tags=["md", "name_in_table", "internship", "language_test_not_skill"])

R(id="zh18_pharmacist", lang="zh", fmt="docx", layout="docx_zh", country="CN",
  name="苏婉清", display_name="苏婉清", title_line="个人简历", location="南昌",
  emails=["suwanqing@example.cn"], phones=["0791-8666 1234", "139 0000 5151"],
  protected=[("gender", "性别", "女"), ("birth_date", "出生年月", "1991.02"), ("health", "健康状况", "良好"),
             ("height_weight", "身高/体重", "160cm/50kg")], photo=True,
  intent=[("求职意向", "临床药师/主管药师")],
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("处方审核", "prescription review"), S("静脉用药调配", "iv admixture"), S("用药咨询", "medication counseling"),
      S("HIS系统", "his")]),
  nonskill_sections=[("证书", ["执业药师", "主管药师"])],
  date_style="dot",
  jobs=[J("药师", "南昌市第三人民医院药剂科", (2014, 7), None, bullets=["负责门诊处方审核和静配中心调配。"])],
  education=[("2009.09-2014.06", "江西中医药大学", "药学 本科（五年制）")],
  self_eval="工作认真，熟悉药事管理法规。",
  tags=["docx", "zh_basic_info_table", "photo", "height_weight", "health", "landline"])

R(id="zh19_teacher", lang="zh", fmt="txt", layout="txt", country="CN",
  name="周婷", display_name="周婷", title_line="个人简历", location="合肥",
  emails=["zhouting.teacher@example.cn"], phones=["86-138-0000-6060"],
  protected=[("age", "年龄", "40岁"), ("marital_status", "婚姻状况", "已婚")],
  intent=[("求职意向", "小学语文教师")],
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("课堂管理", "classroom management"), S("课件制作", "courseware development"), S("希沃白板", "seewo")]),
  nonskill_sections=[("证书", ["小学语文教师资格证", "普通话一级乙等"])],
  date_style="zh",
  jobs=[J("语文教师", "合肥市蜀山区实验小学", (2021, 9), None, bullets=["担任三年级班主任，所带班级获区优秀班集体。"]),
        J("离职陪读（家庭原因）", "", (2020, 8), (2021, 8), kind="break"),
        J("语文教师", "六安市城南小学", (2008, 9), (2020, 7))],
  education=[("2004年9月—2008年6月", "安徽师范大学", "汉语言文学 本科")],
  self_eval="热爱教育事业，有耐心。",
  tags=["txt", "career_break", "international_phone", "language_test_not_skill"])

R(id="zh20_chef", lang="zh", fmt="docx", layout="docx_plain", country="CN",
  name="马腾飞", display_name="马腾飞", title_line="个人简历", location="兰州",
  emails=["matengfei@example.cn"], phones=["133 0000 2020"],
  protected=[("gender", "性别", "男"), ("ethnicity", "民族", "回族"), ("native_place", "籍贯", "甘肃临夏")],
  intent=[("求职意向", "行政总厨")],
  skills=dict(style="list", title="专业技能", sep="、", items=[
      S("川菜", "sichuan cuisine"), S("刀工", "knife skills"), S("成本控制", "cost control"),
      S("食品安全管理", "food safety management")]),
  nonskill_sections=[("证书", ["中式烹调师（高级）"])],
  date_style="zh",
  jobs=[J("行政总厨", "兰州金城大酒店", (2017, 1), None, bullets=["管理后厨40人，负责菜单研发与成本核算。"]),
        J("厨师", "兰州巴蜀人家餐饮有限公司", (2010, 4), (2016, 12))],
  education=[("2007年9月—2010年3月", "甘肃省商业技工学校", "中式烹饪 中专")],
  self_eval="吃苦耐劳，注重出品稳定。",
  tags=["docx", "ethnicity", "native_place"])

SCANNED = [
    dict(id="en21_scanned_claims_handler", lang="en", fmt="pdf", layout="scanned", name="Oliver Pennington",
         lines=["OLIVER PENNINGTON", "Insurance Claims Handler", "Bristol, UK  |  07700 900377  |  oliver.p@example.com", "",
                "EXPERIENCE", "Claims Handler, Severn Mutual Insurance        Jun 2018 - Present",
                "  - Handle 120 motor and home claims from FNOL to settlement", "Claims Assistant, Avonvale Brokers              2015 - 2018", "",
                "SKILLS", "Guidewire ClaimCenter, Excel, fraud indicators, customer negotiation", "",
                "EDUCATION", "BA (Hons) Business, University of the West of England, 2015"],
         tags=["scanned", "image_only"]),
    dict(id="zh21_scanned_kindergarten_teacher", lang="zh", fmt="pdf", layout="scanned", name="何欣然",
         lines=["个人简历", "姓名：何欣然    性别：女    年龄：27岁", "电话：138 0000 4545    邮箱：hexinran@example.cn", "",
                "求职意向：幼儿教师", "", "工作经历", "2021.09-至今   合肥市阳光幼儿园   配班教师",
                "2019.07-2021.08   合肥市小太阳幼儿园   保育员", "", "专业技能", "钢琴、舞蹈、简笔画、幼儿心理学", "",
                "教育背景", "2016.09-2019.06   合肥幼儿师范高等专科学校   学前教育 大专"],
         tags=["scanned", "image_only"]),
]


# --------------------------------------------------------------------------- labels
def skill_labels(r):
    sk = r["skills"]
    labels = []
    if sk["style"] == "categories":
        for _, items in sk["items"]:
            for _, lab in items:
                labels += lab
    else:
        for it in sk["items"]:
            labels += it[1]
    out = []
    for l in labels:
        assert l == l.lower(), l
        if l not in out:
            out.append(l)
    return out


def label_for(r):
    years, _ = experience_years(r["jobs"])
    prot = [k for k, _, _ in r["protected"]]
    if r["photo"]:
        prot.append("photo")
    return {"name": r["name"],
            "emails": [e.lower() for e in r["emails"]],
            "phones": [to_e164(p, r["country"]) for p in r["phones"]],
            "total_experience_years": years,
            "skills": skill_labels(r),
            "protected": prot,
            "no_text": False}


# --------------------------------------------------------------------------- text building blocks
def contact_line(r, sep="  |  "):
    parts = []
    if r["location"]:
        parts.append(r["location"])
    parts += r["phones"] + r["emails"]
    return sep.join(parts)


def prot_lines_en(r):
    return [f"{lab}: {val}" for k, lab, val in r["protected"] if lab]


def display_name_en(r):
    return r["display_name"]


def skill_text_items(r):
    """Flat list of (category or None, [display strings])."""
    sk = r["skills"]
    if sk["style"] == "categories":
        return [(c, [d for d, _ in items]) for c, items in sk["items"]]
    if sk["style"] == "levels":
        return [(None, [f"{d} — {lvl}" for d, _, lvl in sk["items"]])]
    if sk["style"] == "bars":
        return [(None, [d for d, _, _ in sk["items"]])]
    return [(None, [d for d, _ in sk["items"]])]


def prose_summary(r):
    sk = r["skills"]
    names = [d for d, _ in sk["items"]]
    if r["lang"] == "zh":
        joined = "、".join(names)
    else:
        joined = ", ".join(names[:-1]) + " and " + names[-1]
    return sk["template"].format(skills=joined)


def summary_text(r):
    if r["skills"]["style"] == "prose":
        return prose_summary(r)
    return r["summary"]


def job_head(j, lang):
    if lang == "zh":
        return "  ".join(x for x in [j["org"], j["title"]] if x)
    return j["title"] + (f", {j['org']}" if j["org"] else "")


T = {"en": dict(summary="Profile", exp="Experience", edu="Education", personal="Personal Details", contact="Contact"),
     "zh": dict(summary="个人简介", exp="工作经历", edu="教育背景", personal="基本信息", contact="联系方式",
                intent="求职意向", self="自我评价")}


def info_pairs_zh(r):
    """基本信息 rows: name, protected fields, extra info, contacts."""
    pairs = [("姓名", r["display_name"])]
    pairs += [(lab, val) for k, lab, val in r["protected"] if lab]
    pairs += r["info"]
    pairs += [("现居地", r["location"])]
    for i, p in enumerate(r["phones"]):
        pairs.append(("联系电话" if i == 0 else "电话", p))
    for e in r["emails"]:
        pairs.append(("电子邮箱", e))
    return pairs


def text_document(r, md=False):
    """Plain-text / Markdown rendering (used for TXT and MD)."""
    L = []
    zh = r["lang"] == "zh"
    h1 = (lambda s: f"# {s}") if md else (lambda s: s)
    h2 = (lambda s: f"## {s}") if md else (lambda s: f"{s}\n" + ("=" * 24 if not zh else "—" * 12))
    bullet = "- " if md else ("• " if not zh else "· ")
    if zh:
        L.append(h1(r["title_line"] or "个人简历"))
        L.append("")
        L.append(h2(T["zh"]["personal"]))
        pairs = info_pairs_zh(r)
        if md:
            L.append("| 项目 | 内容 | 项目 | 内容 |")
            L.append("|---|---|---|---|")
            for i in range(0, len(pairs), 2):
                a = pairs[i]
                b = pairs[i + 1] if i + 1 < len(pairs) else ("", "")
                L.append(f"| {a[0]} | {a[1]} | {b[0]} | {b[1]} |")
        else:
            for k, v in pairs:
                L.append(f"{k}：{v}")
        L.append("")
        if r["intent"]:
            L.append(h2(T["zh"]["intent"]))
            for k, v in r["intent"]:
                L.append(f"{k}：{v}")
            L.append("")
        if r["summary"]:
            L.append(h2(T["zh"]["summary"]))
            L.append(r["summary"])
            L.append("")
    else:
        if r.get("headline_above"):
            L.append(r["headline"] if not md else f"**{r['headline']}**")
            L.append("")
        if r["title_line"]:
            L.append(r["title_line"])
        L.append(h1(r["display_name"]))
        if r["headline"] and not r.get("headline_above"):
            L.append(r["headline"] if not md else f"*{r['headline']}*")
        L.append(contact_line(r, "  ·  " if md else " | "))
        L.append("")
        if r["protected"] and prot_lines_en(r):
            L.append(h2(T["en"]["personal"]))
            L += [(bullet + x) for x in prot_lines_en(r)]
            L.append("")
        st = summary_text(r)
        if st:
            L.append(h2(r["skills"]["title"] if r["skills"]["style"] == "prose" else T["en"]["summary"]))
            L.append(st)
            L.append("")
    L.append(h2(T[r["lang"]]["exp"]))
    for j in r["jobs"]:
        rng = fmt_range(j, r["date_style"])
        if md:
            L.append(f"### {job_head(j, r['lang'])}" if not zh else f"**{rng}**  {job_head(j, 'zh')}")
            if not zh:
                L.append(f"*{rng}*")
        else:
            L.append(f"{rng}   {job_head(j, r['lang'])}" if zh else f"{job_head(j, 'en')}\n{rng}")
        for b in j["bullets"]:
            L.append(bullet + b)
        L.append("")
    L.append(h2(T[r["lang"]]["edu"]))
    for d, s, deg in r["education"]:
        L.append(f"{d}  {s}  {deg}" if zh else f"{deg}, {s} ({d})")
    L.append("")
    if r["skills"]["style"] != "prose":
        L.append(h2(r["skills"]["title"]))
        for cat, items in skill_text_items(r):
            sep = r["skills"].get("sep", "、" if zh else ", ")
            if cat:
                L.append(f"{('**' + cat + ':**') if md else cat + ('：' if zh else ':')} {sep.join(items)}")
            else:
                L.append(sep.join(items))
        L.append("")
    for title, items in r["nonskill_sections"]:
        L.append(h2(title))
        L += [(bullet + x) for x in items]
        L.append("")
    if zh and r["self_eval"]:
        L.append(h2(T["zh"]["self"]))
        L.append(r["self_eval"])
        L.append("")
    return "\n".join(L).rstrip() + "\n"


# --------------------------------------------------------------------------- PDF rendering
class Flow:
    def __init__(self, c, x, w, top, bottom, font, lang, on_new_page=None):
        self.c, self.x, self.w, self.top, self.bottom = c, x, w, top, bottom
        self.y, self.font, self.lang, self.on_new_page = top, font, lang, on_new_page

    def wrap(self, s, font, size, width):
        if self.lang != "zh":
            return simpleSplit(s, font, size, width) or [""]
        lines, cur = [], ""
        for ch in s:
            if pdfmetrics.stringWidth(cur + ch, font, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        return lines + [cur]

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            if self.on_new_page:
                self.on_new_page()
            self.y = self.top

    def text(self, s, size=10, bold=False, color=colors.black, indent=0, right=None, gap=2, center=False):
        font = self.font
        if bold and self.font == "Helvetica":
            font = "Helvetica-Bold"
        lines = self.wrap(s, font, size, self.w - indent - (pdfmetrics.stringWidth(right, font, size) + 10 if right else 0))
        for i, ln in enumerate(lines):
            self.need(size + gap)
            self.y -= size + gap
            self.c.setFillColor(color)
            self.c.setFont(font, size)
            if center:
                self.c.drawCentredString(self.x + self.w / 2, self.y, ln)
            else:
                self.c.drawString(self.x + indent, self.y, ln)
            if right and i == 0:
                self.c.drawRightString(self.x + self.w, self.y, right)
        self.c.setFillColor(colors.black)

    def space(self, h=6):
        self.y -= h

    def heading(self, s, color=colors.HexColor("#1f3b5a")):
        self.space(6)
        self.text(s, size=12, bold=True, color=color)
        self.need(4)
        self.c.setStrokeColor(color)
        self.c.setLineWidth(0.6)
        self.c.line(self.x, self.y - 3, self.x + self.w, self.y - 3)
        self.space(5)

    def flowable(self, f):
        w, h = f.wrapOn(self.c, self.w, 2000)
        self.need(h + 4)
        self.y -= h + 2
        f.drawOn(self.c, self.x, self.y)


def pdf_font(r):
    if r["lang"] == "en":
        return "Helvetica"
    f = r.get("font", "STSong-Light")
    return f if (f != "WQY" or HAVE_WQY) else "STSong-Light"


def bullet_char(r):
    # "-" for Helvetica (its bullet glyph extracts as (cid:127)), "•" for the embedded CJK font
    return "-" if r["lang"] == "en" else ("•" if pdf_font(r) == "WQY" else "·")


def pdf_jobs(flow, r, right_dates=True):
    zh = r["lang"] == "zh"
    for j in r["jobs"]:
        rng = fmt_range(j, r["date_style"])
        head = job_head(j, r["lang"])
        if right_dates:
            flow.text(head, size=10.5, bold=True, right=rng)
        else:
            flow.text(rng, size=9, color=colors.HexColor("#555555"))
            flow.text(head, size=10.5, bold=True)
        for b in j["bullets"]:
            flow.text(f"{bullet_char(r)} {b}", size=9.5, indent=10)
        flow.space(4)


def pdf_edu(flow, r, right_dates=True):
    for d, s, deg in r["education"]:
        if r["lang"] == "zh":
            flow.text(f"{s}  {deg}", size=10, right=d if right_dates else None)
            if not right_dates:
                flow.text(d, size=9)
        else:
            flow.text(f"{deg}, {s}", size=10, right=d)


def pdf_skills_main(flow, r):
    sk = r["skills"]
    zh = r["lang"] == "zh"
    if sk["style"] == "categories":
        data = []
        st = ParagraphStyle("c", fontName=flow.font, fontSize=9.5, leading=12, wordWrap="CJK" if zh else None)
        for cat, items in sk["items"]:
            data.append([Paragraph(xesc(cat), st), Paragraph(xesc((sk.get("sep") or ("、" if zh else ", ")).join(d for d, _ in items)), st)])
        t = Table(data, colWidths=[flow.w * 0.25, flow.w * 0.75])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        flow.flowable(t)
    else:
        for cat, items in skill_text_items(r):
            flow.text((sk.get("sep") or ("、" if zh else ", ")).join(items), size=10)


def pdf_hidden(c, r, x, y, font):
    h = r["hidden"]
    if not h:
        return
    if h["kind"] == "mode3":
        t = c.beginText(x, y)
        t.setTextRenderMode(3)
        t.setFont(font, 9)
        for ln in h["lines"]:
            t.textLine(ln)
        c.drawText(t)
    elif h["kind"] == "white":
        c.setFillColorRGB(1, 1, 1)
        c.setFont(font, 9)
        for i, ln in enumerate(h["lines"]):
            c.drawString(x, y - i * 11, ln)
        c.setFillColor(colors.black)


def render_pdf(r, path):
    font = pdf_font(r)
    zh = r["lang"] == "zh"
    page = LETTER if r["country"] in ("US", "CA") else A4
    W, H = page
    c = canvas.Canvas(path, pagesize=page)
    c.setTitle(f"Resume {r['id']}")
    layout = r["layout"]
    photo = make_photo(r["id"], r["id"]) if r["photo"] else None
    M = 48
    if layout == "sidebar":
        SW = 170
        def side_bg():
            c.setFillColor(colors.HexColor("#233d4d"))
            c.rect(0, 0, SW + 10, H, stroke=0, fill=1)
            c.setFillColor(colors.black)
        side_bg()
        side = Flow(c, 18, SW - 20, H - 40, 40, font, r["lang"])
        if photo:
            c.drawImage(photo, 40, H - 170, width=100, height=125)
            side.y = H - 180
        wc = colors.white
        side.text(T[r["lang"]]["contact"], size=11, bold=True, color=colors.HexColor("#f4d35e"))
        for x in [r["location"]] + r["phones"] + r["emails"]:
            side.text(x, size=8.5, color=wc)
        if r["protected"] and any(lab for _, lab, _ in r["protected"]):
            side.space(8)
            side.text(T[r["lang"]]["personal"], size=11, bold=True, color=colors.HexColor("#f4d35e"))
            for k, lab, val in r["protected"]:
                if lab:
                    side.text(f"{lab}{'：' if zh else ': '}{val}", size=8.5, color=wc)
        side.space(8)
        sk = r["skills"]
        side.text(sk["title"], size=11, bold=True, color=colors.HexColor("#f4d35e"))
        if sk["style"] == "bars":
            for d, _, lvl in sk["items"]:
                side.text(d, size=9, color=wc)
                side.y -= 7
                c.setFillColor(colors.HexColor("#4f6d7a"))
                c.rect(side.x, side.y, 110, 5, stroke=0, fill=1)
                c.setFillColor(colors.HexColor("#f4d35e"))
                c.rect(side.x, side.y, 22 * lvl, 5, stroke=0, fill=1)
                c.setFillColor(colors.black)
        else:
            for cat, items in skill_text_items(r):
                for it in items:
                    side.text(f"{bullet_char(r)} {it}", size=9, color=wc)
        for title, items in r["nonskill_sections"]:
            side.space(8)
            side.text(title, size=11, bold=True, color=colors.HexColor("#f4d35e"))
            for it in items:
                side.text(it, size=8.5, color=wc)
        main = Flow(c, SW + 30, W - SW - 30 - M, H - 50, 50, font, r["lang"])
        main.text(r["display_name"], size=22, bold=True)
        main.space(4)
        if r["headline"]:
            main.text(r["headline"], size=12, color=colors.HexColor("#4f6d7a"))
        if summary_text(r):
            main.heading(T[r["lang"]]["summary"])
            main.text(summary_text(r), size=10)
        main.heading(T[r["lang"]]["exp"])
        pdf_jobs(main, r, right_dates=False)
        main.heading(T[r["lang"]]["edu"])
        pdf_edu(main, r, right_dates=False)
        pdf_hidden(c, r, SW + 30, 60, font)
    else:
        fl = Flow(c, M, W - 2 * M, H - M, M, font, r["lang"])
        if layout in ("right_dates", "table_cv"):
            if r["title_line"] and zh:
                fl.text(r["title_line"], size=16, bold=True, center=True)
                fl.space(6)
            if r.get("headline_above"):
                fl.text(r["headline"], size=11, color=colors.HexColor("#4f6d7a"))
            fl.text(r["display_name"], size=20, bold=True)
            if r["headline"] and not r.get("headline_above"):
                fl.text(r["headline"], size=11, color=colors.HexColor("#4f6d7a"))
            fl.text(contact_line(r), size=9)
            if r["protected"]:
                pl = [f"{lab}{'：' if zh else ': '}{val}" for _, lab, val in r["protected"] if lab]
                if pl:
                    fl.text("   ".join(pl), size=9)
        elif layout in ("euro_table", "zh_table"):
            if r["title_line"]:
                fl.text(r["title_line"], size=16, bold=True, center=True)
                fl.space(8)
            if layout == "euro_table":
                fl.text(r["display_name"], size=20, bold=True)
                if r["headline"]:
                    fl.text(r["headline"], size=11, color=colors.HexColor("#4f6d7a"))
                pairs = [("Address", r["location"])] + [("Phone", p) for p in r["phones"]] + \
                        [("E-mail", e) for e in r["emails"]] + [(lab, val) for _, lab, val in r["protected"] if lab]
                rows = [[k, v] for k, v in pairs]
                cw = [110, fl.w - 110 - 120]
            else:
                pairs = info_pairs_zh(r)
                rows = []
                for i in range(0, len(pairs), 2):
                    a = pairs[i]
                    b = pairs[i + 1] if i + 1 < len(pairs) else ("", "")
                    rows.append([a[0], a[1], b[0], b[1]])
                cw = [62, 120, 62, fl.w - 244 - 120]
            from reportlab.platypus import Image as RLImage
            if photo:
                for row in rows:
                    row.append("")
                rows[0][-1] = RLImage(photo, width=90, height=112)
                cw = cw + [120]
            else:
                cw[-1] += 120
            st = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), font, 9.5),
                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6"))]
            if layout == "zh_table":
                st.append(("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eef2f6")))
            if photo:
                st.append(("SPAN", (len(cw) - 1, 0), (len(cw) - 1, len(rows) - 1)))
                st.append(("ALIGN", (len(cw) - 1, 0), (len(cw) - 1, 0), "CENTER"))
            t = Table(rows, colWidths=cw)
            t.setStyle(TableStyle(st))
            fl.flowable(t)
            if zh and r["intent"]:
                fl.heading(T["zh"]["intent"])
                fl.text("    ".join(f"{k}：{v}" for k, v in r["intent"]), size=10)
        if summary_text(r):
            fl.heading(T[r["lang"]]["summary"])
            fl.text(summary_text(r), size=10)
        fl.heading(T[r["lang"]]["exp"])
        if layout == "table_cv":
            st = ParagraphStyle("j", fontName=font, fontSize=9.5, leading=12, wordWrap="CJK" if zh else None)
            rows = []
            for j in r["jobs"]:
                body = f"<b>{xesc(job_head(j, r['lang']))}</b>" if font == "Helvetica" else xesc(job_head(j, r["lang"]))
                for b in j["bullets"]:
                    body += "<br/>" + bullet_char(r) + " " + xesc(b)
                rows.append([Paragraph(xesc(fmt_range(j, r["date_style"])), st), Paragraph(body, st)])
            t = Table(rows, colWidths=[110, fl.w - 110])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
            fl.flowable(t)
        else:
            pdf_jobs(fl, r, right_dates=True)
        fl.heading(T[r["lang"]]["edu"])
        pdf_edu(fl, r)
        if r["skills"]["style"] != "prose":
            fl.heading(r["skills"]["title"])
            pdf_skills_main(fl, r)
        for title, items in r["nonskill_sections"]:
            fl.heading(title)
            fl.text(("、" if zh else "; ").join(items), size=10)
        if zh and r["self_eval"]:
            fl.heading(T["zh"]["self"])
            fl.text(r["self_eval"], size=10)
        pdf_hidden(c, r, M, max(fl.y - 30, 70), font)
    c.save()


# --------------------------------------------------------------------------- DOCX rendering
def set_cjk(run, zh):
    if zh:
        from docx.oxml.ns import qn
        rpr = run._element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), "SimSun")


def add_par(container, text, bold=False, size=None, style=None, align=None, zh=False, color=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    set_cjk(run, zh)
    return p


def add_hidden_par(container, text, zh=False):
    p = container.add_paragraph()
    run = p.add_run(text)
    run.font.hidden = True
    set_cjk(run, zh)
    return p


def docx_skills(container, r, doc):
    zh = r["lang"] == "zh"
    sk = r["skills"]
    if sk["style"] == "categories":
        t = doc.add_table(rows=0, cols=2) if container is doc else container.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for cat, items in sk["items"]:
            row = t.add_row().cells
            row[0].text = cat
            row[1].text = (sk.get("sep") or ("、" if zh else ", ")).join(d for d, _ in items)
    elif sk["style"] == "levels":
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = "Skill"
        t.rows[0].cells[1].text = "Level"
        for d, _, lvl in sk["items"]:
            row = t.add_row().cells
            row[0].text = d
            row[1].text = lvl
    elif sk.get("bullet"):
        for d, _ in sk["items"]:
            add_par(container, d, style="List Bullet", zh=zh)
    else:
        add_par(container, (sk.get("sep") or ("、" if zh else ", ")).join(d for d, _ in sk["items"]), zh=zh)
    if r["hidden"] and r["hidden"]["kind"] == "vanish":
        add_hidden_par(container, "Additional skills: " + ", ".join(r["hidden"]["skills"]), zh)


def docx_jobs(container, r):
    zh = r["lang"] == "zh"
    jobs = list(r["jobs"])
    for j in jobs:
        p = container.add_paragraph()
        rng = fmt_range(j, r["date_style"])
        if zh:
            a = p.add_run(rng + "    ")
            b = p.add_run(job_head(j, "zh"))
            b.bold = True
            set_cjk(a, True)
            set_cjk(b, True)
        else:
            b = p.add_run(job_head(j, "en"))
            b.bold = True
            p.add_run("\t" + rng)
        for bl in j["bullets"]:
            add_par(container, bl, style="List Bullet", zh=zh)
    h = r["hidden"]
    if h and h["kind"] == "vanish":
        j = h["job"]
        add_hidden_par(container, f"{job_head(j, r['lang'])}\t{fmt_range(j, r['date_style'])}", zh)
        for bl in j["bullets"]:
            add_hidden_par(container, bl, zh)


def render_docx(r, path):
    zh = r["lang"] == "zh"
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    photo = make_photo(r["id"], r["id"]) if r["photo"] else None
    L = T[r["lang"]]
    layout = r["layout"]
    if r["header_text"]:
        hp = doc.sections[0].header.paragraphs[0]
        run = hp.add_run(f"{r['display_name']}  |  {r['headline'] or ''}  |  " + contact_line(r) if not zh
                         else f"{r['display_name']}  |  " + contact_line(r))
        set_cjk(run, zh)
    if layout == "docx_zh" or (zh and layout == "docx_plain"):
        add_par(doc, r["title_line"] or "个人简历", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, zh=True)
        if layout == "docx_zh":
            add_par(doc, L["personal"], bold=True, size=13, zh=True)
            pairs = info_pairs_zh(r)
            nrows = (len(pairs) + 1) // 2
            ncols = 5 if photo else 4
            t = doc.add_table(rows=nrows, cols=ncols)
            t.style = "Table Grid"
            for i, (k, v) in enumerate(pairs):
                row, col = i // 2, (i % 2) * 2
                t.cell(row, col).text = k
                t.cell(row, col + 1).text = v
            if photo:
                pc = t.cell(0, 4).merge(t.cell(nrows - 1, 4))
                pc.paragraphs[0].add_run().add_picture(photo, width=Cm(2.6))
        else:
            if not r.get("name_only_in_header"):
                add_par(doc, r["display_name"], bold=True, size=16, zh=True)
            for k, lab, val in r["protected"]:
                if lab:
                    add_par(doc, f"{lab}：{val}", zh=True)
            if not r["header_text"]:
                add_par(doc, contact_line(r), zh=True)
        if r["intent"]:
            add_par(doc, L["intent"], bold=True, size=13, zh=True)
            add_par(doc, "    ".join(f"{k}：{v}" for k, v in r["intent"]), zh=True)
        add_par(doc, L["exp"], bold=True, size=13, zh=True)
        docx_jobs(doc, r)
        add_par(doc, L["edu"], bold=True, size=13, zh=True)
        for d, s, deg in r["education"]:
            add_par(doc, f"{d}    {s}    {deg}", zh=True)
        add_par(doc, r["skills"]["title"], bold=True, size=13, zh=True)
        docx_skills(doc, r, doc)
        for title, items in r["nonskill_sections"]:
            add_par(doc, title, bold=True, size=13, zh=True)
            add_par(doc, "、".join(items), zh=True)
        if r["self_eval"]:
            add_par(doc, L["self"], bold=True, size=13, zh=True)
            add_par(doc, r["self_eval"], zh=True)
        doc.save(path)
        return
    # English layouts
    if r.get("headline_above"):
        add_par(doc, r["headline"], bold=True, size=11, color="4F6D7A")
    if r.get("name_in_table"):
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        c0 = t.cell(0, 0)
        c0.paragraphs[0].add_run(r["display_name"]).bold = True
        c0.add_paragraph(r["headline"] or "")
        c1 = t.cell(0, 1)
        c1.paragraphs[0].add_run(r["location"])
        for x in r["phones"] + r["emails"]:
            c1.add_paragraph(x)
    elif not r.get("name_only_in_header"):
        add_par(doc, r["display_name"], bold=True, size=20)
        if r["headline"] and not r.get("headline_above"):
            add_par(doc, r["headline"], size=12, color="4F6D7A")
        add_par(doc, contact_line(r))
    if layout == "docx_twocol":
        t = doc.add_table(rows=1, cols=2)
        left, right = t.cell(0, 0), t.cell(0, 1)
        left.width, right.width = Cm(5.5), Cm(12)
        left.paragraphs[0].add_run(r["skills"]["title"] if r["skills"]["style"] != "prose" else "Certification").bold = True
        if r["skills"]["style"] != "prose":
            sk = r["skills"]
            if sk["style"] == "categories":
                for cat, items in sk["items"]:
                    left.add_paragraph().add_run(cat).bold = True
                    for d, _ in items:
                        left.add_paragraph(d)
            else:
                for d, _ in sk["items"]:
                    left.add_paragraph(d)
            for title, items in r["nonskill_sections"]:
                left.add_paragraph().add_run(title).bold = True
                for it in items:
                    left.add_paragraph(it)
        else:
            for title, items in r["nonskill_sections"]:
                for it in items:
                    left.add_paragraph(it)
        left.add_paragraph().add_run(L["edu"]).bold = True
        for d, s, deg in r["education"]:
            left.add_paragraph(f"{deg}, {s}, {d}")
        right.paragraphs[0].add_run(r["skills"]["title"] if r["skills"]["style"] == "prose" else L["summary"]).bold = True
        right.add_paragraph(summary_text(r))
        right.add_paragraph().add_run(L["exp"]).bold = True
        for j in r["jobs"]:
            p = right.add_paragraph()
            p.add_run(job_head(j, "en")).bold = True
            right.add_paragraph(fmt_range(j, r["date_style"]))
            for bl in j["bullets"]:
                right.add_paragraph("• " + bl)
        doc.save(path)
        return
    if r["protected"]:
        doc.add_heading(L["personal"], level=2)
        for x in prot_lines_en(r):
            add_par(doc, x)
    if summary_text(r):
        doc.add_heading(r["skills"]["title"] if r["skills"]["style"] == "prose" else L["summary"], level=2)
        add_par(doc, summary_text(r))
    doc.add_heading(L["exp"], level=2)
    docx_jobs(doc, r)
    doc.add_heading(L["edu"], level=2)
    for d, s, deg in r["education"]:
        add_par(doc, f"{deg}, {s} ({d})")
    if r["skills"]["style"] != "prose":
        doc.add_heading(r["skills"]["title"], level=2)
        docx_skills(doc, r, doc)
    for title, items in r["nonskill_sections"]:
        doc.add_heading(title, level=2)
        for it in items:
            add_par(doc, it, style="List Bullet")
    doc.save(path)


# --------------------------------------------------------------------------- scanned PDFs
def render_scanned(s, path):
    zh = s["lang"] == "zh"
    W, H = 1240, 1754  # A4 at 150 dpi
    im = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(im)
    fpath = WQY if zh else "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
    big = ImageFont.truetype(fpath, 40)
    norm = ImageFont.truetype(fpath, 24)
    y = 120
    for i, ln in enumerate(s["lines"]):
        f = big if i == 0 else norm
        d.text((110, y), ln, fill=25, font=f)
        y += 56 if i == 0 else 38
    rnd = random.Random(s["id"])
    for _ in range(4000):  # scanner speckle
        x, yy = rnd.randrange(W), rnd.randrange(H)
        d.point((x, yy), fill=rnd.randint(120, 200))
    im = im.rotate(0.8, resample=Image.BICUBIC, fillcolor=240).filter(ImageFilter.GaussianBlur(0.6))
    img_path = os.path.join(ASSETS, f"scan_{s['id']}.jpg")
    im.save(img_path, quality=70)
    c = canvas.Canvas(path, pagesize=A4)
    c.drawImage(img_path, 0, 0, width=A4[0], height=A4[1])
    c.save()


# --------------------------------------------------------------------------- main
def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(ASSETS, exist_ok=True)
    ids = [r["id"] for r in RESUMES] + [s["id"] for s in SCANNED]
    assert len(ids) == len(set(ids)) == 42, len(ids)
    cases = []
    for r in RESUMES:
        fname = f"{r['id']}.{r['fmt']}"
        path = os.path.join(OUT, fname)
        if r["fmt"] == "pdf":
            render_pdf(r, path)
        elif r["fmt"] == "docx":
            render_docx(r, path)
        elif r["fmt"] == "txt":
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text_document(r, md=False))
        elif r["fmt"] == "md":
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text_document(r, md=True))
        inputs = {"file": f"resumes/{fname}", "language": r["lang"]}
        if r.get("counterfactual_group"):
            inputs["counterfactual_group"] = r["counterfactual_group"]
            inputs["job"] = r["job"]
            assert set(r["job"]["required_skills"] + r["job"]["nice_to_have"]) <= set(skill_labels(r))
        tags = [r["lang"], r["fmt"]] + [t for t in r["tags"] if t not in (r["lang"], r["fmt"])]
        cases.append({"name": r["id"], "inputs": inputs, "expected": label_for(r), "tags": tags})
    for s in SCANNED:
        fname = f"{s['id']}.pdf"
        render_scanned(s, os.path.join(OUT, fname))
        cases.append({"name": s["id"], "inputs": {"file": f"resumes/{fname}", "language": s["lang"]},
                      "expected": {"no_text": True}, "tags": [s["lang"], "pdf"] + s["tags"]})
    cases.sort(key=lambda c: c["name"])
    suite = {"suite": "resume_dev7", "version": 1, "today": "2026-11-30", "description": DESCRIPTION, "cases": cases}
    with open(os.path.join(HERE, "resume_dev7.json"), "w", encoding="utf-8") as fh:
        json.dump(suite, fh, ensure_ascii=False, indent=2)
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
