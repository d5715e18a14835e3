"""The document object that flows through the stages.

Stages add to it; nothing rewrites ``text``. Positions inside the pipeline are
syllable indices or offsets into the normalized view (``match``); every value that
leaves the pipeline is converted with ``Document.span_of`` to offsets into ``text``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .textnorm import MatchText


@dataclass(slots=True)
class Mention:
    """An entity found by a stage, over syllables [i, j) of the document."""

    label: str                 # PERSON | TITLE | ORG | DATE | SCORE ...
    i: int
    j: int
    canonical: str             # canonical value: full org name, title, person name
    kind: str = ""             # org kind, title category, date kind
    source: str = ""           # which rule found it, for review: "org.known", "person.honorific"
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Document:
    text: str                              # the input exactly as read
    source: str                            # the path (or label) the user gave
    match: MatchText                       # normalized view with offset map
    syl_start: list[int] = field(default_factory=list)   # per syllable, offsets into match.norm
    syl_end: list[int] = field(default_factory=list)
    sylls: list[str] = field(default_factory=list)       # case/tone-folded syllable strings
    caps: list[bool] = field(default_factory=list)       # syllable starts with an upper-case letter
    sentences: list[tuple[int, int]] = field(default_factory=list)  # syllable ranges
    sentence_of: list[int] = field(default_factory=list)  # syllable -> sentence index
    word_joined: list[bool] = field(default_factory=list)  # syllable k and k+1 in one word
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)   # relations and document facts
    deadline: float = float("inf")         # time.monotonic() after which stages give up

    def check_deadline(self) -> None:
        """Stages call this between units of work; pathological inputs stop here."""
        if time.monotonic() > self.deadline:
            from .errors import DocumentTimeout

            raise DocumentTimeout("the document ran past its time limit")

    def span_of(self, i: int, j: int) -> tuple[int, int]:
        """Original character range of syllables [i, j)."""
        return self.match.span(self.syl_start[i], self.syl_end[j - 1])

    def norm_between(self, i: int, j: int) -> str:
        """Normalized surface text of syllables [i, j) (single-spaced)."""
        if j <= i:
            return ""
        return " ".join(self.match.norm[self.syl_start[i] : self.syl_end[j - 1]].split())

    def gap(self, a: int, b: int) -> str:
        """Folded text strictly between syllable a-1 and syllable b (what separates them)."""
        if a <= 0 or b >= len(self.sylls) or b < a:
            return ""
        return self.match.fold[self.syl_end[a - 1] : self.syl_start[b]]

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sentence_of[a] == self.sentence_of[b]


def after_age_aside(sylls: list[str], k: int) -> int:
    """Past "(61 tuổi," opened at k, where a bracketed post starts; k + 1 (just inside the bracket) otherwise."""
    if sylls[k + 2 : k + 4] == ["tuổi", ","] and k + 1 < len(sylls) and sylls[k + 1].isdigit():
        return k + 4
    return k + 1
