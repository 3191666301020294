"""Policy sections, tokens, retrieval and answers: pure code, exact results."""

from __future__ import annotations

from tools.policies import IndexedSection, PolicyIndex, lookup, section_tokens, split_sections
from tools.policies.text import tokenize

HANDBOOK_EN = """# Travel Rules

## 1. Hotels
Hotel accommodation is reimbursed up to 900 CNY per night in Shanghai and 600 CNY elsewhere in China.

## 2. Meals
Meals are covered by a daily allowance of 200 CNY.
"""
HANDBOOK_ZH = """# 试用期规定

第一条 目的
为规范试用期管理，制定本规定。

第二条 期限
劳动合同期限三年以上的，试用期不超过六个月。
"""


def test_sections_follow_the_document_structure() -> None:
    en = split_sections(HANDBOOK_EN)
    assert [(s.label, s.heading) for s in en] == [("1", "Hotels"), ("2", "Meals")]
    assert en[0].text.startswith("Hotel accommodation is reimbursed up to 900 CNY")
    zh = split_sections(HANDBOOK_ZH)
    assert [(s.label, s.heading) for s in zh] == [("第一条", "目的"), ("第二条", "期限")]
    assert "六个月" in zh[1].text
    plain = split_sections("No structure here at all.")
    assert [(s.label, s.text) for s in plain] == [("1", "No structure here at all.")]
    long = split_sections("## 1. Long\n" + "word " * 1000)
    assert [s.label for s in long] == ["1", "1 (cont.)", "1 (cont.)", "1 (cont.)"]
    assert all(len(s.text) <= 2000 for s in long) and " ".join(s.text for s in long).count("word") == 1000


def test_tokens_chinese_english_and_stems() -> None:
    assert tokenize("Reimbursed reimbursement REIMBURSE") == ["reimburs", "reimburs", "reimburs"]
    assert "试用期" in tokenize("试用期最长多久？") and "最长" not in tokenize("试用期最长多久？")


def _index() -> PolicyIndex:
    sections = []
    for doc_id, title, text in (("t", "Travel Rules", HANDBOOK_EN), ("p", "试用期规定", HANDBOOK_ZH)):
        for n, s in enumerate(split_sections(text)):
            sections.append(IndexedSection(f"{doc_id}:{n}", doc_id, title, s.label, s.heading, s.text,
                                           section_tokens(title, s.heading, s.text)))
    return PolicyIndex(sections, query_vector=None)


def test_bm25_alone_answers_with_a_citation_in_both_languages() -> None:
    index = _index()
    assert index.mode == "bm25"
    result = lookup(index, "What is the hotel limit in Shanghai?")
    assert result.found and result.retrieval == "bm25"
    assert (result.citations[0].title, result.citations[0].section) == ("Travel Rules", "1")
    assert "900 CNY" in result.answer and "(Travel Rules, 1)" in result.answer
    zh = lookup(index, "三年合同的试用期最长多久？")
    assert zh.found and (zh.citations[0].title, zh.citations[0].section) == ("试用期规定", "第二条")
    cross = lookup(index, "上海的酒店每晚能报销多少？")
    assert cross.found and cross.citations[0].section == "1"  # a Chinese question, an English clause


def test_no_invented_answer_when_the_policies_do_not_say() -> None:
    # Known gap (issue 7 stays open): a question whose topic is covered but whose crux is not, such as "the
    # hotel limit in Tokyo", is still answered from the nearest clause on a corpus this small.
    index = _index()
    for question in ("Can I bring my dog to work?", "年终奖什么时候发？", "What is the dress code for interviews?"):
        result = lookup(index, question)
        assert result.found is False and result.answer is None, question


def test_answers_quote_whole_sentences_across_wrapped_lines() -> None:
    text = "## 3. Hotel limits\nHotel accommodation is reimbursed up to the nightly limit: Shanghai 900 CNY,\n" \
           "Beijing 850 CNY. Costs above the limit need approval.\n"
    sections = [IndexedSection("x:0", "x", "Travel", s.label, s.heading, s.text, section_tokens("Travel", s.heading,
                                                                                                s.text))
                for s in split_sections(text)]
    result = lookup(PolicyIndex(sections, query_vector=None), "hotel limit in Beijing")
    assert result.answer.startswith("“Hotel accommodation is reimbursed up to the nightly limit: Shanghai 900 CNY, "
                                    "Beijing 850 CNY.")


