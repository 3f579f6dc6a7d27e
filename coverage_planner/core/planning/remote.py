"""The what-if evaluator in a process of its own: :class:`RemoteEvaluator`.

In the window, an evaluation in a thread shares the interpreter's lock with the GUI thread: the
GUI's work on an edit (the command, the markers, the panel) and the evaluation slow each other,
and an answer took twice the evaluator's own time. In a child process the evaluation runs on the
other core.

What crosses the pipe is small: the scenario's stack operations since the last request (each
``("push", command dict)``, ``("undo",)`` or ``("redo",)``, see ``UndoStack.log``), replayed on
the child's copy of the scenario so that its state is the parent's row for row; and back the
result and the delta (0.35 MB and 1 ms to unpickle on the embedded data, 3 MB and 6 ms at 15,000
villages). The child builds its own :class:`~coverage_planner.core.planning.whatif.Evaluator`
from the engine's disk cache (the parent's analysis filled it), so it holds a second copy of the
baseline's levels: the memory an instant answer costs.

The child is started with ``spawn``: it inherits no thread, lock or Qt state of the parent.
"""

from __future__ import annotations

import multiprocessing as mp
import threading

from coverage_planner.core.project.model import Project

#: how long the child may take to build its evaluator (it reads the engine's disk cache)
START_TIMEOUT_S = 600.0
#: the child's answer when its copy of a scenario is not where the parent thinks
RESYNC = "resync"


class RemoteError(RuntimeError):
    """The child process failed or went away."""


class RemoteEvaluator:
    """An evaluator in a child process. Calls block the calling thread (never the GUI's) and are
    served one at a time.

    Parameters
    ----------
    baseline : the project every scenario is an edit of
    templates : the new masts' templates (``planning.templates``), as the scenarios use them
    """

    def __init__(self, baseline: Project, templates: dict | None = None):
        ctx = mp.get_context("spawn")
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(target=_serve, args=(child,), daemon=True,
                                    name="coverage-planner-whatif")
        self._process.start()
        child.close()
        self._lock = threading.RLock()
        self._synced: dict[str, int] = {}  # scenario uid -> stack log entries sent
        try:
            self._call(("start", _portable(baseline), templates), START_TIMEOUT_S)
        except BaseException:
            self.close()
            raise

    def _call(self, message: tuple, timeout: float | None = None):
        with self._lock:
            try:
                self._conn.send(message)
                if timeout is not None and not self._conn.poll(timeout):
                    raise RemoteError("the what-if process did not answer")
                kind, payload = self._conn.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                raise RemoteError(f"the what-if process stopped: {exc}") from exc
        if kind == "error":
            raise payload
        return payload

    def evaluate(self, scenario, preview=None, upto: int | None = None):
        """``(result, delta)`` of ``scenario`` (a ``planning.scenario.Scenario``), or with
        ``preview`` (a command) the result of the scenario as if it were applied and None.

        ``upto``: the state after that many entries of the scenario's log (the state when the
        evaluation was asked for; the log may have grown since), by default all of them.
        """
        log = scenario.stack.log
        upto = len(log) if upto is None else upto
        with self._lock:  # one scenario's copy is brought up to date by one call at a time
            sent = self._synced.get(scenario.uid, 0)
            command = preview.to_dict() if preview is not None else None
            if sent > upto:  # an older state than the child's copy: all of it again
                sent = 0
            out = self._call(("evaluate", scenario.uid, sent, log[sent:upto], command))
            if out == RESYNC:  # the child's copy is not where this side thought
                out = self._call(("evaluate", scenario.uid, 0, log[:upto], command))
            self._synced[scenario.uid] = upto
        return out

    @property
    def alive(self) -> bool:
        return self._process.is_alive()

    def close(self) -> None:
        """Stop the child (at once: nothing it holds needs saving)."""
        try:
            with self._lock:
                self._conn.send(("stop",))
        except (OSError, BrokenPipeError):
            pass
        self._process.join(timeout=2)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=2)
        self._conn.close()


def _portable(project: Project) -> Project:
    """The project without what is kept on it for this process (points, columns)."""
    from dataclasses import replace

    return replace(project)


def _serve(conn) -> None:
    """The child: build the evaluator, then answer until told to stop."""
    from coverage_planner.core.planning.scenario import Scenario, command_from_dict
    from coverage_planner.core.planning.whatif import Evaluator, delta

    evaluator = baseline = templates = None
    scenarios: dict = {}  # uid -> (Scenario, log entries applied)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        kind = message[0]
        if kind == "stop":
            return
        try:
            if kind == "start":
                _, baseline, templates = message
                evaluator = Evaluator(baseline)
                from coverage_planner.core.engine.pathloss import warm_up

                warm_up(baseline.profile.models.values())  # not at the first edit
                conn.send(("ok", None))
                continue
            _, uid, first, entries, preview = message
            scenario, applied = scenarios.get(uid, (None, 0))
            if first == 0:
                scenario, applied = Scenario(baseline, templates=templates), 0
            elif scenario is None or applied != first:
                conn.send(("ok", RESYNC))
                continue
            for entry in entries:
                if entry[0] == "push":
                    scenario.push(command_from_dict(entry[1]))
                elif entry[0] == "undo":
                    scenario.stack.undo()
                else:
                    scenario.stack.redo()
            scenarios[uid] = (scenario, applied + len(entries))
            if preview is not None:
                result = evaluator.evaluate(scenario.preview(command_from_dict(preview)),
                                            use_cache=False)
                conn.send(("ok", (result, None)))
            else:
                result = evaluator.evaluate(scenario.project(), use_cache=False)
                conn.send(("ok", (result, delta(evaluator.result, result))))
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller
            try:
                conn.send(("error", exc))
            except Exception:  # an exception that does not pickle
                conn.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
