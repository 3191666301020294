"""Policies as people write them, read into quotable passages.

A document may open with YAML front matter (its title and metadata) and be Markdown, HTML, plain text, or
text extracted from a PDF or DOCX. Its structure is what it declares: Markdown headings (their hierarchy is
kept as each section's path, "4 Travel › 4.1 Meals"), 第X条 articles, numbered clauses in plain text, and
statute headings that repeat a caption written on the line above ("§ 301-1.2 What is an employee?" above
"#### § 301-1.2"). Links, emphasis, HTML and shortcodes are reduced to the text a reader sees; table rows
become "header: value" sentences; long sections are split into passages at paragraph boundaries, each
keeping its section's label and path.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from tools.policies.models import Section

MAX_SECTION_CHARS = 2000  # a citation's text is at most this long (CONTRACT.md)
PASSAGE_CHARS = 1200  # a long section is split into passages of about this size
PATH_SEPARATOR = " › "

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<h>.+?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_ARTICLE = re.compile(r"^\s*(?P<label>第[一二三四五六七八九十百千零〇0-9]+条)\s*(?P<rest>.*)$")
_CHAPTER = re.compile(r"^\s*(?P<label>第[一二三四五六七八九十百千零〇0-9]+[编章节])\s*(?P<rest>.*)$")
_NUMBERED = re.compile(r"^\s*(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})[.)、]?\s+(?P<rest>\S.{0,120})$")
_NUMBER_LABEL = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})[.)、]?\s+(?P<rest>.+)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")


@dataclass
class ParsedPolicy:
    title: str | None
    metadata: dict[str, str] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The YAML front matter's simple `key: value` pairs, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group("body").splitlines():
        pair = re.match(r"^(?P<k>[A-Za-z_][\w-]*)\s*:\s*(?P<v>.*)$", line)
        if pair:
            value = pair.group("v").strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            meta[pair.group("k").lower()] = value.strip()
    return meta, text[match.end():]


def html_to_markdown(text: str) -> str:
    """HTML as Markdown-ish text: headings as #, list items as -, paragraphs and rows on lines of their own."""
    text = re.sub(r"(?is)<(script|style|head|noscript|template)\b.*?</\1\s*>", " ", text)
    text = re.sub(r"(?s)<!--.*?-->", " ", text)
    text = re.sub(r"(?is)<h([1-6])\b[^>]*>(.*?)</h\1\s*>",
                  lambda m: "\n" + "#" * int(m.group(1)) + " " + re.sub(r"\s+", " ", m.group(2)) + "\n", text)
    text = re.sub(r"(?i)<li\b[^>]*>", "\n- ", text)
    text = re.sub(r"(?i)<t[dh]\b[^>]*>", " | ", text)
    text = re.sub(r"(?i)<(br|/p|/div|/tr|/li|/ul|/ol|/table|p|div|tr)\b[^>]*>", "\n", text)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or len(re.findall(r"</(p|h[1-6]|li|div)>", head)) >= 3


def _inline(text: str) -> str:
    """What a reader sees of a Markdown/HTML line."""
    text = re.sub(r"\{\{[<%].*?[%>]\}\}", " ", text)  # Hugo shortcodes
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", " ", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their words
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"<[^>\n]{1,400}>", " ", text)  # inline HTML tags
    text = html.unescape(text)
    text = re.sub(r"(\*\*|__|~~|`)", "", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])", r"\1", text)
    text = re.sub(r"^\s*>\s?", "", text)  # block quotes
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r" ([.,;:!?])(?=\s|$)", r"\1", text).strip()


def _cells(line: str) -> list[str]:
    return [_inline(cell) for cell in line.strip().strip("|").split("|")]


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+|[\u4e00-\u9fff]", text.lower()))


def _caption_for(heading: str, candidate: str) -> str | None:
    """The caption a statute writes above its heading ("§ 301-1.2 What is…" above "§ § 301-1.2")."""
    if not candidate or len(candidate) > 240 or candidate.rstrip().endswith((".", "。", ";", "；", ":")):
        return None
    head, cand = _key(heading.replace("§ §", "§")), _key(candidate)
    if head and cand.startswith(head) and len(cand) > len(head):
        return candidate.strip()
    return None


