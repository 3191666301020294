"""Skills in resume text, by the project's taxonomy (tools/resumes/taxonomy.json, derived from O*NET 29.2 by
scripts/build_taxonomy.py: 8,800 tools and products plus professional skills, with aliases and Chinese names).

Matching is by words, not substrings, and costs the same whatever the taxonomy's size: each line is cut into
tokens once ("C++", "scikit-learn", "Node.js", ".NET", "R&D" are one token each) and every run of up to six
tokens is looked up in a table of aliases; the longest match wins. Names that are also ordinary words or
very short ("Go", "R", "Excel", "Word", "Access", "Sketch") count only with their exact case, and — when the
taxonomy marks them `context` — only where a person would read them as a skill: in a skills section, or as an
item of a list ("Python, Go, SQL"). Chinese names are found as substrings.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_L = "A-Za-z0-9\u00c0-\u024f"  # Latin letters and digits: a Chinese character ends a token ("熟悉Python开发")
_TOKEN = re.compile(rf"\.[A-Za-z]+|[{_L}][{_L}+#]*(?:[.\-/&'’][{_L}][{_L}+#]*)*[+#]*")
# Company suffixes are never skills ("Crescent Bank plc" is no programmable logic controller).
_COMPANY_SUFFIXES = frozenset({"plc", "ltd", "llc", "inc", "gmbh", "ag", "sa", "bv", "co", "corp", "lp", "llp", "pte",
                               "aps", "ab", "oy", "nv", "srl", "spa", "sarl", "sas", "pty", "bhd", "sdn", "kk", "kft"})
PROFESSIONAL = "professional skill"
_CHUNKS = re.compile(r"[,;|()（）·•●▪、，；:：\[\]{}]|\s/\s|\s[-–—]\s")  # a name never runs across these
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SEPARATORS = re.compile(r"\s*(?:[,，、|;；•·●▪/()（）:：]|\s-\s|\s–\s|\band\b|\bor\b|\s{2,}|\t|以及|[和及与])\s*")
MAX_WORDS = 6
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")


def tokens(text: str) -> list[str]:
    return [t.rstrip(".'’") if not t.startswith(".") else t for t in _TOKEN.findall(text)]


@dataclass(frozen=True)
class Taxonomy:
    phrases: dict[tuple[str, ...], str]  # lower-case tokens → canonical
    needs_context: frozenset[tuple[str, ...]]  # phrases that count only in a skills list or section
    cased: dict[tuple[str, ...], tuple[str, bool]]  # exact tokens → (canonical, needs context)
    cased_lower: dict[tuple[str, ...], str]  # the same names lower-cased, for job skills typed any way
    chinese: re.Pattern[str] | None
    chinese_names: dict[str, str]
    chinese_professional: frozenset[str]
    skills: dict[str, dict]
    attribution: str
    source: str
    longest: int
    slashed: frozenset[str]  # the taxonomy's own words with a slash ("ci/cd", "tcp/ip", "a/b"), lower case


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    data = json.loads(resources.files("tools.resumes").joinpath("taxonomy.json").read_text(encoding="utf-8"))
    phrases: dict[tuple[str, ...], str] = {}
    cased: dict[tuple[str, ...], tuple[str, bool]] = {}
    chinese: dict[str, str] = {}
    needs_context: set[tuple[str, ...]] = set()
    professional_zh: set[str] = set()
    for canonical, entry in data["skills"].items():
        for alias in entry.get("aliases", []):
            key = tuple(t.lower() for t in tokens(normalize(alias)))
            if not key or key in phrases or (len(key) == 1 and key[0] in _COMPANY_SUFFIXES):
                continue
            if re.search(r"[!?*@]", alias):
                continue  # "ACT!" read without its mark is the word "act" ("the False Claims Act"); "@RISK" "risk"
            phrases[key] = canonical
            # A professional skill ("accounting", "reconciliation") is a skill where the resume presents it as
            # one — a skills list, the summary — not when it names a job, a department or a task in a bullet
            # ("Accounting Manager", "ran the month-end close").
            if entry.get("category") == PROFESSIONAL:
                needs_context.add(key)
        for alias in entry.get("cased", []):
            key = tuple(tokens(normalize(alias)))
            if key and key not in cased:
                cased[key] = (canonical, bool(entry.get("context")))
        for alias in entry.get("zh", []):
            chinese.setdefault(normalize(alias).lower(), canonical)
            if entry.get("category") == PROFESSIONAL:
                professional_zh.add(normalize(alias).lower())
    pattern = (re.compile("|".join(re.escape(name) for name in sorted(chinese, key=len, reverse=True)))
               if chinese else None)
    longest = max([len(k) for k in phrases] + [len(k) for k in cased] + [1])
    cased_lower = {tuple(t.lower() for t in key): canonical for key, (canonical, _c) in cased.items()}
    slashed = frozenset(t for key in [*phrases, *cased_lower] for t in key if "/" in t)
    return Taxonomy(phrases, frozenset(needs_context), cased, cased_lower, pattern, chinese, frozenset(professional_zh),
                    data["skills"], data.get("attribution", ""),
                    data.get("source", ""), min(longest, MAX_WORDS), slashed)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\u00ad\u200b-\u200f\ufeff]", "", text)  # soft hyphens, zero-width characters
    return re.sub(r"[\u2010-\u2012]", "-", text)


def _list_items(line: str) -> set[tuple[str, ...]]:
    """The token runs that stand as whole items of a list on the line ("Python, Go and SQL" → Python, Go,
    SQL); a version after the name is allowed ("Go 1.22")."""
    parts = _SEPARATORS.split(line)
    if len(parts) < 2:
        return set()
    items = set()
    for part in parts:
        words = tokens(part)
        while words and re.fullmatch(r"v?\d+(?:\.\d+)*\+?|[Xx]", words[-1]):
            words = words[:-1]
        if words and len(words) <= 3:
            items.add(tuple(words))
    return items


def find_skills(lines: list[str], *, skills_section: set[int] | None = None, duties: set[int] | None = None,
                headers: set[int] | None = None) -> dict[str, str]:
    """Canonical skill → the line it was found on (first mention). `skills_section`: indexes of the lines
    under a skills heading (there a context-only name counts anywhere in the line; elsewhere only as an item
    of a list). `duties`: the lines that describe jobs (a professional skill there is a task, "ran the
    month-end close, payroll and AP", not a skill the resume presents). `headers`: the lines that name a job
    (its title, employer and dates: "UX Designer — Petra Cloudworks"), which name no skill."""
    tax = taxonomy()
    found: dict[str, str] = {}
    listed: list[tuple[str, str]] = []  # (item, its line): what a skills section lists beyond the taxonomy
    in_section = skills_section or set()
    in_duties = (duties or set()) - in_section
    skipped = (headers or set()) - in_section
    for number, raw in enumerate(lines):
        if number in skipped or _NO_SKILLS_LINE.match(raw):
            continue
        line = _split_slashes(_place_codes(normalize(raw), tax), tax)
        items: set[tuple[str, ...]] | None = None
        # A dated line (a job's or a school's) lists no skills: its parts are names, titles and places.
        listing = not _YEAR.search(line)
        for chunk in _CHUNKS.split(line):
            words = tokens(chunk)
            lower = [w.lower() for w in words]
            position = 0
            while position < len(words):
                matched = 0
                for size in range(min(tax.longest, len(words) - position), 0, -1):
                    exact = tuple(words[position:position + size])
                    key = tuple(lower[position:position + size])
                    canonical = tax.phrases.get(key)
                    if canonical is not None and size == 1 and len(key[0]) <= 3 and key[0].isalpha() \
                            and (words[position].islower() or _ACRONYM_PLURAL.fullmatch(words[position])):
                        canonical = None  # "aps", "wms": a short acronym counts as written (APS), not as a word;
                        # "DCs" is the plural of "DC" (distribution centres), not DCS
                    professional = canonical is not None and key in tax.needs_context
                    needs_context = professional
                    if canonical is None and exact in tax.cased:
                        canonical, needs_context = tax.cased[exact]
                        professional = tax.skills[canonical].get("category") == PROFESSIONAL
                    if professional and (number in in_duties or (
                            position + size < len(lower) and lower[position + size] in _JOB_WORDS)):
                        canonical = None  # a task in a job's description, or a job's title ("Senior UX Designer")
                    # Context: a skills section, else an item of a list — in the summary too: a professional
                    # skill a summary's sentence mentions ("eleven years in audit") is not presented as one.
                    if canonical is not None and needs_context and number not in in_section:
                        items = (_list_items(line) if listing else set()) if items is None else items
                        if exact not in items:
                            canonical = None
                    if canonical is not None:
                        found.setdefault(canonical, raw.strip()[:200])
                        matched = size
                        break
                position += matched or 1
        if number + 1 < len(lines) and number + 1 not in skipped:
            _across(tax, raw, lines[number + 1], found)
        named_here: list[str] = []  # the Chinese names found on the line ("用友u8"): their Latin part is no item
        if tax.chinese is not None and _HAS_CJK.search(line):  # the big alternation costs on every line
            for match in tax.chinese.finditer(line.lower()):
                name = match.group(0)
                named_here.append(name)
                if _in_company_name(line, match.end()) or _ZH_JOB_AFTER.match(line, match.end()):
                    continue  # "天河云帆软件有限公司" is an employer, not FineReport (帆软)
                if name in tax.chinese_professional and number not in in_section \
                        and (number in in_duties or not (listing and _chinese_item(line, name))):
                    continue
                found.setdefault(tax.chinese_names[name], raw.strip()[:200])
        if number in in_section and listing:
            listed += [(item, raw) for item in _section_items(line) if not _known_inside(tax, item)
                       and not any(item.lower() in name for name in named_here)]
    # A listed item that is a piece of a skill found already (a name that layout broke over two lines,
    # "Accounts / Payable") adds nothing.
    known_words = {word for skill in found for word in skill.split()}
    for item, raw in listed:
        if not {word.lower() for word in tokens(item)} <= known_words:
            found.setdefault(canonical_skill(item), raw.strip()[:200])
    # A spoken language is no skill here ("Danish (native)" in a skills table); languages are their own field.
    return {skill: line for skill, line in found.items()
            if skill not in _spoken_languages() and not _LANGUAGE_TEST.match(skill)}


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,3}s")
# US states' and Canadian provinces' codes: after "City, " they name a place ("Montréal, QC" is no quality control).
_PLACE_CODES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
    "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
    "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AB", "BC", "MB", "NB", "NL", "NS",
    "NT", "NU", "ON", "PE", "QC", "SK", "YT"})
_CITY_CODE = re.compile(r"\b([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?),\s?([A-Z]{2})\b"
                        r"(?!\s*[,/&]\s*(?!(?:Canada|USA|US|U\.S\.|United States)\b)[A-Za-z])")
_COMPANY_END = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:有限公司|有限责任公司|股份公司|集团|公司)")


def _place_codes(line: str, tax: Taxonomy) -> str:
    """The line without the region code of a "City, ST" place, unless the word before it is a skill itself
    ("Marketing, PR" lists two skills)."""
    def keep(match: re.Match[str]) -> str:
        before, code = match.group(1), match.group(2)
        if code not in _PLACE_CODES or tuple(t.lower() for t in tokens(before)) in tax.phrases:
            return match.group(0)
        return f"{before},"
    return _CITY_CODE.sub(keep, line)


# A line that names the job sought or a personal detail lists no skill ("求职意向:人力资源主管 / HRBP",
# "Family: Married", "U.S. permanent resident").
_NO_SKILLS_LINE = re.compile(
    r"\s*(?:求职意向|应聘职位|应聘岗位|意向岗位|期望职位|期望岗位|目标职位|"
    r"target (?:role|position)|desired (?:role|position)|"
    r"family|marital status|nationality|citizenship|religion|gender|sex|age|date of birth|dob|"
    r"婚姻|婚否|国籍|民族|宗教|性别|年龄|出生)\s*[:：|]|.*\b(?:permanent resident|citizen|work permit|visa)\b",
    re.IGNORECASE)
# A language test is no skill ("CET-6", "TEM-8", "IELTS 7.5"): the languages field covers it.
_LANGUAGE_TEST = re.compile(r"^(?:cet|tem|pets)-?\d$|^(?:ielts|toefl|toeic|jlpt|hsk|topik|delf|dalf|dele|testdaf)\b",
                            re.IGNORECASE)
_JOB_WORDS = frozenset({"designer", "designers", "engineer", "engineers", "developer", "developers", "manager",
                        "managers", "analyst", "analysts", "specialist", "consultant", "lead", "architect",
                        "administrator", "officer", "coordinator", "director", "assistant", "technician", "researcher"})
# A Chinese name followed by a job's word names a job ("机械设计工程师", "总账会计"), not a skill.
_ZH_JOB_AFTER = re.compile(r"(?:工程师|设计师|会计|主管|经理|专员|总监|助理|顾问|专家|师)")
_SLASHED = re.compile(rf"[{_L}+#.]+(?:/[{_L}+#.]+)+")


def _split_slashes(line: str, tax: Taxonomy) -> str:
    """Names joined by a slash are a list ("HTML/CSS", "SEO/SEM", "CPR/AED"), unless the taxonomy knows the
    joined word ("CI/CD", "TCP/IP", "A/B testing")."""
    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if word.lower() in tax.slashed else word.replace("/", " / ")
    return _SLASHED.sub(split, line) if "/" in line else line


def _in_company_name(line: str, end: int) -> bool:
    """The Chinese name found ends inside an organisation's name: a company suffix follows within a few characters."""
    return bool(_COMPANY_END.match(line[end:]))


# Words that head, qualify or pad a skills list rather than name a skill.
_NOT_ITEMS = frozenset({
    "skills", "skill", "tools", "tool", "technologies", "technical", "software", "systems", "platforms", "other",
    "others", "etc", "and", "or", "including", "languages", "language", "certifications", "certification",
    "competencies", "core", "key", "expertise", "proficient", "proficiency", "advanced", "intermediate", "basic",
    "expert", "fluent", "native", "familiar", "working knowledge", "strong", "excellent", "good", "level",
    "years", "year", "hard skills", "soft skills", "technical skills", "core skills", "key skills", "interests",
    "hobbies", "references", "available on request"})
_TABLE_HEADINGS = frozenset({"area", "areas", "details", "detail", "category", "categories", "skill", "skills",
                             "level", "proficiency", "tools", "years", "experience", "技能", "类别", "熟练程度"})
_ACHIEVEMENT = re.compile(r"^(?:trained|managed|led|built|reduced|increased|delivered|developed|created|launched|"
                          r"achieved|grew|cut|saved|won|ran|oversaw|supervised|coached|mentored)\b", re.IGNORECASE)
_LEVEL = re.compile(r"\s*[(（][^)）]{0,40}[)）]\s*|\s+[-–—]\s+\w+(?:\s\w+)?\s*$|\s*\d+\+?\s*(?:years?|yrs?)\b.*$",
                    re.IGNORECASE)


def _section_items(line: str) -> list[str]:
    """Under a skills heading, what the resume lists is what it presents as skills, in the taxonomy or not
    ("Sterile compounding, Pharmacovigilance"): the items of a list, or a short line of its own, in Latin
    script (a Chinese name outside the taxonomy has no agreed English name), of one to four words. A
    "Label: items" line loses its label; proficiency notes and years in brackets are dropped."""
    text = line.strip().lstrip("-–—*•●▪· \t")
    if "@" in text or "http" in text.lower():
        return []
    if _HAS_CJK.search(text):
        # A Chinese list keeps its Latin-script items ("实验技术 PCR、细胞培养、Western Blot" → PCR, Western Blot);
        # its Chinese items have no agreed English name outside the taxonomy.
        parts = re.split(r"[、，,；;|]|[\u3400-\u9fff]+[:：]?\s*", text)
        return [p for part in parts if (p := part.strip(" .-–—*()（）")) and not _HAS_CJK.search(p)
                and _section_items(p) == [p]]
    label, colon, rest = text.partition(":")
    if colon and len(label.split()) <= 4:
        text = rest
    cells = [cell.strip() for cell in text.split("|")]
    if len(cells) >= 2:  # a table row: "People | Guest relations, Team leadership"; a header row lists nothing
        if all(cell.lower() in _TABLE_HEADINGS for cell in cells if cell):
            return []
        if len(cells[0].split()) <= 2 and ("," in text or len(cells) > 2):
            text = " | ".join(cells[1:])
    parts = [p for p in re.split(r"\s*(?:[,;|•·●▪、，；]|\s/\s|\s[-–—]\s|\t|\s{2,})\s*", text) if p.strip()]
    items = []
    for part in parts:
        part = _LEVEL.sub(" ", part)
        part = re.sub(r"[(（].*$", "", part).strip(" .-–—*)）")  # an aside its list split open: "Excel (advanced"
        part = re.sub(r"^(?:and|or)\s+", "", part, flags=re.IGNORECASE)
        words = part.split()
        if not 1 <= len(words) <= 4 or not re.search(r"[A-Za-z]", part) or len(part) > 40 or len(part) < 2:
            continue
        if part.lower() in _NOT_ITEMS or part.lower() in _spoken_languages():
            continue
        if len(words) > 1 and words[0].lower() in ("strong", "excellent", "good", "proven", "solid"):
            continue
        if re.search(r"\bpage\s+\d", part, re.IGNORECASE) or "%" in part or (
                len(words) >= 3 and re.search(r"\d", part)) or _ACHIEVEMENT.match(part):
            continue  # a figure or a deed ("Trained 12 commis chefs", "GP 68–72%") is no skill
        items.append(part)
    return items


def _known_inside(tax: Taxonomy, item: str) -> bool:
    """The taxonomy names something within the item ("Excel (advanced)", "Python/Django", "ANSYS Mechanical"):
    then what it names is the skill, and the item adds nothing."""
    words = tokens(item)
    lower = [w.lower() for w in words]
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + tax.longest) + 1):
            if tuple(lower[start:end]) in tax.phrases or tuple(words[start:end]) in tax.cased:
                return True
    return False


