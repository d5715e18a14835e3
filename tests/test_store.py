"""Databases: schema from migrations, loading, idempotency, atomic batches, export round trip.

Every test runs on SQLite and on PostgreSQL (skipped when TEST_DATABASE_URL is unset or
the server is unreachable; .ci/run starts a throwaway server)."""

import copy
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from pipeline.cli import main
from pipeline.store import export_records, open_sink
from pipeline.store import load as load_mod
from pipeline.store import models as m
from pipeline.store.db import connect, current_revision, head_revision

from conftest import DATA, ROOT

TABLES = [t.name for t in m.Base.metadata.sorted_tables]


def row_counts(url: str) -> dict[str, int]:
    engine = connect(url, migrate=False)
    with engine.connect() as conn:
        counts = {t: conn.execute(select(func.count()).select_from(m.Base.metadata.tables[t])).scalar_one()
                  for t in TABLES}
    engine.dispose()
    return counts


def load(url: str, records, batch_size: int = 200):
    with open_sink(url, batch_size) as sink:
        for rec in records:
            sink.add(rec)
    return sink.stats


def many(records: list[dict], n: int) -> list[dict]:
    """n distinct documents made from the sample records (new doc_ids)."""
    out = []
    for i in range(n):
        rec = copy.deepcopy(records[i % len(records)])
        rec["doc_id"] = f"{rec['doc_id']}-{i:04d}"
        out.append(rec)
    return out


def test_migrations_at_head_match_the_models(db_url):
    engine = connect(db_url)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), m.Base.metadata)
    engine.dispose()
    assert diff == []


def test_round_trip_gives_back_the_same_records_and_reload_changes_nothing(db_url, sample_records):
    stats = load(db_url, sample_records, batch_size=5)
    assert (stats.inserted, stats.skipped, stats.batches, stats.ok) == (len(sample_records), 0, 3, True)
    assert list(export_records(db_url)) == sample_records
    counts = row_counts(db_url)
    assert counts["mentions"] == sum(json.dumps(r).count('"start"') for r in sample_records)
    assert counts["officials"] == sum(len(r["officials"]) for r in sample_records)
    stats = load(db_url, sample_records, batch_size=5)
    assert (stats.inserted, stats.replaced, stats.skipped) == (0, 0, len(sample_records))
    assert row_counts(db_url) == counts


def test_normalized_rows_answer_queries(db_url, sample_records):
    load(db_url, sample_records)
    engine = connect(db_url, migrate=False)
    sql = text("""SELECT o.name, p.title, g.name AS org, p.former, d.doc_id
                  FROM positions p JOIN officials o ON o.id = p.official_id
                  JOIN documents d ON d.id = p.document_id
                  LEFT JOIN organizations g ON g.id = p.organization_id
                  ORDER BY d.id, o.seq, p.seq""")
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(sql)]
        # every span stored is the text of its mention, and points at an owner row or a document fact
        orphans = conn.execute(text("""SELECT count(*) FROM mentions WHERE field NOT IN
            ('title','published_date','event_date','event_place','byline','read_count') AND
            COALESCE(official_id, position_id, document_organization_id, score_id, election_id, date_id) IS NULL"""))
        assert orphans.scalar_one() == 0
    engine.dispose()
    want = [(o["name"], p["title"], p["organization"], p["former"], r["doc_id"])
            for r in sample_records for o in r["officials"] for p in o["positions"]]
    assert rows == want and len(rows) > 20


def test_changed_document_replaces_its_rows_and_repeats_are_loaded_once(db_url, sample_records):
    load(db_url, sample_records)
    before = row_counts(db_url)
    changed = copy.deepcopy(sample_records[0])
    dropped = changed["officials"].pop()
    again = dict(sample_records[1], source="elsewhere/copy.txt")  # same content read from another path
    stats = load(db_url, [changed, again, changed])
    assert (stats.inserted, stats.replaced, stats.skipped) == (0, 1, 2)
    after = row_counts(db_url)
    assert after["documents"] == before["documents"]  # replaced in place: same id, same place
    assert after["officials"] == before["officials"] - 1
    assert after["mentions"] == before["mentions"] - len(dropped["spans"]) - sum(
        len(p["spans"]) for p in dropped["positions"])
    assert list(export_records(db_url)) == [changed] + sample_records[1:]


def test_a_database_from_a_newer_version_is_refused_with_a_message(db_url, sample_records):
    load(db_url, sample_records[:1])
    engine = connect(db_url, migrate=False)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    code, _, err = run_cli(["load", "-", "--db", db_url])
    assert code == 2 and "schema is at 9999, unknown to this version" in err


