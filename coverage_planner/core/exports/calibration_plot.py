"""The calibration's figure as PNG bytes: predicted against measured level before and after
calibration (the 1:1 line), and the histogram of the errors, labelled in Vietnamese or English.

matplotlib without pyplot (a :class:`matplotlib.figure.Figure` on the Agg canvas: no global
state, safe in a worker thread), with the vendored DejaVu Sans the PDF report embeds
(:mod:`coverage_planner.core.exports.report.fonts`) so that every Vietnamese diacritic renders.
"After" is the held-out prediction of the k-fold cross-validation (each sample predicted by a fit
that did not see it), the honest figure; the error is predicted − measured.
"""

from __future__ import annotations

import io
from functools import lru_cache

import numpy as np

from coverage_planner.core.common.text import Text
from coverage_planner.core.exports.report.fonts import BODY, FILES, FONT_DIR

T = {
    "before": Text("Before calibration", "Trước hiệu chỉnh"),
    "after": Text("After calibration (held-out)", "Sau hiệu chỉnh (kiểm tra chéo)"),
    "predicted": Text("Predicted (dBm)", "Dự báo (dBm)"),
    "measured": Text("Measured (dBm)", "Đo được (dBm)"),
    "error": Text("Error: predicted − measured (dB)", "Sai số: dự báo − đo (dB)"),
    "samples": Text("Samples", "Số mẫu"),
    "errors": Text("Errors", "Phân bố sai số"),
    "one_to_one": Text("1:1", "1:1"),
    "stats": Text("mean {mean} dB, RMSE {rmse} dB, R² {r2}",
                  "TB {mean} dB, RMSE {rmse} dB, R² {r2}"),
    "title": Text("Calibration against {n} measured samples",
                  "Hiệu chỉnh theo {n} mẫu đo"),
}
BEFORE_COLOUR, AFTER_COLOUR = "#c0392b", "#1f6fb2"


@lru_cache(maxsize=1)
def figure_png(fig, dpi: int) -> bytes:
    """A matplotlib Figure as PNG bytes, every text in the vendored DejaVu Sans (Vietnamese
    diacritics) — how the app's figures (calibration, the rollout plan's cost curve) end."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.text import Text as MplText

    path = _font_path()
    for text in fig.findobj(MplText):
        text.set_fontproperties(FontProperties(fname=path, size=text.get_fontsize()))
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()


def _font_path() -> str:
    """The vendored DejaVu Sans, known to matplotlib's font manager (added once)."""
    from matplotlib import font_manager

    path = str(FONT_DIR / FILES[BODY])
    font_manager.fontManager.addfont(path)
    return path


def _fmt(value, nd: int, lang: str, sign: bool = False) -> str:
    if value is None or not np.isfinite(value):
        return "–"
    value = round(float(value), nd) + 0.0  # no "-0.0"
    text = f"{value:+.{nd}f}" if sign else f"{value:.{nd}f}"
    return text.replace(".", ",") if lang == "vi" else text


def stats_label(m: dict, lang: str) -> str:
    """"mean +0.1 dB, RMSE 8.0 dB, R² 0.58" (decimal commas in Vietnamese)."""
    return T["stats"](lang).format(mean=_fmt(m.get("mean"), 1, lang, True),
                                   rmse=_fmt(m.get("rmse"), 1, lang),
                                   r2=_fmt(m.get("r2"), 2, lang))


def calibration_png(measured, before, after, heldout: dict, lang: str, *,
                    width_in: float = 11.0, height_in: float = 3.9, dpi: int = 110) -> bytes:
    """The figure (see the module docstring) as PNG bytes. ``measured``, ``before`` (raw
    predictions) and ``after`` (held-out predictions) are arrays of dBm, ``heldout`` the
    metrics ``{"before": {"mean", "rmse", "r2"}, "after": {...}}``."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    m, b, a = (np.asarray(v, dtype=float) for v in (measured, before, after))
    fig = Figure(figsize=(width_in, height_in), dpi=dpi)
    FigureCanvasAgg(fig)
    axes = fig.subplots(1, 3, gridspec_kw={"width_ratios": [1, 1, 1.15]})
    finite = np.concatenate([m, b, a])
    finite = finite[np.isfinite(finite)]
    lo, hi = (np.floor(finite.min() / 10) * 10, np.ceil(finite.max() / 10) * 10) \
        if len(finite) else (-130.0, -30.0)
    n = int(np.isfinite(m).sum())
    size = 4 if n > 2000 else 9
    for ax, pred, key, colour in ((axes[0], b, "before", BEFORE_COLOUR),
                                  (axes[1], a, "after", AFTER_COLOUR)):
        ax.scatter(m, pred, s=size, alpha=0.35, color=colour, linewidths=0,
                   label=stats_label(heldout.get(key, {}), lang))
        ax.plot([lo, hi], [lo, hi], color="#333333", linewidth=1.0,
                label=T["one_to_one"](lang))
        ax.set_xlim(lo, hi)
        ax.set_ylim(lo, hi)
        ax.set_aspect("equal", adjustable="box")
        ax.set_title(T[key](lang), fontsize=10)
        ax.set_xlabel(T["measured"](lang), fontsize=9)
        ax.set_ylabel(T["predicted"](lang), fontsize=9)
        ax.grid(True, linewidth=0.4, alpha=0.5)
        ax.legend(loc="upper left", fontsize=7, frameon=True)
    err_b, err_a = b - m, a - m
    errs = np.concatenate([err_b[np.isfinite(err_b)], err_a[np.isfinite(err_a)]])
    span = max(10.0, float(np.ceil(np.percentile(np.abs(errs), 99.5) / 5) * 5)) \
        if len(errs) else 30.0
    bins = np.linspace(-span, span, 41)
    ax = axes[2]
    for err, key, colour in ((err_b, "before", BEFORE_COLOUR), (err_a, "after", AFTER_COLOUR)):
        ax.hist(err[np.isfinite(err)], bins=bins, color=colour, alpha=0.45, label=T[key](lang))
    ax.axvline(0.0, color="#333333", linewidth=1.0)
    ax.set_title(T["errors"](lang), fontsize=10)
    ax.set_xlabel(T["error"](lang), fontsize=9)
    ax.set_ylabel(T["samples"](lang), fontsize=9)
    ax.legend(loc="upper left", fontsize=6.5, frameon=True)
    ax.grid(True, linewidth=0.4, alpha=0.5)
    n_text = f"{n:,}".replace(",", "." if lang == "vi" else ",")
    fig.suptitle(T["title"](lang).format(n=n_text), fontsize=11)
    return figure_png(fig, dpi)


def result_png(result, lang: str, **kwargs) -> bytes:
    """:func:`calibration_png` of a :class:`~coverage_planner.core.analysis.calibration.
    CalibrationResult`."""
    f = result.frame
    return calibration_png(f["value_dbm"], f["predicted_dbm"], f["heldout_dbm"],
                           result.heldout, lang, **kwargs)
