"""A matching view of the text that maps back to it (bytes are decoded in ``decoding``).

Every offset the pipeline reports points into ``Document.text``: the input exactly as
read (decoded, BOM removed, nothing else touched). Matching, however, has to treat
NFC/NFD, old and new tone placement ("hoà"/"hòa", "uỷ"/"ủy"), odd dashes, non-breaking
spaces and runs of whitespace as equal. ``MatchText`` is that view: ``norm`` keeps case,
``fold`` is its lower-case twin of the same length, and ``span()`` maps any range of the
view back to the original characters.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from functools import lru_cache
from dataclasses import dataclass

import regex


_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_CHAR_MAP = {
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u00d0": "\u0110", "\u00f0": "\u0111",  # Icelandic eth typed for Vietnamese Đ/đ
    "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
}
_TONE_MARKS = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def _build_tone_table() -> dict[str, str]:
    """Old placement puts the tone on the second vowel of open oa/oe/uy ("hoà", "uỷ");
    the new one on the first ("hòa", "ủy"). Map every old pair to the new pair."""
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in _TONE_MARKS:
            for f, s in ((first, second), (first.upper(), second), (first.upper(), second.upper())):
                old = f + unicodedata.normalize("NFC", s + mark)
                new = unicodedata.normalize("NFC", f + mark) + s
                table[old] = new
    return table


_TONE_TABLE = _build_tone_table()
_OLD_PAIR_RE = regex.compile("|".join(regex.escape(k) for k in _TONE_TABLE))


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


@dataclass(slots=True)
class MatchText:
    """Normalized view of ``text``; ``starts[i]``/``ends[i]`` are the original range of view char i."""

    text: str
    norm: str
    fold: str
    starts: array
    ends: array

    def span(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original (start, end) of the view range [nstart, nend)."""
        if nend <= nstart:
            pos = self.starts[nstart] if nstart < len(self.starts) else len(self.text)
            return pos, pos
        return self.starts[nstart], self.ends[nend - 1]


def build_match_text(text: str) -> MatchText:
    out: list[str] = []
    starts = array("l")
    ends = array("l")
    # Most of a document maps one to one; only whitespace runs, combining sequences,
    # zero-width and look-alike characters need the character-by-character path.
    pos = 0
    ident = _identity(len(text) + 1)
    marks = frozenset(c for c in set(text) if unicodedata.combining(c))
    for m in _special_re(marks).finditer(text):
        start = m.start()
        if start > pos:
            _plain(text, pos, start, out, starts, ends, ident)
        _special(text, start, m.end(), out, starts, ends)
        pos = m.end()
    if pos < len(text):
        _plain(text, pos, len(text), out, starts, ends, ident)
    norm = "".join(out)
    norm = _retone(norm)
    fold = norm.lower()
    if len(fold) != len(norm):  # a character lowers to two ("İ"): keep it as is, lengths must match
        fold = "".join(c.lower() if len(c.lower()) == 1 else c for c in norm)
    return MatchText(text=text, norm=norm, fold=fold, starts=starts, ends=ends)


@lru_cache(maxsize=256)
def _special_re(marks: frozenset[str]) -> re.Pattern:
    """Where the character-by-character path is needed.

    Whitespace runs (a lone space or newline maps to itself), a lone tab or no-break
    space, zero-width and look-alike characters, and the combining marks that occur in
    the text (``marks``: usually none in NFC text, a handful in NFD text; a class of
    every combining character in Unicode would make the scan several times slower).
    """
    zw = "".join(_ZERO_WIDTH)
    parts = [f"[\\s{zw}]{{2,}}", r"[^\S \n]", f"[{zw}{''.join(_CHAR_MAP)}]"]
    if marks:  # first: a character with marks after it is one group, whatever it is
        parts.insert(0, "(?s:.)[" + "".join(re.escape(c) for c in sorted(marks)) + "]+")
    return re.compile("|".join(parts))


def _identity(n: int) -> array:
    """0, 1, 2 … n: plain stretches of text copy slices of it (a memcpy, not a Python loop)."""
    global _IDENTITY
    if n >= _IDENTITY_KEPT:  # a huge document gets its own, so memory does not stay raised
        return array("l", range(n + 1))
    if len(_IDENTITY) <= n:
        _IDENTITY = array("l", range(min(max(n + 1, 2 * len(_IDENTITY)), _IDENTITY_KEPT)))
    return _IDENTITY


_IDENTITY = array("l")
_IDENTITY_KEPT = 1 << 18  # 2 MiB of offsets kept between documents


def _plain(text: str, i: int, j: int, out: list, starts: array, ends: array, ident: array) -> None:
    chunk = text[i:j]
    if chunk.isascii() or unicodedata.is_normalized("NFC", chunk):
        out.append(chunk)
        starts.extend(ident[i:j])
        ends.extend(ident[i + 1 : j + 1])
    else:  # a character with a singleton decomposition: take the slow path
        _special(text, i, j, out, starts, ends)


def _special(text: str, i: int, n: int, out: list, starts: array, ends: array) -> None:
    """Characters [i, n) one group at a time: whitespace runs collapse, marks compose."""
    while i < n:
        ch = text[i]
        if ch.isspace():
            j = i
            newline = False
            while j < n and (text[j].isspace() or text[j] in _ZERO_WIDTH):
                newline = newline or text[j] in "\n\r\u2028\u2029"
                j += 1
            out.append("\n" if newline else " ")
            starts.append(i)
            ends.append(j)
            i = j
            continue
        if ch in _ZERO_WIDTH:
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        group = text[i:j]
        if j - i > 1 or not group.isascii():
            group = unicodedata.normalize("NFC", group)
        group = _CHAR_MAP.get(group, group)
        for c in group:
            out.append(c)
            starts.append(i)
            ends.append(j)
        i = j


def _retone(s: str) -> str:
    """Move tones to the new placement in open syllables; same length, so offsets hold."""
    chars = None
    n = len(s)
    for m in _OLD_PAIR_RE.finditer(s):
        k = m.start()
        if k + 2 < n and _is_letter(s[k + 2]):
            continue  # closed syllable ("hoàn"): both styles agree already
        if k > 0 and s[k - 1] in "qQ":
            continue  # "quý": u belongs to the consonant
        if chars is None:
            chars = list(s)
        new = _TONE_TABLE[m.group()]
        chars[k], chars[k + 1] = new[0], new[1]
    return s if chars is None else "".join(chars)


@lru_cache(maxsize=4096)
def normalize_key(s: str) -> str:
    """Comparison key for names: normalized, case-folded, single-spaced.

    Cached: rules ask for the keys of the same names and titles over and over.
    """
    return build_match_text(s).fold.strip()


@lru_cache(maxsize=4096)
def normalize_surface(s: str) -> str:
    """Canonical surface form of a span of text: NFC, new tone placement, single spaces (cached)."""
    return " ".join(build_match_text(s).norm.split())
