"""The link budget over terrain profiles, against values worked out by hand.

Levels come from :func:`coverage.mast_point_levels` (the path the village classification uses,
before the cache's float16 rounding). Positions sit at pixel centres on a 25 m grid, so the
distance the engine uses is the exact one.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from engine_world import (
    World,
    curvature_drop,
    flat,
    j_hand,
    make_grid,
    ridge,
    small_profile,
    wavelength,
    xy,
)

from coverage_planner.core.engine import propagation
from coverage_planner.core.engine.coverage import mast_point_levels, metric_cells
from coverage_planner.core.engine.linkbudget import rs_offset_db
from coverage_planner.core.engine.terrain import make_fan

SITE = (200, 200)  # pixel of every test mast; ground 100 m, antenna 30 m above it


@pytest.fixture(autouse=True)
def _quiet_models():
    # the hand values call the radio models outside their fitted ranges on purpose
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", propagation.ModelValidityWarning)
        yield


def levels(world: World, z: np.ndarray, points: list, profile=None) -> np.ndarray:
    """(n_cells, n_points) levels of the world's cells (one mast) at pixel ``points``."""
    grid = make_grid(z)
    project = world.project(profile)
    cells = metric_cells(project.cells, grid.crs)
    pts = np.array([xy(r, c) for r, c in points])
    lv, near = mast_point_levels(grid, cells, pts, project.profile)
    assert list(near) == list(range(len(points)))
    return lv.astype(np.float64)


# ------------------------------------------------------------------------------ offsets


def test_reference_signal_offsets():
    assert rs_offset_db("2G") == 0.0
    assert rs_offset_db("3G") == 10.0
    assert rs_offset_db("4G") == pytest.approx(10 * math.log10(12 * 50))  # 27.78 at 10 MHz
    assert rs_offset_db("5G") == pytest.approx(10 * math.log10(12 * 273))  # 35.15 at 100 MHz
    assert rs_offset_db("4G", 20.0) == pytest.approx(10 * math.log10(12 * 100))
    assert rs_offset_db("4G", float("nan")) == rs_offset_db("4G")


# -------------------------------------------------------------- flat-earth sanity (5)

#: (technology, MHz, EIRP, model) cells of one omni mast; tilt NaN: no vertical pattern
FLAT_CELLS = [("2G", 900.0, 55.0, "hata"), ("3G", 2100.0, 56.0, "hata"),
              ("4G", 1800.0, 60.0, "hata"), ("5G", 3500.0, 62.0, "38901-uma")]
#: pixel offsets (drow, dcol) and their exact distances
FLAT_POINTS = [((0, 20), 500.0), ((-40, 0), 1000.0), ((0, -80), 2000.0), ((30, 40), 1250.0),
               ((160, 0), 4000.0)]


def flat_world(model_5g: str = "38901-uma", free_space: bool = False):
    w = World()
    for tech, f, eirp, _ in FLAT_CELLS:
        w.cell("S", *SITE, technology=tech, frequency_mhz=f, eirp_dbm=eirp, tilt_deg=np.nan)
    models = {t: ("free-space" if free_space else m) for t, _, _, m in FLAT_CELLS}
    if not free_space:
        models["5G"] = model_5g
    return w, small_profile(models=models)


def hand_loss(model: str, d: float, f: float) -> float:
    fs = float(propagation.free_space_loss(d, f))
    if model == "hata":  # flat ground: the effective height is the mast height
        m = float(propagation.hata_loss(d / 1000.0, f, 30.0, 1.5, environment="open"))
    elif model == "38901-uma":
        m = float(propagation.uma_loss(d, f, h_bs_m=30.0, h_ut_m=1.5, los=True))
    elif model == "38901-rma":
        m = float(propagation.rma_loss(d, f, h_bs_m=30.0, h_ut_m=1.5, los=True))
    else:
        m = fs
    return max(fs, m)


