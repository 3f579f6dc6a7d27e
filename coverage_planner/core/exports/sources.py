"""Where the data come from, and which parts are synthetic (the folder's ``dataset.json``).

Every exported file says so: the PDF's first page, the Excel summary sheet, the GeoPackage and
GeoJSON layer descriptions, the KML document's description.
"""

from __future__ import annotations

from coverage_planner.core.common.text import Text

ORIGIN = {
    "real": Text("real", "thật"),
    "synthetic": Text("SYNTHETIC", "GIẢ LẬP"),
    "mixed": Text("real and synthetic", "thật và giả lập"),
}
LAYER_NAMES = {
    "communes": Text("Communes", "Xã, phường, thị trấn"),
    "districts": Text("Districts", "Huyện, thị xã, thành phố"),
    "roads": Text("Roads", "Đường giao thông"),
    "villages": Text("Villages", "Thôn, bản, tổ dân phố"),
    "households": Text("Household clusters", "Cụm hộ gia đình"),
    "sites": Text("Sites and cells", "Trạm BTS và cell"),
    "fiber": Text("Fiber network", "Mạng cáp quang"),
    "wifi": Text("Public Wi-Fi points", "Điểm Wi-Fi công cộng"),
    "dem": Text("Terrain (elevation)", "Địa hình (độ cao)"),
}
WARDS_SOURCE = Text(
    "Communes/wards from 1 July 2025: official reference map (sapnhap.bando.com.vn) via "
    "vietnamese-provinces-database (MIT), simplified to about 20 m",
    "Xã, phường từ 1/7/2025: bản đồ tham chiếu chính thức (sapnhap.bando.com.vn) qua "
    "vietnamese-provinces-database (MIT), đơn giản hóa khoảng 20 m")


def layers(project) -> dict:
    prov = getattr(project, "provenance", None) or {}
    return prov.get("layers", {}) if isinstance(prov, dict) else {}


def dataset_name(project) -> str:
    prov = getattr(project, "provenance", None) or {}
    name = prov.get("name") if isinstance(prov, dict) else None
    if name:
        return str(name)
    return project.root.name if getattr(project, "root", None) is not None else ""


def source_rows(project, lang: str) -> list[tuple[str, str, str]]:
    """(layer, origin, note) for each layer the data set describes."""
    rows = []
    for layer, info in layers(project).items():
        info = info if isinstance(info, dict) else {}
        origin = str(info.get("origin", ""))
        label = ORIGIN.get(origin, Text(origin or "—", origin or "—"))(lang)
        note = str(info.get("note") or info.get("source") or "")
        rows.append((LAYER_NAMES.get(layer, Text(layer, layer))(lang), label, note))
    return rows


def synthetic_layers(project) -> list[str]:
    return [name for name, info in layers(project).items()
            if isinstance(info, dict) and info.get("origin") in ("synthetic", "mixed")]


def synthetic_notice(project, lang: str) -> str:
    """A warning naming the synthetic layers ("" when the data set declares none)."""
    names = synthetic_layers(project)
    if not names:
        return ""
    listed = ", ".join(LAYER_NAMES.get(n, Text(n, n))(lang) for n in names)
    return Text(f"SYNTHETIC DATA — generated, not real (do not use as facts about real "
                f"infrastructure): {listed}.",
                f"DỮ LIỆU GIẢ LẬP — sinh ra, không phải dữ liệu thật (không dùng như thông tin "
                f"về hạ tầng thực tế): {listed}.")(lang)


def calibration_line(profile, lang: str) -> str:
    """Whether the coverage profile (a CoverageProfile or its dict) is calibrated against
    measurements, against how many samples, with what held-out RMSE."""
    from coverage_planner.core.analysis.calibration import status_text

    return status_text(profile)(lang)


def description(project, lang: str, title: str = "") -> str:
    """One paragraph for a file's metadata: title, data set, synthetic notice, calibration."""
    parts = [p for p in (title, dataset_name(project), synthetic_notice(project, lang),
                         calibration_line(getattr(project, "profile", None), lang)) if p]
    return " — ".join(parts)


def profile_line(profile: dict, lang: str) -> str:
    """The thresholds in force, e.g. "signal: 2G −100, 3G −100, 4G −115, 5G −110 dBm; …"."""
    def levels(d) -> str:
        return ", ".join(f"{k} {float(v):g}".replace("-", "−") for k, v in (d or {}).items())

    reach = float(profile.get("fiber_drop_reach_m") or 0)
    return Text(f"Coverage rules — signal: {levels(profile.get('signal_dbm'))} dBm; 3G/4G "
                f"broadband: {levels(profile.get('broadband_dbm'))} dBm; fiber drop reach "
                f"{reach:g} m.", f"Tiêu chí phủ sóng — có sóng: {levels(profile.get('signal_dbm'))}"
                f" dBm; băng rộng: {levels(profile.get('broadband_dbm'))} dBm; tầm kéo cáp "
                f"quang {reach:g} m.")(lang)
