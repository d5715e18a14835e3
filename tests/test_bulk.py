"""Bulk runs: workers, resume after kill -9, torn lines, time limits, the Dask engine."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.bulk import BulkOptions, run_bulk

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from make_archive import documents  # noqa: E402


def write_archive(path: Path, n: int, seed: int = 7) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for doc in documents(n, seed):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_two_workers_write_the_same_records_in_the_same_order(tmp_path):
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 40)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    s1 = run_bulk([str(archive)], BulkOptions(output=str(one), workers=1), stderr=io.StringIO())
    s2 = run_bulk([str(archive)], BulkOptions(output=str(two), workers=2), stderr=io.StringIO())
    assert s1.written == s2.written == 40 and s1.ok == 40
    assert one.read_bytes() == two.read_bytes()
    assert [r["source"].rsplit("#L", 1)[1] for r in read_records(one)] == [str(i) for i in range(1, 41)]


def test_kill_9_then_resume_gives_every_document_exactly_once(tmp_path):
    n = 400
    archive = tmp_path / "a.jsonl"
    write_archive(archive, n)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, str(ROOT / "run_pipeline.py"), "extract", str(archive), "-o", str(out),
           "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= 60:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group: reader and workers
    proc.wait()
    before = out.read_bytes()
    assert 60 <= before.count(b"\n") < n, "the run should have been killed part-way"
    done = subprocess.run(cmd + ["--resume"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    records = read_records(out)
    sources = [r["source"] for r in records]
    assert len(sources) == n and len(set(sources)) == n
    assert len({r["doc_id"] for r in records}) == n
    assert out.read_bytes().startswith(before)  # the first run's lines are kept as they were


def test_resume_cuts_a_torn_last_line_and_skips_what_is_done(tmp_path):
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 12)
    out = tmp_path / "out.jsonl"
    run_bulk([str(archive)], BulkOptions(output=str(out)), stderr=io.StringIO())
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:5]) + lines[5][:40])  # as if the disk had filled mid-line
    summary = run_bulk([str(archive)], BulkOptions(output=str(out), resume=True), stderr=io.StringIO())
    assert summary.skipped_done == 5 and summary.written == 7
    assert out.read_bytes() == b"".join(lines)


def test_time_limit_turns_a_pathological_document_into_an_error_record(tmp_path):
    slow = "Ông Nguyễn Văn An, Phó Giám đốc Sở Y tế, dự họp. " * 4000
    (tmp_path / "a.txt").write_text(slow, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Bà Lê Thị Hoa, Giám đốc Sở Nội vụ, phát biểu.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_bulk([str(tmp_path)], BulkOptions(output=str(out), time_limit=0.2), stderr=io.StringIO())
    records = read_records(out)
    assert [r["status"] for r in records] == ["error", "ok"]
    assert records[0]["error"]["type"] == "Timeout"
    assert summary.errors == {"Timeout": 1}


def test_summary_and_quiet_progress_when_not_a_terminal(tmp_path):
    from pipeline.cli import main

    archive = tmp_path / "a.jsonl"
    write_archive(archive, 5)
    err = io.StringIO()
    assert main(["extract", str(archive), "-o", str(tmp_path / "o.jsonl")], stdout=io.StringIO(), stderr=err) == 0
    text = err.getvalue()
    assert "documents: 5 in" in text and "records written: 5 (ok 5, errors 0)" in text
    assert "\r" not in text  # no progress bar on a pipe
    err = io.StringIO()
    main(["extract", str(archive), "-o", str(tmp_path / "p.jsonl"), "--progress"], stdout=io.StringIO(), stderr=err)
    assert "extract" in err.getvalue() and "\r" in err.getvalue()


def test_dask_engine_gives_the_same_records_as_the_local_engine(tmp_path):
    distributed = pytest.importorskip("distributed")
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 70, seed=11)
    (tmp_path / "bad.jsonl").write_text("{broken\n", encoding="utf-8")
    paths = [str(archive), str(tmp_path / "bad.jsonl")]
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run_bulk(paths, BulkOptions(output=str(local)), stderr=io.StringIO())
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        summary = run_bulk(paths, BulkOptions(output=str(remote), engine="dask", scheduler=cluster.scheduler_address),
                           stderr=io.StringIO())
        assert summary.written == 71 and summary.errors == {"ReadError": 1}
        assert local.read_bytes() == remote.read_bytes()
        # resume on the cluster: nothing left to do
        again = run_bulk(paths, BulkOptions(output=str(remote), engine="dask", resume=True,
                                            scheduler=cluster.scheduler_address), stderr=io.StringIO())
        assert again.written == 0 and again.skipped_done == 71


def test_run_on_text_is_cut_into_bounded_sentences(pipe):
    # a flattened table with no full stop: rules scan per sentence, so sentences must stay bounded
    from pipeline.segment import MAX_SENTENCE

    text = "bầu bổ nhiệm giữ chức là làm, " * 400
    doc = pipe.run(text)
    lengths = [j - i for i, j in doc.sentences]
    assert max(lengths) <= MAX_SENTENCE and sum(lengths) == len(doc.sylls)
    for i, j in doc.sentences[:-1]:  # each cut falls right after a comma
        assert doc.sylls[j - 1] == ","
