"""Archive inputs: walk paths, split multi-document files, turn each format into text.

Two halves, so a bulk run can spread the costly one over worker processes:

* ``iter_items`` (the reading process) walks folders and globs in a stable order and
  streams *work items*: one per file, one per JSONL line or CSV row. It only does I/O
  and framing, in bounded memory: files over ``max_file_bytes`` are refused unread,
  gzip is read through a counter that stops at ``max_decompressed_bytes`` (no gzip
  bomb), and an over-long JSONL line is skipped in chunks, never held whole.
* ``to_text`` (any process) turns one item into the text the pipeline reads, plus
  metadata: the decoded bytes of .txt (legacy encodings included, see ``decoding``),
  the main text of HTML via trafilatura (title and date from the page's metadata), the
  paragraphs and tables of .docx, the text layer of .pdf, the configured fields of
  JSONL and CSV.

Offsets in a record point into that text; ``run_pipeline.py text FILE`` prints it.
"""

from __future__ import annotations

import csv
import glob
import gzip
import io
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .decoding import decode_bytes
from .errors import InputError
from .jsonl import parse_object

FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
           ".docx": "docx", ".pdf": "pdf", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
DEFAULT_TEXT_FIELDS = ("title", "sapo", "body")  # joined when a record has no "text" field
_CHUNK = 1 << 20


@dataclass(frozen=True)
class InputOptions:
    """How to read an archive; the defaults suit news exports and portal dumps."""

    text_field: str | None = None            # JSONL/CSV: the text column ("text" or title+sapo+body when None)
    id_field: str | None = None              # JSONL/CSV: a column naming the document in ``source``
    title_field: str | None = None           # JSONL/CSV: title column, becomes the first line
    date_field: str | None = None            # JSONL/CSV: publication date column
    encoding: str | None = None              # force a codec (or tcvn3 / vni) instead of detecting
    max_file_bytes: int = 256 << 20          # a single file larger than this is refused
    max_decompressed_bytes: int = 256 << 20  # gzip output is cut here (a bomb becomes an error record)
    max_line_bytes: int = 16 << 20           # one JSONL line / CSV file field
    max_doc_chars: int = 2_000_000           # one document's text


@dataclass
class WorkItem:
    """One document to be: where it came from and its raw payload, or why it cannot be read."""

    source: str
    fmt: str                      # txt html docx pdf json-line text error
    data: bytes | str | None = None
    meta: dict = field(default_factory=dict)
    error: tuple[str, str] | None = None  # (type, message)
    size: int = 0                 # input bytes this item accounts for (progress)


# ------------------------------------------------------------------ walking
def iter_items(paths: list[str], opts: InputOptions = InputOptions(), stdin=None,
               exclude: str | None = None) -> Iterator[WorkItem]:
    """Work items in a stable order: arguments as given, folders and globs sorted.

    ``exclude`` is the run's own output file: when it sits inside an input folder it
    must not be read back while it grows.
    """
    skip = _identity(exclude)
    for item in _items(paths, opts, stdin):
        if skip is None or _identity(item.source.split("#", 1)[0]) != skip:
            yield item


def _identity(path: str | None) -> tuple[int, int] | None:
    try:
        st = os.stat(path) if path else None
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st else None


def _items(paths: list[str], opts: InputOptions, stdin) -> Iterator[WorkItem]:
    for p in paths:
        if p == "-":
            data = (stdin or sys.stdin.buffer).read(opts.max_file_bytes + 1)
            if len(data) > opts.max_file_bytes:
                yield _error("-", "TooLarge", f"standard input is over {opts.max_file_bytes} bytes")
            else:
                yield WorkItem("-", "txt", data, size=len(data))
            continue
        path = Path(p)
        if path.is_dir():
            found = False
            for f in _walk(path):
                found = True
                yield from _file_items(f, opts)
            if not found:
                yield _error(p, "ReadError", f"folder {p} has no supported files ({', '.join(sorted(FORMATS))}, .gz)")
        elif path.exists():
            yield from _file_items(path, opts, explicit=True)
        elif glob.has_magic(p):
            matches = sorted(glob.iglob(p, recursive=True))
            if not matches:
                yield _error(p, "ReadError", f"no file matches {p}")
            for m in matches:
                if Path(m).is_file() and format_of(Path(m)):
                    yield from _file_items(Path(m), opts)
        else:
            yield _error(p, "ReadError", f"no such file or folder: {p}")


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under ``folder``, depth first, names sorted; one directory listed at a time."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        if e.is_dir(follow_symlinks=False):
            yield from _walk(Path(e.path))
        elif e.is_file() and format_of(Path(e.path)):
            yield Path(e.path)


