"""Numbered, user-facing errors: a message says what went wrong and what to do."""

from __future__ import annotations


class PipelineError(Exception):
    """Base class; ``code`` is stable so users can search for it."""

    code = "E000"

    def __init__(self, message: str):
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class InputError(PipelineError):
    """A document could not be read: it becomes an error record, other documents go on."""

    code = "E001"

    def __init__(self, type_: str, message: str):
        super().__init__(message)
        self.type = type_


class ResourceError(PipelineError):
    """A data file under models/ is missing or malformed: nothing can run without it."""

    code = "E100"


class DocumentTimeout(PipelineError):
    """A document ran past its time limit (``--time-limit``): it becomes an error record."""

    code = "E002"
