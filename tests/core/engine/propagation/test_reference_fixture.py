"""The reference-path fixture (benchmarks/reference_paths.py): enough paths of each kind, inputs
that reproduce the references, and the anchors' settings recorded."""

from __future__ import annotations

import math

import numpy as np
import pytest
from reference_paths import FIXTURE, load_fixture, load_reference_paths, stats


@pytest.fixture(scope="module")
def data():
    return load_fixture()


def test_counts(data):
    paths = data["paths"]
    los = [p for p in paths if p["p452_los"]]
    obstructed = [p for p in paths if not p["p452_los"]]
    assert len(paths) >= 60
    assert len(los) >= 25 and len(obstructed) >= 25
    assert sum(p["n_ridges"] >= 2 for p in obstructed) >= 5
    assert len({p["id"] for p in paths}) == len(paths)
    assert FIXTURE.stat().st_size < 300_000


def test_inputs_as_specified(data):
    for p in data["paths"]:
        assert 1000.0 <= p["d_total_m"] <= 15000.0
        assert p["f_mhz"] in (900.0, 1800.0, 2100.0)
        assert 15.0 <= p["h_tx_m"] <= 50.0 and p["h_rx_m"] == 1.5
        step = p["d_total_m"] / (p["heights"].size - 1)
        assert 60.0 <= step <= 90.0
        assert np.all(np.isfinite(p["heights"])) and p["heights"].min() > 0.0
        assert p["distances_m"][-1] == pytest.approx(p["d_total_m"])


def test_free_space_column_matches_friis(data):
    for p in data["paths"]:
        d, f = p["d_total_m"], p["f_mhz"] * 1e6
        assert p["fspl_db"] == pytest.approx(20 * math.log10(4 * math.pi * d * f / 299_792_458.0),
                                             abs=1e-3)
        # L_bd = L_bfsg + L_d, L_bfsg within gas absorption (< 0.5 dB here) of free space
        assert p["p452_lbd_db"] == pytest.approx(p["p452_lbfsg_db"] + p["p452_ld_db"], abs=2e-3)
        assert 0.0 <= p["p452_lbfsg_db"] - p["fspl_db"] < 0.5
        assert p["itm_db"] > p["fspl_db"] - 1.0


def test_settings_recorded(data):
    meta = data["meta"]
    assert meta["pycraf"]["version"] and meta["itmlogic"]["version"]
    assert meta["pycraf"]["time_percent"] == 50.0
    assert meta["pycraf"]["polarization"] == "vertical"
    assert meta["pycraf"]["k50"] == pytest.approx(4.0 / 3.0)
    assert 6371.0 * 157.0 / (157.0 - meta["pycraf"]["delta_N_per_km"]) == pytest.approx(
        meta["pycraf"]["a_e_km"])
    itm = meta["itmlogic"]
    assert (itm["eps"], itm["sigma_S_per_m"], itm["N_s"]) == (15.0, 0.005, 301.0)
    assert itm["climate"].startswith("5")
    assert {p["itm_mode"].split(",")[0] for p in data["paths"]} >= {"Line-Of-Sight Mode",
                                                                    "Double Horizon"}


def test_stats_helper():
    mean, rms, worst = stats([1.0, -3.0])
    assert (mean, rms, worst) == (-1.0, pytest.approx(math.sqrt(5.0)), 3.0)
    assert all(math.isnan(x) for x in stats([]))
    assert isinstance(load_reference_paths()[0]["heights"], np.ndarray)
