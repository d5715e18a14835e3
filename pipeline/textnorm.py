"""A matching view of the text that maps back to it (bytes are decoded in ``decoding``).

Every offset the pipeline reports points into ``Document.text``: the input exactly as
read (decoded, BOM removed, nothing else touched). Matching, however, has to treat
NFC/NFD, old and new tone placement ("hoà"/"hòa", "uỷ"/"ủy"), odd dashes, non-breaking
spaces and runs of whitespace as equal. ``MatchText`` is that view: ``norm`` keeps case,
``fold`` is its lower-case twin of the same length, and ``span()`` maps any range of the
view back to the original characters.
"""

from __future__ import annotations

import unicodedata
from array import array
from functools import lru_cache
from dataclasses import dataclass


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
    i, n = 0, len(text)
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
    norm = "".join(out)
    norm = _retone(norm)
    fold = "".join(c.lower() if len(c.lower()) == 1 else c for c in norm)
    return MatchText(text=text, norm=norm, fold=fold, starts=starts, ends=ends)


def _retone(s: str) -> str:
    """Move tones to the new placement in open syllables; same length, so offsets hold."""
    if not any(pair in s for pair in _TONE_TABLE):
        return s
    chars = list(s)
    n = len(s)
    for k in range(n - 1):
        new = _TONE_TABLE.get(s[k : k + 2])
        if new is None:
            continue
        if k + 2 < n and _is_letter(s[k + 2]):
            continue  # closed syllable ("hoàn"): both styles agree already
        if k > 0 and s[k - 1] in "qQ":
            continue  # "quý": u belongs to the consonant
        chars[k], chars[k + 1] = new[0], new[1]
    return "".join(chars)


@lru_cache(maxsize=65536)
def normalize_key(s: str) -> str:
    """Comparison key for names: normalized, case-folded, single-spaced. Cached: the same canonical
    names are compared over and over (positions, elections, evaluation)."""
    return build_match_text(s).fold.strip()


def normalize_surface(s: str) -> str:
    """Canonical surface form of a span of text: NFC, new tone placement, single spaces."""
    return " ".join(build_match_text(s).norm.split())
