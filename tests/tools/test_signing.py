from __future__ import annotations

import pytest

from core.signing import SignatureError, sign, verify


def test_round_trip_and_window() -> None:
    header = sign("s3cret", b"{}", timestamp=1_000_000)
    verify("s3cret", b"{}", header, now=1_000_300)
    with pytest.raises(SignatureError):
        verify("s3cret", b"{}", header, now=1_000_301)
    with pytest.raises(SignatureError):
        verify("other", b"{}", header, now=1_000_000)
    with pytest.raises(SignatureError):
        verify("s3cret", b"{ }", header, now=1_000_000)


def test_any_of_several_v1_signatures_is_accepted() -> None:
    good = sign("new", b"x", timestamp=5).split("v1=")[1]
    verify("new", b"x", f"t=5,v1={'0' * 64},v1={good}", now=5)


def test_known_vector() -> None:
    # HMAC-SHA256("key", "1700000000.{}"), computed independently with openssl.
    assert sign("key", b"{}", timestamp=1700000000) == "t=1700000000,v1=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae"
