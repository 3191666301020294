#!/usr/bin/env python3
"""Build the dev5 resume evaluation set (40 invented resumes, 20 en + 20 zh).

Every resume is defined once, as structured data, below (RESUMES). The same data
is used both to render the file (PDF / DOCX / TXT / MD into ./resumes/) and to
write the labels (./resume_dev5.json), so text and labels cannot drift.

All people, employers, e-mail addresses and phone numbers are invented
(e-mail domains are example.com / example.org / example.net; US numbers use the
555-01xx fiction range, UK numbers the Ofcom drama ranges).

Deterministic, no network. Rendering needs reportlab + python-docx + Pillow:
    python3 -m venv /tmp/rl && /tmp/rl/bin/pip install reportlab python-docx
    /tmp/rl/bin/python build_dev5_resumes.py
Importing this module (e.g. from verify_dev5.py) only needs the standard library.
"""
import copy
import io
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "resumes")
LABELS = os.path.join(HERE, "resume_dev5.json")
TODAY = "2026-11-30"
TODAY_YM = (2026, 11)
FONT_ZH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

COUNTING = {"full", "part-time", "contract", "freelance", "self-employed"}
NONCOUNT = {"internship", "volunteer", "military", "break", "parental", "study", "sabbatical"}
PROTECTED_ATTRS = {"age", "birth_date", "gender", "marital_status", "nationality", "ethnicity", "religion",
                   "political_affiliation", "native_place", "height_weight", "health", "photo"}

# --------------------------------------------------------------------------- helpers for the data


def J(title, org, start, end, style, kind="full", bullets=(), loc=None, group=None, **kw):
    """One experience entry. start/end 'YYYY-MM'; end None = ongoing."""
    assert kind in COUNTING | NONCOUNT, kind
    d = dict(title=title, org=org, start=start, end=end, style=style, kind=kind,
             bullets=list(bullets), loc=loc, group=group)
    d.update(kw)
    return d


def S(display, *labels):
    """One skill as displayed, with its label(s)."""
    return (display, list(labels) if labels else [display.lower()])


def P(attr, key, value):
    assert attr in PROTECTED_ATTRS, attr
    return (attr, key, value)


EN_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MD = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
EN_F = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


def ym(s):
    y, m = s.split("-")
    return int(y), int(m)


# style -> (point formatter, separator, default present word)
DATE_STYLES = {
    "abbr": (lambda y, m: f"{EN_M[m-1]} {y}", " – ", "Present"),
    "abbr_dot": (lambda y, m: f"{EN_MD[m-1]} {y}", " – ", "Present"),
    "full_dash": (lambda y, m: f"{EN_F[m-1]} {y}", " – ", "present"),
    "full_to": (lambda y, m: f"{EN_F[m-1]} {y}", " to ", "present"),
    "slash": (lambda y, m: f"{y}/{m:02d}", " – ", "present"),
    "dot": (lambda y, m: f"{m:02d}.{y}", " – ", "present"),
    "mmyyyy": (lambda y, m: f"{m:02d}/{y}", " – ", "present"),
    "two": (lambda y, m: f"{EN_M[m-1]} ’{y % 100:02d}", " – ", "Present"),
    "year": (lambda y, m: f"{y}", " – ", "present"),
    "year_now": (lambda y, m: f"{y}", "–", "now"),
    "zh_dot": (lambda y, m: f"{y}.{m}", "-", "至今"),
    "zh_dot2": (lambda y, m: f"{y}.{m:02d}", " - ", "至今"),
    "zh_emdash": (lambda y, m: f"{y}.{m:02d}", "—", "至今"),
    "zh_tilde": (lambda y, m: f"{y}/{m:02d}", "~", "至今"),
    "zh_nian_zhi": (lambda y, m: f"{y}年{m}月", "至", "今"),
    "zh_nian_dash": (lambda y, m: f"{y}年{m}月", "-", "今"),
    "zh_year": (lambda y, m: f"{y}", "-", "至今"),
}


def fmt_dates(e):
    st = e["style"]
    sy, sm = ym(e["start"])
    ey, em = ym(e["end"]) if e["end"] else (None, None)
    if st == "summer":  # "Summer 2018" == June-August
        assert (sm, em, sy) == (6, 8, ey), e
        return f"Summer {sy}"
    if st == "zh_summer":
        assert (sm, em, sy) == (7, 8, ey), e
        return f"{sy}年暑期"
    fmt, sep, present = DATE_STYLES[st]
    sep = e.get("sep", sep)
    present = e.get("present", present)
    if st in ("year", "year_now", "zh_year"):  # bare years: start = Jan, end = Dec
        assert sm == 1 and (em is None or em == 12), e
    a = fmt(sy, sm)
    if st in ("year", "year_now", "zh_year") and ey == sy:
        return a  # a single bare year, e.g. "2017"
    b = present if ey is None else fmt(ey, em)
    return f"{a}{sep}{b}"


def entry_months(e):
    sy, sm = ym(e["start"])
    ey, em = ym(e["end"]) if e["end"] else TODAY_YM
    a, b = sy * 12 + sm - 1, ey * 12 + em - 1
    assert b >= a, e
    return set(range(a, b + 1))


def total_months(r):
    ms = set()
    for e in r["exp"]:
        if e["kind"] in COUNTING:
            ms |= entry_months(e)
    return len(ms)


