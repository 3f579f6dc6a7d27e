"""The coverage profile: every threshold, reach and model choice behind a result.

Defaults follow ../shared/DOMAIN.md §4 (typical industry values, not a regulation). A data
folder may carry a ``profile.json`` overriding any of them; the profile in force is printed
with every result so that results are reproducible.
"""

from __future__ import annotations

import copy
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.clutter import DEFAULT_CLUTTER
from coverage_planner.core.engine.dem_posts import TERRAIN_HEIGHTS

TECHNOLOGIES = ("2G", "3G", "4G", "5G")


@dataclass(frozen=True)
class CoverageProfile:
    """Thresholds (dBm), reaches (m) and model choices for the per-village classification."""

    name: str = "default (DOMAIN.md §4)"
    #: minimum level at the village centre for "mobile signal", per technology (dBm)
    signal_dbm: dict = field(
        default_factory=lambda: {"2G": -100.0, "3G": -100.0, "4G": -115.0, "5G": -110.0}
    )
    #: minimum level for "mobile broadband" (3G RSCP / 4G RSRP / 5G SS-RSRP, dBm)
    broadband_dbm: dict = field(
        default_factory=lambda: {"3G": -95.0, "4G": -110.0, "5G": -110.0}
    )
    receiver_height_m: float = 1.5
    indoor_loss_db: float = 0.0
    #: a covered village whose households are covered below this share is a weak-signal pocket
    weak_pocket_share: float = 0.8
    #: fiber drop reach from an access point or a distribution cable (m)
    fiber_drop_reach_m: float = 500.0
    wifi_radius_m: float = 80.0
    #: radius of each cell's computed coverage (m)
    max_radius_m: float = 20000.0
    #: path-loss model per technology (see core.engine.linkbudget.MODEL_INFO): "p452" (free
    #: space + delta-Bullington diffraction + clutter, the default), "itm" (Longley-Rice),
    #: "hata" (quick: Okumura-Hata with multi-edge diffraction), "38901-rma"/"38901-uma" (LOS
    #: from the terrain), "free-space"
    models: dict = field(
        default_factory=lambda: {"2G": "p452", "3G": "p452", "4G": "p452", "5G": "38901-uma"}
    )
    hata_environment: str = "open"
    #: how the terrain models read the ground along a profile: "interpolated" (bilinear on the
    #: engine's grid, the default) or "dem-posts" (the nearest post of the DEM file itself, as
    #: SPLAT! and Signal-Server read SRTM: core.engine.dem_posts)
    terrain_heights: str = "interpolated"
    #: clutter classes: P.452 nominal height and distance, and a calibrated extra loss (dB);
    #: used where the data folder has a clutter raster (core.engine.clutter)
    clutter: dict = field(default_factory=lambda: copy.deepcopy(DEFAULT_CLUTTER))
    #: the calibration against measurements in force ({} when not calibrated); written by
    #: core.analysis.calibration: offsets per "operator|technology", samples, held-out RMSE
    calibration: dict = field(default_factory=dict)
    #: the rollout plan's cost model: the planner's overrides of the documented defaults of
    #: core.planning.costs (VND; {} = the defaults)
    costs: dict = field(default_factory=dict)
    #: the province's targets the rollout plan is compared with: overrides of
    #: core.exports.plan_tables.TARGETS by key, e.g. {"5g_2025": {"value": 0.5, "year": 2026}}
    targets: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict, path: str | Path | None = None) -> CoverageProfile:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise DataError(
                path,
                Text(
                    f"unknown profile setting(s): {', '.join(unknown)}",
                    f"thiết lập không có trong hồ sơ phủ sóng: {', '.join(unknown)}",
                ),
                Text(
                    f"use only: {', '.join(sorted(known))}",
                    f"chỉ dùng: {', '.join(sorted(known))}",
                ),
                column=unknown[0],
            )
        base = cls()
        merged = {}
        for key, value in data.items():
            default = getattr(base, key)
            if isinstance(default, dict):
                if not isinstance(value, dict):
                    raise DataError(
                        path,
                        Text(f"'{key}' must be an object", f"'{key}' phải là một đối tượng JSON"),
                        Text(
                            f'write it like {json.dumps(default)}',
                            f'viết theo dạng {json.dumps(default)}',
                        ),
                        column=key,
                    )
                value = {**default, **value}
            elif isinstance(default, float):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise DataError(
                        path,
                        Text(f"'{key}' must be a number, got {value!r}",
                             f"'{key}' phải là số, nhận được {value!r}"),
                        Text(f"write a number, e.g. {default}", f"ghi một số, ví dụ {default}"),
                        column=key,
                    )
                value = float(value)
            merged[key] = value
        if merged.get("terrain_heights", TERRAIN_HEIGHTS[0]) not in TERRAIN_HEIGHTS:
            raise DataError(
                path,
                Text(f"'terrain_heights' is {merged['terrain_heights']!r}",
                     f"'terrain_heights' là {merged['terrain_heights']!r}"),
                Text(f"write one of {', '.join(TERRAIN_HEIGHTS)}",
                     f"ghi một trong {', '.join(TERRAIN_HEIGHTS)}"),
                column="terrain_heights",
            )
        return cls(**merged)

    @classmethod
    def load(cls, path: str | Path) -> CoverageProfile:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DataError(
                path,
                Text(f"cannot read the coverage profile: {exc}",
                     f"không đọc được hồ sơ phủ sóng: {exc}"),
                Text("save it as UTF-8 JSON, e.g. {\"fiber_drop_reach_m\": 500}",
                     "lưu dưới dạng JSON UTF-8, ví dụ {\"fiber_drop_reach_m\": 500}"),
            ) from None
        if not isinstance(data, dict):
            raise DataError(path, Text("the profile must be a JSON object",
                                       "hồ sơ phải là một đối tượng JSON"),
                            Text("wrap the settings in { }", "đặt các thiết lập trong { }"))
        return cls.from_dict(data, path)
