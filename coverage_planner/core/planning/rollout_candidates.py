"""The rollout plan's candidates: every mast, upgrade, fiber extension, Wi-Fi point and satellite
terminal the optimiser (:mod:`coverage_planner.core.planning.rollout`) may choose, with what
each costs (:class:`~coverage_planner.core.planning.costs.CostModel`) and which villages it
would newly serve in each category (``fixed``, ``broadband``, ``signal``).

- **New masts**: the site-suggestion candidates (:func:`siting.candidates`: the highest DEM
  pixel of each ``spacing_m`` block within ``search_m`` of a village lacking mobile signal or
  broadband, within ``road_m`` of a road), at most ``per_carrier`` of them, the highest first;
  each position is offered to every carrier as a new mast of the site template
  (:mod:`templates`, three sectors, ``technologies``), plus the sites a what-if scenario added
  by hand. Positions are shared, so each is swept over the terrain once
  (:func:`engine.coverage.all_point_levels` on the evaluator's grid and points, through the
  disk cache the later what-if evaluation reads). A village gains *signal* when a cell's level
  at its centre reaches ``signal_dbm`` of its technology and *broadband* when a 3G/4G cell
  reaches ``broadband_dbm``: the rules of :func:`analysis.villages.village_table`. Since a
  village's flag is ``max over cells ≥ threshold``, a set of masts serves exactly the union of
  what each serves; the optimiser's coverage model is therefore exact, not an estimate.
- **Power**: a new mast farther than ``power_free_km`` from the grid pays
  ``power_capex(d − power_free_km)``; beyond ``power_max_km`` it is refused (reason "no
  power"). The project has no grid layer yet, so the distance to the nearest road stands in
  for it (``power_roads="any"``: every road but railways, since the low-voltage lines of
  Vietnamese villages follow their roads; ``"main"``: only the roads whose kind says
  main/primary/national, which on the embedded data leaves 6 roads and puts masts 20-30 km
  from "the grid"): every such candidate's ``meta["power_source"]`` says ``"road proxy"``.
- **Upgrades**: 4G added to an existing site without 4G near a village lacking mobile
  broadband (the site's position and height, the 4G template), costed ``upgrade_capex("4G")``.
- **Fiber**: :func:`fiberplan.plan_fiber` routes each village lacking fixed broadband; each
  extension line is one item, costed ``fiber_capex(road km, cross-country km, villages)``; it
  serves every such village with its centre or a household cluster within the drop reach of
  the line (the analysis' rule). An extension that starts on an earlier one ``requires`` it.
- **Wi-Fi points** are *not* optimiser items: a public hotspot gives no household fixed
  broadband and is not mobile coverage, so it gains nothing in the three categories and a
  fourth category would only reward spending. They are built for the villages a fiber item
  reaches that lack a public Wi-Fi point (``requires`` that fiber item) and kept in
  :attr:`CandidateSet.optional`; the per-village answer prices them beside the fiber.
- **Satellite**, the last resort: one terminal per village lacking fixed broadband that no
  fiber route reaches (``satellite="unreached"``) or every such village (``"all"``); it counts
  as the village's fixed-location broadband. It is not a network element the engine models,
  so a plan's scenario (:mod:`rollout_scenario`) leaves it out.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.spatial import cKDTree

from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.coverage import all_point_levels, metric_cells
from coverage_planner.core.planning.costs import CostModel
from coverage_planner.core.planning.fiberplan import plan_fiber
from coverage_planner.core.planning.rollout import Candidate
from coverage_planner.core.planning.siting import candidates as high_points
from coverage_planner.core.planning.templates import SiteSpec, spec_cells
from coverage_planner.core.planning.whatif import Evaluator
from coverage_planner.core.project.model import Project

#: the village table's flag behind each category
CATEGORY_FLAGS = {"fixed": "fixed_broadband", "broadband": "mobile_broadband",
                  "signal": "mobile_signal"}
MAIN_ROAD_WORDS = ("chính", "main", "primary", "trunk", "national", "quốc lộ", "ql")
POWER_PROXY = Text("the distance to the nearest road (no grid layer: a proxy)",
                   "khoảng cách tới đường gần nhất (không có lớp lưới điện: ước lượng)")


@dataclass
class CandidateSet:
    """Everything the optimiser and the outputs need about a project's candidates."""

    candidates: list  # Candidate, for rollout.solve
    villages: pd.DataFrame  # the baseline village table (analysis.villages)
    served: dict  # category -> (n,) bool, served before any plan
    households: np.ndarray  # (n,) per village
    optional: list = field(default_factory=list)  # Wi-Fi points (never optimised)
    excluded: list = field(default_factory=list)  # (Candidate, Text reason), e.g. no power
    notes: list = field(default_factory=list)  # Text, shown with every output
    timings: dict = field(default_factory=dict)  # step -> seconds
    evaluator: Evaluator | None = None

    def by_id(self) -> dict:
        return {c.id: c for c in [*self.candidates, *self.optional, *self.excluded_items]}

    @property
    def excluded_items(self) -> list:
        return [c for c, _ in self.excluded]


