#!/usr/bin/env python3
"""Build the resume_dev6 evaluation set (40 invented resumes, 20 en + 20 zh).

Every resume is defined exactly once below as structured data.  The same data
is used to render the files in resumes/ and to derive the labels in
resume_dev6.json, so text and labels cannot drift apart.  All people,
employers, schools, e-mail addresses and phone numbers are invented.

Run with a separate venv (reportlab, python-docx, pdfplumber, pillow):
    /tmp/rl6/bin/python build_dev6_resumes.py          # build + verify
The output is deterministic (fixed PDF ids, fixed DOCX zip timestamps).
"""
import io
import json
import os
import re
import sys
import zipfile

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Inches, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "resumes")
ASSETS = os.path.join(HERE, "assets")
TODAY = (2026, 11)
TODAY_STR = "2026-11-30"

COUNTED = {"job", "pt", "contract", "free", "self"}  # professional employment
# intern, vol, mil, break, leave are listed but never counted

MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["", "January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]


# ----------------------------------------------------------------------------
# helpers for the data
# ----------------------------------------------------------------------------
def ym(s):
    if s is None:
        return None
    p = s.split("-")
    return (int(p[0]), int(p[1]) if len(p) > 1 else None)


def J(kind, title, org, start, end, *bullets):
    return {"kind": kind, "title": title, "org": org, "start": ym(start), "end": ym(end),
            "bullets": list(bullets)}


def S(display, labels=None, level=None):
    if labels is None:
        labels = display.lower()
    if isinstance(labels, str):
        labels = [labels]
    return {"d": display, "labels": labels, "level": level}


def fmt_point(p, style, lang, present):
    if p is None:
        return present
    y, m = p
    if m is None:
        return f"{y}年" if style == "nian" else str(y)
    return {
        "mon": f"{MON[m]} {y}",
        "full": f"{MONTH[m]} {y}",
        "mmyyyy": f"{m:02d}/{y}",
        "dash": f"{y}-{m:02d}",
        "dot": f"{y}.{m:02d}",
        "nian": f"{y}年{m}月",
        "slash": f"{y}/{m:02d}",
        "year": str(y),
    }[style]


SEPS = {"mon": " – ", "full": " – ", "mmyyyy": " – ", "year": " – ", "dot": "–", "nian": "—",
        "slash": " - ", "dash": " ~ "}


def fmt_range(e, r):
    style = r["dates"]
    lang = r["lang"]
    present = r.get("present", "至今" if lang == "zh" else "Present")
    sep = r.get("sep", SEPS[style])
    if lang == "zh" and style == "year":
        sep = "—"
    if e["end"] is not None and e["start"] == e["end"] and e["start"][1] is None:
        return fmt_point(e["start"], style, lang, present)
    return fmt_point(e["start"], style, lang, present) + sep + fmt_point(e["end"], style, lang, present)


def months_of(start, end):
    sy, sm = start
    sm = sm or 1
    if end is None:
        ey, em = TODAY
    else:
        ey, em = end
        em = em or 12
    out = set()
    y, m = sy, sm
    while (y, m) <= (ey, em):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def total_years(exp):
    ms = set()
    for e in exp:
        if e["kind"] in COUNTED:
            ms |= months_of(e["start"], e["end"])
    n = len(ms)
    assert n % 12 not in (3, 9), "avoid ambiguous .x5 rounding"
    return n, round(n / 12 + 1e-9, 1)


def has_overlap(exp):
    c = [months_of(e["start"], e["end"]) for e in exp if e["kind"] in COUNTED]
    return any(c[i] & c[j] for i in range(len(c)) for j in range(i + 1, len(c)))


# ----------------------------------------------------------------------------
# THE RESUMES (single source of truth)
# ----------------------------------------------------------------------------
# phones: (prefix shown, display, e164)
# protected: (attr, label shown, value shown); photo value "image:<file>" or "placeholder"

CF1_COMMON = dict(
    lang="en", fmt="pdf", layout="pdf_centered", name="Jordan Reyes", name_display="Jordan Reyes",
    role="Data Analyst", location="Chicago, IL",
    emails=["jordan.reyes@example.com"], phones=[("", "(312) 555-0147", "+13125550147")],
    links=["linkedin.com/in/jordan-reyes-data"], dates="mon",
    summary="Data analyst with eight years of experience turning insurance and retail data into "
            "pricing and retention decisions.",
    exp=[
        J("job", "Data Analyst", "Lakeshore Mutual Insurance", "2021-03", None,
          "Built the claims-severity dashboard used by 40 adjusters.",
          "Automated monthly loss-ratio reporting in Python, saving two days per close."),
        J("job", "Junior Analyst", "Brightwater Retail Group", "2018-06", "2021-02",
          "Ran A/B tests on loyalty e-mails; uplift of 6% in repeat purchases."),
        J("intern", "Analytics Intern", "Midwest Health Analytics", "2017-06", "2017-08",
          "Cleaned survey data and wrote SQL extracts."),
    ],
    edu=["B.S. Statistics, Lakemont State University, 2014 – 2018"],
    skill_style="comma",
    skills=[(None, [S("SQL"), S("Python"), S("Tableau"), S("Microsoft Excel", "excel"), S("Power BI"),
                    S("Statistics"), S("A/B Testing")])],
    extra_tags=["counterfactual"],
)

CF2_COMMON = dict(
    lang="zh", fmt="pdf", layout="pdf_zh_resume", name="陈思远", name_display="陈思远",
    role="Java后端开发工程师", location="浙江杭州",
    emails=["chensiyuan@example.com"], phones=[("手机：", "138-5712-6640", "+8613857126640")],
    dates="dot",
    summary="八年Java后端开发经验，熟悉高并发订单与支付系统设计，具备良好的团队协作能力。",
    exp=[
        J("job", "高级Java开发工程师", "杭州云帆信息技术有限公司", "2021-07", None,
          "负责订单中心微服务重构，接口平均响应时间降低40%。"),
        J("job", "Java开发工程师", "南京启明软件有限公司", "2018-07", "2021-06",
          "参与供应链管理系统开发，负责库存与结算模块。"),
        J("intern", "软件开发实习生", "南京启明软件有限公司", "2017-12", "2018-05",
          "协助完成内部工单系统的接口开发与测试。"),
    ],
    edu=["2014.09–2018.06　临江大学　计算机科学与技术　本科"],
    skill_style="zh_list",
    skills=[("熟练掌握 ", [S("Java", "java"), S("Spring Boot", "spring boot"), S("MyBatis", "mybatis")], "，具备良好的编码规范"),
            ("熟悉 ", [S("MySQL", "mysql"), S("Redis", "redis"), S("Kafka", "kafka")], " 等常用中间件及调优"),
            ("了解 ", [S("Docker", "docker"), S("Kubernetes", "kubernetes")], " 容器化部署"),
            ("熟练使用 ", [S("Git", "git"), S("Linux", "linux")], " 进行日常开发"),
            ("英语：", [S("CET-6", [])], "，可熟练阅读英文技术文档")],
    extra_tags=["counterfactual", "spoken_language_in_skills"],
)

RESUMES = [
    # ======================= ENGLISH =======================
    dict(CF1_COMMON, id="en01_cf1a_centered", cf="cf1",
         protected=[("photo", None, "image:avatar_cf1a.png"), ("age", "Age", "28"), ("gender", "Gender", "Male"),
                    ("nationality", "Nationality", "U.S. citizen"), ("marital_status", "Marital Status", "Single")]),
    dict(CF1_COMMON, id="en02_cf1b_centered", cf="cf1",
         protected=[("photo", None, "image:avatar_cf1b.png"), ("age", "Age", "57"), ("gender", "Gender", "Female"),
                    ("nationality", "Nationality", "Nigerian"),
                    ("marital_status", "Marital Status", "Married, three children")]),
    dict(id="en03_sidebar_photo", lang="en", fmt="pdf", layout="pdf_sidebar",
         name="Olivia Hartmann", name_display="Olivia Hartmann", role="Senior UX Designer",
         location="Berlin, Germany", emails=["olivia.hartmann@example.com"],
         phones=[("", "0151 2345 6789", "+4915123456789")], cc="49", links=["behance.net/oliviahartmann-ux"],
         dates="mmyyyy", present="present",
         summary="Product designer focused on B2B SaaS, design systems and research-driven iteration.",
         exp=[J("job", "Senior UX Designer", "Nordlicht Software GmbH", "2020-01", None,
                "Lead designer for the analytics suite; built the component library in Figma."),
              J("leave", "Parental leave", "", "2019-03", "2019-12"),
              J("job", "UX Designer", "Kiezkraft Digital Agency", "2016-09", "2019-02",
                "Designed booking flows for travel and mobility clients.")],
         edu=["M.A. Interaction Design, Hochschule Spreewald, 10/2014 – 07/2016"],
         skill_style="bars",
         skills=[(None, [S("Figma", level=5), S("Sketch", level=4), S("User Research", level=4),
                         S("Prototyping", level=5), S("Usability Testing", level=4),
                         S("Adobe Photoshop", "photoshop", level=3), S("HTML", level=3), S("CSS", level=3)])],
         languages=["German (native)", "English (C2)"],
         protected=[("photo", None, "image:avatar_en03.png"), ("birth_date", "Date of birth", "14 Feb 1991"),
                    ("nationality", "Nationality", "German")],
         extra_tags=["parental_leave", "career_gap"]),
    dict(id="en04_split_name", lang="en", fmt="pdf", layout="pdf_split",
         name="Maria González Ruiz", name_display=["MARIA", "GONZÁLEZ RUIZ"], role="Marketing Manager",
         location="Madrid, Spain", emails=["maria.gonzalez.ruiz@example.com"],
         phones=[("", "+34 612 345 678", "+34612345678")], cc="34", dates="full",
         summary="Marketing manager for consumer food brands, from campaign strategy to CRM.",
         exp=[J("job", "Marketing Manager", "Solera Foods S.L.", "2022-03", None,
                "Own the brand and performance budget for three product lines."),
              J("pt", "Digital Marketing Specialist (part-time)", "Agencia Brisa", "2019-01", "2022-02",
                "Managed paid search and e-mail campaigns for retail clients."),
              J("free", "Freelance Content Strategist", "Self-employed", "2020-06", "2021-12",
                "Wrote content plans and landing pages for small hospitality businesses."),
              J("vol", "Volunteer Coordinator", "Banco de Alimentos Vecinal", "2017-01", "2018-12",
                "Organised weekend food drives.")],
         edu=["MSc Marketing, Universidad Meseta Central, 2016 – 2018"],
         skill_style="bullets",
         skills=[(None, [S("SEO"), S("SEM"), S("HubSpot"), S("Content Strategy"), S("Email Marketing"),
                         S("Copywriting"), S("Salesforce")])],
         languages=["Spanish (native)", "English (C1)", "French (B1)"],
         protected=[], extra_tags=["name:split_lines", "accents", "overlap_freelance"]),
    dict(id="en05_career_centre", lang="en", fmt="pdf", layout="pdf_career",
         logo=["WESTBROOK UNIVERSITY", "Career Development Center  ·  Student Resume"],
         name="Ethan Kowalski", name_display="Ethan Kowalski", role="Software Engineering Graduate",
         location="Columbus, OH", emails=["ekowalski@westbrook-example.edu", "ethan.kowalski@example.com"],
         phones=[("Cell: ", "614-555-0163", "+16145550163")], links=["github.com/ethan-kowalski-dev"],
         dates="mon",
         summary="Computer science graduate (May 2026) looking for a backend or full-stack role.",
         exp=[J("pt", "Student Web Developer (part-time)", "Westbrook University IT Services", "2023-09", "2026-04",
                "Maintained the course-registration portal (Flask, PostgreSQL)."),
              J("intern", "Software Engineering Intern", "Tidewater Systems", "2025-05", "2025-08",
                "Built a React dashboard for warehouse sensor alerts."),
              J("vol", "Volunteer Tutor", "Code Forward Columbus", "2022-01", "2023-05",
                "Taught introductory Python to high-school students.")],
         edu=["B.S. Computer Science, Westbrook University, Aug 2022 – May 2026"],
         skill_style="table",
         skills=[("Programming", [S("Python"), S("Java"), S("C++"), S("JavaScript")]),
                 ("Frameworks", [S("React"), S("Flask")]),
                 ("Tools", [S("Git"), S("Docker"), S("Linux"), S("PostgreSQL")]),
                 ("Spoken Languages", [S("English (native)", []), S("Polish (conversational)", [])])],
         protected=[], extra_tags=["new_grad", "two_emails", "logo_above_name", "spoken_language_in_skills"]),
    dict(id="en06_classic_hidden_tr3", lang="en", fmt="pdf", layout="pdf_classic",
         name="Samuel Okonkwo-Reid", name_display="Samuel Okonkwo-Reid", role="Supply Chain Analyst",
         location="Manchester, UK", emails=["sam.okonkwo-reid@example.com"],
         phones=[("Mob: ", "07700 900123", "+447700900123")], cc="44", dates="mmyyyy", present="present",
         summary="Supply chain analyst with a logistics operations background and British Army service.",
         exp=[J("job", "Supply Chain Analyst", "Pennine Logistics Ltd", "2019-08", None,
                "Forecast demand for 2,400 SKUs; cut stock-outs by 18%."),
              J("job", "Warehouse Operations Coordinator", "Irwell Distribution", "2016-02", "2019-07",
                "Scheduled inbound deliveries and shift rotas for 60 staff."),
              J("mil", "Logistics Specialist, Royal Logistic Corps", "British Army", "2011", "2015",
                "Managed vehicle and equipment inventories on deployment.")],
         edu=["BSc (Hons) Business Management (part-time), Irwell Valley University, 2016 – 2019"],
         skill_style="comma",
         skills=[("Tools", [S("Microsoft Excel", "excel"), S("SAP", "sap"), S("Power BI"), S("SQL")]),
                 ("Methods", [S("Demand Planning"), S("Inventory Management"), S("Lean Six Sigma")])],
         hidden={"mode": "tr3",
                 "lines": ["Skills: Kubernetes, TensorFlow, Blockchain, Quantum Computing",
                           "Head of Global Logistics, Globex Freight Worldwide, 01/2000 – 12/2015 (15 years)"],
                 "fake": ["Kubernetes", "TensorFlow", "Globex Freight Worldwide"]},
         protected=[], extra_tags=["hidden_text", "military"]),
    dict(id="en07_gulf_cv", lang="en", fmt="pdf", layout="pdf_classic",
         name="Aaron D'Souza", name_display="AARON D'SOUZA", role="Senior Accountant",
         location="Dubai, UAE", emails=["aaron.dsouza@example.com"],
         phones=[("UAE: ", "+971 50 123 4567", "+971501234567"), ("India: ", "+91 98200 45678", "+919820045678")],
         cc="971", dates="mon",
         summary="Chartered accountant with 16 years in trading and facilities-management finance.",
         exp=[J("job", "Senior Accountant", "Gulfstar Trading LLC", "2019-01", None,
                "Month-end close and VAT returns for four group entities."),
              J("job", "Accountant", "Al Noor Facilities Management", "2014-04", "2018-12",
                "Accounts payable, bank reconciliations and IFRS reporting."),
              J("job", "Accounts Assistant", "Kamath & Co. Chartered Accountants", "2010", "2013",
                "Book-keeping and audit support for SME clients in Mumbai.")],
         edu=["B.Com, Konkan Coast University, 2007 – 2010"],
         skill_style="bullets",
         skills=[(None, [S("Tally", "tally"), S("SAP FICO", "sap fico"), S("Microsoft Excel", "excel"), S("IFRS"),
                         S("VAT Compliance"), S("Financial Reporting"), S("Intuit QuickBooks", "quickbooks")])],
         protected=[("birth_date", "Date of Birth", "12/03/1988"), ("nationality", "Nationality", "Indian"),
                    ("religion", "Religion", "Catholic"), ("marital_status", "Marital Status", "Married")],
         extra_tags=["two_phones", "name:all_caps", "bare_years", "religion"]),
    dict(id="en08_photo_table", lang="en", fmt="docx", layout="docx_photo_table",
         name="Chloé Tremblay", name_display="Chloé Tremblay", role="Registered Nurse",
         location="Montréal, QC, Canada", emails=["chloe.tremblay@example.com"],
         phones=[("", "514-555-0182", "+15145550182")], dates="mon",
         summary="Bilingual medical-surgical nurse with nine years of acute-care experience.",
         exp=[J("job", "Registered Nurse, Medical-Surgical Unit", "Hôpital Sainte-Vérane", "2017-07", None,
                "Care for 6–8 post-operative patients per shift; precept new graduates."),
              J("pt", "Registered Nurse (part-time)", "Clinique Boréale", "2020-01", "2022-12",
                "Weekend shifts in the walk-in clinic."),
              J("vol", "Nursing Volunteer", "Red Maple Community Clinic", "2015", "2016",
                "Blood-pressure screening events.")],
         edu=["B.Sc. Nursing, Université du Saint-Fleuve, 2013 – 2017"],
         skill_style="bullets",
         skills=[(None, [S("Patient Assessment"), S("IV Therapy"), S("Epic (EHR)", "epic"), S("Wound Care"),
                         S("BLS"), S("ACLS")])],
         languages=["French (native)", "English (fluent)"],
         protected=[("photo", None, "placeholder")],
         extra_tags=["photo_placeholder", "accents", "overlap"]),
    dict(id="en09_header_part", lang="en", fmt="docx", layout="docx_header_part",
         name="Marcus Lindqvist", name_display="Marcus Lindqvist", role="Senior DevOps Engineer",
         location="Austin, TX", emails=["marcus.lindqvist@example.net"],
         phones=[("", "(512) 555-0199", "+15125550199")], links=["github.com/mlindqvist-ops"],
         dates="mmyyyy", present="present",
         summary="DevOps engineer and U.S. Army veteran who automates cloud infrastructure for regulated industries.",
         exp=[J("job", "Senior DevOps Engineer", "Cedar Loop Technologies", "2021-06", None,
                "Migrated 120 services to Kubernetes on AWS with Terraform."),
              J("contract", "Systems Administrator (contract)", "Bluebonnet Health Network", "2019-01", "2021-05",
                "HIPAA-compliant patching and backup automation with Ansible."),
              J("job", "IT Support Technician", "Pecan Street Credit Union", "2015-04", "2018-12",
                "Desktop and network support for 14 branches."),
              J("mil", "Signal Support Specialist", "U.S. Army", "2010", "2014",
                "Maintained tactical communications equipment.")],
         edu=["B.S. Information Technology (online), Lone Prairie University, 2016 – 2019"],
         skill_style="table",
         skills=[("Cloud", [S("AWS"), S("Azure")]), ("IaC", [S("Terraform"), S("Ansible")]),
                 ("Containers", [S("Docker"), S("Kubernetes")]), ("CI/CD", [S("Jenkins"), S("GitHub Actions")]),
                 ("Scripting", [S("Bash"), S("Python")])],
         protected=[], extra_tags=["name_in_page_header", "military"]),
    dict(id="en10_letterspaced", lang="en", fmt="docx", layout="docx_letterspaced",
         name="Eleanor Vance", name_display="E L E A N O R   V A N C E", role="Construction Project Manager",
         location="London, UK", emails=["eleanor.vance@example.com"],
         phones=[("", "+44 20 7946 0123", "+442079460123")], cc="44", dates="mon",
         summary="Project manager delivering residential and mixed-use schemes up to £40m.",
         exp=[J("job", "Project Manager", "Thamesgate Construction Ltd", "2020-09", None,
                "Delivered a 180-unit residential scheme on programme."),
              J("job", "Assistant Project Manager", "Harrowfield Builders", "2017-01", "2020-08",
                "Managed subcontractor packages and valuations."),
              J("break", "Career break – travel", "", "2016-07", "2016-12"),
              J("contract", "Site Coordinator (contract)", "Kestrel Homes", "2014-02", "2016-06",
                "Coordinated deliveries and health & safety inductions.")],
         edu=["BSc Construction Management, Wexmoor University, 2010 – 2013"],
         skill_style="comma",
         skills=[(None, [S("Primavera P6"), S("AutoCAD"), S("Procore"), S("Microsoft Excel", "excel"),
                         S("Budgeting"), S("Risk Management"), S("Stakeholder Management"), S("PRINCE2")])],
         protected=[], extra_tags=["name:letter_spaced", "career_break"]),
    dict(id="en11_caps_credentials", lang="en", fmt="docx", layout="docx_caps_creds",
         name="Priya Ramanathan", name_display="PRIYA RAMANATHAN", creds="CPA, CMA",
         role="Senior Financial Analyst", location="Edison, NJ",
         emails=["priya.ramanathan@example.com"], phones=[("", "732.555.0128", "+17325550128")],
         dates="full",
         summary="FP&A professional with ten years of budgeting and forecasting in pharma and private equity.",
         exp=[J("job", "Senior Financial Analyst", "Harborline Capital Partners", "2020-02", None,
                "Built the three-statement model used for portfolio reviews."),
              J("job", "Financial Analyst", "Greystone Pharma", "2016-07", "2020-01",
                "Variance analysis for a $300M R&D budget."),
              J("intern", "Audit Associate Intern", "Lyle & Penn LLP", "2015-06", "2015-08",
                "Tested controls for two manufacturing clients.")],
         edu=["B.S. Accounting, Garden State Metropolitan University, 2012 – 2016"],
         skill_style="bullets",
         skills=[(None, [S("Financial Modeling"), S("Excel (advanced)", "excel"), S("SQL"),
                         S("Oracle Hyperion", "hyperion"), S("Power BI"), S("Variance Analysis"), S("GAAP")])],
         protected=[], extra_tags=["name:all_caps", "credentials_line"]),
    dict(id="en12_two_column", lang="en", fmt="docx", layout="docx_two_col",
         name="Robert Kim", name_display='Robert "Bobby" Kim', role="Account Executive",
         location="Los Angeles, CA", emails=["bobby.kim@example.com"],
         phones=[("", "(213) 555-0175", "+12135550175")], dates="year",
         summary="Quota-carrying SaaS account executive; 118% average attainment since 2021.",
         exp=[J("job", "Account Executive", "Solstice Software", "2021", None,
                "Closed $1.9M new ARR in 2025 with mid-market retailers."),
              J("job", "Sales Development Representative", "Pacific Crest Media", "2018", "2020",
                "Booked 25+ qualified meetings per month."),
              J("pt", "Retail Sales Associate (part-time)", "Venice Surf Co.", "2014", "2017",
                "Weekend and summer sales floor work during college.")],
         edu=["B.A. Communications, Pacific Shores University, 2013 – 2017"],
         skill_style="bullets",
         skills=[(None, [S("Salesforce"), S("HubSpot"), S("Outreach"), S("Cold Calling"), S("Negotiation"),
                         S("Pipeline Management")])],
         protected=[], extra_tags=["nickname", "bare_years", "two_column"]),
    dict(id="en13_target_role_first", lang="en", fmt="docx", layout="docx_target_role",
         name="Daniel Joseph Whitmore", name_display="Daniel Joseph Whitmore", role="Senior Data Engineer",
         location="Boston, MA", emails=["dj.whitmore@example.org"],
         phones=[("", "617-555-0134", "+16175550134")], dates="mon",
         summary="Data engineer building batch and streaming pipelines for mobility and analytics products.",
         summary_skills=("Core skills: ", [S("Python"), S("Apache Spark", "spark"), S("Apache Airflow", "airflow"),
                                           S("dbt"), S("Snowflake"), S("SQL"), S("Apache Kafka", "kafka")]),
         exp=[J("job", "Senior Data Engineer", "Quarry Lane Analytics", "2022-08", None,
                "Re-platformed nightly ETL to Airflow and dbt on Snowflake."),
              J("job", "Data Engineer", "Fenway Mobility", "2018-10", "2022-07",
                "Streamed 2B trip events per day through Kafka."),
              J("free", "Freelance Data Consultant", "Self-employed", "2017-01", "2018-09",
                "Data warehouse projects for small e-commerce shops."),
              J("vol", "Volunteer Data Analyst", "Harbor Literacy Project", "2015", "2016",
                "Reporting on tutoring outcomes.")],
         edu=["B.S. Mathematics, Bay Colony University, 2011 – 2015"],
         skill_style="summary",
         skills=[],
         protected=[], extra_tags=["target_role_first_line", "middle_name", "skills_in_summary", "freelance"]),
    dict(id="en14_plain_hidden_vanish", lang="en", fmt="docx", layout="docx_plain",
         name="Jordan Ellis", name_display="Jordan Ellis (they/them)", role="Customer Success Manager",
         location="Portland, OR", emails=["jordan.ellis@example.com"],
         phones=[("", "503-555-0110", "+15035550110")], dates="mon", present="Current",
         summary="Customer success manager for B2B SaaS with a support-operations background.",
         exp=[J("job", "Customer Success Manager", "Juniper Cloudworks", "2022-04", None,
                "Portfolio of 45 enterprise accounts; 96% gross retention."),
              J("job", "Support Team Lead", "Riverbend SaaS", "2019-11", "2022-03",
                "Led a team of eight agents across two time zones."),
              J("job", "Support Specialist", "Riverbend SaaS", "2018-05", "2019-10",
                "Tier-2 ticket resolution in Zendesk."),
              J("break", "Career break – family caregiving", "", "2017-01", "2018-04")],
         edu=["B.A. Psychology, Willamette Ridge College, 2012 – 2016"],
         skill_style="comma",
         skills=[(None, [S("Zendesk"), S("Gainsight"), S("Salesforce"), S("SQL"), S("Customer Onboarding"),
                         S("Churn Analysis")])],
         hidden={"mode": "vanish",
                 "lines": ["Additional skills: Kubernetes, Rust, Blockchain, Machine Learning",
                           "Principal Architect, Initech Global, 01/2003 – 12/2016"],
                 "fake": ["Kubernetes", "Initech Global"]},
         protected=[], extra_tags=["hidden_text", "pronouns", "career_break"]),
    dict(id="en15_txt_equals", lang="en", fmt="txt", layout="txt_equals",
         name="Keiko Nakamura", name_display="KEIKO NAKAMURA", role="Instructional Designer",
         location="Sydney NSW, Australia", emails=["keiko.nakamura@example.com"],
         phones=[("Mobile: ", "0491 570 156", "+61491570156")], cc="61", dates="mmyyyy", present="present",
         summary="Former maths teacher designing online courses for corporate and higher-education clients.",
         exp=[J("job", "Instructional Designer", "Harbourview Learning Pty Ltd", "2021-02", None,
                "Designed 30+ blended-learning modules in Moodle."),
              J("job", "Secondary Mathematics Teacher", "Wattle Bay College", "2014-01", "2020-12",
                "Taught Years 7–12; coordinated the numeracy program.")],
         edu=["Master of Education, Southern Cross Harbour University, 2011 – 2013"],
         skill_style="bullets",
         skills=[(None, [S("Instructional Design"), S("Curriculum Design"), S("Moodle"), S("Canva"),
                         S("TechSmith Camtasia", "camtasia"), S("LMS Administration")])],
         protected=[("nationality", "Nationality", "Japanese (Australian permanent resident)")],
         extra_tags=["name:all_caps"]),
    dict(id="en16_txt_email_first", lang="en", fmt="txt", layout="txt_email_first",
         name="Chinedu Okafor", name_display="OKAFOR, Chinedu", role="Mechanical Engineer",
         location="Lagos, Nigeria", emails=["chinedu.okafor@example.com"],
         phones=[("", "+234 803 555 0192", "+2348035550192")], cc="234", dates="year",
         summary="Mechanical engineer maintaining gas-turbine and HVAC plant.",
         exp=[J("job", "Maintenance Engineer", "Lekki Power Systems Ltd", "2019", None,
                "Planned preventive maintenance for 4 x 25 MW gas turbines."),
              J("job", "Junior Mechanical Engineer", "Sapele Cement Works", "2016", "2018",
                "Root cause analysis of kiln drive failures."),
              J("intern", "SIWES Industrial Training Intern", "Niger Delta Fabricators", "2014", "2014",
                "Fabrication shop rotation.")],
         edu=["B.Eng. Mechanical Engineering, Eastern Savannah University, 2011 – 2015"],
         skill_style="comma",
         skills=[(None, [S("AutoCAD"), S("SolidWorks"), S("MATLAB"), S("Preventive Maintenance"),
                         S("Root Cause Analysis"), S("HVAC")])],
         protected=[("birth_date", "Date of Birth", "1990"), ("marital_status", "Marital Status", "Married"),
                    ("native_place", "State of Origin", "Anambra")],
         extra_tags=["surname_first", "bare_years"]),
    dict(id="en17_txt_plain", lang="en", fmt="txt", layout="txt_plain",
         name="Sofia Marchetti", name_display="Sofia Marchetti", role="Restaurant General Manager",
         location="Brooklyn, NY", emails=["sofia.marchetti@example.com"],
         phones=[("", "(718) 555-0156", "+17185550156")], dates="mon",
         summary="Chef turned general manager; Navy culinary specialist before that.",
         exp=[J("job", "General Manager", "Osteria Lumen", "2020-02", None,
                "P&L for a 90-seat restaurant; food cost down from 34% to 29%."),
              J("job", "Sous Chef", "Bramble & Vine", "2015-03", "2020-01",
                "Ran the line for 250 covers a night."),
              J("pt", "Line Cook (part-time)", "Corner Table Diner", "2013-06", "2015-05",
                "Breakfast and brunch line."),
              J("vol", "Volunteer Cook", "Hudson Community Kitchen", "2018-01", None,
                "Monthly community dinners."),
              J("mil", "Culinary Specialist", "U.S. Navy", "2009", "2013",
                "Galley operations aboard a destroyer.")],
         edu=["A.O.S. Culinary Arts, Gotham Culinary Institute, 2013 – 2015"],
         skill_style="bullets",
         skills=[(None, [S("Menu Development"), S("Inventory Management"), S("Food Safety"), S("ServSafe"),
                         S("Staff Training"), S("Cost Control"), S("Catering")])],
         protected=[], extra_tags=["military", "overlap", "volunteering"]),
    dict(id="en18_md_heading", lang="en", fmt="md", layout="md_heading_title",
         name="Aisha Bello", name_display="Aisha Bello", role="Clinical Dietitian",
         location="Houston, TX", emails=["aisha.bello@example.com"],
         phones=[("", "713-555-0190", "+17135550190")], dates="mmyyyy", present="present",
         summary="Registered dietitian specialising in diabetes and renal nutrition.",
         exp=[J("job", "Clinical Dietitian", "Bayou Medical Center", "2019-05", None,
                "Medical nutrition therapy for 25 inpatients per day."),
              J("intern", "Dietetic Intern", "Gulf Coast Health", "2018-08", "2019-04",
                "Rotations in clinical, community and food service."),
              J("free", "Nutrition Coach (freelance)", "Self-employed", "2017-01", "2019-12",
                "One-to-one meal planning clients.")],
         edu=["M.S. Nutrition, Brazos Valley University, 2016 – 2018"],
         skill_style="table",
         skills=[("Clinical", [S("Medical Nutrition Therapy"), S("Nutrition Assessment"), S("Diabetes Education")]),
                 ("Tools", [S("Epic", "epic"), S("Microsoft Excel", "excel")]),
                 ("Community", [S("Meal Planning")])],
         protected=[], extra_tags=["overlap_freelance"]),
    dict(id="en19_md_bars", lang="en", fmt="md", layout="md_heading_quote",
         name="Tomás Esquivel", name_display="Tomás Esquivel", role="Backend Developer",
         location="Mexico City, Mexico", emails=["tomas.esquivel@example.com"],
         phones=[("", "+52 55 1234 5678", "+525512345678")], cc="52", links=["github.com/tesquivel-dev"],
         dates="dash", sep=" to ", present="present",
         summary="Backend developer building payment and logistics APIs in Go and Python.",
         exp=[J("job", "Backend Developer", "Nopal Labs", "2021-06", None,
                "Designed gRPC services handling 3k requests per second."),
              J("job", "Software Developer", "Tlaloc Payments", "2018-09", "2021-05",
                "Card-settlement batch jobs in Python and PostgreSQL."),
              J("break", "Career break – language study in Montréal", "", "2018-01", "2018-08"),
              J("job", "Junior Developer", "Alameda Web Studio", "2015-06", "2017-12",
                "PHP and Python websites for local businesses.")],
         edu=["Ingeniería en Computación, Universidad del Valle Central, 2010 – 2015"],
         skill_style="bars",
         skills=[(None, [S("Go", level=4), S("Python", level=5), S("PostgreSQL", level=4), S("Docker", level=3),
                         S("gRPC", level=3), S("Redis", level=3)])],
         protected=[], extra_tags=["accents", "career_break", "skill_bars"]),
    dict(id="en20_md_credentials", lang="en", fmt="md", layout="md_heading_title",
         name="Hannah Weiss-Lee", name_display="Hannah Weiss-Lee, LCSW", role="Clinical Social Worker",
         location="Philadelphia, PA", emails=["hannah.weisslee@example.org", "hwl.counseling@example.net"],
         phones=[("Cell: ", "215-555-0117", "+12155550117"), ("Office: ", "(215) 555-0188", "+12155550188")],
         dates="mon",
         summary="Licensed clinical social worker for families affected by housing instability.",
         exp=[J("job", "Clinical Social Worker", "Schuylkill Family Services", "2020-03", None,
                "Caseload of 30 families; weekly CBT-based groups."),
              J("job", "Case Manager", "Keystone Housing Alliance", "2016-08", "2020-02",
                "Housing placement for 200+ clients."),
              J("vol", "AmeriCorps Member", "City Year Philadelphia", "2014", "2015",
                "Classroom support in two middle schools.")],
         edu=["MSW, Delaware Valley University, 2014 – 2016"],
         skill_style="comma",
         skills=[(None, [S("Case Management"), S("Crisis Intervention"), S("CBT", "cbt"),
                         S("Motivational Interviewing"), S("Trauma-Informed Care"), S("EHR Documentation")])],
         protected=[], extra_tags=["credentials_in_heading", "two_emails", "two_phones"]),

    # ======================= CHINESE =======================
    dict(CF2_COMMON, id="zh01_cf2a_resume", cf="cf2",
         protected=[("gender", "性别", "男"), ("birth_date", "出生年月", "1996.04"), ("ethnicity", "民族", "汉族"),
                    ("native_place", "籍贯", "江苏南京"), ("political_affiliation", "政治面貌", "中共党员"),
                    ("marital_status", "婚姻状况", "未婚"), ("photo", None, "placeholder")]),
    dict(CF2_COMMON, id="zh02_cf2b_resume", cf="cf2",
         protected=[("gender", "性别", "女"), ("birth_date", "出生年月", "1984.09"), ("ethnicity", "民族", "回族"),
                    ("native_place", "籍贯", "甘肃临夏"), ("political_affiliation", "政治面貌", "群众"),
                    ("marital_status", "婚姻状况", "已婚已育"), ("photo", None, "placeholder")]),
    dict(id="zh03_resume_intent", lang="zh", fmt="pdf", layout="pdf_zh_resume",
         name="刘雨桐", name_display="刘雨桐", role="新媒体运营", location="四川成都",
         emails=["liuyutong@example.com"], phones=[("电话：", "159-8210-3377", "+8615982103377")],
         dates="nian",
         summary="七年新媒体与电商内容运营经验，擅长活动策划与数据复盘。",
         exp=[J("job", "新媒体运营主管", "成都锦绣文化传媒有限公司", "2022-03", None,
                "负责公众号与短视频矩阵运营，粉丝量增长至60万。"),
              J("job", "新媒体运营专员", "四川蓉城电商有限公司", "2019-07", "2022-02",
                "策划店铺大促活动，撰写商品详情页文案。"),
              J("intern", "运营实习生", "成都青禾广告有限公司", "2018-07", "2018-12",
                "协助完成品牌活动物料制作。"),
              J("vol", "大学生志愿者", "成都市社区服务中心", "2017-07", "2017-08",
                "社区暑期课堂志愿服务。")],
         edu=["2015年9月—2019年6月　青岚大学　新闻学　本科"],
         skill_style="zh_list",
         skills=[("", [S("文案写作", "copywriting"), S("活动策划", "event planning")], "能力突出"),
                 ("熟练使用 ", [S("Photoshop", "photoshop"), S("剪映", "capcut"), S("Excel", "excel")], ""),
                 ("具备", [S("数据分析", "data analysis")], "能力，能独立完成活动复盘")],
         protected=[("age", "年龄", "29岁"), ("gender", "性别", "女")],
         extra_tags=["title_not_name", "internship", "volunteering"]),
    dict(id="zh04_sidebar_photo", lang="zh", fmt="pdf", layout="pdf_sidebar",
         name="张浩然", name_display="张浩然", role="机械设计工程师", location="江苏苏州",
         emails=["zhanghaoran@example.com"], phones=[("", "139-1234-5678", "+8613912345678")],
         dates="slash",
         summary="十年非标自动化设备与汽车零部件设计经验，退役军人。",
         exp=[J("job", "机械设计工程师", "苏州恒锐精密机械有限公司", "2020-04", None,
                "负责自动化装配线整体结构设计，主导3条产线交付。"),
              J("job", "助理工程师", "无锡华隆汽车零部件有限公司", "2016-07", "2020-03",
                "完成冲压件与焊接夹具设计及图纸审核。"),
              J("mil", "义务兵", "中国人民解放军某部", "2012-09", "2014-09",
                "服役两年，获优秀士兵称号。")],
         edu=["2014/09 - 2016/06　滨海工业大学　机械设计制造及其自动化　专科"],
         skill_style="bars",
         skills=[(None, [S("SolidWorks", "solidworks", 5), S("AutoCAD", "autocad", 4), S("ANSYS", "ansys", 3),
                         S("CATIA", "catia", 3), S("GD&T", "gd&t", 4)])],
         protected=[("photo", None, "image:avatar_zh04.png"), ("height_weight", "身高/体重", "178cm / 70kg"),
                    ("native_place", "户籍", "江苏苏州"), ("health", "健康状况", "良好")],
         extra_tags=["military", "skill_bars"]),
    dict(id="zh05_centered_hidden_white", lang="zh", fmt="pdf", layout="pdf_centered",
         name="黄嘉欣", name_display="黄嘉欣", role="总账会计", location="广东广州",
         emails=["huangjiaxin@example.com"], phones=[("手机：", "186 2020 7788", "+8618620207788")],
         dates="nian",
         summary="中级会计师，熟悉一般纳税人全盘账务处理及税务申报。",
         exp=[J("job", "总账会计", "广州穗联贸易有限公司", "2020-10", None,
                "负责总账、月结及增值税、企业所得税申报。"),
              J("break", "职业空档（照顾家人）", "", "2019-01", "2020-09"),
              J("job", "出纳", "佛山南粤物流有限公司", "2017-07", "2018-12",
                "负责资金收付、银行对账及费用报销审核。")],
         edu=["2013年9月—2017年6月　南陵财经学院　会计学　本科"],
         skill_style="zh_list",
         skills=[("熟练使用", [S("用友", "yonyou"), S("金蝶", "kingdee")], "财务软件"),
                 ("精通", [S("Excel", "excel")], "函数与数据透视表"),
                 ("熟悉", [S("税务申报", "tax filing"), S("财务报表", "financial reporting"),
                          S("成本核算", "cost accounting")], "")],
         hidden={"mode": "white",
                 "lines": ["精通 SAP、Python、机器学习、区块链",
                           "2005年1月—2016年12月　某跨国集团　财务总监（11年）"],
                 "fake": ["机器学习", "某跨国集团", "2005年1月"]},
         protected=[("marital_status", "婚姻状况", "已婚")],
         extra_tags=["hidden_text", "career_break"]),
    dict(id="zh06_career_centre", lang="zh", fmt="pdf", layout="pdf_career",
         logo=["江南科技大学", "学生就业指导中心　·　毕业生推荐简历"],
         name="孙一鸣", name_display="孙一鸣", role="数据分析（应届生）", location="江苏无锡",
         emails=["sunyiming@jnkd.example.edu", "sym2003@example.net"],
         phones=[("", "152-0510-3366", "+8615205103366")], dates="dot",
         summary="统计学专业2026届本科毕业生，具备扎实的统计基础和数据处理能力。",
         exp=[J("intern", "数据分析实习生", "无锡数联科技有限公司", "2025-07", "2025-09",
                "搭建用户留存分析报表，优化埋点口径。"),
              J("intern", "市场调研实习生", "苏州禾木咨询有限公司", "2024-07", "2024-08",
                "问卷设计与SPSS数据分析。"),
              J("vol", "支教志愿者", "云南山区暑期支教项目", "2023-07", "2023-08",
                "为小学生开设数学兴趣课。")],
         edu=["2022.09–2026.06　江南科技大学　统计学　本科（GPA 3.7/4.0）"],
         skill_style="table",
         skills=[("编程语言", [S("Python", "python"), S("SQL", "sql")]),
                 ("分析工具", [S("Tableau", "tableau"), S("SPSS", "spss"), S("Excel", "excel")]),
                 ("方法", [S("机器学习", "machine learning"), S("统计建模", "statistical modeling")])],
         protected=[("political_affiliation", "政治面貌", "共青团员"), ("birth_date", "出生年月", "2003.05")],
         extra_tags=["new_grad", "zero_experience", "logo_above_name", "two_emails"]),
    dict(id="zh07_bilingual_header", lang="zh", fmt="pdf", layout="pdf_bilingual",
         name="林嘉怡", name_display="林嘉怡", name_en="Lin Jiayi", role="前端开发工程师", location="广东深圳",
         emails=["linjiayi@example.com"],
         phones=[("", "+86 135 1234 5678", "+8613512345678"), ("香港：", "+852 6123 4567", "+85261234567")],
         dates="slash",
         summary="九年前端开发经验，熟悉大型中后台与小程序项目的工程化建设。",
         exp=[J("job", "前端开发工程师", "深圳星河互动科技有限公司", "2021-11", None,
                "负责营销活动平台前端架构，首屏时间缩短50%。"),
              J("contract", "前端开发工程师（合同制）", "香港澄明数码有限公司", "2019-03", "2021-10",
                "为零售客户开发会员系统与微信小程序。"),
              J("free", "自由职业网页设计师", "自由职业", "2017-01", "2019-02",
                "为中小企业制作官网与落地页。")],
         edu=["2013/09 - 2017/06　北辰理工大学　软件工程　本科"],
         skill_style="table",
         skills=[("前端", [S("Vue", "vue"), S("React", "react"), S("TypeScript", "typescript")]),
                 ("工程化", [S("Webpack", "webpack"), S("Vite", "vite")]),
                 ("其他", [S("Node.js", "node.js"), S("微信小程序", "wechat mini program")])],
         protected=[], extra_tags=["bilingual_name", "two_phones", "hk_phone", "freelance"]),
    dict(id="zh08_table_resume", lang="zh", fmt="docx", layout="docx_zh_table",
         name="王建国", name_display="王建国", role="土建项目经理", location="山东济南",
         emails=["wangjianguo@example.com"],
         phones=[("", "139 5367 2210", "+8613953672210"), ("办公电话：", "0531-8899 6621", "+8653188996621")],
         dates="nian",
         summary="十三年房建施工管理经验，持有一级建造师证书，吃苦耐劳，服从安排。",
         exp=[J("job", "项目经理", "山东泰岳建设工程有限公司", "2018-04", None,
                "负责3个住宅项目的进度、质量、安全与成本管理。"),
              J("job", "施工员", "潍坊宏基建筑有限公司", "2013-07", "2018-03",
                "负责现场施工组织、技术交底与质量检查。")],
         edu=["2009年9月—2013年6月　北辰理工大学　土木工程　本科"],
         skill_style="zh_list",
         skills=[("熟练使用", [S("AutoCAD", "autocad"), S("广联达", "glodon")], "进行图纸审核与算量"),
                 ("掌握", [S("BIM", "bim"), S("Revit", "revit")], "建模"),
                 ("具备", [S("项目管理", "project management"), S("成本控制", "cost control")], "能力")],
         protected=[("gender", "性别", "男"), ("birth_date", "出生年月", "1990年8月"), ("ethnicity", "民族", "汉族"),
                    ("native_place", "籍贯", "山东潍坊"), ("political_affiliation", "政治面貌", "中共党员"),
                    ("photo", None, "placeholder")],
         extra_tags=["table_resume", "landline", "photo_placeholder"]),
    dict(id="zh09_header_part", lang="zh", fmt="docx", layout="docx_header_part",
         name="赵明轩", name_display="赵明轩", role="HRBP", location="上海",
         emails=["zhaomx@example.com"], phones=[("电话 ", "186-2101-3345", "+8618621013345")],
         dates="dot",
         summary="近十年人力资源经验，从招聘专员成长为互联网公司HRBP。",
         exp=[J("job", "HRBP", "上海云杉科技有限公司", "2021-05", None,
                "支持研发中心300人团队的组织发展与绩效管理。"),
              J("job", "招聘专员", "上海华锦人力资源服务有限公司", "2017-02", "2021-04",
                "年均完成中高端岗位招聘80余人。")],
         edu=["2013.09–2017.06　南陵师范大学　人力资源管理　本科"],
         skill_style="bullets",
         skills=[(None, [S("招聘", "recruiting"), S("员工关系", "employee relations"),
                         S("绩效管理", "performance management"), S("薪酬福利", "compensation and benefits"),
                         S("北森", "beisen"), S("Excel", "excel")])],
         protected=[], extra_tags=["name_in_page_header"]),
    dict(id="zh10_two_column", lang="zh", fmt="docx", layout="docx_two_col",
         name="何俊杰", name_display="何俊杰", role="运维开发工程师", location="北京",
         emails=["hejunjie@example.com"],
         phones=[("手机：", "137-1800-2468", "+8613718002468"), ("座机：", "010-6275 8891", "+861062758891")],
         dates="slash",
         summary="十年Linux运维与DevOps经验，熟悉监控告警与容器平台建设。",
         exp=[J("job", "运维开发工程师", "北京极光云数据有限公司", "2020-08", None,
                "建设基于Kubernetes的容器平台，支撑500+服务。"),
              J("job", "系统运维工程师", "北京中科信达网络有限公司", "2016-07", "2020-07",
                "负责IDC服务器与网络运维，编写自动化巡检脚本。"),
              J("pt", "技术顾问（兼职）", "北京青禾教育科技有限公司", "2019-01", "2020-12",
                "为在线教育平台提供运维架构咨询。")],
         edu=["2012/09 - 2016/06　北辰理工大学　网络工程　本科"],
         skill_style="bullets",
         skills=[(None, [S("Linux", "linux"), S("Shell", "shell"), S("Python", "python"), S("Ansible", "ansible"),
                         S("Prometheus", "prometheus"), S("Zabbix", "zabbix"), S("Kubernetes", "kubernetes"),
                         S("Nginx", "nginx")])],
         protected=[], extra_tags=["two_column", "landline", "overlap"]),
    dict(id="zh11_photo_table", lang="zh", fmt="docx", layout="docx_photo_table",
         name="吴静怡", name_display="吴静怡", role="高中英语教师", location="湖北武汉",
         emails=["wujingyi@example.com"], phones=[("手机：", "135-5420-8866", "+8613554208866")],
         dates="nian",
         summary="十一年高中英语教学经验，曾获区级优质课一等奖。",
         exp=[J("job", "高中英语教师", "武汉市南湖外国语学校", "2015-08", None,
                "担任高三班主任，所带班级高考英语平均分128分。"),
              J("pt", "英语培训讲师（兼职）", "江城启航教育", "2016-03", "2018-06",
                "周末雅思阅读与写作课程。"),
              J("vol", "研究生支教团成员", "湖北恩施某乡村中学", "2013-09", "2014-06",
                "支教一年，承担初二英语教学。")],
         edu=["2011年9月—2015年6月　南陵师范大学　英语　本科"],
         skill_style="zh_list",
         skills=[("", [S("教学设计", "instructional design"), S("课堂管理", "classroom management")], "能力扎实"),
                 ("熟练使用", [S("PowerPoint", "powerpoint")], "制作多媒体课件"),
                 ("持有", [S("TESOL", "tesol")], "国际英语教师证书"),
                 ("英语专业八级（", [S("TEM-8", [])], "）")],
         protected=[("photo", None, "image:avatar_zh11.png"), ("age", "年龄", "33岁"),
                    ("marital_status", "婚姻状况", "已婚")],
         extra_tags=["photo_image", "overlap", "volunteering", "spoken_language_in_skills"]),
    dict(id="zh12_target_role_first", lang="zh", fmt="docx", layout="docx_target_role",
         name="宋立群", name_display="宋立群", role="大客户销售经理", location="重庆",
         emails=["songliqun@example.com"], phones=[("", "139-8345-6712", "+8613983456712")],
         dates="year",
         summary="十余年医疗器械与医药销售经验，退役军人，执行力强。",
         exp=[J("job", "大客户经理", "重庆渝达医疗器械有限公司", "2019", None,
                "负责三甲医院客户开发，年销售额3000万元。"),
              J("job", "销售代表", "成都康泰医药有限公司", "2014", "2018",
                "负责区域医院与药店渠道维护。"),
              J("mil", "士兵", "中国人民武装警察部队某部", "2010", "2012",
                "服役期间两次获嘉奖。")],
         edu=["2012—2014　西南商贸职业学院　市场营销　专科"],
         skill_style="zh_list",
         skills=[("", [S("客户关系管理", "customer relationship management"), S("商务谈判", "negotiation")], ""),
                 ("熟悉医院", [S("招投标", "tendering")], "流程"),
                 ("熟练使用", [S("Salesforce", "salesforce"), S("Excel", "excel")], ""),
                 ("擅长", [S("市场开拓", "business development")], "")],
         protected=[("height_weight", "身高", "180cm")],
         extra_tags=["target_role_first_line", "military", "bare_years"]),
    dict(id="zh13_spaced_name", lang="zh", fmt="docx", layout="docx_letterspaced",
         name="王芳", name_display="王　芳", role="行政主管", location="陕西西安",
         emails=["wangfang.admin@example.com"], phones=[("电话：", "029-8866 1234", "+862988661234"),
                                                      ("手机：", "188-2903-5566", "+8618829035566")],
         dates="dot",
         summary="八年行政管理经验，擅长会务组织、档案管理与行政流程优化。",
         exp=[J("job", "行政主管", "西安秦川电子有限公司", "2022-01", None,
                "管理行政团队5人，年度行政费用下降12%。"),
              J("break", "职业空档（备考）", "", "2021-07", "2021-12"),
              J("job", "行政助理", "西安长安文旅发展有限公司", "2018-07", "2021-06",
                "负责公司会议、接待及固定资产管理。")],
         edu=["2014.09–2018.06　秦岭大学　行政管理　本科"],
         skill_style="zh_list",
         skills=[("熟练使用 ", [S("Word", "word"), S("Excel", "excel"), S("PowerPoint", "powerpoint")], " 等办公软件"),
                 ("擅长", [S("公文写作", "business writing"), S("会务组织", "event planning"),
                          S("档案管理", "records management")], "")],
         protected=[("gender", "性别", "女"), ("age", "年龄", "30岁"), ("health", "健康状况", "身体健康")],
         extra_tags=["name:letter_spaced", "career_break", "landline"]),
    dict(id="zh14_table_title_first", lang="zh", fmt="docx", layout="docx_zh_table2",
         name="郭志强", name_display="郭志强", role="电气工程师", location="河南郑州",
         emails=["guozhiqiang@example.com"], phones=[("", "158-3712-0099", "+8615837120099")],
         dates="slash",
         summary="十五年电气设计与自动化调试经验，熟悉配电柜与PLC控制系统。",
         exp=[J("job", "电气工程师", "郑州中原电力设备有限公司", "2015-03", None,
                "负责高低压配电柜电气设计及现场调试。"),
              J("job", "电气技术员", "洛阳宏远自动化有限公司", "2011-07", "2015-02",
                "完成PLC程序编写与设备安装调试。")],
         edu=["2007/09 - 2011/06　滨海工业大学　电气工程及其自动化　本科"],
         skill_style="table",
         skills=[("控制系统", [S("PLC", "plc"), S("SCADA", "scada")]),
                 ("设计软件", [S("AutoCAD Electrical", "autocad electrical"), S("EPLAN", "eplan")]),
                 ("专业能力", [S("电气设计", "electrical design")])],
         protected=[("birth_date", "出生年月", "1988.11"), ("native_place", "户口所在地", "河南郑州")],
         extra_tags=["table_resume", "title_not_name"]),
    dict(id="zh15_txt_equals", lang="zh", fmt="txt", layout="txt_equals",
         name="马晓东", name_display="马晓东", role="软件测试工程师", location="天津",
         emails=["maxiaodong@example.com"], phones=[("手机：", "130 2266 4580", "+8613022664580")],
         dates="dot",
         summary="七年软件测试经验，熟悉接口自动化与性能测试。",
         exp=[J("job", "测试工程师", "天津海河软件有限公司", "2019-04", None,
                "搭建接口自动化框架，覆盖核心接口600余个。"),
              J("intern", "测试实习生", "天津海河软件有限公司", "2018-10", "2019-03",
                "编写功能测试用例并执行回归测试。")],
         edu=["2015.09–2019.06　渤海理工学院　计算机科学与技术　本科"],
         skill_style="zh_list",
         skills=[("熟练使用 ", [S("Selenium", "selenium"), S("JMeter", "jmeter"), S("Postman", "postman")], " 等测试工具"),
                 ("熟悉 ", [S("Python", "python")], " 自动化脚本编写"),
                 ("掌握", [S("接口测试", "api testing"), S("性能测试", "performance testing")], "方法"),
                 ("使用 ", [S("Jira", "jira")], " 进行缺陷管理")],
         protected=[], extra_tags=["internship"]),
    dict(id="zh16_txt_email_first", lang="zh", fmt="txt", layout="txt_email_first",
         name="唐晓梅", name_display="唐晓梅", role="临床护士", location="湖南长沙",
         emails=["tangxiaomei@example.com"], phones=[("电话：", "173-0731-5522", "+8617307315522")],
         dates="nian",
         summary="十年三甲医院临床护理经验，熟悉重症监护与急救护理。",
         exp=[J("job", "护师", "长沙市第五人民医院", "2016-08", None,
                "重症医学科护理工作，带教实习护士。"),
              J("intern", "实习护士", "长沙市第五人民医院", "2015-07", "2016-06",
                "内外科轮转实习。")],
         edu=["2012年9月—2016年6月　湘江医学院　护理学　本科"],
         skill_style="bullets",
         skills=[(None, [S("静脉穿刺", "venipuncture"), S("急救护理", "emergency care"), S("重症监护", "critical care"),
                         S("护理文书书写", "nursing documentation")])],
         protected=[("native_place", "籍贯", "湖南岳阳"), ("ethnicity", "民族", "汉"),
                    ("height_weight", "身高", "165cm"), ("political_affiliation", "政治面貌", "群众")],
         extra_tags=["email_before_name"]),
    dict(id="zh17_txt_plain", lang="zh", fmt="txt", layout="txt_plain",
         name="罗海峰", name_display="罗海峰", role="供应链主管", location="浙江宁波",
         emails=["luohaifeng@example.com"],
         phones=[("手机：", "139-5742-1188", "+8613957421188"), ("座机：", "(0574) 8765 4321", "+8657487654321")],
         dates="nian",
         summary="十余年进出口物流与供应链管理经验，持报关员资格证。",
         exp=[J("job", "供应链主管", "宁波港通国际物流有限公司", "2020-06", None,
                "管理进口原料供应链，年货量2万TEU。"),
              J("job", "报关员", "宁波甬兴货运代理有限公司", "2015", "2020",
                "负责进出口报关单证审核与申报。")],
         edu=["2011年9月—2014年6月　甬江职业技术学院　国际贸易　专科"],
         skill_style="bullets",
         skills=[(None, [S("报关", "customs clearance"), S("SAP", "sap"), S("WMS", "wms"),
                         S("供应链管理", "supply chain management"), S("Excel", "excel")])],
         protected=[], extra_tags=["title_not_name", "landline", "bare_years", "overlap"]),
    dict(id="zh18_md_heading", lang="zh", fmt="md", layout="md_heading_title",
         name="周子涵", name_display="周子涵", role="产品经理", location="北京",
         emails=["zhouzihan@example.com"], phones=[("", "+86 186 0011 2233", "+8618600112233")],
         dates="dot",
         summary="八年互联网产品经验，负责过在线教育与内容社区产品。",
         exp=[J("job", "高级产品经理", "北京拾光科技有限公司", "2021-09", None,
                "负责社区内容推荐产品，DAU提升35%。"),
              J("job", "产品经理", "北京蓝鲸在线教育科技有限公司", "2018-04", "2021-08",
                "主导直播课产品从0到1上线。"),
              J("intern", "产品助理（实习）", "北京蓝鲸在线教育科技有限公司", "2017-07", "2017-12",
                "竞品分析与需求文档整理。")],
         edu=["2014.09–2018.06　青岚大学　信息管理与信息系统　本科"],
         skill_style="bullets",
         skills=[(None, [S("Axure", "axure"), S("Figma", "figma"), S("SQL", "sql"),
                         S("需求分析", "requirements analysis"), S("用户研究", "user research"),
                         S("数据分析", "data analysis")])],
         protected=[], extra_tags=["internship"]),
    dict(id="zh19_md_quote", lang="zh", fmt="md", layout="md_heading_quote",
         name="冯子豪", name_display="冯子豪", role="算法工程师", location="广东深圳",
         emails=["fengzihao@example.com"], phones=[("", "138-2651-7090", "+8613826517090")],
         dates="dash",
         summary="计算机视觉方向算法工程师，熟悉目标检测与模型部署。",
         exp=[J("job", "算法工程师", "深圳智图视觉科技有限公司", "2022-07", None,
                "负责工业缺陷检测模型研发，检出率提升至99.2%。"),
              J("job", "算法工程师", "深圳鹏城数智有限公司", "2020-07", "2022-06",
                "OCR模型训练与端侧部署。")],
         edu=["2017-09 ~ 2020-06　北辰理工大学　模式识别　硕士"],
         skill_style="table",
         skills=[("编程语言", [S("Python", "python"), S("C++", "c++")]),
                 ("框架", [S("PyTorch", "pytorch"), S("TensorFlow", "tensorflow")]),
                 ("方向", [S("计算机视觉", "computer vision"), S("自然语言处理", "nlp")])],
         protected=[("age", "年龄", "31")],
         extra_tags=[]),
    dict(id="zh20_md_bars", lang="zh", fmt="md", layout="md_heading_title",
         name="欧阳晓雯", name_display="欧阳晓雯", role="财务分析师", location="福建厦门",
         emails=["ouyangxiaowen@example.com"], phones=[("", "159-5920-3344", "+8615959203344")],
         dates="nian",
         summary="九年审计与财务分析经验，注册会计师（CPA）。",
         exp=[J("job", "财务分析师", "厦门鹭岛供应链股份有限公司", "2020-03", None,
                "搭建经营分析模型，支持月度经营会决策。"),
              J("job", "审计助理", "厦门瑞诚会计师事务所", "2017-07", "2020-02",
                "参与上市公司年报审计项目8个。")],
         edu=["2013年9月—2017年6月　鹭江大学　财务管理　本科"],
         skill_style="bars",
         skills=[(None, [S("Excel", "excel", 5), S("Power BI", "power bi", 4), S("SQL", "sql", 3),
                         S("SAP", "sap", 3), S("财务建模", "financial modeling", 4), S("预算管理", "budgeting", 4)])],
         protected=[("marital_status", "婚育状况", "已婚已育")],
         extra_tags=["compound_surname", "skill_bars"]),
]

JOBS = {
    "cf1": {"counterfactual_group": "D6-CF1",
            "job": {"job_id": "D6-J1", "title": "Data Analyst", "required_skills": ["sql", "python", "tableau"],
                    "nice_to_have": ["excel", "power bi"], "min_years": 3}},
    "cf2": {"counterfactual_group": "D6-CF2",
            "job": {"job_id": "D6-J2", "title": "Java后端开发工程师",
                    "required_skills": ["java", "spring boot", "mysql"],
                    "nice_to_have": ["redis", "docker"], "min_years": 3}},
}

# ----------------------------------------------------------------------------
# rendering helpers shared by all formats
# ----------------------------------------------------------------------------
H = {"en": {"summary": "Summary", "exp": "Experience", "edu": "Education", "skills": "Skills",
            "lang": "Languages", "pd": "Personal Details"},
     "zh": {"summary": "自我评价", "exp": "工作经历", "edu": "教育背景", "skills": "专业技能",
            "lang": "语言能力", "pd": "基本信息"}}


def bar(level):
    return "●" * level + "○" * (5 - level)


def skill_lines(r):
    """Return list of (kind, payload): kind 'line' text, 'li' bullet, 'row' (cat, text)."""
    st = r["skill_style"]
    zh = r["lang"] == "zh"
    joiner = "、" if zh else ", "
    out = []
    for g in r["skills"]:
        if st == "zh_list":
            pre, items, suf = g
            out.append(("line", f"{len(out) + 1}. {pre}{joiner.join(i['d'] for i in items)}{suf}"))
            continue
        cat, items = g
        if st == "comma":
            txt = joiner.join(i["d"] for i in items)
            out.append(("line", f"{cat}: {txt}" if cat else txt))
        elif st == "bullets":
            out += [("li", i["d"]) for i in items]
        elif st == "table":
            out.append(("row", (cat, joiner.join(i["d"] for i in items))))
        elif st == "bars":
            out += [("line", f"{i['d']}  {bar(i['level'])}") for i in items]
    return out


def all_skill_items(r):
    items = []
    for g in r["skills"]:
        items += g[1]
    if r.get("summary_skills"):
        items += r["summary_skills"][1]
    return items


def summary_text(r):
    s = r["summary"]
    if r.get("summary_skills"):
        pre, items = r["summary_skills"]
        s += " " + pre + ", ".join(i["d"] for i in items) + "."
    return s


def pd_lines(r):
    zh = r["lang"] == "zh"
    out = []
    for attr, lab, val in r["protected"]:
        if attr == "photo":
            continue
        out.append(f"{lab}：{val}" if zh else f"{lab}: {val}")
    return out


def photo_of(r):
    for attr, lab, val in r["protected"]:
        if attr == "photo":
            return val
    return None


def contact_items(r):
    zh = r["lang"] == "zh"
    items = []
    for pre, disp, _ in r["phones"]:
        items.append(f"{pre}{disp}")
    for i, e in enumerate(r["emails"]):
        items.append(("邮箱：" if zh and i == 0 else "") + e)
    if r.get("location"):
        items.append(r["location"])
    items += r.get("links", [])
    return items


def job_head(e, r):
    """(left, right) for an experience entry."""
    zh = r["lang"] == "zh"
    d = fmt_range(e, r)
    if zh:
        left = f"{e['org']}　{e['title']}" if e["org"] else e["title"]
    else:
        left = f"{e['title']}, {e['org']}" if e["org"] else e["title"]
    return left, d


def body_blocks(r, with_pd=True, with_skills=True, with_summary=True, with_exp=True, with_edu=True):
    h = H[r["lang"]]
    zh = r["lang"] == "zh"
    b = []
    if with_summary:
        b += [("h", "Professional Summary" if r["layout"] == "docx_header_part" and not zh else h["summary"]),
              ("p", summary_text(r))]
    if with_pd and pd_lines(r):
        b.append(("h", h["pd"]))
        b += [("p", x) for x in pd_lines(r)]
    if with_exp:
        b.append(("h", h["exp"]))
        for e in r["exp"]:
            left, right = job_head(e, r)
            b.append(("job", left, right))
            b += [("li", x) for x in e["bullets"]]
    if with_edu:
        b.append(("h", h["edu"]))
        b += [("p", x) for x in r["edu"]]
    if with_skills and r["skill_style"] != "summary":
        b.append(("h", h["skills"]))
        for k, v in skill_lines(r):
            b.append((k if k != "row" else "row", v))
    if r.get("languages"):
        b.append(("h", h["lang"]))
        b.append(("p", ", ".join(r["languages"])))
    return b


# ----------------------------------------------------------------------------
# images
# ----------------------------------------------------------------------------
def make_avatar(fn, seed):
    path = os.path.join(ASSETS, fn)
    bg = [(214, 226, 240), (236, 222, 210), (220, 236, 220), (232, 220, 236), (240, 236, 214)][seed % 5]
    fg = [(90, 110, 140), (140, 100, 80), (80, 120, 90), (120, 90, 130), (130, 120, 70)][seed % 5]
    im = Image.new("RGB", (240, 300), bg)
    d = ImageDraw.Draw(im)
    d.ellipse((75, 50, 165, 150), fill=fg)
    d.ellipse((35, 165, 205, 360), fill=fg)
    im.save(path, format="PNG", optimize=False)
    return path


# ----------------------------------------------------------------------------
# PDF
# ----------------------------------------------------------------------------
FONTS_DONE = False


def reg_fonts():
    global FONTS_DONE
    if FONTS_DONE:
        return
    d = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    FONTS_DONE = True


TOKEN = re.compile(r"[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+\s*|\s+|.")


def wrap(text, font, size, width):
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if pdfmetrics.stringWidth(cur + tok.rstrip(), font, size) <= width or not cur:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok.lstrip()
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


class PW:
    def __init__(self, path, lang, compress=1):
        reg_fonts()
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=compress)
        self.c.setTitle("Resume")
        self.c.setAuthor("")
        self.W, self.Hh = A4
        self.f = "WQY" if lang == "zh" else "DV"
        self.fb = "WQY" if lang == "zh" else "DVB"
        self.x0, self.x1 = 50, self.W - 50
        self.y = self.Hh - 50
        self.bottom = 50

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.x0, self.x1 = 50, self.W - 50
            self.y = self.Hh - 50

    def text(self, s, size=10, bold=False, indent=0, lead=1.35, center=False, color=(0, 0, 0)):
        font = self.fb if bold else self.f
        for ln in wrap(s, font, size, self.x1 - self.x0 - indent):
            self.need(size * lead)
            self.y -= size * lead
            self.c.setFont(font, size)
            self.c.setFillColorRGB(*color)
            if center:
                self.c.drawCentredString((self.x0 + self.x1) / 2, self.y, ln)
            else:
                self.c.drawString(self.x0 + indent, self.y, ln)
        self.c.setFillColorRGB(0, 0, 0)

    def rule(self, gap=6, width=0.5):
        self.y -= gap
        self.c.setLineWidth(width)
        self.c.line(self.x0, self.y, self.x1, self.y)
        self.y -= 2

    def blocks(self, bl, zh=False):
        for b in bl:
            k = b[0]
            if k == "h":
                self.need(40)
                self.y -= 8
                self.text(b[1], 12, bold=True)
                self.c.setLineWidth(0.3)
                self.c.line(self.x0, self.y - 3, self.x1, self.y - 3)
                self.y -= 4
            elif k == "p":
                self.text(b[1], 10)
            elif k == "li":
                self.text(("· " if self.f == "WQY" else "• ") + b[1], 10, indent=10)
            elif k == "line":
                self.text(b[1], 10)
            elif k == "row":
                cat, txt = b[1]
                self.need(16)
                self.y -= 14
                self.c.setFont(self.fb, 10)
                self.c.drawString(self.x0, self.y, cat)
                self.c.setFont(self.f, 10)
                self.c.drawString(self.x0 + 110, self.y, "|  " + txt)
            elif k == "job":
                self.need(30)
                self.y -= 6
                self.y -= 14
                self.c.setFont(self.fb, 10.5)
                self.c.drawString(self.x0, self.y, b[1])
                wl = pdfmetrics.stringWidth(b[1], self.fb, 10.5)
                wr = pdfmetrics.stringWidth(b[2], self.f, 10)
                if wl + wr + 16 > self.x1 - self.x0:  # no room: date on its own line
                    self.y -= 13
                self.c.setFont(self.f, 10)
                self.c.drawRightString(self.x1, self.y, b[2])

    def hidden(self, h):
        if not h:
            return
        self.y -= 14
        for ln in h["lines"]:
            self.need(14)
            self.y -= 13
            if h["mode"] == "white":
                self.c.setFillColorRGB(1, 1, 1)
                self.c.setFont(self.f, 9)
                self.c.drawString(self.x0, self.y, ln)
                self.c.setFillColorRGB(0, 0, 0)
            else:  # render mode 3: neither fill nor stroke
                t = self.c.beginText(self.x0, self.y)
                t.setFont(self.f, 9)
                t.setTextRenderMode(3)
                t.textLine(ln)
                t.setTextRenderMode(0)
                self.c.drawText(t)

    def save(self):
        self.c.showPage()
        self.c.save()


