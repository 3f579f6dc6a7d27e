"""The rollout optimiser's numerical core: the instance as arrays, the item-selection MILP and
its LP relaxation, the cost-effectiveness greedy, and the year-by-year schedule.

Notation. Items i (candidates) with budget cost k_i; pairs p = (category c, village v) that are
not yet served and that at least one item serves, with weight W_p = w_c · h_v (h_v = 1 when
counting villages, the village's households when counting households); A[p, i] = 1 when item i
serves pair p.

**Selection** (which items): binary x_i, continuous y_p in [0, 1]::

    max  Σ_p W_p y_p
    s.t. y_p ≤ Σ_i A[p, i] x_i                  (a pair counts once one of its items is built)
         Σ_i k_i x_i ≤ B                         (the whole plan's budget)
         Σ_{i of carrier o} k_i x_i ≤ B_o         (per-carrier split)
         Σ_{i in district d} k_i x_i ≤ B_d        (maximum per district)
         x_child ≤ x_parent                      (a fiber branch needs its trunk)
         y_p = 1 for the must-serve pairs

Year budgets are cumulative (year t may spend what years ≤ t left) and the caps hold over the
whole plan, so a set within the total budget can always be scheduled (all in the last year at
worst): the choice of items is exactly this one-period problem, which is T times smaller than
the x[i, t] formulation. **Scheduling** (when) is then a second MILP on the chosen items only:
binary x[i, t], Σ_t x[i, t] = 1, Σ_{s ≤ t} Σ_i k_i x[i, s] ≤ Σ_{s ≤ t} B_s, the requirement
x[child, ≤t] ≤ x[parent, ≤t], and y[p, t] ≤ Σ_i A[p, i] x[i, ≤t]; it maximises
Σ_t Σ_p W_p y[p, t] (village-years served: the most valuable items first).

Solver: ``scipy.optimize.milp`` (HiGHS, branch-and-cut). Chosen over OR-Tools and PuLP because
scipy is already a dependency (no new wheel, no external CBC binary), HiGHS is maintained and
among the fastest open MIP solvers, and it reports the dual bound and the relative MIP gap and
honours a time limit, which the plan prints.

The greedy (the fallback and the floor) is in :mod:`rollout_greedy`.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

#: relative MIP gap at which HiGHS stops (the plan reports the gap it reached)
MIP_REL_GAP = 1e-6


@contextlib.contextmanager
def _stdout_to_stderr():
    """HiGHS's MIP solver sometimes prints a diagnostic line with C printf even with its output
    off; keep it off standard output (which ``plan --json`` owns) by pointing file descriptor 1
    at standard error for the duration of a solve."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
        os.dup2(2, 1)
    except (OSError, ValueError, AttributeError):  # no real descriptors (embedded, closed)
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.dup2(saved, 1)
        os.close(saved)


def _milp(*args, **kwargs):
    with _stdout_to_stderr():
        return milp(*args, **kwargs)


@dataclass
class Instance:
    """The optimisation problem as arrays (built by ``rollout.build_instance``)."""

    ids: list  # item ids, in candidate order
    cost: np.ndarray  # (m,) budget cost k_i (VND)
    A: sparse.csc_matrix  # (P, m) pairs × items, 1 where the item serves the pair
    W: np.ndarray  # (P,) weight of each pair
    must: np.ndarray  # (P,) bool: must-serve pair
    groups: list  # [(cap VND, item indices)] per carrier and per district
    edges: np.ndarray  # (e, 2) int: (child, parent) item indices
    ancestors: list  # per item: np.ndarray of its transitive required items

    @property
    def m(self) -> int:
        return len(self.ids)


@dataclass
class Selection:
    x: np.ndarray | None  # (m,) bool, None when nothing feasible was found
    status: str  # "optimal" | "time_limit" | "infeasible" | "failed"
    bound: float  # an upper bound on the objective (inf when unknown)


def objective(inst: Instance, x: np.ndarray) -> float:
    """Σ W_p over the pairs that the chosen items serve."""
    if not x.any():
        return 0.0
    hit = inst.A[:, np.flatnonzero(x)].sum(axis=1).A1 > 0
    return float(inst.W[hit].sum())


def feasible(inst: Instance, x: np.ndarray, budget: float, tol: float = 1e-6) -> bool:
    """Budget, caps and requirements hold for the chosen set ``x``."""
    slack = tol * max(1.0, budget)
    if inst.cost[x].sum() > budget + slack:
        return False
    for cap, items in inst.groups:
        if inst.cost[items][x[items]].sum() > cap + tol * max(1.0, cap):
            return False
    if len(inst.edges) and np.any(x[inst.edges[:, 0]] & ~x[inst.edges[:, 1]]):
        return False
    return True