def build_candidates(project: Project, evaluator: Evaluator | None = None, *,
                     costs: CostModel | None = None, operators: list | None = None,
                     technologies: tuple = ("4G",), height_m: float = 30.0,
                     per_carrier: int = 150, spacing_m: float = 1000.0,
                     search_m: float = 5000.0, road_m: float | None = 2000.0,
                     power_free_km: float = 1.0, power_max_km: float = 15.0,
                     power_roads: str = "any",
                     satellite: str = "unreached", scenario=None,
                     templates: dict | None = None, workers: int | None = None) -> CandidateSet:
    """Every candidate of ``project`` (see the module docstring).

    ``evaluator`` is reused when given (its baseline must be ``project``); ``scenario`` (a
    what-if :class:`~coverage_planner.core.planning.scenario.Scenario`) adds its hand-drawn
    sites as candidate masts; ``operators`` limits the carriers (default: all of the sites
    file).
    """
    timings: dict = {}
    t0 = time.perf_counter()
    ev = evaluator or Evaluator(project, workers=workers)
    timings["baseline"] = time.perf_counter() - t0
    costs = costs or CostModel.from_profile(project.profile)
    table = ev.result.villages
    served = {c: table[col].to_numpy(bool) for c, col in CATEGORY_FLAGS.items()}
    households = table["households"].to_numpy(float)
    operators = list(operators or sorted(project.cells["operator"].unique()))
    out = CandidateSet([], table, served, households, evaluator=ev, timings=timings)
    nv = ev.pts.n_villages
    centres = ev.pts.xy[:nv]
    districts = table["district"].astype(str).to_numpy()
    village_tree = cKDTree(centres)

    def district_at(xy) -> str:
        return districts[village_tree.query(xy)[1]]

    t = time.perf_counter()
    mobile_gap = ~(served["signal"] & served["broadband"])
    cand_xy = high_points(ev, centres[mobile_gap], spacing_m, search_m, road_m, per_carrier)
    lonlat = _to_lonlat(cand_xy, ev.grid.crs)
    specs = [SiteSpec(operators[0], lon, lat, height_m, tuple(technologies),
                      site_id=_mast_id(operators[0], k)) for k, (lon, lat) in enumerate(lonlat)]
    drawn = _drawn_sites(scenario)
    upgrades = [u for u in _upgrade_sites(project, ev, served["broadband"], search_m)
                if u.operator in operators]
    gains = _site_gains(ev, [*specs, *drawn, *upgrades], templates, served, workers)
    timings["engine"] = time.perf_counter() - t
    power_km, proxy = _power_distance(project, ev, cand_xy, power_roads)
    drawn_xy = (np.array(_metric_xy([(s.lon, s.lat) for s in drawn], ev.grid.crs))
                if drawn else np.zeros((0, 2)))
    drawn_power, _ = _power_distance(project, ev, drawn_xy, power_roads)
    if proxy and (len(specs) or len(drawn)):
        out.notes.append(Text(f"Power for new masts: {POWER_PROXY.en}.",
                              f"Điện cho trạm mới: {POWER_PROXY.vi}."))
    new_masts = [(s, g, p, xy) for s, g, p, xy in
                 zip(specs, gains, power_km, cand_xy)] + \
                [(s, g, p, xy) for s, g, p, xy in
                 zip(drawn, gains[len(specs):], drawn_power, drawn_xy)]
    for k, (spec, gain, dkm, xy) in enumerate(new_masts):
        if not any(len(v) for v in gain.values()):
            continue
        owners = [spec.operator] if k >= len(specs) else operators
        for op in owners:
            ident = spec.site_id if k >= len(specs) else _mast_id(op, k)
            extra_km = max(0.0, dkm - power_free_km)
            capex = costs.mast_capex(spec.height_m) + costs.power_capex(extra_km)
            site = SiteSpec(op, spec.lon, spec.lat, spec.height_m, spec.technologies,
                            spec.azimuths, ident, dict(spec.overrides))
            item = Candidate(
                ident, "mast", op, district_at(xy), capex, costs.opex("mast"), gain,
                label=Text(f"New {op} {'+'.join(spec.technologies)} mast {ident}",
                           f"Trạm {'+'.join(spec.technologies)} mới {op} {ident}"),
                geometry=shapely.Point(spec.lon, spec.lat),
                meta={"spec": site.to_dict(), "power_km": round(float(extra_km), 2),
                      "grid_distance_km": round(float(dkm), 2),
                      "power_source": "road proxy" if proxy else "grid",
                      "drawn": k >= len(specs)})
            if dkm > power_max_km:
                out.excluded.append((item, Text(
                    f"no power: {dkm:.1f} km from the grid (over {power_max_km:g} km)",
                    f"không có điện: cách lưới {dkm:.1f} km (quá {power_max_km:g} km)")))
            else:
                out.candidates.append(item)
    for spec, gain in zip(upgrades, gains[len(specs) + len(drawn):]):
        if not any(len(v) for v in gain.values()):
            continue
        xy = _metric_xy([(spec.lon, spec.lat)], ev.grid.crs)[0]
        out.candidates.append(Candidate(
            spec.site_id, "upgrade", spec.operator, district_at(xy),
            costs.upgrade_capex("4G"), costs.opex("upgrade"), gain,
            label=Text(f"4G added to {spec.operator} site {spec.site_id.split('+')[0]}",
                       f"Lắp thêm 4G cho trạm {spec.site_id.split('+')[0]} ({spec.operator})"),
            geometry=shapely.Point(spec.lon, spec.lat),
            meta={"spec": spec.to_dict(), "base_site": spec.site_id.split("+")[0]}))
    t = time.perf_counter()
    fiber, reached = _fiber_items(project, ev, table, served["fixed"], costs)
    out.candidates += fiber
    out.optional += _wifi_items(fiber, table, costs)
    timings["fiber"] = time.perf_counter() - t
    lacking = np.flatnonzero(~served["fixed"])
    if satellite != "none":
        for i in lacking if satellite == "all" else np.setdiff1d(lacking, reached):
            out.candidates.append(_satellite_item(int(i), table, costs))
    timings["total"] = time.perf_counter() - t0
    return out


