"""Running a corpus case: build the folder, load it, and say what happened."""

from __future__ import annotations

import traceback
import warnings
from dataclasses import dataclass
from pathlib import Path

from coverage_planner.core.common.errors import DataError

from .corpus import Case, write_good_folder


@dataclass
class Outcome:
    case: Case
    root: Path
    error: DataError | None = None
    crash: str | None = None  # the traceback of any other exception
    project: object = None
    value: object = None  # what load_templates returned


def run_case(case: Case, tmp: Path) -> Outcome:
    from coverage_planner.core.io import load_folder
    from coverage_planner.core.planning.templates import load_templates

    root = write_good_folder(tmp / case.name)
    case.make(root)
    out = Outcome(case, root)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # GDAL's RuntimeWarnings about the files it reads
        try:
            if case.call == "templates":
                out.value = load_templates(root)
            else:
                out.project = load_folder(root)
        except DataError as err:
            out.error = err
        except Exception:  # noqa: BLE001  (any other exception is what the corpus hunts)
            out.crash = traceback.format_exc()
    return out


def report_text(project) -> str:
    """Warnings (English) and repair counts of a loaded project, for the "warned" cases."""
    report = project.report
    lines = [w.en for w in report.warnings]
    lines += [f"repaired {layer}: {n}" for layer, n in report.repaired_geometries.items()]
    return "\n".join(lines)


def problems(out: Outcome) -> list[str]:
    """What is wrong with how the loaders handled the case (empty: handled as expected)."""
    case, err = out.case, out.error
    if out.crash:
        return [f"crashed:\n{out.crash}"]
    if case.outcome == "warned":
        if err is not None:
            return [f"refused, expected a warning: {err.message('en')}"]
        text = report_text(out.project) if out.project is not None else ""
        return [] if case.expect in text else [f"no warning with {case.expect!r} in:\n{text}"]
    if err is None:
        return ["accepted, expected a DataError"]
    found = []
    en, vi = err.message("en"), err.message("vi")
    expected_path = out.root / case.file if case.file else out.root
    if err.path is None or err.path.name != expected_path.name:
        found.append(f"names {err.path}, expected {expected_path.name}")
    if case.file and case.file not in en:
        found.append(f"message does not name {case.file}")
    if case.row is not None and err.row != case.row:
        found.append(f"row {err.row}, expected {case.row}")
    if case.column is not None and err.column != case.column:
        found.append(f"column {err.column!r}, expected {case.column!r}")
    if "\nFix: " not in en or "\nCách sửa: " not in vi:
        found.append("no fix in both languages")
    if err.problem.en == err.problem.vi or err.fix.en == err.fix.vi:
        found.append("the Vietnamese text is the English one")
    if not err.problem.en.strip() or not err.fix.en.strip():
        found.append("empty problem or fix")
    if case.expect and case.expect not in en:
        found.append(f"{case.expect!r} not in the message")
    if getattr(err, "unexpected", False):
        found.append("refused by the safety net (an internal error, not a check)")
    if found:
        found.append(f"message: {en}")
    return found