def test_a_failing_batch_is_rolled_back_and_reported(db_url, sample_records, monkeypatch):
    records = many(sample_records, 12)
    real_write = load_mod._Rows.write
    calls = []

    def write_then_fail(self, conn):
        real_write(self, conn)  # every row of the batch is written ...
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")  # ... then the batch fails

    monkeypatch.setattr(load_mod._Rows, "write", write_then_fail)
    stats = load(db_url, records, batch_size=4)
    assert (stats.inserted, stats.failed, stats.batches, stats.ok) == (8, 4, 2, False)
    assert "rolled back: RuntimeError: disk full" in stats.errors[0]
    assert list(export_records(db_url)) == records[:4] + records[8:]
    assert row_counts(db_url)["mentions"] == sum(json.dumps(r).count('"start"') for r in records[:4] + records[8:])


def run_cli(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_load_reports_bad_lines_and_loads_the_rest(db_url, sample_records, tmp_path):
    f = tmp_path / "recs.jsonl"
    bad = dict(sample_records[1], status="maybe")
    f.write_text("\n".join([json.dumps(sample_records[0]), "{broken", json.dumps(bad), json.dumps(sample_records[2])])
                 + "\n", encoding="utf-8")
    code, _, err = run_cli(["load", str(f), "--db", db_url])
    assert code == 1
    assert "#L2: invalid JSON on line 2" in err and "#L3: not a valid record: status" in err
    assert "2 inserted, 0 replaced, 0 unchanged, 2 invalid, 0 failed" in err
    code, out, err = run_cli(["export", "--db", db_url])
    assert code == 0 and [json.loads(x) for x in out.splitlines()] == [sample_records[0], sample_records[2]]


def test_extract_db_writes_what_extract_prints(db_url, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Ông Hà Văn Chiến, Phó Giám đốc Sở Nội vụ, dự họp.\n", encoding="utf-8")
    (docs / "b.txt").write_text("   \n", encoding="utf-8")  # an error record is stored as well
    out = tmp_path / "out.jsonl"
    code, stdout, err = run_cli(["extract", str(docs), "--db", db_url, "-o", str(out)])
    assert code == 1 and "2 inserted" in err  # 1: b.txt is empty
    printed = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert list(export_records(db_url)) == printed
    assert printed[0]["officials"][0]["positions"][0]["organization"] == "Sở Nội vụ"
    code, stdout, _ = run_cli(["export", "--db", db_url])
    assert stdout == out.read_text(encoding="utf-8")  # byte for byte


def test_load_killed_mid_way_then_rerun_has_every_document_once(db_url, sample_records, tmp_path):
    records = many(sample_records, 600)
    f = tmp_path / "recs.jsonl"
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    connect(db_url).dispose()  # schema first, so the polling below can count
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, str(ROOT / "run_pipeline.py"), "load", str(f), "--db", db_url,
                             "--batch-size", "10"], env=env, stderr=subprocess.DEVNULL)
    engine = connect(db_url, migrate=False)
    t = m.Document.__table__
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                if conn.execute(select(func.count()).select_from(t)).scalar_one() >= 30:
                    break
            time.sleep(0.005)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with engine.connect() as conn:
        loaded = list(conn.scalars(select(t.c.doc_id).order_by(t.c.id)))
    engine.dispose()
    assert 30 <= len(loaded) < len(records), "the loader should have been killed mid-way"
    assert len(loaded) % 10 == 0  # whole batches only
    # what is there is complete: it exports to the very records
    assert list(export_records(db_url)) == records[: len(loaded)]
    code, _, err = run_cli(["load", str(f), "--db", db_url])
    assert code == 0, err
    assert f"{len(records) - len(loaded)} inserted, 0 replaced, {len(loaded)} unchanged" in err
    assert list(export_records(db_url)) == records
    assert row_counts(db_url)["documents"] == len(records)


@pytest.fixture(scope="module")
def shared_sample_records(pipe):
    """Records of the first few articles of every JSONL file in ../shared/data."""
    if not DATA.exists():
        pytest.skip("../shared/data is not available")
    from pipeline.errors import InputError
    from pipeline.inputs import iter_items, to_text

    records = []
    for path in sorted(DATA.rglob("*.jsonl")):
        for k, item in enumerate(iter_items([str(path)])):
            if k == 5:
                break
            try:
                text_, _ = to_text(item)
            except InputError:
                continue
            records.append(json.loads(pipe.extract_text(text_, item.source).model_dump_json()))
    return records


def test_real_articles_round_trip(db_url, shared_sample_records):
    assert len(shared_sample_records) >= 25
    stats = load(db_url, shared_sample_records, batch_size=7)
    assert stats.ok and stats.inserted == len({r["doc_id"] for r in shared_sample_records})
    assert list(export_records(db_url)) == shared_sample_records
    counts = row_counts(db_url)
    assert counts["officials"] > 0 and counts["mentions"] > 100
    load(db_url, shared_sample_records, batch_size=7)
    assert row_counts(db_url) == counts
