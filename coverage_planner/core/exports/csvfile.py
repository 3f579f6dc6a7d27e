"""CSV in UTF-8 with a byte-order mark (Excel then shows Vietnamese), headers of the language."""

from __future__ import annotations

from pathlib import Path

from coverage_planner.core.exports.columns import localised


def write(table, out: Path, job) -> list[Path]:
    localised(table, job.lang).to_csv(out, index=False, encoding="utf-8-sig")
    return [out]
