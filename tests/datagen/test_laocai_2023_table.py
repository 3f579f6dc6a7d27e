"""The default analysis reproduces the 2023 provincial table exactly, from a real computation."""

from __future__ import annotations

import json

import pytest

from coverage_planner.cli import main
from coverage_planner.core.common.paths import default_data_dir


@pytest.mark.slow
def test_summary_json_is_the_2023_table(tmp_path, monkeypatch, capsys):
    # an empty cache: every cell is computed over the terrain in this test
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    assert main(["summary", str(default_data_dir()), "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["villages_total"] == 1562
    assert s["mobile_signal"] == 1548
    assert s["mobile_broadband"] == 1525
    assert s["fixed_broadband"] == 1292
    assert s["without_fixed_broadband"] == 270
    assert s["households_fiber"] == 100_328
    assert s["households_total"] == 171_984
    assert s["sites_5g"] == 5
    assert s["wifi_points"] == 15
    # the districts and carriers add up to the province
    assert sum(d["villages_total"] for d in s["by_district"].values()) == 1562
    assert sum(d["without_fixed_broadband"] for d in s["by_district"].values()) == 270
    assert set(s["by_operator"]) == {"Viettel", "VNPT", "MobiFone"}
    assert s["profile"]["fiber_drop_reach_m"] == 500.0
    # a warm start reads the cache and gives the same table
    assert main(["summary", str(default_data_dir()), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again == s
