"""Dates and date ranges as resumes write them, in English and Chinese; months of overlapping periods."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {name: n for n, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for name in names}
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
PRESENT = r"(?:present|current|now|today|ongoing|date|the present|至今|今|现在|目前)"
_POINT = (rf"(?:(?P<{{p}}m1>{_MONTH_WORD})\.?\s+(?P<{{p}}y1>(?:19|20)\d\d)"
          rf"|(?P<{{p}}y2>(?:19|20)\d\d)\s*年\s*(?:(?P<{{p}}m2>1[0-2]|0?[1-9])\s*月)?"
          rf"|(?P<{{p}}y3>(?:19|20)\d\d)[./-](?P<{{p}}m3>1[0-2]|0?[1-9])(?![\d])"
          rf"|(?P<{{p}}m4>1[0-2]|0?[1-9])[./](?P<{{p}}y4>(?:19|20)\d\d)"
          rf"|(?P<{{p}}y5>(?:19|20)\d\d)"
          rf"|(?P<{{p}}m6>{_MONTH_WORD})\.?\s*['’‘](?P<{{p}}y6>\d\d)(?!\d))")
_SEPARATOR = r"\s*(?:-|–|—|~|～|to|till|until|through|thru|至|到|－)+\s*"
RANGE = re.compile(_POINT.format(p="s") + _SEPARATOR + "(?:" + _POINT.format(p="e") + rf"|(?P<present>{PRESENT}))",
                   re.IGNORECASE)
POINT = re.compile(_POINT.format(p="s"), re.IGNORECASE)
# An open range: "since March 2022", "from 2019 onwards", "2020年3月起", "自2019年7月以来".
SINCE = re.compile(r"(?:\bsince|\bfrom|自|从)\s*" + _POINT.format(p="s") + r"|"
                   + _POINT.format(p="s").replace("(?P<s", "(?P<o") + r"\s*(?:起|以来|onwards|onward)", re.IGNORECASE)


_LATEST_TWO_DIGIT_YEAR = 2040  # resumes are read decades before this matters


SUMMER = re.compile(r"\bsummer\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _point(match: re.Match[str], prefix: str, *, year_alone: int = 1) -> tuple[int, int] | None:
    """(year, month) of a matched point; a year written alone takes `year_alone` as its month."""
    for n in range(1, 7):
        year = match.group(f"{prefix}y{n}")
        if year and len(year) == 2:  # "Sep ’21": a two-digit year is this century's unless that is still to come
            year = str(2000 + int(year) if 2000 + int(year) <= _LATEST_TWO_DIGIT_YEAR else 1900 + int(year))
        if year:
            month_text = match.groupdict().get(f"{prefix}m{n}")
            if month_text is None:
                month = year_alone
            elif month_text.isdigit():
                month = int(month_text)
            else:
                month = MONTHS[month_text.lower().rstrip(".")]
            return int(year), month
    return None


def find_range(text: str, today: dt.date) -> tuple[str, str, int, int, re.Match[str]] | None:
    """The first date range in the text: (start "YYYY-MM", end "YYYY-MM" or "present", and the period as month
    indexes [start, end) with the end month included: "2019.03–2022.07" is 41 months; an ongoing role runs
    through the current month; a year alone starts in its January and ends in its December: "2015 – 2017" is
    36 months)."""
    match = RANGE.search(text)
    if match is None:
        season = SUMMER.search(text)
        if season is not None:  # "Summer 2016": June to August
            year = int(season.group("y"))
            return f"{year:04d}-06", f"{year:04d}-08", year * 12 + 5, year * 12 + 8, season
        since = SINCE.search(text)
        if since is None:
            return None
        start = _point(since, "s") or _point(since, "o")
        if start is None:
            return None
        return (f"{start[0]:04d}-{start[1]:02d}", "present", start[0] * 12 + start[1] - 1,
                today.year * 12 + today.month, since)
    start = _point(match, "s")
    if start is None:
        return None
    if match.group("present"):
        end_point, end_text = (today.year, today.month), "present"
    else:
        end_point = _point(match, "e", year_alone=12)
        if end_point is None:
            return None
        end_text = f"{end_point[0]:04d}-{end_point[1]:02d}"
    return (f"{start[0]:04d}-{start[1]:02d}", end_text, start[0] * 12 + start[1] - 1,
            end_point[0] * 12 + end_point[1], match)


def find_point(text: str) -> str | None:
    """The first single date in the text as "YYYY-MM" (a year alone: its January)."""
    match = POINT.search(text)
    point = _point(match, "s") if match else None
    return f"{point[0]:04d}-{point[1]:02d}" if point else None


def union_months(spans: list[tuple[int, int]]) -> int:
    """Months covered by periods [start, end), overlaps counted once."""
    total = 0
    current: tuple[int, int] | None = None
    for start, end in sorted(span for span in spans if span[1] > span[0]):
        if current is None or start > current[1]:
            if current:
                total += current[1] - current[0]
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    if current:
        total += current[1] - current[0]
    return total
