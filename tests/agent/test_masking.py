from __future__ import annotations

from agent.masking import Masker, resident_id_valid

TEXT = """Candidate 王小明 (wang.xm@example.cn, 138 0013 8000, +44 20 7946 0958) applied.
身份证号 11010519491231002X; account DE89 3704 0044 0532 0130 00 and 6222020200112233445.
The invoice total is 1,234.56 EUR, due 2026-10-31, PO-1001 line 2."""


def test_personal_data_is_masked_and_restored() -> None:
    masker = Masker(names=["王小明"])
    masked = masker.mask(TEXT)
    for secret in ("王小明", "wang.xm@example.cn", "138 0013 8000", "+44 20 7946 0958", "11010519491231002X",
                   "DE89 3704 0044 0532 0130 00", "6222020200112233445"):
        assert secret not in masked, secret
    for kept in ("1,234.56 EUR", "2026-10-31", "PO-1001", "line 2"):
        assert kept in masked, kept  # amounts, dates and document numbers are not personal data
    assert masker.unmask(masked) == TEXT
    reply = masker.unmask(f"Contact {masker.mask('wang.xm@example.cn')} about [NAME_1].")
    assert reply == "Contact wang.xm@example.cn about 王小明."


def test_resident_id_check_digit() -> None:
    assert resident_id_valid("11010519491231002X")
    assert not resident_id_valid("110105194912310021")
    masked = Masker().mask("id 110105194912310021")
    assert "[ID_" not in masked and "110105194912310021" not in masked  # no ID, but a long number: still masked