@lru_cache(maxsize=1)
def languages_file() -> dict[str, dict[str, list[str]]]:
    """skills.json: the spoken languages and the names resumes use for them (`languages`); skills come from
    taxonomy.json. Read once, for the parser's language list and for skills lists that must skip languages."""
    return json.loads(resources.files("tools.resumes").joinpath("skills.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _spoken_languages() -> frozenset[str]:
    names = set()
    for name, synonyms in languages_file().get("languages", {}).items():
        names.add(name.lower())
        names.update(s.lower() for s in synonyms)
    return frozenset(names)


def _across(tax: Taxonomy, line: str, following: str, found: dict[str, str]) -> None:
    """A name of two or more words that layout broke over two lines ("Accounts / Payable")."""
    tail = tokens(_CHUNKS.split(normalize(line))[-1])
    head = tokens(_CHUNKS.split(normalize(following))[0])
    if not tail or not head:
        return
    words = [w.lower() for w in (*tail, *head)]
    for start in range(len(tail)):
        for end in range(len(tail) + 1, min(len(words), start + tax.longest) + 1):
            canonical = tax.phrases.get(tuple(words[start:end]))
            if canonical is not None:
                found.setdefault(canonical, f"{line.strip()} {following.strip()}"[:200])
                return


def _chinese_item(line: str, name: str) -> bool:
    """The name stands as an item of a Chinese list ("财务分析、预算管理、招聘", "具备渠道管理和商务谈判能力"), not
    inside a title (销售经理)."""
    for part in re.split(r"[、，,；;|/（）()：:\s]+|以及|[和及与]", line):
        part = re.sub(r"^(?:熟悉|精通|熟练掌握|掌握|擅长|了解|具备)", "", part.strip())
        part = re.sub(r"(?:等)?(?:能力|经验|技能)$", "", part)
        if part == name:
            return len(re.split(r"[、，,；;|/]|以及|[和及与]", line)) > 1 or line.strip() == name
    return False


def is_chinese_skill(text: str) -> bool:
    """The whole text is a Chinese skill name of the taxonomy ("项目管理", "数据分析")."""
    return normalize(text).strip().lower() in taxonomy().chinese_names


def canonical_skill(name: str) -> str:
    """A job's skill in the taxonomy's words ("K8s" → kubernetes, "Autodesk AutoCAD" → autocad); unknown
    skills stay as written, lower case."""
    tax = taxonomy()
    text = normalize(name).strip()
    lowered = text.lower()
    if lowered in tax.skills:
        return lowered
    key = tuple(t.lower() for t in tokens(text))
    if key in tax.phrases:
        return tax.phrases[key]
    exact = tuple(tokens(text))
    if exact in tax.cased:
        return tax.cased[exact][0]
    if key in tax.cased_lower:
        return tax.cased_lower[key]
    if lowered in tax.chinese_names:
        return tax.chinese_names[lowered]
    return re.sub(r"\s+", " ", lowered)
