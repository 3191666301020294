"""Extractive answers: the sentences of the best sections that speak to the question, quoted, with
citations; or no answer when retrieval is weak (thresholds calibrated on the eval set, calibration.json)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from tools.policies.abstain import Calibration, features, predict
from tools.policies.index import Hit, PolicyIndex, clip_question
from tools.policies.models import Citation, LookupResult
from tools.policies.text import expand_query, tokenize, translations

_SENTENCE = re.compile(r"(?<=[。；;!?！？])|(?<=\.)\s+(?=[A-Z0-9])|\n+")


@lru_cache(maxsize=1)
def calibration() -> dict[str, Calibration]:
    data = json.loads(resources.files("tools.policies").joinpath("calibration.json").read_text(encoding="utf-8"))
    return {mode: Calibration.from_json(data[mode]) for mode in ("hybrid", "bm25")}


def _unwrap(text: str) -> str:
    """Join the lines that a wrapped paragraph was broken into (Chinese joins without a space)."""
    def join(match: re.Match[str]) -> str:
        before, after = match.group(1), match.group(2)
        cjk = "\u4e00" <= before <= "\u9fff" or "\u4e00" <= after <= "\u9fff"
        return before + ("" if cjk else " ") + after

    return re.sub(r"([^\n。；;.!?！？:：])\n(?!\n)(\S)", join, text)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(_unwrap(text)) if s and s.strip()]


def _best_sentences(hit: Hit, question: str, limit: int = 2) -> list[str]:
    wanted = set(tokenize(question))
    wanted |= {t for token in wanted for t in translations(token)} | set(tokenize(expand_query(question)))
    scored = []
    for position, sentence in enumerate(_sentences(hit.section.text)):
        tokens = set(tokenize(sentence))
        overlap = len(tokens & wanted)
        if overlap:
            scored.append((overlap, -position, sentence))
    chosen = [s for _o, _p, s in sorted(scored, reverse=True)[:limit]]
    order = _sentences(hit.section.text)
    return sorted(chosen, key=order.index) or order[:1]


def answerable(hits: list[Hit], mode: str, question: str) -> bool:
    if not hits:
        return False
    return predict(calibration()[mode], features(hits, question))


def lookup(index: PolicyIndex, question: str, top_k: int = 3) -> LookupResult:
    question = clip_question(question)
    found = index.search(question, k=max(3, top_k))  # the decision always sees three: the same whatever top_k
    hits = found[:max(1, top_k)]
    citations = [Citation(doc_id=h.section.doc_id, title=h.section.title, section=h.section.label,
                          path=h.section.path, text=h.section.text[:2000], score=round(h.score, 5)) for h in hits]
    if not answerable(found, index.mode, question):
        return LookupResult(found=False, answer=None, citations=citations, retrieval=index.mode)
    best = hits[0]
    quote = " ".join(_best_sentences(best, question))
    answer = f"“{quote}” ({best.section.title}, {best.section.label})"
    return LookupResult(found=True, answer=answer, citations=citations, retrieval=index.mode)
