"""Bytes to Unicode text for Vietnamese archives, legacy font encodings included.

Order of trust: a byte-order mark; strict UTF-8 (legacy bytes almost never form valid
UTF-8); UTF-16 without a mark when every other byte is NUL. Anything else is decoded
as each Vietnamese legacy encoding in turn (Windows-1258, TCVN3/ABC, VNI-Windows) and
the candidate that reads as the most valid Vietnamese syllables wins; text that reads
as Vietnamese in none of them goes to charset-normalizer. The legacy tables are data
files under ``models/charsets/``.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from .errors import InputError

CHARSETS_DIR = Path(__file__).resolve().parent.parent / "models" / "charsets"

_TONES = "\u0300\u0301\u0303\u0309\u0323"      # grave, acute, tilde, hook above, dot below
_SHAPES = "\u0302\u0306\u031b"                 # circumflex, breve, horn
_WORD_RE = regex.compile(r"[^\W\d_]+")
_VOWELS = "aeiouyAEIOUYơưƠƯ"  # what a VNI mark byte may follow (ơ/ư come from letter bytes)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


@lru_cache(maxsize=1)
def _tables() -> tuple[str, dict[str, str], dict[str, str]]:
    """(TCVN3 translation table, VNI letters, VNI marks), read once."""
    tcvn = {}
    for line in (CHARSETS_DIR / "tcvn3.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "byte")):
            byte, letter = line.split("\t")[:2]
            tcvn[int(byte, 16)] = letter
    table = "".join(tcvn.get(b) or _cp1252_char(b) for b in range(256))
    letters, marks = {}, {}
    for line in (CHARSETS_DIR / "vni.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "byte")):
            byte, kind, value = line.split("\t")[:3]
            ch = chr(int(byte, 16))  # the byte as a latin-1 character
            if kind == "mark":
                marks[ch] = "".join(chr(int(u[2:], 16)) for u in value.split())
            else:
                letters[ch] = value
    return table, letters, marks


def _cp1252_char(b: int) -> str:
    return bytes([b]).decode("cp1252", errors="ignore") or chr(b)


def decode_tcvn3(data: bytes) -> str:
    table = _tables()[0]
    return unicodedata.normalize("NFC", "".join(table[b] for b in data))


@lru_cache(maxsize=1)
def _vni_pattern() -> regex.Pattern:
    marks = _tables()[2]
    return regex.compile(f"([{regex.escape(_VOWELS)}])([{regex.escape(''.join(marks))}])")


def decode_vni(data: bytes) -> str:
    _, letters, marks = _tables()
    s = data.decode("latin-1")
    s = "".join(letters.get(c, c) for c in s)
    s = _vni_pattern().sub(lambda m: m.group(1) + marks[m.group(2)], s)
    # what is left of the high bytes is ordinary Windows-1252 punctuation
    s = "".join(_cp1252_char(ord(c)) if "\x80" <= c <= "\x9f" else c for c in s)
    return unicodedata.normalize("NFC", s)


def decode_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


_LEGACY = {"windows-1258": decode_cp1258, "tcvn3": decode_tcvn3, "vni": decode_vni}


def vietnamese_score(text: str) -> int:
    """Words with Vietnamese diacritics that form a valid syllable, minus invalid words.

    A valid word, once decomposed, has Latin letters a-z or đ, at most one tone mark and
    shape marks only; legacy bytes decoded with the wrong table produce symbols, stray
    capitals inside words, or letters Vietnamese does not use.
    """
    good = bad = 0
    for word in _WORD_RE.findall(text[:200_000]):
        d = unicodedata.normalize("NFD", word.lower())
        tones = sum(d.count(t) for t in _TONES)
        base = "".join(c for c in d if c not in _TONES and c not in _SHAPES)
        plain = base.isascii() or set(base) <= set("abcdefghijklmnopqrstuvwxyzđ")
        if not plain or tones > 1 or len(base) > 7 or (word[1:] != word[1:].lower() and word.upper() != word):
            bad += 1
        elif d != word.lower():
            good += 1
    return good - 3 * bad


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode one document's bytes; ``encoding`` forces a codec or tcvn3/vni. Raises InputError."""
    if encoding:
        return Decoded(_decode_as(data, encoding.lower()), encoding.lower())
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return Decoded(_decode_as(data, codec), codec)
    utf16 = _bomless_utf16(data)
    if utf16:
        return Decoded(_decode_as(data, utf16), utf16)
    if b"\x00" in data[:65536]:
        raise InputError("DecodeError", "binary content (NUL bytes), not a text document")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best_name, best_text, best_score = "", "", 0
    for name, fn in _LEGACY.items():
        text = fn(data)
        score = vietnamese_score(text)
        if score > best_score:
            best_name, best_text, best_score = name, text, score
    if best_name:
        return Decoded(best_text, best_name)
    from charset_normalizer import from_bytes  # only for text that is not Vietnamese-looking

    match = from_bytes(data).best()
    if match is None:
        raise InputError("DecodeError", "unknown encoding: not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI")
    return Decoded(str(match), match.encoding)


def decode_text(data: bytes) -> str:
    """The text of ``decode_bytes``, for callers that do not need the encoding."""
    return decode_bytes(data).text


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _decode_as(data: bytes, encoding: str) -> str:
    if encoding in _LEGACY:
        return _LEGACY[encoding](data)
    try:
        return data.decode(encoding)
    except LookupError as exc:
        raise InputError("DecodeError", f"unknown encoding {encoding!r}") from exc
    except UnicodeDecodeError as exc:
        raise InputError("DecodeError", f"invalid {encoding} at byte {exc.start}") from exc