def test_chat_router_reads_invoice_numbers_and_intents() -> None:
    from agent.chat.router import route

    assert route("check invoice NOPE-9").invoice_number == "NOPE-9"
    assert route("please verify invoice no. INV-7 against the PO").invoice_number == "INV-7"
    assert route("核对发票号 25312000000012345678").invoice_number == "25312000000012345678"
    assert route("What is the risk of V-ACME?").vendor_id == "V-ACME"
    assert route("试用期最长多久？").intent == "policy" and route("试用期最长多久？").language == "zh"
    assert route("invoice policy for travel?").intent == "policy"  # no check asked for: a policy question


def test_front_matter_gives_the_title_and_metadata_and_is_not_text() -> None:
    from tools.policies import parse_policy

    parsed = parse_policy('---\ntitle: "Spending Company Money"\ndate: 2025-11-12\n---\n\n**All team members must '
                          'protect company assets, such as equipment, supplies, cash, and information.**\n\n'
                          "## Guidelines\n\n1. File your expense report within 90 days.\n1. Use the corporate card.\n")
    assert parsed.title == "Spending Company Money" and parsed.metadata == {"title": "Spending Company Money",
                                                                            "date": "2025-11-12"}
    assert [s.label for s in parsed.sections] == ["Spending Company Money", "Guidelines"]
    assert parsed.sections[0].text.startswith("All team members must protect")  # emphasis gone, text kept
    assert "title:" not in " ".join(s.text for s in parsed.sections)
    assert parsed.sections[1].text == "1. File your expense report within 90 days.\n1. Use the corporate card."


def test_heading_paths_links_tables_and_html_comments() -> None:
    from tools.policies import parse_policy

    text = ("# Expenses\n<!-- markdownlint-disable -->\n## 4 Travel\n### 4.1 Meals\nMeals up to [40 USD](http://x) a "
            "day, {{< shortcode >}}see <a href='#'>the rules</a>.\n\n| City | Cap |\n| --- | --- |\n| Paris | 60 EUR |\n"
            "### 4.2 Taxis\nTaxis need a receipt.\n## 5 Equipment\nLaptops every three years.\n")
    sections = parse_policy(text).sections
    assert [(s.label, s.path) for s in sections] == [("4.1", "4 Travel › 4.1 Meals"), ("4.2", "4 Travel › 4.2 Taxis"),
                                                     ("5", "5 Equipment")]
    assert sections[0].text == "Meals up to 40 USD a day, see the rules.\n\nCity: Paris; Cap: 60 EUR."


def test_statute_captions_above_their_headings_and_articles_under_chapters() -> None:
    from tools.policies import parse_policy

    ftr = ("---\ntitle: CHAPTER 301—TEMPORARY DUTY (TDY) TRAVEL ALLOWANCES\n---\n\n# Chapter 301\n\n  SUBCHAPTER A—INTRODUCTION\n\n## Subchapter A\n\n    PART 301-1—APPLICABILITY\n\n"
           "### Part 301\n\n      § 301-1.2   What is an “employee” for purposes of TDY allowances?\n\n"
           "#### § § 301-1.2\n\n      An “employee” is an individual employed by an agency.\n")
    section = parse_policy(ftr).sections[-1]
    assert (section.label, section.heading) == ("§ 301-1.2", "What is an “employee” for purposes of TDY allowances?")
    assert section.path == ("Chapter 301 › Subchapter A INTRODUCTION › Part 301-1 APPLICABILITY › § 301-1.2 What is "
                            "an “employee” for purposes of TDY allowances?")
    assert section.text == "An “employee” is an individual employed by an agency."
    law = parse_policy("# 劳动合同法\n\n## 第二章 劳动合同的订立\n\n第十九条 劳动合同期限三个月以上不满一年的，试用期不得超过一个月。\n"
                       "\n第二十条 劳动者在试用期的工资不得低于本单位相同岗位最低档工资。\n")
    assert [(s.label, s.path) for s in law.sections] == [("第十九条", "第二章 劳动合同的订立 › 第十九条"),
                                                         ("第二十条", "第二章 劳动合同的订立 › 第二十条")]
    assert law.title == "劳动合同法" and law.sections[0].text.startswith("劳动合同期限三个月以上")


