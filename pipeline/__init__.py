"""Vietnamese report text to grounded, validated JSON records.

    from pipeline import extract
    record = extract(text)            # schemas.record.Record
    pipe = build(); pipe.extract_path(path)
    run_bulk(["archive/"], BulkOptions(output="out.jsonl", workers=2, resume=True))

Importing this package loads nothing; resources load on the first ``build``/``extract``.
"""

from .api import Pipeline, build, doc_id_for, extract
from .bulk import BulkOptions, Summary, run_bulk
from .inputs import InputOptions

__all__ = ["BulkOptions", "InputOptions", "Pipeline", "Summary", "build", "doc_id_for", "extract", "run_bulk"]
