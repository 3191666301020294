"""Invoices that arrive as a plain text PDF (no XML inside), read by their layout into the contract's Invoice.

Two readers share one page model (visible words with their boxes, from `tools.resumes.extract.pdf_words`, under
the PDF limits in a child process):
- Chinese VAT e-invoices (增值税电子普通/专用发票 and the fully digitalised 数电票) by their fixed layout: 发票代码,
  发票号码, 开票日期, 购买方 and 销售方 (名称, 纳税人识别号), the items table (项目名称, 规格型号, 单位, 数量, 单价,
  金额, 税率, 税额), 合计 and 价税合计 with the amount in words checked against the figures;
- other invoices by their labels (Invoice No., Date, PO Number, Subtotal, VAT, Total) and their items table, whose
  columns are told apart by what the numbers are (quantity × unit price = amount), not by where they stand.

Every field carries a confidence and the page region it came from, and a reader always checks them against the
original (the task page shows both). A scanned image has no text layer: 422. Nothing here guesses a number that is
not printed: a missing field is missing, with confidence 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from tools.invoices.xmldoc import InvoiceXMLError, six_places
from tools.resumes.extract import ExtractError, pdf_words
from tools.resumes.pdf_limits import PdfLimits

MAX_PAGES = 50
CENT = Decimal("0.01")
LINE_TOLERANCE = 2.5  # points: words whose middles lie this close to a line's are on it
SURE, LIKELY, GUESS = 0.95, 0.75, 0.5


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Line:
    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def top(self) -> float:
        return min(word.top for word in self.words)

    @property
    def page(self) -> int:
        return self.words[0].page


@dataclass
class Found:
    value: Any
    confidence: float
    words: list[Word] = field(default_factory=list)

    def region(self) -> dict[str, Any] | None:
        if not self.words:
            return None
        return {"page": self.words[0].page + 1, "x0": round(min(w.x0 for w in self.words), 1),
                "top": round(min(w.top for w in self.words), 1), "x1": round(max(w.x1 for w in self.words), 1),
                "bottom": round(max(w.bottom for w in self.words), 1)}


@dataclass
class PdfInvoiceRead:
    document: dict[str, Any]
    extraction: dict[str, Any]
    needs_review: list[str]


class NoTextLayer(InvoiceXMLError):
    """A scanned image: nothing to read without OCR, which is out of scope."""


# -- page model ------------------------------------------------------------------------------------------------

def _lines(pages: list[dict[str, Any]]) -> list[Line]:
    lines: list[Line] = []
    for number, page in enumerate(pages):
        words = sorted((Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], number) for w in page["words"]),
                       key=lambda w: (w.top + w.bottom) / 2)
        # One line: words whose middles lie within LINE_TOLERANCE of the line's mean middle (labels and values
        # drawn in other fonts sit a point or two apart; the tall side labels of a form, 购/买/方, fall between).
        current: list[Word] = []
        middles = 0.0
        for word in words:
            middle = (word.top + word.bottom) / 2
            if current and middle - middles / len(current) > LINE_TOLERANCE:
                lines.append(Line(sorted(current, key=lambda w: w.x0)))
                current, middles = [], 0.0
            current.append(word)
            middles += middle
        if current:
            lines.append(Line(sorted(current, key=lambda w: w.x0)))
    return lines


_MONEY = re.compile(r"^[-−]?[¥￥€£$]?[-−]?\d{1,3}(?:[,，]\d{3})*(?:\.\d+)?$|^[-−]?[¥￥€£$]?[-−]?\d+(?:\.\d+)?$")
_EURO_MONEY = re.compile(r"^[-−]?[€]?[-−]?\d{1,3}(?:\.\d{3})+,\d{2}$|^[-−]?\d+,\d{2}$")


def number(text: str) -> Decimal | None:
    """A printed amount or quantity: ¥-3661.95, £3,243.80, 1.174,70, −5. None when it is not one."""
    raw = text.strip().rstrip("*")
    if _EURO_MONEY.match(raw):
        raw = raw.replace(".", "").replace(",", ".")
    elif not _MONEY.match(raw):
        return None
    cleaned = re.sub(r"[¥￥€£$,，\s]", "", raw).replace("−", "-")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _rate(text: str) -> Decimal | None:
    if text in ("免税", "不征税", "免征", "***"):
        return Decimal("0")
    match = re.fullmatch(r"(\d{1,2}(?:\.\d+)?)\s*%", text.strip())
    return Decimal(match.group(1)) / 100 if match else None


def _find(lines: list[Line], pattern: re.Pattern[str], *, confidence: float = SURE,
          after: float = -1.0, page: int | None = None) -> Found | None:
    """The first match of `pattern` in a line's text; its words are those its span covers."""
    for line in lines:
        if page is not None and line.page != page:
            continue
        if line.top < after:
            continue
        match = pattern.search(line.text)
        if match:
            group = match.lastindex or 0
            return Found(match.group(group).strip(), confidence, _span_words(line, match.start(group),
                                                                            match.end(group)))
    return None


