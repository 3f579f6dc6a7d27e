"""``calibrate``: fit the coverage engine to measured signal (a drive test) and write the
calibrated profile (:mod:`coverage_planner.core.analysis.calibration`)."""

from __future__ import annotations

import json
import math
from pathlib import Path

from coverage_planner.cli.common import ProgressBar, data_dir_arg, folder, load_folder
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.clutter import class_name

T = {
    "title": Text("Calibration against measurements", "Hiệu chỉnh theo số liệu đo"),
    "used": Text("Samples used: {n}", "Số mẫu đo dùng: {n}"),
    "no_server": Text("no cell of their carrier and technology within reach: {n}",
                      "không có cell cùng nhà mạng, công nghệ trong tầm: {n}"),
    "small": Text("too few for their carrier and technology: {n}",
                  "quá ít mẫu cho nhà mạng, công nghệ: {n}"),
    "group": Text("carrier|technology", "nhà mạng|công nghệ"),
    "samples": Text("samples", "số mẫu"),
    "offset": Text("offset dB (at km)", "bù dB (tại km)"),
    "slope": Text("slope dB/decade", "độ dốc dB/decade"),
    "clutter": Text("Clutter extra loss", "Suy hao thêm theo lớp phủ"),
    "no_clutter": Text("none fitted (no clutter raster, or too few samples on open land)",
                       "không có (không có lớp phủ mặt đất, hoặc quá ít mẫu ở đất trống)"),
    "heldout": Text("Held-out ({k}-fold), error = predicted − measured",
                    "Kiểm tra chéo ({k} phần), sai số = dự báo − đo"),
    "mean": Text("mean dB", "TB dB"),
    "before": Text("before", "trước"),
    "after": Text("after", "sau"),
    "wrote": Text("Calibrated profile written to {path}", "Đã ghi hồ sơ đã hiệu chỉnh: {path}"),
    "not_written": Text("The calibrated profile was not written (give --out profile.json).",
                        "Chưa ghi hồ sơ đã hiệu chỉnh (dùng --out profile.json)."),
}


def register(sub) -> None:
    cal = sub.add_parser(
        "calibrate", help="calibrate the coverage engine against measurements / hiệu chỉnh "
                          "mô hình phủ sóng theo số liệu đo",
        description="Fits, per carrier and technology, an offset and a distance slope (and per "
                    "clutter class an extra loss) between the engine's predictions and a drive "
                    "test, by robust least squares; prints the held-out (k-fold) error before "
                    "and after, and writes the calibrated profile with --out.")
    cal.set_defaults(func=cmd_calibrate)
    data_dir_arg(cal)
    cal.add_argument("--measurements", help="drive-test file (default: the folder's "
                                            "measurements.*) / tệp đo kiểm")
    cal.add_argument("--out", help="write the calibrated profile (JSON) here / ghi hồ sơ")
    cal.add_argument("--profile", help="coverage profile JSON to start from (default: the "
                                       "folder's)")
    cal.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    cal.add_argument("--seed", type=int, default=0, help="shuffling of the folds (default 0)")
    cal.add_argument("--json", action="store_true", help="print JSON")
    cal.add_argument("--no-cache", action="store_true", help="recompute every cell")


def cmd_calibrate(args) -> int:
    from coverage_planner.core.analysis.calibration import (
        calibrate,
        predict_at_samples,
        status_text,
    )

    out = _check_out(args.out) if args.out else None
    project = load_folder(folder(args), args.profile)
    samples, source = _samples(project, args.measurements)
    with ProgressBar(args.lang) as progress:
        predicted = predict_at_samples(project, project.profile, samples,
                                       use_cache=not args.no_cache, progress=progress)
    result = calibrate(predicted, project.profile, folds=args.folds, seed=args.seed)
    if out is not None:
        _write_profile(result.profile, out)
    if args.json:
        status = status_text(result.profile)
        data = {**result.to_json(), "measurements": str(source) if source else None,
                "profile_written": str(out) if out else None,
                "status": {"en": status.en, "vi": status.vi}}
        print(json.dumps(finite(data), ensure_ascii=False, indent=2, default=str))
    else:
        print(format_result(result, args.lang))
        print()
        print(status_text(result.profile)(args.lang))
        print(T["wrote"].format(path=out)(args.lang) if out else T["not_written"](args.lang))
    return 0


