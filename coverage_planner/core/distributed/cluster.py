"""Talking to a Dask scheduler, for the CLI and the desktop app alike: the address, whether the
scheduler answers (its workers, their threads and memory), and what to tell the user when it
does not.

Qt-free; ``distributed`` is imported inside the functions that need it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from coverage_planner.core.common.errors import CancelledError, DataError
from coverage_planner.core.common.text import Text

#: ``dask scheduler``'s port unless told otherwise
DEFAULT_PORT = 8786
#: the dashboard's port: an address with it is a common slip
DASHBOARD_PORT = 8787
SCHEMES = ("tcp", "tls")
#: host names (RFC 1123 labels) and IPv4 addresses; IPv6 goes in brackets
_HOST = re.compile(r"^[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))*$")
_EXAMPLE = "tcp://10.0.0.5:8786"

#: how to start a cluster (docs/cluster.md §2); callers add their own alternative
START_FIX = Text("start it with `dask scheduler` and the workers with `dask worker "
                 "tcp://HOST:8786` (docs/cluster.md)",
                 "chạy `dask scheduler` và `dask worker tcp://HOST:8786` (docs/cluster.md)")


def _bad_address(text: str, why: Text) -> DataError:
    return DataError(None, Text(f"'{text}' is not a Dask scheduler address: {why.en}",
                                f"'{text}' không phải địa chỉ bộ lập lịch Dask: {why.vi}"),
                     Text(f"write it as {_EXAMPLE} (tcp:// or tls://, the host, the port)",
                          f"viết theo dạng {_EXAMPLE} (tcp:// hoặc tls://, máy chủ, cổng)"))


def scheduler_address(text: str) -> str:
    """The scheduler address ``text`` in full (``tcp://host:port``), or a :class:`DataError`
    saying what is wrong with it.

    ``tcp://`` is assumed when no scheme is given and port :data:`DEFAULT_PORT` when no port is,
    as ``dask`` itself does; other schemes (``http://`` of the dashboard…) are refused.
    """
    raw = (text or "").strip()
    if not raw:
        raise _bad_address(raw, Text("it is empty", "địa chỉ trống"))
    if any(c.isspace() for c in raw):
        raise _bad_address(raw, Text("it contains spaces", "có dấu cách"))
    full = raw if "://" in raw else f"tcp://{raw}"
    parts = urlsplit(full)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise _bad_address(raw, Text(f"the scheme must be tcp:// or tls://, not {scheme}://",
                                     f"giao thức phải là tcp:// hoặc tls://, không phải "
                                     f"{scheme}://"))
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise _bad_address(raw, Text("only the scheme, the host and the port belong in it",
                                     "chỉ gồm giao thức, máy chủ và cổng"))
    try:
        port = parts.port
    except ValueError:
        raise _bad_address(raw, Text("the port must be a number from 1 to 65535",
                                     "cổng phải là số từ 1 đến 65535")) from None
    host = parts.hostname or ""
    bracketed = parts.netloc.startswith("[")
    if not host or not (bracketed or _HOST.match(host)):
        raise _bad_address(raw, Text("the host name is missing or malformed",
                                     "thiếu tên máy chủ hoặc tên không hợp lệ"))
    if port == 0:
        raise _bad_address(raw, Text("the port must be a number from 1 to 65535",
                                     "cổng phải là số từ 1 đến 65535"))
    if port == DASHBOARD_PORT and scheme == "tcp":
        raise _bad_address(raw, Text(f"{DASHBOARD_PORT} is the dashboard's port; the scheduler "
                                     f"listens on {DEFAULT_PORT} unless started with --port",
                                     f"{DASHBOARD_PORT} là cổng của trang theo dõi; bộ lập lịch "
                                     f"dùng cổng {DEFAULT_PORT} nếu không chạy với --port"))
    host = f"[{host}]" if bracketed else host
    return f"{scheme}://{host}:{port or DEFAULT_PORT}"


def unreachable_scheduler(address: str, exc: BaseException | str,
                          alternative: Text | None = None) -> DataError:
    """The error for a scheduler that does not answer: the address, the reason, how to start
    one, and the caller's ``alternative`` (the CLI: ``--workers N``)."""
    fix = START_FIX
    if alternative is not None:
        fix = Text(f"{fix.en}, {alternative.en}", f"{fix.vi}, {alternative.vi}")
    return DataError(None, Text(f"cannot reach the Dask scheduler at {address} ({exc})",
                                f"không kết nối được bộ lập lịch Dask {address} ({exc})"), fix)


def no_workers(address: str, alternative: Text | None = None) -> DataError:
    """The error for a scheduler without workers (a run would wait for ever)."""
    fix = Text(f"start workers with `dask worker {address}` (docs/cluster.md)",
               f"chạy các worker bằng `dask worker {address}` (docs/cluster.md)")
    if alternative is not None:
        fix = Text(f"{fix.en}, {alternative.en}", f"{fix.vi}, {alternative.vi}")
    return DataError(None, Text(f"the Dask scheduler at {address} has no workers",
                                f"bộ lập lịch Dask {address} chưa có worker nào"), fix)


def worker_cannot_read(path: str, exc: BaseException) -> DataError:
    """A worker failed to read an input the client could: the paths are not shared."""
    return DataError(None, Text(f"a Dask worker could not read {path} ({exc})",
                                f"một worker Dask không đọc được {path} ({exc})"),
                     Text("every worker must see the data folder and the cache folder at the "
                          "same paths as this computer: put them on shared storage "
                          "(docs/cluster.md §2)",
                          "mọi worker phải thấy thư mục dữ liệu và thư mục cache ở cùng đường "
                          "dẫn như máy này: đặt chúng trên ổ dùng chung (docs/cluster.md §2)"))


@dataclass(frozen=True)
class WorkerInfo:
    address: str
    name: str
    threads: int
    memory: int  # bytes the worker may use; 0: no limit


@dataclass(frozen=True)
class ClusterInfo:
    """What a scheduler reports about its workers."""

    address: str
    workers: tuple[WorkerInfo, ...]

    @property
    def threads(self) -> int:
        return sum(w.threads for w in self.workers)

    @property
    def memory(self) -> int:
        return sum(w.memory for w in self.workers)


def cluster_info(client) -> ClusterInfo:
    """The workers a ``distributed.Client``'s scheduler knows, sorted by address."""
    info = client.scheduler_info()
    workers = tuple(sorted(
        (WorkerInfo(str(addr), str(w.get("name", addr)), int(w.get("nthreads") or 0),
                    int(w.get("memory_limit") or 0))
         for addr, w in info.get("workers", {}).items()), key=lambda w: w.address))
    return ClusterInfo(str(client.scheduler.address), workers)


#: beyond the client's own timeout: how long a scheduler that accepted the connection may stay
#: silent before it counts as unreachable (distributed itself then waits for ever)
CONNECT_GRACE_S = 5.0


class DeadlinePassed(TimeoutError):
    """:func:`in_helper_thread` gave up waiting."""


def in_helper_thread(fn: Callable, *, deadline_s: float | None = None,
                     cancelled: Callable[[], bool] | None = None, poll_s: float = 0.1):
    """``fn()`` in a daemon thread, returning its value or raising its exception; raises
    :class:`DeadlinePassed` after ``deadline_s`` or :class:`CancelledError` as soon as
    ``cancelled()``, without waiting for ``fn``. What ``fn`` returns after that is closed when
    it comes (it, or each item of a tuple, that has a ``close()``).

    For calls that can block past any timeout of their own: connecting to a scheduler that
    accepted the connection and never answers, or one the user stopped waiting for.
    """
    box: dict = {}
    done = threading.Event()

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller
            box["error"] = exc
        finally:
            done.set()

    def close_late() -> None:
        done.wait()
        value = box.get("value")
        for obj in value if isinstance(value, tuple) else (value,):
            close = getattr(obj, "close", None)
            if callable(close):
                try:
                    close()
                except Exception:  # noqa: BLE001 (best effort: nobody waits for it)
                    pass

    threading.Thread(target=run, name="dask-connect", daemon=True).start()
    waited = 0.0
    while not done.wait(poll_s):
        waited += poll_s
        late = deadline_s is not None and waited >= deadline_s
        if late or (cancelled is not None and cancelled()):
            threading.Thread(target=close_late, name="dask-connect-late", daemon=True).start()
            raise DeadlinePassed() if late else CancelledError()
    if "error" in box:
        raise box["error"]
    return box["value"]


def connect(address: str, timeout: str | float = "20s", alternative: Text | None = None,
            wait_workers: float = 0.0):
    """A ``distributed.Client`` to the scheduler at ``address``, or the bilingual
    :func:`unreachable_scheduler` error. With ``wait_workers`` (seconds), a scheduler that has
    no worker by then gives :func:`no_workers` (the client is closed).

    A peer that accepts the connection and never answers (a wrong port, a firewall) is
    reported after ``timeout`` + :data:`CONNECT_GRACE_S` instead of hanging
    (:func:`in_helper_thread`).
    """
    from dask.utils import parse_timedelta
    from distributed import Client

    seconds = float(parse_timedelta(timeout, default="s"))
    try:
        client = in_helper_thread(lambda: Client(address, timeout=timeout),
                                  deadline_s=seconds + CONNECT_GRACE_S)
    except DeadlinePassed:
        raise unreachable_scheduler(address, f"no answer in {seconds:g} s", alternative) from None
    except (OSError, TimeoutError, ValueError) as exc:
        raise unreachable_scheduler(address, exc, alternative) from None
    if wait_workers > 0:
        try:
            client.wait_for_workers(1, timeout=wait_workers)
        except (OSError, TimeoutError):
            client.close()
            raise no_workers(address, alternative) from None
    return client


def probe_scheduler(address: str, timeout: str | float = "5s",
                    alternative: Text | None = None) -> ClusterInfo:
    """Connect to ``address``, read its workers, disconnect ("Test connection")."""
    client = connect(address, timeout, alternative)
    try:
        return cluster_info(client)
    finally:
        client.close()
