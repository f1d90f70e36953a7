"""Run-level errors: the only exceptions that leave a stage on purpose.

    RefcheckError
    ├── InputError    a report that cannot be read; ends the check of that report, the others go on
    └── ConfigError   a references.yaml (or an option) that is wrong; ends the run

A failed link, an unreadable page or a bad reference entry is never an exception: it is a status
or a problem in the result. The CLI prints one line for each RefcheckError and exits with 2.
Anything else that escapes is a bug and shows its traceback.
"""

from __future__ import annotations


class RefcheckError(Exception):
    """Base of refcheck's run-level errors; ``str(error)`` is the one-line message for the user."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line is not None:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(RefcheckError):
    """A report that cannot be read (missing, unreadable, an unsupported format)."""


class ConfigError(RefcheckError):
    """A bad references.yaml or option: names the file and line of the fault."""