@pytest.mark.parametrize("model_5g", ["38901-uma", "38901-rma"])
def test_flat_ground_level_is_eirp_minus_offset_minus_model_loss(model_5g):
    w, profile = flat_world(model_5g)
    pts = [(SITE[0] + dr, SITE[1] + dc) for (dr, dc), _ in FLAT_POINTS]
    got = levels(w, flat(), pts, profile)
    for c, (tech, f, eirp, model) in enumerate(FLAT_CELLS):
        model = model_5g if tech == "5G" else model
        for p, (_, d) in enumerate(FLAT_POINTS):
            want = eirp - rs_offset_db(tech) - hand_loss(model, d, f)
            assert got[c, p] == pytest.approx(want, abs=0.01), (tech, d)


def test_hata_is_floored_at_free_space_close_in():
    """Close in, Hata falls below free space: the engine keeps free space."""
    w, profile = flat_world()
    got = levels(w, flat(), [(SITE[0], SITE[1] + 4)], profile)  # 100 m east
    fs = float(propagation.free_space_loss(100.0, 900.0))
    assert float(propagation.hata_loss(0.1, 900.0, 30.0, 1.5, environment="open")) < fs
    assert got[0, 0] == pytest.approx(55.0 - fs, abs=0.01)


def test_free_space_model():
    w, profile = flat_world(free_space=True)
    got = levels(w, flat(), [(SITE[0], SITE[1] + 80)], profile)  # 2 km east
    for c, (tech, f, eirp, _) in enumerate(FLAT_CELLS):
        want = eirp - rs_offset_db(tech) - (20 * math.log10(2.0) + 20 * math.log10(f) + 32.4478)
        assert got[c, 0] == pytest.approx(want, abs=0.01)


def test_indoor_loss_is_subtracted():
    w, profile = flat_world()
    pts = [(SITE[0], SITE[1] + 40)]
    outdoor = levels(w, flat(), pts, profile)
    indoor = levels(w, flat(), pts, small_profile(models=profile.models, indoor_loss_db=12.0))
    np.testing.assert_allclose(outdoor - indoor, 12.0, atol=1e-4)


def test_omni_cell_with_a_tilt_has_the_vertical_pattern():
    """Loaders give omni cells tilt 0 (not NaN): the 10° vertical beam still applies, so close
    to the mast the level drops by 12 (θ / 10°)² (θ = depression of the receiver)."""
    w = World()
    w.cell("S", *SITE, tilt_deg=np.nan)
    w.cell("S", *SITE, tilt_deg=0.0)
    got = levels(w, flat(), [(SITE[0], SITE[1] + 8), (SITE[0], SITE[1] + 80)])
    for p, d in enumerate((200.0, 2000.0)):
        theta = math.degrees(math.atan2(28.5 + curvature_drop(d), d))
        assert got[1, p] - got[0, p] == pytest.approx(-12 * (theta / 10) ** 2, abs=0.01)
    assert got[1, 0] - got[0, 0] < -7.0  # 200 m from a 30 m mast: θ = 8.1°, -7.9 dB


# -------------------------------------------------------------- sector pointing away (2)


def test_sector_pointing_north_against_an_omni():
    """Sector 0°, 65°, tilt 4° against an omni (no pattern) of the same EIRP, 500 m out."""
    w = World()
    w.cell("S", *SITE, azimuth_deg=0.0, beamwidth_deg=65.0, tilt_deg=4.0)
    w.cell("S", *SITE, tilt_deg=np.nan)
    north, south, east = (SITE[0] - 20, SITE[1]), (SITE[0] + 20, SITE[1]), (SITE[0], SITE[1] + 20)
    got = levels(w, flat(), [north, south, east])
    d = 500.0
    theta = math.degrees(math.atan2(28.5 + curvature_drop(d), d))  # 3.27° below the horizon
    a_v = -12 * ((theta - 4.0) / 10.0) ** 2  # -0.06 dB: the beam points just below the village
    # boresight: only the vertical pattern separates the two
    assert got[0, 0] - got[1, 0] == pytest.approx(a_v, abs=0.01)
    # behind: the front-to-back ratio, 25 dB, which also floors the combined pattern
    assert got[0, 1] - got[1, 1] == pytest.approx(-25.0, abs=0.01)
    # 90° off: 12 (90 / 65)² = 23.0 dB horizontally, plus the vertical part (the ring sweep
    # uses each cell's exact bearing)
    assert got[0, 2] - got[1, 2] == pytest.approx(-12 * (90.0 / 65) ** 2 + a_v, abs=0.01)
    # and the omni is the same in every direction
    assert np.ptp(got[1]) < 1e-4


