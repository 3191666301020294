"""Resume screening: text extraction, parsing (English and Chinese), protected attributes, job matching."""

from tools.resumes.extract import Extracted, ExtractError, extract
from tools.resumes.match import match_job
from tools.resumes.models import Education, Experience, JobMatch, ParsedResume, Redaction
from tools.resumes.parse import Parsed, parse_resume, taxonomy
from tools.resumes.skills import canonical_skill

__all__ = ["Education", "Experience", "ExtractError", "Extracted", "JobMatch", "Parsed", "ParsedResume", "Redaction",
           "canonical_skill", "extract", "match_job", "parse_resume", "taxonomy"]
