"""JSON Resume (jsonresume.org): validation against the vendored schema, reading a document into Parsed, and
writing a ParsedResume as one."""

from tools.resumes.jsonresume.read import parse_json_resume
from tools.resumes.jsonresume.validate import SCHEMA_VERSION, json_resume_errors, schema
from tools.resumes.jsonresume.write import to_json_resume

__all__ = ["SCHEMA_VERSION", "json_resume_errors", "parse_json_resume", "schema", "to_json_resume"]
