"""Invariants: spans are grounded; encodings of the same text give the same record."""

import unicodedata

import pytest

from conftest import assert_grounded, strip_offsets
from pipeline.textnorm import _TONE_TABLE


def old_tone(text: str) -> str:
    reverse = {new: old for old, new in _TONE_TABLE.items()}
    out = text
    for new, old in reverse.items():
        out = out.replace(new + " ", old + " ").replace(new + ",", old + ",").replace(new + ".", old + ".")
    return out


VARIANTS = {
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "old_tone": old_tone,
    "nbsp": lambda t: t.replace(" ", "\u00a0", 40),
    "bom_crlf": lambda t: t.replace("\n", "\r\n"),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_copy_gives_the_same_record(pipe, seed_text, variant):
    copy = VARIANTS[variant](seed_text)
    assert copy != seed_text
    base = pipe.extract_text(seed_text, "seed")
    other = pipe.extract_text(copy, "seed")
    assert_grounded(other, copy)
    assert strip_offsets(other) == strip_offsets(base)


def test_old_tone_variant_really_changes_tone_placement(seed_text):
    assert "Văn hoá" in old_tone(seed_text) and "Văn hoá" not in seed_text
