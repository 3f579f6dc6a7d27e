"""Calibration against measurements: the terms, the fit (synthetic residuals), and the recovery of
planted offsets on the embedded Lào Cai data with the engine's own predictions."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from coverage_planner.core.analysis.calibration import (
    MIN_GROUP_SAMPLES,
    calibrate,
    calibration_summary,
    metrics,
    predict_at_samples,
    status_text,
)
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.paths import default_data_dir
from coverage_planner.core.engine.calibration_terms import calibration_db, distance_decades
from coverage_planner.core.project.profile import CoverageProfile

OPERATORS = ("Viettel", "VNPT", "MobiFone")
TECHS = ("2G", "3G", "4G")
#: planted offsets (dB at 1 km) per operator × technology, and one slope for all (dB/decade)
PLANTED = {f"{op}|{t}": round(-3.0 + 2.3 * i - 1.1 * j, 2)
           for i, op in enumerate(OPERATORS) for j, t in enumerate(TECHS)}
PLANTED_SLOPE = -6.0
SIGMA_DB = 8.0


# ------------------------------------------------------------------------ the term itself


def test_calibration_term_formula_and_absent_groups():
    cal = {"terms": {"Viettel|4G": {"offset_db": 2.0, "slope_db_per_decade": -5.0,
                                    "samples": 10}}}
    d = np.array([10.0, 100.0, 1000.0, 10_000.0])
    got = calibration_db(cal, "Viettel", "4G", d)
    # 10 m counts as 100 m: one decade below 1 km
    np.testing.assert_allclose(got, [2.0 + 5.0, 2.0 + 5.0, 2.0, 2.0 - 5.0])
    np.testing.assert_array_equal(calibration_db(cal, "VNPT", "4G", d), 0.0)
    np.testing.assert_array_equal(calibration_db({}, "Viettel", "4G", d), 0.0)


# ----------------------------------------------------- the fit on synthetic residuals (fast)


def synthetic_frame(n_per_group: int, rng, clutter_extra: dict | None = None) -> pd.DataFrame:
    rows = []
    classes = list(clutter_extra or {"": 0.0})
    for key, offset in PLANTED.items():
        op, tech = key.split("|")
        d = 10 ** rng.uniform(2.3, 4.0, n_per_group)
        predicted = rng.uniform(-110, -50, n_per_group)
        cls = rng.choice(classes, n_per_group)
        extra = np.array([(clutter_extra or {}).get(c, 0.0) for c in cls])
        measured = (predicted + offset + PLANTED_SLOPE * distance_decades(d) - extra
                    + rng.normal(0, SIGMA_DB, n_per_group))
        rows.append(pd.DataFrame({"lon": 104.0, "lat": 22.4, "value_dbm": measured,
                                  "kind": "", "operator": op, "technology": tech,
                                  "cell_id": "", "predicted_dbm": predicted,
                                  "distance_m": d, "clutter": cls}))
    return pd.concat(rows, ignore_index=True)


def at_1km(res, key: str) -> float:
    """The fitted correction at 1 km from the site, where the planted offsets apply (a fitted
    offset is the correction at its group's reference distance)."""
    from coverage_planner.core.engine.calibration_terms import calibration_db

    op, tech = key.split("|")
    return float(calibration_db(res.profile.calibration, op, tech, 1000.0))


def test_fit_recovers_offsets_slopes_and_clutter_extras():
    rng = np.random.default_rng(3)
    extras = {"open": 0.0, "forest": 6.0, "village": 3.0}
    frame = synthetic_frame(1500, rng, extras)
    res = calibrate(frame, CoverageProfile(), folds=4, seed=1)
    for key, offset in PLANTED.items():
        assert at_1km(res, key) == pytest.approx(offset, abs=1.0)
        assert res.terms[key]["slope_db_per_decade"] == pytest.approx(PLANTED_SLOPE, abs=2.0)
    assert res.clutter_extra_db["forest"] == pytest.approx(6.0, abs=0.8)
    assert res.clutter_extra_db["village"] == pytest.approx(3.0, abs=0.8)
    assert "open" not in res.clutter_extra_db  # the reference class
    # written into the calibrated profile's clutter table, which survives JSON
    assert res.profile.clutter["forest"]["extra_db"] == res.clutter_extra_db["forest"]
    again = CoverageProfile.from_dict(json.loads(json.dumps(res.profile.to_dict())))
    assert again.calibration["terms"] == res.terms
    assert res.heldout["after"]["rmse"] < res.heldout["before"]["rmse"]
    assert abs(res.heldout["after"]["mean"]) < 0.5 < abs(res.heldout["before"]["mean"])


def test_small_groups_get_an_offset_only_or_nothing():
    rng = np.random.default_rng(4)
    frame = synthetic_frame(400, rng)
    few = frame[frame["technology"] == "2G"].groupby("operator").head(20)
    tiny = frame[(frame["technology"] == "3G") & (frame["operator"] == "VNPT")].head(
        MIN_GROUP_SAMPLES - 1)
    frame = pd.concat([frame[~frame["technology"].isin(["2G"])
                             & ~((frame["technology"] == "3G") & (frame["operator"] == "VNPT"))],
                       few, tiny], ignore_index=True)
    res = calibrate(frame, CoverageProfile())
    assert res.terms["Viettel|2G"]["slope_db_per_decade"] == 0.0  # 20 samples: offset only
    assert res.terms["Viettel|2G"]["samples"] == 20
    assert "VNPT|3G" not in res.terms
    assert res.skipped["small_group"] == MIN_GROUP_SAMPLES - 1
    assert res.terms["Viettel|4G"]["slope_db_per_decade"] != 0.0


def test_too_few_samples_is_a_clear_error():
    rng = np.random.default_rng(5)
    frame = synthetic_frame(400, rng).head(5)
    with pytest.raises(DataError) as err:
        calibrate(frame, CoverageProfile())
    assert "too few" in err.value.message("en") and "quá ít" in err.value.message("vi")


def test_status_text_says_whether_and_how_well():
    plain = CoverageProfile()
    assert "not calibrated" in status_text(plain).en
    assert "chưa" in status_text(plain).vi
    assert calibration_summary(plain)["calibrated"] is False
    res = calibrate(synthetic_frame(300, np.random.default_rng(6)), plain)
    text = status_text(res.profile)
    assert f"{res.samples:,}" in text.en
    assert f"{res.heldout['after']['rmse']:.1f}" in text.en
    assert f"{res.heldout['after']['rmse']:.1f}".replace(".", ",") in text.vi
    summary = calibration_summary(res.profile.to_dict())  # a result's profile is a dict
    assert summary["calibrated"] and summary["samples"] == res.samples
    assert summary["heldout_rmse_db"] == pytest.approx(res.heldout["after"]["rmse"])


def test_metrics():
    m = metrics([1.0, 2.0, 3.0], [1.0, 2.0, 5.0])
    assert m["mean"] == pytest.approx(-2 / 3)
    assert m["rmse"] == pytest.approx(np.sqrt(4 / 3))
    assert m["r2"] == pytest.approx(1 - 4 / (78 / 9))  # Σ(m − m̄)² = 78/9


# ------------------------------------------ the engine's own predictions on the embedded data


@pytest.fixture(scope="module")
def laocai_predictions(tmp_path_factory):
    """Random points in a 15 km box near Lào Cai city, each for one operator × technology, with
    the engine's prediction (8 km reach, to keep the test short)."""
    from coverage_planner.core.io import load_folder

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path_factory.mktemp("cache")))
        project = load_folder(default_data_dir())
        profile = replace(project.profile, max_radius_m=8000.0)
        rng = np.random.default_rng(11)
        n = 22_500
        groups = rng.integers(0, len(PLANTED), n)
        keys = np.array(list(PLANTED))[groups]
        samples = pd.DataFrame({
            "lon": rng.uniform(104.0, 104.15, n), "lat": rng.uniform(22.35, 22.50, n),
            "value_dbm": np.nan, "kind": "",
            "operator": [k.split("|")[0] for k in keys],
            "technology": [k.split("|")[1] for k in keys], "cell_id": "", "time": pd.NaT})
        predicted = predict_at_samples(project, profile, samples)
        yield project, profile, predicted


