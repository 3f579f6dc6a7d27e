"""How a coverage result looks on the map: one status per village, its style, popup and legend.

Two independent questions a planner asks of a village, drawn so both read at province zoom:

- *fixed broadband* (the fill): villages without fiber infrastructure get a strong red fill and
  a thick dark-red outline, drawn on top of the others; villages with fiber a pale green fill;
- *mobile* (the outline, and a hatching): no signal at the centre (*trắng sóng*) hatches the
  fill in black with a thick black outline; no 3G/4G broadband a thick orange outline; a
  weak-signal pocket (*lõm sóng*) a dashed outline (purple, or orange when it also lacks
  3G/4G), so that the legend's counts match the summary's.

Everything here is plain data (JSON for the page, escaped HTML); the page only looks it up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from coverage_planner.core.common.text import Text
from coverage_planner.mapview.escape import esc, text_of

TECHS = ("2G", "3G", "4G", "5G")
#: mobile status, worst first (a village takes the first that holds)
MOBILE = ("no_signal", "no_broadband_weak", "no_broadband", "weak", "ok")
FIBER = ("nofiber", "fiber")
#: layers switched off while a result is shown: hundreds of site clusters would hide the gaps
#: at province zoom (the layer control turns them back on; the 5G sites stay)
HIDDEN_WITH_RESULT = ("sites_viettel", "sites_vnpt", "sites_mobifone", "sites_other")

NOFIBER_FILL = "#e31a1c"
FIBER_FILL = "#b5d99c"
HATCH_STRIPE = "#111111"

#: mobile status -> outline (colour, weight, dash) drawn over the fill
OUTLINES = {
    "no_signal": ("#000000", 3.0, None),
    "no_broadband": ("#ff7f00", 3.0, None),
    "no_broadband_weak": ("#ff7f00", 3.0, "5 3"),
    "weak": ("#6a1b9a", 3.0, "5 3"),
}

LABELS = {
    "nofiber": Text("No fixed broadband (fiber)", "Chưa có băng rộng cố định (cáp quang)"),
    "fiber": Text("Has fixed broadband", "Đã có băng rộng cố định"),
    "no_signal": Text("No mobile signal (trắng sóng)", "Trắng sóng (không có sóng di động)"),
    "no_broadband": Text("Signal but no 3G/4G broadband", "Có sóng, chưa có băng rộng 3G/4G"),
    "weak": Text("Weak-signal pocket (lõm sóng)", "Lõm sóng"),
    "ok": Text("Mobile signal and 3G/4G", "Có sóng và 3G/4G"),
}
T = {
    "fixed_title": Text("Villages: fixed broadband", "Thôn: băng rộng cố định"),
    "mobile_title": Text("Villages: mobile (outline)", "Thôn: di động (đường viền)"),
    "status": Text("Status", "Tình trạng"),
    "commune": Text("Commune", "Xã"),
    "district": Text("District", "Huyện"),
    "households": Text("Households", "Số hộ"),
    "fiber_subscribers": Text("Fiber subscribers", "Hộ dùng cáp quang"),
    "village_id": Text("Village code", "Mã thôn"),
    "technology": Text("Tech.", "Công nghệ"),
    "level": Text("Best level", "Mức tốt nhất"),
    "best_server": Text("Best server", "Trạm phục vụ tốt nhất"),
    "distance_fiber": Text("Distance to fiber", "Khoảng cách tới cáp quang"),
    "distance_site": Text("Nearest site", "Trạm BTS gần nhất"),
    "households_signal": Text("Households with signal", "Hộ có sóng"),
    "households_broadband": Text("Households with 3G/4G", "Hộ có 3G/4G"),
    "public_wifi": Text("Public Wi-Fi", "Wi-Fi công cộng"),
    "yes": Text("yes", "có"),
    "none": Text("none", "không có"),
    "synthetic_note": Text("computed on synthetic data", "tính trên dữ liệu giả lập"),
    "weak_legend": Text("Weak-signal pocket (lõm sóng): dashed",
                        "Lõm sóng: viền nét đứt"),
}


@dataclass(frozen=True)
class VillageStatus:
    """Per village (in the result's order): fiber yes/no, mobile status and the style key."""

    ids: list[str]
    fiber: np.ndarray  # bool
    mobile: np.ndarray  # str, one of MOBILE
    keys: np.ndarray  # str, "<fiber>-<mobile>"

    def counts(self) -> dict[str, int]:
        """Villages per status: "nofiber", "fiber", "no_signal", "no_broadband" (with signal),
        "weak" and "ok"; a weak-signal pocket without 3G/4G counts in both of those.
        """
        out = {"nofiber": int((~self.fiber).sum()), "fiber": int(self.fiber.sum())}
        for m in ("no_signal", "no_broadband", "weak", "ok"):
            out[m] = int((self.mobile == m).sum())
        both = int((self.mobile == "no_broadband_weak").sum())
        out["no_broadband"] += both
        out["weak"] += both
        return out


def _bool(df: pd.DataFrame, column: str, default: bool) -> np.ndarray:
    if column not in df.columns:
        return np.full(len(df), default)
    return df[column].fillna(default).astype(bool).to_numpy()


def village_status(villages: pd.DataFrame) -> VillageStatus:
    """The status of each village of a :class:`CoverageResult` ``villages`` table."""
    fiber = _bool(villages, "fixed_broadband", True)
    signal = _bool(villages, "mobile_signal", True)
    broadband = _bool(villages, "mobile_broadband", True)
    weak = _bool(villages, "weak_pocket", False)
    mobile = np.select([~signal, ~broadband & weak, ~broadband, weak],
                       ["no_signal", "no_broadband_weak", "no_broadband", "weak"], "ok")
    keys = np.char.add(np.where(fiber, "fiber-", "nofiber-"), mobile.astype(str))
    ids = [text_of(v) for v in villages["village_id"]]
    return VillageStatus(ids, fiber, mobile.astype(str), keys.astype(str))


def hatch_id(fiber: str) -> str:
    return f"cp-hatch-{fiber}"


def styles() -> dict[str, dict]:
    """Leaflet path options per style key (``front``: drawn above the others)."""
    out = {}
    for fiber in FIBER:
        for mobile in MOBILE:
            no_fiber = fiber == "nofiber"
            style = {
                "fillColor": NOFIBER_FILL if no_fiber else FIBER_FILL,
                "fillOpacity": 0.85 if no_fiber else 0.6,
                "color": "#67000d" if no_fiber else "#6b8f5a",
                "weight": 2.0 if no_fiber else 0.6,
                "opacity": 1.0 if no_fiber else 0.8,
                "dashArray": None,
                "front": no_fiber,
            }
            if mobile == "no_signal":
                style["fillColor"] = f"url(#{hatch_id(fiber)})"
                style["fillOpacity"] = 0.95 if no_fiber else 0.85
            if mobile in OUTLINES:
                colour, weight, dash = OUTLINES[mobile]
                style.update(color=colour, weight=weight, dashArray=dash, opacity=1.0,
                             front=True)
            out[f"{fiber}-{mobile}"] = style
    return out


def patterns() -> dict[str, dict]:
    """SVG hatch patterns the page creates: id -> background and stripe colours."""
    return {
        hatch_id("nofiber"): {"bg": NOFIBER_FILL, "stripe": HATCH_STRIPE},
        hatch_id("fiber"): {"bg": FIBER_FILL, "stripe": HATCH_STRIPE},
    }


# ---- texts ---------------------------------------------------------------------------------
def fmt_int(value, lang: str) -> str:
    try:
        text = f"{int(round(float(value))):,}"
    except (TypeError, ValueError):
        return ""
    return text.replace(",", ".") if lang == "vi" else text


def fmt_dbm(value, lang: str) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return ""
    if not np.isfinite(v):
        return ""
    text = f"{v:.1f}".replace("-", "\u2212")
    return (text.replace(".", ",") if lang == "vi" else text) + " dBm"


def fmt_distance(metres, lang: str) -> str:
    try:
        m = float(metres)
    except (TypeError, ValueError):
        return ""
    if not np.isfinite(m):
        return ""
    if m < 1000:
        return f"{fmt_int(m, lang)} m"
    text = f"{m / 1000:.1f}"
    return (text.replace(".", ",") if lang == "vi" else text) + " km"


def fmt_share(share, lang: str) -> str:
    try:
        v = float(share)
    except (TypeError, ValueError):
        return ""
    if not np.isfinite(v):
        return ""
    return f"{round(100 * v):d} %"


def operators_of(villages: pd.DataFrame) -> list[str]:
    """Carriers with per-carrier columns (``signal_<tech>_<operator>``), sorted."""
    ops = set()
    for col in villages.columns:
        for tech in TECHS:
            prefix = f"signal_{tech}_"
            if col.startswith(prefix) and len(col) > len(prefix):
                ops.add(col[len(prefix):])
    return sorted(ops)


def status_lines(fiber: bool, mobile: str, lang: str) -> list[tuple[str, bool]]:
    """(text, is_a_gap) lines describing a village's status, gaps first."""
    lines = []
    if mobile == "no_broadband_weak":
        lines.append((LABELS["no_broadband"](lang), True))
        lines.append((LABELS["weak"](lang), True))
    elif mobile != "ok":
        lines.append((LABELS[mobile](lang), True))
    if not fiber:
        lines.append((LABELS["nofiber"](lang), True))
    if mobile == "ok":
        lines.append((LABELS["ok"](lang), False))
    if fiber:
        lines.append((LABELS["fiber"](lang), False))
    return lines


def short_status(fiber: bool, mobile: str, lang: str) -> str:
    gaps = [text for text, bad in status_lines(fiber, mobile, lang) if bad]
    return "; ".join(gaps)


def _tick(value: bool) -> str:
    return '<td class="cp-yes">\u2713</td>' if value else '<td class="cp-no">\u2013</td>'


def _status_html(fiber: bool, mobile: str, lang: str) -> str:
    return "".join(
        f'<div class="cp-st {"cp-st-bad" if bad else "cp-st-ok"}">{esc(text)}</div>'
        for text, bad in status_lines(fiber, mobile, lang))


@lru_cache(maxsize=32)
def _popup_parts(lang: str, operators: tuple[str, ...]) -> dict:
    """What every village's popup shares in a language: escaped labels, the technology table's
    head, the status lines of each (fiber, mobile) status. Built once per result, not per
    village (15,000 popups: this halved the time to write the map's result)."""
    labels = {key: esc(text(lang)) for key, text in T.items()}
    head = "".join(f"<th>{esc(op)}</th>" for op in operators)
    status = {(fiber, mobile): _status_html(fiber, mobile, lang)
              for fiber in (True, False) for mobile in MOBILE}
    techs_head = (f'<table class="cp-tech"><tr><th>{labels["technology"]}</th>'
                  f'<th>{labels["level"]}</th>{head}</tr>')
    return {"labels": labels, "status": status, "techs_head": techs_head}


def popup_html(row: dict, fiber: bool, mobile: str, operators: list[str], lang: str) -> str:
    """The popup of one village: status, per technology and carrier, best server, distances.

    Every text from the data is escaped (``esc``); the labels are escaped once per language in
    :func:`_popup_parts`; the numbers come from this module's ``fmt_*`` (digits, separators,
    units: nothing to escape).
    """
    parts = _popup_parts(lang, tuple(operators))
    labels = parts["labels"]
    status = parts["status"].get((bool(fiber), mobile))
    if status is None:  # a status this module does not list (defensive): the slow way
        status = _status_html(fiber, mobile, lang)
    facts = [
        ("commune", esc(text_of(row.get("commune")))),
        ("district", esc(text_of(row.get("district")))),
        ("households", fmt_int(row.get("households"), lang)),
        ("fiber_subscribers", fmt_int(row.get("fiber_subscribers"), lang)),
    ]
    tech_rows = []
    for tech in TECHS:
        ticks = "".join(_tick(bool(row.get(f"signal_{tech}_{op}", False))) for op in operators)
        tech_rows.append(f"<tr><th>{tech}</th><td>{fmt_dbm(row.get(f'level_{tech}'), lang)}"
                         f"</td>{ticks}</tr>")
    techs = f'{parts["techs_head"]}{"".join(tech_rows)}</table>'
    best_op = text_of(row.get("best_operator"))
    if best_op:
        server = esc(" · ".join(v for v in (
            f"{best_op} {text_of(row.get('best_technology'))}",
            text_of(row.get("best_cell")),
            fmt_dbm(row.get("best_level_dbm"), lang),
        ) if v))
    else:
        server = labels["none"]
    more = [
        ("best_server", server),
        ("households_signal", fmt_share(row.get("signal_share"), lang)),
        ("households_broadband", fmt_share(row.get("broadband_share"), lang)),
        ("distance_fiber", fmt_distance(row.get("distance_fiber_m"), lang)),
        ("distance_site", fmt_distance(row.get("distance_site_m"), lang)),
    ]
    if bool(row.get("public_wifi", False)):
        more.append(("public_wifi", labels["yes"]))
    more.append(("village_id", esc(text_of(row.get("village_id")))))

    def table(rows):  # (label key, value already escaped)
        return "<table>" + "".join(f"<tr><th>{labels[k]}</th><td>{v}</td></tr>"
                                   for k, v in rows if v != "") + "</table>"

    return (f'<div class="cp-popup cp-popup-result"><b>{esc(text_of(row.get("name")))}</b>'
            f"{status}{table(facts)}{techs}{table(more)}</div>")


# ---- legend and payload --------------------------------------------------------------------
def _swatch(css: str, style: str) -> str:
    return f'<i class="cp-sw {css}" style="{esc(style)}"></i>'


def _row(swatch: str, label: str, count: int | None, lang: str) -> str:
    n = f' <span class="cp-count">({fmt_int(count, lang)})</span>' if count is not None else ""
    return f'<div class="cp-lg-row">{swatch}<span>{esc(label)}{n}</span></div>'


def legend_block(status: VillageStatus | None, lang: str) -> str:
    """The villages' part of the legend (escaped HTML), with counts when a status is given."""
    counts = status.counts() if status is not None else {}
    parts = [f'<div class="cp-lg-head">{esc(T["fixed_title"](lang))}</div>']
    parts.append(_row(_swatch("cp-sw-fill cp-sw-strong",
                              f"--c:{NOFIBER_FILL};border-color:#67000d"),
                      LABELS["nofiber"](lang), counts.get("nofiber"), lang))
    parts.append(_row(_swatch("cp-sw-fill", f"--c:{FIBER_FILL}"), LABELS["fiber"](lang),
                      counts.get("fiber"), lang))
    parts.append(f'<div class="cp-lg-head">{esc(T["mobile_title"](lang))}</div>')
    for mobile in ("no_signal", "no_broadband", "weak"):
        colour, _, dash = OUTLINES[mobile]
        css = "cp-sw-outline" + (" cp-sw-hatch" if mobile == "no_signal" else "")
        css += " cp-sw-dashed" if dash else ""
        label = T["weak_legend"](lang) if mobile == "weak" else LABELS[mobile](lang)
        parts.append(_row(_swatch(css, f"--c:{colour}"), label, counts.get(mobile), lang))
    return "".join(parts)
