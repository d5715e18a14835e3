from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "khoi-thi-dua-so-4-2017.txt"
DATA = SHARED / "data"


@pytest.fixture(scope="session")
def pipe():
    from pipeline import build

    return build()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not available")
    return SEED.read_bytes().decode("utf-8-sig")


def assert_grounded(record, text: str) -> None:
    """Every span anywhere in the record equals the input slice it points to."""

    def walk(node):
        if isinstance(node, dict):
            if {"start", "end", "text"} <= node.keys():
                assert 0 <= node["start"] <= node["end"] <= len(text), node
                assert text[node["start"] : node["end"]] == node["text"], node
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(record.model_dump())


def strip_offsets(record) -> dict:
    """The record without offsets and span texts: what must not change between
    an NFC and an NFD or old-tone copy of the same document."""

    def walk(node):
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items() if k not in ("spans", "published_date_spans", "source")}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(record.model_dump())
