"""Longley-Rice ITM 1.2.2 point-to-point (core.engine.propagation.itm) against references.

- The committed fixture ``tests/fixtures/reference_paths.json`` (Lào Cai terrain, ``itm_db`` by
  itmlogic with SPLAT!'s settings): always runs.
- itmlogic itself, live, on seeded random profiles (skipped without itmlogic): as released, and
  with its one indexing slip corrected (qlrpfl takes the receiver's ground height from the
  next-to-last sample on line-of-sight paths, ``pfl[np+1]``; NTIA's itm.cpp and Hufford use the
  last, ``pfl[np+2]``). Corrected, the two implementations must agree to 0.01 dB everywhere.
- Properties: the radial form equals the path form on every prefix, quantiles are ordered, short
  line-of-sight paths tend to free space, bad input is refused.

The figures are printed (``pytest -s``).
"""

from __future__ import annotations

import inspect
import math
import subprocess
import sys

import numpy as np
import pytest
from reference_paths import load_reference_paths, stats

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.engine.propagation.common import ModelValidityWarning
from coverage_planner.core.engine.propagation.itm import (
    MODE_LOS,
    ITMInputError,
    itm_loss_along,
    itm_path_loss,
)

GOAL_MEAN_DB, GOAL_RMS_DB, AIM_DB = 2.0, 4.0, 0.1


def report(label: str, errors) -> tuple[float, float, float]:
    mean, rms, worst = stats(errors)
    print(f"ITM {label}: n={len(errors)} mean {mean:+.4f} dB, RMS {rms:.4f} dB, max |e| {worst:.4f} dB")
    return mean, rms, worst


def assert_goal(label: str, errors) -> None:
    mean, rms, _ = report(label, errors)
    assert len(errors) >= 10, f"{label}: too few paths to judge"
    assert abs(mean) <= GOAL_MEAN_DB and rms <= GOAL_RMS_DB, (label, mean, rms)


# ------------------------------------------------------------------------------- profiles


def random_paths(seed: int = 20240607, count: int = 60) -> list[dict]:
    """Mountain profiles like Lào Cai's: half open (a mast on a slope above a valley), half
    random ridges; 1.5-40 km, 30-300 samples, 150-2600 MHz, masts 10-60 m, receivers 1.5-10 m."""
    rng = np.random.default_rng(seed)
    paths = []
    for i in range(count):
        n = int(rng.integers(30, 300))
        d = float(rng.uniform(1.5e3, 40e3))
        x = np.linspace(0.0, 1.0, n)
        base = rng.uniform(100.0, 1800.0)
        if i % 2 == 0:  # open: a concave slope, the mast high, the ground sinking towards the rx
            drop = rng.uniform(50.0, 600.0)
            h = base + drop * (1.0 - x) ** rng.uniform(1.5, 4.0) + rng.normal(0.0, 1.0, n)
        else:
            h = base + np.zeros(n)
            for _ in range(int(rng.integers(1, 5))):
                h += rng.uniform(50.0, 500.0) * np.exp(-((x - rng.uniform(0.1, 0.9)) / rng.uniform(0.03, 0.2)) ** 2)
            h += np.cumsum(rng.normal(0.0, 4.0, n))
        paths.append({"heights": np.round(h, 1), "d_total_m": d,
                      "h_tx_m": float(rng.uniform(10.0, 60.0)),
                      "h_rx_m": float(rng.choice([1.5, 3.0, 10.0])),
                      "f_mhz": float(rng.choice([150.0, 450.0, 900.0, 1800.0, 2100.0, 2600.0]))})
    return paths


def ours(p: dict, **settings):
    r = itm_path_loss(p["heights"][None, :], p["d_total_m"], p["h_tx_m"], p["h_rx_m"], p["f_mhz"],
                      **settings)
    return float(r.loss_db[0]), int(r.mode[0]), int(r.errnum[0])


# ------------------------------------------------------------------------ itmlogic, live


def _corrected_qlrpfl(module):
    """itmlogic's qlrpfl with ``pfl[np+1]`` -> ``pfl[np+2]`` (None if its source changed)."""
    source = inspect.getsource(module)
    if source.count("prop['pfl'][np+1]") != 1:
        return None
    namespace: dict = {}
    exec(compile(source.replace("prop['pfl'][np+1]", "prop['pfl'][np+2]"),
                 module.__file__, "exec"), namespace)
    return namespace["qlrpfl"]


