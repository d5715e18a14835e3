"""Real third-party articles from ../shared/data: no crash, one record per document,
every span grounded. CI runs a sample; `-m slow` runs all of them."""

import json
from itertools import islice

import pytest

from conftest import DATA, assert_grounded
from pipeline.inputs import jsonl_document_text


def articles(limit_per_file: int | None):
    if not DATA.exists():
        pytest.skip("../shared/data is not available")
    for f in sorted(DATA.glob("*/*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for lineno, line in islice(enumerate(fh, 1), limit_per_file):
                obj = json.loads(line)
                yield f"{f.name}#L{lineno}", jsonl_document_text(obj)


def check(pipe, limit):
    count = 0
    for source, text in articles(limit):
        rec = pipe.extract_text(text, source)
        assert rec.status == "ok", (source, rec.error)
        assert_grounded(rec, text)
        count += 1
    assert count > 0


def test_sample_of_real_articles(pipe):
    check(pipe, 25)


@pytest.mark.slow
def test_all_real_articles(pipe):
    check(pipe, None)