def _span_words(line: Line, start: int, end: int) -> list[Word]:
    position, covered = 0, []
    for word in line.words:
        if position < end and position + len(word.text) > start:
            covered.append(word)
        position += len(word.text) + 1
    return covered


# -- Chinese VAT e-invoices ------------------------------------------------------------------------------------

_CN_DIGITS = {"零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_CN_SMALL = {"拾": 10, "佰": 100, "仟": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}


def words_to_amount(words: str) -> Decimal | None:
    """壹万壹仟叁佰肆拾贰圆整 → 11342.00; （负数）肆仟…圆零壹分 → -4138.01. None if it is not such an amount."""
    text = words.replace("（负数）", "-").replace("(负数)", "-").replace("负数", "-").replace("元", "圆").strip()
    negative = text.startswith("-")
    text = text.lstrip("-").rstrip("整正")
    if "圆" in text:
        integer_part, _, fraction = text.partition("圆")
    else:
        integer_part, fraction = "", text
    total = section = digit = 0
    for char in integer_part:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        elif char in _CN_SMALL:
            section += (digit or 1) * _CN_SMALL[char]
            digit = 0
        elif char in _CN_BIG:
            section += digit
            if _CN_BIG[char] == 100_000_000:
                total = (total + section) * 100_000_000
            else:
                total += section * 10_000
            section = digit = 0
        else:
            return None
    total += section + digit
    cents = 0
    pending = None
    for char in fraction:
        if char in _CN_DIGITS:
            pending = _CN_DIGITS[char]
        elif char == "角" and pending is not None:
            cents += pending * 10
            pending = None
        elif char == "分" and pending is not None:
            cents += pending
            pending = None
        else:
            return None
    value = Decimal(total) + Decimal(cents) / 100
    return (-value if negative else value).quantize(CENT)


_CN_HEADERS = (("name", ("项目名称", "货物或应税劳务、服务名称", "货物或应税劳务", "服务名称")),
               ("spec", ("规格型号",)), ("unit", ("单位",)), ("quantity", ("数量",)), ("unit_price", ("单价",)),
               ("amount", ("金额",)), ("tax_rate", ("税率/征收率", "税率", "征收率")), ("tax_amount", ("税额",)))


def _cn_columns(header: Line) -> list[tuple[str, float]]:
    """Each column's name and left boundary (half-way between the header words around it)."""
    found: list[tuple[str, Word]] = []
    for word in header.words:
        for name, labels in _CN_HEADERS:
            if word.text in labels or any(word.text.startswith(label) for label in labels):
                found.append((name, word))
                break
    found.sort(key=lambda item: item[1].x0)
    columns = []
    for index, (name, word) in enumerate(found):
        left = (found[index - 1][1].x1 + word.x0) / 2 if index else -1.0
        columns.append((name, left))
    return columns


def _column_of(word: Word, columns: list[tuple[str, float]]) -> str:
    chosen = columns[0][0]
    for name, left in columns:
        if word.center >= left:
            chosen = name
    return chosen


def _cn_cells(line: Line, columns: list[tuple[str, float]]) -> dict[str, list[Word]]:
    """A table row's cells. Text (name, spec, unit) is left-aligned: its column is where it starts. Numbers are
    right-aligned and may stand under the next column's heading, so they are read in order instead: the rate
    (13%, 免税) splits them; before it come quantity, unit price and amount (or the amount alone), after it the
    tax (*** on an exempt line)."""
    numeric_left = dict(columns).get("quantity")
    cells: dict[str, list[Word]] = {}
    numbers: list[Word] = []
    for word in line.words:
        is_number = number(word.text) is not None or _rate(word.text) is not None
        if is_number and (numeric_left is None or word.center >= numeric_left):
            numbers.append(word)
        else:
            cells.setdefault(_column_of(word, columns), []).append(word)
    rate_at = next((i for i, word in enumerate(numbers) if _rate(word.text) is not None
                    and (word.text.endswith("%") or word.text in ("免税", "不征税", "免征"))), None)
    before = numbers[:rate_at] if rate_at is not None else numbers
    after = numbers[rate_at + 1:] if rate_at is not None else []
    if rate_at is not None:
        cells["tax_rate"] = [numbers[rate_at]]
    named = ("quantity", "unit_price", "amount")[-len(before):] if 0 < len(before) <= 3 else ()
    for key, word in zip(named, before[-3:], strict=False):
        cells[key] = [word]
    if len(before) == 2:  # a quantity or a price without the other: which one, by position
        first = before[0]
        cells.pop("quantity", None)
        cells.pop("unit_price", None)
        cells[_column_of(first, columns) if _column_of(first, columns) in ("quantity", "unit_price")
              else "quantity"] = [first]
    if after:
        cells["tax_amount"] = [after[-1]]
    return cells


def _cn_parties(lines: list[Line]) -> dict[str, dict[str, Found | None]]:
    names: list[Found] = []
    tax_ids: list[Found] = []
    name_label = re.compile(r"名\s*称\s*[:：]\s*(\S+)")
    tax_label = re.compile(r"(?:统一社会信用代码/纳税人识别号|纳税人识别号)\s*[:：]\s*([0-9A-Z]{15,20})?")
    for line in lines:
        for match in name_label.finditer(line.text):
            names.append(Found(match.group(1), SURE, _span_words(line, match.start(1), match.end(1))))
        for match in tax_label.finditer(line.text):
            label_words = _span_words(line, match.start(), match.end())
            value = match.group(1)
            found = Found(value, SURE if value and uscc_valid(value) else LIKELY if value else 0.0,
                          _span_words(line, match.start(1), match.end(1)) if value else label_words)
            tax_ids.append(found)
    parties: dict[str, dict[str, Found | None]] = {"buyer": {"name": None, "tax_id": None},
                                                   "seller": {"name": None, "tax_id": None}}
    if len(names) < 2:
        return parties
    first, second = sorted(names[:2], key=lambda f: (f.words[0].page, round(f.words[0].top / 3), f.words[0].x0))
    side_by_side = abs(first.words[0].top - second.words[0].top) < LINE_TOLERANCE
    parties["buyer"]["name"], parties["seller"]["name"] = first, second
    for found in tax_ids:
        anchor = found.words[0]
        if side_by_side:
            owner = "buyer" if abs(anchor.x0 - first.words[0].x0) < abs(anchor.x0 - second.words[0].x0) else "seller"
        else:
            owner = "seller" if anchor.top > second.words[0].top - LINE_TOLERANCE else "buyer"
        if parties[owner]["tax_id"] is None:
            parties[owner]["tax_id"] = found if found.value else None
    return parties


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_valid(code: str) -> bool:
    """GB 32100-2015: the 18th character of a unified social credit code checks the first 17."""
    if len(code) != 18 or any(char not in _USCC_CHARS for char in code):
        return False
    total = sum(_USCC_CHARS.index(char) * weight for char, weight in zip(code[:17], _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31] == code[17]


def _read_cn(lines: list[Line]) -> tuple[dict[str, Found | None], list[dict[str, Found | None]]]:
    fields: dict[str, Found | None] = {
        "invoice_code": _find(lines, re.compile(r"发票代码\s*[:：]\s*(\d{10,12})")),
        "invoice_number": _find(lines, re.compile(r"发票号码\s*[:：]\s*(\d{8,20})")),
    }
    date = _find(lines, re.compile(r"开票日期\s*[:：]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"))
    if date is not None:
        y, m, d = (int(part) for part in re.findall(r"\d+", date.value))
        date.value = f"{y:04d}-{m:02d}-{d:02d}"
    fields["issue_date"] = date
    parties = _cn_parties(lines)
    fields.update({"buyer_name": parties["buyer"]["name"], "buyer_tax_id": parties["buyer"]["tax_id"],
                   "seller_name": parties["seller"]["name"], "seller_tax_id": parties["seller"]["tax_id"]})

    header_index = next((i for i, line in enumerate(lines) if "单价" in line.text and "金额" in line.text
                         and "税额" in line.text), None)
    items: list[dict[str, Found | None]] = []
    total_row = None
    if header_index is not None:
        columns = _cn_columns(lines[header_index])
        page = lines[header_index].page
        waiting = False  # on a following page: nothing is a row until that page's header
        for index in range(header_index + 1, len(lines)):
            line = lines[index]
            compact = line.text.replace(" ", "")
            if line.page != page:
                page, waiting = line.page, True
            if "单价" in line.text and "金额" in line.text:
                columns, waiting = _cn_columns(line), False  # a page's own header: its columns
                continue
            if waiting:
                continue
            if compact.startswith("合计"):
                total_row = line
                break
            if compact.startswith(("价税合计", "备注", "（续下页）", "(续下页)")):
                waiting = True  # the end of this page's table
                continue
            cells = _cn_cells(line, columns)
            numbers = {key: cells.get(key) for key in ("quantity", "unit_price", "amount", "tax_amount", "tax_rate")}
            if not numbers["amount"] and items and set(cells) <= {"name", "spec"}:
                previous = items[-1]
                for key in ("name", "spec"):  # a wrapped cell: its text goes on below
                    if cells.get(key) and previous.get(key) is not None:
                        found = previous[key]
                        found.value += "".join(w.text for w in cells[key])  # type: ignore[union-attr]
                        found.words.extend(cells[key])  # type: ignore[union-attr]
                continue
            if not numbers["amount"]:
                continue
            item: dict[str, Found | None] = {}
            for key in ("name", "spec", "unit"):
                words = cells.get(key)
                item[key] = Found("".join(w.text for w in words) if key == "name" else " ".join(w.text for w in words),
                                  SURE, words) if words else None
            for key in ("quantity", "unit_price", "amount", "tax_amount"):
                words = cells.get(key)
                value = number(words[-1].text) if words else None
                item[key] = Found(value, SURE, words[-1:]) if value is not None and words else None
            rate_words = cells.get("tax_rate")
            rate = _rate(rate_words[0].text) if rate_words else None
            item["tax_rate"] = Found(rate, SURE, rate_words) if rate is not None and rate_words else None
            tax_words = cells.get("tax_amount")
            if item["tax_amount"] is None and tax_words and tax_words[-1].text.strip("*") == "":
                item["tax_amount"] = Found(Decimal("0.00"), SURE, tax_words)  # *** on an exempt line
            items.append(item)
    if total_row is not None:
        amounts = [(w, number(w.text)) for w in total_row.words if number(w.text) is not None]
        if len(amounts) >= 2:
            fields["subtotal"] = Found(amounts[-2][1], SURE, [amounts[-2][0]])
            fields["tax_total"] = Found(amounts[-1][1], SURE, [amounts[-1][0]])
    words_line = next((line for line in lines if "价税合计" in line.text), None)
    if words_line is not None:
        in_figures = re.search(r"[（(]\s*小写\s*[)）]\s*([¥￥]?\s*-?[\d,.]+)", words_line.text)
        if in_figures:
            fields["total"] = Found(number(in_figures.group(1).replace(" ", "")), SURE,
                                    _span_words(words_line, in_figures.start(1), in_figures.end(1)))
        in_words = re.search(r"((?:[（(]负数[)）])?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整正]+)", words_line.text)
        if in_words:
            fields["total_in_words"] = Found(in_words.group(1), SURE,
                                             _span_words(words_line, in_words.start(1), in_words.end(1)))
    remark = _find(lines, re.compile(r"对应正数发票代码\s*[:：]?\s*(\d{10,12})?\s*号码\s*[:：]?\s*(\d{8,20})"))
    if remark is None:
        remark = _find(lines, re.compile(r"被红冲蓝字数电票号码\s*[:：]?\s*(\d{20})"))
    fields["corrects"] = remark
    fields["currency"] = Found("CNY", SURE)
    return fields, items


# -- other invoices, by their labels -----------------------------------------------------------------------------

_EN_NUMBER = re.compile(r"(?:invoice|tax invoice|credit note|credit memo)\s*(?:no\.?|number|#|nr\.?)\s*[:#]?\s*"
                        r"([A-Z0-9][A-Z0-9/_.-]*)", re.IGNORECASE)
_EN_DATE = re.compile(r"(?:invoice date|date of issue|issue date|credit note date|(?<!due )(?<!delivery )"
                      r"(?<!order )(?<!payment )\bdate)\s*[:]?\s*"
                      r"(\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]+\s+\d{4}|"
                      r"[A-Za-z]+\s+\d{1,2},\s*\d{4})", re.IGNORECASE)
_EN_PO = re.compile(r"(?:PO number|PO no\.?|P\.O\.|purchase order(?: no\.?| number)?|your order(?: no\.?)?|"
                    r"customer PO|order (?:no\.?|number|ref(?:erence)?))\s*[:#]?\s*([A-Z0-9][A-Z0-9/_.-]*)",
                    re.IGNORECASE)
_EN_VAT = re.compile(r"(?:VAT(?: Reg)?(?: No\.?| ID| number)?|Tax ID|USt-IdNr\.?)\s*[:]?\s*([A-Z]{2}\s?[0-9A-Z]{6,14})")
_EN_CORRECTS = re.compile(r"(?:original invoice|refers to invoice|re: invoice|corrects invoice|credit for invoice|"
                          r"against invoice)\s*(?:no\.?|number|#)?\s*[:#]?\s*([A-Z0-9][A-Z0-9/_.-]*)", re.IGNORECASE)
_MONTHS = {name: index for index, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_CURRENCY_SIGNS = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "CNY", "￥": "CNY"}


def _en_date(raw: str, currency: str | None) -> str | None:
    raw = raw.strip()
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if match:
        return raw
    match = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", raw)
    if match:
        a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        us = "/" in raw and (b > 12 or (a <= 12 and currency == "USD"))  # 03/19/2026; else day first
        month, day = (a, b) if us else (b, a)
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    match = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", raw) or re.fullmatch(
        r"([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})", raw)
    if match:
        parts = match.groups()
        day, name = (parts[0], parts[1]) if parts[0].isdigit() else (parts[1], parts[0])
        month = _MONTHS.get(name.lower()) or next((v for k, v in _MONTHS.items() if k.startswith(name.lower()[:3])),
                                                  None)
        return f"{int(parts[2]):04d}-{month:02d}-{int(day):02d}" if month else None
    return None


_TOTAL_LABELS = (
    ("total", re.compile(r"^(?:total due|balance due|amount due|grand total|total amount|total payable|"
                         r"invoice total|total to pay|total credit(?:ed)?|credit total|amount credited|"
                         r"total refund(?:ed)?|amount to be (?:credited|refunded)|net credit|total)\b", re.IGNORECASE)),
    ("subtotal", re.compile(r"^(?:subtotal|sub-total|net total|total net|net amount|total excl)", re.IGNORECASE)),
    ("tax_total", re.compile(r"^(?:vat|tax|sales tax|gst)\b", re.IGNORECASE)),
)


def _row_numbers(line: Line, description_end: float) -> list[tuple[Word, Decimal | None, Decimal | None]]:
    """The numbers of a table row right of the description: (word, number, rate) for each."""
    out = []
    for word in line.words:
        if word.x1 <= description_end:
            continue
        rate = _rate(word.text)
        value = None if rate is not None else number(word.text)
        if rate is not None or value is not None:
            out.append((word, value, rate))
    return out


def _assign_row(values: list[tuple[Word, Decimal]]) -> dict[str, tuple[Word, Decimal]] | None:
    """Quantity, unit price and amount among a row's numbers: the triple with quantity × price = amount (to the
    cent), the amount right of the other two; any number left over after the amount is the line's tax."""
    best = None
    for k in range(len(values)):
        for i in range(k):
            for j in range(k):
                if i == j:
                    continue
                quantity, price, amount = values[i][1], values[j][1], values[k][1]
                if abs((quantity * price).quantize(CENT, ROUND_HALF_UP) - amount) <= CENT:
                    key = (k, i < j)  # prefer the rightmost amount, quantity before price
                    if best is None or key > best[0]:
                        best = (key, {"quantity": values[i], "unit_price": values[j], "amount": values[k]})
    if best is None:
        return None
    chosen = best[1]
    used = {id(chosen[name][0]) for name in chosen}
    rest = [v for v in values if id(v[0]) not in used]
    if rest:
        chosen["tax_amount"] = rest[-1]
    return chosen


def _read_en(lines: list[Line]) -> tuple[dict[str, Found | None], list[dict[str, Found | None]]]:
    text = "\n".join(line.text for line in lines)
    currency = None
    iso = re.search(r"\b(EUR|USD|GBP|CHF|CNY|SEK|NOK|DKK|PLN|JPY|CAD|AUD)\b", text)
    if iso:
        currency = iso.group(1)
    else:
        sign = next((s for s in _CURRENCY_SIGNS if s in text), None)
        currency = _CURRENCY_SIGNS.get(sign) if sign else None
    fields: dict[str, Found | None] = {
        "currency": Found(currency, SURE if iso else LIKELY) if currency else None,
        "invoice_number": _find(lines, _EN_NUMBER),
        "po_number": _find(lines, _EN_PO),
        "seller_tax_id": _find(lines, _EN_VAT, confidence=LIKELY),
        "corrects": _find(lines, _EN_CORRECTS, confidence=LIKELY),
    }
    date = _find(lines, _EN_DATE)
    if date is not None:
        date.value = _en_date(date.value, currency)
        if date.value is None:
            date = None
    fields["issue_date"] = date
    first = lines[0] if lines else None
    if first is not None:
        kept = [w for w in first.words if not re.fullmatch(r"(?i)(tax|invoice|credit|note|memo|rechnung)", w.text)]
        fields["seller_name"] = Found(" ".join(w.text for w in kept), GUESS, kept) if kept else None
    fields["document_title"] = Found("credit_note" if re.search(r"(?i)\bcredit (note|memo)\b", text) else "invoice",
                                     LIKELY)

    header_index = next((i for i, line in enumerate(lines) if re.search(r"(?i)\bdescription\b", line.text)
                         and re.search(r"(?i)\b(qty|quantity)\b", line.text)), None)
    items: list[dict[str, Found | None]] = []
    if header_index is not None:
        header = lines[header_index]
        description = next(w for w in header.words if w.text.lower() == "description")
        numeric_start = min((w.x0 for w in header.words if w.x0 > description.x1), default=description.x1 + 100)
        for line in lines[header_index + 1:]:
            if line.page != header.page and re.search(r"(?i)\bdescription\b", line.text):
                continue
            label = line.text.strip()
            if any(pattern.match(label) for _, pattern in _TOTAL_LABELS):
                break
            row = _row_numbers(line, numeric_start - 4)
            values = [(w, v) for w, v, _ in row if v is not None]
            rates = [(w, r) for w, _, r in row if r is not None]
            assigned = _assign_row(values) if len(values) >= 3 else None
            words = [w for w in line.words if w.x1 <= numeric_start - 4 and w.x0 >= description.x0 - 2]
            if assigned is None:
                if words and not values and items:  # a description that wraps onto the next line
                    previous = items[-1]["name"]
                    if previous is not None:
                        previous.value += " " + " ".join(w.text for w in words)
                        previous.words.extend(words)
                continue
            item: dict[str, Found | None] = {
                "name": Found(" ".join(w.text for w in words), SURE, words) if words else None,
                "spec": None, "unit": None}
            for key in ("quantity", "unit_price", "amount", "tax_amount"):
                pair = assigned.get(key)
                item[key] = Found(pair[1], SURE, [pair[0]]) if pair else None
            item["tax_rate"] = Found(rates[0][1], SURE, [rates[0][0]]) if rates else None
            items.append(item)
    footer = lines[header_index + 1:] if header_index is not None else lines
    for line in footer:
        label = line.text.strip()
        for name, pattern in _TOTAL_LABELS:
            if pattern.match(label) and fields.get(name) is None:
                amounts = [(w, number(w.text)) for w in line.words if number(w.text) is not None]
                if amounts:
                    fields[name] = Found(amounts[-1][1], SURE, [amounts[-1][0]])
                    rate = re.search(r"(\d{1,2}(?:\.\d+)?)\s*%", label)
                    if name == "tax_total" and rate:
                        fields["document_tax_rate"] = Found(Decimal(rate.group(1)) / 100, SURE,
                                                            _span_words(line, rate.start(1), rate.end()))
                break
    return fields, items


# -- to the contract's Invoice ------------------------------------------------------------------------------------

def read_pdf_invoice(data: bytes, *, limits: PdfLimits | None = None, field: str = "file") -> PdfInvoiceRead:
    try:
        pages = pdf_words(data, max_pages=MAX_PAGES, limits=limits)["pages"]
    except ExtractError as exc:
        raise InvoiceXMLError(str(exc), field=field) from None
    lines = _lines(pages)
    if not lines:
        raise NoTextLayer("no text layer: a scanned image cannot be read (send the e-invoice XML or a text PDF)",
                          field=field)
    chinese = any("发票号码" in line.text for line in lines) and any("价税合计" in line.text for line in lines)
    fields, items = _read_cn(lines) if chinese else _read_en(lines)
    return _to_invoice(fields, items, layout="cn_vat" if chinese else "labelled")


def _value(found: Found | None) -> Any:
    return found.value if found is not None else None


def _to_invoice(fields: dict[str, Found | None], items: list[dict[str, Found | None]], *,
                layout: str) -> PdfInvoiceRead:
    checks: list[str] = []
    if fields.get("total") is None and fields.get("subtotal") is not None and fields.get("tax_total") is not None:
        # No total printed under a label we know: subtotal plus tax, flagged for the reviewer to check.
        subtotal_found, tax_found = fields["subtotal"], fields["tax_total"]
        fields["total"] = Found(subtotal_found.value + tax_found.value, GUESS,  # type: ignore[union-attr]
                                [*subtotal_found.words, *tax_found.words])  # type: ignore[union-attr]
        checks.append("total: no total found under a known label; subtotal plus tax is shown instead")
    total = _value(fields.get("total"))
    words = _value(fields.get("total_in_words"))
    if words is not None and total is not None:
        in_words = words_to_amount(words)
        if in_words != total:
            checks.append(f"价税合计: the amount in words ({words}) is {in_words}, the figures say {total}")
            fields["total"].confidence = fields["total_in_words"].confidence = GUESS  # type: ignore[union-attr]
    credit = (total is not None and total < 0) or _value(fields.get("document_title")) == "credit_note"
    sign = Decimal("-1") if total is not None and total < 0 else Decimal("1")
    document_rate = _value(fields.get("document_tax_rate"))

    lines: list[dict[str, Any]] = []
    adjustments: list[dict[str, Any]] = []
    for position, item in enumerate(items, start=1):
        amount = _value(item.get("amount"))
        quantity = _value(item.get("quantity"))
        price = _value(item.get("unit_price"))
        rate = _value(item.get("tax_rate"))
        if rate is None:
            rate = document_rate
            if rate is None and _value(item.get("tax_amount")) is not None and amount:
                rate = (_value(item.get("tax_amount")) / amount).quantize(CENT)
        name = _value(item.get("name")) or ""
        if amount is None:
            continue
        amount = amount * sign
        if amount < 0 and quantity is None:  # a discount line (折扣行): an allowance on the document
            adjustments.append({"kind": "allowance", "amount": format(-amount, "f"), "tax_rate": format(rate or 0, "f"),
                                "reason": (name or "discount")[:1000]})
            continue
        if quantity is None or price is None:  # an amount without quantity: one unit at that amount
            quantity, price = Decimal("1") if amount >= 0 else Decimal("-1"), abs(amount)
        else:
            quantity = quantity * sign
        lines.append({"line_no": position, "description": name[:1000] or f"line {position}",
                      "sku": None, "quantity": format(six_places(quantity), "f"),
                      "unit_price": format(six_places(abs(price)), "f"),
                      "tax_rate": format(rate or Decimal("0"), "f"), "amount": format(amount, "f")})
    subtotal = _value(fields.get("subtotal"))
    tax_total = _value(fields.get("tax_total"))
    discounts = sum((Decimal(a["amount"]) for a in adjustments), Decimal("0"))
    corrects = fields.get("corrects")
    document: dict[str, Any] = {
        "document_type": "credit_note" if credit else "invoice",
        "invoice_number": _value(fields.get("invoice_number")),
        "issue_date": _value(fields.get("issue_date")),
        "currency": _value(fields.get("currency")),
        "po_number": _value(fields.get("po_number")),
        "vendor": {"name": _value(fields.get("seller_name")), "tax_id": _value(fields.get("seller_tax_id"))},
        "lines": lines,
        "adjustments": adjustments,
        "subtotal": format(subtotal * sign + discounts, "f") if subtotal is not None else None,
        "tax_total": format(tax_total * sign, "f") if tax_total is not None else None,
        "total": format(total * sign, "f") if total is not None else None,
        "preceding_invoices": [corrects.value] if corrects is not None and corrects.value else [],
    }
    if layout == "cn_vat" and corrects is not None:
        match = re.findall(r"\d{8,20}", " ".join(w.text for w in corrects.words))
        document["preceding_invoices"] = match[-1:] or document["preceding_invoices"]

    extraction_fields = {name: {"value": _json(found.value), "confidence": found.confidence, "region": found.region()}
                         for name, found in fields.items() if found is not None}
    for name in ("invoice_number", "issue_date", "currency", "seller_name", "total"):
        if name not in extraction_fields:
            extraction_fields[name] = {"value": None, "confidence": 0.0, "region": None}
    rate_found = fields.get("document_tax_rate")
    for item in items:
        if item.get("tax_rate") is None and rate_found is not None:  # one rate for the document, printed once
            item["tax_rate"] = Found(rate_found.value, LIKELY, rate_found.words)
    extraction_lines = [{name: {"value": _json(found.value), "confidence": found.confidence,
                                "region": found.region()} if found is not None else None
                         for name, found in item.items()} for item in items]
    needs_review = sorted(name for name, entry in extraction_fields.items()
                          if entry["confidence"] < 0.9 and name != "document_title")
    if not items:
        needs_review.append("lines")
    extraction = {"layout": layout, "fields": extraction_fields, "lines": extraction_lines, "checks": checks}
    return PdfInvoiceRead(document, extraction, needs_review)


def _json(value: Any) -> Any:
    return format(value, "f") if isinstance(value, Decimal) else value