def itmlogic_loss(p: dict, *, corrected: bool, time=0.5, confidence=0.5, ipol=1, klim=5,
                  eps=15.0, sigma=0.005, ns=301.0) -> tuple[float, int]:
    """itmlogic driven as ITM's point_to_point in SPLAT! (z_sys, mdvar 12, 32.45 dB)."""
    pytest.importorskip("itmlogic")
    import itmlogic.preparatory_subroutines.qlrpfl as qlrpfl_module
    from itmlogic.misc.qerfi import qerfi
    from itmlogic.preparatory_subroutines.qlrps import qlrps
    from itmlogic.statistics.avar import avar

    qlrpfl = _corrected_qlrpfl(qlrpfl_module) if corrected else qlrpfl_module.qlrpfl
    if qlrpfl is None:
        pytest.skip("itmlogic's qlrpfl changed: the correction does not apply")
    heights = [float(v) for v in p["heights"]]
    n_int = len(heights) - 1
    pfl = [n_int, p["d_total_m"] / n_int, *heights]
    ja = int(3.0 + 0.1 * n_int)
    jb = n_int - ja + 6
    zsys = sum(pfl[i] for i in range(ja - 1, jb)) / (jb - ja + 1)
    wn, gme, ens, zgnd = qlrps(p["f_mhz"], zsys, ns, ipol, eps, sigma)
    prop = {"pfl": pfl, "hg": [p["h_tx_m"], p["h_rx_m"]], "wn": wn, "gme": gme, "ens": ens,
            "zgnd": zgnd, "klim": klim, "klimx": klim, "mdvarx": 12, "lvar": 5, "kwx": 0, "mdp": -1}
    prop = qlrpfl(prop)
    zt, zc = qerfi([time, confidence])
    a, prop = avar(zt, 0.0, zc, prop)
    fs = 32.45 + 20.0 * math.log10(p["f_mhz"]) + 20.0 * math.log10(prop["dist"] / 1000.0)
    return fs + a, int(prop["kwx"])


@pytest.fixture(scope="module")
def paths():
    return random_paths()


def test_random_profiles_cover_both_kinds(paths):
    modes = np.array([ours(p)[1] for p in paths])
    assert (modes == MODE_LOS).sum() >= 15 and (modes != MODE_LOS).sum() >= 15


def test_against_itmlogic_as_released(paths):
    """The goal on line-of-sight and obstructed paths separately; obstructed paths never reach
    itmlogic's slip, so they meet the aim (0.1 dB) as well."""
    los, obstructed = [], []
    for p in paths:
        loss, mode, _ = ours(p)
        (los if mode == MODE_LOS else obstructed).append(loss - itmlogic_loss(p, corrected=False)[0])
    assert_goal("vs itmlogic 1.2 (as released), line of sight", los)
    assert_goal("vs itmlogic 1.2 (as released), obstructed", obstructed)
    assert report("obstructed", obstructed)[2] <= AIM_DB


@pytest.mark.parametrize("settings", [
    {},
    {"time": 0.1}, {"time": 0.9}, {"confidence": 0.1}, {"confidence": 0.9, "time": 0.95},
    {"polarization": "horizontal", "climate": 1, "eps": 25.0, "sigma": 0.02},
    {"climate": 6, "ns": 350.0, "time": 0.7, "confidence": 0.3},
], ids=lambda s: ",".join(f"{k}={v}" for k, v in s.items()) or "defaults")
def test_against_itmlogic_corrected(paths, settings):
    """Same algorithm: with the slip corrected every path agrees to 0.01 dB, and ITM's warning
    code agrees too except where itmlogic's copy of one check tests dl[1] against the
    transmitter's horizon (a typo of its own)."""
    theirs = {"time": settings.get("time", 0.5), "confidence": settings.get("confidence", 0.5),
              "ipol": 0 if settings.get("polarization") == "horizontal" else 1,
              "klim": settings.get("climate", 5), "eps": settings.get("eps", 15.0),
              "sigma": settings.get("sigma", 0.005), "ns": settings.get("ns", 301.0)}
    errors, same_code = [], []
    for p in paths:
        loss, _, code = ours(p, **settings)
        ref, ref_code = itmlogic_loss(p, corrected=True, **theirs)
        errors.append(loss - ref)
        same_code.append(code == ref_code)
    _, _, worst = report(f"vs itmlogic corrected {settings}", errors)
    assert worst <= 0.01
    assert np.mean(same_code) >= 0.9


# ----------------------------------------------------------------------------- the fixture


def test_against_reference_fixture():
    """The committed fixture (itmlogic as released, SPLAT!'s settings): goal on LOS and
    obstructed paths, the aim on obstructed ones; mode and ITM's warning code as recorded."""
    fixture = load_reference_paths()
    los, obstructed = [], []
    for p in fixture:
        loss, mode, code = ours(p)
        (los if p["p452_los"] else obstructed).append(loss - p["itm_db"])
        assert (mode == MODE_LOS) == p["itm_mode"].startswith("Line-Of-Sight"), p["id"]
        assert code == p["itm_kwx"], p["id"]
    assert_goal("vs fixture itm_db, line of sight", los)
    assert_goal("vs fixture itm_db, obstructed", obstructed)
    assert report("fixture obstructed", obstructed)[2] <= AIM_DB


