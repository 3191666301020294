"""Holder ids: the one normal form a person's or a system's name is compared in (four eyes, visibility).

Two names that look the same to a reader must compare equal: NFKC (full-width and compatibility forms),
case folding, invisible characters removed (Unicode format characters, category Cf, such as zero-width
spaces and joiners, bidi marks, soft hyphens; and the other default-ignorable code points: fillers,
variation selectors), whitespace collapsed to one space and trimmed. Control characters are refused, not
removed, and so is a name with nothing left. Look-alike letters of other scripts (Cyrillic "а") are not folded.
"""

from __future__ import annotations

import re
import unicodedata

MAX_LENGTH = 200

# Default_Ignorable_Code_Point characters outside category Cf (Unicode DerivedCoreProperties), and the
# Braille blank, which renders as nothing: a name that differs only by these looks the same.
_IGNORABLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\ufe00-\ufe0f\uffa0"
                        "\U000e0100-\U000e01ef]")
_SPACE = re.compile(r"\s+")


class HolderIdError(ValueError):
    pass


def _visible(text: str) -> str:
    return _IGNORABLE.sub("", "".join(ch for ch in text if unicodedata.category(ch) != "Cf"))


def normalise_holder_id(name: str) -> str:
    """The holder id of a name, or HolderIdError (control characters, nothing visible, too long)."""
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        raise HolderIdError("must not contain control characters")
    text = unicodedata.normalize("NFKC", _visible(name))
    text = unicodedata.normalize("NFKC", _visible(text.casefold()))
    text = _SPACE.sub(" ", text).strip()
    if not text:
        raise HolderIdError("is empty once invisible characters and spaces are removed")
    if len(text) > MAX_LENGTH:
        raise HolderIdError(f"is longer than {MAX_LENGTH} characters")
    return text


def holder_id_or_none(name: str | None) -> str | None:
    """The holder id of free text from elsewhere (a PO's requester), or None when it has none."""
    if not name:
        return None
    try:
        return normalise_holder_id(name)
    except HolderIdError:
        return None
