"""Bulk runs over archives: streaming, worker processes or a Dask cluster, resumable output.

The reading process walks the inputs (``inputs.iter_items``) and writes JSON Lines; the
costly part (format conversion, decoding, extraction, serialisation) runs in
``process_item`` wherever the engine puts it:

* ``local``, 1 worker: in this process.
* ``local``, N workers: N forked processes, each building the pipeline once; at most a
  window of items is in flight, so memory does not grow with the archive.
* ``dask``: batches of items are tasks on a Dask distributed cluster; every worker
  process builds the pipeline once and keeps it.

Output order is the input order for every engine. Each record is one ``os.write`` of a
whole line to a file opened for appending, so a killed run leaves only complete lines;
``--resume`` reads the doc_ids already there (dropping a torn last line should the disk
have filled), and those documents are skipped without being extracted again. A
document's doc_id comes from its normalized content, so one record is written per
distinct document: repeated copies are counted as duplicates, in any run.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .inputs import InputOptions, WorkItem, input_size, iter_items, to_text

_SKIPPED = "skip"


@dataclass
class Result:
    """What a worker sends back for one item: a JSON line, or a note that it was skipped."""

    doc_id: str
    line: str | None            # the record as one JSON line (no newline); None when skipped
    status: str                 # ok | error | skip
    error_type: str | None = None
    size: int = 0


@dataclass
class Summary:
    documents: int = 0
    written: int = 0
    ok: int = 0
    errors: Counter = field(default_factory=Counter)
    skipped_done: int = 0
    duplicates: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        rate = self.documents / self.seconds if self.seconds else 0.0
        out = [f"documents: {self.documents} in {self.seconds:.1f} s ({rate:.1f}/s)",
               f"records written: {self.written} (ok {self.ok}, errors {sum(self.errors.values())})"]
        if self.errors:
            out.append("errors by type: " + ", ".join(f"{k} {v}" for k, v in self.errors.most_common()))
        if self.skipped_done:
            out.append(f"skipped, already in the output (--resume): {self.skipped_done}")
        if self.duplicates:
            out.append(f"skipped, same content as an earlier document: {self.duplicates}")
        return out


# ------------------------------------------------------------------ the unit of work
class Worker:
    """Everything one process needs to turn items into JSON lines; built once per process."""

    def __init__(self, models_dir: str | None, opts: InputOptions, time_limit: float | None,
                 done: frozenset | set | None = None):
        from .api import build

        self.pipe = build(models_dir)
        self.models_dir = models_dir
        self.opts = opts
        self.time_limit = time_limit
        self.done = done or frozenset()

    def process(self, item: WorkItem) -> Result:
        from .api import doc_id_for, error_record
        from .errors import InputError

        meta: dict = {}
        try:
            text, meta = to_text(item, self.opts)
        except InputError as exc:
            record = error_record(item.source, "", exc.type, exc.message)
            return self._result(record, item)
        except Exception as exc:  # a parser library failing on a hostile file costs only that file
            record = error_record(item.source, "", "ReadError", f"{type(exc).__name__}: {exc}")
            return self._result(record, item)
        source = meta.get("source", item.source)
        if self.done and text.strip():  # resuming: skip a finished document before the costly part
            doc_id = doc_id_for(text)
            if _id_key(doc_id) in self.done:
                return Result(doc_id, None, _SKIPPED, size=item.size)
        record = self.pipe.extract_text(text, source, time_limit=self.time_limit, meta=meta)
        return self._result(record, item)

    def _result(self, record, item: WorkItem) -> Result:
        if _id_key(record.doc_id) in self.done:
            return Result(record.doc_id, None, _SKIPPED, size=item.size)
        return Result(record.doc_id, record.model_dump_json(), record.status,
                      record.error.type if record.error else None, item.size)


def _id_key(doc_id: str) -> int | str:
    """doc_ids are hex; kept as ints the resume set is about half the size of strings
    (an id from some other tool's file stays a string)."""
    try:
        return int(doc_id, 16)
    except ValueError:
        return doc_id


# process-local state of pool workers and Dask workers
_WORKER: Worker | None = None


def _init_pool_worker(models_dir, opts, time_limit, done) -> None:
    global _WORKER
    _WORKER = Worker(models_dir, opts, time_limit, done)


def _pool_process(item: WorkItem) -> Result:
    return _WORKER.process(item)


_BUILD_LOCK = threading.Lock()


def process_batch(items: list[WorkItem], models_dir, opts, time_limit, done) -> list[Result]:
    """A Dask task: the worker process keeps its pipeline between tasks (and between runs
    with the same settings)."""
    global _WORKER
    with _BUILD_LOCK:
        w = _WORKER
        if w is None or (w.models_dir, w.opts, w.time_limit) != (models_dir, opts, time_limit):
            _WORKER = Worker(models_dir, opts, time_limit)
    _WORKER.done = done
    return [_WORKER.process(item) for item in items]


# ------------------------------------------------------------------ output
class JsonlOutput:
    """Appends whole lines with one write each; knows the doc_ids already present."""

    def __init__(self, path: str | None, resume: bool, stdout=None):
        self.path = path
        self.done: set[int | str] = set()
        if path is None:
            self.fd = None
            self.stream = stdout or sys.stdout
            return
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        if resume and Path(path).exists():
            self.done = _repair_and_read_ids(Path(path))
            flags = os.O_WRONLY | os.O_APPEND
        else:
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND
        self.fd = os.open(path, flags, 0o644)

    def write(self, line: str) -> None:
        if self.fd is None:
            self.stream.write(line + "\n")
            self.stream.flush()
            return
        data = (line + "\n").encode("utf-8")
        while data:  # a regular file takes it in one call; loop only for the odd short write
            n = os.write(self.fd, data)
            data = data[n:]

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _repair_and_read_ids(path: Path) -> set[int | str]:
    """doc_ids of the complete lines; a torn last line is cut off so appending stays valid."""
    import json

    ids: set[int | str] = set()
    good_end = 0
    with path.open("rb") as fh:
        pos = 0
        for raw in fh:
            pos += len(raw)
            if not raw.endswith(b"\n"):
                break
            try:
                ids.add(_id_key(json.loads(raw)["doc_id"]))
            except (ValueError, KeyError, TypeError):
                break  # a damaged line: keep what came before it
            good_end = pos
    if good_end < path.stat().st_size:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
    return ids


# ------------------------------------------------------------------ engines
def _local_results(items: Iterable[WorkItem], workers: int, models_dir, opts, time_limit, done) -> Iterator[Result]:
    if workers <= 1:
        worker = Worker(models_dir, opts, time_limit, done)
        for item in items:
            yield worker.process(item)
        return
    import multiprocessing as mp

    # Small chunks keep both workers busy when article sizes vary tenfold; a wide window
    # lets the others run ahead of one long document (results still come back in order)
    # while keeping memory bounded: at most this many items are in flight.
    chunk = 2
    window = threading.BoundedSemaphore(workers * 64)

    def throttled() -> Iterator[WorkItem]:
        for item in items:  # the pool's feeder thread blocks here once the window is full
            window.acquire()
            yield item

    ctx = mp.get_context("fork")  # workers inherit the loaded code; each builds its pipeline once
    with ctx.Pool(workers, initializer=_init_pool_worker, initargs=(models_dir, opts, time_limit, done)) as pool:
        for result in pool.imap(_pool_process, throttled(), chunksize=chunk):
            window.release()
            yield result


def _batches(items: Iterable[WorkItem], size: int) -> Iterator[list[WorkItem]]:
    batch: list[WorkItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _dask_results(items: Iterable[WorkItem], scheduler, models_dir, opts, time_limit, done,
                  batch_size: int = 32) -> Iterator[Result]:
    """Batches as tasks; a bounded number in flight; results handed on in input order."""
    from distributed import Client, wait

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        n_workers = max(len(client.scheduler_info().get("workers", {})), 1)
        # a list of one: scatter would otherwise send a set's elements one by one
        [done_future] = client.scatter([done], broadcast=True)
        pending: deque = deque()
        for batch in _batches(items, batch_size):
            pending.append(client.submit(process_batch, batch, models_dir, opts, time_limit, done_future, pure=False))
            while len(pending) >= 2 * n_workers + 2:
                yield from pending.popleft().result()
            # let the head finish when the window is full (results stay in input order)
        while pending:
            head = pending.popleft()
            wait(head)
            yield from head.result()
    finally:
        if not isinstance(scheduler, Client):
            client.close()


# ------------------------------------------------------------------ the run
@dataclass
class BulkOptions:
    output: str | None = None
    workers: int = 1
    resume: bool = False
    time_limit: float | None = 60.0
    engine: str = "local"
    scheduler: object = None        # Dask scheduler address (or a Client, in tests)
    models_dir: str | None = None
    progress: bool | None = None    # None: a bar when stderr is a terminal
    inputs: InputOptions = field(default_factory=InputOptions)


def run_bulk(paths: list[str], options: BulkOptions, stdout=None, stderr=None, stdin=None,
             on_record=None) -> Summary:
    """Extract every document under ``paths`` into ``options.output`` (JSON Lines).

    ``on_record(line)`` is called for every record written (a database sink, say).
    """
    stderr = stderr or sys.stderr
    summary = Summary()
    started = time.monotonic()
    out = JsonlOutput(options.output, options.resume, stdout)
    done = frozenset(out.done)   # what the workers skip; ``seen`` grows as records are written
    seen = out.done
    items = iter_items(paths, options.inputs, stdin, exclude=options.output)
    if options.engine == "dask":
        if options.scheduler is None:
            raise ValueError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
        results = _dask_results(items, options.scheduler, options.models_dir, options.inputs,
                                options.time_limit, done)
    else:
        results = _local_results(items, options.workers, options.models_dir, options.inputs,
                                 options.time_limit, done)
    bar = _progress_bar(paths, options, stderr)
    try:
        for res in results:
            summary.documents += 1
            if bar is not None:
                bar.update(res.size)
                if summary.documents % 20 == 0:
                    bar.set_postfix(docs=summary.documents,
                                    docs_s=f"{summary.documents / max(time.monotonic() - started, 1e-9):.1f}")
            if res.status == _SKIPPED:
                summary.skipped_done += 1
                continue
            key = _id_key(res.doc_id)
            if key in seen:
                summary.duplicates += 1
                continue
            seen.add(key)
            out.write(res.line)
            if on_record is not None:
                on_record(res.line)
            summary.written += 1
            if res.status == "ok":
                summary.ok += 1
            else:
                summary.errors[res.error_type or "Error"] += 1
    finally:
        out.close()
        if bar is not None:
            bar.close()
        summary.seconds = time.monotonic() - started
    return summary


def _progress_bar(paths, options: BulkOptions, stderr):
    show = options.progress if options.progress is not None else (hasattr(stderr, "isatty") and stderr.isatty())
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=input_size(paths) or None, unit="B", unit_scale=True, file=stderr,
                desc="extract", smoothing=0.1)