def _mast_id(operator: str, k: int) -> str:
    return f"PLAN-{operator[:3].upper()}-{k + 1:03d}"


def _to_lonlat(xy: np.ndarray, crs: str) -> list:
    if not len(xy):
        return []
    pts = gpd.GeoSeries(gpd.points_from_xy(xy[:, 0], xy[:, 1]), crs=crs).to_crs("EPSG:4326")
    return list(zip(pts.x.tolist(), pts.y.tolist()))


def _metric_xy(lonlat: list, crs: str) -> list:
    if not lonlat:
        return []
    lon, lat = zip(*lonlat)
    pts = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs="EPSG:4326").to_crs(crs)
    return list(zip(pts.x.tolist(), pts.y.tolist()))


def _drawn_sites(scenario) -> list:
    """The sites a what-if scenario added by hand (its AddSite edits still applied)."""
    if scenario is None:
        return []
    return [cmd.spec for cmd in scenario.edits if getattr(cmd, "kind", "") == "add_site"]


def _upgrade_sites(project: Project, ev: Evaluator, broadband: np.ndarray,
                   search_m: float) -> list:
    """4G on each existing site without 4G within ``search_m`` of a village lacking mobile
    broadband (same position and height; a site id of its own, ``<site>+4G``)."""
    cells = project.cells
    techs = cells.groupby(cells["site_id"].astype(str))["technology"].agg(set)
    no_4g = [s for s, t in techs.items() if "4G" not in t]
    gaps = ev.pts.xy[:ev.pts.n_villages][~broadband]
    if not no_4g or not len(gaps):
        return []
    first = cells.assign(_sid=cells["site_id"].astype(str)).drop_duplicates("_sid") \
        .set_index("_sid").loc[no_4g]
    geo = first.geometry.to_crs("EPSG:4326")
    xy = np.array(_metric_xy(list(zip(geo.x, geo.y)), ev.grid.crs))
    near = cKDTree(gaps).query(xy)[0] <= search_m
    return [SiteSpec(str(row["operator"]), float(g.x), float(g.y), float(row["height_m"]),
                     ("4G",), site_id=f"{sid}+4G")
            for (sid, row), g, ok in zip(first.iterrows(), geo, near) if ok]


