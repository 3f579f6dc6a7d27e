"""The rollout optimiser's greedy: the fallback when the MILP fails or runs out of time, and the
floor the MILP's answer must beat.

Budgeted maximum coverage (Khuller, Moss & Naor, Inf. Process. Lett. 70, 1999): repeatedly take
the affordable *package* (an item together with its required ancestors not yet built) with the
largest marginal weighted gain per VND, Δ(S ∪ P) / k(P), under the budget, the per-carrier and
the per-district caps. Ratio-greedy alone can be arbitrarily bad (one expensive item that serves
the most is never taken when a cheap item with a better ratio eats the budget); so it is also
run after seeding each of the few packages with the largest gain alone, and the best run is
kept (the partial-enumeration repair of Khuller et al., with single seeds). Must-serve pairs
are covered first, by must-serve pairs gained per VND.

Then :func:`prune` drops, most expensive first, any chosen item whose removal loses nothing
(no weighted pair, no must-serve pair, no chosen item requires it).
"""

from __future__ import annotations

import numpy as np

from coverage_planner.core.planning.rollout_solver import Instance, objective

TOL = 1e-9


class _State:
    """Arrays shared by the greedy runs of one instance and budget."""

    def __init__(self, inst: Instance, budget: float):
        A = inst.A.tocsc()
        self.inst, self.budget = inst, budget
        self.ptr, self.idx = A.indptr, A.indices
        self.AT = A.T.tocsr()
        m = inst.m
        self.G = np.zeros((len(inst.groups), m), bool)
        for g, (_cap, items) in enumerate(inst.groups):
            self.G[g, items] = True
        self.cap = np.array([cap for cap, _ in inst.groups], float)
        self.has_anc = np.array([len(a) > 0 for a in inst.ancestors], bool)

    def pairs(self, items) -> np.ndarray:
        parts = [self.idx[self.ptr[i]:self.ptr[i + 1]] for i in items]
        return np.unique(np.concatenate(parts)) if parts else np.zeros(0, int)

    def package(self, i: int, chosen: np.ndarray) -> np.ndarray:
        anc = self.inst.ancestors[i]
        return np.concatenate([[i], anc[~chosen[anc]]]).astype(int)

    def fits(self, pkg, spent: float, used: np.ndarray) -> bool:
        cost = self.inst.cost[pkg]
        if spent + cost.sum() > self.budget * (1 + TOL) + 1e-6:
            return False
        add = (self.G[:, pkg] * cost).sum(axis=1)
        return bool(np.all(used + add <= self.cap * (1 + TOL) + 1e-6))


def _run(st: _State, seed: int | None) -> np.ndarray:
    inst = st.inst
    m = inst.m
    chosen = np.zeros(m, bool)
    covered = np.zeros(inst.A.shape[0], bool)
    used = np.zeros(len(inst.groups))
    spent = 0.0

    def take(pkg):
        nonlocal spent
        chosen[pkg] = True
        covered[st.pairs(pkg)] = True
        used[:] += (st.G[:, pkg] * inst.cost[pkg]).sum(axis=1)
        spent += float(inst.cost[pkg].sum())

    if seed is not None:
        pkg = st.package(seed, chosen)
        if st.fits(pkg, spent, used):
            take(pkg)
    phases = [inst.must.astype(float)] if inst.must.any() else []
    phases.append(inst.W)
    for weight in phases:
        while True:
            value = np.where(covered, 0.0, weight)
            gain = st.AT @ value
            pcost = inst.cost.copy()
            head = st.cap - used
            item_head = np.where(st.G, head[:, None], np.inf).min(axis=0) if len(head) \
                else np.full(m, np.inf)
            ok = (~chosen & (gain > 1e-12)
                  & (spent + pcost <= st.budget * (1 + TOL) + 1e-6)
                  & (pcost <= item_head * (1 + TOL) + 1e-6))
            for i in np.flatnonzero(st.has_anc & ~chosen & (gain > 1e-12)):
                pkg = st.package(i, chosen)
                if len(pkg) > 1:
                    pcost[i] = inst.cost[pkg].sum()
                    gain[i] = value[st.pairs(pkg)].sum()
                    ok[i] = st.fits(pkg, spent, used)
            cands = np.flatnonzero(ok)
            if not len(cands):
                break
            ratio = gain[cands] / np.maximum(pcost[cands], 1e-9)
            take(st.package(int(cands[np.argmax(ratio)]), chosen))
    return chosen


def must_met(inst: Instance, x: np.ndarray) -> bool:
    """Every must-serve pair is served by the chosen set ``x``."""
    if not inst.must.any():
        return True
    if not x.any():
        return False
    hit = inst.A[:, np.flatnonzero(x)].sum(axis=1).A1 > 0
    return bool(hit[inst.must].all())


def greedy_select(inst: Instance, budget: float, seeds: int = 3) -> np.ndarray:
    """The best of the ratio greedy and the greedy seeded with each of the ``seeds`` packages
    of largest gain alone (preferring runs that serve every must-serve pair, then the cheaper)."""
    st = _State(inst, budget)
    runs = [_run(st, None)]
    if inst.m and seeds:
        empty = np.zeros(inst.m, bool)
        alone = st.AT @ inst.W
        fits = np.zeros(inst.m, bool)
        for i in range(inst.m):
            pkg = st.package(i, empty) if st.has_anc[i] else np.array([i])
            if len(pkg) > 1:
                alone[i] = inst.W[st.pairs(pkg)].sum()
            fits[i] = alone[i] > 0 and st.fits(pkg, 0.0, np.zeros(len(inst.groups)))
        alone = np.where(fits, alone, -1.0)
        for i in np.argsort(-alone, kind="stable")[:seeds]:
            if alone[i] > 0:
                runs.append(_run(st, int(i)))

    def key(x):
        return (must_met(inst, x), objective(inst, x), -inst.cost[x].sum())

    return max(runs, key=key)


def prune(inst: Instance, x: np.ndarray) -> np.ndarray:
    """Drop chosen items whose removal loses nothing, the most expensive first: the same
    objective (and must-serve) for less money."""
    x = x.copy()
    if not x.any():
        return x
    A = inst.A.tocsc()
    count = np.asarray(A[:, np.flatnonzero(x)].sum(axis=1)).ravel()
    for i in np.argsort(-inst.cost, kind="stable"):
        if not x[i]:
            continue
        if len(inst.edges) and np.any(x[inst.edges[inst.edges[:, 1] == i, 0]]):
            continue
        pairs = A.indices[A.indptr[i]:A.indptr[i + 1]]
        lost = pairs[count[pairs] == 1]
        if inst.W[lost].sum() <= 0 and not inst.must[lost].any():
            x[i] = False
            count[pairs] -= 1
    return x
