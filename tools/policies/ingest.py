"""Split a policy into the sections it declares: Markdown headings, numbered clauses (1., 2.3), 第X条 articles."""

from __future__ import annotations

import re

from tools.policies.models import Section

MAX_SECTION_CHARS = 2000
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<h>.+?)\s*#*\s*$")
_ARTICLE = re.compile(r"^\s*(?P<label>第[一二三四五六七八九十百零〇0-9]+条)\s*(?P<rest>.*)$")
_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十百零〇0-9]+[章节]\s*.*$")
_NUMBERED = re.compile(r"^\s*(?P<label>\d{1,2}(?:\.\d{1,2}){0,2})[.)、]?\s+(?P<rest>\S.{0,120})$")


def _label_of(heading: str) -> tuple[str, str]:
    numbered = re.match(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){0,2})[.)、]?\s+(?P<rest>.+)$", heading)
    if numbered:
        return numbered.group("label"), numbered.group("rest").strip()
    article = _ARTICLE.match(heading)
    if article:
        return article.group("label"), article.group("rest").strip() or article.group("label")
    return heading.strip(), heading.strip()


def split_sections(text: str) -> list[Section]:
    """Sections in document order. Text before the first marker (a title, a preamble) is not a section of its
    own unless the document has no markers at all."""
    sections: list[Section] = []
    label = heading = None
    body: list[str] = []
    title_seen = False

    def close() -> None:
        content = "\n".join(line for line in body if line.strip()).strip()
        if label is not None and (content or heading):
            for start in range(0, max(len(content), 1), MAX_SECTION_CHARS):
                part = content[start:start + MAX_SECTION_CHARS]
                sections.append(Section(label=label if start == 0 else f"{label} (cont.)", heading=heading or label,
                                        text=part))

    for line in text.splitlines():
        markdown = _HEADING.match(line)
        article = _ARTICLE.match(line)
        numbered = _NUMBERED.match(line) if not markdown else None
        if markdown and not title_seen and line.lstrip().startswith("# ") and not sections and label is None:
            title_seen = True  # the document's title
            continue
        if markdown or article or (numbered and len(line) < 80 and not line.rstrip().endswith(("。", "."))):
            close()
            if markdown:
                label, heading = _label_of(markdown.group("h"))
            elif article:
                label = article.group("label")
                rest = article.group("rest").strip()
                heading = rest if rest and len(rest) <= 30 else label
                body = [rest] if rest and len(rest) > 30 else []
                continue
            else:
                label, heading = numbered.group("label"), numbered.group("rest").strip()  # type: ignore[union-attr]
            body = []
            continue
        if _CHAPTER.match(line):
            continue
        body.append(line)
    close()
    if not sections:
        content = text.strip()
        for number, start in enumerate(range(0, len(content), MAX_SECTION_CHARS), start=1):
            sections.append(Section(label=str(number), heading="", text=content[start:start + MAX_SECTION_CHARS]))
    return sections
