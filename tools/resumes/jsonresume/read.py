"""A JSON Resume document (jsonresume.org, validated first) read into the same Parsed the text parser makes, so
screening and job matching treat it exactly like a resume file.

Blind by construction, as for text: every string of the document (free text included: summaries, highlights,
anything a sender added) goes through the parser's protected-attribute detection (tools/resumes/protected.py), and
a field whose key names a protected attribute (`birthDate`, `gender`, `nationality`, `maritalStatus`, …) is
dropped whole. `basics.image` is a photo. What was found is listed in `redacted` with the JSON path, never the
value; skills and years are read only from what is left. Skills come from `skills[].name` and `keywords` (read as a
skills section), and from the summaries and highlights of `work[]`, `projects[]` and `basics`, through the same
taxonomy matcher; years from `work[]` dates (a missing `endDate` is an ongoing role), classified and summed by the
parser's rules (internships, volunteering, military service and breaks do not count). `volunteer[]` is not
employment."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import phonenumbers

from core import clock
from tools.resumes.models import Education, Experience, ParsedResume, Redaction
from tools.resumes.parse import (
    Parsed,
    _country,
    _find,
    _phone,
    email_region,
    employment_years,
    language_of,
    normalize,
    role_kind,
    without_name,
)
from tools.resumes.protected import LABELS, redact
from tools.resumes.skills import find_skills

# Key names (camelCase, snake_case or words, any case) that name a protected attribute, beyond the labels the text
# detector knows.
_EXTRA_KEYS = {
    "birthdate": "birth_date", "date of birth": "birth_date", "year of birth": "birth_date", "birth year": "birth_date",
    "birth": "birth_date", "avatar": "photo", "headshot": "photo", "portrait": "photo", "pronouns": "gender",
    "sexual orientation": "gender", "marital": "marital_status", "spouse": "marital_status",
    "children": "marital_status", "kids": "marital_status", "dependents": "marital_status",
    "ethnic": "ethnicity", "race ethnicity": "ethnicity", "religious": "religion", "disabilities": "health",
    "disabled": "health", "political party": "political_affiliation", "party": "political_affiliation",
    "birth place": "native_place", "hukou": "native_place", "nationalities": "nationality",
    "citizenships": "nationality",
}
PROTECTED_KEYS: dict[str, str] = {label.lower(): field for field, labels in LABELS.items()
                                  for label in labels} | _EXTRA_KEYS
# Strings that are no free text: dates, addresses of things, codes. They are not searched for protected values.
_NOT_TEXT = frozenset({"$schema", "url", "email", "phone", "startDate", "endDate", "date", "releaseDate",
                       "countryCode", "postalCode", "lastModified", "canonical", "version"})


def _key_words(key: str) -> str:
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key)
    return re.sub(r"[\s_\-.]+", " ", spaced).strip().lower()


def _path(parts: tuple[str | int, ...]) -> str:
    return ".".join(str(part) for part in parts)


class _Reader:
    """Walks the document once: notes protected attributes, and keeps each string's redacted form by path."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.found: dict[str, Redaction] = {}
        self.clean: dict[tuple[str | int, ...], str] = {}
        image = (document.get("basics") or {}).get("image")
        if isinstance(image, str) and image.strip():
            self.note("photo", "a photo in basics.image")
        self._walk(document, ())

    def note(self, field: str, reason: str) -> None:
        self.found.setdefault(field, Redaction(field=field, reason=reason))  # type: ignore[arg-type]

    def _walk(self, value: Any, path: tuple[str | int, ...]) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                protected = PROTECTED_KEYS.get(_key_words(str(key)))
                if protected is not None and item not in (None, "", [], {}):
                    self.note(protected, f"a protected field at {_path((*path, key))}")
                    continue  # never read, never shown
                if path == ("basics",) and key == "image":
                    continue
                self._walk(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self._walk(item, (*path, index))
        elif isinstance(value, str):
            key = next((part for part in reversed(path) if isinstance(part, str)), "")
            if key in _NOT_TEXT:
                self.clean[path] = normalize(value).strip()
                return
            cleaned, found = redact(normalize(value))  # as the text parser does: normalised, then redacted
            for redaction in found:
                kind = re.sub(r" on line \d+$", "", redaction.reason)
                self.note(redaction.field, f"{kind} in {_path(path)}")
            self.clean[path] = cleaned.strip()

    def text(self, *path: str | int) -> str:
        return self.clean.get(path, "")


def _month(value: str, *, end: bool) -> tuple[int, int] | None:
    """(year, month) of an ISO 8601 date of the schema (YYYY, YYYY-MM, YYYY-MM-DD); a year alone starts in January and
    ends in December, as in the text parser."""
    match = re.match(r"^(\d{4})(?:-(\d{2}))?", value)
    if match is None:
        return None
    month = int(match.group(2)) if match.group(2) else (12 if end else 1)
    return int(match.group(1)), min(max(month, 1), 12)


def _month_text(point: tuple[int, int] | None) -> str | None:
    return f"{point[0]:04d}-{point[1]:02d}" if point else None


def _items(document: dict[str, Any], section: str) -> list[tuple[int, dict[str, Any]]]:
    entries = document.get(section)
    return [(i, entry) for i, entry in enumerate(entries) if isinstance(entry, dict)] if isinstance(entries,
                                                                                                     list) else []


def _experience(document: dict[str, Any], reader: _Reader, today: dt.date) -> list[Experience]:
    now = today.year * 12 + today.month
    entries = []
    for index, _job in _items(document, "work"):
        company = reader.text("work", index, "name") or None
        title = reader.text("work", index, "position") or None
        start_point = _month(reader.text("work", index, "startDate"), end=False)
        end_text = reader.text("work", index, "endDate")
        end_point = _month(end_text, end=True) if end_text else None
        first = start_point[0] * 12 + start_point[1] - 1 if start_point else 0
        last = min(end_point[0] * 12 + end_point[1], now) if end_point else (now if start_point else 0)
        entry = Experience(company=company, title=title, start=_month_text(start_point),
                           end=_month_text(end_point) or ("present" if start_point else None),
                           months=max(0, last - first) if start_point else 0)
        entry.__dict__["_span"] = (first, last) if start_point else (0, 0)
        # The kind is in the entry's names, as on a resume's dated line; never in its highlights.
        entry.__dict__["_kind"] = role_kind(" ".join(filter(None, [title, company])))
        entries.append(entry)
    return entries


def _education(document: dict[str, Any], reader: _Reader) -> list[Education]:
    out = []
    for index, _entry in _items(document, "education"):
        start = _month(reader.text("education", index, "startDate"), end=False)
        end = _month(reader.text("education", index, "endDate"), end=True)
        out.append(Education(institution=reader.text("education", index, "institution") or None,
                             degree=reader.text("education", index, "studyType") or None,
                             field=reader.text("education", index, "area") or None,
                             start=_month_text(start), end=_month_text(end)))
    return out


def _skill_lines(document: dict[str, Any], reader: _Reader) -> tuple[list[str], set[int]]:
    """The lines the taxonomy matcher reads, and which of them are a skills section."""
    section: list[str] = []
    for index, _entry in _items(document, "skills"):
        name = reader.text("skills", index, "name")
        keywords = [reader.text("skills", index, "keywords", k)
                    for k in range(len(document["skills"][index].get("keywords") or []))]
        keywords = [k for k in keywords if k]
        section.append(f"{name}: {', '.join(keywords)}" if name and keywords else name or ", ".join(keywords))
    body = [reader.text("basics", "label"), reader.text("basics", "summary")]
    for kind in ("work", "projects"):
        for index, entry in _items(document, kind):
            body += [reader.text(kind, index, "summary"), reader.text(kind, index, "description")]
            body += [reader.text(kind, index, "highlights", n) for n in range(len(entry.get("highlights") or []))]
            keywords = [reader.text(kind, index, "keywords", n) for n in range(len(entry.get("keywords") or []))]
            body.append(", ".join(k for k in keywords if k))
    lines = [line for text in [*section, *body] for line in text.splitlines() if line.strip()]
    section_lines = [line for text in section for line in text.splitlines() if line.strip()]
    return lines, set(range(len(section_lines)))


def _region(document: dict[str, Any], reader: _Reader, location: str | None, language: str) -> str:
    code = reader.text("basics", "location", "countryCode").upper()
    if code in phonenumbers.SUPPORTED_REGIONS:
        return code
    return ((_country(location) if location else None) or email_region(reader.text("basics", "email"))
            or ("CN" if language == "zh" else "US"))


def _render(resume: ParsedResume, reader: _Reader, lines: list[str]) -> str:
    """A plain-text view of what was read (redacted), for the model's proposals and for reviewers' excerpts."""
    head = [resume.name or "", " | ".join([*resume.emails, *resume.phones, resume.location or ""]).strip(" |")]
    work = [" | ".join(filter(None, [e.title, e.company, f"{e.start or ''} – {e.end or ''}"]))
            for e in resume.experience]
    school = [" | ".join(filter(None, [e.degree, e.field, e.institution])) for e in resume.education]
    body = [*head, "Experience", *work, "Education", *school, "Skills", *lines]
    return "\n".join(line for line in body if line.strip())


def parse_json_resume(document: dict[str, Any], *, images: int = 0, today: dt.date | None = None) -> Parsed:
    """A validated JSON Resume as Parsed (ParsedResume, the redacted text, the line behind each skill)."""
    today = today or clock.today()
    reader = _Reader(document)
    if images:
        reader.note("photo", f"{images} image(s) in the document")
    all_text = "\n".join(reader.clean.values())
    language = language_of(all_text)
    location_parts = [reader.text("basics", "location", key) for key in ("city", "region", "countryCode")]
    location = ", ".join(p for p in location_parts if p) or reader.text("basics", "location", "address") or None
    name = reader.text("basics", "name") or None
    lines, skills_section = _skill_lines(document, reader)
    skill_lines = find_skills(lines, skills_section=skills_section)
    skill_lines = without_name(skill_lines, name)
    email = reader.text("basics", "email")
    phone = reader.text("basics", "phone")
    region = _region(document, reader, location, language)
    phones = [formatted] if phone and (formatted := _phone(phone, region)) else []
    links = [reader.text("basics", "url")] + [reader.text("basics", "profiles", i, "url")
                                              for i, _ in _items(document.get("basics") or {}, "profiles")]
    language_lines = [" ".join(filter(None, [reader.text("languages", i, "language"),
                                             reader.text("languages", i, "fluency")]))
                      for i, _ in _items(document, "languages")]
    experience = _experience(document, reader, today)
    resume = ParsedResume(
        name=name, emails=[email] if email else [], phones=phones, location=location,
        links=list(dict.fromkeys(link for link in links if link)), education=_education(document, reader),
        experience=experience, total_experience_years=employment_years(experience), skills=sorted(skill_lines),
        languages=sorted(_find("languages", language_lines)), language=language, redacted=list(reader.found.values()))
    return Parsed(resume=resume, redacted_text=_render(resume, reader, lines), skill_lines=skill_lines, today=today)