# ------------------------------------------------------------------------------ properties


def test_along_equals_path_on_every_prefix():
    rng = np.random.default_rng(7)
    radials = [p["heights"][:80] for p in random_paths(seed=11, count=8) if p["heights"].size >= 80]
    heights = np.array(radials)
    step, h_tx, f = 75.0, rng.uniform(10.0, 60.0, len(radials)), 1800.0
    along = itm_loss_along(heights, step, h_tx, 1.5, f, time=0.7)
    assert along.shape == heights.shape
    np.testing.assert_array_equal(along[:, 0], along[:, 1])
    for j in range(1, heights.shape[1]):
        path = itm_path_loss(heights[:, : j + 1], j * step, h_tx, 1.5, f, time=0.7).loss_db
        np.testing.assert_allclose(along[:, j], path, rtol=0, atol=1e-9, err_msg=f"sample {j}")


def test_quantiles_are_ordered(paths):
    for p in paths[:20]:
        t10, t50, t90 = (ours(p, time=q)[0] for q in (0.1, 0.5, 0.9))
        c10, c90 = (ours(p, confidence=q)[0] for q in (0.1, 0.9))
        assert t10 <= t50 <= t90 and t10 < t90
        assert c10 <= t50 <= c90 and c10 < c90


@pytest.mark.parametrize("d_m", [100.0, 200.0, 400.0])
def test_free_space_at_short_line_of_sight(d_m):
    """Flat ground, 30 m mast, below ITM's 1 km: A_ref is clamped at 0, the loss is free space
    (32.45 + 20 log f + 20 log d_km) and ITM says out of range (errnum 4)."""
    r = itm_path_loss(np.full((1, 11), 250.0), d_m, 30.0, 1.5, 900.0)
    free_space = 32.45 + 20.0 * math.log10(900.0) + 20.0 * math.log10(d_m / 1000.0)
    assert abs(r.loss_db[0] - free_space) < 0.5
    assert r.mode[0] == MODE_LOS and r.errnum[0] == 4


def test_a_ridge_costs_more_than_open_ground():
    flat = np.full(101, 300.0)
    ridge = flat + 400.0 * np.exp(-((np.linspace(0, 1, 101) - 0.5) / 0.05) ** 2)
    r = itm_path_loss(np.stack([flat, ridge]), 20e3, 30.0, 1.5, 900.0)
    assert r.mode.tolist() == [0, 1] and r.loss_db[1] > r.loss_db[0] + 10.0


@pytest.mark.parametrize("call", [
    lambda: itm_path_loss(np.zeros(10), 1e3, 30, 1.5, 900),                 # 1-D heights
    lambda: itm_path_loss(np.zeros((2, 1)), 1e3, 30, 1.5, 900),             # one sample
    lambda: itm_path_loss(np.zeros((2, 10)), [1e3, 2e3, 3e3], 30, 1.5, 900),  # 3 lengths, 2 paths
    lambda: itm_path_loss(np.zeros((2, 10)), 1e3, np.ones((2, 2)), 1.5, 900),
    lambda: itm_path_loss(np.full((1, 10), np.nan), 1e3, 30, 1.5, 900),
    lambda: itm_path_loss(np.zeros((1, 10)), 0.0, 30, 1.5, 900),
    lambda: itm_path_loss(np.zeros((1, 10)), 1e3, 0.0, 1.5, 900),
    lambda: itm_path_loss(np.zeros((1, 10)), 1e3, 30, 1.5, 900, polarization="circular"),
    lambda: itm_path_loss(np.zeros((1, 10)), 1e3, 30, 1.5, 900, climate=8),
    lambda: itm_path_loss(np.zeros((1, 10)), 1e3, 30, 1.5, 900, time=1.0),
    lambda: itm_loss_along(np.zeros((3, 10, 2)), 75.0, 30, 1.5, 900),
    lambda: itm_loss_along(np.zeros((3, 10)), -75.0, 30, 1.5, 900),
], ids=["1d", "one-sample", "lengths", "h-shape", "nan", "d0", "h0", "pol", "climate", "time",
        "along-3d", "along-step"])
def test_bad_input_is_refused(call):
    with pytest.raises(ValueError) as info:
        call()
    assert isinstance(info.value, DataError) and isinstance(info.value, ITMInputError)
    assert info.value.message("vi") != info.value.message("en")


def test_outside_validity_warns_once():
    with pytest.warns(ModelValidityWarning, match="frequency") as caught:
        itm_path_loss(np.zeros((3, 10)), 2e3, 30.0, 1.5, 10.0)
    assert len(caught) == 1


def test_engine_import_does_not_import_numba():
    code = ("import sys, coverage_planner.core.engine, "
            "coverage_planner.core.engine.propagation.itm; print('numba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