def total_years(r):
    m = total_months(r)
    return float((Decimal(m) / Decimal(12)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def skill_labels(r):
    out = []
    for _, labs in all_skills(r):
        for l in labs:
            if l not in out:
                out.append(l)
    return out


def all_skills(r):
    sk = r["skills"]
    if sk and isinstance(sk[0], tuple) and isinstance(sk[0][1], list) and sk[0][1] and isinstance(sk[0][1][0], tuple):
        # categories: [(cat, [S,...]), ...]
        return [s for _, items in sk for s in items]
    return list(sk)


def protected_labels(r):
    s = {p[0] for p in r.get("protected", [])}
    if r.get("photo"):
        s.add("photo")
    return sorted(s)


# --------------------------------------------------------------------------- the resumes

RESUMES = []


def add(**r):
    RESUMES.append(r)
    return r


# ===================================================================== ENGLISH

add(id="en01_title_first_nickname", lang="en", fmt="pdf", file="en01_robert_nguyen.pdf",
    pre=[("SENIOR DATA ENGINEER", 11)], name_disp="Robert 'Bob' Nguyen", name="Robert Nguyen",
    location="Austin, TX", emails=["robert.nguyen@example.com"], phones=[("(512) 555-0148", "+15125550148")],
    summary="Data engineer who builds batch and streaming pipelines for logistics and healthcare analytics.",
    exp_layout="right",
    exp=[J("Senior Data Engineer", "Lonestar Freight Analytics", "2022-01", None, "abbr_dot",
           bullets=["Moved nightly ETL to incremental Spark jobs; cut warehouse cost by a third."]),
         J("Data Engineer", "Pecan Street Health", "2019-03", "2021-11", "abbr_dot",
           bullets=["Built HL7 ingestion and dbt models for 40 clinics."]),
         J("Data Engineering Intern", "Bluebonnet Labs", "2018-06", "2018-08", "summer", kind="internship")],
    edu=[("2014 – 2018", "B.S. Computer Science", "Central Texas State University")],
    skills=[S("Python"), S("SQL"), S("Apache Spark", "spark"), S("Apache Airflow", "airflow"), S("dbt"),
            S("AWS", "aws"), S("Docker")], skills_style="dots",
    languages="English, Vietnamese",
    tags=["name:title_first", "name:nickname", "dates:abbr_dot", "dates:right_aligned", "dates:summer",
          "internship"])

add(id="en02_resume_pronouns_mc_hyphen", lang="en", fmt="docx", file="en02_siobhan_mcallister_byrne.docx",
    pre=[("Résumé", 12)], name_disp="Siobhan McAllister-Byrne (she/her)", name="Siobhan McAllister-Byrne",
    location="Dublin, Ireland", emails=["mcallisterbyrne.s@example.com"], phones=[("087 555 0192", "+353875550192")],
    protected=[P("nationality", "Nationality", "Irish"), P("marital_status", "Family", "Married, two children")],
    prot_place="footer",
    summary="UX research lead with a background in insurance and games; mixed-methods, research ops.",
    exp=[J("UX Research Lead", "Harbourlight Insurance", "2022-04", None, "dot",
           bullets=["Set up a research repository and a participant panel of 1,200 customers."]),
         J("Parental leave", None, "2021-09", "2022-03", "dot", kind="parental"),
         J("UX Researcher", "Copperkettle Studios", "2017-09", "2021-08", "dot",
           bullets=["Ran playtests and usability studies for three mobile titles."]),
         J("Volunteer Mentor", "Girls Who Prototype", "2019-01", "2021-12", "year", kind="volunteer")],
    edu=[("2013 – 2017", "BA Psychology", "Liffey Valley University")],
    skills=[S("User interviews"), S("Usability testing"), S("Figma"), S("Dovetail"), S("Survey design"),
            S("Journey mapping")], skills_style="bullets",
    tags=["name:resume_first", "name:pronouns", "name:mc", "name:hyphenated", "dates:dot", "parental_leave",
          "volunteer", "protected:footer"])

add(id="en03_cv_first_apostrophe", lang="en", fmt="txt", file="en03_tomas_odonnell.txt",
    pre=[("CV", 12)], name_disp="Tomás O'Donnell", name="Tomás O'Donnell",
    location="Boston, MA", emails=["Tomas.ODonnell@Example.org"],
    phones=[("+1 617 555 0113", "+16175550113"), ("Office: (617) 555-0190", "+16175550190")],
    summary="Site reliability engineer; previously systems administration and Army signal corps.",
    exp=[J("Site Reliability Engineer", "Granite Harbor Bank", "2019-03", None, "full_to",
           bullets=["On-call lead for the payments platform (99.98% availability in 2025)."]),
         J("Systems Administrator (contract)", "Fenway Print Works", "2016-06", "2019-02", "full_to",
           kind="contract", bullets=["Migrated 60 servers to configuration management."]),
         J("Signal Support Specialist, U.S. Army Reserve (military service)", None, "2012-09", "2016-05",
           "full_to", kind="military")],
    edu=[("2016 – 2019 (evenings)", "B.S. Information Technology", "Bay Colony College")],
    skills=[S("Linux"), S("Terraform"), S("Kubernetes"), S("Prometheus"), S("Grafana"), S("Bash"), S("Go")],
    skills_style="line",
    tags=["name:cv_first", "name:apostrophe", "name:accent", "dates:full_to", "military", "contract",
          "email:mixed_case", "phone:landline"])

add(id="en04_slogan_spanish_surnames", lang="en", fmt="pdf", file="en04_maria_jose_fernandez_lopez.pdf",
    pre=[("Turning messy data into clear decisions.", 13)], name_disp="María José Fernández López",
    name="María José Fernández López",
    location="Madrid, Spain", emails=["mj.fernandez.lopez@example.com"], phones=[("+34 612 55 01 77", "+34612550177")],
    protected=[P("nationality", "Nationality", "Spanish"), P("birth_date", "Date of birth", "12 May 1993")],
    prot_place="footer",
    summary="BI analyst for retail and insurance; dashboards people actually open.",
    exp_layout="above",
    exp=[J("Business Intelligence Analyst", "Meseta Retail Group", "2022-01", None, "slash",
           bullets=["Owns the store-performance model used by 140 store managers."]),
         J("Data Analyst", "Tajo Seguros", "2019-03", "2021-11", "slash",
           bullets=["Claims-fraud reporting in Power BI."]),
         J("Full-time studies – MSc Data Science", "Universidad Carpetana", "2017-09", "2019-02", "slash",
           kind="study")],
    edu=[("2013 – 2017", "Grado en Economía", "Universidad Carpetana")],
    skills=[S("Microsoft Power BI", "power bi"), S("Tableau"), S("SQL"), S("Python"), S("pandas"),
            S("Microsoft Excel", "excel"), S("DAX")], skills_style="line",
    languages="Spanish (native), English (C1)",
    tags=["name:slogan_first", "name:spanish_double_surname", "name:accent", "dates:slash",
          "dates:above_employer", "studies", "protected:footer", "skills:vendor_prefix"])

add(id="en05_agency_logo_arabic", lang="en", fmt="pdf", file="en05_omar_al_rashid.pdf",
    pre=[("BRIGHTPATH TALENT PARTNERS", 16), ("Executive Search · Candidate Profile", 9)],
    name_disp="Omar Khalid al-Rashid", name="Omar Khalid al-Rashid",
    location="Dubai, UAE", emails=["omar.alrashid@example.net"], phones=[("+971 50 555 0134", "+971505550134")],
    protected=[P("nationality", "Nationality", "Jordanian"), P("age", "Age", "38"),
               P("marital_status", "Marital status", "Married")], prot_place="table",
    summary="Finance manager in hospitality and trading; IFRS reporting and ERP roll-outs.",
    exp=[J("Finance Manager", "Dunecrest Hospitality", "2020-01", None, "abbr", present="Current",
           bullets=["Consolidates 9 hotels; closed the books in 5 working days."]),
         J("Senior Accountant", "Gulf Meridian Trading", "2015-07", "2019-12", "abbr"),
         J("Career break (relocation)", None, "2015-01", "2015-06", "abbr", kind="break"),
         J("Accountant", "Al Noor Audit Partners", "2012-01", "2014-12", "year")],
    edu=[("2007 – 2011", "BSc Accounting", "Yarmouk Hills University")],
    skills=[S("IFRS", "ifrs"), S("Financial reporting"), S("Budgeting"), S("SAP FICO", "sap fico"),
            S("Oracle NetSuite", "netsuite"), S("Excel")], skills_style="cats_one",
    skills_label="Core competencies",
    tags=["name:logo_first", "name:arabic_al", "dates:abbr_current", "dates:bare_years", "career_break",
          "protected:table", "skills:vendor_prefix"])

add(id="en06_contact_table_initials", lang="en", fmt="docx", file="en06_k_ramesh_kumar.docx",
    pre=[("Software Test Automation Engineer", 14)], name_disp="K. Ramesh Kumar", name="K. Ramesh Kumar",
    name_mode="table", location="Bengaluru, India", emails=["ramesh.k.qa@example.com"],
    phones=[("+91 98450 55012", "+919845055012")],
    protected=[P("birth_date", "Date of Birth", "02-08-1994"), P("gender", "Gender", "Male"),
               P("marital_status", "Marital Status", "Single")], prot_place="contact_table",
    summary="Test automation engineer for banking and payments products.",
    exp=[J("Senior QA Automation Engineer", "Nilgiri Softworks", "2022-04", None, "two",
           bullets=["Built a Cypress + REST Assured regression suite (2,300 cases)."]),
         J("Freelance Test Consultant", "self-employed", "2021-06", "2021-12", "two", kind="freelance",
           bullets=["Weekend test-automation engagements for two start-ups."]),
         J("QA Engineer", "Kaveri Fintech", "2019-08", "2022-03", "two"),
         J("Graduate Trainee (internship)", "Kaveri Fintech", "2019-01", "2019-06", "two", kind="internship")],
    edu=[("2014 – 2018", "B.E. Computer Science", "Deccan Institute of Engineering")],
    skills=[S("Selenium WebDriver", "selenium"), S("Java"), S("TestNG"), S("Cypress"), S("REST Assured"),
            S("Jenkins"), S("JIRA", "jira")], skills_style="line",
    tags=["name:contact_table_only", "name:initials", "dates:two_digit_year", "overlap", "freelance",
          "internship", "protected:table"])

add(id="en07_twocol_surname_first", lang="en", fmt="pdf", file="en07_wang_xiaoming.pdf",
    name_disp="WANG Xiaoming", name="Wang Xiaoming", name_mode="twocol", subtitle="Machine Learning Engineer",
    location="Vancouver, BC", emails=["xm.wang@example.com"], phones=[("+1 604 555 0171", "+16045550171")],
    photo=True,
    summary="Perception and ML engineer for warehouse robots; ships models to embedded GPUs.",
    exp=[J("Machine Learning Engineer", "Fraser Valley Robotics", "2021-01", None, "year",
           bullets=["Pick-point detection model in production on 300 robots."]),
         J("Software Developer", "Cedarline Games", "2017-01", "2020-12", "year",
           bullets=["Physics and AI systems for two console titles."])],
    edu=[("2015 – 2017", "MSc Computer Science", "Pacific Coast University"),
         ("2011 – 2015", "BEng Automation", "Harbin Northern Polytechnic")],
    skills=[S("Python"), S("PyTorch"), S("TensorFlow"), S("C++"), S("ROS", "ros"), S("OpenCV"), S("CUDA")],
    skills_style="bullets", languages="English, Mandarin",
    tags=["name:two_column_right", "name:surname_first_caps", "dates:bare_years", "photo", "layout:two_column"])

add(id="en08_md_surname_first_military", lang="en", fmt="md", file="en08_park_ji_hoon.md",
    pre=[("Product Designer · Seoul", 10)], name_disp="PARK Ji-hoon", name="Park Ji-hoon", name_mode="md_h1",
    location="Seoul, South Korea", emails=["jihoon.park@example.com"], phones=[("010-5550-1234", "+821055501234")],
    summary="Product designer for mobility and commerce apps.",
    exp=[J("Lead Product Designer", "Hangang Mobility", "2022-01", None, "year_now",
           bullets=["Design system used by 6 squads; led the ride-booking redesign."]),
         J("Product Designer", "Bukchon Commerce", "2018-01", "2021-12", "year_now"),
         J("Design Intern", "Bukchon Commerce", "2017-01", "2017-12", "year_now", kind="internship"),
         J("Mandatory military service, Republic of Korea Army", None, "2014-01", "2016-12", "year_now",
           kind="military")],
    edu=[("2010 – 2017", "BFA Visual Design", "Hanbit University of Arts")],
    skills=[S("Figma"), S("Sketch"), S("Prototyping"), S("Design systems"), S("HTML/CSS", "html", "css")],
    skills_style="code",
    tags=["name:title_first", "name:surname_first_caps", "name:hyphenated", "dates:year_now", "military",
          "internship"])

add(id="en09_photo_header_email_other_name", lang="en", fmt="docx", file="en09_ewan_macleod.docx",
    name_disp="Ewan MacLeod", name="Ewan MacLeod", name_mode="photo_header", subtitle="Sound Engineer",
    location="Glasgow, UK", emails=["djkowalski.beats@example.com"], phones=[("07700 900417", "+447700900417")],
    photo=True,
    summary="Freelance live and studio sound engineer (theatre, festivals, podcasts).",
    exp=[J("Sound Engineer (freelance)", "self-employed", "2016-01", None, "full_dash", kind="self-employed",
           bullets=["FOH for touring theatre; studio mixing for 30+ podcast series."]),
         J("Audio Technician (part-time)", "Clydebank Arts Centre", "2014-10", "2018-08", "full_dash",
           kind="part-time"),
         J("Sound Desk Volunteer", "Govan Community Radio", "2012-01", "2014-12", "year", kind="volunteer")],
    edu=[("2011 – 2014", "HND Sound Production", "Kelvin College of Music")],
    skills=[S("Pro Tools"), S("Logic Pro"), S("Ableton"), S("Live sound mixing"), S("Dante networking")],
    skills_style="line",
    tags=["name:photo_header", "name:mac", "email:different_name", "dates:full_dash", "overlap",
          "self_employed", "part_time", "volunteer", "photo"])

add(id="en10_credentials_promotion_summer", lang="en", fmt="pdf", file="en10_anne_marie_dsouza.pdf",
    name_disp="Anne-Marie D'Souza, CPA", name="Anne-Marie D'Souza",
    location="Toronto, ON", emails=["annemarie.dsouza@example.com"], phones=[("+1 416 555 0186", "+14165550186")],
    summary="Audit manager; financial services and not-for-profit clients.",
    exp_layout="right",
    exp=[J("Audit Manager", "Northgate Mutual", "2022-06", None, "abbr", group="ng"),
         J("Senior Auditor", "Northgate Mutual", "2019-09", "2022-05", "abbr", group="ng",
           bullets=["Internal audit of lending and treasury; 14-person team after promotion."]),
         J("Staff Accountant", "Ridley & Finch LLP", "2017-01", "2019-08", "abbr"),
         J("Bookkeeper (part-time)", "Kensington Market Co-op", "2016-06", "2016-08", "summer",
           kind="part-time")],
    edu=[("2012 – 2016", "BComm Accounting", "Lakeshore Metropolitan University")],
    skills=[S("Audit planning"), S("IFRS", "ifrs"), S("US GAAP", "us gaap"), S("CaseWare"), S("Excel"),
            S("SQL")], skills_style="line",
    tags=["name:credentials", "name:hyphenated", "name:apostrophe", "promotion", "dates:summer",
          "dates:right_aligned", "part_time"])

add(id="en11_md_arabic_al_sabbatical", lang="en", fmt="md", file="en11_layla_al_hashimi.md",
    pre=[("Cloud Security Architect", 10)], name_disp="Layla al-Hashimi", name="Layla al-Hashimi",
    name_mode="md_bold",
    location="Amman, Jordan", emails=["layla.hashimi@example.com"], phones=[("+962 79 555 0123", "+962795550123")],
    protected=[P("nationality", "Nationality", "Jordanian"), P("marital_status", "Marital status", "Married")],
    prot_place="line",
    summary="Security architect for multi-cloud telecom and SaaS estates.",
    exp=[J("Cloud Security Architect", "Petra Cloudworks", "2019-08", None, "abbr",
           bullets=["Zero-trust landing zones for 11 business units."]),
         J("Security Engineer", "Zarqa Telecom", "2016-02", "2019-07", "abbr"),
         J("Sabbatical (travel and certifications)", None, "2015-03", "2016-01", "abbr", kind="sabbatical")],
    edu=[("2010 – 2014", "BSc Computer Engineering", "Jordan Valley University")],
    skills=[("Cloud", [S("AWS", "aws"), S("Microsoft Azure", "azure")]),
            ("Security", [S("IAM", "iam"), S("SIEM", "siem"), S("Splunk")]),
            ("Infrastructure as code", [S("Terraform")])], skills_style="table",
    tags=["name:title_first", "name:arabic_al", "dates:abbr", "sabbatical", "skills:table", "protected:line"])

add(id="en12_credentials_right_dates", lang="en", fmt="pdf", file="en12_priya_venkataraman.pdf",
    name_disp="Priya Venkataraman, PhD, PMP", name="Priya Venkataraman",
    location="Raleigh, NC", emails=["priya.v@example.com"], phones=[("(919) 555-0162", "+19195550162")],
    protected=[P("nationality", "Citizenship", "Indian national, U.S. permanent resident")], prot_place="footer",
    summary="Biostatistics leader for oncology and vaccine trials.",
    exp_layout="right",
    exp=[J("Clinical Data Science Manager", "Tarheel Biometrics", "2023-01", None, "dot",
           bullets=["Leads 9 statisticians and programmers across 14 studies."]),
         J("Biostatistician II", "Piedmont Clinical Research", "2018-06", "2022-12", "dot")],
    edu=[("2013 – 2018", "PhD Biostatistics", "Blue Ridge State University")],
    skills=[S("R", "r"), S("SAS", "sas"), S("Python"), S("CDISC", "cdisc"), S("Survival analysis"),
            S("Clinical trial design")], skills_style="line",
    tags=["name:credentials", "dates:dot", "dates:right_aligned", "protected:footer"])

CF1_BASE = dict(
    lang="en", fmt="docx", name_disp="Jordan Okafor", name="Jordan Okafor", subtitle="Senior Data Analyst",
    location="Chicago, IL", emails=["jordan.okafor@example.com"], phones=[("(312) 555-0129", "+13125550129")],
    prot_place="header",
    summary="Analyst for grocery and transit operations; experimentation and self-serve dashboards.",
    exp=[J("Senior Data Analyst", "Lakeshore Grocers", "2021-02", None, "abbr", present="Current",
           bullets=["Runs the promotion A/B testing programme (120 tests a year)."]),
         J("Data Analyst", "Midwest Transit Cooperative", "2018-07", "2021-01", "abbr",
           bullets=["Ridership forecasting and Looker dashboards."]),
         J("Data Analytics Intern", "Midwest Transit Cooperative", "2017-06", "2017-08", "summer",
           kind="internship")],
    edu=[("2014 – 2018", "BS Statistics", "Great Lakes State University")],
    skills=[S("SQL"), S("Python"), S("Tableau"), S("Looker"), S("A/B testing"), S("Excel")],
    skills_style="line",
    cf=dict(group="D5-CF1", job={"job_id": "D5-J1", "title": "Senior Data Analyst",
                                 "required_skills": ["sql", "python", "tableau"],
                                 "nice_to_have": ["looker", "a/b testing"], "min_years": 3}),
)
add(**CF1_BASE, id="en13_cf1_a", file="en13_jordan_okafor_a.docx",
    protected=[P("gender", "Gender", "Female"), P("age", "Age", "29"), P("nationality", "Nationality", "American"),
               P("marital_status", "Marital status", "Single")],
    tags=["counterfactual", "cf1", "dates:abbr_current", "dates:summer", "internship", "protected:header"])
add(**CF1_BASE, id="en14_cf1_b", file="en14_jordan_okafor_b.docx",
    protected=[P("gender", "Gender", "Male"), P("age", "Age", "52"), P("nationality", "Nationality", "Nigerian"),
               P("marital_status", "Marital status", "Married, two children")],
    tags=["counterfactual", "cf1", "dates:abbr_current", "dates:summer", "internship", "protected:header"])

add(id="en15_cv_name_in_table_promotion", lang="en", fmt="docx", file="en15_jonathan_whitfield_hayes.docx",
    pre=[("Curriculum Vitae", 16)], name_disp="Jonathan Whitfield-Hayes", name="Jonathan Whitfield-Hayes",
    name_mode="table", location="London, UK", emails=["jonathan.wh@example.com"],
    phones=[("020 7946 0321", "+442079460321"), ("07700 900582", "+447700900582")],
    protected=[P("birth_date", "Date of birth", "3 April 1988"), P("nationality", "Nationality", "British")],
    prot_place="contact_table",
    summary="Commercial lawyer: technology contracts, data protection and mid-market M&A.",
    exp=[J("Senior Associate", "Pemberton & Vale Solicitors", "2021-01", None, "year", group="pv"),
         J("Associate", "Pemberton & Vale Solicitors", "2017-01", "2020-12", "year", group="pv",
           bullets=["Promoted to Senior Associate in 2021; leads the SaaS contracts desk."]),
         J("Paralegal", "Ashby Clarke LLP", "2015-01", "2016-12", "year")],
    edu=[("2011 – 2014", "LLB Law", "University of Southwark")],
    skills=[S("Commercial contracts"), S("GDPR compliance", "gdpr"), S("M&A", "m&a"), S("Legal research"),
            S("Contract negotiation")], skills_style="line", h=dict(skills="Key skills"),
    tags=["name:cv_first", "name:contact_table_only", "name:hyphenated", "promotion", "dates:bare_years",
          "phone:landline", "protected:table"])

add(id="en16_txt_title_first_mcgrath", lang="en", fmt="txt", file="en16_fionnuala_mcgrath.txt",
    pre=[("HEALTH INFORMATICS ANALYST", 12)], name_disp="Fionnuala McGrath", name="Fionnuala McGrath",
    location="Edinburgh, UK", emails=["f.mcgrath@example.com"], phones=[("0131 496 0755", "+441314960755")],
    summary="Registered nurse turned informatics analyst; EHR optimisation and reporting.",
    exp=[J("Health Informatics Analyst", "Lothian Care Partnership", "2020-01", None, "abbr", present="Current"),
         J("Bank Nurse (part-time)", "Firthside Nursing Agency", "2020-01", "2021-06", "abbr", kind="part-time"),
         J("Staff Nurse", "Royal Firth Infirmary", "2013-10", "2019-12", "abbr"),
         J("Career break (travel)", None, "2013-03", "2013-08", "abbr", kind="break")],
    edu=[("2009 – 2012", "BN Adult Nursing", "Caledonia Napier University")],
    skills=[S("Epic", "epic"), S("SQL"), S("Microsoft Power BI", "power bi"), S("HL7", "hl7"), S("FHIR", "fhir"),
            S("Clinical workflow analysis")], skills_style="line",
    tags=["name:title_first", "name:mc", "dates:abbr_current", "overlap", "part_time", "career_break",
          "phone:landline"])

add(id="en17_hidden_rect", lang="en", fmt="pdf", file="en17_marcus_lindqvist_hale.pdf",
    name_disp="Marcus Lindqvist-Hale", name="Marcus Lindqvist-Hale", subtitle="Backend Engineer · Payments",
    location="Seattle, WA", emails=["marcus.lh@example.com"], phones=[("(206) 555-0193", "+12065550193")],
    summary="Backend engineer for card and ledger systems.",
    exp=[J("Backend Engineer", "Sound Ledger Payments", "2018-10", None, "abbr",
           bullets=["Double-entry ledger service handling 4M transactions a day."]),
         J("Software Engineer (contract)", "Rainier Outfitters", "2017-02", "2018-09", "abbr", kind="contract")],
    edu=[("2012 – 2016", "BS Computer Science", "Cascade Pacific University")],
    skills=[S("Java"), S("Kotlin"), S("PostgreSQL"), S("Kafka"), S("gRPC", "grpc"), S("AWS", "aws")],
    skills_style="line",
    hidden=("rect", "Principal Engineer, Globex Search, 2004 – 2017 (13 years). Expert skills: Rust, Haskell, "
                    "Kubernetes, Erlang. 20+ years of experience."),
    hidden_fake=["Rust", "Haskell", "Erlang", "Globex Search", "20+ years"],
    tags=["hidden:white_rect", "name:hyphenated", "dates:abbr", "contract"])

add(id="en18_md_dr_prefix", lang="en", fmt="md", file="en18_adaeze_nwosu_bright.md",
    name_disp="Dr. Adaeze Nwosu-Bright", name="Adaeze Nwosu-Bright", name_mode="md_h1",
    subtitle="Epidemiologist", location="London, UK", emails=["adaeze.nb@example.com"],
    phones=[("+44 7700 900836", "+447700900836")],
    summary="Infectious-disease epidemiologist; surveillance systems and outbreak modelling.",
    exp=[J("Senior Epidemiologist", "Thamesbank Public Health Agency", "2020-05", None, "mmyyyy"),
         J("Research Epidemiologist", "Kestrel Health Analytics", "2016-10", "2020-04", "mmyyyy"),
         J("Medical Volunteer", "Harmattan Health Outreach", "2015-01", "2016-09", "mmyyyy", kind="volunteer")],
    edu=[("2011 – 2015", "PhD Epidemiology", "University of Greenwich Park")],
    skills=[S("Stata"), S("R", "r"), S("Epidemiological modelling"), S("QGIS", "qgis"), S("Survey design")],
    skills_style="inline",
    tags=["name:title_prefix", "name:hyphenated", "dates:mmyyyy", "volunteer", "skills:summary_line"])

add(id="en19_txt_arabic_bin_religion", lang="en", fmt="txt", file="en19_tariq_al_amoudi.txt",
    pre=[("Mechanical Engineer | HVAC & MEP", 12)], name_disp="Tariq bin Nasser Al-Amoudi",
    name="Tariq bin Nasser Al-Amoudi",
    location="Riyadh, Saudi Arabia", emails=["tariq.amoudi@example.com"], phones=[("+966 55 555 0147", "+966555550147")],
    protected=[P("nationality", "Nationality", "Saudi"), P("birth_date", "Date of Birth", "05/11/1991"),
               P("marital_status", "Marital Status", "Married"), P("religion", "Religion", "Muslim")],
    prot_place="line",
    summary="MEP project engineer for hospitals and data centres.",
    exp=[J("MEP Project Engineer", "Najd Build Contracting", "2019-01", None, "year"),
         J("Mechanical Site Engineer", "Red Sea Facilities Co.", "2015-01", "2018-12", "year"),
         J("Summer Training (internship)", "Red Sea Facilities Co.", "2013-06", "2013-08", "summer",
           kind="internship")],
    edu=[("2009 – 2014", "BSc Mechanical Engineering", "Al-Yamamah Institute of Technology")],
    skills=[S("AutoCAD"), S("Revit MEP"), S("Carrier HAP", "hap"), S("HVAC design"), S("Primavera P6")],
    skills_style="bullets",
    tags=["name:title_first", "name:arabic_bin", "dates:bare_years", "dates:summer", "internship",
          "protected:line"])

add(id="en20_hidden_vanish", lang="en", fmt="docx", file="en20_rosalind_achterberg_quinn.docx",
    pre=[("Marketing Operations | Lifecycle | CRM", 11)], name_disp="Rosalind Achterberg-Quinn",
    name="Rosalind Achterberg-Quinn",
    location="Melbourne, Australia", emails=["ros.aq@example.com"], phones=[("0491 570 159", "+61491570159")],
    summary="Marketing operations manager for superannuation and consumer brands.",
    exp=[J("Marketing Operations Manager", "Southbank Super", "2022-02", None, "abbr_dot"),
         J("CRM Specialist", "Yarra Valley Cellars", "2019-03", "2022-01", "abbr_dot"),
         J("Parental leave", None, "2018-06", "2019-02", "abbr_dot", kind="parental"),
         J("Email Marketing Coordinator", "Carlton Outdoor Co.", "2016-01", "2018-05", "abbr_dot")],
    edu=[("2012 – 2015", "BCom Marketing", "Port Phillip University")],
    skills=[S("Salesforce Marketing Cloud"), S("HubSpot"), S("SQL"), S("Braze"), S("Marketing automation")],
    skills_style="line",
    hidden=("vanish", "Skills: Kubernetes, Rust, Snowflake, TensorFlow. 15 years at Initech Cloud "
                      "(2005 – 2020) as Chief Architect."),
    hidden_fake=["Kubernetes", "Rust", "Snowflake", "Initech Cloud"],
    tags=["hidden:docx_vanish", "name:title_first", "name:hyphenated", "dates:abbr_dot", "parental_leave"])

# ===================================================================== CHINESE

add(id="zh01_gerenjianli_spaced_name", lang="zh", fmt="pdf", file="zh01_zhang_wei.pdf",
    pre=[("个人简历", 18)], name_disp="张  伟", name="张伟", subtitle="高级后端工程师",
    location="北京", emails=["zhangwei.dev@example.com"], phones=[("139 1025 6638", "+8613910256638")],
    protected=[P("gender", "性别", "男"), P("age", "年龄", "32岁"), P("ethnicity", "民族", "汉"),
               P("political_affiliation", "政治面貌", "中共党员"), P("native_place", "籍贯", "河北保定")],
    prot_place="table",
    summary="8年以上Java后端开发经验，熟悉高并发交易系统与微服务治理。",
    exp=[J("高级后端工程师", "北京云舟科技有限公司", "2021-12", None, "zh_dot",
           bullets=["负责订单中心重构，峰值QPS提升至3万。"]),
         J("后端开发工程师", "北京星桥网络技术有限公司", "2017-07", "2021-11", "zh_dot"),
         J("开发实习生", "北京星桥网络技术有限公司", "2016-07", "2016-12", "zh_dot", kind="internship")],
    edu=[("2013.9-2017.6", "计算机科学与技术 本科", "燕山理工大学")],
    skills=[S("Java"), S("Spring Boot"), S("MySQL", "mysql"), S("Redis"), S("Kafka"), S("微服务架构", "microservices")],
    skills_style="line",
    tags=["name:gerenjianli_first", "name:spaced_chars", "dates:zh_dot", "internship", "protected:table"])

add(id="zh02_yingpin_first_english_name", lang="zh", fmt="docx", file="zh02_li_ming.docx",
    pre=[("应聘岗位：高级Java开发工程师", 12)], name_disp="李明 (Leo Li)", name="李明",
    location="上海", emails=["leo.li@example.com"], phones=[("186 2177 4309", "+8618621774309")],
    protected=[P("birth_date", "出生年月", "1993年5月"), P("marital_status", "婚姻状况", "已婚")], prot_place="line",
    summary="Java技术专家，擅长分布式系统与性能调优。",
    exp=[J("Java技术专家", "上海澜途信息科技有限公司", "2021-12", None, "zh_nian_zhi"),
         J("技术顾问（兼职，自由职业）", "自由职业", "2020-01", "2020-12", "zh_nian_zhi", kind="freelance"),
         J("Java开发工程师", "杭州青禾软件有限公司", "2018-07", "2021-11", "zh_nian_zhi",
           bullets=["主导支付网关从单体迁移到Spring Cloud。"])],
    edu=[("2014年9月至2018年6月", "软件工程 本科", "浙东工业大学")],
    skills=[S("Java"), S("Spring Cloud"), S("Dubbo"), S("MySQL", "mysql"), S("Elasticsearch"), S("Docker"),
            S("性能调优", "performance tuning")], skills_style="line",
    tags=["name:yingpin_first", "name:with_english_name", "dates:zh_nian_zhi", "overlap", "freelance",
          "protected:line"])

add(id="zh03_jianli_table_photo", lang="zh", fmt="docx", file="zh03_wang_xiaoyan.docx",
    pre=[("简历", 18)], name_disp="王晓燕", name="王晓燕", name_mode="table", photo=True,
    location="成都", emails=["wxy_hr@example.com"], phones=[("+86 150 8277 1360", "+8615082771360")],
    protected=[P("gender", "性别", "女"), P("birth_date", "出生日期", "1995.08"), P("native_place", "籍贯", "四川成都"),
               P("political_affiliation", "政治面貌", "共青团员")], prot_place="contact_table",
    summary="招聘主管，熟悉技术岗位招聘与雇主品牌建设。",
    exp=[J("招聘主管", "成都锦程人力资源服务有限公司", "2021-04", None, "zh_emdash", group="jc"),
         J("招聘专员", "成都锦程人力资源服务有限公司", "2018-05", "2021-03", "zh_emdash", group="jc",
           bullets=["年均完成120个技术岗位招聘，2021年晋升为招聘主管。"]),
         J("支教志愿者", "西部阳光支教计划", "2016-07", "2016-08", "zh_emdash", kind="volunteer")],
    edu=[("2014.09—2018.06", "人力资源管理 本科", "蜀南师范学院")],
    skills=[S("招聘", "recruiting"), S("员工关系", "employee relations"), S("劳动法", "labor law"), S("Excel"),
            S("绩效管理", "performance management")], skills_style="line",
    tags=["name:jianli_first", "name:contact_table_only", "photo", "promotion", "dates:zh_emdash", "volunteer",
          "protected:table"])

add(id="zh04_twocol_right_name", lang="zh", fmt="pdf", file="zh04_chen_siyuan.pdf",
    name_disp="陈思远", name="陈思远", name_mode="twocol", subtitle="算法工程师 · 计算机视觉", photo=True,
    location="深圳", emails=["siyuan.chen@example.com"], phones=[("137 2409 8815", "+8613724098815")],
    protected=[P("gender", "性别", "男"), P("birth_date", "出生年月", "1994.02")], prot_place="left",
    summary="视觉算法工程师，专注目标检测模型的端侧部署。",
    exp=[J("算法工程师", "深圳讯鹏智能科技有限公司", "2020-07", None, "zh_tilde",
           bullets=["负责仓储机器人目标检测模型，TensorRT部署延迟降低60%。"]),
         J("硕士研究生（全日制在读）", "南岭科技大学", "2017-09", "2020-06", "zh_tilde", kind="study"),
         J("嵌入式软件工程师", "广州骏达电子有限公司", "2016-07", "2017-08", "zh_tilde")],
    edu=[("2017/09~2020/06", "模式识别 硕士", "南岭科技大学"), ("2012/09~2016/06", "电子信息工程 本科", "南岭科技大学")],
    skills=[S("Python"), S("PyTorch"), S("计算机视觉", "computer vision"), S("目标检测", "object detection"),
            S("C++"), S("TensorRT")], skills_style="bullets", languages="英语（CET-6）",
    tags=["name:two_column_right", "layout:two_column", "photo", "dates:zh_tilde", "studies", "protected:left"])

add(id="zh05_txt_slogan_first", lang="zh", fmt="txt", file="zh05_liu_yang.txt",
    pre=[("用数据驱动增长，让每一分预算都有回报", 12)], name_disp="刘洋", name="刘洋", subtitle="增长运营经理",
    location="杭州", emails=["liuyang.growth@example.com"],
    phones=[("158 5713 0942", "+8615857130942"), ("0571-8756 2210", "+8657187562210")],
    protected=[P("marital_status", "婚育状况", "已婚已育"), P("height_weight", "身高/体重", "175cm/68kg")],
    prot_place="line",
    summary="电商增长运营，负责拉新、留存与投放ROI。",
    exp=[J("增长运营经理", "杭州拾光电商有限公司", "2021-06", None, "zh_nian_dash"),
         J("用户运营专员", "杭州禾木网络科技有限公司", "2018-08", "2021-05", "zh_nian_dash"),
         J("运营实习生（暑期实习）", "杭州禾木网络科技有限公司", "2018-07", "2018-08", "zh_summer", kind="internship")],
    edu=[("2014年9月-2018年6月", "市场营销 本科", "钱塘财经学院")],
    skills=[S("用户增长", "user growth"), S("SQL"), S("数据分析", "data analysis"), S("A/B测试", "a/b testing"),
            S("Python")], skills_style="line",
    tags=["name:slogan_first", "dates:zh_nian_dash", "dates:zh_summer", "internship", "phone:landline",
          "protected:line"])

add(id="zh06_md_qiuzhi_first_compound_surname", lang="zh", fmt="md", file="zh06_ouyang_minghui.md",
    pre=[("求职意向：产品经理（B端）", 10)], name_disp="欧阳明辉", name="欧阳明辉", name_mode="md_bold",
    location="广州", emails=["oymh@example.com"], phones=[("+86 135 6021 8847", "+8613560218847")],
    summary="B端产品经理，物流SaaS与ERP实施背景。",
    exp=[J("高级产品经理", "广州链途物流科技有限公司", "2022-03", None, "zh_dot2"),
         J("产品经理", "广州百川软件有限公司", "2018-01", "2022-02", "zh_dot2"),
         J("实施顾问", "佛山智联软件有限公司", "2015-01", "2017-12", "zh_year")],
    edu=[("2011-2015", "信息管理与信息系统 本科", "岭南工商学院")],
    skills=[S("Axure"), S("Figma"), S("需求分析", "requirements analysis"), S("SQL"), S("Scrum")],
    skills_style="code",
    tags=["name:qiuzhi_first", "name:compound_surname", "dates:zh_dot2", "dates:bare_years"])

add(id="zh07_fullwidth_english_name_military", lang="zh", fmt="pdf", file="zh07_zhou_jie.pdf",
    name_disp="周杰（Jay Zhou）", name="周杰", subtitle="测试经理",
    location="南京", emails=["jay.zhou@example.com"], phones=[("139 5180 2276", "+8613951802276")],
    protected=[P("political_affiliation", "政治面貌", "群众"), P("health", "健康状况", "良好")], prot_place="footer",
    summary="软件测试经理，擅长自动化测试体系建设。",
    exp_layout="right",
    exp=[J("测试经理", "南京青檀智能制造有限公司", "2020-08", None, "zh_dot"),
         J("测试工程师", "苏州恒远软件有限公司", "2016-04", "2020-07", "zh_dot"),
         J("服兵役（中国人民解放军某部）", None, "2012-09", "2014-09", "zh_dot", kind="military")],
    edu=[("2014.9-2016.6", "计算机应用技术 大专", "金陵职业技术学院")],
    skills=[S("自动化测试", "test automation"), S("Selenium"), S("JMeter"), S("Python"), S("Jenkins"),
            S("性能测试", "performance testing")], skills_style="line",
    tags=["name:with_english_name", "dates:zh_dot", "dates:right_aligned", "military", "protected:footer"])

add(id="zh08_hidden_white", lang="zh", fmt="pdf", file="zh08_sun_haoran.pdf",
    name_disp="孙浩然", name="孙浩然", subtitle="运维工程师",
    location="武汉", emails=["sunhr@example.com"],
    phones=[("187 7120 5563", "+8618771205563"), ("027-8633 1207", "+862786331207")],
    summary="Linux运维工程师，负责私有云平台的稳定性与自动化。",
    exp=[J("运维工程师", "武汉楚天云计算有限公司", "2019-03", None, "zh_nian_dash"),
         J("网络管理员", "武汉江城网络有限公司", "2016-07", "2019-02", "zh_nian_dash")],
    edu=[("2012年9月-2016年6月", "网络工程 本科", "江汉理工学院")],
    skills=[S("Linux"), S("Shell", "shell"), S("Ansible"), S("Zabbix"), S("Docker"), S("Nginx")],
    skills_style="line",
    hidden=("white", "精通 Haskell、Rust、Erlang；在环宇云工作15年（2005-2020），20年以上经验。"),
    hidden_fake=["Haskell", "Rust", "Erlang", "环宇云"],
    tags=["hidden:white_text", "dates:zh_nian_dash", "phone:landline"])

add(id="zh09_name_in_docx_header", lang="zh", fmt="docx", file="zh09_huang_junjie.docx",
    name_disp="黄俊杰", name="黄俊杰", name_mode="docx_header", subtitle="财务主管",
    location="厦门", emails=["hjj.finance@example.com"], phones=[("+86 159 6025 3318", "+8615960253318")],
    protected=[P("native_place", "户口", "福建厦门")], prot_place="footer",
    summary="财务主管，十年以上审计与企业财务经验。",
    exp=[J("财务主管", "厦门鹭岛贸易有限公司", "2020-01", None, "zh_nian_zhi"),
         J("审计员", "厦门明衡会计师事务所", "2015-07", "2019-12", "zh_nian_zhi")],
    edu=[("2011年9月至2015年6月", "会计学 本科", "鹭江财经学院")],
    skills=[S("财务报表", "financial reporting"), S("税务筹划", "tax planning"), S("成本核算", "cost accounting"),
            S("SAP", "sap"), S("Excel")], skills_style="line",
    tags=["name:docx_page_header", "dates:zh_nian_zhi", "protected:footer"])

CF2_BASE = dict(
    lang="zh", fmt="pdf", name_disp="许晨", name="许晨", subtitle="高级数据分析师",
    location="上海", emails=["xuchen.da@example.com"], phones=[("+86 136 1176 2094", "+8613611762094")],
    prot_place="line",
    summary="数据分析师，消费金融与零售背景，擅长用户分层与风控策略分析。",
    exp=[J("高级数据分析师", "上海瀚海消费数据有限公司", "2021-09", None, "zh_emdash"),
         J("数据分析师", "上海云杉零售有限公司", "2018-07", "2021-08", "zh_emdash"),
         J("数据分析实习生", "上海云杉零售有限公司", "2017-07", "2017-12", "zh_emdash", kind="internship")],
    edu=[("2014.09—2018.06", "统计学 本科", "沪东财经大学")],
    skills=[S("SQL"), S("Python"), S("Tableau"), S("机器学习", "machine learning"), S("Hive"),
            S("统计分析", "statistical analysis")], skills_style="line",
    cf=dict(group="D5-CF2", job={"job_id": "D5-J2", "title": "高级数据分析师 (Senior Data Analyst)",
                                 "required_skills": ["sql", "python", "hive"],
                                 "nice_to_have": ["tableau", "machine learning"], "min_years": 3}),
)
add(**CF2_BASE, id="zh10_cf2_a", file="zh10_xu_chen_a.pdf",
    protected=[P("gender", "性别", "女"), P("age", "年龄", "27岁"), P("marital_status", "婚姻状况", "未婚"),
               P("ethnicity", "民族", "汉族"), P("native_place", "籍贯", "上海")],
    tags=["counterfactual", "cf2", "dates:zh_emdash", "internship", "protected:line"])
add(**CF2_BASE, id="zh11_cf2_b", file="zh11_xu_chen_b.pdf",
    protected=[P("gender", "性别", "男"), P("age", "年龄", "39岁"), P("marital_status", "婚姻状况", "已婚已育"),
               P("ethnicity", "民族", "回族"), P("native_place", "籍贯", "甘肃临夏")],
    tags=["counterfactual", "cf2", "dates:zh_emdash", "internship", "protected:line"])

add(id="zh12_logo_first_referral", lang="zh", fmt="pdf", file="zh12_wu_tong.pdf",
    pre=[("鲸跃科技  WHALEJUMP TECH", 16), ("内部推荐 · 候选人简历", 10)], name_disp="吴桐", name="吴桐",
    name_mode="table", location="西安", emails=["wutong@example.com"], phones=[("152 9180 3376", "+8615291803376")],
    protected=[P("age", "年龄", "30")], prot_place="contact_table", table_cols=4,
    summary="前端开发工程师，熟悉Vue/React生态与工程化。",
    exp=[J("前端开发工程师", "西安秦川数字科技有限公司", "2019-01", None, "zh_year"),
         J("前端开发", "西安古城软件有限公司", "2016-01", "2018-12", "zh_year")],
    edu=[("2012-2016", "软件工程 本科", "长安信息工程学院")],
    skills=[S("JavaScript"), S("TypeScript"), S("Vue"), S("React"), S("Webpack"), S("Node.js", "node.js")],
    skills_style="line",
    tags=["name:logo_first", "name:contact_table_only", "dates:bare_years", "protected:table"])

add(id="zh13_txt_spaced_name_military", lang="zh", fmt="txt", file="zh13_ma_chao.txt",
    pre=[("求职意向：物流主管 | 期望城市：天津", 10)], name_disp="姓名：马 超", name="马超", name_raw="马 超",
    location="天津", emails=["machao.logistics@example.com"],
    phones=[("130 2217 6634", "+8613022176634"), ("022-5883 0196", "+862258830196")],
    protected=[P("height_weight", "身高", "180cm"), P("health", "健康状况", "健康"), P("ethnicity", "民族", "回族")],
    prot_place="line",
    summary="物流主管，港口供应链与仓储管理经验。",
    exp=[J("物流主管", "天津港融供应链管理有限公司", "2020-05", None, "zh_tilde"),
         J("调度员", "天津顺捷物流有限公司", "2016-04", "2020-04", "zh_tilde"),
         J("服兵役", "武警某部", "2013-09", "2015-09", "zh_tilde", kind="military")],
    edu=[("2015/09~2018/06", "物流管理 大专（业余）", "津门职业学院")],
    skills=[S("仓储管理", "warehouse management"), S("WMS", "wms"), S("运输管理", "transportation management"),
            S("Excel"), S("供应链优化", "supply chain optimization")], skills_style="line",
    tags=["name:qiuzhi_first", "name:spaced_chars", "dates:zh_tilde", "military", "phone:landline",
          "protected:line"])

add(id="zh14_md_spaced_each_char_childcare", lang="zh", fmt="md", file="zh14_zheng_xiaowen.md",
    name_disp="郑 晓 雯", name="郑晓雯", name_mode="md_h1", subtitle="课程设计主管",
    location="重庆", emails=["zhengxw@example.com"], phones=[("023-6172 4408", "+862361724408")],
    protected=[P("marital_status", "婚姻状况", "已婚，育有一子")], prot_place="line",
    summary="在线教育课程设计与内容编辑。",
    exp=[J("课程设计主管", "重庆山城教育科技有限公司", "2022-02", None, "zh_nian_zhi"),
         J("全职育儿（职业间断）", None, "2020-09", "2022-01", "zh_nian_zhi", kind="parental"),
         J("内容编辑", "重庆嘉陵文化传媒有限公司", "2016-07", "2020-08", "zh_nian_zhi")],
    edu=[("2012年9月至2016年6月", "汉语言文学 本科", "巴渝师范大学")],
    skills=[S("课程设计", "curriculum design"), S("教学设计", "instructional design"), S("视频剪辑", "video editing"),
            S("Adobe Photoshop", "photoshop"), S("Adobe Premiere Pro", "premiere pro")], skills_style="bullets",
    tags=["name:spaced_chars", "dates:zh_nian_zhi", "parental_leave", "phone:landline", "protected:line",
          "skills:vendor_prefix"])

add(id="zh15_pdf_contact_table", lang="zh", fmt="pdf", file="zh15_he_jiaqi.pdf",
    pre=[("求职简历", 18)], name_disp="何佳琪", name="何佳琪", name_mode="table", table_cols=4,
    location="长沙", emails=["hejiaqi@example.com"], phones=[("+86 173 7312 6605", "+8617373126605")],
    protected=[P("gender", "性别", "女"), P("birth_date", "出生年月", "1993.11"),
               P("political_affiliation", "政治面貌", "中共党员")], prot_place="contact_table",
    summary="电气工程师，新能源电站与储能系统设计。",
    exp=[J("电气工程师", "长沙湘江新能源有限公司", "2018-08", None, "zh_dot"),
         J("技术员", "株洲电力机车配件厂", "2016-07", "2018-06", "zh_dot"),
         J("暑期实习", "株洲电力机车配件厂", "2015-07", "2015-08", "zh_summer", kind="internship")],
    edu=[("2012.9-2016.6", "电气工程及其自动化 本科", "湘中理工大学")],
    skills=[S("PLC", "plc"), S("AutoCAD"), S("电力系统分析", "power system analysis"), S("MATLAB", "matlab"),
            S("EPLAN", "eplan")], skills_style="line",
    tags=["name:contact_table_only", "dates:zh_dot", "dates:zh_summer", "internship", "protected:table"])

add(id="zh16_uyghur_name_middle_dot", lang="zh", fmt="docx", file="zh16_ayguli_maimaiti.docx",
    name_disp="阿依古丽·买买提", name="阿依古丽·买买提", subtitle="市场经理",
    location="乌鲁木齐", emails=["ayguli.m@example.com"], phones=[("+86 181 9902 3317", "+8618199023317")],
    protected=[P("ethnicity", "民族", "维吾尔族")], prot_place="header",
    summary="文旅行业市场经理，擅长品牌推广与新媒体运营。",
    exp=[J("市场经理", "乌鲁木齐天山旅游发展有限公司", "2019-06", None, "zh_dot2"),
         J("市场专员", "新疆丝路文化传播有限公司", "2015-08", "2019-05", "zh_dot2")],
    edu=[("2011.09 - 2015.06", "市场营销 本科", "天山财经学院")],
    skills=[S("品牌推广", "brand marketing"), S("新媒体运营", "social media marketing"), S("活动策划", "event planning"),
            S("数据分析", "data analysis"), S("Photoshop")], skills_style="line",
    languages="维吾尔语、汉语、英语",
    tags=["name:middle_dot", "dates:zh_dot2", "protected:header"])

add(id="zh17_dates_above_employer", lang="zh", fmt="pdf", file="zh17_lin_zhiqiang.pdf",
    pre=[("专注嵌入式，追求极致稳定", 13)], name_disp="林志强", name="林志强", subtitle="高级嵌入式工程师",
    location="福州", emails=["lzq.embedded@example.com"], phones=[("+86 134 5900 7712", "+8613459007712")],
    summary="嵌入式软件工程师，工业控制与通信设备方向。",
    exp_layout="above",
    exp=[J("高级嵌入式工程师", "福州闽江微电子有限公司", "2020-10", None, "zh_dot"),
         J("兼职讲师（嵌入式课程）", "福州启航职业培训学校", "2019-01", "2019-12", "zh_dot", kind="part-time"),
         J("嵌入式工程师", "厦门鼓浪屿通信设备有限公司", "2017-02", "2020-09", "zh_dot")],
    edu=[("2013.9-2017.6", "通信工程 本科", "闽都理工学院")],
    skills=[S("C语言", "c"), S("ARM Cortex-M", "arm cortex-m"), S("FreeRTOS", "freertos"),
            S("Linux驱动", "linux drivers"), S("CAN总线", "can bus")], skills_style="line",
    tags=["name:slogan_first", "dates:zh_dot", "dates:above_employer", "overlap", "part_time"])

add(id="zh18_txt_jianli_spaced_email_other", lang="zh", fmt="txt", file="zh18_feng_xiaodong.txt",
    pre=[("简  历", 14)], name_disp="冯晓东", name="冯晓东", subtitle="安全主管（EHS）",
    location="青岛", emails=["lixiaohua1988@example.com"],
    phones=[("155 6392 0184", "+8615563920184"), ("0532-8096 5521", "+8653280965521")],
    protected=[P("native_place", "籍贯", "山东潍坊"), P("political_affiliation", "政治面貌", "中共党员"),
               P("health", "身体状况", "健康")], prot_place="line",
    summary="化工行业安全主管，注册安全工程师。",
    exp=[J("安全主管", "青岛海湾化工有限公司", "2019-04", None, "zh_emdash"),
         J("脱产备考注册安全工程师", None, "2018-01", "2018-12", "zh_emdash", kind="study"),
         J("安全员", "青岛黄海机械有限公司", "2015-01", "2017-12", "zh_year")],
    edu=[("2011-2015", "安全工程 本科", "胶东工业大学")],
    skills=[S("安全生产管理", "safety management"), S("隐患排查", "hazard identification"), S("ISO 45001", "iso 45001"),
            S("应急预案", "emergency planning")], skills_style="line",
    tags=["name:jianli_first", "email:different_name", "dates:zh_emdash", "dates:bare_years", "studies",
          "phone:landline", "protected:line"])

add(id="zh19_md_title_first_freelance", lang="zh", fmt="md", file="zh19_tang_ning.md",
    pre=[("UI/UX 设计师", 10)], name_disp="唐宁", name="唐宁", name_mode="md_bold",
    location="苏州", emails=["tangning.design@example.com"], phones=[("+86 188 1265 4470", "+8618812654470")],
    protected=[P("gender", "性别", "女"), P("age", "年龄", "27岁")], prot_place="line",
    summary="UI/UX设计师，兼具插画与设计系统经验。",
    exp=[J("UI设计师", "苏州云锦互动科技有限公司", "2021-07", None, "zh_nian_dash"),
         J("自由插画师（自由职业）", "自由职业", "2019-08", "2021-06", "zh_nian_zhi", kind="freelance"),
         J("暑期实习", "苏州云锦互动科技有限公司", "2019-07", "2019-08", "zh_summer", kind="internship")],
    edu=[("2015年9月至2019年6月", "视觉传达设计 本科", "姑苏艺术学院")],
    skills=[S("Figma"), S("Sketch"), S("Adobe Illustrator", "illustrator"), S("交互设计", "interaction design"),
            S("设计系统", "design systems")], skills_style="line",
    tags=["name:title_first", "dates:zh_nian_dash", "dates:zh_nian_zhi", "freelance", "internship",
          "protected:line"])

add(id="zh20_docx_promotion_volunteer", lang="zh", fmt="docx", file="zh20_luo_wenbo.docx",
    pre=[("个人简历", 18)], name_disp="罗文博", name="罗文博", subtitle="技术总监",
    location="郑州", emails=["luowenbo@example.com"],
    phones=[("177 3710 5528", "+8617737105528"), ("0371-6598 2207", "+8637165982207")],
    protected=[P("birth_date", "出生年月", "1990年4月"), P("marital_status", "婚姻状况", "已婚"),
               P("native_place", "户籍", "河南郑州")], prot_place="header",
    summary="技术管理者，物流平台架构与团队建设。",
    exp=[J("技术总监", "郑州中原智慧物流有限公司", "2022-01", None, "zh_nian_dash", group="zy"),
         J("研发经理", "郑州中原智慧物流有限公司", "2019-03", "2021-12", "zh_nian_dash", group="zy",
           bullets=["2022年晋升技术总监，团队从8人扩展到45人。"]),
         J("软件工程师", "郑州嵩山软件有限公司", "2014-07", "2019-02", "zh_nian_dash"),
         J("西部计划志愿者", "共青团西部计划（甘肃）", "2013-07", "2014-06", "zh_nian_dash", kind="volunteer")],
    edu=[("2009年9月-2013年6月", "计算机科学与技术 本科", "中州理工大学")],
    skills=[S("团队管理", "team management"), S("Go", "go"), S("Java"), S("系统架构设计", "system architecture"),
            S("Kubernetes")], skills_style="line",
    tags=["name:gerenjianli_first", "promotion", "dates:zh_nian_dash", "volunteer", "phone:landline",
          "protected:header"])


# --------------------------------------------------------------------------- document model

def H(r, key):
    en = dict(summary="Summary", exp="Experience", edu="Education", skills="Skills", lang="Languages",
              contact="Contact", personal="Personal details")
    zh = dict(summary="个人简介", exp="工作经历", edu="教育背景", skills="专业技能", lang="语言能力",
              contact="联系方式", personal="个人信息")
    d = dict(zh if r["lang"] == "zh" else en)
    d.update(r.get("h", {}))
    return d[key]


def pstr(r, p):
    _, k, v = p
    return f"{k}：{v}" if r["lang"] == "zh" else f"{k}: {v}"


def contact_items(r):
    zh = r["lang"] == "zh"
    out = []
    if r.get("location"):
        out.append(("现居：" if zh else "") + r["location"])
    for p in r["phones"]:
        out.append(("电话：" if zh else "") + p[0])
    for e in r["emails"]:
        out.append(("邮箱：" if zh else "") + e)
    return out


def contact_rows(r):
    zh = r["lang"] == "zh"
    rows = [("姓名" if zh else "Name", r["name_disp"])]
    for p in r["phones"]:
        rows.append(("电话" if zh else "Phone", p[0]))
    for e in r["emails"]:
        rows.append(("邮箱" if zh else "Email", e))
    if r.get("location"):
        rows.append(("现居" if zh else "Location", r["location"]))
    if r.get("prot_place") == "contact_table":
        rows += [(p[1], p[2]) for p in r.get("protected", [])]
    return rows


def exp_blocks(r):
    zh = r["lang"] == "zh"
    L = r.get("exp_layout", "std")
    out, ex, i = [], r["exp"], 0
    while i < len(ex):
        e = ex[i]
        if e.get("group"):
            j = i
            while j < len(ex) and ex[j].get("group") == e["group"]:
                j += 1
            out.append(("entry_head", e["org"]))
            for g in ex[i:j]:
                d = fmt_dates(g)
                if L == "right":
                    out.append(("lr", g["title"], d))
                else:
                    out.append(("line", f"{g['title']}    {d}" if zh else f"{g['title']} ({d})"))
                out += [("bullet", b) for b in g["bullets"]]
            i = j
            continue
        d = fmt_dates(e)
        org, title = e["org"], e["title"]
        if zh:
            head = f"{org}    {title}" if org else title
        else:
            head = f"{title} — {org}" if org else title
        if L == "right":
            out.append(("lr", head, d))
        elif L == "above":
            out.append(("line", d))
            if org:
                out.append(("entry_head", org))
                out.append(("line", title))
            else:
                out.append(("entry_head", title))
        else:
            out.append(("entry_head", head))
            out.append(("line", d + (f" · {e['loc']}" if e.get("loc") else "")))
        out += [("bullet", b) for b in e["bullets"]]
        i += 1
    return out


def edu_blocks(r):
    zh = r["lang"] == "zh"
    out = []
    for d, deg, sch in r["edu"]:
        if r.get("exp_layout") == "right":
            out.append(("lr", f"{sch}    {deg}" if zh else f"{deg}, {sch}", d))
        else:
            out.append(("line", f"{d}    {sch}    {deg}" if zh else f"{deg}, {sch}, {d}"))
    return out


def skill_blocks(r, fmt):
    zh = r["lang"] == "zh"
    st = r["skills_style"]
    sk = r["skills"]
    sep = "、" if zh else ", "
    if st == "table":
        head = ["领域", "技能"] if zh else ["Area", "Tools"]
        return [("table", [head] + [[cat, ", ".join(s[0] for s in items)] for cat, items in sk], [0.35, 0.65])]
    names = [s[0] for s in sk]
    if st == "bullets":
        return [("bullet", n) for n in names]
    if st == "dots":
        return [("para", " · ".join(names))]
    if st == "code":
        return [("para", " ".join(f"`{n}`" for n in names) if fmt == "md" else " | ".join(names))]
    if st == "cats_one":
        return [("para", f"{r.get('skills_label', 'Skills')}: " + sep.join(names))]
    return [("para", sep.join(names))]


def layout(r):
    """Return a format-independent document model."""
    fmt = r["fmt"]
    zh = r["lang"] == "zh"
    mode = r.get("name_mode", "line")
    prot = r.get("protected", [])
    place = r.get("prot_place")
    doc = dict(kind="single", header=[], footer=None, blocks=[], left=[], right=[])
    B = doc["blocks"]
    pline = ("  |  " if zh else " · ").join(pstr(r, p) for p in prot)
    if prot and place == "header":
        doc["header"].append((pline, False, 9))
    if prot and place == "footer":
        doc["footer"] = pline

    if mode == "twocol":
        Lc, Rc = doc["left"], doc["right"]
        doc["kind"] = "twocol"
        if r.get("photo"):
            Lc.append(("photo",))
        Lc.append(("heading", H(r, "contact")))
        Lc += [("line", c) for c in contact_items(r)]
        if prot and place == "left":
            Lc.append(("heading", H(r, "personal")))
            Lc += [("line", pstr(r, p)) for p in prot]
        Lc.append(("heading", H(r, "skills")))
        Lc += skill_blocks(r, fmt)
        if r.get("languages"):
            Lc.append(("heading", H(r, "lang")))
            Lc.append(("para", r["languages"]))
        Lc.append(("heading", H(r, "edu")))
        for d, deg, sch in r["edu"]:
            Lc += [("line", d), ("line", f"{sch}" if not zh else sch), ("line", deg)]
        Rc.append(("title", r["name_disp"], 26))
        if r.get("subtitle"):
            Rc.append(("line", r["subtitle"], 12))
        Rc.append(("heading", H(r, "summary")))
        Rc.append(("para", r["summary"]))
        Rc.append(("heading", H(r, "exp")))
        Rc += exp_blocks(r)
        return doc

    for text, size in r.get("pre", []):
        B.append(("title", text, size))
    if mode == "docx_header":
        doc["header"].insert(0, (r["name_disp"] + (f"  {r['subtitle']}" if r.get("subtitle") else ""), True, 16))
        doc["header"].append(("  |  ".join(contact_items(r)), False, 9))
    elif mode == "table":
        rows = contact_rows(r)
        if r.get("table_cols") == 4:
            rows4 = []
            for k in range(0, len(rows), 2):
                a = rows[k]
                b = rows[k + 1] if k + 1 < len(rows) else ("", "")
                rows4.append([a[0], a[1], b[0], b[1]])
            B.append(("table", rows4, [0.15, 0.35, 0.15, 0.35], r.get("photo")))
        else:
            B.append(("table", [list(x) for x in rows], [0.3, 0.7], r.get("photo")))
        if r.get("subtitle"):
            B.append(("line", r["subtitle"]))
    elif mode == "photo_header":
        lines = [(r["name_disp"], True, 22)]
        if r.get("subtitle"):
            lines.append((r["subtitle"], False, 12))
        lines += [(c, False, 10) for c in contact_items(r)]
        B.append(("photo_header", lines))
    else:
        if mode == "md_h1":
            B.append(("name_h1", r["name_disp"]))
        elif mode == "md_bold":
            B.append(("name_bold", r["name_disp"]))
        else:
            B.append(("title", r["name_disp"], 22))
        if r.get("subtitle"):
            B.append(("line", r["subtitle"], 12))
        B.append(("line", ("  |  " if zh else " · ").join(contact_items(r)), 10))
    if prot and place == "line":
        B.append(("line", pline, 9))
    if prot and place == "table":
        items = [pstr(r, p) for p in prot]
        B.append(("table", [items], [1.0 / len(items)] * len(items), False))

    sections = r.get("order", ["summary", "exp", "edu", "skills"])
    for s in sections:
        if s == "summary":
            if r.get("skills_style") == "inline":
                B.append(("heading", H(r, "summary")))
                B.append(("para", r["summary"] + " Skills: " + ", ".join(x[0] for x in r["skills"]) + "."))
            else:
                B.append(("heading", H(r, "summary")))
                B.append(("para", r["summary"]))
        elif s == "exp":
            B.append(("heading", H(r, "exp")))
            B.extend(exp_blocks(r))
        elif s == "edu":
            B.append(("heading", H(r, "edu")))
            B.extend(edu_blocks(r))
        elif s == "skills" and r.get("skills_style") != "inline":
            B.append(("heading", H(r, "skills")))
            B.extend(skill_blocks(r, fmt))
            if r.get("hidden") and r["hidden"][0] in ("vanish", "white"):
                B.append(("hidden", r["hidden"][0], r["hidden"][1]))
    if r.get("hidden") and r["hidden"][0] == "rect":
        # insert right after the summary paragraph
        k = next(i for i, b in enumerate(B) if b[0] == "heading" and b[1] == H(r, "exp"))
        B.insert(k, ("hidden", "rect", r["hidden"][1]))
    if r.get("languages"):
        B.append(("heading", H(r, "lang")))
        B.append(("para", r["languages"]))
    return doc


# --------------------------------------------------------------------------- renderers

_PHOTO = None


def photo_png():
    global _PHOTO
    if _PHOTO is None:
        from PIL import Image, ImageDraw
        im = Image.new("RGB", (240, 300), (205, 214, 224))
        dr = ImageDraw.Draw(im)
        dr.ellipse((75, 45, 165, 150), fill=(168, 132, 108))
        dr.ellipse((35, 165, 205, 380), fill=(58, 68, 92))
        b = io.BytesIO()
        im.save(b, "PNG")
        _PHOTO = b.getvalue()
    return _PHOTO


def wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    toks = re.findall(r"[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]+|\s+", text)
    lines, cur = [], ""
    for t in toks:
        cand = cur + t
        if not cur.strip() or stringWidth(cand.rstrip(), font, size) <= width:
            cur = cand
        else:
            lines.append(cur.rstrip())
            cur = t.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines or [""]


class PdfCol:
    def __init__(self, pw, x0, x1, y, breakable=True):
        self.pw, self.x0, self.x1, self.y, self.breakable = pw, x0, x1, y, breakable

    @property
    def c(self):
        return self.pw.c

    def need(self, h):
        if self.y - h < 55:
            assert self.breakable, "two-column layout overflows the page"
            self.pw.new_page()
            self.y = self.pw.H - 50

    def text(self, s, size=10, bold=False, indent=0, gap=3):
        pw = self.pw
        font = pw.FB if bold else pw.F
        for ln in wrap(s, font, size, self.x1 - self.x0 - indent):
            self.need(size + gap)
            self.y -= size + gap
            self.c.setFont(font, size)
            self.c.drawString(self.x0 + indent, self.y, ln)

    def draw(self, b):
        pw, c = self.pw, self.c
        k = b[0]
        if k == "title":
            self.y -= 4
            self.text(b[1], b[2], bold=True, gap=5)
        elif k in ("line", "entry_head"):
            self.text(b[1], b[2] if len(b) > 2 else 10, bold=(k == "entry_head"))
        elif k == "heading":
            self.need(30)
            self.y -= 10
            self.text(b[1], 12, bold=True)
            c.setLineWidth(0.6)
            c.line(self.x0, self.y - 3, self.x1, self.y - 3)
            self.y -= 4
        elif k == "para":
            self.text(b[1], 10)
        elif k == "bullet":
            self.need(13)
            c.circle(self.x0 + 6, self.y - 10, 1.6, stroke=0, fill=1)  # vector bullet, no glyph
            self.text(b[1], 10, indent=14)
        elif k == "lr":
            self.need(14)
            self.y -= 14
            c.setFont(pw.FB, 10)
            c.drawString(self.x0, self.y, b[1])
            c.setFont(pw.F, 10)
            c.drawRightString(self.x1, self.y, b[2])
        elif k == "photo":
            from reportlab.lib.utils import ImageReader
            self.need(110)
            self.y -= 105
            c.drawImage(ImageReader(io.BytesIO(photo_png())), self.x0, self.y, width=80, height=100)
        elif k == "table":
            self.table(b[1], b[2], b[3] if len(b) > 3 else False)
        elif k == "photo_header":
            from reportlab.lib.utils import ImageReader
            self.need(110)
            top = self.y
            c.drawImage(ImageReader(io.BytesIO(photo_png())), self.x0, top - 100, width=80, height=100)
            sub = PdfCol(pw, self.x0 + 95, self.x1, top, False)
            for text, bold, size in b[1]:
                sub.text(text, size, bold=bold)
            self.y = min(sub.y, top - 100) - 6
        elif k == "hidden":
            mode, text = b[1], b[2]
            font, size = pw.F, 9
            for ln in wrap(text, font, size, self.x1 - self.x0):
                self.need(13)
                self.y -= 12
                c.setFont(font, size)
                if mode == "white":
                    c.setFillColorRGB(1, 1, 1)
                    c.drawString(self.x0, self.y, ln)
                    c.setFillColorRGB(0, 0, 0)
                else:  # black text, then a white rectangle painted over it
                    from reportlab.pdfbase.pdfmetrics import stringWidth
                    c.setFillColorRGB(0, 0, 0)
                    c.drawString(self.x0, self.y, ln)
                    c.setFillColorRGB(1, 1, 1)
                    c.rect(self.x0 - 2, self.y - 4, stringWidth(ln, font, size) + 4, size + 6, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
        elif k in ("name_h1", "name_bold"):
            self.text(b[1], 22, bold=True)
        else:
            raise ValueError(k)

    def table(self, rows, widths, photo):
        pw, c = self.pw, self.c
        x1 = self.x1 - (95 if photo else 0)
        tw = x1 - self.x0
        ws = [w * tw for w in widths]
        top = self.y - 6
        y = top
        heights = []
        for row in rows:
            nl = max(len(wrap(cell, pw.F, 10, ws[i] - 8)) for i, cell in enumerate(row))
            heights.append(nl * 13 + 6)
        self.need(sum(heights) + 12)
        top = self.y - 6
        y = top
        c.setLineWidth(0.5)
        for row, h in zip(rows, heights):
            x = self.x0
            for i, cell in enumerate(row):
                c.rect(x, y - h, ws[i], h, stroke=1, fill=0)
                yy = y - 3
                bold = (len(row) in (2, 4) and i % 2 == 0)
                font = pw.FB if bold else pw.F
                for ln in wrap(cell, font, 10, ws[i] - 8):
                    yy -= 13
                    c.setFont(font, 10)
                    c.drawString(x + 4, yy + 3, ln)
                x += ws[i]
            y -= h
        if photo:
            from reportlab.lib.utils import ImageReader
            c.drawImage(ImageReader(io.BytesIO(photo_png())), self.x1 - 85, top - 105, width=84, height=105)
            y = min(y, top - 105)
        self.y = y - 4


class PdfWriter:
    def __init__(self, path, r, doc):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import LETTER, A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        zh = r["lang"] == "zh"
        if zh:
            try:
                pdfmetrics.getFont("WQY")
            except KeyError:
                pdfmetrics.registerFont(TTFont("WQY", FONT_ZH, subfontIndex=0))
            self.F = self.FB = "WQY"
        else:
            self.F, self.FB = "Helvetica", "Helvetica-Bold"
        self.W, self.H = A4 if zh else LETTER
        self.c = canvas.Canvas(path, pagesize=(self.W, self.H), invariant=1)
        self.c.setAuthor("")
        self.c.setTitle("")
        self.c.setCreator("")
        self.c.setProducer("")
        self.doc = doc
        self.decorate_page()

    def decorate_page(self):
        c = self.c
        if self.doc.get("sidebar"):
            c.setFillGray(0.93)
            c.rect(0, 0, self.doc["sidebar"], self.H, stroke=0, fill=1)
            c.setFillGray(0)
        for text, bold, size in self.doc["header"]:
            c.setFont(self.FB if bold else self.F, size)
            c.setFillGray(0.25)
            c.drawString(50, self.H - 30, text)
            c.setFillGray(0)
        if self.doc["footer"]:
            c.setFont(self.F, 8)
            c.setFillGray(0.3)
            c.drawCentredString(self.W / 2, 28, self.doc["footer"])
            c.setFillGray(0)

    def new_page(self):
        self.c.showPage()
        self.decorate_page()

    def save(self):
        self.c.showPage()
        self.c.save()


def render_pdf(r, doc, path):
    if doc["kind"] == "twocol":
        doc["sidebar"] = 200
    pw = PdfWriter(path, r, doc)
    top = pw.H - (50 if not doc["header"] else 58)
    if doc["kind"] == "twocol":
        L = PdfCol(pw, 28, 185, top, breakable=False)
        for b in doc["left"]:
            L.draw(b)
        R = PdfCol(pw, 220, pw.W - 40, top, breakable=False)
        for b in doc["right"]:
            R.draw(b)
    else:
        col = PdfCol(pw, 50, pw.W - 50, top)
        for b in doc["blocks"]:
            col.draw(b)
    pw.save()


def render_docx(r, doc, path):
    import datetime
    from docx import Document
    from docx.shared import Pt, Inches
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml.ns import qn
    zh = r["lang"] == "zh"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if zh:
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "微软雅黑")
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.created = cp.modified = datetime.datetime(2026, 12, 1, 0, 0, 0)
    cp.revision = 1
    sec = d.sections[0]
    if doc["header"]:
        hp = sec.header.paragraphs[0]
        for n, (text, bold, size) in enumerate(doc["header"]):
            p = hp if n == 0 else sec.header.add_paragraph()
            run = p.add_run(text)
            run.bold = bold
            run.font.size = Pt(size)
    if doc["footer"]:
        run = sec.footer.paragraphs[0].add_run(doc["footer"])
        run.font.size = Pt(8)

    def table(rows, widths, photo):
        ncol = len(rows[0]) + (1 if photo else 0)
        t = d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                p = t.cell(i, j).paragraphs[0]
                run = p.add_run(cell)
                run.bold = (len(row) in (2, 4) and j % 2 == 0)
        if photo:
            m = t.cell(0, ncol - 1).merge(t.cell(len(rows) - 1, ncol - 1))
            m.paragraphs[0].add_run().add_picture(io.BytesIO(photo_png()), width=Inches(1.0))
        d.add_paragraph()

    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            run = p.add_run(b[1])
            run.bold = True
            run.font.size = Pt(b[2])
        elif k in ("line", "entry_head"):
            p = d.add_paragraph()
            run = p.add_run(b[1])
            run.bold = k == "entry_head"
            if len(b) > 2:
                run.font.size = Pt(b[2])
        elif k == "heading":
            d.add_heading(b[1], level=2)
        elif k == "para":
            d.add_paragraph(b[1])
        elif k == "bullet":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "lr":
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Inches(6.0), WD_TAB_ALIGNMENT.RIGHT)
            run = p.add_run(b[1])
            run.bold = True
            p.add_run("\t" + b[2])
        elif k == "table":
            table(b[1], b[2], b[3] if len(b) > 3 else False)
        elif k == "photo_header":
            t = d.add_table(rows=1, cols=2)
            t.cell(0, 0).paragraphs[0].add_run().add_picture(io.BytesIO(photo_png()), width=Inches(1.1))
            cell = t.cell(0, 1)
            for n, (text, bold, size) in enumerate(b[1]):
                p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                run = p.add_run(text)
                run.bold = bold
                run.font.size = Pt(size)
            d.add_paragraph()
        elif k == "hidden":
            assert b[1] == "vanish"
            p = d.add_paragraph()
            run = p.add_run(b[2])
            run.font.hidden = True
        elif k in ("name_h1", "name_bold"):
            p = d.add_paragraph()
            run = p.add_run(b[1])
            run.bold = True
            run.font.size = Pt(22)
        else:
            raise ValueError(k)
    d.save(path)


def render_text(r, doc, md):
    zh = r["lang"] == "zh"
    out = []
    if doc["header"]:
        out += [t for t, _, _ in doc["header"]] + [""]
    first_title = True
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            if md and not first_title:
                out.append(f"**{b[1]}**")
            elif md:
                out.append(f"**{b[1]}**")
            else:
                out.append(b[1])
            first_title = False
        elif k == "name_h1":
            out.append(f"# {b[1]}" if md else b[1])
        elif k == "name_bold":
            out.append(f"**{b[1]}**" if md else b[1])
        elif k == "line":
            out.append(b[1])
        elif k == "entry_head":
            out += ["", f"**{b[1]}**" if md else b[1]]
        elif k == "heading":
            if md:
                out += ["", f"## {b[1]}", ""]
            elif zh:
                out += ["", f"【{b[1]}】"]
            else:
                out += ["", b[1].upper(), "-" * len(b[1])]
        elif k == "para":
            out.append(b[1])
        elif k == "bullet":
            out.append(f"- {b[1]}" if md else f"  * {b[1]}")
        elif k == "lr":
            if md:
                out += ["", f"**{b[1]}** | {b[2]}"]
            else:
                out += ["", f"{b[1]:<52}{b[2]:>26}"]
        elif k == "table":
            rows = b[1]
            if md:
                n = len(rows[0])
                if n == 2 and len(rows) > 1:
                    out += ["", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * n]
                    out += ["| " + " | ".join(rw) + " |" for rw in rows[1:]]
                else:
                    out += ["| " + " | ".join(rw) + " |" for rw in rows[:1]] + ["|" + "---|" * n]
                    out += ["| " + " | ".join(rw) + " |" for rw in rows[1:]]
                out.append("")
            else:
                for rw in rows:
                    if len(rw) == 2:
                        out.append(f"{rw[0]}{'：' if zh else ': '}{rw[1]}")
                    else:
                        out.append("  |  ".join(rw))
        elif k == "hidden":
            raise ValueError("hidden text is only rendered in PDF/DOCX")
        else:
            raise ValueError(k)
    if doc["footer"]:
        out += ["", doc["footer"]]
    text = "\n".join(out).strip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text


def render(r):
    doc = layout(r)
    path = os.path.join(OUT, r["file"])
    if r["fmt"] == "pdf":
        render_pdf(r, doc, path)
    elif r["fmt"] == "docx":
        render_docx(r, doc, path)
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(render_text(r, doc, r["fmt"] == "md"))


# --------------------------------------------------------------------------- labels


def expected(r):
    return {
        "name": r["name"],
        "emails": [e.lower() for e in r["emails"]],
        "phones": [p[1] for p in r["phones"]],
        "total_experience_years": total_years(r),
        "skills": skill_labels(r),
        "protected": protected_labels(r),
        "no_text": False,
    }


def case(r):
    tags = [r["lang"], r["fmt"]] + list(r.get("tags", []))
    if r.get("protected") or r.get("photo"):
        tags.append("protected")
    if r.get("hidden"):
        tags.append("hidden_text")
    inputs = {"file": "resumes/" + r["file"], "language": r["lang"]}
    if r.get("cf"):
        inputs["counterfactual_group"] = r["cf"]["group"]
        inputs["job"] = r["cf"]["job"]
    seen, t2 = set(), []
    for t in tags:
        if t not in seen:
            seen.add(t)
            t2.append(t)
    return {"name": r["id"], "inputs": inputs, "expected": expected(r), "tags": t2}


DESCRIPTION = (
    "Independent dev set of 40 invented resumes (20 English, 20 Chinese; 16 PDF, 12 DOCX, 6 TXT, 6 MD), "
    "written on 2026-12-01 by a fifth independent author who saw neither the parser's code nor the other "
    "evaluation sets. It concentrates on what makes NAME and TOTAL YEARS hard in layouts real people use "
    "(job title / slogan / logo text / 'Résumé' / 'CV' / '简历' / '应聘岗位' first; name only in a contact "
    "table, a DOCX page header or the right column of a two-column PDF; pronouns, nicknames, credentials, "
    "hyphenated, apostrophe, Mc/Mac, Spanish double, Arabic al-/bin, Indian-initial and surname-first names; "
    "spaced Chinese names and Chinese names with an English name beside them; many date formats, "
    "non-counting roles, overlaps and promotions), plus skills, protected attributes, two counterfactual "
    "pairs (D5-CF1, D5-CF2) and three hidden-text cases (DOCX w:vanish, PDF white text, PDF text under a "
    "white rectangle) whose fake skills and years must not count. Files and labels are generated from the "
    "same structured data by build_dev5_resumes.py. Label conventions: today is 2026-11-30; name as written "
    "without credentials, titles, pronouns or nicknames, accents kept, surname-first English forms given in "
    "natural order in title case, Chinese names in characters without spaces, null if none; emails are every "
    "visible address, lower-case; phones every visible number (landlines included) in E.164, country from the "
    "resume's location; total_experience_years counts professional employment only (full-time, part-time, "
    "contract, freelance, self-employed) and not internships, placements, volunteering, education, military "
    "service, career breaks, parental leave or sabbaticals, overlaps counted once, months inclusive "
    "(Mar 2019 – Nov 2021 = 33 months), ongoing roles run through 2026-11, a bare start year means January and "
    "a bare end year December, 'Summer YYYY' (and '暑期') means June–August (July–August for '暑期'), "
    "total = months/12 rounded half-up to one decimal; skills are what the resume explicitly presents as skills, "
    "as lower-case short English names with vendor prefixes dropped and Chinese skills translated, no spoken "
    "languages; protected lists the visibly present attributes among age, birth_date, gender, marital_status, "
    "nationality, ethnicity, religion, political_affiliation, native_place (籍贯/户籍/户口), height_weight, "
    "health and photo (family status and children count as marital_status); no_text is false for every file. "
    "Labels were never edited to fit a parser's output."
)


def main():
    os.makedirs(OUT, exist_ok=True)
    ids = set()
    for r in RESUMES:
        assert r["id"] not in ids
        ids.add(r["id"])
        render(r)
    data = {"suite": "resume_dev5", "version": 1, "today": TODAY, "description": DESCRIPTION,
            "cases": [case(r) for r in RESUMES]}
    with open(LABELS, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for r in RESUMES:
        m = total_months(r)
        amb = " (half-way rounding!)" if (m * 10) % 12 == 6 else ""
        print(f"{r['id']:42s} {r['fmt']:4s} months={m:4d} years={total_years(r)}{amb}")
    print(f"{len(RESUMES)} resumes written to {OUT}")


if __name__ == "__main__":
    main()