def _constraints(inst: Instance, budget: float, with_y: bool, budget_row: bool = True):
    m, P = inst.m, inst.A.shape[0]
    ncol = m + (P if with_y else 0)
    out = []

    def cost_row(items, cap):
        row = sparse.csr_matrix((inst.cost[items], (np.zeros(len(items), int), items)),
                                shape=(1, ncol))
        out.append(LinearConstraint(row, -np.inf, cap))

    if budget_row:
        cost_row(np.arange(m), budget)
    for cap, items in inst.groups:
        cost_row(np.asarray(items, int), cap)
    if len(inst.edges):
        e = len(inst.edges)
        rows = np.repeat(np.arange(e), 2)
        cols = inst.edges.ravel()
        vals = np.tile([1.0, -1.0], e)
        out.append(LinearConstraint(sparse.csr_matrix((vals, (rows, cols)), shape=(e, ncol)),
                                    -np.inf, 0.0))
    if with_y and P:
        cover = sparse.hstack([-inst.A, sparse.identity(P, format="csc")]).tocsr()
        out.append(LinearConstraint(cover, -np.inf, 0.0))
    return out


def select(inst: Instance, budget: float, time_limit: float, *, relax: bool = False,
           use_must: bool = True) -> Selection:
    """The selection MILP (or its LP relaxation with ``relax``)."""
    m, P = inst.m, inst.A.shape[0]
    if m == 0:
        ok = not (use_must and inst.must.any())
        return Selection(np.zeros(0, bool) if ok else None,
                         "optimal" if ok else "infeasible", 0.0)
    c = np.concatenate([np.zeros(m), -inst.W])
    lower = np.zeros(m + P)
    if use_must:
        lower[m:][inst.must] = 1.0
    integrality = np.concatenate([np.ones(m) if not relax else np.zeros(m), np.zeros(P)])
    options = {"time_limit": max(0.1, float(time_limit)), "disp": False,
               "mip_rel_gap": MIP_REL_GAP, "presolve": True}
    try:
        res = _milp(c, integrality=integrality, bounds=Bounds(lower, np.ones(m + P)),
                   constraints=_constraints(inst, budget, with_y=True), options=options)
    except (ValueError, MemoryError):  # pragma: no cover - HiGHS refusing a model
        return Selection(None, "failed", np.inf)
    if res.status == 2:
        return Selection(None, "infeasible", np.inf)
    dual = getattr(res, "mip_dual_bound", None)
    bound = -float(dual) if dual is not None and np.isfinite(dual) else np.inf
    if res.x is None:
        return Selection(None, "time_limit" if res.status == 1 else "failed", bound)
    if relax:
        return Selection(None, "optimal" if res.status == 0 else "time_limit",
                         -float(res.fun) if res.status == 0 else bound)
    x = res.x[:m] > 0.5
    if not feasible(inst, x, budget):  # pragma: no cover - rounding beyond tolerance
        return Selection(None, "failed", bound)
    if res.status == 0 and not np.isfinite(bound):
        bound = -float(res.fun)
    return Selection(x, "optimal" if res.status == 0 else "time_limit", bound)


def min_cost_for_must(inst: Instance, time_limit: float) -> float | None:
    """The least cost that serves every must-serve pair under the caps (None: impossible)."""
    m, P = inst.m, inst.A.shape[0]
    lower = np.zeros(m + P)
    lower[m:][inst.must] = 1.0
    res = _milp(np.concatenate([inst.cost, np.zeros(P)]),
               integrality=np.concatenate([np.ones(m), np.zeros(P)]),
               bounds=Bounds(lower, np.ones(m + P)),
               constraints=_constraints(inst, np.inf, with_y=True, budget_row=False),
               options={"time_limit": max(0.1, time_limit), "disp": False})
    if res.x is None:
        return None
    return float(inst.cost[res.x[:m] > 0.5].sum())


