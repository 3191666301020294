"""Tokens for BM25: jieba for Chinese (with the policy vocabulary), words for English and mixed text; queries
are expanded through the bilingual glossary so a Chinese question finds English clauses and the reverse."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_TOKEN = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+(?:[.'-][a-z0-9]+)*", re.IGNORECASE)
STOP_EN = frozenset("""
a an and are as at be by can do does for from how i if in is it its may me my of on or our per the their there
this to was we what when where which who will with you your get much many long any should
maximum minimum max min limit limits most least allowed allow cap
""".split())
# Question words that ask for a quantity say nothing about the topic: they are left out of coverage.
STOP_ZH = frozenset("""
的 了 是 在 和 与 或 吗 呢 吧 啊 我 我们 你 公司 可以 多少 什么 怎么 如何 是否 哪些 几 需要 有 多久 要
最长 最多 最高 最少 最低 上限 多长 几天 几家 最大
""".split())


@lru_cache(maxsize=1)
def glossary() -> list[tuple[str, str]]:
    data = json.loads(resources.files("tools.policies").joinpath("glossary.json").read_text(encoding="utf-8"))
    return [(zh, en) for zh, en in data["pairs"]]


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    for zh, _en in glossary():
        jieba.add_word(zh)
    return jieba


def _stem(word: str) -> str:
    """A light English stemmer: reimburse, reimbursed and reimbursement all become "reimburs"."""
    for suffix in ("ements", "ement", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return word[:-1] if len(word) > 5 and word.endswith("e") else word


def tokenize(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    tokens: list[str] = []
    for match in _TOKEN.finditer(text):
        piece = match.group(0)
        if _CJK_RUN.fullmatch(piece):
            tokens += [t for t in _jieba().cut_for_search(piece) if t.strip() and t not in STOP_ZH]
        elif piece not in STOP_EN:
            tokens.append(_stem(piece))
    return tokens


def expand_query(question: str) -> str:
    """The question plus the glossary's other-language terms for what it mentions."""
    lowered = unicodedata.normalize("NFKC", question).lower()
    extra = []
    for zh, en in glossary():
        if zh in lowered:
            extra.append(en)
        elif re.search(rf"\b{re.escape(en)}", lowered):
            extra.append(zh)
    return question + (" " + " ".join(extra) if extra else "")


@lru_cache(maxsize=1)
def _translation_map() -> dict[str, frozenset[str]]:
    mapping: dict[str, set[str]] = {}
    for zh, en in glossary():
        zh_tokens, en_tokens = set(tokenize(zh)), set(tokenize(en))
        for token in zh_tokens:
            mapping.setdefault(token, set()).update(en_tokens)
        for token in en_tokens:
            mapping.setdefault(token, set()).update(zh_tokens)
    return {token: frozenset(others) for token, others in mapping.items()}


def translations(token: str) -> frozenset[str]:
    """The other language's tokens for a token of the glossary (empty for other tokens)."""
    return _translation_map().get(token, frozenset())
