"""Synthetic local roads linking the villages, and each village's remoteness. NOT real roads.

The local network is a minimum spanning tree over the Delaunay graph of the village centres and
district exchanges, with a cost that grows with the grade (mountain tracks are long in effort).
Villages reached only through long, steep links are the remote ones: they get fiber last and
towers last. The real main roads are kept apart (``sources.load_roads``).
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra, minimum_spanning_tree
from scipy.spatial import Delaunay

from coverage_planner.core.common.geo import UTM48N

#: district exchanges (OLT sites) at the district towns: (district name, lon, lat)
EXCHANGES = [
    ("Thành phố Lào Cai", 103.9707, 22.4856),
    ("Huyện Bát Xát", 103.8886, 22.5385),
    ("Huyện Mường Khương", 104.1160, 22.7690),
    ("Huyện Si Ma Cai", 104.2840, 22.6960),
    ("Huyện Bắc Hà", 104.2920, 22.5390),
    ("Huyện Bảo Thắng", 104.1870, 22.3180),
    ("Huyện Bảo Yên", 104.4720, 22.2350),
    ("Thị xã Sa Pa", 103.8438, 22.3364),
    ("Huyện Văn Bàn", 104.2540, 22.0880),
]


@dataclass
class RoadGraph:
    xy: np.ndarray  # node coordinates (UTM): villages first, then exchanges
    n_villages: int
    edges: np.ndarray  # (k, 2) node pairs of the spanning tree
    cost: np.ndarray  # (k,) effort of each edge
    tree: object  # sparse symmetric cost matrix of the tree

    def exchange_nodes(self) -> np.ndarray:
        return np.arange(self.n_villages, len(self.xy))


def exchanges_utm() -> gpd.GeoDataFrame:
    names, lon, lat = zip(*EXCHANGES)
    return gpd.GeoDataFrame({"district": names},
                            geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326").to_crs(UTM48N)


def build_road_graph(villages: gpd.GeoDataFrame, dem) -> RoadGraph:
    ex = exchanges_utm()
    xy = np.vstack([villages[["centre_x", "centre_y"]].to_numpy(),
                    np.column_stack([ex.geometry.x, ex.geometry.y])])
    tri = Delaunay(xy)
    a = np.concatenate([tri.simplices[:, 0], tri.simplices[:, 1], tri.simplices[:, 2]])
    b = np.concatenate([tri.simplices[:, 1], tri.simplices[:, 2], tri.simplices[:, 0]])
    pairs = np.unique(np.sort(np.column_stack([a, b]), axis=1), axis=0)
    length = np.hypot(*(xy[pairs[:, 0]] - xy[pairs[:, 1]]).T)
    z = dem(xy[:, 0], xy[:, 1])
    # the highest point along the link counts: a track over a pass is hard
    mid = dem(*(0.5 * (xy[pairs[:, 0]] + xy[pairs[:, 1]])).T)
    climb = np.maximum(mid - np.minimum(z[pairs[:, 0]], z[pairs[:, 1]]), 0.0)
    cost = length * (1.0 + 6.0 * climb / np.maximum(length, 1.0)) + 2.0 * climb
    n = len(xy)
    graph = coo_matrix((cost, (pairs[:, 0], pairs[:, 1])), shape=(n, n)).tocsr()
    mst = minimum_spanning_tree(graph).tocoo()
    edges = np.column_stack([mst.row, mst.col])
    tree = coo_matrix((mst.data, (mst.row, mst.col)), shape=(n, n)).tocsr()
    tree = tree + tree.T
    return RoadGraph(xy, len(villages), edges, mst.data, tree)


def remoteness(graph: RoadGraph, dem) -> np.ndarray:
    """Per village: effort along the local roads from the nearest exchange, plus altitude."""
    dist = dijkstra(graph.tree, indices=graph.exchange_nodes(), min_only=True)
    z = dem(graph.xy[: graph.n_villages, 0], graph.xy[: graph.n_villages, 1])
    return dist[: graph.n_villages] + 8.0 * z


def local_roads(graph: RoadGraph, max_cost: float = 9000.0) -> gpd.GeoDataFrame:
    """The tree's links short and gentle enough to be roads; the rest are footpaths (dropped)."""
    keep = graph.cost <= max_cost
    lines = shapely.linestrings(
        np.stack([graph.xy[graph.edges[keep, 0]], graph.xy[graph.edges[keep, 1]]], axis=1)
    )
    return gpd.GeoDataFrame({"kind": ["local"] * len(lines)}, geometry=lines, crs=UTM48N)