# ---------------------------------------------------------------- knife edge (1, by hand)


def ridge_case(f_mhz: float = 1800.0, height: float = 250.0):
    """Mast at (200, 200), 30 m; a one-pixel ridge 750 m east; A 1500 m west, B 1500 m east."""
    w = World()
    w.cell("S", *SITE, frequency_mhz=f_mhz, eirp_dbm=40.0, tilt_deg=np.nan)
    a, b = (SITE[0], SITE[1] - 60), (SITE[0], SITE[1] + 60)
    return w, [a, b], ridge(col=230, height=height, base=100.0)


def hand_v(f_mhz: float, ridge_h: float = 250.0) -> float:
    """Fresnel v of the ridge: heights relative to the antenna's plane (curvature k = 4/3)."""
    tx = 100.0 + 30.0
    d1, d = 750.0, 1500.0
    crest = ridge_h - curvature_drop(d1)
    rx = 100.0 + 1.5 - curvature_drop(d)
    h = crest - (tx + (rx - tx) * d1 / d)  # 134.28 m above the straight path
    return h * math.sqrt(2 * d / (wavelength(f_mhz) * d1 * (d - d1)))


P452 = small_profile(models={"2G": "p452", "3G": "p452", "4G": "p452", "5G": "38901-uma"})


def bullington(j: float, d_km: float = 1.5) -> float:
    """P.452-16 eq. 20: Bullington's knife-edge loss with its empirical correction,
    L_uc + (1 - exp(-L_uc / 6)) (10 + 0.02 d)."""
    return j + (1.0 - math.exp(-j / 6.0)) * (10.0 + 0.02 * d_km)


@pytest.mark.parametrize("f_mhz", [900.0, 1800.0])
def test_a_ridge_costs_its_knife_edge_loss(f_mhz):
    """Bullington's construction over one sharp ridge is that ridge's knife edge (plus P.452's
    empirical correction); the smooth-earth terms of delta-Bullington are the same on both sides
    and cancel."""
    w, pts, z = ridge_case(f_mhz)
    a, b = levels(w, z, pts, P452)[0]
    v = hand_v(f_mhz)
    assert v > 15  # deep shadow: J = 40.5 dB at 1800 MHz
    assert a - b == pytest.approx(bullington(j_hand(v)), abs=0.01)
    # without the ridge both sides are alike (same distance, same effective height)
    a_flat, b_flat = levels(w, flat(), pts, P452)[0]
    assert a_flat == pytest.approx(a, abs=1e-4)
    assert b_flat == pytest.approx(a, abs=1e-4)


def test_a_low_ridge_just_above_the_path_costs_its_knife_edge_loss():
    """A 118 m crest pokes 2.3 m above the path: v = 0.41, J = 9.54 dB."""
    w, pts, z = ridge_case(1800.0, height=118.0)
    a, b = levels(w, z, pts, P452)[0]
    v = hand_v(1800.0, 118.0)
    assert v == pytest.approx(0.41, abs=0.01)
    assert a - b == pytest.approx(bullington(j_hand(v)), abs=0.01)


