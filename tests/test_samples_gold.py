"""Regression floor on the project's own sample documents (corpus/samples, written by us).

These documents were used while writing the rules, so the floor guards against
regressions; it is not a measure of accuracy on unseen text.
"""

import json

import pytest

from conftest import ROOT, assert_grounded
from pipeline.evaluate import format_slot_table as format_table, lenient, score_documents

SAMPLES = ROOT / "corpus" / "samples"
FLOORS = {"officials": 0.97, "positions": 0.95, "organizations": 0.94, "scores": 0.95, "elections": 0.93}


@pytest.fixture(scope="module")
def results(pipe):
    gold = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    pairs = []
    for name, expected in gold.items():
        record = pipe.extract_path(SAMPLES / name)
        assert_grounded(record, (SAMPLES / name).read_bytes().decode("utf-8-sig"))
        pairs.append((name, expected, record))
    return pairs


def test_every_sample_has_gold_and_a_record(results):
    files = sorted(p.name for p in SAMPLES.glob("*.txt"))
    assert sorted(name for name, _, _ in results) == files
    assert all(rec.status == "ok" for _, _, rec in results)


@pytest.mark.parametrize("slot", sorted(FLOORS))
def test_lenient_f1_floor(results, slot):
    totals = score_documents(results)
    assert totals[slot].f1 >= FLOORS[slot], format_table(totals) + "\nmisses: " + repr(totals[slot].misses[:10]) \
        + "\nspurious: " + repr(totals[slot].spurious[:10])


def test_titles_and_dates(results):
    for name, expected, rec in results:
        # the value is normalized (tone placement, spacing); the span keeps the original
        assert rec.title is not None and lenient(rec.title.value) == lenient(expected["title"]), name
        assert rec.title.spans[0].text == expected["title"], name
        assert rec.published_date == expected["published_date"], name
