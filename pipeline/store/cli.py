"""Database subcommands of ``run_pipeline.py``: load, export, officials, db-upgrade.

``add_commands(subparsers)`` registers them; each sets ``run(args, stdout, stderr) -> int``.
Importing this module imports nothing heavy: SQLAlchemy loads when a command runs.
"""

from __future__ import annotations

import sys

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
DB_HELP = "database URL: sqlite:///FILE, a plain file path, or postgresql://USER@HOST/DB (default: out/records.db)"


def add_db_option(parser, *, optional_value: bool = False) -> None:
    """``--db URL``; with ``optional_value`` a bare ``--db`` means the default SQLite file."""
    if optional_value:
        parser.add_argument("--db", nargs="?", const="", metavar="URL",
                            help="also write the records into this database (bare --db: out/records.db)")
    else:
        parser.add_argument("--db", default="", metavar="URL", help=DB_HELP)


def add_commands(sub) -> None:
    load = sub.add_parser("load", help="load records (JSON Lines from extract) into a database")
    load.add_argument("paths", nargs="+", help="records .jsonl file(s), or - for standard input")
    add_db_option(load)
    load.add_argument("--batch-size", type=int, default=200, help="documents per transaction (default 200)")
    load.set_defaults(run=run_load)
    exp = sub.add_parser("export", help="write the records of a database back out as JSON Lines")
    add_db_option(exp)
    exp.add_argument("-o", "--output", help="JSON Lines file (default: standard output)")
    exp.add_argument("--doc-id", action="append", help="only this document (repeatable)")
    exp.set_defaults(run=run_export)
    off = sub.add_parser("officials", help="positions of officials over time, the same person across documents")
    add_db_option(off)
    off.add_argument("--name", help="full name (case, tone placement and Unicode form do not matter) or a part of it")
    off.add_argument("--org", help="only people holding a post in an organization whose name contains this")
    off.add_argument("--limit", type=int, default=20, help="at most this many people, most documented first")
    off.set_defaults(run=run_officials)
    up = sub.add_parser("db-upgrade", help="create the database schema or upgrade it in place (Alembic)")
    add_db_option(up)
    up.add_argument("--revision", default="head", help="target revision (default: head)")
    up.set_defaults(run=run_upgrade)


def _display(url: str) -> str:
    from sqlalchemy.engine import make_url

    from .db import normalize_url

    return make_url(normalize_url(url)).render_as_string(hide_password=True)


def open_db_sink(url: str | None, stderr, batch_size: int = 200):
    """The sink for ``--db``, or None after an error message when the database cannot be opened."""
    from sqlalchemy.exc import SQLAlchemyError

    from .load import open_sink

    try:
        return open_sink(url, batch_size)
    except (SQLAlchemyError, OSError, RuntimeError) as exc:
        print(f"error: cannot open database {_display(url or '')}: {str(exc).splitlines()[0]}", file=stderr)
        return None


def report_load(stats, url: str | None, stderr) -> int:
    for line in stats.errors:
        print(f"error: {line}", file=stderr)
    print(f"database {_display(url or '')}: {stats.summary()}", file=stderr)
    return EXIT_OK if stats.ok else EXIT_SOME_FAILED


def run_load(args, stdout, stderr) -> int:
    from pipeline.jsonl import iter_jsonl_objects

    sink = open_db_sink(args.db, stderr, args.batch_size)
    if sink is None:
        return EXIT_USAGE
    with sink:
        for path in args.paths:
            try:
                with open(sys.stdin.fileno() if path == "-" else path, encoding="utf-8-sig", closefd=path != "-") as fh:
                    for where, obj, problem in iter_jsonl_objects(fh, path):
                        if problem is not None:
                            sink.stats.invalid += 1
                            sink.stats.errors.append(f"{where}: {problem}")
                        else:
                            sink.add(obj, where)
            except (OSError, UnicodeDecodeError) as exc:
                sink.stats.invalid += 1
                sink.stats.errors.append(f"cannot read {path}: {exc}")
    return report_load(sink.stats, args.db, stderr)


def run_export(args, stdout, stderr) -> int:
    from pathlib import Path

    from sqlalchemy.exc import SQLAlchemyError

    from .load import iter_records

    out = stdout
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        out = open(args.output, "w", encoding="utf-8")
    n = 0
    try:
        for rec in iter_records(args.db, args.doc_id):
            out.write(rec.model_dump_json() + "\n")
            n += 1
    except (SQLAlchemyError, RuntimeError) as exc:
        print(f"error: {_display(args.db)}: {str(exc).splitlines()[0]}", file=stderr)
        return EXIT_USAGE
    finally:
        if out is not stdout:
            out.close()
    print(f"{n} records exported from {_display(args.db)}", file=stderr)
    return EXIT_OK


def run_officials(args, stdout, stderr) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from .db import connect
    from .people import timelines

    try:
        engine = connect(args.db, migrate=False)
        with engine.connect() as conn:
            found = timelines(conn, args.name, args.org, args.limit)
        engine.dispose()
    except (SQLAlchemyError, RuntimeError) as exc:
        print(f"error: {_display(args.db)}: {str(exc).splitlines()[0]}", file=stderr)
        return EXIT_USAGE
    if not found:
        print("no official found", file=stderr)
        return EXIT_SOME_FAILED
    for pid, name, n_docs, entries in found:
        print(f"{name}  (person {pid}, {n_docs} document{'s' if n_docs != 1 else ''})", file=stdout)
        for e in entries:
            post = ("nguyên " if e.former else "") + (e.title or "(no post named)")
            if e.organization:
                post += f", {e.organization}"
            print(f"  {e.date or '(undated)':<10}  {post}  [{e.doc_id} {e.source}]", file=stdout)
    return EXIT_OK


def run_upgrade(args, stdout, stderr) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from .db import current_revision, make_engine, upgrade

    engine = make_engine(args.db)
    try:
        before = current_revision(engine)
        upgrade(engine, args.revision)
        print(f"{_display(args.db)}: schema {before or 'empty'} -> {current_revision(engine)}", file=stdout)
    except (SQLAlchemyError, RuntimeError) as exc:
        print(f"error: {_display(args.db)}: {str(exc).splitlines()[0]}", file=stderr)
        return EXIT_USAGE
    finally:
        engine.dispose()
    return EXIT_OK