def _site_gains(ev: Evaluator, specs: list, templates, served: dict, workers) -> list:
    """Per site spec, the villages it newly serves: {"signal": idx, "broadband": idx}.

    The cells are built as a scenario's AddSite builds them (lon/lat points, the baseline's
    columns) and swept by the engine on the evaluator's grid and points, so the levels are
    the ones a what-if evaluation of the plan computes (and finds in the disk cache)."""
    if not specs:
        return []
    rows = pd.DataFrame([r for s in specs for r in spec_cells(s, templates)])
    frame = gpd.GeoDataFrame(rows, geometry=gpd.points_from_xy(rows["lon"], rows["lat"]),
                             crs="EPSG:4326")
    cells = metric_cells(frame, ev.grid.crs)
    cells = cells.reindex(columns=list(dict.fromkeys([*ev.cells.columns, *cells.columns])))
    per_cell = all_point_levels(ev.grid, cells, ev.pts.xy, ev.baseline.profile,
                                use_cache=True, bundle=False, workers=workers)
    prof = ev.baseline.profile
    nv = ev.pts.n_villages
    sites = cells["site_id"].astype(str).to_numpy()
    techs = cells["technology"].to_numpy()
    out = []
    for spec in specs:
        sig, bb = np.zeros(nv, bool), np.zeros(nv, bool)
        for c in np.flatnonzero(sites == spec.site_id):
            near, levels = per_cell[c]
            centre = near < nv
            idx, lv = near[centre], levels[centre]
            sig[idx[lv >= prof.signal_dbm[techs[c]]]] = True
            if techs[c] in prof.broadband_dbm and techs[c] != "5G":
                bb[idx[lv >= prof.broadband_dbm[techs[c]]]] = True
        out.append({"signal": np.flatnonzero(sig & ~served["signal"]),
                    "broadband": np.flatnonzero(bb & ~served["broadband"])})
    return out


def _power_distance(project: Project, ev: Evaluator, xy: np.ndarray, roads_kind: str) -> tuple:
    """Distance (km) of each point to the grid; without a grid layer, to the nearest road
    (``roads_kind`` "any" or "main"; ``True`` as the second value says it is that proxy). No
    roads either: 0 km."""
    grid = getattr(project, "power_lines", None)
    proxy = grid is None or not len(grid)
    lines = grid
    if proxy:
        roads = project.roads
        if roads is None or not len(roads) or not len(xy):
            return np.zeros(len(xy)), proxy
        kind = roads["kind"].astype(str).str.lower() if "kind" in roads \
            else pd.Series("", index=roads.index)
        main = kind.apply(lambda k: any(w in k for w in MAIN_ROAD_WORDS))
        rail = kind.str.contains("sắt|rail", regex=True)
        if roads_kind == "main" and (main & ~rail).any():
            lines = roads[main & ~rail]
        else:
            lines = roads[~rail] if (~rail).any() else roads
    if not len(xy):
        return np.zeros(0), proxy
    geoms = lines.to_crs(ev.grid.crs).geometry.values
    tree = shapely.STRtree(geoms)
    (i_pt, _), d = tree.query_nearest(shapely.points(xy), return_distance=True,
                                      all_matches=False)
    out = np.zeros(len(xy))
    out[i_pt] = d / 1000.0
    return out, proxy


