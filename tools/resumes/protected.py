"""Protected attributes and their proxies: detected, listed, and cut out of the text the scorer sees.

Two kinds of mention: a label with its value ("性别：男", "Date of Birth: 12 May 1990", a table row
"民族 | 汉族"), and a bare value that only means one thing in a resume header ("男", "28岁", "汉族",
"中共党员", "Married"). The segment that holds it is removed, with the value cell after a bare label.
"""

from __future__ import annotations

import re

from tools.resumes.models import Redaction

LABELS: dict[str, list[str]] = {
    "gender": ["gender", "sex", "性别"],
    "birth_date": ["date of birth", "birth date", "birthday", "dob", "born", "出生年月", "出生日期", "出生年份", "生日",
                   "出生"],
    "age": ["age", "年龄"],
    "marital_status": ["marital status", "marital", "婚姻状况", "婚姻状态", "婚否", "婚姻"],
    "ethnicity": ["ethnicity", "ethnic group", "race", "民族"],
    "native_place": ["place of birth", "birthplace", "hometown", "native place", "籍贯", "户籍", "户口所在地", "出生地",
                     "生源地"],
    "political_affiliation": ["political affiliation", "political status", "party membership", "政治面貌"],
    "nationality": ["nationality", "citizenship", "国籍"],
    "religion": ["religion", "religious affiliation", "faith", "宗教信仰", "宗教", "信仰"],
    "health": ["health status", "health condition", "health", "disability", "健康状况", "身体状况", "健康"],
    "height_weight": ["height", "weight", "身高", "体重"],
}
BARE: dict[str, str] = {
    "gender": r"^(?:男|女|male|female|man|woman)$",
    "age": r"^(?:\d{2}\s*岁|\d{2}\s*years?\s*old|aged?\s*\d{2})$",
    "birth_date": (r"^(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?\s*(?:生|出生)"
                   r"|born\s+(?:in\s+|on\s+)?.+)$"),
    "marital_status": r"^(?:已婚|未婚|离异|已婚已育|已婚未育|married|single|divorced|widowed)$",
    "ethnicity": r"^(?:汉族|回族|满族|蒙古族|藏族|维吾尔族|壮族|苗族|彝族|土家族|朝鲜族|[\u4e00-\u9fff]{1,3}族)$",
    "political_affiliation": r"^(?:中共党员|中共预备党员|共青团员|团员|群众|民主党派|党员|communist party member)$",
    "height_weight": r"^(?:\d{2,3}\s*(?:cm|公分|厘米)|\d{2,3}\s*(?:kg|公斤|千克|斤))$",
}
_SPLIT = re.compile(r"\s*(?:\||｜|;|；|·|•|/(?=\s)|\s{2,}|\t)\s*")
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
_INLINE = re.compile(r"(?P<label>" + "|".join(re.escape(label) for labels in LABELS.values() for label in labels
                                              if not label.isascii()) + r")\s*[:：]\s*[^\s,，;；|]+")


def _classify(segment: str) -> tuple[str, bool] | None:
    """(field, whether the segment is a bare label whose value is the next segment)."""
    text = segment.strip().strip(",，。.")
    if not text:
        return None
    for field, pattern in _LABEL_PATTERNS.items():
        match = pattern.match(text)
        if match and (field != "health" or len(text) < 40):
            return field, not match.group("value").strip()
    for field, pattern in _BARE_PATTERNS.items():
        if pattern.match(text):
            return field, False
    return None


def redact(text: str, *, images: int = 0) -> tuple[str, list[Redaction]]:
    """The text without protected attributes, and what was found (one entry per field, first reason)."""
    found: dict[str, Redaction] = {}
    out_lines: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        segments = _SPLIT.split(line)
        keep: list[str] = []
        skip_next = False
        for segment in segments:
            if skip_next:
                skip_next = False
                continue
            hit = _classify(segment) if len(segment) <= 60 else None
            if hit is None:
                inline = _INLINE.search(segment)
                if inline:  # 姓名：张伟 性别：男 on one line without separators
                    field = next(f for f, labels in LABELS.items() if inline.group("label") in labels)
                    found.setdefault(field, Redaction(field=field, reason=f"a labelled value on line {number}"))
                    segment = _INLINE.sub("", segment).strip()
                keep.append(segment)
                continue
            field, label_only = hit
            # The reason names the kind of mention and the line, never the value: reviewers see reasons.
            labelled = _LABEL_PATTERNS[field].match(segment.strip().strip(",，。."))
            kind = "a labelled value" if labelled else "a bare value"
            found.setdefault(field, Redaction(field=field, reason=f"{kind} on line {number}"))
            skip_next = label_only
        out_lines.append(" | ".join(part for part in keep if part.strip()) if len(segments) > 1 else
                         (keep[0] if keep else ""))
    if images:
        found.setdefault("photo", Redaction(field="photo", reason=f"{images} image(s) in the document"))
    return "\n".join(out_lines), list(found.values())
