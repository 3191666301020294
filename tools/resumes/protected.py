"""Protected attributes and their proxies: detected, listed, and cut out of the text the scorer sees.

Three kinds of mention, wherever they are (header, a personal-details table, a closing line, a footer):
- a label with its value: "性别：男", "Date of Birth: 12 May 1990", a table row "民族 | 汉族", several on one line
  with or without colons ("性别 女 出生年月 1990年5月");
- a bare value that means one thing in a resume: "男", "Female", "28岁", "汉族", "中共党员", "Married", "Canadian
  citizen", a photo marker ("[Photo]", "[照片]"); a bare age ("38") counts beside another personal value
  ("Female, 38, married") or under a personal label ("Personal: …");
- an image in the document (a photo).
The segment that holds it is removed, and the value cell after a bare label.
"""

from __future__ import annotations

import re

from tools.resumes.models import Redaction

LABELS: dict[str, list[str]] = {
    "gender": ["gender", "sex", "性别"],
    "birth_date": ["date of birth", "birth date", "birthday", "dob", "d.o.b", "born", "出生年月", "出生日期",
                   "出生年份", "生日", "出生"],
    "age": ["age", "年龄"],
    "marital_status": ["marital status", "marital", "civil status", "family status", "婚姻状况", "婚姻状态", "婚否",
                       "婚姻", "婚育状况", "婚育"],
    "ethnicity": ["ethnicity", "ethnic group", "ethnic origin", "race", "民族"],
    "native_place": ["place of birth", "birthplace", "hometown", "native place", "state of origin", "籍贯", "户籍",
                     "户口所在地", "户口", "出生地", "生源地"],
    "political_affiliation": ["political affiliation", "political status", "party membership", "政治面貌"],
    "nationality": ["nationality", "citizenship", "citizen of", "national of", "国籍"],
    "religion": ["religion", "religious affiliation", "faith", "宗教信仰", "宗教", "信仰"],
    "health": ["health status", "health condition", "health", "disability", "medical condition", "健康状况",
               "身体状况", "健康"],
    "height_weight": ["height", "weight", "身高/体重", "身高体重", "身高", "体重"],
    "photo": ["photo", "photograph", "picture", "照片", "相片", "头像"],
}
_DEMONYMS = (r"american|canadian|british|english|scottish|irish|welsh|australian|new zealander|indian|pakistani|"
             r"bangladeshi|chinese|japanese|korean|south korean|vietnamese|thai|filipino|indonesian|malaysian|"
             r"singaporean|german|french|spanish|italian|portuguese|dutch|belgian|swiss|austrian|swedish|norwegian|"
             r"danish|finnish|polish|czech|russian|ukrainian|turkish|greek|mexican|brazilian|argentine|argentinian|"
             r"chilean|colombian|peruvian|nigerian|ghanaian|kenyan|south african|egyptian|moroccan|emirati|saudi|"
             r"israeli|iranian|iraqi|lebanese|jordanian|syrian")
BARE: dict[str, str] = {
    "gender": r"^(?:男|女|男性|女性|male|female|man|woman|non-binary|nonbinary)$",
    "age": r"^(?:\d{2}\s*(?:岁|周岁)|\d{2}\s*(?:years?|yrs?)\s*old|aged?\s*\d{2}|age\s*\d{2})$",
    "birth_date": (r"^(?:(?:19|20)\d\d\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?\s*)?(?:生|出生)"
                   r"|born\s+(?:in\s+|on\s+)?.+|b\.\s*(?:19|20)\d\d|(?:dob|d\.o\.b\.?)\s+.*\d{4}.*)$"),
    "marital_status": (r"^(?:已婚|未婚|离异|丧偶|已婚已育|已婚未育|未婚未育|married|single|divorced|widowed|"
                       r"separated|engaged|in a civil partnership"
                       r"|married,? (?:with )?(?:one|two|three|\d) (?:young |small |grown-up )?(?:child|children|kids?)"
                       r"|(?:one|two|three|\d) (?:child|children|kids)"
                       # leave to care for a child tells family status, the proxy the field covers
                       r"|(?:parental|maternity|paternity) leave|产假|育儿假)$"),
    "ethnicity": r"^(?:汉族|回族|满族|蒙古族|藏族|维吾尔族|壮族|苗族|彝族|土家族|朝鲜族|[\u4e00-\u9fff]{1,3}族)$",
    "political_affiliation": (r"^(?:中共党员|中共预备党员|共青团员|团员|群众|民主党派|党员|预备党员"
                              r"|communist party member)$"),
    "nationality": rf"^(?:(?:{_DEMONYMS})\s+(?:citizen|national|passport holder)|(?:us|u\.s\.|uk|eu) citizen"
                   r"|citizen of .+|(?:dual|permanent) (?:citizen|resident).*|green card holder)$",
    "religion": (r"^(?:christian|muslim|hindu|buddhist|jewish|catholic|protestant|sikh|orthodox christian|"
                 r"基督教|佛教|伊斯兰教|天主教|道教)$"),
    "health": r"^(?:身体健康|in good health|good health|excellent health|no disabilit(?:y|ies))$",
    "height_weight": (r"^(?:\d{2,3}\s*(?:cm|公分|厘米)|\d{2,3}\s*(?:kg|公斤|千克|斤|lbs?)"
                      r"|\d\s*['’]\s*\d{1,2}\s*(?:\"|”|'')?|\d{2,3}\s*cm\s*/\s*\d{2,3}\s*kg)$"),
    "photo": r"^(?:\[\s*(?:photo|photograph|picture|headshot|照片|相片|头像)\s*\]|照片|相片|头像|photo attached)$",
}
# A bare age is a number of years only beside another personal value, or under a personal label.
_BARE_NUMBER = re.compile(r"^(?:1[6-9]|[2-7]\d)$")
_PERSONAL_LABEL = re.compile(r"^\s*(?:personal(?: details| information| data| particulars)?|about me|个人信息|基本信息|"
                             r"个人资料)\s*[:：]\s*", re.IGNORECASE)
