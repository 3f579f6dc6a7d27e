"""Every corpus case is refused with a DataError naming the file, row / column and the fix (in
English and Vietnamese), or loaded with a warning when the loaders can repair it; none crashes.

``pytest -s`` prints the corpus size and the crash count for the closing note.
"""

from __future__ import annotations

import collections

import pytest
from badinput import CASES, CATEGORIES, category
from badinput.run import problems, run_case

RESULTS: dict[str, list[str]] = {}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(case, tmp_path, monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "en")
    found = problems(run_case(case, tmp_path))
    RESULTS[case.name] = found
    assert not found, "\n".join(found)


def test_corpus_summary(tmp_path, monkeypatch):
    """Runs the cases the parametrised test did not (all of them when run alone); prints N."""
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "en")
    results = {c.name: RESULTS.get(c.name) for c in CASES}
    for c in CASES:
        if results[c.name] is None:
            results[c.name] = problems(run_case(c, tmp_path))
    crashes = [n for n, found in results.items() if found and found[0].startswith("crashed")]
    failed = [n for n, found in results.items() if found]
    by_layer = collections.Counter(c.layer for c in CASES)
    by_category = collections.Counter(category(c) for c in CASES)
    refused = sum(c.outcome == "refused" for c in CASES)
    print(f"\n{len(CASES)} bad inputs tried ({refused} refused with a DataError, "
          f"{len(CASES) - refused} loaded with a warning), crashes {len(crashes)}, "
          f"mishandled {len(failed)}")
    for key, title in CATEGORIES.items():
        print(f"  {by_category[key]:3} {title}")
    print("by layer: " + ", ".join(f"{k} {v}" for k, v in sorted(by_layer.items())))
    assert len(CASES) >= 100
    assert not crashes and not failed, failed