def test_a_ridge_below_the_path_costs_its_sub_path_loss():
    """A 112 m crest lies 3.7 m *below* the path, inside the first Fresnel zone: P.526 gives
    v = -0.67, J = 0.77 dB. The old engine looked only at the transmitter's horizon (the flat
    ground 25 m before B) and missed it; delta-Bullington's line-of-sight case takes the highest
    v along the whole path and counts it."""
    w, pts, z = ridge_case(1800.0, height=112.0)
    a, b = levels(w, z, pts, P452)[0]
    v = hand_v(1800.0, 112.0)
    assert v == pytest.approx(-0.67, abs=0.01)
    assert j_hand(v) == pytest.approx(0.77, abs=0.01)
    assert a - b == pytest.approx(bullington(j_hand(v)), abs=0.01)
    fan = make_fan(make_grid(z), *xy(*SITE), 30.0, 5000.0)
    assert fan.horizon_d[int(np.rint(fan.z.shape[0] / 4)), 59] == 1475.0


def test_38901_has_no_knife_edge_on_top_of_its_nlos_formula():
    w = World()
    w.cell("S", *SITE, technology="5G", frequency_mhz=3500.0, eirp_dbm=62.0, tilt_deg=np.nan)
    _, pts, z = ridge_case()
    b = levels(w, z, [pts[1]], small_profile())[0, 0]
    nlos = float(propagation.uma_loss(1500.0, 3500.0, h_bs_m=30.0, h_ut_m=1.5, los=False))
    assert nlos > float(propagation.uma_loss(1500.0, 3500.0, h_bs_m=30.0, h_ut_m=1.5, los=True))
    assert b == pytest.approx(62.0 - rs_offset_db("5G") - nlos, abs=0.01)


def test_the_angles_are_computed_only_for_a_pattern():
    """An omni cell without tilt needs no angles (PathTerms.angles is never called); a sector
    cell computes them once for every cell of the mast, and gets its pattern."""
    import pandas as pd

    from coverage_planner.core.engine.linkbudget import PathTerms, levels
    from coverage_planner.core.project.profile import CoverageProfile

    d = np.array([1000.0, 2000.0, 3000.0])
    calls = []

    def angles():
        calls.append(1)
        return np.full(3, 2.0), np.array([0.0, 90.0, 180.0])

    def terms():
        return PathTerms(d=d, valid=np.ones(3, bool), clutter_rx=np.zeros(3, np.int8),
                         clutter_tx=0, h_tx=30.0, angles=angles,
                         compute=lambda model, f: np.full(3, 100.0))

    base = {"technology": "2G", "frequency_mhz": 900.0, "eirp_dbm": 60.0, "height_m": 30.0,
            "operator": "X"}
    omni = pd.DataFrame([{**base, "azimuth_deg": np.nan, "beamwidth_deg": np.nan,
                          "tilt_deg": np.nan}])
    profile = CoverageProfile()
    np.testing.assert_allclose(levels(terms(), omni, profile)[0], 60.0 - 100.0)
    assert calls == []
    sectors = pd.DataFrame([{**base, "azimuth_deg": 0.0, "beamwidth_deg": 65.0, "tilt_deg": 2.0},
                            {**base, "azimuth_deg": 180.0, "beamwidth_deg": 65.0,
                             "tilt_deg": 2.0}])
    lv = levels(terms(), sectors, profile)
    assert calls == [1]  # once for both cells
    assert lv[0, 0] == pytest.approx(-40.0) and lv[1, 2] == pytest.approx(-40.0)  # boresight
    assert lv[0, 2] < -60.0 and lv[1, 0] < -60.0  # behind each sector


def test_model_statements_are_bilingual_down_to_the_reference():
    import pandas as pd

    from coverage_planner.core.engine.linkbudget import model_statements
    from coverage_planner.core.project.profile import CoverageProfile

    cells = pd.DataFrame({"technology": ["2G", "4G"], "propagation_model": [None, "itm"]})
    lines = model_statements(cells, CoverageProfile())
    en = " | ".join(t.en for t in lines)
    vi = " | ".join(t.vi for t in lines)
    assert "checked against pycraf" in en and "checked against itmlogic" in en
    assert "đã đối chiếu với pycraf" in vi and "đã đối chiếu với itmlogic" in vi
    assert "checked" not in vi and "4G (1 cells)" in en
