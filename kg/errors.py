"""The exception hierarchy of kg.

::

    KgError                      every error kg raises on purpose
    ├── InputError               one input record cannot be read (the batch goes on)
    │   ├── EncodingError        E101  bytes are not valid UTF-8/UTF-16
    │   ├── RecordFormatError    E102  malformed JSON line or missing field
    │   ├── EmptyTextError       E103  no text left after cleaning
    │   ├── TextTooLargeError    E104  text longer than the configured limit
    │   └── UnknownLanguageError E105  language missing and not detectable, or unsupported
    ├── ConfigError              E201  bad option or configuration value
    ├── MissingExtraError        E202  an optional dependency is not installed
    ├── QueryError               E301  unknown competency query or bad parameter
    └── StoreError               E401  a graph store cannot be read or written

Each error carries a ``code`` and a one-line message that says what to do. Records skipped during extraction
also carry a code: E106 (text too deeply nested to process) and E107 (extraction failed on a bug in kg: the
record is reported and the batch goes on).
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "EmptyTextError",
    "EncodingError",
    "InputError",
    "KgError",
    "MissingExtraError",
    "QueryError",
    "RecordFormatError",
    "StoreError",
    "TextTooLargeError",
    "UnknownLanguageError",
]


class KgError(Exception):
    """Base class of every error kg raises on purpose."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(KgError):
    """One input record cannot be read; ``record`` names it (file, line, id)."""

    code = "E100"

    def __init__(self, message: str, record: str = "") -> None:
        super().__init__(message)
        self.record = record
        self.reason = message

    def __str__(self) -> str:
        where = f"{self.record}: " if self.record else ""
        return f"[{self.code}] {where}{self.reason}"


class EncodingError(InputError):
    code = "E101"


class RecordFormatError(InputError):
    code = "E102"


class EmptyTextError(InputError):
    code = "E103"


class TextTooLargeError(InputError):
    code = "E104"


class UnknownLanguageError(InputError):
    code = "E105"


class ConfigError(KgError):
    code = "E201"


class MissingExtraError(KgError):
    """An optional dependency is missing; the message names the pip extra."""

    code = "E202"

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(f"{package} is not installed; install it with: pip install -e \".[{extra}]\"")
        self.package = package
        self.extra = extra


class QueryError(KgError):
    code = "E301"


class StoreError(KgError):
    code = "E401"