def planted(predicted: pd.DataFrame, rng) -> pd.DataFrame:
    """Measured = the engine's prediction + planted offset and slope + N(0, 8 dB)."""
    keys = predicted["operator"] + "|" + predicted["technology"]
    out = predicted.copy()
    out["value_dbm"] = (predicted["predicted_dbm"] + keys.map(PLANTED)
                        + PLANTED_SLOPE * distance_decades(predicted["distance_m"])
                        + rng.normal(0.0, SIGMA_DB, len(out)))
    return out


def test_predictions_on_the_embedded_data(laocai_predictions):
    project, profile, predicted = laocai_predictions
    ok = np.isfinite(predicted["predicted_dbm"])
    assert ok.mean() > 0.95
    assert predicted.attrs["no_server"] == int((~ok).sum())
    assert (predicted.loc[ok, "distance_m"] <= profile.max_radius_m + 100).all()
    # every server is a cell of the sample's operator and technology
    cells = project.cells.set_index("cell_id")
    served = predicted[ok].sample(200, random_state=0)
    assert (cells.loc[served["server_cell"], "operator"].to_numpy()
            == served["operator"].to_numpy()).all()
    assert (cells.loc[served["server_cell"], "technology"].to_numpy()
            == served["technology"].to_numpy()).all()


