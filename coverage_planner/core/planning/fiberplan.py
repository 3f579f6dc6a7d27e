"""Suggested fiber extensions for the villages lacking fixed broadband.

For each such village: the cheapest extension of the existing network (any cable or access
point) to a new access point at the village centre, **along the roads where known, straight
otherwise**. Roads are a graph (the roads layer's vertices, snapped to 1 m); leaving the roads
costs twice its length (trenching across country), so a route follows a road unless the road
is more than twice as long. Villages are connected cheapest first and every extension built
becomes network for the next ones (a greedy Steiner tree: villages in one valley share a cable).
A village that an earlier extension already passes within drop reach of costs nothing.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
import shapely.ops
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

from coverage_planner.core.common.geo import metric_crs_for
from coverage_planner.core.project.model import Project

OFF_ROAD_FACTOR = 2.0
LINKS_PER_VILLAGE = 3
ATTACH_RADIUS_M = 3000.0


def _road_graph(roads: gpd.GeoDataFrame | None, crs: str):
    if roads is None or roads.empty:
        return np.empty((0, 2)), np.empty((0, 2), int), np.empty(0)
    lines = shapely.get_parts(roads.to_crs(crs).geometry.values)
    coords, index = shapely.get_coordinates(lines, return_index=True)
    keys = np.round(coords).astype(np.int64)
    uniq, inv = np.unique(keys, axis=0, return_inverse=True)
    inv = inv.ravel()
    same_line = index[1:] == index[:-1]
    a, b = inv[:-1][same_line], inv[1:][same_line]
    keep = a != b
    a, b = a[keep], b[keep]
    length = np.hypot(*(uniq[a] - uniq[b]).T).astype(float)
    return uniq.astype(float), np.column_stack([a, b]), length


def plan_fiber(project: Project, gap_ids, reach_m: float | None = None):
    """Extensions (metric lines, with village_id, length_m, road_m) for the villages ``gap_ids``.

    Returns ``(lines GeoDataFrame in EPSG:4326, per-village DataFrame, total length m)``.
    """
    reach = project.profile.fiber_drop_reach_m if reach_m is None else reach_m
    crs = metric_crs_for(project.villages)
    v = project.villages.set_index("village_id", drop=False).loc[list(gap_ids)]
    centres = gpd.GeoSeries(gpd.points_from_xy(v["centre_lon"], v["centre_lat"]),
                            crs="EPSG:4326").to_crs(crs)
    vxy = np.column_stack([centres.x, centres.y])
    network = [g for g in (project.fiber_cables, project.fiber_access_points)
               if g is not None and len(g)]
    if not network:
        raise ValueError("no fiber network to extend")
    net = np.concatenate([g.to_crs(crs).geometry.values for g in network])
    net_tree = shapely.STRtree(net)

    nodes, edges, length = _road_graph(project.roads, crs)
    n_road, n_v = len(nodes), len(vxy)
    # node ids: roads [0, n_road), villages [n_road, n_road + n_v), source S = last
    S = n_road + n_v
    src, dst, w = [edges[:, 0], edges[:, 1]], [edges[:, 1], edges[:, 0]], [length, length]
    if n_road:
        road_tree = cKDTree(nodes)
        k = min(LINKS_PER_VILLAGE, n_road)
        d, j = road_tree.query(vxy, k=k)
        d, j = d.reshape(n_v, k), j.reshape(n_v, k)
        for col in range(k):
            src += [n_road + np.arange(n_v), j[:, col]]
            dst += [j[:, col], n_road + np.arange(n_v)]
            w += [OFF_ROAD_FACTOR * d[:, col]] * 2
        # road nodes near the network attach to it
        (i_node, _), d_net = net_tree.query_nearest(shapely.points(nodes), return_distance=True,
                                                    all_matches=False)
        near = d_net <= ATTACH_RADIUS_M
        src.append(np.full(near.sum(), S))
        dst.append(i_node[near])
        w.append(np.maximum(OFF_ROAD_FACTOR * d_net[near], 1e-3))
    (i_v, _), d_vnet = net_tree.query_nearest(shapely.points(vxy), return_distance=True,
                                              all_matches=False)
    straight = np.full(n_v, np.inf)
    straight[i_v] = d_vnet
    src.append(np.full(n_v, S))
    dst.append(n_road + np.arange(n_v))
    w.append(np.maximum(OFF_ROAD_FACTOR * straight, 1e-3))
    n = S + 1
    rows, cols, weights = np.concatenate(src), np.concatenate(dst), np.concatenate(w)
    base = coo_matrix((weights, (rows, cols)), shape=(n, n)).tocsr()
    all_xy = np.vstack([nodes, vxy, [[np.nan, np.nan]]])

    built: list = []  # extension lines (metric)
    new_sources: set[int] = set()
    records = []
    remaining = set(range(n_v))
    while remaining:
        graph = base
        if new_sources:
            extra = coo_matrix((np.full(len(new_sources), 1e-3),
                                (np.full(len(new_sources), S), np.fromiter(new_sources, int))),
                               shape=(n, n)).tocsr()
            graph = base + extra
        dist, pred = dijkstra(graph, directed=True, indices=S, return_predecessors=True)
        # a village already within reach of an extension costs nothing
        if built:
            covered = shapely.dwithin(shapely.union_all(built), shapely.points(vxy), reach)
            for i in [i for i in remaining if covered[i]]:
                remaining.discard(i)
                records.append((i, 0.0, 0.0, 0.0, "within reach of an extension"))
            if not remaining:
                break
        order = sorted(remaining, key=lambda i: dist[n_road + i])
        i = order[0]
        remaining.discard(i)
        path = [n_road + i]
        while pred[path[-1]] >= 0 and pred[path[-1]] != S:
            path.append(int(pred[path[-1]]))
        first = path[-1]
        pts = [tuple(all_xy[p]) for p in reversed(path)]
        if first not in new_sources:
            # the route leaves the existing network at its point nearest to the first node
            start = shapely.Point(all_xy[first])
            on_net = shapely.ops.nearest_points(net[net_tree.nearest(start)], start)[0]
            pts.insert(0, (on_net.x, on_net.y))
        line = shapely.LineString(pts) if len(pts) > 1 else None
        road_m = float(sum(np.hypot(*(all_xy[a] - all_xy[b]))
                           for a, b in zip(path[:-1], path[1:]) if a < n_road and b < n_road))
        total_m = float(line.length) if line is not None else 0.0
        if line is not None:
            built.append(line)
        new_sources.update(p for p in path if p < n_road)
        new_sources.add(n_road + i)
        records.append((i, total_m, road_m, float(straight[i]),
                        "along roads" if road_m > 0 else "straight"))
        del dist

    table = pd.DataFrame(records, columns=["i", "length_m", "road_m", "straight_m", "route"])
    table = table.sort_values("i").reset_index(drop=True)
    for col in ("village_id", "name", "commune", "district", "households"):
        table[col] = v[col].to_numpy()[table["i"]]
    table = table.drop(columns="i")[["village_id", "name", "commune", "district", "households",
                                     "length_m", "road_m", "straight_m", "route"]]
    table[["length_m", "road_m", "straight_m"]] = table[["length_m", "road_m",
                                                         "straight_m"]].round(0)
    ids = [r[0] for r in records if r[1] > 0]
    lines = gpd.GeoDataFrame(
        {"village_id": v["village_id"].to_numpy()[ids],
         "length_m": [round(b.length) for b in built]},
        geometry=built, crs=crs).to_crs("EPSG:4326")
    return lines, table, float(table["length_m"].sum())


__all__ = ["plan_fiber"]