def _fiber_items(project: Project, ev: Evaluator, table: pd.DataFrame, fixed: np.ndarray,
                 costs: CostModel) -> tuple[list, np.ndarray]:
    """One item per extension line of the fiber plan, and every village the lines reach."""
    gap_ids = table.loc[~fixed, "village_id"]
    if not len(gap_ids):
        return [], np.zeros(0, np.int64)
    try:
        lines, routes, _ = plan_fiber(project, gap_ids)
    except ValueError:  # no fiber network to extend
        return [], np.zeros(0, np.int64)
    road_m = dict(zip(routes["village_id"], routes["road_m"]))
    reach = project.profile.fiber_drop_reach_m
    metric = lines.to_crs(ev.grid.crs).geometry.values
    pts = shapely.points(ev.pts.xy)
    pos = dict(zip(table["village_id"], range(len(table))))
    items, reached = [], []
    for k, (vid, line, line_ll) in enumerate(zip(lines["village_id"], metric, lines.geometry)):
        near = np.flatnonzero(shapely.dwithin(line, pts, reach))
        gain = np.unique(ev.pts.village[near])
        gain = gain[~fixed[gain]]
        reached.append(gain)
        start = shapely.Point(shapely.get_coordinates(line)[0])
        parents = [j for j in range(k) if metric[j].distance(start) < 1.0]
        length_km = line.length / 1000.0
        road_km = min(float(road_m.get(vid, 0.0)) / 1000.0, length_km)
        capex = costs.fiber_capex(road_km, length_km - road_km, max(len(gain), 1))
        i = pos[vid]
        items.append(Candidate(
            f"F-{vid}", "fiber", None, str(table["district"].iloc[i]), capex,
            costs.opex("fiber", km=length_km), {"fixed": gain},
            requires=(f"F-{lines['village_id'].iloc[parents[0]]}",) if parents else (),
            label=Text(f"Fiber extension to {table['name'].iloc[i]} ({length_km:.2f} km)",
                       f"Kéo cáp quang tới {table['name'].iloc[i]} ({length_km:.2f} km)"),
            geometry=line_ll,
            meta={"village_id": vid, "length_km": round(length_km, 3),
                  "road_km": round(road_km, 3), "cross_km": round(length_km - road_km, 3)}))
    all_reached = np.unique(np.concatenate(reached)) if reached else np.zeros(0, np.int64)
    return items, all_reached


def _wifi_items(fiber: list, table: pd.DataFrame, costs: CostModel) -> list:
    """One public Wi-Fi point per village the fiber items reach that has none, requiring the
    first item (in the fiber plan's order) that reaches it."""
    has_wifi = table["public_wifi"].to_numpy(bool)
    out, seen = [], set()
    for item in fiber:
        for i in item.gains.get("fixed", []):
            if has_wifi[i] or i in seen:
                continue
            seen.add(i)
            vid = table["village_id"].iloc[i]
            out.append(Candidate(
                f"W-{vid}", "wifi", None, str(table["district"].iloc[i]), costs.wifi_point_vnd,
                costs.opex("wifi"), {}, requires=(item.id,),
                label=Text(f"Public Wi-Fi point at {table['name'].iloc[i]}",
                           f"Điểm Wi-Fi công cộng tại {table['name'].iloc[i]}"),
                geometry=shapely.Point(table["centre_lon"].iloc[i], table["centre_lat"].iloc[i]),
                meta={"village": int(i), "optional": True}))
    return out


def _satellite_item(i: int, table: pd.DataFrame, costs: CostModel) -> Candidate:
    vid = table["village_id"].iloc[i]
    return Candidate(
        f"S-{vid}", "satellite", None, str(table["district"].iloc[i]),
        costs.satellite_vnd_per_village, costs.opex("satellite"), {"fixed": np.array([i])},
        label=Text(f"Satellite terminal at {table['name'].iloc[i]} (last resort)",
                   f"Trạm vệ tinh tại {table['name'].iloc[i]} (giải pháp cuối cùng)"),
        geometry=shapely.Point(table["centre_lon"].iloc[i], table["centre_lat"].iloc[i]),
        meta={"village": i, "last_resort": True})


__all__ = ["CandidateSet", "build_candidates", "CATEGORY_FLAGS", "POWER_PROXY"]
