"""Command line: a thin layer over the library API. ``main(argv) -> exit code``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from .jsonl import iter_jsonl_objects
from .store.cli import add_commands, add_db_option, open_db_sink, report_load

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
JSONL_TEXT_FIELDS = ("title", "sapo", "body")


def iter_inputs(paths: list[str]) -> Iterator[tuple[str, str | None, str | None]]:
    """Yield (source, text or None, error message or None) in input order.

    A .txt file yields (path, None): the pipeline reads it. A folder is walked
    recursively in sorted order (.txt and .jsonl). A .jsonl file yields one document
    a line: its "text" field, or title, sapo and body joined by newlines.
    """
    for p in paths:
        if p == "-":
            yield "-", None, None  # read by the caller, which owns standard input
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in (".txt", ".jsonl"))
            if not files:
                yield p, None, f"folder {p} has no .txt or .jsonl files"
            for f in files:
                yield from _file_inputs(f)
        elif path.exists():
            yield from _file_inputs(path)
        else:
            yield p, None, f"no such file or folder: {p}"


def jsonl_document_text(obj: dict) -> str:
    """The text of one JSONL document: its "text" field, else title, sapo and body joined."""
    text = obj.get("text")
    if isinstance(text, str):
        return text
    return "\n".join(obj[k] for k in JSONL_TEXT_FIELDS if isinstance(obj.get(k), str) and obj[k].strip())


def _file_inputs(path: Path) -> Iterator[tuple[str, str | None, str | None]]:
    if path.suffix.lower() != ".jsonl":
        yield str(path), None, None
        return
    try:
        fh = path.open(encoding="utf-8-sig", errors="strict")
        with fh:
            for source, obj, problem in iter_jsonl_objects(fh, str(path)):
                yield source, None if obj is None else jsonl_document_text(obj), problem
    except (OSError, UnicodeDecodeError) as exc:
        yield str(path), None, f"cannot read {path}: {exc}"


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="run_pipeline.py", description="Vietnamese report information extraction")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract one JSON record per document")
    ex.add_argument("paths", nargs="+", help=".txt file, .jsonl file, folder (recursive) or - for stdin")
    ex.add_argument("-o", "--output", help="write JSON Lines here (default: standard output)")
    ex.add_argument("--pretty", action="store_true", help="indented JSON (single document only)")
    ex.add_argument("--models", help="folder of data files (default: the bundled models/)")
    add_db_option(ex, optional_value=True)
    ren = sub.add_parser("render", help="HTML view of one document with its extracted spans highlighted")
    ren.add_argument("path", help="a .txt file")
    ren.add_argument("-o", "--output", required=True, help="HTML file to write")
    ren.add_argument("--models", help="folder of data files (default: the bundled models/)")
    ev = sub.add_parser("evaluate", help="precision/recall/F1 against gold (corpus/README.md) or CoNLL NER files")
    src = ev.add_mutually_exclusive_group(required=True)
    src.add_argument("--gold", help="folder of NAME.txt + NAME.gold.json (or one gold file)")
    src.add_argument("--conll", help="BIO-tagged CoNLL file (token ... tag per line, blank line between sentences)")
    ev.add_argument("--pred", help="records (JSONL) to score; default: extract the gold texts now")
    ev.add_argument("--map", default="PER=PERSON,PERSON=PERSON,NAME=PERSON,ORG=ORG,ORGANIZATION=ORG,JOB=TITLE,TITLE=TITLE",
                    help="CoNLL type -> our label, comma-separated (e.g. NAME=PERSON,ORGANIZATION=ORG,JOB=TITLE)")
    ev.add_argument("--json", help="write the full results (scores, per document, every error) as JSON here")
    ev.add_argument("--html", help="write the HTML report here")
    ev.add_argument("--models", help="folder of data files (default: the bundled models/)")
    gc = sub.add_parser("gold-check", help="ground and check gold files (corpus/README.md)")
    gc.add_argument("path", help="a folder of NAME.txt + NAME.gold.json, or one gold file")
    sch = sub.add_parser("schema", help="print the JSON Schema of the record")
    sch.add_argument("-o", "--output")
    add_commands(sub)  # load, export, db-upgrade, officials (pipeline/store/cli.py)
    return ap


def main(argv: list[str] | None = None, stdin=None, stdout=None, stderr=None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = _parser().parse_args(argv)
    if hasattr(args, "run"):
        return args.run(args, stdout, stderr)
    if args.command == "schema":
        from schemas.export import schema_json

        text = schema_json()
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
        else:
            stdout.write(text)
        return EXIT_OK
    if args.command == "evaluate":
        from .evaluate_cli import run_evaluate

        return run_evaluate(args, stdout, stderr)
    if args.command == "gold-check":
        from .gold import GoldError, load_gold

        try:
            docs = load_gold(args.path)
        except (GoldError, OSError) as exc:
            print(f"error: {exc}", file=stderr)
            return EXIT_SOME_FAILED
        n_spans = sum(len(x["spans"]) for d in docs for slot in ("officials", "organizations", "scores", "elections", "dates")
                      for x in d.gold.get(slot, []))
        print(f"{len(docs)} gold documents, {n_spans} grounded spans: ok", file=stdout)
        return EXIT_OK
    if args.command == "render":
        return _render(args, stderr)
    return _extract(args, stdin, stdout, stderr)


def _render(args, stderr) -> int:
    from .api import build
    from .errors import InputError
    from .textnorm import decode_bytes
    from .visualize import render_html

    try:
        text = decode_bytes(Path(args.path).read_bytes())
    except (OSError, InputError) as exc:
        print(f"error: cannot read {args.path}: {exc}", file=stderr)
        return EXIT_SOME_FAILED
    record = build(args.models).extract_text(text, args.path)
    Path(args.output).write_text(render_html(text, record), encoding="utf-8")
    return EXIT_OK if record.status == "ok" else EXIT_SOME_FAILED


def _extract(args, stdin, stdout, stderr) -> int:
    from .api import build, error_record
    from .errors import InputError, ResourceError
    from .textnorm import decode_bytes

    try:
        pipe = build(args.models)
    except ResourceError as exc:
        print(f"error: {exc}", file=stderr)
        return EXIT_USAGE
    sink = None
    if args.db is not None and (sink := open_db_sink(args.db, stderr)) is None:
        return EXIT_USAGE
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    # with --db and no -o the records go to the database only
    out = open(args.output, "w", encoding="utf-8") if args.output else (None if sink else stdout)
    failed = 0
    count = 0
    try:
        for source, text, problem in iter_inputs(args.paths):
            if source == "-":
                data = (stdin or sys.stdin.buffer).read()
                try:
                    record = pipe.extract_text(decode_bytes(data), source)
                except InputError as exc:
                    record = error_record(source, "", exc.type, f"cannot decode standard input: {exc.message}")
            elif problem is not None:
                record = error_record(source, "", "ReadError", problem)
            elif text is None:
                record = pipe.extract_path(source)
            else:
                record = pipe.extract_text(text, source)
            count += 1
            if args.pretty and count > 1:
                print("error: --pretty prints a single document; the input holds more (drop --pretty for JSON Lines)",
                      file=stderr)
                return EXIT_USAGE
            if record.status == "error":
                failed += 1
                print(f"error: {record.source}: {record.error.type}: {record.error.message}", file=stderr)
            if sink is not None:
                sink.add(record, record.source)
            if out is None:
                continue
            if args.pretty:
                out.write(record.model_dump_json(indent=2, exclude_none=False) + "\n")
            else:
                out.write(record.model_dump_json() + "\n")
            out.flush()
    finally:
        if out is not stdout and out is not None:
            out.close()
        if sink is not None and report_load(sink.close(), args.db, stderr) != EXIT_OK:
            failed += sink.stats.invalid + sink.stats.failed
    if failed:
        print(f"{failed} of {count} documents failed", file=stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK
