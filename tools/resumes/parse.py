"""Resume text to ParsedResume, English and Chinese. Deterministic rules; the scorer only ever sees the
redacted text, and the name line is never searched for skills."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from importlib import resources

import phonenumbers

from core import clock
from tools.resumes.dates import find_point, find_range, union_months
from tools.resumes.models import Education, Experience, ParsedResume
from tools.resumes.protected import redact
from tools.resumes.skills import find_skills

SECTIONS: dict[str, list[str]] = {
    "experience": ["work experience", "professional experience", "experience", "employment history", "employment",
                   "work history", "career history", "工作经历", "工作经验", "职业经历", "任职经历"],
    "internship": ["internships", "internship experience", "internship", "实习经历", "实习经验"],
    "education": ["education", "academic background", "education background", "educational background",
                  "教育背景", "教育经历", "学历", "教育"],
    "skills": ["skills", "technical skills", "core skills", "core competencies", "competencies", "expertise",
               "skills & tools", "专业技能", "技能", "技能特长", "技术栈", "技能证书"],
    "languages": ["languages", "language skills", "语言能力", "语言"],
    "projects": ["projects", "project experience", "项目经历", "项目经验"],
    "summary": ["summary", "profile", "objective", "about me", "个人简介", "自我评价", "求职意向", "个人总结"],
    "personal": ["personal information", "personal details", "contact", "contact information", "个人信息",
                 "基本信息", "个人资料", "联系方式"],
    "certifications": ["certifications", "certificates", "licenses", "证书", "资格证书"],
    "awards": ["awards", "honors", "honors/awards", "获奖情况", "荣誉奖项"],
    "activities": ["activities", "on campus involvement", "volunteer", "volunteering", "extracurricular activities",
                   "校园经历", "社会实践"],
}
_TITLE_OF = {title: section for section, titles in SECTIONS.items() for title in titles}
TITLE_WORDS = re.compile(
    r"engineer|developer|manager|analyst|designer|director|consultant|lead|specialist|accountant|intern|scientist|"
    r"architect|officer|associate|assistant|administrator|coordinator|head of|vp|president|recruiter|clerk|"
    r"工程师|经理|分析师|开发|设计师|总监|顾问|会计|专员|主管|主任|助理|实习生|架构师|科学家|负责人|出纳|招聘",
    re.IGNORECASE)
COMPANY_WORDS = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|corp|corporation|company|co|group|plc|bank|technologies|labs|university|ag|bv|sa)\b\.?|"
    r"公司|集团|银行|研究院|事务所|大学|学院", re.IGNORECASE)
INSTITUTION = re.compile(r"university|college|institute|school|academy|polytechnic|大学|学院|学校", re.IGNORECASE)
DEGREE = re.compile(
    r"(?P<degree>bachelor(?:'s)?(?: of [a-z]+)?|master(?:'s)?(?: of [a-z]+)?|b\.?sc?\.?|m\.?sc?\.?|b\.?a\.|m\.?a\.|"
    r"mba|ph\.?d\.?|doctor(?:ate)?(?: of [a-z]+)?|associate(?:'s)? degree|本科|学士|硕士|研究生|博士|大专|专科)",
    re.IGNORECASE)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
LINK = re.compile(r"(?:https?://|www\.)[^\s|,;，；)]+|(?:linkedin\.com|github\.com|gitlab\.com)/[^\s|,;，；)]+",
                  re.IGNORECASE)
PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d\s().-]{6,18}\d(?![\w])")
BULLET = re.compile(r"^\s*(?:[•·●▪◦*-]|\d{1,2}[.)、](?!\d))\s*")
LOCATION_LABEL = re.compile(
    r"^(?:location|address|based in|city|现居地|居住地|所在地|现居|地址|城市)\s*[:：]\s*(?P<v>.+)$", re.IGNORECASE)
CITY_STATE = re.compile(r"\b[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)*,\s*[A-Z]{2}\b")
COUNTRIES = {
    "CN": ["shanghai", "beijing", "shenzhen", "hangzhou", "guangzhou", "chengdu", "nanjing", "wuhan", "suzhou",
           "china", "上海", "北京", "深圳", "杭州", "广州", "成都", "南京", "武汉", "苏州", "中国"],
    "HK": ["hong kong", "香港"], "SG": ["singapore"],
    "GB": ["london", "manchester", "edinburgh", "cambridge, uk", "united kingdom", "england"],
    "US": ["new york", "nyc", "san francisco", "seattle", "boston", "austin", "chicago", "los angeles", "usa",
           "united states"],
    "DE": ["berlin", "munich", "münchen", "hamburg", "germany"], "FR": ["paris", "france"],
    "NL": ["amsterdam", "netherlands"], "CA": ["toronto", "vancouver", "canada"], "AU": ["sydney", "melbourne"],
}
US_STATE = re.compile(r",\s*(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|"
                      r"S[CD]|T[NX]|UT|V[AT]|W[AIVY])\b")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, dict[str, list[str]]]:
    """The spoken-language list (skills.json's `languages`); skills come from tools/resumes/taxonomy.json."""
    return json.loads(resources.files("tools.resumes").joinpath("skills.json").read_text(encoding="utf-8"))


def _synonym_pattern(synonym: str) -> re.Pattern[str]:
    if _CJK.search(synonym):
        return re.compile(re.escape(synonym))
    return re.compile(rf"(?<![\w+#.]){re.escape(synonym)}(?![\w+#])", re.IGNORECASE)


@lru_cache(maxsize=2)
def _patterns(kind: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(canonical, _synonym_pattern(synonym)) for canonical, synonyms in taxonomy()[kind].items()
            for synonym in synonyms]


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\u00ad\u200b-\u200f\ufeff]", "", text)  # soft hyphens, zero-width characters
    return re.sub(r"[\u2010-\u2012]", "-", text)


