"""The shipped skills taxonomy is what scripts/build_taxonomy.py derives from O*NET (when the list is here)."""

from __future__ import annotations

import datetime as dt
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


def test_places_plurals_marks_and_employers_are_no_skills() -> None:
    from tools.resumes.skills import find_skills

    found = find_skills(["Montréal, QC", "Counselled a client under the False Claims Act.",
                         "P&L for three DCs; on-time shipments up", "广州天河云帆软件有限公司 Java开发工程师"])
    assert set(found) == {"java"}  # not quality control, ACT!, DCS or FineReport (帆软)
    assert "quality control" in find_skills(["Skills: QC, SPC"], skills_section={0})
    assert "finereport" in find_skills(["熟练使用帆软报表"], skills_section={0})
    assert "uk gaap" in find_skills(["Skills: IFRS, UK GAAP"], skills_section={0})
    assert "us gaap" not in find_skills(["Skills: IFRS, UK GAAP"], skills_section={0})


def test_a_chinese_skills_line_keeps_its_latin_script_items() -> None:
    from tools.resumes.skills import _section_items, find_skills

    assert _section_items("实验技术 PCR、细胞培养、Western Blot、流式细胞术") == ["PCR", "Western Blot"]
    found = find_skills(["专业技能", "实验技术 PCR、细胞培养、Western Blot、流式细胞术"], skills_section={1})
    assert {"pcr", "western blot"} <= set(found)


def test_a_chinese_sentence_joins_its_list_with_conjunctions() -> None:
    from tools.resumes.skills import canonical_skill, find_skills

    line = "11年销售经验，具备大客户开发、渠道管理和商务谈判能力，熟练使用Salesforce和Excel进行客户与业绩管理。"
    found = find_skills([line])
    assert {"key account management", "channel management", "negotiation", "salesforce", "excel"} <= set(found)
    assert "channel management" not in find_skills(["渠道管理部经理"])  # a department in a title is no skill
    # The skill, not the setting it was used in: the same canonical name whichever way it is written.
    assert {canonical_skill(s) for s in ("Sales negotiation", "contract negotiation", "商务谈判")} == {"negotiation"}
    assert canonical_skill("contract management") == "contract management"


def test_a_chinese_skill_line_is_no_section_heading() -> None:
    from tools.resumes.parse import parse_resume

    text = "慕容晓\n手机：177 5108 3364\n专业技能\n公文写作\n项目管理\n统计分析（SPSS）\n项目经历\n某课题 2019年"
    skills = parse_resume(text).resume.skills
    assert {"project management", "statistics", "spss"} <= set(skills)  # 项目管理 did not open "projects"


def test_a_skill_counts_where_the_resume_presents_it_as_one() -> None:
    from tools.resumes.parse import parse_resume

    text = ("Jane Roe\njane@example.com\nSUMMARY\nAccountant with eleven years in audit across healthcare and "
            "retail.\nSkills: IFRS, consolidation, Excel\nLanguages | English (C2), Danish (native)\nREGISTRATION\n"
            "AHPRA Registered Nurse\n")
    skills = set(parse_resume(text).resume.skills)
    assert {"ifrs", "excel"} <= skills
    # Mentioned in a summary's sentence, not listed: no skill. A spoken language is no skill. A heading of a
    # kind not known ("REGISTRATION") ends the skills section: what follows it is not listed as a skill.
    assert not {"auditing", "danish", "english", "registration", "ahpra registered nurse"} & skills


def test_a_job_describes_tasks_and_its_header_names_no_skill() -> None:
    from tools.resumes.parse import parse_resume

    text = ("Dana Kowalski\ndana@example.com\nSKILLS\nSAP, Excel, Accounts payable\nEXPERIENCE\n"
            "Senior Accountant — Petra Cloudworks | Jan 2019 – Present\n"
            "• Month-end close, payroll and bank reconciliations for four entities.\n"
            "• Built a Power BI dashboard for cash forecasting.\n"
            "Systems Administrator — Peachtree Hosting | Jan 2016 – Dec 2018\n")
    skills = set(parse_resume(text, today=dt.date(2026, 11, 30)).resume.skills)
    # Listed skills count; a tool used in a job counts; the tasks a job lists are no skills the resume presents
    # (month-end close, payroll, reconciliation); an employer's name is no product (CloudWorks, Peachtree).
    assert {"sap", "excel", "accounts payable", "power bi"} <= skills
    assert not {"month-end close", "payroll", "reconciliation", "cloudworks", "sage 50"} & skills


def test_zh_job_titles_intents_and_language_tests_are_no_skills() -> None:
    from tools.resumes.skills import find_skills

    found = find_skills(["求职意向:人力资源主管 / HRBP  期望城市:深圳", "机械设计工程师", "后端开发工程师",
                         "英语:CET-6,可熟练阅读英文技术文档", "Languages | English (C2), Polish (conversational)"])
    assert not {"hr business partner", "mechanical design", "backend development", "cet-6", "polish"} & set(found)
    assert {"mechanical design", "recruiting"} <= set(find_skills(["机械设计、招聘"], skills_section={0}))


def test_slash_joined_names_are_a_list_unless_the_taxonomy_joins_them() -> None:
    from tools.resumes.skills import find_skills

    assert {"html", "css", "seo", "sem"} <= set(find_skills(["HTML/CSS, SEO/SEM, Figma"], skills_section={0}))
    assert "ci/cd" in find_skills(["Jenkins, CI/CD, Docker"], skills_section={0})
    assert "quality control" not in find_skills(["Montréal, QC, Canada"])


def test_credentials_and_business_models_are_no_skills() -> None:
    from tools.resumes.parse import parse_resume

    text = "Jane R. Whitfield, CPA, PMP\njane@example.com\nSUMMARY\nEnterprise SaaS seller.\nSKILLS\nSalesforce, Excel\n"
    skills = set(parse_resume(text).resume.skills)
    assert skills == {"salesforce", "excel"}


def test_credentials_licences_and_glued_names_are_no_skills() -> None:
    from tools.resumes.parse import parse_resume
    from tools.resumes.skills import find_skills

    text = ("Dr. Helena Marsh, PharmD, BCPS\nhelena@example.com\nSKILLS\nEpic, Excel\nLicensure\n"
            "Registered Pharmacist, Ohio\nBoard Certified Pharmacotherapy\n")
    skills = set(parse_resume(text).resume.skills)
    assert {"epic", "excel"} <= skills  # "Epic, Excel" is a list
    assert not {"pharmd", "bcps", "registered pharmacist", "ohio", "dr. helena marsh"} & skills
    assert "@risk" not in find_skills(["Conduct risk assessments, write safety plans"], skills_section={0})
    found = find_skills(["熟练使用用友U8、金蝶K3、口腔X线片拍摄"], skills_section={0})
    assert {"yonyou", "kingdee"} <= set(found) and not {"u8", "k3", "x"} & set(found)