# ---------------------------------------------------------------------------------- schedule
def first_fit_years(inst: Instance, items: np.ndarray, year_budgets: np.ndarray) -> np.ndarray:
    """Years (1..T) for ``items`` (a chosen set within the total): by decreasing gain per VND,
    each in the earliest year after its parents whose cumulative budgets still hold. Always
    succeeds: the last year holds the whole set."""
    T = len(year_budgets)
    cum = np.cumsum(year_budgets)
    spent = np.zeros(T)  # spent in each year
    years = np.zeros(inst.m, int)
    gain = inst.A.T @ inst.W
    order = sorted(items, key=lambda i: (len(inst.ancestors[i]),
                                         -gain[i] / max(inst.cost[i], 1e-9)))
    for i in order:
        earliest = max([years[p] for p in inst.ancestors[i]] + [1])
        for t in range(earliest, T + 1):
            trial = spent.copy()
            trial[t - 1] += inst.cost[i]
            if np.all(np.cumsum(trial)[t - 1:] <= cum[t - 1:] * (1 + 1e-9) + 1e-6) or t == T:
                spent, years[i] = trial, t
                break
    return years[items]


def schedule(inst: Instance, items: np.ndarray, year_budgets: np.ndarray,
             time_limit: float) -> np.ndarray:
    """Years (1..T) for the chosen ``items`` maximising village-years served (module doc)."""
    T, k = len(year_budgets), len(items)
    fallback = first_fit_years(inst, items, year_budgets)
    if T == 1 or k == 0:
        return np.ones(k, int)
    sub = inst.A[:, items].tocsr()
    rows_hit = np.flatnonzero(sub.getnnz(axis=1) > 0)
    sub = sub[rows_hit]
    W = inst.W[rows_hit]
    q = len(rows_hit)
    nx, ny = k * T, q * T

    def xi(i, t):  # column of x[i, t], t = 0..T-1
        return i * T + t

    cons = []
    # each item exactly once
    r = np.repeat(np.arange(k), T)
    cons.append(LinearConstraint(
        sparse.csr_matrix((np.ones(nx), (r, np.arange(nx))), shape=(k, nx + ny)), 1.0, 1.0))
    # cumulative budgets
    cum = np.cumsum(year_budgets)
    rows, cols, vals = [], [], []
    for t in range(T):
        for i in range(k):
            for s in range(t + 1):
                rows.append(t)
                cols.append(xi(i, s))
                vals.append(inst.cost[items[i]])
    cons.append(LinearConstraint(sparse.csr_matrix((vals, (rows, cols)), shape=(T, nx + ny)),
                                 -np.inf, cum * (1 + 1e-9) + 1e-6))
    # requirements among the chosen items
    pos = {int(it): n for n, it in enumerate(items)}
    rows, cols, vals, nrow = [], [], [], 0
    for child, parent in inst.edges:
        if int(child) in pos and int(parent) in pos:
            for t in range(T):
                for s in range(t + 1):
                    rows += [nrow, nrow]
                    cols += [xi(pos[int(child)], s), xi(pos[int(parent)], s)]
                    vals += [1.0, -1.0]
                nrow += 1
    if nrow:
        cons.append(LinearConstraint(sparse.csr_matrix((vals, (rows, cols)),
                                                       shape=(nrow, nx + ny)), -np.inf, 0.0))
    # coverage by year: y[p, t] - Σ_{i serves p} Σ_{s ≤ t} x[i, s] ≤ 0
    coo = sub.tocoo()
    rows, cols, vals = [], [], []
    for t in range(T):
        for s in range(t + 1):
            rows.append(coo.row * T + t)
            cols.append(coo.col * T + s)
            vals.append(-np.ones(coo.nnz))
        rows.append(np.arange(q) * T + t)
        cols.append(nx + np.arange(q) * T + t)
        vals.append(np.ones(q))
    cover = sparse.csr_matrix((np.concatenate(vals), (np.concatenate(rows),
                                                       np.concatenate(cols))),
                              shape=(q * T, nx + ny))
    cons.append(LinearConstraint(cover, -np.inf, 0.0))
    c = np.concatenate([np.zeros(nx), -np.repeat(W, T)])
    try:
        res = _milp(c, integrality=np.concatenate([np.ones(nx), np.zeros(ny)]),
                   bounds=Bounds(0.0, 1.0), constraints=cons,
                   options={"time_limit": max(0.1, time_limit), "disp": False,
                            "mip_rel_gap": 1e-4})
    except (ValueError, MemoryError):  # pragma: no cover
        return fallback
    if res.x is None:
        return fallback
    years = res.x[:nx].reshape(k, T).argmax(axis=1) + 1
    # keep the first-fit schedule when the solver's is not better (time limit)
    return years if _value(sub, W, years, T) >= _value(sub, W, fallback, T) - 1e-9 else fallback


def _value(sub, W, years, T) -> float:
    total = 0.0
    for t in range(1, T + 1):
        built = years <= t
        total += W[sub[:, np.flatnonzero(built)].sum(axis=1).A1 > 0].sum() if built.any() else 0
    return total
