"""The 2023-style table as text, in Vietnamese or English (CLI; reports reuse the labels)."""

from __future__ import annotations

from coverage_planner.core.common.text import Text

ROWS = [
    ("villages_total", Text("Villages / residential groups", "Thôn, tổ dân phố")),
    ("mobile_signal", Text("with mobile signal at the centre", "được phủ sóng di động")),
    ("no_signal", Text("without mobile signal (trắng sóng)", "trắng sóng")),
    ("weak_signal_pockets", Text("weak-signal pockets (lõm sóng)", "có lõm sóng")),
    ("mobile_broadband", Text("with mobile broadband 3G/4G", "có băng rộng di động 3G/4G")),
    ("fixed_broadband", Text("with fixed broadband (fiber)", "có hạ tầng băng rộng cố định")),
    ("without_fixed_broadband", Text("without fixed broadband", "chưa có băng rộng cố định")),
    ("villages_5g", Text("with 5G", "có sóng 5G")),
]


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f} %" if whole else "–"


def format_summary(result, lang: str | None = None) -> str:
    s = result.summary
    total = s["villages_total"]
    lines = [Text("Coverage summary", "Tổng hợp phủ sóng")(lang), ""]
    for key, label in ROWS:
        value = s[key]
        share = "" if key == "villages_total" else pct(value, total)
        lines.append(f"{label(lang):<44}{value:>8,}  {share:>8}")
    lines.append(f"{Text('Households with fiber (subscribed)', 'Hộ dùng cáp quang')(lang):<44}"
                 f"{s['households_fiber']:>8,} / {s['households_total']:,} "
                 f"({pct(s['households_fiber'], s['households_total'])})")
    lines.append(f"{Text('5G sites', 'Trạm 5G')(lang):<44}{s['sites_5g']:>8,}")
    lines.append(f"{Text('Public Wi-Fi points', 'Điểm Wi-Fi công cộng')(lang):<44}{s['wifi_points']:>8,}")
    lines.append("")
    head = Text("District", "Huyện / thị xã / thành phố")(lang)
    cols = [Text("villages", "thôn")(lang), Text("signal", "có sóng")(lang),
            "3G/4G", Text("fiber", "cáp quang")(lang), Text("no fiber", "chưa có")(lang)]
    lines.append(f"{head:<28}" + "".join(f"{c:>10}" for c in cols))
    for name, d in s["by_district"].items():
        vals = [d["villages_total"], d["mobile_signal"], d["mobile_broadband"],
                d["fixed_broadband"], d["without_fixed_broadband"]]
        lines.append(f"{name:<28}" + "".join(f"{v:>10,}" for v in vals))
    lines.append("")
    head = Text("Carrier", "Nhà mạng")(lang)
    cols = [Text("sites", "trạm")(lang), Text("signal", "có sóng")(lang),
            "3G/4G", "5G"]
    lines.append(f"{head:<28}" + "".join(f"{c:>10}" for c in cols))
    for name, d in s["by_operator"].items():
        vals = [d["sites"], d["mobile_signal"], d["villages_3g_4g_signal"], d["villages_5g"]]
        lines.append(f"{name:<28}" + "".join(f"{v:>10,}" for v in vals))
    p = result.profile
    lines += ["", Text("Profile", "Hồ sơ phủ sóng")(lang) + f": {p['name']}",
              f"  signal dBm {p['signal_dbm']}; broadband dBm {p['broadband_dbm']}; "
              f"rx {p['receiver_height_m']} m; fiber reach {p['fiber_drop_reach_m']} m; "
              f"models {p['models']} ({p['hata_environment']})"]
    from coverage_planner.core.analysis.calibration import status_text

    lines.append(f"  {status_text(p)(lang)}")
    if result.notes:
        lines += ["", Text("Model validity", "Phạm vi hiệu lực của mô hình")(lang) + ":"]
        lines += [f"  - {note(lang)}" for note in result.notes]
    return "\n".join(lines)
