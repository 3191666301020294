"""Policy lookup: sections by the documents' own structure, hybrid retrieval, cited extractive answers."""

from tools.policies.answer import lookup
from tools.policies.index import IndexedSection, PolicyIndex, section_tokens
from tools.policies.ingest import split_sections
from tools.policies.models import Citation, LookupResult, Section

__all__ = ["Citation", "IndexedSection", "LookupResult", "PolicyIndex", "Section", "lookup", "section_tokens",
           "split_sections"]