def _samples(project, path):
    if path:
        from coverage_planner.core.io.measurements import read_measurements

        p = Path(path)
        if not p.is_file():
            raise DataError(p, Text("this measurements file does not exist",
                                    "tệp số liệu đo này không tồn tại"),
                            Text("give the path of a drive-test CSV or G-NetTrack log",
                                 "chỉ ra đường dẫn tệp CSV đo kiểm hoặc nhật ký G-NetTrack"))
        return read_measurements(p), p
    samples = getattr(project, "measurements", None)
    if samples is None or len(samples) == 0:
        raise DataError(project.root, Text("this data folder has no measurements",
                                           "thư mục dữ liệu này không có số liệu đo"),
                        Text("put measurements.csv (lon, lat, value_dbm, operator, technology) "
                             "in the folder, or give --measurements FILE",
                             "đặt measurements.csv (kinh độ, vĩ độ, mức thu, nhà mạng, công "
                             "nghệ) vào thư mục, hoặc dùng --measurements TỆP"))
    sources = getattr(getattr(project, "report", None), "sources", {}) or {}
    return samples, sources.get("measurements")


def _check_out(out: str) -> Path:
    path = Path(out)
    if path.suffix.lower() != ".json":
        raise DataError(path, Text("the profile is a JSON file", "hồ sơ là tệp JSON"),
                        Text(f"name it {path.with_suffix('.json').name}",
                             f"đặt tên là {path.with_suffix('.json').name}"))
    if path.is_dir() or (path.parent.exists() and not path.parent.is_dir()):
        raise DataError(path, Text("cannot write the profile here", "không ghi được hồ sơ ở đây"),
                        Text("give a file path in a writable folder",
                             "chỉ ra một tệp trong thư mục ghi được"))
    return path


def _write_profile(profile, path: Path) -> None:
    from coverage_planner.core.common.atomicfile import replacing

    text = json.dumps(finite(profile.to_dict()), ensure_ascii=False, indent=2, default=str)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path, ".json") as tmp:
            Path(tmp).write_text(text + "\n", encoding="utf-8")
    except OSError as err:
        raise DataError(path, Text(f"cannot write the profile: {err.strerror or err}",
                                   f"không ghi được hồ sơ: {err.strerror or err}"),
                        Text("choose a folder you can write to",
                             "chọn thư mục có quyền ghi")) from None


def finite(value):
    """``value`` with every NaN or infinite float replaced by None (valid JSON)."""
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _num(value, nd: int, lang: str | None, sign: bool = False) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{value:+.{nd}f}" if sign else f"{value:.{nd}f}"
    return text.replace(".", ",") if lang == "vi" else text


def format_result(result, lang: str | None) -> str:
    """The calibration as text: samples, terms, clutter extras, held-out accuracy."""
    n_fmt = f"{result.samples:,}".replace(",", "." if lang == "vi" else ",")
    lines = [T["title"](lang), "", T["used"].format(n=n_fmt)(lang)]
    lines.append("  - " + T["no_server"].format(n=result.skipped.get("no_server", 0))(lang))
    lines.append("  - " + T["small"].format(n=result.skipped.get("small_group", 0))(lang))
    lines += ["", f"{T['group'](lang):<22}{T['samples'](lang):>10}{T['offset'](lang):>20}"
                  f"{T['slope'](lang):>20}"]
    for key, term in sorted(result.terms.items()):
        at = _num(term.get("reference_m", 1000.0) / 1000.0, 1, lang)
        lines.append(f"{key:<22}{term['samples']:>10}"
                     f"{_num(term['offset_db'], 1, lang, True) + f' ({at})':>20}"
                     f"{_num(term['slope_db_per_decade'], 1, lang, True):>20}")
    extras = ", ".join(f"{class_name(k, lang)} {_num(v, 1, lang, True)} dB"
                       for k, v in sorted(result.clutter_extra_db.items()))
    lines += ["", f"{T['clutter'](lang)}: {extras or T['no_clutter'](lang)}", "",
              T["heldout"].format(k=result.folds)(lang),
              f"{'':<12}{T['mean'](lang):>10}{'RMSE dB':>10}{'R²':>8}"]
    for when in ("before", "after"):
        m = result.heldout[when]
        lines.append(f"{T[when](lang):<12}{_num(m['mean'], 2, lang, True):>10}"
                     f"{_num(m['rmse'], 2, lang):>10}{_num(m['r2'], 3, lang):>8}")
    return "\n".join(lines)