def test_a_named_cell_is_the_server(laocai_predictions):
    project, profile, predicted = laocai_predictions
    # name, for some samples, a cell of their group that is not their best server
    some = predicted[np.isfinite(predicted["predicted_dbm"])].head(300).copy()
    cells = project.cells
    site_of = dict(zip(cells["cell_id"].astype(str), cells["site_id"].astype(str)))
    lon, lat = cells.geometry.x.to_numpy(), cells.geometry.y.to_numpy()
    named = []
    for row in some.itertuples():
        mine = np.flatnonzero((cells["operator"] == row.operator).to_numpy()
                              & (cells["technology"] == row.technology).to_numpy()
                              & (cells["site_id"] != site_of[row.server_cell]).to_numpy())
        d = np.hypot(lon[mine] - row.lon, lat[mine] - row.lat)
        named.append(str(cells["cell_id"].iloc[mine[int(np.argmin(d))]]))
    some["cell_id"] = named
    again = predict_at_samples(project, profile, some[list(predicted.columns[:8])])
    reached = np.isfinite(again["predicted_dbm"]) & (again["server_cell"] == again["cell_id"])
    assert reached.mean() > 0.5
    # the named cell is never better than the best server
    assert (again.loc[reached, "predicted_dbm"].to_numpy()
            <= some.loc[reached.to_numpy(), "predicted_dbm"].to_numpy() + 1e-6).all()


def test_calibration_recovers_planted_offsets(laocai_predictions):
    _, profile, predicted = laocai_predictions
    res = calibrate(planted(predicted, np.random.default_rng(21)), profile, folds=5, seed=0)
    errors = {k: at_1km(res, k) - v for k, v in PLANTED.items()}
    print("offset errors (dB):", {k: round(v, 2) for k, v in errors.items()})
    print("held-out:", res.heldout)
    assert max(abs(e) for e in errors.values()) <= 1.0
    for term in res.terms.values():
        assert term["slope_db_per_decade"] == pytest.approx(PLANTED_SLOPE, abs=2.5)
    assert res.heldout["after"]["rmse"] < res.heldout["before"]["rmse"]
    assert res.heldout["after"]["rmse"] == pytest.approx(SIGMA_DB, abs=0.6)
    assert res.profile.calibration["samples"] == res.samples


def test_the_robust_loss_keeps_the_offsets_among_outliers(laocai_predictions):
    _, profile, predicted = laocai_predictions
    rng = np.random.default_rng(22)
    clean = planted(predicted, rng)
    # 10 % of the samples 25-40 dB low: indoors, a wrong server, a blocked antenna
    dirty = clean.copy()
    bad = rng.random(len(dirty)) < 0.10
    dirty.loc[bad, "value_dbm"] -= rng.uniform(25.0, 40.0, int(bad.sum()))

    def moved(loss: str):
        """How far the outliers move each offset (same samples and noise otherwise)."""
        a, b = (calibrate(d, profile, loss=loss, folds=2) for d in (clean, dirty))
        return {k: at_1km(b, k) - at_1km(a, k) for k in PLANTED}, b

    (robust, dirty_fit), (plain, _) = moved("arctan"), moved("linear")
    print("outliers move the offsets by (dB): robust",
          {k: round(v, 2) for k, v in robust.items()},
          "least squares", {k: round(v, 2) for k, v in plain.items()})
    assert max(abs(v) for v in robust.values()) <= 0.75
    assert min(abs(v) for v in plain.values()) > 2.0  # they do pull an ordinary fit
    # and the robust fit of the contaminated set still finds the planted offsets
    assert max(abs(at_1km(dirty_fit, k) - v) for k, v in PLANTED.items()) <= 1.25
