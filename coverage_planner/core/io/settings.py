"""The small JSON files of a data folder: ``profile.json``, ``site_templates.json`` and
``dataset.json``, read with a size limit and checked key by key (the key is named as the
column of the refusal), so that a wrong type never reaches a computation.
"""

from __future__ import annotations

import difflib
import json
import math
from dataclasses import fields
from pathlib import Path

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.clutter import CLUTTER_CLASSES
from coverage_planner.core.engine.pathloss import MODELS as MODEL_NAMES
from coverage_planner.core.project.profile import TECHNOLOGIES, CoverageProfile

#: settings files above this size are refused before reading (MB)
MAX_JSON_MB = 5.0
#: propagation models known to core.engine.pathloss, Hata environments to
#: core.engine.propagation.hata
MODELS = MODEL_NAMES
HATA_ENVIRONMENTS = ("urban", "suburban", "open")
#: plausible ranges of the profile's numbers: (low, high, low excluded)
PROFILE_RANGES = {
    "receiver_height_m": (0.0, 100.0, True), "indoor_loss_db": (0.0, 60.0, False),
    "weak_pocket_share": (0.0, 1.0, False), "fiber_drop_reach_m": (0.0, 10_000.0, True),
    "wifi_radius_m": (0.0, 5_000.0, True), "max_radius_m": (0.0, 200_000.0, True),
}
THRESHOLD_DBM = (-160.0, -20.0, False)
#: plausible ranges of a site template's numbers (as for the cells layer)
TEMPLATE_RANGES = {"frequency_mhz": (400.0, 6000.0, False), "eirp_dbm": (-10.0, 90.0, False),
                   "beamwidth_deg": (0.0, 360.0, True), "tilt_deg": (-90.0, 90.0, False)}


def read_json(path: Path, what: Text, example: str) -> dict:
    """The JSON object in ``path``; a DataError for a file too big, unreadable or not an object."""
    path = Path(path)
    fix = Text(f"save it as UTF-8 JSON, e.g. {example}", f"lưu dưới dạng JSON UTF-8, ví dụ {example}")
    try:
        size = path.stat().st_size
        if size > MAX_JSON_MB * 2**20:
            raise DataError(path, Text(f"the {what.en} file is {size / 2**20:.0f} MB, above the "
                                       f"limit of {MAX_JSON_MB:g} MB for a settings file",
                                       f"tệp {what.vi} có {size / 2**20:.0f} MB, vượt giới hạn "
                                       f"{MAX_JSON_MB:g} MB của tệp thiết lập"), fix)
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        detail = str(exc)[:200] if not isinstance(exc, RecursionError) else "nested too deeply"
        raise DataError(path, Text(f"cannot read the {what.en}: {detail}",
                                   f"không đọc được {what.vi}: {detail}"), fix) from None
    if not isinstance(data, dict):
        raise DataError(path, Text(f"the {what.en} must be a JSON object",
                                   f"{what.vi} phải là một đối tượng JSON"),
                        Text(f"wrap its content in {{ }}, e.g. {example}",
                             f"đặt nội dung trong {{ }}, ví dụ {example}"))
    return data


def _number(value, path: Path, column: str, bounds=None, example: float | str = 1) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise DataError(path, Text(f"'{column}' must be a number, not {json.dumps(value)[:40]}",
                                   f"'{column}' phải là số, không phải {json.dumps(value)[:40]}"),
                        Text(f"write a plain number, e.g. {example}",
                             f"ghi một số, ví dụ {example}"), column=column)
    if bounds is not None:
        lo, hi, lo_open = bounds
        if (value <= lo if lo_open else value < lo) or value > hi:
            raise DataError(
                path, Text(f"'{column}' = {value:g} is not plausible (expected "
                           f"{'above ' if lo_open else ''}{lo:g} … {hi:g})",
                           f"'{column}' = {value:g} không hợp lý (phải trong khoảng "
                           f"{'trên ' if lo_open else ''}{lo:g} … {hi:g})"),
                Text("correct the value (a unit mix-up?)", "sửa giá trị (nhầm đơn vị?)"),
                column=column)
    return float(value)


def _choice(value, path: Path, column: str, allowed) -> str:
    if value not in allowed:
        raise DataError(path, Text(f"'{column}' = {json.dumps(value)[:40]} is not one of "
                                   f"{', '.join(allowed)}",
                                   f"'{column}' = {json.dumps(value)[:40]} không thuộc "
                                   f"{', '.join(allowed)}"),
                        Text(f"write one of: {', '.join(allowed)}",
                             f"ghi một trong: {', '.join(allowed)}"), column=column)
    return value