# A comma beside a Chinese character separates too: NFKC turns "女，1992年3月出生" into "女,1992年3月出生".
_SPLIT = re.compile(r"\s*(?:\||｜|;|；|·|•|/(?=\s)|\s{2,}|\t|,\s|,(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]),|"
                    r"，|、|\.\s+(?=[A-Z])|。|\s[—–-]\s)\s*")
_BARE_DEMONYM = re.compile(rf"^(?:{_DEMONYMS})(?:\s*\([^)]{{0,40}}\))?$", re.IGNORECASE)
_NO_VALUE = frozenset({"photo", "照片", "相片", "头像"})


def _label_pattern(labels: list[str]) -> re.Pattern[str]:
    # English labels need a colon or a cell of their own ("Health insurance claims" is not a health label);
    # Chinese labels may also be followed by a space ("性别 男").
    ascii_labels = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True) if label.isascii())
    other_labels = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True)
                            if not label.isascii())
    parts = []
    if ascii_labels:
        parts.append(rf"(?:{ascii_labels})(?:\s*[:：]\s*|$)")
    if other_labels:
        parts.append(rf"(?:{other_labels})(?:\s*[:：]\s*|\s+|$)")
    return re.compile(r"^(?:" + "|".join(parts) + r")(?P<value>.*)$", re.IGNORECASE)


_LABEL_PATTERNS = {field: _label_pattern(labels) for field, labels in LABELS.items()}
_BARE_PATTERNS = {field: re.compile(pattern, re.IGNORECASE) for field, pattern in BARE.items()}
_CHINESE_LABELS = sorted((label for labels in LABELS.values() for label in labels if not label.isascii()),
                         key=len, reverse=True)
# Several labelled values on one line, with or without colons: "性别 女 出生年月 1990年5月 民族：汉族".
_INLINE = re.compile(r"(?:^|(?<=[\s|｜,，;；]))(?P<label>" + "|".join(map(re.escape, _CHINESE_LABELS)) +
                     r")\s*(?:[:：]\s*|\s+)(?P<value>[^\s|｜,，;；]{1,14})")
_FIELD_OF_LABEL = {label: field for field, labels in LABELS.items() for label in labels}
# English labels with colons run together on one line: "Nationality: Jordanian Age: 38 Marital status: Married".
_ENGLISH_LABELS = sorted((label for labels in LABELS.values() for label in labels if label.isascii()
                          and label not in ("photo", "photograph", "picture")), key=len, reverse=True)
_INLINE_EN = re.compile(r"(?:^|(?<=\s))(?P<label>" + "|".join(map(re.escape, _ENGLISH_LABELS)) +
                        r")\s*:\s*(?P<value>\S.*?)(?=\s+(?:" + "|".join(map(re.escape, _ENGLISH_LABELS)) +
                        r")\s*:|$)", re.IGNORECASE)
# A Chinese label typed with spaces to align a form ("年    龄：45岁", "民 族 回族") is the same label.
_SPACED_LABEL = re.compile("|".join(r"[ \u3000]+".join(map(re.escape, label))
                                    for label in _CHINESE_LABELS if 2 <= len(label) <= 4))
_LEAVE = re.compile(r"leave|产假|育儿假", re.IGNORECASE)
_BREAK = re.compile(r"\bbreak\b|间隔|空窗", re.IGNORECASE)
# A photo marker standing alone in a form's row ("姓名 张雨桐 性别 女 照片").
_PHOTO_WORD = re.compile(r"(?:^|(?<=\s))(?:照片|相片|头像|\[photo\])(?=\s|$)", re.IGNORECASE)