def test_a_long_question_is_scored_on_its_first_part() -> None:
    from tools.policies.index import MAX_QUESTION_CHARS

    sections = [IndexedSection(f"x:{n}", "x", "Travel", s.label, s.heading, s.text,
                               section_tokens("Travel", s.heading, s.text)) for n, s in enumerate(
                                   split_sections(HANDBOOK_EN))]
    index = PolicyIndex(sections, query_vector=None)
    question = "What is the hotel limit per night in Shanghai? "
    padded = question + "x" * (MAX_QUESTION_CHARS - len(question)) + " meals daily allowance" * 200
    assert [h.section.label for h in index.search(padded, k=2)] == [h.section.label for h in
                                                                    index.search(question, k=2)]
    assert index.search(padded, k=1)[0].section.label == "1"


def test_words_the_glossary_lacks_are_translated_by_the_dictionary() -> None:
    """CC-CEDICT fills the glossary's gaps in both directions of a cross-lingual search: a Chinese question
    gets English senses, a Chinese clause carries English ones for English questions."""
    from tools.policies.text import translated_terms

    terms = translated_terms("辞职要提前多久通知？出差吃饭每天能报多少？")
    assert {"resign", "notice", "have a meal", "per day"} <= set(terms)
    clauses = [("labor", "劳动合同法", "第三十七条 劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同。"),
               ("labor2", "劳动合同法", "第二十四条 竞业限制的人员限于用人单位的高级管理人员、高级技术人员。"),
               ("meals", "Travel", "## Meals\nMeals while traveling are reimbursable up to $100 USD per day.")]
    sections = []
    for doc_id, title, text in clauses:
        for n, s in enumerate(split_sections(text)):
            sections.append(IndexedSection(f"{doc_id}:{n}", doc_id, title, s.label, s.heading, s.text,
                                           section_tokens(title, s.heading, s.text)))
    index = PolicyIndex(sections, query_vector=None)
    assert index.search("How much notice must an employee give before they resign?", k=1)[0].section.doc_id == "labor"
    assert index.search("出差吃饭每天能报多少钱？", k=1)[0].section.doc_id == "meals"


def test_a_question_for_a_quantity_needs_a_passage_that_states_one() -> None:
    from tools.policies.abstain import quantity_missing

    rate = "The mileage rate is based on your legal entity's mileage rates for the current year."
    assert quantity_missing("What per-mile rate does GitLab use? How much per mile?", [rate]) == 1.0
    assert quantity_missing("How much per mile?", ["Mileage is reimbursed at $0.67 per mile."]) == 0.0
    assert quantity_missing("How many weeks of parental leave?", ["Parental leave is 16 weeks."]) == 0.0
    assert quantity_missing("产假一共多少天？", ["女职工生育享受九十八天产假。"]) == 0.0
    assert quantity_missing("产假一共多少天？", ["用人单位应当依法安排产假。"]) == 1.0
    assert quantity_missing("Can I expense a gym membership?", [rate]) == 0.0  # asks for no quantity


def test_the_abstention_threshold_keeps_answering_most_answerable_questions() -> None:
    """Four answerable questions to one that is not, as in every question set: plain accuracy would choose to
    answer everything; the fitted threshold still answers 95 % of the answerable ones and declines the rest."""
    from tools.policies.abstain import ANSWER_RATE, FEATURES, fit, predict

    def point(strength: float, found: bool) -> tuple[dict[str, float], bool]:
        return {name: 0.0 for name in FEATURES} | {"strength": strength, "coverage": strength}, found

    points = [point(0.3 + 0.7 * i / 79, True) for i in range(80)] + [point(0.1 + 0.4 * i / 19, False)
                                                                         for i in range(20)]
    calibration = fit(points)
    answered = sum(predict(calibration, f) for f, y in points if y) / 80
    declined = sum(not predict(calibration, f) for f, y in points if not y) / 20
    assert answered >= ANSWER_RATE and declined >= 0.5


