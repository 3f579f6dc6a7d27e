"""Texts shown on the map page, in Vietnamese and English."""

from __future__ import annotations

from coverage_planner.core.common.text import Text

T = {
    "villages": Text("Villages / residential groups", "Thôn, bản, tổ dân phố"),
    "communes": Text("Communes / wards", "Xã, phường, thị trấn"),
    "districts": Text("Districts", "Huyện, thị xã, thành phố"),
    "roads": Text("Main roads and railway", "Đường chính, đường sắt"),
    "local_roads": Text("Local roads", "Đường liên thôn"),
    "partly_synthetic": Text("Partly synthetic", "Một phần giả lập"),
    "sites_of": Text("{op} sites", "Trạm BTS {op}"),
    "sites_5g": Text("5G sites", "Trạm 5G"),
    "wifi": Text("Public Wi-Fi points", "Điểm Wi-Fi công cộng"),
    "fiber_cables": Text("Fiber cables", "Cáp quang"),
    "trunk": Text("Trunk fiber", "Cáp quang trục"),
    "distribution": Text("Distribution fiber", "Cáp quang phân phối"),
    "fiber_access_points": Text("Fiber access points (splitters)", "Điểm truy nhập cáp quang (hộp chia)"),
    "legend": Text("Legend", "Chú giải"),
    "from_zoom": Text("from zoom {z}", "từ mức thu phóng {z}"),
    "commune": Text("Commune", "Xã"),
    "district": Text("District", "Huyện"),
    "households": Text("Households", "Số hộ"),
    "fiber_subscribers": Text("Fiber subscribers", "Hộ dùng cáp quang"),
    "status": Text("Status", "Trạng thái"),
    "village_id": Text("Village code", "Mã thôn"),
    "site": Text("Site", "Trạm"),
    "operator": Text("Carrier", "Nhà mạng"),
    "technologies": Text("Technologies", "Công nghệ"),
    "cells": Text("Cells", "Số cell"),
    "height": Text("Height (m)", "Độ cao (m)"),
    "kind": Text("Type", "Loại"),
    "name": Text("Name", "Tên"),
    "other_operator": Text("Other carriers", "Nhà mạng khác"),
    "real_data": Text("Real data", "Dữ liệu thật"),
    "synthetic_data": Text(
        "SYNTHETIC data (generated, not real)", "DỮ LIỆU GIẢ LẬP (tự sinh, không phải thật)"
    ),
    "title": Text("Coverage Planner map", "Bản đồ quy hoạch phủ sóng"),
}


def tr(key: str, lang: str, **kwargs) -> str:
    """The text for ``key`` in ``lang`` ("vi" or "en"), formatted with ``kwargs``."""
    text = T[key]
    if kwargs:
        text = text.format(**kwargs)
    return text(lang)
