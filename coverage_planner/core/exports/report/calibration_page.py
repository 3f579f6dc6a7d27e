"""The report's calibration page: predicted against measured level before and after calibration
(:mod:`coverage_planner.core.exports.calibration_plot`), the held-out figures, the terms in force.

Shown when the profile is calibrated or the project has measurements. With measurements, the
engine's raw predictions at the samples are fitted again here (the same k-fold calibration as
``coverage-planner calibrate``), so the figure shows how well the model meets this drive test;
a calibrated profile without its samples shows its stored figures and terms only.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, Spacer

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.clutter import class_name
from coverage_planner.core.exports.report.styles import _esc, grid

T = {
    "title": Text("Calibration against measurements", "Hiệu chỉnh theo số liệu đo"),
    "intro": Text(
        "Per carrier and technology an offset (dB, at the typical distance of its samples) "
        "and a distance slope (dB per "
        "decade), per clutter class an extra loss, fitted by robust least squares between the "
        "engine's predictions and the measured levels. Figures are held out: each sample is "
        "predicted by a fit on the other folds. Error = predicted − measured.",
        "Mỗi nhà mạng, công nghệ một độ bù (dB, tại cự ly điển hình của các mẫu) và một độ dốc "
        "theo khoảng cách (dB mỗi "
        "decade), mỗi lớp phủ mặt đất một suy hao thêm, khớp bằng bình phương tối thiểu bền "
        "vững giữa dự báo của mô hình và mức thu đo được. Số liệu là kiểm tra chéo: mỗi mẫu "
        "được dự báo bằng phép khớp trên các phần còn lại. Sai số = dự báo − đo."),
    "accuracy": Text("Accuracy (held-out)", "Độ chính xác (kiểm tra chéo)"),
    "when": Text("", ""),
    "mean": Text("Mean error (dB)", "Sai số trung bình (dB)"),
    "before": Text("Before calibration", "Trước hiệu chỉnh"),
    "after": Text("After calibration", "Sau hiệu chỉnh"),
    "terms": Text("Terms", "Các hệ số hiệu chỉnh"),
    "group": Text("Carrier | technology", "Nhà mạng | công nghệ"),
    "samples": Text("Samples", "Số mẫu"),
    "offset": Text("Offset, dB (at distance)", "Độ bù, dB (tại cự ly)"),
    "slope": Text("Slope (dB/decade)", "Độ dốc (dB/decade)"),
    "clutter": Text("Clutter extra loss: {x}", "Suy hao thêm theo lớp phủ: {x}"),
    "failed": Text("The measurements could not be used: {why}",
                   "Không dùng được số liệu đo: {why}"),
    "stored": Text("The profile's stored calibration (its samples are not in this project).",
                   "Hiệu chỉnh lưu trong hồ sơ (các mẫu đo không có trong dự án này)."),
}


def _num(value, nd: int, lang: str, sign: bool = False) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return "–"
    if v != v:
        return "–"
    text = f"{v:+.{nd}f}" if sign else f"{v:.{nd}f}"
    return text.replace(".", ",") if lang == "vi" else text


def run_calibration(project):
    """The calibration of the project's measurements against its profile (None without
    measurements); a DataError says why they cannot be used."""
    samples = getattr(project, "measurements", None)
    if samples is None or len(samples) == 0:
        return None
    from coverage_planner.core.analysis.calibration import calibrate, predict_at_samples

    return calibrate(predict_at_samples(project, project.profile, samples), project.profile)


def calibration_story(project, profile: dict, lang: str, st: dict, width: float,
                      result=None) -> list:
    """The page's flowables ([] when the profile is not calibrated and the project has no
    measurements). ``result``: a CalibrationResult already computed (else computed here)."""
    stored = (profile or {}).get("calibration") or {}
    failed = None
    if result is None:
        try:
            result = run_calibration(project)
        except DataError as err:
            failed = err.problem(lang)
    if result is None and not stored.get("terms") and failed is None:
        return []
    story = [Paragraph(_esc(T["title"](lang)), st["h1"]),
             Paragraph(_esc(T["intro"](lang)), st["small"])]
    if failed:
        story.append(Paragraph(_esc(T["failed"](lang).format(why=failed)), st["body"]))
    if result is not None:
        from coverage_planner.core.exports.calibration_plot import result_png

        png = result_png(result, lang, width_in=10.5, height_in=3.8, dpi=150)
        story.append(Image(io.BytesIO(png), width=width, height=width * 3.8 / 10.5))
        heldout, terms, extras = result.heldout, result.terms, result.clutter_extra_db
    else:
        story.append(Paragraph(_esc(T["stored"](lang)), st["small"]))
        heldout, terms = stored.get("heldout") or {}, stored.get("terms") or {}
        extras = stored.get("clutter_extra_db") or {}
    story += [Spacer(1, 4), Paragraph(_esc(T["accuracy"](lang)), st["h2"])]
    rows = [[T[k](lang), _num(m.get("mean"), 2, lang, True), _num(m.get("rmse"), 2, lang),
             _num(m.get("r2"), 3, lang)]
            for k, m in ((k, heldout.get(k) or {}) for k in ("before", "after"))]
    story.append(grid(["", T["mean"](lang), "RMSE (dB)", "R²"], rows,
                      [50 * mm, 40 * mm, 35 * mm, 30 * mm], st, "cell9"))
    story.append(Paragraph(_esc(T["terms"](lang)), st["h2"]))
    rows = [[key, str(t.get("samples", "")), _num(t.get("offset_db"), 1, lang, True)
             + f" ({_num(t.get('reference_m', 1000.0) / 1000.0, 1, lang)} km)",
             _num(t.get("slope_db_per_decade"), 1, lang, True)]
            for key, t in sorted(terms.items())]
    story.append(grid([T[k](lang) for k in ("group", "samples", "offset", "slope")], rows,
                      [50 * mm, 30 * mm, 35 * mm, 40 * mm], st, "cell9"))
    if extras:
        text = ", ".join(f"{class_name(k, lang)} {_num(v, 1, lang, True)} dB" for k, v in sorted(extras.items()))
        story.append(Paragraph(_esc(T["clutter"](lang).format(x=text)), st["small"]))
    return story
