"""A synthetic FTTH network: trunks between district exchanges, distribution cables and access
points (splitter boxes) into the villages. NOT the carriers' real network.

Villages are connected in order of remoteness (nearest to an exchange first) along the local
roads until exactly ``target`` villages have their centre or a household cluster within drop
reach of a distribution cable or an access point — the rule of DOMAIN.md §4. A candidate cable
that would pass ambiguously close to the drop reach of a village it does not serve (within
±``margin`` m) is not built, so the count does not hinge on rounding.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from scipy.sparse.csgraph import dijkstra

from coverage_planner.core.common.geo import UTM48N
from coverage_planner.datagen.laocai.roads import RoadGraph

FIBER_VILLAGES = 1292


def _path_to(pred: np.ndarray, start: int, stop: set[int]) -> list[int]:
    path = [start]
    while path[-1] not in stop and pred[path[-1]] >= 0:
        path.append(int(pred[path[-1]]))
    return path


def build_fiber(villages: gpd.GeoDataFrame, clusters: gpd.GeoDataFrame, graph: RoadGraph,
                remote: np.ndarray, reach: float = 500.0, margin: float = 1.0,
                target: int = FIBER_VILLAGES):
    """Cables (lines) and access points (points), UTM, and the boolean 'has fiber' per village."""
    nv = graph.n_villages
    ex_nodes = graph.exchange_nodes()
    _, pred, _ = dijkstra(graph.tree, indices=ex_nodes, min_only=True, return_predecessors=True)
    # trunks: each exchange to the provincial exchange (Lào Cai city) along the roads
    _, pred_city = dijkstra(graph.tree, indices=ex_nodes[0], return_predecessors=True)
    trunks, cabled = [], {int(ex_nodes[0])}
    for node in ex_nodes[1:]:
        path = _path_to(pred_city, int(node), cabled)
        if len(path) > 1:
            trunks.append(shapely.linestrings(graph.xy[path]))
        cabled.update(path)
    # trunks carry no drops: only exchanges count as places a distribution cable may start from
    cabled = set(int(n) for n in ex_nodes)

    # every point that decides a village's fiber status: centre and household clusters
    pts = np.vstack([villages[["centre_x", "centre_y"]].to_numpy(),
                     np.column_stack([clusters.geometry.x, clusters.geometry.y])])
    owner = np.concatenate([np.arange(nv),
                            villages.reset_index().set_index("village_id")
                            .loc[clusters["village_id"], "index"].to_numpy()])
    tree = shapely.STRtree(shapely.points(pts))

    served = np.zeros(nv, dtype=bool)
    cables, aps = [], []
    for v in np.argsort(remote, kind="stable"):
        if served.sum() >= target:
            break
        if served[v]:
            continue
        path = _path_to(pred, int(v), cabled)
        line = shapely.linestrings(graph.xy[path]) if len(path) > 1 else None
        geom = shapely.union_all([g for g in (line, shapely.Point(graph.xy[v])) if g is not None])
        idx = tree.query(geom, predicate="dwithin", distance=reach + margin)
        d = shapely.distance(geom, shapely.points(pts[idx]))
        near = owner[idx[d <= reach]]
        band = owner[idx[(d > reach - margin)]]
        new = set(near[~served[near]].tolist())
        ambiguous = set(band[~served[band]].tolist()) - new
        if ambiguous or served.sum() + len(new) > target:
            continue
        served[list(new)] = True
        cabled.update(path)
        if line is not None:
            cables.append(line)
        aps.append(shapely.Point(graph.xy[v]))
    if served.sum() != target:
        raise RuntimeError(f"fiber reaches {served.sum()} villages, wanted {target}")

    n_t = len(trunks)
    lines = gpd.GeoDataFrame(
        {"cable_id": [f"T{i + 1:03d}" for i in range(n_t)] +
                     [f"D{i + 1:04d}" for i in range(len(cables))],
         "kind": ["trunk"] * n_t + ["distribution"] * len(cables)},
        geometry=trunks + cables, crs=UTM48N)
    points = gpd.GeoDataFrame({"ap_id": [f"AP{i + 1:04d}" for i in range(len(aps))]},
                              geometry=aps, crs=UTM48N)
    return lines, points, served


def assign_subscribers(villages: gpd.GeoDataFrame, served: np.ndarray, total: int,
                       rng) -> np.ndarray:
    """Fiber subscribers per village: only where fiber is, more in towns, never above households."""
    hh = villages["households"].to_numpy()
    rate = np.where(villages["urban"].to_numpy(), 0.85, 0.55) * rng.uniform(0.8, 1.2, len(hh))
    weight = np.where(served, hh * rate, 0.0)
    subs = np.zeros(len(hh), dtype=np.int64)
    cap = np.where(served, hh, 0)
    left = total
    while left > 0:
        open_ = (subs < cap) & (weight > 0)
        share = weight * open_ / (weight * open_).sum() * left
        add = np.minimum(np.floor(share).astype(np.int64), cap - subs)
        if add.sum() == 0:  # hand out the last few one by one, largest weight first
            for i in np.argsort(-(weight * open_), kind="stable")[:left]:
                add[i] = 1
        subs += add
        left = total - subs.sum()
    return subs
