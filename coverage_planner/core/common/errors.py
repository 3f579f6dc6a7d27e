"""Typed errors for bad input. Each names the file, the row or column, and the fix."""

from __future__ import annotations

from pathlib import Path

from coverage_planner.core.common.text import Text


class DataError(Exception):
    """Input the app refuses. Carries where the problem is and how to fix it, in vi and en.

    Parameters
    ----------
    path : file the problem is in (or None)
    problem : what is wrong
    fix : what the user should do
    row : 1-based data row (feature number), if the problem is in one row
    column : column / field name, if the problem is in one column
    """

    def __init__(
        self,
        path: str | Path | None,
        problem: Text,
        fix: Text,
        *,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.problem = problem
        self.fix = fix
        self.row = row
        self.column = column
        super().__init__(self.message("en"))

    def where(self, lang: str | None = None) -> str:
        parts = []
        if self.path is not None:
            parts.append(str(self.path))
        if self.row is not None:
            parts.append(Text(f"row {self.row}", f"dòng {self.row}")(lang))
        if self.column is not None:
            parts.append(Text(f"column '{self.column}'", f"cột '{self.column}'")(lang))
        return ", ".join(parts)

    def message(self, lang: str | None = None) -> str:
        where = self.where(lang)
        head = f"{where}: " if where else ""
        fix_label = Text("Fix", "Cách sửa")(lang)
        return f"{head}{self.problem(lang)}\n{fix_label}: {self.fix(lang)}"


class CancelledError(Exception):
    """A long computation was cancelled by the user."""
