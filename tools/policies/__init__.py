"""Policy lookup: sections by the documents' own structure, hybrid retrieval, cited extractive answers."""

from tools.policies.answer import lookup
from tools.policies.index import IndexedSection, PolicyIndex, passage_text, section_tokens
from tools.policies.ingest import ParsedPolicy, parse_policy, split_sections
from tools.policies.models import Citation, LookupResult, Section

__all__ = ["Citation", "IndexedSection", "LookupResult", "ParsedPolicy", "PolicyIndex", "Section", "lookup",
           "parse_policy", "passage_text", "section_tokens", "split_sections"]