def pdf_render(r, path):
    zh = r["lang"] == "zh"
    L = r["layout"]
    pw = PW(path, r["lang"], compress=0 if (r.get("hidden") or {}).get("mode") == "tr3" else 1)
    c = pw.c
    photo = photo_of(r)
    sep = "  |  " if not zh else "　|　"
    if L == "pdf_centered":
        if photo and photo.startswith("image:"):
            c.drawImage(os.path.join(ASSETS, photo[6:]), pw.x1 - 62, pw.Hh - 130, 62, 78)
        pw.y -= 10
        pw.text(r["name_display"], 26, bold=True, center=True, lead=1.2)
        pw.text(r["role"], 12, center=True)
        pw.rule(8, 0.4)
        pw.text(sep.join(contact_items(r)), 9, center=True)
        pw.blocks(body_blocks(r))
    elif L == "pdf_sidebar":
        sw = 175
        c.setFillColorRGB(0.93, 0.94, 0.96)
        c.rect(0, 0, sw, pw.Hh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawImage(os.path.join(ASSETS, photo[6:]), 40, pw.Hh - 160, 92, 115)
        side = PW.__new__(PW)
        side.__dict__.update(pw.__dict__)
        side.x0, side.x1, side.y = 18, sw - 12, pw.Hh - 175
        side.text("联系方式" if zh else "CONTACT", 11, bold=True)
        for it in contact_items(r):
            side.text(it, 8.5)
        if pd_lines(r):
            side.y -= 8
            side.text(H[r["lang"]]["pd"] if zh else "PERSONAL", 11, bold=True)
            for x in pd_lines(r):
                side.text(x, 8.5)
        side.y -= 8
        side.text(H[r["lang"]]["skills"] if zh else "SKILLS", 11, bold=True)
        for k, v in skill_lines(r):
            side.text(v, 8.5)
        pw.x0 = sw + 25
        pw.y = pw.Hh - 45
        pw.text(r["name_display"], 24, bold=True, lead=1.2)
        pw.text(r["role"], 12)
        pw.y -= 6
        pw.blocks(body_blocks(r, with_pd=False, with_skills=False))
    elif L == "pdf_split":
        for part in r["name_display"]:
            pw.text(part, 30, bold=True, lead=1.15)
        pw.text(r["role"].upper(), 11)
        pw.rule(6, 1.2)
        pw.text(sep.join(contact_items(r)), 9)
        pw.blocks(body_blocks(r))
    elif L == "pdf_career":
        c.setFillColorRGB(0.10, 0.22, 0.45)
        c.rect(pw.x0, pw.Hh - 78, 40, 40, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(pw.fb, 14)
        c.drawCentredString(pw.x0 + 20, pw.Hh - 64, "江" if zh else "W")
        c.setFillColorRGB(0.10, 0.22, 0.45)
        c.setFont(pw.fb, 12)
        c.drawString(pw.x0 + 50, pw.Hh - 55, r["logo"][0])
        c.setFont(pw.f, 9)
        c.drawString(pw.x0 + 50, pw.Hh - 70, r["logo"][1])
        c.setFillColorRGB(0, 0, 0)
        pw.y = pw.Hh - 95
        pw.rule(0, 0.3)
        pw.y -= 6
        pw.text(r["name_display"], 22, bold=True, lead=1.25)
        pw.text(r["role"], 11)
        pw.text(sep.join(contact_items(r)), 9)
        pw.blocks(body_blocks(r))
    elif L == "pdf_classic":
        top = pw.Hh - 50
        c.setFont(pw.fb, 22)
        c.drawString(pw.x0, top - 22, r["name_display"])
        c.setFont(pw.f, 11)
        c.drawString(pw.x0, top - 40, r["role"])
        c.setFont(pw.f, 9)
        yy = top - 10
        for it in contact_items(r):
            c.drawRightString(pw.x1, yy, it)
            yy -= 12
        pw.y = min(top - 48, yy - 2)
        pw.rule(2, 0.8)
        pw.blocks(body_blocks(r))
    elif L == "pdf_zh_resume":
        pw.text("个人简历", 14, bold=True, center=True)
        pw.y -= 8
        top = pw.y
        pw.text(r["name_display"], 28, bold=True, lead=1.3)
        pw.text(f"求职意向：{r['role']}　|　期望城市：{r['location']}", 11)
        pw.y -= 4
        kv = [f"{lab}：{val}" for a, lab, val in r["protected"] if a != "photo"]
        kv += [f"{pre or '电话：'}{d}" for pre, d, _ in r["phones"]] + [f"邮箱：{e}" for e in r["emails"]]
        for i in range(0, len(kv), 2):
            pw.need(15)
            pw.y -= 15
            c.setFont(pw.f, 10)
            c.drawString(pw.x0, pw.y, kv[i])
            if i + 1 < len(kv):
                c.drawString(pw.x0 + 190, pw.y, kv[i + 1])
        if photo:
            c.setLineWidth(0.6)
            c.rect(pw.x1 - 80, top - 105, 80, 100)
            c.setFont(pw.f, 10)
            c.drawCentredString(pw.x1 - 40, top - 58, "照片")
            pw.y = min(pw.y, top - 110)
        pw.rule(6, 0.6)
        pw.blocks(body_blocks(r, with_pd=False))
    elif L == "pdf_bilingual":
        c.setFont(pw.fb, 26)
        c.drawString(pw.x0, pw.Hh - 80, r["name_display"])
        w = pdfmetrics.stringWidth(r["name_display"], pw.fb, 26)
        c.setFont(pw.f, 14)
        c.drawString(pw.x0 + w + 14, pw.Hh - 80, r["name_en"])
        pw.y = pw.Hh - 88
        pw.text(r["role"], 12)
        pw.text(sep.join(contact_items(r)), 9)
        pw.rule(4, 0.5)
        pw.blocks(body_blocks(r))
    else:
        raise ValueError(L)
    pw.hidden(r.get("hidden"))
    pw.save()


# ----------------------------------------------------------------------------
# DOCX
# ----------------------------------------------------------------------------
def set_fonts(doc, zh):
    st = doc.styles["Normal"]
    st.font.name = "Calibri" if not zh else "SimSun"
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), "宋体" if zh else "Calibri")


