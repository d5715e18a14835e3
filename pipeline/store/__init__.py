"""Databases for extracted records: SQLite by default, PostgreSQL in production.

    from pipeline.store import open_sink, export_records
    with open_sink("sqlite:///out/records.db") as sink:
        sink.add(record)                 # a schemas.record.Record or its dict
    for rec in export_records("sqlite:///out/records.db"):
        ...

Importing this package opens nothing and does not import SQLAlchemy yet (the command
line imports it for every run); the schema is created or upgraded (Alembic) when a
database is first opened by ``open_sink`` or ``connect``.
"""

from importlib import import_module

_EXPORTS = {
    "DEFAULT_URL": "db", "connect": "db", "normalize_url": "db", "upgrade": "db",
    "LoadStats": "load", "RecordSink": "load", "export_records": "load", "iter_records": "load", "open_sink": "load",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'pipeline.store' has no attribute {name!r}")
    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
