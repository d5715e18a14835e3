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


# ---------------------------------------------------------------- databases
PG_ENV = "TEST_DATABASE_URL"
_pg_problem: list[str] = []


def _pg_admin():
    """An AUTOCOMMIT engine on the server of TEST_DATABASE_URL, or a skip with the reason."""
    import os

    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server (.ci/run starts a throwaway one)")
    if _pg_problem:
        pytest.skip(_pg_problem[0])
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        _pg_problem.append(f"PostgreSQL at {PG_ENV} is unreachable: {str(exc).splitlines()[0]}")
        engine.dispose()
        pytest.skip(_pg_problem[0])
    return engine


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database on each backend: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    import uuid

    from sqlalchemy import text

    admin = _pg_admin()
    name = f"vnx_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))  # a generated identifier, not input
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def sample_records(pipe) -> list[dict]:
    """Records of the bundled sample documents, as the pipeline emits them."""
    import json

    files = sorted((ROOT / "corpus" / "samples").glob("*.txt"))
    return [json.loads(pipe.extract_path(f).model_dump_json()) for f in files]