def test_contractions_possessives_and_spellings_meet_their_plain_forms() -> None:
    assert tokenize("What's GitLab's labour policy? I'm travelling; we’re organising") == \
        tokenize("What GitLab labor policy? I traveling; we organizing")
    assert tokenize("cancelled canceling") == ["cancel", "cancel"]
    assert "what'" not in tokenize("what's") and "i'm" not in tokenize("I'm")


def test_the_translated_question_lifts_an_other_language_passage_only_when_it_stands_out() -> None:
    """The dictionary translation of a Chinese question is embedded as a second query over the English
    passages; a passage joins the ranking only when it scores GLOSS_Z standard deviations above the rest."""
    import numpy as np

    from tools.policies.index import GLOSS_Z

    english = [f"Clause {n} about office matters number {n}." for n in range(12)]
    english[7] = "Meals while traveling are reimbursable up to $100 USD per day."
    vectors = {text: np.eye(16, dtype=np.float32)[n] for n, text in enumerate(english)}
    sections = [IndexedSection(f"e:{n}", "e", "Rules", str(n), f"Clause {n}", text,
                               section_tokens("Rules", f"Clause {n}", text), vectors[text])
                for n, text in enumerate(english)]
    sections.append(IndexedSection("z:0", "z", "规定", "第一条", "目的", "为规范管理，制定本规定。",
                                   section_tokens("规定", "目的", "为规范管理，制定本规定。"),
                                   np.eye(16, dtype=np.float32)[15]))
    asked: list[str] = []

    def query_vector(text: str) -> np.ndarray:
        asked.append(text)
        if "meal" in text:  # the English translation of the Chinese question points at clause 7
            return np.eye(16, dtype=np.float32)[7]
        return np.eye(16, dtype=np.float32)[15]  # the Chinese question itself looks like the Chinese passage

    index = PolicyIndex(sections, query_vector=query_vector)
    assert index._gloss_ranking("出差吃饭每天能报多少？") == [7]
    assert any("meal" in text for text in asked)
    flat = PolicyIndex(sections, query_vector=lambda text: np.full(16, 0.25, dtype=np.float32))
    assert flat._gloss_ranking("出差吃饭每天能报多少？") == []  # no passage stands out: nothing is lifted
    assert GLOSS_Z > 2
    assert index._gloss_ranking("Nothing here translates") == []


def test_a_long_question_is_embedded_once() -> None:
    """Two embeddings per lookup would double a long question's cost: past MAX_EMBED_CHARS characters its
    translation is not embedded (BM25 still reads the translation), so p95 stays under 200 ms at 4,000."""
    import numpy as np

    from tools.policies.index import MAX_EMBED_CHARS

    texts = ["Meals are reimbursed up to 200 CNY per day.", "Hotels up to 900 CNY per night."]
    sections = [IndexedSection(f"e:{n}", "e", "Rules", str(n), "Clause", text, section_tokens("Rules", "Clause", text),
                               np.ones(4, dtype=np.float32)) for n, text in enumerate(texts)]
    sections.append(IndexedSection("z:0", "z", "规定", "第一条", "目的", "为规范管理。",
                                   section_tokens("规定", "目的", "为规范管理。"), np.ones(4, dtype=np.float32)))
    asked: list[str] = []

    def query_vector(text: str) -> np.ndarray:
        asked.append(text)
        return np.ones(4, dtype=np.float32)

    index = PolicyIndex(sections, query_vector=query_vector)
    index.search("出差吃饭每天能报多少钱？" * 300, k=1)
    assert len(asked) == 1 and len(asked[0]) == MAX_EMBED_CHARS
    from tools.policies.text import translated_terms

    asked.clear()
    short = "出差吃饭每天能报多少钱？住酒店呢？"
    index.search(short, k=1)
    assert asked[1] == " ".join(dict.fromkeys(translated_terms(short)))[:MAX_EMBED_CHARS]  # a short one: twice