def _check_clutter(value: dict, path: Path) -> None:
    """The clutter table: known classes, each an object of known numbers."""
    for name, row in value.items():
        _choice(name, path, "clutter", CLUTTER_CLASSES)
        if not isinstance(row, dict):
            raise DataError(path, Text(f"'clutter.{name}' must be an object",
                                       f"'clutter.{name}' phải là một đối tượng JSON"),
                            Text('write it like {"height_m": 15, "distance_m": 50, '
                                 '"extra_db": 0}',
                                 'viết theo dạng {"height_m": 15, "distance_m": 50, '
                                 '"extra_db": 0}'), column="clutter")
        for item, v in row.items():
            _choice(item, path, f"clutter.{name}", ("height_m", "distance_m", "extra_db"))
            bounds = (-30.0, 60.0, False) if item == "extra_db" else (0.0, 500.0, False)
            _number(v, path, f"clutter.{name}.{item}", bounds, example=0)


def check_profile(data: dict, path: Path) -> None:
    """Refuse a wrong type or an implausible value of a known profile setting."""
    defaults = {f.name: getattr(CoverageProfile(), f.name) for f in fields(CoverageProfile)}
    for key, value in data.items():
        if key not in defaults:
            continue  # CoverageProfile.from_dict names the unknown settings
        default = defaults[key]
        if isinstance(default, dict):
            if not isinstance(value, dict):
                raise DataError(path, Text(f"'{key}' must be an object",
                                           f"'{key}' phải là một đối tượng JSON"),
                                Text(f"write it like {json.dumps(default)}",
                                     f"viết theo dạng {json.dumps(default)}"), column=key)
            if key == "clutter":
                _check_clutter(value, path)
                continue
            if key in ("calibration", "costs", "targets"):
                continue  # written by the app (calibration) or checked where they are used
            for tech, v in value.items():
                _choice(tech, path, key, TECHNOLOGIES)
                if key == "models":
                    _choice(v, path, key, MODELS)
                else:
                    _number(v, path, key, THRESHOLD_DBM, example=default.get(tech, -110))
        elif isinstance(default, float):
            _number(value, path, key, PROFILE_RANGES.get(key), example=default)
        elif isinstance(default, str):
            if key == "hata_environment":
                _choice(value, path, key, HATA_ENVIRONMENTS)
            elif not isinstance(value, str):
                raise DataError(path, Text(f"'{key}' must be text", f"'{key}' phải là chữ"),
                                Text(f'write it in quotes, e.g. "{default}"',
                                     f'viết trong dấu ngoặc kép, ví dụ "{default}"'), column=key)


def load_profile(path: str | Path) -> CoverageProfile:
    """A coverage profile JSON, checked (see :func:`check_profile`)."""
    path = Path(path)
    data = read_json(path, Text("coverage profile", "hồ sơ phủ sóng"),
                     '{"fiber_drop_reach_m": 500}')
    check_profile(data, path)
    return CoverageProfile.from_dict(data, path)


def project_profile(pf, path: str | Path) -> CoverageProfile | None:
    """The coverage profile a project file keeps (``pf.profile``; None: its data folder's own),
    checked as a ``profile.json`` is, a problem named after the project file ``path``."""
    if not pf.profile:
        return None
    check_profile(pf.profile, Path(path))
    return CoverageProfile.from_dict(pf.profile, path)


def read_templates(path: Path, templates: dict) -> dict:
    """``templates`` ({technology: {field: value}}) overridden by ``site_templates.json``."""
    example = '{"4G": {"eirp_dbm": 59}}'
    data = read_json(path, Text("site templates", "mẫu trạm"), example)
    out = {k: dict(v) for k, v in templates.items()}
    for tech, values in data.items():
        if tech not in out:
            raise DataError(path, Text(f"unknown technology '{tech}'", f"công nghệ không rõ "
                                       f"'{tech}'"), Text(f"use {', '.join(out)}",
                                                          f"dùng {', '.join(out)}"), column=tech)
        if not isinstance(values, dict):
            raise DataError(path, Text(f"the template of {tech} must be an object",
                                       f"mẫu của {tech} phải là một đối tượng JSON"),
                            Text(f"write it like {example}", f"viết theo dạng {example}"),
                            column=tech)
        for name, value in values.items():
            if name not in out[tech]:
                close = difflib.get_close_matches(str(name), list(out[tech]), n=1)
                hint = f"'{close[0]}'? " if close else ""
                raise DataError(path, Text(f"unknown field '{name}' in the {tech} template",
                                           f"trường không rõ '{name}' trong mẫu {tech}"),
                                Text(f"{hint}use: {', '.join(out[tech])}",
                                     f"{hint}dùng: {', '.join(out[tech])}"), column=str(name))
            out[tech][name] = _number(value, path, name, TEMPLATE_RANGES.get(name),
                                      example=templates[tech][name])
    return out
