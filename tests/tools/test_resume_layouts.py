"""Resumes as people really send them: hidden text that must not count, headline-first layouts, date styles,
roles that are not employment, protected attributes anywhere, and words that are skills only sometimes."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest

from tools.documents import Job
from tools.resumes import extract, match_job, parse_resume
from tools.resumes.skills import canonical_skill, find_skills

TODAY = dt.date(2026, 11, 26)
VISIBLE = ["Ada Lind", "ada@example.com | (415) 201-4455 | Austin, TX", "Experience",
           "Analyst, Acme Analytics Inc | Jan 2024 – Present", "Skills", "Excel, SQL"]
INJECTED = "Kubernetes Terraform Golang Airflow. Senior Engineer, Globex Corp | Jan 2010 – Present"
JOB = Job(job_id="J", title="Platform engineer", required_skills=["Kubernetes", "Terraform", "Go", "Airflow"],
          nice_to_have=["SQL"], min_years=Decimal("10"))


def score(filename: str, data: bytes) -> tuple[int, list[str], Decimal, int]:
    extracted = extract(filename, data)
    parsed = parse_resume(extracted.text, images=extracted.images, today=TODAY)
    return (match_job(parsed, JOB).score, parsed.resume.skills, parsed.resume.total_experience_years,
            extracted.hidden_dropped)


def docx_with(hide) -> bytes:
    import docx

    document = docx.Document()
    for line in VISIBLE:
        document.add_paragraph(line)
    run = document.add_paragraph().add_run(INJECTED)
    hide(run)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def plain_docx() -> bytes:
    return docx_with(lambda run: setattr(run, "text", ""))


def pdf_with(draw_hidden) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    y = 800
    for line in VISIBLE:
        page.drawString(50, y, line)
        y -= 16
    draw_hidden(page, y - 20)
    page.save()
    return out.getvalue()


def invisible(page, y) -> None:
    text = page.beginText(50, y)
    text.setTextRenderMode(3)
    text.textLine(INJECTED)
    page.drawText(text)


def covered(page, y) -> None:
    page.drawString(50, y, INJECTED)
    page.setFillColorRGB(1, 1, 1)
    page.rect(45, y - 4, 520, 16, stroke=0, fill=1)  # a white box drawn over the text afterwards


BASELINE = {"docx": lambda: score("cv.docx", plain_docx()), "pdf": lambda: score("cv.pdf", pdf_with(lambda p, y: None))}


def _white(run) -> None:
    from docx.shared import RGBColor

    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _tiny(run) -> None:
    from docx.shared import Pt

    run.font.size = Pt(1)


def _vanish(run) -> None:
    run.font.hidden = True


@pytest.mark.parametrize(("trick", "kind", "make"), [
    ("docx hidden run (w:vanish)", "docx", lambda: docx_with(_vanish)),
    ("docx white text", "docx", lambda: docx_with(_white)),
    ("docx 1 pt text", "docx", lambda: docx_with(_tiny)),
    ("pdf render mode 3", "pdf", lambda: pdf_with(invisible)),
    ("pdf text under a filled rectangle", "pdf", lambda: pdf_with(covered)),
])
def test_text_a_reader_cannot_see_never_moves_the_score(trick: str, kind: str, make) -> None:
    base_score, base_skills, base_years, _ = BASELINE[kind]()
    hidden_score, skills, years, dropped = score(f"cv.{kind}", make())
    assert dropped > 0, trick
    assert (hidden_score, skills, years) == (base_score, base_skills, base_years), trick
    # The same text, visible, does move it: the test can fail.
    shown_score, shown_skills, *_ = score(f"cv.{kind}", docx_with(lambda run: None) if kind == "docx" else
                                          pdf_with(lambda p, y: p.drawString(50, y, INJECTED)))
    assert shown_score > hidden_score and "kubernetes" in shown_skills


def test_render_mode_persists_after_the_text_object_as_in_a_viewer() -> None:
    """A PDF that sets 3 Tr and never resets it hides everything after it in any conforming viewer."""
    def leak(page, y) -> None:
        text = page.beginText(50, y)
        text.setTextRenderMode(3)
        text.textLine(INJECTED)
        page.drawText(text)
        page.drawString(50, y - 20, "Terraform expert")  # drawn in render mode 3 too: invisible

    extracted = extract("cv.pdf", pdf_with(leak))
    assert "Terraform" not in extracted.text and "Ada Lind" in extracted.text


@pytest.mark.parametrize(("line", "section", "expected"), [
    ("Python, Go, SQL", False, {"python", "go", "sql"}),
    ("I am the go-to person and go the extra mile", False, set()),
    ("Go", True, {"go"}),
    ("I excel at turning teams around and have access to suppliers. In a word: dependable.", False, set()),
    ("Excel, Word, Access", False, {"excel", "microsoft word", "microsoft access"}),
    ("Worked with R&D on the go-live", False, set()),
    ("SQL, R, Tableau", False, {"sql", "r", "tableau"}),
    ("Senior Accountant, Crescent Bank plc — Jan 2015 - Present", False, set()),
    ("Accounting Manager at Harborview Capital", False, set()),
    ("accounting, reconciliation, accounts payable", False, {"accounting", "reconciliation", "accounts payable"}),
    ("Used Salesforce.com Salesforce CRM and Autodesk AutoCAD daily", False, {"salesforce", "autocad"}),
    ("Built models with pandas and scikit-learn; shipped Android apps in Kotlin with Firebase", False,
     {"pandas", "scikit-learn", "android", "kotlin", "firebase"}),
    ("熟悉Python开发，财务分析、预算管理、招聘", False, {"python", "financial analysis", "budgeting", "recruiting"}),
    ("财务经理 | 会计 | 2013.07 - 2017.12", False, set()),
])
def test_skills_by_word_and_context(line: str, section: bool, expected: set[str]) -> None:
    assert set(find_skills([line], skills_section={0} if section else set())) == expected


def test_job_skills_read_through_the_taxonomy() -> None:
    assert canonical_skill("Autodesk AutoCAD") == "autocad" and canonical_skill("K8s") == "kubernetes"
    assert canonical_skill("go") == "go" and canonical_skill("Salesforce CRM") == "salesforce"
    assert canonical_skill("Underwater basket weaving") == "underwater basket weaving"


@pytest.mark.parametrize(("text", "name"), [
    ("CURRICULUM VITAE\nMarcus T. Delgado\nSan Diego, CA · +1 (619) 555-0182 · m@example.net", "Marcus T. Delgado"),
    ("Full-Stack Engineer · Open-source maintainer\nAleksandra Nowak-Kim\nVancouver, BC — 604-555-0166", "Aleksandra Nowak-Kim"),
    ("Senior Biostatistician\nIngrid Sørensen\nPhone | +45 32 12 34 56", "Ingrid Sørensen"),
    ("Fatima Al-Sayed HR Business Partner | Dubai, UAE +971 50 123 4567 f@example.ae", "Fatima Al-Sayed"),
    ("CONTACT\nAustin, TX\n(512) 555-0147\nSKILLS\nGoogle Analytics\nPriya Raman-Shah\nMarketing Manager", "Priya Raman-Shah"),
    ("个人简历\n王芳\n求职意向：财务主管", "王芳"),
    ("联系方式\n电话：136 1234 5678\n专业技能\nVue、React\n欧阳晓峰\n高级前端工程师", "欧阳晓峰"),
    ("姓名 | 黄嘉怡 | 性别 | 女 | 照片", "黄嘉怡"),
])
def test_the_name_is_a_person_not_a_headline(text: str, name: str) -> None:
    assert parse_resume(text, today=TODAY).resume.name == name


@pytest.mark.parametrize(("body", "years"), [
    ("Engineer — Castellana Tech\n*01/2022 – present*", Decimal("4.9")),  # Jan 2022 – Nov 2026: 59 months
    ("Operations Manager, Kirkgate Retail, Aug 2021 to now", Decimal("5.3")),
    ("Senior Accountant\tAcme Ltd\tJun 2016 – Dec 2019", Decimal("3.6")),
    ("Analyst — Acme Ltd | 2015 – 2017", Decimal("3.0")),  # a year alone ends in December
    ("2020年7月 - 今 合肥科大数智有限公司 数据科学家", Decimal("6.4")),
    ("2016-12–2019-12 上海星河数据科技有限公司 产品经理", Decimal("3.1")),
    ("Buyer, Acme Ltd, 2018/09 ~ 2021/01", Decimal("2.4")),
    ("Planner — Foo Ltd, since March 2022", Decimal("4.8")),
    ("二〇一〇年三月 - 二〇一二年二月 某某科技有限公司 工程师", Decimal("2.0")),
    ("Designer — Spree GmbH | Feb 2021 – Present\nCareer break – travel, 2019 – 2020\n"
     "UX Designer — Kiez GmbH | Apr 2014 – Dec 2018", Decimal("10.6")),
    ("Engineer — Foo Ltd | 2015 – 2020\nVolunteer Tutor — Code Club | 2016 – 2019\n"
     "Information Systems Technician, United States Navy (2010 – 2014)", Decimal("6.0")),
])
def test_years_count_employment_in_every_date_style(body: str, years: Decimal) -> None:
    text = f"Ann Example\nann@example.com\nProfessional Experience\n{body}\nSkills\nExcel"
    assert parse_resume(text, today=TODAY).resume.total_experience_years == years


@pytest.mark.parametrize(("line", "fields"), [
    ("Personal: Female, 38, married", {"gender", "age", "marital_status"}),
    ("_Married, two children. Canadian citizen._", {"marital_status", "nationality"}),
    ("Male, 29 · Nationality: South Korean", {"gender", "age", "nationality"}),
    ("Marcus T. Delgado · DOB 07/22/1988 · page 1 of 1", {"birth_date"}),
    ("Wei Zhang — born 1989 — married", {"birth_date", "marital_status"}),
    ("[Photo]", {"photo"}),
    ("性别 女 出生年月 1990年5月", {"gender", "birth_date"}),
    ("性别：男 出生年月：1985.03 民族：汉族 籍贯：河南郑州 政治面貌：中共党员",
     {"gender", "birth_date", "ethnicity", "native_place", "political_affiliation"}),
    ("健康状况：良好 婚姻状况：未婚", {"health", "marital_status"}),
    ("姓名 | 黄嘉怡 | 性别 | 女 | 照片", {"gender", "photo"}),
])
def test_protected_attributes_wherever_they_are_and_the_score_ignores_them(line: str, fields: set[str]) -> None:
    body = "Experience\nAnalyst, Acme Ltd | Jan 2018 – Present\nSkills\nSQL, Python"
    with_line = parse_resume(f"Ann Example\nann@example.com\n{body}\n{line}", today=TODAY)
    without = parse_resume(f"Ann Example\nann@example.com\n{body}", today=TODAY)
    assert {r.field for r in with_line.resume.redacted} == fields
    assert all(line.split()[-1] not in r.reason for r in with_line.resume.redacted)  # reasons hold no values
    job = Job(job_id="J", title="Analyst", required_skills=["SQL", "Python"], min_years=Decimal("5"))
    assert match_job(with_line, job).score == match_job(without, job).score


def test_an_image_only_pdf_has_no_text() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.rect(50, 500, 300, 200, fill=1)
    page.save()
    assert extract("scan.pdf", out.getvalue()).text.strip() == ""


# Layouts from the dev4 set's first run (2026-12-01): each case is one general rule, written here as text.
@pytest.mark.parametrize(("lines", "name"), [
    (["Resume of Emily Carter", "Construction Project Manager · MCIOB", "Leeds · 07700 900418 · e@example.co.uk"],
     "Emily Carter"),
    (["CURRICULUM VITAE", "O'CONNOR-BRENNAN, Siobhán", "Solicitor", "Dublin 4 • +353 85 555 0142"],
     "Siobhán O'Connor-Brennan"),
    (["Dr. Anika Sørensen-Mahler, PhD", "Senior Scientist · Analytical Development", "Basel | +41 79 555 12 34"],
     "Anika Sørensen-Mahler"),
    (["Nur Aisyah binte Rahman", "Front Office Manager | Hotels", "+65 8123 0456 | a@example.sg"],
     "Nur Aisyah binte Rahman"),
    (["Secondary Mathematics Teacher (Years 7–12)", "Bronwyn A. McAllister", "Perth WA | M: 0491 571 266"],
     "Bronwyn A. McAllister"),
    (["BLIND CV — Candidate reference #4471", "c4471@example.com +1 (614) 555-0133",
      "Target role: Customer Support Team Lead", "Experience",
      "Live-chat Support Agent (freelance) | Chatworks | Sep 2018 - Dec 2019"], None),
])
def test_the_name_is_a_person_not_a_headline_a_title_or_a_table_header(lines: list[str], name: str | None) -> None:
    assert parse_resume("\n".join(lines), today=TODAY).resume.name == name


def test_two_digit_years_work_headings_and_markdown_tables() -> None:
    text = ("Zoë Lind\nzoe@example.pt\nWork\n\n| When | Role | Where |\n|---|---|---|\n"
            "| Sep ’21 – now | Product Designer | Atlântico Mobility |\n| Jun '17 – Aug '19 | Designer | Lume |\n")
    extracted = extract("cv.md", text.encode())
    resume = parse_resume(extracted.text, today=TODAY).resume
    assert [(e.start, e.end) for e in resume.experience] == [("2021-09", "present"), ("2017-06", "2019-08")]
    assert resume.total_experience_years == Decimal("7.5")  # 63 + 27 months


def test_phones_take_the_email_country_and_survive_a_postcode_before_them() -> None:
    nz = parse_resume("Hemi Walker\nMatamata / 021 555 0193 / hemi@example.co.nz", today=TODAY).resume
    assert nz.phones == ["+64215550193"]
    us = parse_resume("Keisha Montgomery | Atlanta, GA 30309 (404) 555-0162 k@example.com", today=TODAY).resume
    assert us.phones == ["+14045550162"]


@pytest.mark.parametrize(("line", "fields"), [
    ("姓名 张雨桐 性别 女 照片", {"gender", "photo"}),
    ("年    龄：45岁", {"age"}),
    ("民 族 回族 政治面貌 中共党员", {"ethnicity", "political_affiliation"}),
    ("女｜1996年出生｜户口所在地：浙江杭州", {"gender", "birth_date", "native_place"}),
    ("Married with two young children; available from Term 1", {"marital_status"}),
    ("Parental leave | career break\tSep 2020 – Jul 2021", {"marital_status"}),
    ("Photo editing and retouching", set()),
])
def test_protected_values_in_forms_and_closing_lines(line: str, fields: set[str]) -> None:
    from tools.resumes.protected import redact

    text, redactions = redact(line)
    assert {r.field for r in redactions} == fields
    if "career break" in line:
        assert text == "career break\tSep 2020 – Jul 2021"  # the rest of the line keeps its date range


def test_a_markdown_image_is_a_photo() -> None:
    extracted = extract("cv.md", "# 孙雅琪\n![照片](photo_sunyaqi.jpg)\n手机：138 0000 1111\n".encode())
    assert extracted.images == 1 and "photo_sunyaqi" not in extracted.text
    assert "photo" in {r.field for r in parse_resume(extracted.text, images=extracted.images).resume.redacted}


# From the dev5 set's first run (2026-12-01): names and dates in more layouts, one general rule each.
@pytest.mark.parametrize(("lines", "name"), [
    (["SENIOR DATA ENGINEER", "Robert 'Bob' Nguyen", "Austin, TX · (512) 555-0148 · r@example.com"], "Robert Nguyen"),
    (["Résumé", "Siobhan McAllister-Byrne (she/her)", "Dublin · 087 555 0192 · m@example.com"],
     "Siobhan McAllister-Byrne"),
    (["BRIGHTPATH TALENT PARTNERS", "Executive Search · Candidate Profile", "Omar Khalid al-Rashid",
      "Dubai, UAE · +971 50 555 0134 · o@example.net"], "Omar Khalid al-Rashid"),
    (["Product Designer · Seoul", "PARK Ji-hoon", "Seoul · 010-5550-1234 · j@example.com"], "Park Ji-hoon"),
    (["Ewan MacLeod Sound Engineer Glasgow, UK 07700 900417 dj@example.com"], "Ewan MacLeod"),
    (["个人简历", "张 伟", "高级后端工程师", "电话：139 1025 6638"], "张伟"),
    (["应聘岗位：高级Java开发工程师", "李明 (Leo Li)", "电话：186 2177 4309"], "李明"),
    (["求职意向：物流主管", "姓名：马 超", "电话：130 2217 6634"], "马超"),
    (["阿依古丽·买买提", "市场经理", "电话：+86 181 9902 3317"], "阿依古丽·买买提"),
])
def test_names_with_nicknames_pronouns_particles_and_spaced_characters(lines: list[str], name: str) -> None:
    assert parse_resume("\n".join(lines), today=TODAY).resume.name == name


def test_each_dated_entry_takes_its_own_name_and_kind() -> None:
    zh = ("王芳\n电话：138 0000 1111\n工作经历\n上海瀚海消费数据有限公司 高级数据分析师\n2021.09-至今\n"
          "上海云杉零售有限公司 数据分析师\n2018.07-2021.08\n上海云杉零售有限公司 数据分析实习生\n2017.07-2017.12\n"
          "南岭科技大学 硕士研究生（全日制在读）\n2015.09-2017.06\n")
    resume = parse_resume(zh, today=TODAY).resume
    # 2021.09–2026.11 and 2018.07–2021.08: the internship and the full-time studies are not employment.
    assert resume.total_experience_years == Decimal("8.4")
    en = ("Maria Lopez\nm@example.com\nExperience\n2019/03 – 2021/11\nTajo Seguros\nData Analyst\n"
          "2017/09 – 2019/02\nUniversidad Carpetana\nFull-time studies – MSc Data Science\n"
          "Summer 2016\nBrightside Bank\nBank teller\nParental leave\n09.2021 – 03.2022\n")
    assert parse_resume(en, today=TODAY).resume.total_experience_years == Decimal("3.0")  # 33 + 3 (summer) months


def test_a_right_aligned_date_column_stays_on_its_lines() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    rows = ["Anne D'Souza", "Toronto, ON · +1 416 555 0186 · a@example.com", "Experience", "Audit Manager",
            "Senior Auditor", "Staff Accountant — Ridley & Finch LLP", "Bookkeeper — Market Co-op", "Education",
            "BComm Accounting, Lakeshore University", "Skills", "Audit planning, IFRS, Excel"]
    dates = {3: "Jun 2022 – Present", 4: "Sep 2019 – May 2022", 5: "Jan 2017 – Aug 2019", 6: "2012 – 2016"}
    for number, text in enumerate(rows):
        pdf.drawString(60, 780 - number * 18, text)
        if number in dates:
            pdf.drawRightString(540, 780 - number * 18, dates[number])
    pdf.save()
    text = extract("cv.pdf", buffer.getvalue()).text
    assert "Audit Manager Jun 2022 – Present" in text and "Senior Auditor Sep 2019 – May 2022" in text


def test_english_labels_run_together_and_a_leave_stays_a_break() -> None:
    from tools.resumes.protected import redact

    text, found = redact("Nationality: Jordanian Age: 38 Marital status: Married\nParental leave\n09.2021 – 03.2022")
    assert {r.field for r in found} == {"nationality", "age", "marital_status"}
    assert text.splitlines() == ["", "career break", "09.2021 – 03.2022"]


# From the dev6 set's first run (2026-12-01): names and contact blocks of common templates.
@pytest.mark.parametrize(("lines", "name"), [
    (["MARIA", "GONZÁLEZ RUIZ", "MARKETING MANAGER", "+34 612 345 678 | m@example.com | Madrid, Spain"],
     "Maria González Ruiz"),
    (["Samuel Okonkwo-Reid Mob: 07700 900123", "sam@example.com", "Manchester, UK"], "Samuel Okonkwo-Reid"),
    (["AARON D'SOUZA UAE: +971 50 123 4567", "India: +91 98200 45678", "a@example.com"], "Aaron D'Souza"),
    (["E L E A N O R   V A N C E", "CONSTRUCTION PROJECT MANAGER", "+44 20 7946 0123  |  e@example.com"],
     "Eleanor Vance"),
    (["CATHERINE VAN DER BERG", "Partner", "c@example.com"], "Catherine van der Berg"),
    (["Keisha L. Montgomery, SHRM-CP", "HR Generalist", "Atlanta, GA 30309", "(404) 555-0162"],
     "Keisha L. Montgomery"),
    (["林嘉怡 Lin Jiayi", "电话：138 0000 1111"], "林嘉怡"),
])
def test_names_split_spaced_in_capitals_or_beside_a_phone(lines: list[str], name: str) -> None:
    assert parse_resume("\n".join(lines), today=TODAY).resume.name == name


def test_a_docx_layout_table_reads_as_lines() -> None:
    from docx import Document

    document = Document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "Robert Kim"
    for line in ("CONTACT", "(213) 555-0175", "bobby.kim@example.com", "SKILLS", "Salesforce", "HubSpot"):
        left.add_paragraph(line)
    right.text = "Experience"
    for line in ("Account Executive, Solstice Software\t2021 – Present", "Closed $1.9M new ARR.",
                 "Sales Development Representative, Pacific Crest Media\t2018 – 2020"):
        right.add_paragraph(line)
    data = document.add_table(rows=1, cols=2)
    data.rows[0].cells[0].text, data.rows[0].cells[1].text = "Languages", "English, Korean"
    buffer = io.BytesIO()
    document.save(buffer)
    text = extract("cv.docx", buffer.getvalue()).text
    assert "Robert Kim\nCONTACT\n(213) 555-0175" in text and "Languages | English, Korean" in text
    resume = parse_resume(text, today=TODAY).resume
    assert resume.name == "Robert Kim" and resume.total_experience_years == Decimal("8.9")  # 71 + 36 months


# From the dev7 set's first run (2026-12-01, third session): names that layouts put out of the usual place.
@pytest.mark.parametrize(("text", "name"), [
    ("Lindqvist, Erik\nData Engineer\nMinneapolis, MN  |  612 555 0193  |  erik.lindqvist@example.com\n", "Erik Lindqvist"),
    ("个人简历\n基本信息\n姓名 | 王  芳 | 性别 | 女\n电子邮箱 | wangfang.nurse@example.cn\n", "王芳"),
    ("联系方式\n杭州\n+86 139-0000-2345\nsimawj@example.cn\n基本信息\n专业技能\nExcel\n工作经历\n司马文静\n", "司马文静"),
    ("M A R I S O L V E G A\nLogistics Planner\nmarisol.vega@example.com\nGulfport Distribution\n", "Marisol Vega"),
    ("Contact\nDenver, CO\nkiran.mehta@example.com\nSHRM-CP Kiran Mehta\nSenior Recruiter\n", "Kiran Mehta"),
])
def test_names_a_layout_moved(text: str, name: str) -> None:
    from tools.resumes.parse import parse_resume

    assert parse_resume(text).resume.name == name
