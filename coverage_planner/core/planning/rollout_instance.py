"""The rollout optimiser's input: candidates, the request, their checks, and the arrays the
solver works on (:class:`coverage_planner.core.planning.rollout_solver.Instance`).

Bad input (a village index out of range, a requirement naming no candidate, a cycle of
requirements, a negative budget) raises :class:`DataError` with the fix, never a traceback.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.planning.costs import group
from coverage_planner.core.planning.rollout_solver import Instance

#: fixed broadband, mobile broadband (3G/4G), mobile signal
CATEGORIES = ("fixed", "broadband", "signal")
CATEGORY_LABELS = {
    "fixed": Text("fixed broadband", "băng rộng cố định"),
    "broadband": Text("mobile broadband (3G/4G)", "băng rộng di động (3G/4G)"),
    "signal": Text("mobile signal", "sóng di động"),
}
KINDS = ("mast", "upgrade", "fiber", "wifi", "satellite")


@dataclass
class Candidate:
    """An investment the plan may choose."""

    id: str
    kind: str  # "mast" | "upgrade" | "fiber" | "wifi" | "satellite"
    operator: str | None
    district: str | None
    capex_vnd: float
    opex_vnd_per_year: float
    gains: dict  # category -> np.ndarray of village indices (0..n-1) served in that category
    requires: tuple = ()  # ids of candidates this one needs built first
    label: object = ""  # Text or str
    geometry: object = None  # shapely geometry in EPSG:4326
    meta: dict = field(default_factory=dict)


@dataclass
class PlanRequest:
    """What the planner asks for. Money in VND."""

    budget_vnd: float
    years: int = 1
    #: budget of each year (len = years; unspent money carries over); default: even split
    budget_per_year_vnd: list | None = None
    weights: dict = field(
        default_factory=lambda: {"fixed": 1.0, "broadband": 1.0, "signal": 2.0})
    count: str = "villages"  # or "households"
    #: per-carrier caps (carriers not named are not capped)
    operator_budgets_vnd: dict | None = None
    #: category -> village indices that must be served (the priority list)
    must_serve: dict | None = None
    max_per_district_vnd: float | None = None
    time_limit_s: float = 30.0
    #: years of operating cost the budget also pays for (0: the budget is capex only)
    opex_years_in_budget: int = 0
    #: village names for the messages (default: "#index")
    village_names: list | None = None


def _bad(problem: Text, fix: Text, column: str | None = None, row: int | None = None):
    return DataError(None, problem, fix, row=row, column=column)


def _number(value, name: str, *, positive: bool = False) -> float:
    ok = (not isinstance(value, bool) and isinstance(value, (int, float, np.number))
          and math.isfinite(value) and (value > 0 if positive else value >= 0))
    if not ok:
        raise _bad(Text(f"'{name}' must be a number ≥ 0, got {value!r}",
                        f"'{name}' phải là một số ≥ 0, nhận được {value!r}"),
                   Text("write a non-negative amount", "ghi một số không âm"), column=name)
    return float(value)


def year_budgets(request: PlanRequest, budget: float | None = None) -> np.ndarray:
    """The budget of each year (VND)."""
    years = request.years
    if not isinstance(years, (int, np.integer)) or isinstance(years, bool) or years < 1:
        raise _bad(Text(f"'years' must be a whole number ≥ 1, got {years!r}",
                        f"'years' phải là số nguyên ≥ 1, nhận được {years!r}"),
                   Text("write e.g. 3", "ghi ví dụ 3"), column="years")
    if request.budget_per_year_vnd is not None:
        per_year = [_number(b, "budget_per_year_vnd") for b in request.budget_per_year_vnd]
        if len(per_year) != years:
            raise _bad(Text(f"{len(per_year)} yearly budget(s) for {years} year(s)",
                            f"{len(per_year)} ngân sách năm cho {years} năm"),
                       Text("give one budget per year", "ghi một ngân sách cho mỗi năm"),
                       column="budget_per_year_vnd")
        return np.asarray(per_year, float)
    total = _number(request.budget_vnd if budget is None else budget, "budget_vnd")
    return np.full(years, total / years)


def money(vnd: float, lang: str) -> str:
    return f"{group(vnd, lang)} {'đồng' if lang == 'vi' else 'VND'}"


def village_list(villages, names=None, limit: int = 10) -> str:
    villages = [int(v) for v in villages]
    shown = [str(names[v]) if names is not None and v < len(names) else f"#{v}"
             for v in villages[:limit]]
    more = f" … (+{len(villages) - limit})" if len(villages) > limit else ""
    return ", ".join(shown) + more


def _check_request(request: PlanRequest, n: int) -> None:
    year_budgets(request)
    if request.budget_per_year_vnd is None:
        _number(request.budget_vnd, "budget_vnd")
    for cat, w in request.weights.items():
        if cat not in CATEGORIES:
            raise _bad(Text(f"unknown category '{cat}' in the weights",
                            f"hạng mục '{cat}' không có trong trọng số"),
                       Text(f"use {', '.join(CATEGORIES)}", f"dùng {', '.join(CATEGORIES)}"),
                       column="weights")
        _number(w, f"weights.{cat}")
    if request.count not in ("villages", "households"):
        raise _bad(Text(f"'count' must be 'villages' or 'households', got {request.count!r}",
                        f"'count' phải là 'villages' hoặc 'households', nhận {request.count!r}"),
                   Text("write 'villages' or 'households'", "ghi 'villages' hoặc 'households'"),
                   column="count")
    for name, cap in (request.operator_budgets_vnd or {}).items():
        _number(cap, f"operator_budgets_vnd.{name}")
    if request.max_per_district_vnd is not None:
        _number(request.max_per_district_vnd, "max_per_district_vnd")
    for cat, villages in (request.must_serve or {}).items():
        if cat not in CATEGORIES:
            raise _bad(Text(f"unknown category '{cat}' in the priority list",
                            f"hạng mục '{cat}' không có trong danh sách ưu tiên"),
                       Text(f"use {', '.join(CATEGORIES)}", f"dùng {', '.join(CATEGORIES)}"),
                       column="must_serve")
        v = np.asarray(villages, int).ravel()
        if len(v) and (v.min() < 0 or v.max() >= n):
            raise _bad(Text(f"priority village index out of range 0..{n - 1}",
                            f"chỉ số thôn ưu tiên ngoài khoảng 0..{n - 1}"),
                       Text("give village indices of the village table",
                            "ghi chỉ số thôn theo bảng thôn"), column="must_serve")


def _ancestors(ids: list, requires: list) -> list:
    """Transitive requirements per item (indices); DataError on a cycle."""
    index = {cid: i for i, cid in enumerate(ids)}
    parents = []
    for i, reqs in enumerate(requires):
        ps = []
        for r in reqs:
            if r not in index:
                raise _bad(Text(f"candidate '{ids[i]}' requires '{r}', which is not a candidate",
                                f"phương án '{ids[i]}' cần '{r}', không có trong danh sách"),
                           Text("add the required candidate or drop the requirement",
                                "thêm phương án được yêu cầu hoặc bỏ yêu cầu"),
                           column="requires", row=i + 1)
            ps.append(index[r])
        parents.append(ps)
    state = [0] * len(ids)  # 0 new, 1 on the stack, 2 done
    result: list = [None] * len(ids)

    def visit(i):
        stack = [(i, iter(parents[i]))]
        state[i] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                acc = set()
                for p in parents[node]:
                    acc.add(p)
                    acc.update(result[p].tolist())
                result[node] = np.array(sorted(acc), int)
                state[node] = 2
                stack.pop()
            elif state[nxt] == 1:
                raise _bad(Text(f"the requirements of '{ids[nxt]}' form a cycle",
                                f"yêu cầu của '{ids[nxt]}' tạo thành vòng lặp"),
                           Text("a candidate cannot require itself, even indirectly",
                                "một phương án không thể tự yêu cầu chính nó"),
                           column="requires", row=nxt + 1)
            elif state[nxt] == 0:
                state[nxt] = 1
                stack.append((nxt, iter(parents[nxt])))

    for i in range(len(ids)):
        if state[i] == 0:
            visit(i)
    return result


def build_instance(candidates, households, served, request: PlanRequest):
    """Check the input and build the solver's :class:`Instance`; also returns a context dict
    (candidates, households, served as (n,) bool per category, unreachable must-serve)."""
    households = np.asarray(households, float).ravel()
    n = len(households)
    if not np.all(np.isfinite(households)) or np.any(households < 0):
        raise _bad(Text("households must be numbers ≥ 0", "số hộ phải là số ≥ 0"),
                   Text("check the village table's households", "kiểm tra số hộ của bảng thôn"),
                   column="households")
    done = {}
    for cat in CATEGORIES:
        s = np.zeros(n, bool) if served.get(cat) is None else np.asarray(served[cat], bool)
        if s.shape != (n,):
            raise _bad(Text(f"'served' for {cat} has {s.size} values for {n} villages",
                            f"'served' của {cat} có {s.size} giá trị cho {n} thôn"),
                       Text("give one value per village", "ghi một giá trị cho mỗi thôn"),
                       column="served")
        done[cat] = s
    _check_request(request, n)
    cands = list(candidates)
    ids = [c.id for c in cands]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise _bad(Text(f"duplicate candidate id(s): {', '.join(map(str, dup))}",
                        f"mã phương án bị trùng: {', '.join(map(str, dup))}"),
                   Text("give every candidate its own id", "đặt mã riêng cho mỗi phương án"),
                   column="id")
    weights = {c: float(request.weights.get(c, 0.0)) for c in CATEGORIES}
    per_village = households if request.count == "households" else np.ones(n)
    must = {c: np.zeros(n, bool) for c in CATEGORIES}
    for cat, villages in (request.must_serve or {}).items():
        must[cat][np.asarray(villages, int).ravel()] = True
    # pairs: (category, village) not served, reachable by some item, with weight or must
    reach = {c: np.zeros(n, bool) for c in CATEGORIES}
    cost = np.zeros(len(cands))
    for i, cd in enumerate(cands):
        capex = _number(cd.capex_vnd, f"{cd.id}.capex_vnd")
        opex = _number(cd.opex_vnd_per_year, f"{cd.id}.opex_vnd_per_year")
        cost[i] = capex + request.opex_years_in_budget * opex
        for cat, villages in cd.gains.items():
            v = np.asarray(villages, int).ravel()
            if cat not in CATEGORIES or (len(v) and (v.min() < 0 or v.max() >= n)):
                raise _bad(Text(f"candidate '{cd.id}': bad gains for '{cat}'",
                                f"phương án '{cd.id}': danh sách thôn của '{cat}' không hợp lệ"),
                           Text(f"categories {', '.join(CATEGORIES)}; villages 0..{n - 1}",
                                f"hạng mục {', '.join(CATEGORIES)}; thôn 0..{n - 1}"),
                           column="gains", row=i + 1)
            reach[cat][v] = True
    pid, pair_w, pair_must, unreachable = {}, [], [], {}
    count = 0
    for cat in CATEGORIES:
        open_ = ~done[cat]
        keep = open_ & reach[cat] & ((weights[cat] * per_village > 0) | must[cat])
        pid[cat] = np.full(n, -1)
        pid[cat][keep] = count + np.arange(keep.sum())
        count += int(keep.sum())
        pair_w.append((weights[cat] * per_village)[keep])
        pair_must.append(must[cat][keep])
        lost = np.flatnonzero(must[cat] & open_ & ~reach[cat])
        if len(lost):
            unreachable[cat] = lost
    rows, cols = [], []
    for i, cd in enumerate(cands):
        for cat, villages in cd.gains.items():
            p = pid[cat][np.asarray(villages, int).ravel()]
            p = np.unique(p[p >= 0])
            rows.append(p)
            cols.append(np.full(len(p), i))
    r = np.concatenate(rows) if rows else np.zeros(0, int)
    c = np.concatenate(cols) if cols else np.zeros(0, int)
    A = sparse.csc_matrix((np.ones(len(r)), (r, c)), shape=(count, len(cands)))
    groups = []
    for name, cap in (request.operator_budgets_vnd or {}).items():
        items = np.array([i for i, cd in enumerate(cands) if cd.operator == name], int)
        if len(items):
            groups.append((float(cap), items))
    if request.max_per_district_vnd is not None:
        for d in sorted({cd.district for cd in cands if cd.district is not None}):
            items = np.array([i for i, cd in enumerate(cands) if cd.district == d], int)
            groups.append((float(request.max_per_district_vnd), items))
    ancestors = _ancestors(ids, [tuple(cd.requires) for cd in cands])
    index = {cid: i for i, cid in enumerate(ids)}
    edges = [(i, index[r]) for i, cd in enumerate(cands) for r in cd.requires]
    inst = Instance(ids=ids, cost=cost, A=A,
                    W=np.concatenate(pair_w) if pair_w else np.zeros(0),
                    must=np.concatenate(pair_must) if pair_must else np.zeros(0, bool),
                    groups=groups, edges=np.asarray(edges, int).reshape(-1, 2),
                    ancestors=ancestors)
    ctx = {"candidates": cands, "households": households, "served": done,
           "unreachable": unreachable}
    return inst, ctx
