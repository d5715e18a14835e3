"""Command line: a thin layer over the library API. ``main(argv) -> exit code``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .store.cli import add_commands, add_db_option, open_db_sink, report_load

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="run_pipeline.py", description="Vietnamese report information extraction")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract one JSON record per document",
                        description="Files (.txt .html .docx .pdf .jsonl .csv, each optionally .gz), folders "
                                    "(recursive, sorted), globs, or - for stdin.")
    ex.add_argument("paths", nargs="+", help="files, folders, globs (quote them) or - for stdin")
    ex.add_argument("-o", "--output", help="write JSON Lines here (default: standard output)")
    ex.add_argument("--pretty", action="store_true", help="indented JSON (single document only)")
    ex.add_argument("--models", help="folder of data files (default: the bundled models/)")
    ex.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    ex.add_argument("--resume", action="store_true", help="skip documents whose doc_id is already in --output")
    ex.add_argument("--time-limit", type=float, default=60.0, help="seconds per document before a Timeout error "
                    "record (default 60; 0 = none)")
    ex.add_argument("--engine", choices=("local", "dask"), default="local")
    ex.add_argument("--scheduler", help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786")
    _add_input_options(ex)
    ex.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="progress bar (default: when standard error is a terminal)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no per-error lines and no summary")
    add_db_option(ex, optional_value=True)
    tx = sub.add_parser("text", help="print the text a file is read as (offsets in records point into it)")
    tx.add_argument("path", help="one file of any supported format (a JSONL/CSV file prints every document)")
    _add_input_options(tx)
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


def _add_input_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("input formats")
    g.add_argument("--text-field", help="JSONL/CSV column with the text (default: 'text', else title+sapo+body)")
    g.add_argument("--id-field", help="JSONL/CSV column naming each document (used in 'source')")
    g.add_argument("--title-field", help="JSONL/CSV column with the title (becomes the first line)")
    g.add_argument("--date-field", help="JSONL/CSV column with the publication date (ISO)")
    g.add_argument("--encoding", help="force an encoding (e.g. windows-1258, tcvn3, vni) instead of detecting")
    g.add_argument("--max-file-mb", type=float, default=256, help="refuse larger files and gzip contents (default 256)")


def _input_options(args):
    from .inputs import InputOptions

    cap = int(args.max_file_mb * (1 << 20))
    return InputOptions(text_field=args.text_field, id_field=args.id_field, title_field=args.title_field,
                        date_field=args.date_field, encoding=args.encoding, max_file_bytes=cap,
                        max_decompressed_bytes=cap)


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
    if args.command == "text":
        return _text(args, stdout, stderr)
    return _extract(args, stdin, stdout, stderr)


def _render(args, stderr) -> int:
    from .api import build
    from .errors import InputError
    from .decoding import decode_text as decode_bytes
    from .visualize import render_html

    try:
        text = decode_bytes(Path(args.path).read_bytes())
    except (OSError, InputError) as exc:
        print(f"error: cannot read {args.path}: {exc}", file=stderr)
        return EXIT_SOME_FAILED
    record = build(args.models).extract_text(text, args.path)
    Path(args.output).write_text(render_html(text, record), encoding="utf-8")
    return EXIT_OK if record.status == "ok" else EXIT_SOME_FAILED


def _text(args, stdout, stderr) -> int:
    from .errors import InputError
    from .inputs import iter_items, to_text

    opts = _input_options(args)
    code = EXIT_OK
    for item in iter_items([args.path], opts):
        try:
            text, _ = to_text(item, opts)
        except InputError as exc:
            print(f"error: {item.source}: {exc.type}: {exc.message}", file=stderr)
            code = EXIT_SOME_FAILED
            continue
        stdout.write(text if text.endswith("\n") else text + "\n")
    return code


def _extract(args, stdin, stdout, stderr) -> int:
    import io

    from .bulk import BulkOptions, run_bulk
    from .errors import ResourceError

    options = BulkOptions(output=args.output, workers=max(args.workers, 1), resume=args.resume,
                          time_limit=args.time_limit or None, engine=args.engine, scheduler=args.scheduler,
                          models_dir=args.models, progress=args.progress, inputs=_input_options(args))
    if args.resume and not args.output:
        print("error: --resume needs -o/--output (the file to resume)", file=stderr)
        return EXIT_USAGE
    if args.engine == "dask" and not args.scheduler:
        print("error: --engine dask needs --scheduler ADDRESS", file=stderr)
        return EXIT_USAGE
    pretty_buffer = io.StringIO() if args.pretty else None
    if args.pretty:
        options.output = None
    sink = None
    if args.db is not None and (sink := open_db_sink(args.db, stderr)) is None:
        return EXIT_USAGE
    # with --db and no -o the records go to the database only
    null = open(os.devnull, "w") if sink is not None and not args.output and not args.pretty else None

    def on_record(line: str) -> None:
        if '"status":"error"' in line and not args.quiet:
            rec = json.loads(line)
            print(f"error: {rec['source']}: {rec['error']['type']}: {rec['error']['message']}", file=stderr)
        if sink is not None:
            rec = json.loads(line)
            sink.add(rec, rec["source"])

    db_failed = 0
    try:
        summary = run_bulk(args.paths, options, stdout=pretty_buffer or null or stdout, stderr=stderr,
                           stdin=stdin, on_record=on_record)
    except ResourceError as exc:
        print(f"error: {exc}", file=stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"error: {exc}", file=stderr)
        return EXIT_USAGE
    finally:
        if null is not None:
            null.close()
        if sink is not None and report_load(sink.close(), args.db, stderr) != EXIT_OK:
            db_failed = sink.stats.invalid + sink.stats.failed
    if pretty_buffer is not None:
        lines = pretty_buffer.getvalue().splitlines()
        if len(lines) > 1:
            print("error: --pretty prints a single document; the input holds more (drop --pretty for JSON Lines)",
                  file=stderr)
            return EXIT_USAGE
        for line in lines:
            stdout.write(json.dumps(json.loads(line), ensure_ascii=False, indent=2) + "\n")
    failed = sum(summary.errors.values()) + db_failed
    if not args.quiet and (summary.documents > 1 or failed):
        if failed:
            print(f"{failed} of {summary.written} documents failed", file=stderr)
        for line in summary.lines():
            print(line, file=stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK
