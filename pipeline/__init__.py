"""Vietnamese report text to grounded, validated JSON records.

    from pipeline import extract
    record = extract(text)            # schemas.record.Record
    pipe = build(); pipe.extract_path(path)

Importing this package loads nothing; resources load on the first ``build``/``extract``.
"""

from .api import Pipeline, build, doc_id_for, extract

__all__ = ["Pipeline", "build", "doc_id_for", "extract"]