def _clean_lines(text: str) -> list[str]:
    text = re.sub(r"(?s)<!--.*?-->", "", text)
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "", text)
    lines: list[str] = []
    table_header: list[str] | None = None
    for raw in text.splitlines():
        line = raw.rstrip()
        if _TABLE_RULE.match(line) and lines and "|" in line:
            table_header = _cells(lines.pop()) if "|" in (lines[-1] if lines else "") else table_header
            continue
        if line.strip().startswith("|") and line.count("|") >= 2:
            cells = _cells(line)
            if table_header and len(table_header) == len(cells):
                pairs = [f"{h}: {c}" if h else c for h, c in zip(table_header, cells, strict=True) if c]
                lines.append("; ".join(pairs) + ".")
            else:
                lines.append(line)  # a header row; replaced when its rule follows
            continue
        table_header = None
        lines.append(line)
    return lines


def parse_policy(text: str, *, fmt: str = "md") -> ParsedPolicy:
    """The document's title (front matter, else its first `#` heading), metadata and passages."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, text = front_matter(text)
    if fmt == "html" or looks_like_html(text):
        text = html_to_markdown(text)
    lines = _clean_lines(text)
    has_headings = any(_HEADING.match(line) or _ARTICLE.match(line) for line in lines)
    title = meta.get("title") or None

    sections: list[Section] = []
    stack: list[tuple[int, str]] = []  # (level, display) of the open headings
    label: str | None = None
    heading = ""
    body: list[str] = []
    preamble: list[str] = []
    title_seen = False

    def close() -> None:
        nonlocal body
        content = _join(body)
        body = []
        if label is None:
            return
        if not content.strip():
            return
        path = PATH_SEPARATOR.join(display for _level, display in stack)
        for number, part in enumerate(_passages(content)):
            sections.append(Section(label=label if number == 0 else f"{label} (cont.)", heading=heading or label,
                                    text=part, path=path))

    def open_heading(level: int, raw: str) -> None:
        nonlocal label, heading
        raw = _inline(raw)
        source = body if label is not None else preamble
        caption = _caption_for(raw, _last_text_line(source))
        if caption:
            _drop_last_text_line(source)
        close()
        if caption:
            written, words = _caption_parts(caption, re.sub(r"^§\s*§+\s*", "§ ", raw))
            label = re.sub(r"\s+", " ", written)
            label = label.title() if label.isupper() else label
            heading = words or label
            display = f"{label} {words}".strip()
        else:
            numbered = _NUMBER_LABEL.match(raw)
            if numbered:
                label, heading = numbered.group("label"), numbered.group("rest").strip()
            else:
                label = heading = raw.strip()
            display = raw.strip()
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, display))

    for line in lines:
        markdown = _HEADING.match(line)
        if markdown:
            level = len(markdown.group("hashes"))
            first = level == 1 and not title_seen and label is None and not _join(preamble).strip()
            if first and (not title or _key(title) == _key(_inline(markdown.group("h")))):
                title_seen = True  # the document's title, not a section
                title = title or _inline(markdown.group("h"))
                continue
            open_heading(level, markdown.group("h"))
            continue
        article = _ARTICLE.match(line)
        if article:
            close()
            rest = _inline(article.group("rest"))
            label = article.group("label")
            short = bool(rest) and len(rest) <= 30 and not rest.endswith(("。", "；", "：", ":"))
            heading = rest if short else label
            while stack and stack[-1][0] >= 7:
                stack.pop()
            stack.append((7, f"{label} {rest}" if short else label))
            body = [rest] if rest and not short else []
            continue
        chapter = _CHAPTER.match(line)
        if chapter and len(line.strip()) <= 40:
            open_heading(2 if "编" in chapter.group("label") else 3, line.strip())
            continue
        numbered = None if has_headings else _NUMBERED.match(line)
        if numbered and len(line) < 80 and not line.rstrip().endswith(("。", ".", ";", "；", ",", "，")):
            open_heading(4 + numbered.group("label").count("."), line.strip())
            continue
        if label is None:
            preamble.append(line)
        else:
            body.append(line)
    close()

    intro = _join(preamble)
    if _meaningful(intro, title):
        intro_sections = [Section(label=title or "Introduction", heading=title or "Introduction", text=part,
                                  path="") for part in _passages(intro)]
        sections = intro_sections + sections
    if not sections:
        content = _join(lines)
        if title is None:
            first = next((_inline(line) for line in lines if line.strip()), "")
            title = first[:300] or None
        for number, part in enumerate(_passages(content), start=1):
            sections.append(Section(label=str(number), heading="", text=part, path=""))
    return ParsedPolicy(title=(title or None) and title[:300], metadata=meta, sections=sections)


def split_sections(text: str) -> list[Section]:
    """The passages of a document (see parse_policy)."""
    return parse_policy(text).sections


def _caption_parts(caption: str, label: str) -> tuple[str, str]:
    """The caption split into the label as the caption writes it (a trailing "-1" kept: "PART 301-1") and
    the words after it ("APPLICABILITY")."""
    wanted = re.sub(r"\W", "", label.lower())
    seen = ""
    index = 0
    while index < len(caption) and len(seen) < len(wanted):
        char = caption[index]
        if re.match(r"\w", char):
            seen += char.lower()
        index += 1
    extra = re.match(r"[-.]\d+(?:[-.]\d+)*", caption[index:])
    if extra:
        index += extra.end()
    return caption[:index].strip(), caption[index:].strip(" \t—–-:")


def _last_text_line(lines: list[str]) -> str:
    for line in reversed(lines):
        if line.strip():
            return _inline(line)
    return ""


def _drop_last_text_line(lines: list[str]) -> None:
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip():
            del lines[index]
            return


def _meaningful(text: str, title: str | None) -> bool:
    stripped = text.strip()
    if not stripped or (title and _key(stripped) == _key(title)):
        return False
    return len(re.findall(r"\w", stripped)) >= 40


def _join(lines: list[str]) -> str:
    """The lines as paragraphs: Markdown inline syntax removed, list items and paragraphs kept apart."""
    out: list[str] = []
    for raw in lines:
        if _SETEXT.match(raw) and out and out[-1]:
            continue
        if not raw.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        item = _LIST.match(raw)
        text = _inline(raw)
        if not text:
            continue
        if item:
            marker = raw.strip().split()[0]
            text = f"{marker if marker[0].isdigit() else '-'} {_inline(raw[item.end():])}"
        out.append(text)
    return "\n".join(out).strip()


def _passages(content: str) -> list[str]:
    """Split at paragraph (or list item) boundaries into passages of about PASSAGE_CHARS; never over the cap."""
    if len(content) <= PASSAGE_CHARS:
        return [content]
    units: list[str] = []
    for paragraph in re.split(r"\n(?=\s*(?:- |\d{1,3}[.)] ))|\n\s*\n", content):
        paragraph = paragraph.strip()
        while len(paragraph) > MAX_SECTION_CHARS:
            cut = _sentence_cut(paragraph, PASSAGE_CHARS)
            units.append(paragraph[:cut].strip())
            paragraph = paragraph[cut:].strip()
        if paragraph:
            units.append(paragraph)
    passages: list[str] = []
    current = ""
    for unit in units:
        if current and len(current) + 1 + len(unit) > PASSAGE_CHARS:
            passages.append(current)
            current = unit
        else:
            current = f"{current}\n{unit}" if current else unit
    if current:
        passages.append(current)
    return passages


def _sentence_cut(text: str, near: int) -> int:
    """A sentence end close to `near` characters (else a space; else `near`)."""
    window = text[: min(len(text), MAX_SECTION_CHARS)]
    ends = [m.end() for m in re.finditer(r"[.!?。；;！？](?:\s|$)", window)]
    good = [e for e in ends if near // 2 <= e <= MAX_SECTION_CHARS]
    if good:
        return min(good, key=lambda e: abs(e - near))
    space = window.rfind(" ", 0, near)
    return space if space > near // 2 else near
