"""``coverage-planner plan``: three budgets on the embedded data (the issue's done-when; times are
printed, not asserted), the workbook it writes, and bad input refused with exit code 2 in both
languages."""

from __future__ import annotations

import json
import time

import pytest
from openpyxl import load_workbook

from coverage_planner.cli import main
from coverage_planner.cli.common import EXIT_BAD_INPUT

CATS = ("fixed", "broadband", "signal")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow
def test_three_budgets_on_the_embedded_data(capsys, tmp_path):
    plans = []
    for budget in (5e9, 20e9, 50e9):
        start = time.perf_counter()
        out_file = tmp_path / f"plan-{budget:.0e}.xlsx"
        code, out, err = run(capsys, "--lang", "en", "plan", "--budget", budget, "--years", 3,
                             "--json", "--out", out_file)
        elapsed = time.perf_counter() - start
        assert code == 0, err
        data = json.loads(out)
        with capsys.disabled():
            print(f"\nbudget {budget / 1e9:.0f} billion VND: {elapsed:.1f} s "
                  f"({data['seconds']}), cost {data['cost_vnd'] / 1e9:.2f} billion, villages "
                  f"{data['villages_gained']}, households {data['households_gained']}, "
                  f"gap {data['gap']:.4f}, {data['method']} {data['status']}")
        assert data["cost_vnd"] <= budget * (1 + 1e-9) and data["within_budget"]
        assert data["items"] and len({i["id"] for i in data["items"]}) == len(data["items"])
        assert sum(i["capex_vnd"] for i in data["items"]) == pytest.approx(data["capex_vnd"])
        assert {i["year"] for i in data["items"]} <= {1, 2, 3}
        for cat in CATS:
            assert 0 <= data["villages_gained"][cat] <= data["villages_lacking_before"][cat]
            assert data["households_gained"][cat] >= 0
        assert 0.0 <= data["gap"] <= 1.0 and data["objective"] <= data["bound"] + 1e-6
        assert [t["target_share"] for t in data["targets"]] == [0.99, 0.40, 1.0]
        wb = load_workbook(out_file)
        capex = [r[0].value for r in wb["Items"].iter_rows(
            min_row=2, min_col=8, max_col=8)]
        assert all(isinstance(v, (int, float)) for v in capex)
        plans.append(data)
    # more money never serves less (the objective: weighted villages)
    objectives = [p["objective"] for p in plans]
    assert objectives == sorted(objectives) and objectives[-1] > objectives[0]


def test_the_text_answer_lists_the_items(capsys):
    code, out, err = run(capsys, "--lang", "vi", "plan", "--budget", "3e9")
    assert code == 0, err
    assert "Phương án đầu tư" in out and "hạng mục" in out and "₫" in out


@pytest.mark.parametrize("args, flag", [
    (["--budget", "-5"], "--budget"),
    (["--budget", "lots"], "--budget"),
    (["--budget", "1e9", "--years", "0"], "--years"),
    (["--budget", "1e9", "--out", "plan.pdf"], "--out"),
    (["--budget", "1e9", "--operator", "Nope"], "--operator"),
])
def test_bad_input_is_refused_with_exit_code_2_in_both_languages(capsys, args, flag):
    for lang, fix in (("en", "Fix"), ("vi", "Cách sửa")):
        code, out, err = run(capsys, "--lang", lang, "plan", *args)
        assert code == EXIT_BAD_INPUT
        assert flag in err and fix in err and "Traceback" not in err
