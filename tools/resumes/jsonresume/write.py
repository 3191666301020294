"""A ParsedResume written as a JSON Resume document (jsonresume.org schema v1.2.1), for
`POST /v1/tools/resume-parse?format=json-resume`.

Only what the parsed result holds is written, so protected attributes never appear: the parser has already cut
them out, and there is no `basics.image`, `summary` or other free text to carry them. Personal data (name, e-mail,
phone, links, location) is shown exactly as the default format shows it. What JSON Resume has no field for (the
resume's language, the years of professional experience, what was redacted, a job match) is under `meta`, which
the schema leaves open."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from tools.resumes.jsonresume.validate import SCHEMA_VERSION, is_iso8601
from tools.resumes.models import ParsedResume
from tools.resumes.parse import _country

SCHEMA_URL = f"https://raw.githubusercontent.com/jsonresume/resume-schema/{SCHEMA_VERSION}/schema.json"
NETWORKS = {"github.com": "GitHub", "gitlab.com": "GitLab", "linkedin.com": "LinkedIn", "twitter.com": "Twitter",
            "x.com": "X", "stackoverflow.com": "Stack Overflow", "behance.net": "Behance", "dribbble.com": "Dribbble",
            "medium.com": "Medium", "zhihu.com": "Zhihu", "weibo.com": "Weibo", "gitee.com": "Gitee"}


def _uri(link: str) -> str:
    return link if re.match(r"^[a-z][a-z0-9+.-]*://", link, re.IGNORECASE) else f"https://{link}"


def _network(url: str) -> str | None:
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return next((name for domain, name in NETWORKS.items() if host == domain or host.endswith("." + domain)), None)


def _compact(entry: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in entry.items() if value not in (None, "", [], {})}


def _date(value: str | None) -> str | None:
    return value if value and is_iso8601(value) else None


def to_json_resume(resume: ParsedResume, *, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """The document; `meta` adds to its `meta` object (the job match, the model's proposals)."""
    links = [_uri(link) for link in resume.links]
    profiles = [{"network": network, "url": url} for url in links if (network := _network(url))]
    homepage = next((url for url in links if not _network(url)), None)
    location = _compact({"address": resume.location, "countryCode": _country(resume.location or "")})
    basics = _compact({"name": resume.name, "email": resume.emails[0] if resume.emails else None,
                       "phone": resume.phones[0] if resume.phones else None, "url": homepage,
                       "location": location, "profiles": profiles})
    work = [_compact({"name": e.company, "position": e.title, "startDate": _date(e.start), "endDate": _date(e.end)})
            for e in resume.experience]
    education = [_compact({"institution": e.institution, "studyType": e.degree, "area": e.field,
                           "startDate": _date(e.start), "endDate": _date(e.end)}) for e in resume.education]
    about = {"language": resume.language, "totalExperienceYears": str(resume.total_experience_years),
             "redacted": [r.model_dump(mode="json") for r in resume.redacted]} | (meta or {})
    return {"$schema": SCHEMA_URL, "basics": basics, "work": [w for w in work if w],
            "education": [e for e in education if e], "skills": [{"name": skill} for skill in resume.skills],
            "languages": [{"language": language} for language in resume.languages], "meta": about}