def para(cont, text="", size=None, bold=False, align=None, style=None, space_after=2, hidden=False,
         color=None):
    p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if hidden:
            run.font.hidden = True
        if color:
            run.font.color.rgb = RGBColor(*color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(space_after)
    return p


def first_para(cell, text, size=None, bold=False):
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def docx_blocks(cont, bl):
    for b in bl:
        k = b[0]
        if k == "h":
            para(cont, b[1], 12.5, bold=True, space_after=3, color=(0x1F, 0x3A, 0x5F))
        elif k in ("p", "line"):
            para(cont, b[1])
        elif k == "li":
            para(cont, b[1], style="List Bullet")
        elif k == "row":
            pass  # handled by docx_skill_table
        elif k == "job":
            p = cont.add_paragraph()
            r1 = p.add_run(b[1])
            r1.bold = True
            p.add_run("\t" + b[2])
            p.paragraph_format.space_after = Pt(1)
            p.paragraph_format.space_before = Pt(5)
            p.paragraph_format.tab_stops.add_tab_stop(Inches(6.3), alignment=2)


def docx_body(cont, r, **kw):
    bl = body_blocks(r, **kw)
    rows = [b[1] for b in bl if b[0] == "row"]
    if not rows:
        docx_blocks(cont, bl)
        return
    # render up to skills heading, then a table, then the rest
    i = next(j for j, b in enumerate(bl) if b[0] == "row")
    docx_blocks(cont, bl[:i])
    t = cont.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for cat, txt in rows:
        cells = t.add_row().cells
        first_para(cells[0], cat, bold=True)
        first_para(cells[1], txt)
    docx_blocks(cont, [b for b in bl[i:] if b[0] != "row"])


def fix_zip(path):
    """Rewrite the docx zip with fixed timestamps so the output is deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def docx_render(r, path):
    import datetime
    zh = r["lang"] == "zh"
    L = r["layout"]
    doc = docx.Document()
    set_fonts(doc, zh)
    cp = doc.core_properties
    cp.author = ""
    cp.title = "Resume"
    cp.created = cp.modified = datetime.datetime(2026, 12, 1)
    cp.last_modified_by = ""
    cp.revision = 1
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = sec.bottom_margin = Inches(0.8)
    photo = photo_of(r)
    ci = contact_items(r)
    sep = "  |  " if not zh else "　|　"
    if L == "docx_photo_table":
        t = doc.add_table(rows=1, cols=2)
        t.columns[0].width = Inches(1.3)
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = Inches(1.3), Inches(5.4)
        if photo and photo.startswith("image:"):
            c0.paragraphs[0].add_run().add_picture(os.path.join(ASSETS, photo[6:]), width=Inches(1.1))
        else:
            first_para(c0, "[Photo]" if not zh else "照片")
        first_para(c1, r["name_display"], 22, bold=True)
        para(c1, r["role"], 12)
        for it in ci:
            para(c1, it, 9.5, space_after=0)
        docx_body(doc, r)
    elif L == "docx_header_part":
        hdr = sec.header
        hp = hdr.paragraphs[0]
        run = hp.add_run(r["name_display"])
        run.bold = True
        run.font.size = Pt(18)
        p2 = hdr.add_paragraph()
        p2.add_run(r["role"] + sep + sep.join(ci)).font.size = Pt(9)
        docx_body(doc, r)
    elif L == "docx_letterspaced":
        para(doc, r["name_display"], 20, bold=True, align="c", space_after=0)
        para(doc, r["role"].upper() if not zh else r["role"], 11, align="c")
        para(doc, sep.join(ci), 9, align="c", space_after=8)
        docx_body(doc, r)
    elif L == "docx_caps_creds":
        para(doc, r["name_display"], 22, bold=True, space_after=0)
        para(doc, r["creds"], 11, space_after=2)
        para(doc, r["role"], 11)
        para(doc, sep.join(ci), 9, space_after=8)
        docx_body(doc, r)
    elif L == "docx_two_col":
        t = doc.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width, right.width = Inches(2.2), Inches(4.6)
        first_para(left, r["name_display"], 18, bold=True)
        para(left, r["role"], 11)
        para(left, "联系方式" if zh else "CONTACT", 11, bold=True)
        for it in ci:
            para(left, it, 9, space_after=0)
        if pd_lines(r):
            para(left, H[r["lang"]]["pd"], 11, bold=True)
            for x in pd_lines(r):
                para(left, x, 9)
        para(left, H[r["lang"]]["skills"] if zh else "SKILLS", 11, bold=True)
        for k, v in skill_lines(r):
            para(left, v if k != "row" else f"{v[0]}: {v[1]}", 9, style="List Bullet" if k == "li" else None)
        first_para(right, H[r["lang"]]["summary"], 12, bold=True)
        docx_blocks(right, body_blocks(r, with_pd=False, with_skills=False)[1:])
    elif L == "docx_target_role":
        if zh:
            para(doc, f"应聘岗位：{r['role']}", 12, bold=True, space_after=0)
        else:
            para(doc, r["role"], 13, bold=True, space_after=0)
        para(doc, r["name_display"], 20, bold=True, space_after=2)
        para(doc, sep.join(ci), 9, space_after=8)
        docx_body(doc, r)
    elif L == "docx_plain":
        para(doc, r["name_display"], 20, bold=True, space_after=0)
        para(doc, r["role"], 12)
        para(doc, sep.join(ci), 9, space_after=8)
        docx_body(doc, r)
    elif L == "docx_zh_table":
        para(doc, "个 人 简 历", 18, bold=True, align="c", space_after=6)
        pv = {a: (lab, val) for a, lab, val in r["protected"]}
        t = doc.add_table(rows=5, cols=5)
        t.style = "Table Grid"
        grid = [["姓名", r["name_display"], "性别", pv["gender"][1]],
                ["出生年月", pv["birth_date"][1], "民族", pv["ethnicity"][1]],
                ["籍贯", pv["native_place"][1], "政治面貌", pv["political_affiliation"][1]],
                ["联系电话", r["phones"][0][1], "电子邮箱", r["emails"][0]],
                ["办公电话", r["phones"][1][1], "求职意向", r["role"]]]
        for i, row in enumerate(grid):
            for j, v in enumerate(row):
                first_para(t.cell(i, j), v, bold=(j % 2 == 0))
        ph = t.cell(0, 4).merge(t.cell(3, 4))
        first_para(ph, "照片")
        t.cell(4, 4).text = ""
        t.cell(4, 3).merge(t.cell(4, 4))
        sections = [("教育经历", r["edu"]),
                    ("工作经历", sum(([f"{job_head(e, r)[1]}　{job_head(e, r)[0]}"] + e["bullets"]
                                  for e in r["exp"]), [])),
                    ("专业技能", [v for k, v in skill_lines(r)]),
                    ("自我评价", [r["summary"]])]
        t2 = doc.add_table(rows=0, cols=2)
        t2.style = "Table Grid"
        for title, lines in sections:
            cells = t2.add_row().cells
            first_para(cells[0], title, bold=True)
            first_para(cells[1], lines[0])
            for x in lines[1:]:
                para(cells[1], x, space_after=0)
    elif L == "docx_zh_table2":
        para(doc, "个 人 简 历", 20, bold=True, align="c", space_after=8)
        pv = {a: (lab, val) for a, lab, val in r["protected"]}
        t = doc.add_table(rows=3, cols=4)
        t.style = "Table Grid"
        grid = [["姓　　名", r["name_display"], "出生年月", pv["birth_date"][1]],
                ["学　　历", "本科", "联系电话", r["phones"][0][1]],
                [pv["native_place"][0], pv["native_place"][1], "电子邮箱", r["emails"][0]]]
        for i, row in enumerate(grid):
            for j, v in enumerate(row):
                first_para(t.cell(i, j), v, bold=(j % 2 == 0))
        para(doc, f"求职意向：{r['role']}　　工作地点：{r['location']}", 11, space_after=4)
        docx_body(doc, r, with_pd=False)
    else:
        raise ValueError(L)
    h = r.get("hidden")
    if h:
        assert h["mode"] == "vanish"
        for ln in h["lines"]:
            para(doc, ln, 9, hidden=True)
    doc.save(path)
    fix_zip(path)


# ----------------------------------------------------------------------------
# TXT / MD
# ----------------------------------------------------------------------------
def text_body(r, md=False):
    out = []
    zh = r["lang"] == "zh"
    for b in body_blocks(r):
        k = b[0]
        if k == "h":
            out += ["", f"## {b[1]}" if md else (b[1] if zh else b[1].upper()),
                    *([] if md else ["-" * (len(b[1]) * (2 if zh else 1))])]
        elif k in ("p", "line"):
            out.append(("- " if md and "●" in b[1] else "") + b[1])
        elif k == "li":
            out.append(("- " if md else "* ") + b[1])
        elif k == "row":
            out.append(f"| {b[1][0]} | {b[1][1]} |" if md else f"{b[1][0]} | {b[1][1]}")
        elif k == "job":
            if md and out and out[-1] != "" and not out[-1].startswith("#"):
                out.append("")
            if zh:
                out.append(f"{'**' if md else ''}{b[2]}　{b[1]}{'**' if md else ''}")
            else:
                out.append(f"{'**' if md else ''}{b[1]}{'**' if md else ''} | {b[2]}")
    # markdown table header for skill rows
    if md:
        fixed, seen = [], False
        for ln in out:
            if ln.startswith("| ") and not seen:
                fixed += ["| 类别 | 技能 |" if zh else "| Category | Skills |", "|---|---|"]
                seen = True
            fixed.append(ln)
        out = fixed
    return out


def txt_render(r, path):
    zh = r["lang"] == "zh"
    L = r["layout"]
    ci = contact_items(r)
    lines = []
    if L == "txt_equals":
        lines += ["=" * 44, r["name_display"].center(44).rstrip(), "=" * 44, r["role"]] + ci
    elif L == "txt_email_first":
        em = r["emails"][0]
        rest = [x for x in ci if x.replace("邮箱：", "") != em]
        lines += [("邮箱：" if zh else "") + em, r["name_display"], f"{r['role']} — {r['location']}" if not zh
                  else f"求职意向：{r['role']}"] + [x for x in rest if x != r["location"]]
    elif L == "txt_plain":
        if zh:
            lines += ["个人简历", "", f"姓名：{r['name_display']}", f"求职意向：{r['role']}"] + \
                     [x if x.startswith(("手机", "座机", "邮箱")) else x for x in ci]
        else:
            lines += [r["name_display"], r["role"], " | ".join(ci)]
    body = text_body(r)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines + body) + "\n")


def md_render(r, path):
    zh = r["lang"] == "zh"
    L = r["layout"]
    ci = contact_items(r)
    lines = []
    if L == "md_heading_title":
        lines += [f"# {r['name_display']} — {r['role']}", "", " · ".join(ci)]
    elif L == "md_heading_quote":
        lines += [f"# {r['name_display']}", "", f"> **{r['role']}** · {r['location']}", ""]
        lines += [f"- {x}" for x in ci if x != r["location"]]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines + text_body(r, md=True)) + "\n")


# ----------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------
def labels_for(r):
    skills = []
    for it in all_skill_items(r):
        for lab in it["labels"]:
            if lab not in skills:
                skills.append(lab)
    months, years = total_years(r["exp"])
    prot = []
    for a, _, _ in r["protected"]:
        if a not in prot:
            prot.append(a)
    return {"name": r["name"], "emails": [e.lower() for e in r["emails"]],
            "phones": [p[2] for p in r["phones"]], "total_experience_years": years,
            "skills": skills, "protected": sorted(prot), "no_text": False}


def tags_for(r):
    kinds = {e["kind"] for e in r["exp"]}
    t = [r["lang"], r["fmt"], "layout:" + r["layout"], "skills:" + r["skill_style"], "dates:" + r["dates"]]
    if r["protected"]:
        t.append("protected")
    if photo_of(r):
        t.append("photo")
    if r.get("cf"):
        t.append(r["cf"])
    if r.get("hidden"):
        t += ["hidden_text", "hidden:" + r["hidden"]["mode"]]
    for k, tag in [("intern", "internship"), ("vol", "volunteering"), ("mil", "military"),
                   ("break", "career_break"), ("leave", "parental_leave"), ("pt", "part_time"),
                   ("free", "freelance"), ("contract", "contract")]:
        if k in kinds:
            t.append(tag)
    if has_overlap(r["exp"]):
        t.append("overlap")
    if any(e["start"][1] is None for e in r["exp"]):
        t.append("bare_years")
    for x in r.get("extra_tags", []):
        if x not in t:
            t.append(x)
    return t


def ext(r):
    return {"pdf": "pdf", "docx": "docx", "txt": "txt", "md": "md"}[r["fmt"]]


def build():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(ASSETS, exist_ok=True)
    for fn in os.listdir(OUT):
        os.remove(os.path.join(OUT, fn))
    seeds = {}
    for r in RESUMES:
        p = photo_of(r)
        if p and p.startswith("image:"):
            fn = p[6:]
            if fn not in seeds:
                seeds[fn] = len(seeds)
                make_avatar(fn, seeds[fn])
    cases = []
    for r in RESUMES:
        fn = f"{r['id']}.{ext(r)}"
        path = os.path.join(OUT, fn)
        {"pdf": pdf_render, "docx": docx_render, "txt": txt_render, "md": md_render}[r["fmt"]](r, path)
        inputs = {"file": f"resumes/{fn}", "language": r["lang"]}
        if r.get("cf"):
            inputs.update(json.loads(json.dumps(JOBS[r["cf"]])))
        cases.append({"name": r["id"], "inputs": inputs, "expected": labels_for(r), "tags": tags_for(r)})
    n_en = sum(r["lang"] == "en" for r in RESUMES)
    n_zh = len(RESUMES) - n_en
    fc = {f: sum(r["fmt"] == f for r in RESUMES) for f in ("pdf", "docx", "txt", "md")}
    desc = (
        f"Written on 2026-12-01 by a sixth independent author who saw neither the parser's code nor the other "
        f"evaluation sets. {len(RESUMES)} invented resumes ({n_en} English, {n_zh} Chinese; {fc['pdf']} PDF, "
        f"{fc['docx']} DOCX, {fc['txt']} TXT, {fc['md']} MD) generated by build_dev6_resumes.py from one "
        "structured definition per resume, which renders both the files and these labels; all people, employers, "
        "schools, e-mails and phones are invented. The set stresses name and contact-block layouts (header tables "
        "beside photo cells, names in the DOCX page header, letter-spaced and all-caps names, credentials lines, "
        "two-column tables, target role above the name, Chinese table resumes, names split over two lines, "
        "career-centre logos above the name, e-mail lines before the name), varied date formats, and recruiter-style "
        "skill lists (comma lists, bullets, category tables, skill bars, Chinese 专业技能 lists). It contains two "
        "counterfactual pairs (D6-CF1, D6-CF2) that differ only in protected attributes, and three hidden-text "
        "cases (DOCX w:vanish, PDF white text, PDF text render mode 3) whose fake skills and years must not count. "
        "Conventions: today is 2026-11-30; name as written without credentials, titles, pronouns or nicknames, "
        "accents kept, letter-spaced or all-caps names in title case, surname-first English forms in natural order, "
        "Chinese names in characters without spaces, null if absent; emails are every visible address in lower "
        "case; phones are every visible number (landlines included) in E.164, country taken from the resume's "
        "location, else en->US and zh->CN; total_experience_years counts professional employment only (full-time, "
        "part-time, contract, freelance, self-employed), not internships, placements, volunteering, education, "
        "military service, career breaks or parental leave, with overlaps counted once, months inclusive "
        "(Mar 2019 - Nov 2021 = 33 months), ongoing roles through 2026-11, a bare start year read as January and a "
        "bare end year as December, months/12 rounded to one decimal; skills are what the resume presents as skills "
        "(skills section or table, or a summary line listing them) as lower-case short English names, vendor "
        "prefixes dropped, Chinese skills translated to their usual English name, no spoken languages, skill-bar "
        "levels ignored; protected lists the visibly present attributes among age, birth_date, gender, "
        "marital_status, nationality, ethnicity, religion, political_affiliation, native_place, height_weight, "
        "health and photo (native_place for 籍贯/户籍/户口, family status under marital_status); no_text is false "
        "for all. Labels were never edited to fit a parser's output.")
    data = {"suite": "resume_dev6", "version": 1, "today": TODAY_STR, "description": desc, "cases": cases}
    with open(os.path.join(HERE, "resume_dev6.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return data


# ----------------------------------------------------------------------------
# verification: re-open every file and check it against the labels
# ----------------------------------------------------------------------------
def docx_texts(path):
    """(visible_text, hidden_text, n_images) in document order incl. tables and headers."""
    d = docx.Document(path)
    vis, hid = [], []

    def walk(el):
        for child in el.iterchildren():
            tag = child.tag.split("}")[1]
            if tag == "p":
                v, h = "", ""
                for rr in child.iter(qn("w:r")):
                    rpr = rr.find(qn("w:rPr"))
                    hidden = rpr is not None and rpr.find(qn("w:vanish")) is not None
                    t = ""
                    for x in rr.iterchildren():
                        if x.tag == qn("w:t"):
                            t += x.text or ""
                        elif x.tag == qn("w:tab"):
                            t += "\t"
                        elif x.tag in (qn("w:br"), qn("w:cr")):
                            t += "\n"
                    if hidden:
                        h += t
                    else:
                        v += t
                vis.append(v)
                if h:
                    hid.append(h)
            elif tag in ("tbl", "tr", "tc", "sdt", "sdtContent"):
                walk(child)

    for s in d.sections:
        walk(s.header._element)
    walk(d.element.body)
    n_img = len(d.inline_shapes)
    return "\n".join(vis), "\n".join(hid), n_img


def pdf_texts(path):
    import pdfplumber
    vis, white, imgs = [], [], 0
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            imgs += len(pg.images)
            iswhite = lambda ch: ch.get("non_stroking_color") in ((1, 1, 1), [1, 1, 1], (1,), [1], 1)
            vis.append(pg.filter(lambda o: o.get("object_type") != "char" or not iswhite(o)).extract_text() or "")
            white.append(pg.filter(lambda o: o.get("object_type") == "char" and iswhite(o)).extract_text() or "")
    raw = open(path, "rb").read()
    return "\n".join(vis), "\n".join(white), imgs, raw


DATE_PT = [
    (re.compile(r"^(Present|present|Current|至今)$"), lambda m: None),
    (re.compile(r"^([A-Z][a-z]+) (\d{4})$"), lambda m: (int(m[2]), (MON.index(m[1]) if m[1] in MON
                                                                      else MONTH.index(m[1])))),
    (re.compile(r"^(\d{2})/(\d{4})$"), lambda m: (int(m[2]), int(m[1]))),
    (re.compile(r"^(\d{4})[./-](\d{2})$"), lambda m: (int(m[1]), int(m[2]))),
    (re.compile(r"^(\d{4})年(\d{1,2})月$"), lambda m: (int(m[1]), int(m[2]))),
    (re.compile(r"^(\d{4})年?$"), lambda m: (int(m[1]), None)),
]


def parse_point(s):
    for rx, fn in DATE_PT:
        m = rx.match(s.strip())
        if m:
            return fn(m)
    raise ValueError(s)


def parse_range(s):
    parts = re.split(r"\s+-\s+|\s*[–—~]\s*|\s+to\s+", s)
    if len(parts) == 1:
        p = parse_point(parts[0])
        return p, p
    assert len(parts) == 2, s
    return parse_point(parts[0]), parse_point(parts[1])


def e164_ok(disp, e164, cc):
    dg = re.sub(r"\D", "", disp)
    if disp.strip().startswith("+"):
        return "+" + dg == e164
    if dg.startswith("0"):
        dg = dg[1:]
    return f"+{cc}{dg}" == e164


def verify(data):
    import unicodedata
    problems = []
    by_id = {r["id"]: r for r in RESUMES}
    for case in data["cases"]:
        r = by_id[case["name"]]
        exp = case["expected"]
        path = os.path.join(HERE, case["inputs"]["file"])
        hidden_txt, n_img, raw = "", 0, b""
        if r["fmt"] == "pdf":
            vis, white, n_img, raw = pdf_texts(path)
            hidden_txt = white
        elif r["fmt"] == "docx":
            vis, hidden_txt, n_img = docx_texts(path)
        else:
            vis = open(path, encoding="utf-8").read()
        vis = unicodedata.normalize("NFC", vis)
        low = vis.lower()
        flat = re.sub(r"[\s\u3000]+", "", low)

        def has(s):
            s = s.lower()
            return s in low or re.sub(r"[\s\u3000]+", "", s) in flat

        def bad(msg):
            problems.append(f"{case['name']}: {msg}")

        # name
        if r["lang"] == "zh":
            if exp["name"] not in flat:
                bad("name missing")
        else:
            for part in exp["name"].split():
                if not has(part):
                    bad(f"name part {part!r} missing")
        # emails / phones
        for e in exp["emails"]:
            if e not in low:
                bad(f"email {e} missing")
        if len(exp["emails"]) != len(set(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", low)) - {
                h.lower() for h in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", hidden_txt)}):
            bad("visible e-mail count differs from label")
        cc = r.get("cc") or ("1" if r["lang"] == "en" else "86")
        for pre, disp, e164 in r["phones"]:
            if not has(disp):
                bad(f"phone {disp} missing")
            if not e164_ok(disp, e164, cc):
                bad(f"phone {disp} -> {e164} inconsistent")
        # dates: visible, and recompute the total from the displayed strings only
        ms = set()
        for e in r["exp"]:
            ds = fmt_range(e, r)
            if not has(ds):
                bad(f"date {ds!r} missing")
            a, b = parse_range(ds)
            if e["kind"] in COUNTED:
                ms |= months_of(a, b)
        if round(len(ms) / 12 + 1e-9, 1) != exp["total_experience_years"]:
            bad(f"total mismatch {len(ms) / 12} vs {exp['total_experience_years']}")
        # skills: each labelled skill comes from a visible display string
        for it in all_skill_items(r):
            if it["labels"] and not has(it["d"]):
                bad(f"skill display {it['d']!r} missing")
        for s in exp["skills"]:
            if s != s.lower() or not re.fullmatch(r"[a-z0-9 .+#&/\-]+", s):
                bad(f"skill label {s!r} not lower-case English")
        # protected values visible
        for a, lab, val in r["protected"]:
            if a == "photo":
                if val.startswith("image:"):
                    if n_img < 1:
                        bad("photo image missing")
                elif not (has("[photo]") or "照片" in vis):
                    bad("photo placeholder missing")
            elif not has(val):
                bad(f"protected {a} value {val!r} missing")
        # hidden text
        h = r.get("hidden")
        if h:
            for fk in h["fake"]:
                if h["mode"] == "tr3":
                    blocks = re.findall(rb"BT[^\n]*? 3 Tr .*?\) Tj", raw)
                    if not any(fk.encode() in bl for bl in blocks):
                        bad(f"{fk} not drawn inside a render-mode-3 text block")
                    if fk.lower() not in low:
                        bad(f"tr3 text {fk} not extractable (should be extractable but invisible)")
                else:
                    if fk.lower() in low:
                        bad(f"hidden fake {fk!r} leaked into visible text")
                    if fk.lower() not in hidden_txt.lower():
                        bad(f"hidden fake {fk!r} not present in hidden layer")
                if fk.lower() in " ".join(exp["skills"]):
                    bad(f"fake skill {fk} labelled")
        else:
            for fk in ("kubernetes", "initech", "globex", "某跨国集团"):
                if fk in hidden_txt.lower():
                    bad("unexpected hidden text")
    # counterfactual pairs: identical labels, identical text apart from protected values
    for g in ("cf1", "cf2"):
        cs = [c for c in data["cases"] if by_id[c["name"]].get("cf") == g]
        if len(cs) != 2 or cs[0]["expected"] != cs[1]["expected"]:
            problems.append(f"{g}: pair labels differ")
        ra, rb = (by_id[c["name"]] for c in cs)
        ka = {k: v for k, v in ra.items() if k not in ("id", "protected")}
        kb = {k: v for k, v in rb.items() if k not in ("id", "protected")}
        if ka != kb:
            problems.append(f"{g}: pair differs beyond protected attributes")
    return problems


if __name__ == "__main__":
    data = build()
    probs = verify(data)
    for p in probs:
        print("PROBLEM", p)
    print(f"built {len(data['cases'])} cases; {len(probs)} problems")
    sys.exit(1 if probs else 0)
