"""Syllables, sentences (underthesea) and words (underthesea, on demand).

underthesea rewrites what it returns (tone placement, spacing), so its sentences and
words are aligned back onto the normalized view by walking both strings and skipping
whitespace; the view maps to the original text. Word segmentation is the costliest
step of the pipeline, so it runs only for the sentences a rule actually asks about
(``Segmenter.words_of``) and its result is cached on the document.
"""

from __future__ import annotations

import bisect

from .document import Document
from .resources import SYLLABLE_RE, Resources


def _align(haystack: str, piece: str, pos: int) -> tuple[int, int] | None:
    """Find ``piece`` in ``haystack`` at or after ``pos``, ignoring whitespace differences."""
    chars = [c for c in piece if not c.isspace()]
    if not chars:
        return None
    k = pos
    n = len(haystack)
    while k < n and haystack[k].isspace():
        k += 1
    start = k
    m = 0
    while k < n and m < len(chars):
        c = haystack[k]
        if c.isspace():
            k += 1
            continue
        if c != chars[m]:
            break
        k += 1
        m += 1
    if m == len(chars):
        return start, k
    # underthesea sometimes drops or rewrites a character: search a little further ahead
    found = haystack.find(chars[0], pos)
    if found != -1 and found != start and found - pos < 200:
        return _align(haystack, piece, found)
    return None


MAX_SENTENCE = 500  # syllables; see Segmenter._pieces


class Segmenter:
    """Stage: syllables and sentences for every document; words lazily per sentence."""

    name = "segment"
    requires: tuple[str, ...] = ()
    provides = ("syllables", "sentences")

    def __init__(self, resources: Resources):
        from underthesea import sent_tokenize, word_tokenize  # heavy import, done once per pipeline

        self._sent_tokenize = sent_tokenize
        self._word_tokenize = word_tokenize
        # Keep multi-syllable titles whole ("Phó Chủ tịch"), as the word segmenter would
        # otherwise split them by frequency.
        self._fixed = resources.title_fixed_words

    def __call__(self, doc: Document) -> Document:
        norm, fold = doc.match.norm, doc.match.fold
        for m in SYLLABLE_RE.finditer(fold):
            doc.syl_start.append(m.start())
            doc.syl_end.append(m.end())
            doc.sylls.append(m.group())
            doc.caps.append(norm[m.start()].isupper())
        doc.word_joined = [False] * len(doc.sylls)
        doc.facts["_worded"] = set()

        bounds: list[tuple[int, int]] = []
        offset = 0
        for para in norm.split("\n"):
            if para.strip():
                pos = offset
                for sent in self._sent_tokenize(para):
                    hit = _align(norm, sent, pos)
                    if hit is None:
                        continue
                    bounds.append(hit)
                    pos = hit[1]
                # anything the sentence splitter skipped still belongs to the paragraph
                if bounds and bounds[-1][1] < offset + len(para.rstrip()):
                    bounds[-1] = (bounds[-1][0], offset + len(para.rstrip()))
            offset += len(para) + 1
        starts = doc.syl_start
        sentence_of = [0] * len(doc.sylls)
        for b_start, b_end in bounds:
            i = bisect.bisect_left(starts, b_start)
            j = bisect.bisect_left(starts, b_end)
            for i, j in self._pieces(doc, i, j):
                for k in range(i, j):
                    sentence_of[k] = len(doc.sentences)
                doc.sentences.append((i, j))
        # syllables outside every sentence (should not happen) join the previous one
        covered = {k for i, j in doc.sentences for k in range(i, j)}
        for k in range(len(doc.sylls)):
            if k not in covered:
                sentence_of[k] = sentence_of[k - 1] if k else 0
        if not doc.sentences and doc.sylls:
            doc.sentences.append((0, len(doc.sylls)))
        doc.sentence_of = sentence_of
        doc.facts["_segmenter"] = self
        return doc

    @staticmethod
    def _pieces(doc: Document, i: int, j: int) -> list[tuple[int, int]]:
        """Syllables [i, j) as sentences of at most MAX_SENTENCE syllables.

        Rules scan within a sentence, some of them around every cue word, so a run-on
        "sentence" (a flattened table, text with no punctuation, crafted input) would
        cost quadratic time. Real sentences are far shorter; a longer one is cut after
        the last ';' or ',' before the limit (or at the limit when there is none).
        """
        pieces = []
        while j - i > MAX_SENTENCE:
            cut = i + MAX_SENTENCE
            for k in range(cut - 1, i + MAX_SENTENCE // 2, -1):
                if doc.sylls[k - 1] in (";", ","):  # punctuation is a token of its own
                    cut = k
                    break
            pieces.append((i, cut))
            i = cut
        if j > i:
            pieces.append((i, j))
        return pieces

    def ensure_words(self, doc: Document, sentence: int) -> None:
        """Run word segmentation on one sentence and mark syllables joined inside words."""
        done = doc.facts["_worded"]
        if sentence in done:
            return
        done.add(sentence)
        doc.check_deadline()
        i, j = doc.sentences[sentence]
        if j <= i:
            return
        norm = doc.match.norm
        start, end = doc.syl_start[i], doc.syl_end[j - 1]
        words = self._word_tokenize(
            norm[start:end], fixed_words=self._fixed, use_token_normalize=False
        )
        pos = start
        k = i
        for word in words:
            hit = _align(norm, word, pos)
            if hit is None or hit[1] > end:
                continue
            w_start, w_end = hit
            pos = w_end
            while k < j and doc.syl_start[k] < w_start:
                k += 1
            while k + 1 < j and doc.syl_end[k + 1] <= w_end:
                doc.word_joined[k] = True
                k += 1
            k += 1


def joined(doc: Document, k: int) -> bool:
    """Are syllables k and k+1 one word? Segments the sentence on first use."""
    seg: Segmenter = doc.facts["_segmenter"]
    seg.ensure_words(doc, doc.sentence_of[k])
    return doc.word_joined[k]
