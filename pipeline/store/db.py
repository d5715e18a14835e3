"""Database URLs, engines and Alembic migrations driven from the installed package."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import Engine, make_url

DEFAULT_URL = "sqlite:///out/records.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def normalize_url(url: str | None) -> str:
    """The SQLAlchemy URL for what the user typed.

    None or "" is the default SQLite file; a plain path is a SQLite file; ``postgresql://``
    and ``postgres://`` use the psycopg 3 driver.
    """
    if not url:
        return DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{url}"
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain):]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(url: str | None) -> Engine:
    """An engine for ``url``; a SQLite file's folder is created, foreign keys are enforced."""
    sa_url = make_url(normalize_url(url))
    if sa_url.get_backend_name() == "sqlite":
        if sa_url.database and sa_url.database != ":memory:":
            Path(sa_url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(sa_url, connect_args={"timeout": 60})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(sa_url, pool_pre_ping=True)


def alembic_config(engine: Engine | None = None, connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create the schema in an empty database or upgrade an older one in place."""
    from alembic import command

    from . import models as m
    from .people import resolve

    with engine.connect() as conn:
        # SQLite alters a table by copying it: foreign keys are checked once at the end instead
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                command.upgrade(alembic_config(connection=conn), revision)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise RuntimeError("the upgrade left rows whose foreign keys point nowhere")
                if "people" in inspect(conn).get_table_names():  # officials loaded before people existed
                    off = m.Official.__table__
                    resolve(conn, list(conn.scalars(select(off.c.name_key).where(off.c.person_id.is_(None))
                                                    .distinct())))
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def connect(url: str | None, *, migrate: bool = True) -> Engine:
    """An engine whose database is at the current schema (created or upgraded when ``migrate``)."""
    from alembic.util import CommandError

    engine = make_engine(url)
    if migrate:
        have = current_revision(engine)
        if have != head_revision():
            try:
                upgrade(engine)
            except CommandError as exc:  # a revision this version does not know: made by a newer one
                raise RuntimeError(f"database schema is at {have}, unknown to this version: {exc}") from exc
    elif current_revision(engine) != head_revision():
        have = current_revision(engine) or ("no schema" if not inspect(engine).get_table_names() else "unversioned")
        raise RuntimeError(f"database schema is at {have}, this version needs {head_revision()}; "
                           f"run: python3 run_pipeline.py db-upgrade --db URL")
    return engine
