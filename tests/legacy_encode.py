"""Test helper: encode Unicode Vietnamese into the legacy encodings, from the same tables
the decoder reads, so the tests can make TCVN3 and VNI files of their own."""

from __future__ import annotations

import unicodedata

from pipeline.decoding import _tables


def encode_tcvn3(text: str) -> bytes:
    table = _tables()[0]
    rev: dict[str, int] = {}
    for b in range(0x80, 256):
        rev.setdefault(table[b], b)
    out = bytearray()
    for c in unicodedata.normalize("NFC", text):
        if ord(c) < 128:
            out.append(ord(c))
        else:
            out.append(rev[c] if c in rev else rev[c.lower()])  # VN3 has no upper-case toned letters
    return bytes(out)


def encode_vni(text: str) -> bytes:
    _, letters, marks = _tables()
    by_letter = {v: k for k, v in letters.items()}
    lower = {unicodedata.normalize("NFD", "a" + v)[1:]: k for k, v in marks.items() if ord(k) >= 0xE0}
    upper = {unicodedata.normalize("NFD", "A" + v)[1:]: k for k, v in marks.items() if ord(k) < 0xE0}
    out = []
    for c in unicodedata.normalize("NFC", text):
        if ord(c) < 128 or c in by_letter:
            out.append(by_letter.get(c, c))
            continue
        d = unicodedata.normalize("NFD", c)
        base, rest = d[0], d[1:]
        if "\u031b" in rest:  # horn: ơ/ư have a byte of their own
            base = by_letter[unicodedata.normalize("NFC", base + "\u031b")]
            rest = rest.replace("\u031b", "")
        out.append(base)
        if rest:
            out.append((upper if c.isupper() else lower)[rest])
    # punctuation outside Latin-1 (curly quotes, dashes) is Windows-1252 in VNI files
    return b"".join(ch.encode("latin-1") if ord(ch) < 256 else ch.encode("cp1252") for ch in "".join(out))


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 has the shaped letters (â, ơ, đ …) but writes tones as combining marks."""
    out = []
    for c in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", c)
        tones = "".join(m for m in d[1:] if m in "\u0300\u0301\u0303\u0309\u0323")
        shaped = unicodedata.normalize("NFC", "".join(m for m in d if m not in tones))
        out.append(shaped + tones)
    return "".join(out).encode("cp1258")
