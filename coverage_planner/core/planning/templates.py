"""Defaults for a new base station, per technology, and the parsing of a site description.

A planner placing a mast gives what matters (carrier, position, technologies, mast height) and
the rest comes from these templates: the band in use in Lào Cai (DOMAIN.md §3), a typical
EIRP per sector, three sectors at 0/120/240°, 65° beams, 2° down-tilt (6° for 5G). A data
folder may override them with ``site_templates.json`` ({"4G": {"eirp_dbm": 59}, ...}).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text

TEMPLATES = {
    "2G": {"frequency_mhz": 900.0, "eirp_dbm": 57.0, "beamwidth_deg": 65.0, "tilt_deg": 2.0},
    "3G": {"frequency_mhz": 2100.0, "eirp_dbm": 58.0, "beamwidth_deg": 65.0, "tilt_deg": 2.0},
    "4G": {"frequency_mhz": 1800.0, "eirp_dbm": 61.0, "beamwidth_deg": 65.0, "tilt_deg": 2.0},
    "5G": {"frequency_mhz": 3500.0, "eirp_dbm": 76.0, "beamwidth_deg": 65.0, "tilt_deg": 6.0},
}
DEFAULT_AZIMUTHS = (0.0, 120.0, 240.0)
DEFAULT_HEIGHT_M = 30.0


@dataclass
class SiteSpec:
    """A new base station: one mast, one or more technologies, sectors or omni."""

    operator: str
    lon: float
    lat: float
    height_m: float = DEFAULT_HEIGHT_M
    technologies: tuple = ("4G",)
    azimuths: tuple | None = DEFAULT_AZIMUTHS  # None: omni
    site_id: str = ""
    #: per-cell fields, e.g. {"eirp_dbm": 58}, {"propagation_model": "itm"} (the site's own
    #: radio model instead of the profile's for each technology)
    overrides: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"operator": self.operator, "lon": self.lon, "lat": self.lat,
                "height_m": self.height_m, "technologies": list(self.technologies),
                "azimuths": None if self.azimuths is None else list(self.azimuths),
                "site_id": self.site_id, "overrides": dict(self.overrides)}

    @classmethod
    def from_dict(cls, d: dict) -> SiteSpec:
        az = d.get("azimuths", DEFAULT_AZIMUTHS)
        return cls(d["operator"], float(d["lon"]), float(d["lat"]),
                   float(d.get("height_m", DEFAULT_HEIGHT_M)),
                   tuple(d.get("technologies", ("4G",))), None if az is None else tuple(az),
                   d.get("site_id", ""), dict(d.get("overrides", {})))


def load_templates(folder: Path | None) -> dict:
    """:data:`TEMPLATES`, overridden by the folder's ``site_templates.json`` (checked by
    :func:`coverage_planner.core.io.settings.read_templates`: a DataError when it is wrong)."""
    templates = {k: dict(v) for k, v in TEMPLATES.items()}
    path = Path(folder) / "site_templates.json" if folder else None
    if path and path.is_file():
        from coverage_planner.core.io.settings import read_templates

        return read_templates(path, templates)
    return templates


def spec_cells(spec: SiteSpec, templates: dict | None = None) -> list[dict]:
    """The cells (model.py's columns, plus lon/lat) of a new site."""
    templates = templates or TEMPLATES
    rows = []
    sectors = [None] if spec.azimuths is None else list(spec.azimuths)
    for tech in spec.technologies:
        base = dict(templates[tech])
        base.update(spec.overrides)
        for j, az in enumerate(sectors, start=1):
            rows.append({
                "site_id": spec.site_id, "cell_id": f"{spec.site_id}-{tech}-{j}",
                "operator": spec.operator, "technology": tech,
                "frequency_mhz": float(base["frequency_mhz"]), "height_m": float(spec.height_m),
                "eirp_dbm": float(base["eirp_dbm"]) - (3.0 if az is None else 0.0),
                "azimuth_deg": np.nan if az is None else float(az) % 360.0,
                "beamwidth_deg": np.nan if az is None else float(base["beamwidth_deg"]),
                "tilt_deg": float(base["tilt_deg"]),
                "lon": float(spec.lon), "lat": float(spec.lat),
            })
            if base.get("propagation_model"):  # the site's own model, else the profile's
                rows[-1]["propagation_model"] = str(base["propagation_model"])
    return rows


_KEYS = {"operator": "operator", "carrier": "operator", "lon": "lon", "lng": "lon",
         "longitude": "lon", "lat": "lat", "latitude": "lat", "height": "height_m",
         "height_m": "height_m", "technology": "technologies", "technologies": "technologies",
         "tech": "technologies", "azimuths": "azimuths", "azimuth": "azimuths",
         "site_id": "site_id", "id": "site_id", "eirp": "eirp_dbm", "eirp_dbm": "eirp_dbm",
         "frequency": "frequency_mhz", "frequency_mhz": "frequency_mhz", "tilt": "tilt_deg",
         "tilt_deg": "tilt_deg", "model": "propagation_model",
         "propagation_model": "propagation_model"}


def parse_site(text: str) -> SiteSpec:
    """``operator=Viettel,lon=104.05,lat=22.62,height=30,technology=2G+4G[,azimuths=0/120/240
    |omni][,eirp=..][,frequency=..][,tilt=..][,model=itm][,site_id=..]`` → :class:`SiteSpec`
    (``model``: the site's own radio model, core.engine.pathloss.MODELS; default the profile's
    per technology)."""
    def bad(problem: Text) -> DataError:
        problem = Text(f"--add \"{text}\": {problem.en}", f"--add \"{text}\": {problem.vi}")
        return DataError(None, problem, Text(
            'write it like "operator=Viettel,lon=104.05,lat=22.62,height=30,technology=4G"',
            'viết theo dạng "operator=Viettel,lon=104.05,lat=22.62,height=30,technology=4G"'))

    values: dict = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        if "=" not in part:
            raise bad(Text(f"'{part}' is not key=value", f"'{part}' không có dạng khóa=giá trị"))
        k, v = (s.strip() for s in part.split("=", 1))
        if k.lower() not in _KEYS:
            raise bad(Text(f"unknown key '{k}' (known: {', '.join(sorted(set(_KEYS)))})",
                           f"khóa không hợp lệ '{k}'"))
        values[_KEYS[k.lower()]] = v
    for need in ("operator", "lon", "lat"):
        if need not in values:
            raise bad(Text(f"'{need}' is missing", f"thiếu '{need}'"))
    try:
        lon, lat = float(values["lon"]), float(values["lat"])
        height = float(values.get("height_m", DEFAULT_HEIGHT_M))
        overrides = {k: float(values[k]) for k in ("eirp_dbm", "frequency_mhz", "tilt_deg")
                     if k in values}
    except ValueError as exc:
        raise bad(Text(f"not a number: {exc}", f"không phải là số: {exc}")) from None
    model = values.get("propagation_model", "").strip().lower()
    if model:
        from coverage_planner.core.engine.pathloss import MODELS

        if model not in MODELS:
            raise bad(Text(f"unknown radio model '{model}' (use {', '.join(MODELS)})",
                           f"mô hình truyền sóng không rõ '{model}' (dùng {', '.join(MODELS)})"))
        overrides["propagation_model"] = model
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise bad(Text(f"lon/lat out of range: {lon}, {lat}", f"kinh độ/vĩ độ sai: {lon}, {lat}"))
    if not 1 <= height <= 300:
        raise bad(Text(f"mast height {height} m outside 1–300 m",
                       f"chiều cao cột {height} m ngoài 1–300 m"))
    techs = tuple(t.strip().upper() for t in values.get("technologies", "4G").replace("/", "+")
                  .split("+") if t.strip())
    unknown = [t for t in techs if t not in TEMPLATES]
    if unknown or not techs:
        raise bad(Text(f"unknown technology {unknown} (use 2G, 3G, 4G, 5G, e.g. 2G+4G)",
                       f"công nghệ không hợp lệ {unknown} (dùng 2G, 3G, 4G, 5G)"))
    az_text = values.get("azimuths")
    azimuths: tuple | None = DEFAULT_AZIMUTHS
    if az_text is not None:
        if az_text.lower() == "omni":
            azimuths = None
        else:
            try:
                azimuths = tuple(float(a) for a in az_text.split("/") if a.strip())
            except ValueError:
                raise bad(Text(f"azimuths '{az_text}': write 0/120/240 or omni",
                               f"góc phương vị '{az_text}': viết 0/120/240 hoặc omni")) from None
    from coverage_planner.core.io.cells import OPERATORS
    from coverage_planner.core.io.columns import key

    operator = OPERATORS.get(key(values["operator"]), values["operator"])
    return SiteSpec(operator, lon, lat, height, techs, azimuths,
                    values.get("site_id", ""), overrides)