def format_of(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return FORMATS.get(suffixes[-1]) if suffixes else None


def input_size(paths: list[str]) -> int:
    """Total bytes of the input files (for a progress bar with an ETA); cheap: stat only."""
    total = 0
    for p in paths:
        path = Path(p)
        files = _walk(path) if path.is_dir() else ([path] if path.is_file() else
                                                     (Path(m) for m in glob.iglob(p, recursive=True)))
        for f in files:
            try:
                total += f.stat().st_size
            except OSError:
                pass
    return total


def _error(source: str, type_: str, message: str, size: int = 0) -> WorkItem:
    return WorkItem(source, "error", error=(type_, message), size=size)


class _CappedReader(io.RawIOBase):
    """Reads a (decompressing) stream and fails once more than ``cap`` bytes came out."""

    def __init__(self, raw, cap: int):
        self.raw, self.cap, self.count = raw, cap, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self.raw.readinto(b)
        self.count += n or 0
        if self.count > self.cap:
            raise InputError("TooLarge", f"decompressed size is over the {self.cap}-byte cap")
        return n


def _open(path: Path, opts: InputOptions):
    """A binary stream over the file's content, decompressed and capped when gzipped."""
    if path.suffix.lower() == ".gz":
        return io.BufferedReader(_CappedReader(gzip.open(path, "rb"), opts.max_decompressed_bytes), _CHUNK)
    return path.open("rb")


def _file_items(path: Path, opts: InputOptions, explicit: bool = False) -> Iterator[WorkItem]:
    source = str(path)
    fmt = format_of(path) or ("txt" if explicit else None)
    if fmt is None:
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield _error(source, "ReadError", f"cannot read {source}: {exc.strerror or exc}")
        return
    if size > opts.max_file_bytes:
        yield _error(source, "TooLarge", f"{source} is {size} bytes, over the {opts.max_file_bytes}-byte limit "
                     "(--max-file-mb)", size)
        return
    try:
        if fmt == "jsonl":
            yield from _jsonl_items(path, opts, size)
        elif fmt == "csv":
            yield from _csv_items(path, opts, size)
        else:
            with _open(path, opts) as fh:
                data = fh.read(opts.max_decompressed_bytes + 1)
            yield WorkItem(source, fmt, data, size=size)
    except InputError as exc:
        yield _error(source, exc.type, f"{source}: {exc.message}", size)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield _error(source, "ReadError", f"cannot read {source}: {exc}", size)


def _jsonl_items(path: Path, opts: InputOptions, size: int) -> Iterator[WorkItem]:
    with _open(path, opts) as fh:
        lineno = 0
        while True:
            line = fh.readline(opts.max_line_bytes + 1)
            if not line:
                return
            lineno += 1
            source = f"{path}#L{lineno}"
            if len(line) > opts.max_line_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the line, a chunk at a time
                    line = fh.readline(_CHUNK)
                yield _error(source, "TooLarge", f"line {lineno} is over {opts.max_line_bytes} bytes")
                continue
            if line.strip():
                yield WorkItem(source, "json-line", line, meta={"path": str(path), "line": lineno}, size=len(line))


def _csv_items(path: Path, opts: InputOptions, size: int) -> Iterator[WorkItem]:
    with _open(path, opts) as fh:
        data = fh.read(opts.max_decompressed_bytes + 1)
    text = decode_bytes(data, opts.encoding).text
    csv.field_size_limit(opts.max_line_bytes)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    for rowno, row in enumerate(reader, 2):
        source = f"{path}#R{rowno}"
        try:
            text, meta = _fields_text(row, opts)
        except InputError as exc:
            yield _error(source, exc.type, f"row {rowno}: {exc.message}")
            continue
        if opts.id_field and row.get(opts.id_field):
            source = f"{path}#{row[opts.id_field]}"
        yield WorkItem(source, "text", text, meta=meta, size=len(text))


# ------------------------------------------------------------------ converting
def to_text(item: WorkItem, opts: InputOptions = InputOptions()) -> tuple[str, dict]:
    """(text, metadata) of one item; raises InputError with a type and a clear message."""
    if item.fmt == "error":
        raise InputError(*item.error)
    if item.fmt == "text":
        text, meta = item.data, dict(item.meta)
    elif item.fmt == "json-line":
        text, meta = _json_line_text(item, opts)
    elif item.fmt == "txt":
        decoded = decode_bytes(item.data, opts.encoding)
        text, meta = decoded.text, {"encoding": decoded.encoding}
    elif item.fmt == "html":
        text, meta = _html_text(item.data, opts)
    elif item.fmt == "docx":
        text, meta = _docx_text(item.data)
    elif item.fmt == "pdf":
        text, meta = _pdf_text(item.data)
    else:
        raise InputError("UnsupportedFormat", f"no reader for {item.fmt}")
    if len(text) > opts.max_doc_chars:
        raise InputError("TooLarge", f"text is {len(text)} characters, over the {opts.max_doc_chars} limit")
    return text, meta


def _json_line_text(item: WorkItem, opts: InputOptions) -> tuple[str, dict]:
    line = item.data
    if item.meta.get("line") == 1 and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        obj = parse_object(line, item.meta.get("line"))
    except ValueError as exc:
        kind = "DecodeError" if isinstance(exc.__cause__, UnicodeDecodeError) else "ReadError"
        raise InputError(kind, str(exc)) from exc
    text, meta = _fields_text(obj, opts)
    if opts.id_field and obj.get(opts.id_field) not in (None, ""):
        meta["source"] = f"{item.meta['path']}#{obj[opts.id_field]}"
    return text, meta


def jsonl_document_text(obj: dict, opts: InputOptions = InputOptions()) -> str:
    """The text of one JSONL/CSV record (see ``InputOptions``)."""
    return _fields_text(obj, opts)[0]


def _fields_text(obj: dict, opts: InputOptions) -> tuple[str, dict]:
    meta: dict = {}
    if opts.date_field and isinstance(obj.get(opts.date_field), str):
        meta["date"] = obj[opts.date_field]
    if opts.text_field:
        if opts.text_field not in obj:
            raise InputError("ReadError", f"no {opts.text_field!r} field (set --text-field)")
        body = obj[opts.text_field]
        if not isinstance(body, str):
            raise InputError("ReadError", f"field {opts.text_field!r} is not a string")
        title = obj.get(opts.title_field) if opts.title_field else None
        parts = [title, body] if isinstance(title, str) and title.strip() else [body]
        return "\n".join(parts), meta
    if isinstance(obj.get("text"), str):
        return obj["text"], meta
    if not any(isinstance(obj.get(k), str) for k in DEFAULT_TEXT_FIELDS[1:]):
        # a table that is not documents (a "title" column may well be a job title): say so
        raise InputError("ReadError", "no 'text', 'sapo' or 'body' field (name the text column with --text-field)")
    return "\n".join(obj[k] for k in DEFAULT_TEXT_FIELDS if isinstance(obj.get(k), str) and obj[k].strip()), meta


def _html_text(data: bytes, opts: InputOptions) -> tuple[str, dict]:
    import trafilatura  # heavy: imported where the first HTML page is read

    page = decode_bytes(data, opts.encoding).text
    doc = trafilatura.bare_extraction(page, with_metadata=True, favor_recall=True)
    if doc is None or not (doc.text or "").strip():
        raise InputError("EmptyDocument", "no main text found in the HTML page")
    text, meta = doc.text, {}
    if doc.title:
        meta["title"] = doc.title
        if not text.lstrip().startswith(doc.title.strip()):
            text = doc.title.strip() + "\n" + text  # the page title is the document's first line
    if doc.date:
        meta["date"] = doc.date
    return text, meta


def _docx_text(data: bytes) -> tuple[str, dict]:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        d = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError("ReadError", f"not a readable .docx file: {exc}") from exc
    lines = [p.text for p in d.paragraphs]
    for table in d.tables:  # tables flattened the way reporters paste them: cells joined by " | "
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
    meta = {"title": d.core_properties.title} if d.core_properties.title else {}
    return "\n".join(lines), meta


def _unwrap(page: str) -> str:
    """Join the lines a PDF wrapped inside a paragraph, so sentences and names stay whole.

    A line is taken as wrapped when it is nearly as long as the page's longest line and
    does not end a sentence; titles, headings and list items keep their line breaks.
    """
    lines = page.split("\n")
    width = max((len(x.rstrip()) for x in lines), default=0)
    out: list[str] = []
    for line in lines:
        if out and len(out[-1].rstrip()) >= 0.75 * width and not out[-1].rstrip().endswith((".", ":", ";", "!", "?")):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def _pdf_text(data: bytes) -> tuple[str, dict]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError("ReadError", "the PDF is encrypted")
        text = "\n".join(_unwrap(page.extract_text() or "") for page in reader.pages)
        title = reader.metadata.title if reader.metadata else None
    except PdfReadError as exc:
        raise InputError("ReadError", f"not a readable PDF: {exc}") from exc
    if not text.strip():
        raise InputError("EmptyDocument", "the PDF has no text layer (scanned image?)")
    return text, ({"title": title} if title else {})