@dataclass
class Parsed:
    resume: ParsedResume
    redacted_text: str
    skill_lines: dict[str, str] = field(default_factory=dict)


def unwrap(lines: list[str]) -> list[str]:
    """Join lines that layout broke: one ending in a comma, a dash or a separator continues on the next."""
    out: list[str] = []
    for line in lines:
        if out and re.search(r"(?:[,，|/&]|\s[-–—])\s*$", out[-1]) and not BULLET.match(line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def _sections(lines: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"header": []}
    current = "header"
    for line in lines:
        key = re.sub(r"^[\W_]+|[\W_]+$", "", line.strip()).lower()
        if len(key) <= 40 and key in _TITLE_OF:
            current = _TITLE_OF[key]
            found.setdefault(current, [])
            continue
        found.setdefault(current, []).append(line)
    return found


def _name(lines: list[str]) -> str | None:
    for line in lines[:15]:
        labelled = re.match(r"^\s*(?:姓名|name)\s*(?:[:：]|\|)\s*(?P<n>[^|｜,，\s]+(?:\s[A-Z][a-z]+)*)", line,
                            re.IGNORECASE)
        if labelled:
            return labelled.group("n").strip()
    for line in lines[:6]:
        text = line.strip().split("|")[0].strip()
        if not text or EMAIL.search(text) or any(ch.isdigit() for ch in text) or ":" in text or "：" in text:
            continue
        if re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", text):
            return text
        if re.fullmatch(r"[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){1,3}", text):
            return text
    return None


def _location(lines: list[str]) -> tuple[str | None, str | None]:
    """(location as written, ISO country) from a label, else from a header line naming a known place."""
    for line in lines[:20]:
        for segment in re.split(r"\s*[|｜]\s*", line):
            labelled = LOCATION_LABEL.match(segment.strip())
            if labelled:
                value = labelled.group("v").strip()
                return value, _country(value)
    for line in lines[:8]:
        for segment in re.split(r"\s*[|｜•·]\s*|\s{2,}", line):
            segment = segment.strip()
            if not segment:
                continue
            if EMAIL.search(segment) or LINK.search(segment) or len(segment) > 60:
                # A contact line: take only the place in it ("NYC, NY" between an email and a link).
                city = CITY_STATE.search(EMAIL.sub(" ", LINK.sub(" ", segment)))
                if city and _country(city.group(0)):
                    return city.group(0), _country(city.group(0))
                continue
            country = _country(segment)
            if country:
                return re.sub(r"^(?:\+?[\d\s().-]{7,}\s*)", "", segment).strip() or segment, country
    return None, None


def _country(text: str) -> str | None:
    lowered = text.lower()
    for country, places in COUNTRIES.items():
        if any(place in lowered for place in places):
            return country
    return "US" if US_STATE.search(text) else None


def _phones(text: str, region: str) -> list[str]:
    out: list[str] = []
    for candidate in PHONE.findall(text):
        digits = re.sub(r"\D", "", candidate)
        if len(digits) < 7 or find_range(candidate, clock.today()) or re.fullmatch(r"(?:19|20)\d{2}", digits):
            continue
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if formatted not in out:
                out.append(formatted)
    return out


def _split_parts(text: str) -> list[str]:
    parts = re.split(r"\s*(?:\||｜|—|–|\s-\s|,|，|\s{2,}|\bat\b|@)\s*", text)
    return [part.strip(" ()（）") for part in parts if part and part.strip(" ()（）")]


def _experience(lines: list[str], today: dt.date) -> list[Experience]:
    entries: list[Experience] = []
    consumed: set[int] = set()
    for index, line in enumerate(lines):
        if BULLET.match(line) or index in consumed:
            continue
        found = find_range(line, today)
        if found is None and index + 1 < len(lines) and not BULLET.match(lines[index + 1]):
            joined = line.rstrip() + " " + lines[index + 1].strip()  # a range that layout broke in two
            found = find_range(joined, today)
            if found is None or found[4].end() <= len(line.rstrip()) or found[4].start() > len(line.rstrip()):
                continue
            consumed.add(index + 1)
            line = joined
        if found is None:
            continue
        start, end, first, last, match = found
        parts = _split_parts((line[:match.start()] + " " + line[match.end():]).strip())
        if len(parts) == 1 and _CJK.search(parts[0]):
            parts = parts[0].split()  # Chinese lines often separate company and title by one space
        for neighbour in (index - 1, index + 1):
            if len(parts) >= 2 or not 0 <= neighbour < len(lines):
                continue
            other = lines[neighbour].strip()
            if other and not BULLET.match(other) and find_range(other, today) is None and len(other) <= 80:
                parts += _split_parts(other)
        # A title is a part with a title word that is not a company name ("会计师事务所" holds 会计).
        title = next((p for p in parts if TITLE_WORDS.search(p) and not COMPANY_WORDS.search(p)),
                     next((p for p in parts if TITLE_WORDS.search(p)), None))
        rest = [p for p in parts if p != title]
        company = next((p for p in rest if COMPANY_WORDS.search(p)), rest[0] if rest else None)
        entries.append(Experience(company=company, title=title, start=start, end=end, months=max(0, last - first)))
        entries[-1].__dict__["_span"] = (first, last)
    return entries


def _education(lines: list[str], today: dt.date) -> list[Education]:
    entries: list[Education] = []
    for index, line in enumerate(lines):
        if BULLET.match(line) or not INSTITUTION.search(line):
            continue
        window = " | ".join(lines[index:index + 3])
        found = find_range(line, today) or find_range(window, today)
        undated = line
        if found and found[4].string == line:
            undated = line[:found[4].start()] + " " + line[found[4].end():]
        parts = _split_parts(undated)
        if len(parts) == 1 and _CJK.search(parts[0]):
            parts = parts[0].split()
        institution = next((p for p in parts if INSTITUTION.search(p)), None)
        degree_match = DEGREE.search(window)
        degree = degree_match.group("degree") if degree_match else None
        field_of_study = None
        labelled = re.search(r"(?:专业|major|field of study)\s*[:：]\s*(?P<f>[^|,，;；\s]+)", window, re.IGNORECASE)
        if labelled:
            field_of_study = labelled.group("f")
        elif degree_match:
            after = window[degree_match.end():]
            field_match = re.match(r"\s*(?:in|of|,|，|\||:|：|-)?\s*(?P<f>[^|,，;；\d]{2,60})", after)
            candidate = field_match.group("f").strip(" -") if field_match else ""
            if candidate and not DEGREE.search(candidate) and not INSTITUTION.search(candidate):
                field_of_study = candidate
            if field_of_study is None:
                others = [p for p in parts if p != institution and not DEGREE.fullmatch(p) and not re.search(r"\d", p)]
                field_of_study = others[0] if others else None
        start, end = (found[0], found[1]) if found else (None, find_point(window))
        entries.append(Education(institution=institution or line.strip()[:200], degree=degree, field=field_of_study,
                                 start=start, end=end))
    return entries


def _find(kind: str, lines: list[str]) -> dict[str, str]:
    """Taxonomy names in the lines, and in adjacent pairs (a two-word skill that layout broke over a line)."""
    found: dict[str, str] = {}
    pairs = [f"{a.strip()} {b.strip()}" for a, b in itertools.pairwise(lines)]
    for line in [*lines, *pairs]:
        for canonical, pattern in _patterns(kind):
            if canonical not in found and pattern.search(line):
                found[canonical] = line.strip()[:200]
    return found


def parse_resume(text: str, *, images: int = 0, today: dt.date | None = None) -> Parsed:
    today = today or clock.today()
    text = normalize(text)
    cjk = len(_CJK.findall(text))
    letters = sum(ch.isalpha() for ch in text) or 1
    language = "zh" if cjk / letters > 0.1 else "en"
    redacted_text, redactions = redact(text, images=images)
    lines = unwrap([line for line in redacted_text.splitlines() if line.strip()])
    sections = _sections(lines)
    name = _name(lines)
    location, country = _location(sections.get("header", []) + sections.get("personal", []))
    region = country or ("CN" if language == "zh" else "US")
    contact_text = "\n".join(sections.get("header", []) + sections.get("personal", []))
    experience = _experience(sections.get("experience", []), today)
    professional = [e for e in experience if not (e.title and re.search(r"intern|实习", e.title, re.IGNORECASE))]
    months = union_months([e.__dict__["_span"] for e in professional])
    years = (Decimal(months) / 12).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    # Skills are read from the body: not the name line, not contact lines (a github.com link is no skill).
    searchable = [line for line in lines if line.strip() != (name or "\0") and not EMAIL.search(line)
                  and not LINK.search(line)]
    in_skills, in_summary = set(sections.get("skills", [])), set(sections.get("summary", []))
    skill_lines = find_skills(searchable, skills_section={n for n, line in enumerate(searchable) if line in in_skills},
                              summary={n for n, line in enumerate(searchable) if line in in_summary})
    language_lines = sections.get("languages", []) + [line for line in searchable
                                                      if re.search(r"language|语言|英语|cet-?[46]", line, re.I)]
    resume = ParsedResume(
        name=name, emails=list(dict.fromkeys(EMAIL.findall(text))), phones=_phones(contact_text, region),
        location=location, links=list(dict.fromkeys(LINK.findall(text))),
        education=_education(sections.get("education", []), today), experience=experience,
        total_experience_years=years, skills=sorted(skill_lines), languages=sorted(_find("languages", language_lines)),
        language=language, redacted=redactions)  # type: ignore[arg-type]
    return Parsed(resume=resume, redacted_text=redacted_text, skill_lines=skill_lines)
