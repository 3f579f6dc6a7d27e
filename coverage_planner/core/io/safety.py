"""The loaders' safety net: an exception no check anticipated becomes a DataError naming the
file, so that bad input never ends in a traceback. It is a last resort, not a check: such a
DataError carries ``unexpected = True`` (and the original exception as its cause), so that the
bad-input tests can tell it from a refusal the loaders meant.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text


@contextmanager
def guarded(path: str | Path | None) -> Iterator[None]:
    """Turn any exception but a DataError (and KeyboardInterrupt) raised inside into one."""
    try:
        yield
    except DataError:
        raise
    except MemoryError:
        raise DataError(path, Text("there is not enough memory to read this file",
                                   "không đủ bộ nhớ để đọc tệp này"),
                        Text("split it into smaller files (e.g. by district), or close other "
                             "programs", "chia tệp thành các tệp nhỏ hơn (ví dụ theo huyện), "
                             "hoặc đóng các chương trình khác")) from None
    except Exception as exc:  # noqa: BLE001  (the point of a safety net)
        detail = f"{type(exc).__name__}: {str(exc)[:200]}"
        err = DataError(
            path,
            Text(f"this file could not be read: an unexpected error ({detail}); it is probably "
                 "malformed", f"không đọc được tệp này: lỗi không lường trước ({detail}); tệp "
                 "có lẽ bị sai cấu trúc"),
            Text("open it in QGIS, check it (Vector > Geometry Tools > Check Validity) and "
                 "export it again; if the problem stays, report this message",
                 "mở tệp trong QGIS, kiểm tra (Vector > Geometry Tools > Check Validity) rồi "
                 "xuất lại; nếu vẫn lỗi, hãy báo lại thông báo này"),
        )
        err.unexpected = True
        raise err from exc
