"""A resume as intake stores it (`{text, format, images, filename}`, or `{json_resume, format: "json_resume", …}`)
parsed by the reader that fits it: the one entry point for the screening graph and the resume-parse tool."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tools.resumes.jsonresume import parse_json_resume
from tools.resumes.parse import Parsed, parse_resume


def parse_resume_input(resume: dict[str, Any], *, today: dt.date | None = None) -> Parsed:
    """A JSON Resume when one was sent (a file beside it only adds its images: a photo), else the text."""
    if resume.get("json_resume") is not None:
        return parse_json_resume(resume["json_resume"], images=resume.get("images", 0), today=today)
    return parse_resume(resume["text"], images=resume.get("images", 0), today=today)