def _classify(segment: str) -> tuple[str, bool] | None:
    """(field, whether the segment is a bare label whose value is the next segment)."""
    text = segment.strip()
    if not re.fullmatch(r"\[.*\]|【.*】", text):  # a bracketed marker ("[Photo]") keeps its brackets
        text = text.strip(",，。.*_()（）[]【】 ")
    if not text:
        return None
    for field, pattern in _LABEL_PATTERNS.items():
        match = pattern.match(text)
        if match and (field not in ("health", "photo") or len(text) < 40):
            value = match.group("value").strip()
            if field == "photo" and value and not re.fullmatch(r"[\w\s.:/-]{0,40}", value):
                continue
            return field, not value and text.lower() not in _NO_VALUE
    for field, pattern in _BARE_PATTERNS.items():
        if pattern.match(text):
            return field, False
    return None


def _rejoin(kept: list[tuple[int, str]], separators: list[str]) -> str:
    """The kept segments with the separators they had between them ("Sep 2020 – Jul 2021" stays a range); " | "
    where a segment was cut out."""
    out, previous = "", None
    for index, part in kept:
        if previous is not None:
            out += separators[index - 1] if index == previous + 1 else " | "
        out += part
        previous = index
    return out


def redact(text: str, *, images: int = 0) -> tuple[str, list[Redaction]]:
    """The text without protected attributes, and what was found (one entry per field, first reason)."""
    found: dict[str, Redaction] = {}

    def note(field: str, kind: str, number: int) -> None:
        # The reason names the kind of mention and the line, never the value: reviewers see reasons.
        found.setdefault(field, Redaction(field=field, reason=f"{kind} on line {number}"))

    out_lines: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _SPACED_LABEL.sub(lambda m: re.sub(r"[ \u3000]+", "", m.group(0)), raw)
        if _PHOTO_WORD.search(line) and line.strip() not in ("照片", "相片", "头像"):
            note("photo", "a bare value", number)
            line = _PHOTO_WORD.sub(" ", line)
        personal = _PERSONAL_LABEL.match(line)
        if personal:
            line = line[personal.end():]
        parts = re.split(f"({_SPLIT.pattern})", line)
        segments, separators = parts[0::2], parts[1::2]
        hits = [(_classify(segment) if len(segment) <= 60 and len(_INLINE.findall(segment)) < 2
                 and (":" not in segment or len(_INLINE_EN.findall(segment)) < 2) else None) for segment in segments]
        beside_personal = personal is not None or any(hit is not None for hit in hits)
        keep: list[tuple[int, str]] = []
        changed = personal is not None or line != raw
        skip_next = False
        for index, (segment, hit) in enumerate(zip(segments, hits, strict=True)):
            if skip_next:
                skip_next = False
                changed = True
                continue
            if hit is None and beside_personal and _BARE_NUMBER.match(segment.strip(" .,，")):
                note("age", "a bare value", number)
                changed = True
                continue
            if hit is None and beside_personal and _BARE_DEMONYM.match(segment.strip(" .,，")):
                note("nationality", "a bare value", number)  # "Malaysian (Singapore PR)" among personal details
                changed = True
                continue
            if hit is None:
                remaining = segment
                for inline in list(_INLINE.finditer(segment)):
                    note(_FIELD_OF_LABEL[inline.group("label")], "a labelled value", number)
                    remaining = remaining.replace(inline.group(0), " ")
                english = list(_INLINE_EN.finditer(segment)) if ":" in segment else []
                if len(english) >= 2:  # two or more labelled values run together (one alone is a hit above)
                    for inline in english:
                        note(_FIELD_OF_LABEL[inline.group("label").lower()], "a labelled value", number)
                        remaining = remaining.replace(inline.group(0), " ")
                if remaining is not segment:
                    remaining = re.sub(r"\s{2,}", " ", remaining).strip()
                    changed = True
                if remaining:
                    keep.append((index, remaining))
                continue
            field, label_only = hit
            labelled = _LABEL_PATTERNS[field].match(segment.strip().strip(",，。.*_"))
            note(field, "a labelled value" if labelled else "a bare value", number)
            if field == "marital_status" and _LEAVE.search(segment) and not _BREAK.search(line):
                keep.append((index, "career break"))  # the period stays a break for the years, its reason goes
            skip_next = label_only
            changed = True
        if not changed:
            out_lines.append(raw)  # nothing protected: the line as written
        else:
            out_lines.append(_rejoin([(index, part) for index, part in keep if part.strip()], separators))
    if images:
        found.setdefault("photo", Redaction(field="photo", reason=f"{images} image(s) in the document"))
    return "\n".join(out_lines), list(found.values())
