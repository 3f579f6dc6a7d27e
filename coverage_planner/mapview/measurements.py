"""The drive-test samples on the map: one dot per sample coloured on a discrete dBm scale.

Classes (:data:`CLASSES`, upper bound excluded): ≥ −80, −90 … −80, −100 … −90, −110 … −100 and
< −110 dBm, green to red, the same for every kind (RxLev, RSCP, RSRP, SS-RSRP): the scale a
planner reads a drive test on. Each dot's popup gives the value, kind, carrier, technology,
serving cell and time; every string is escaped here.

Two ways to the page:

- :func:`measurements_payload`: a :class:`~coverage_planner.mapview.layers.Payload` of kind
  ``points`` (drawn by the page's own points builder), hidden by default, for
  :func:`~coverage_planner.mapview.layers.all_payloads` to include when a project has
  measurements, with :func:`legend_block` for the legend;
- :func:`measurements_script`: JavaScript that adds (or replaces) the same layer in a page
  already drawn, unchecked in the layer control, with its own legend box shown while the layer
  is on (what File → Import measurements… runs; Qt's ``runJavaScript`` is not subject to the
  page's CSP).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coverage_planner.core.common.text import Text
from coverage_planner.mapview.escape import esc, js_json, text_of
from coverage_planner.mapview.layers import Payload, fmt_int, popup_html

KEY = "measurements"
#: (lower bound in dBm, colour, label) from the strongest class down
CLASSES = (
    (-80.0, "#1a9641", "≥ −80"),
    (-90.0, "#a6d96a", "−90 … −80"),
    (-100.0, "#fee08b", "−100 … −90"),
    (-110.0, "#fdae61", "−110 … −100"),
    (-np.inf, "#d7191c", "< −110"),
)
#: more dots than this are thinned evenly (the page stays responsive)
MAX_POINTS = 20_000
T = {
    "layer": Text("Drive test", "Đo kiểm thực tế (drive test)"),
    "legend": Text("Drive test (dBm)", "Đo kiểm (dBm)"),
    "value": Text("Level", "Mức thu"),
    "kind": Text("Measured", "Đại lượng"),
    "operator": Text("Carrier", "Nhà mạng"),
    "technology": Text("Technology", "Công nghệ"),
    "cell": Text("Serving cell", "Cell phục vụ"),
    "time": Text("Time", "Thời gian"),
    "sample": Text("Sample", "Mẫu đo"),
}


def colours(values) -> np.ndarray:
    """The class colour of each level (dBm); NaN gets the weakest class."""
    v = np.asarray(values, dtype=float)
    bounds = np.array([c[0] for c in CLASSES])
    index = np.searchsorted(-bounds, -np.nan_to_num(v, nan=-np.inf), side="left")
    palette = np.array([c[1] for c in CLASSES], dtype=object)
    return palette[np.clip(index, 0, len(CLASSES) - 1)]


def class_counts(values) -> list[int]:
    """Samples per class, strongest first."""
    got = colours(values)
    return [int((got == colour).sum()) for _, colour, _ in CLASSES]


def _time_text(value) -> str:
    if value is None or pd.isna(value):
        return ""
    return pd.Timestamp(value).strftime("%Y-%m-%d %H:%M:%S")


def points(df: pd.DataFrame, lang: str) -> list[dict]:
    """One point per sample: position, colour, tooltip and popup (escaped HTML)."""
    if len(df) > MAX_POINTS:
        df = df.iloc[np.linspace(0, len(df) - 1, MAX_POINTS).round().astype(int)]
    fill = colours(df["value_dbm"])
    out = []
    for row, colour in zip(df.itertuples(index=False), fill):
        value = f"{row.value_dbm:.0f} dBm" if np.isfinite(row.value_dbm) else ""
        title = f"{text_of(row.operator)} {text_of(row.technology)} {value}".strip()
        rows = [(T["value"](lang), value), (T["kind"](lang), text_of(row.kind)),
                (T["operator"](lang), text_of(row.operator)),
                (T["technology"](lang), text_of(row.technology)),
                (T["cell"](lang), text_of(row.cell_id)), (T["time"](lang), _time_text(row.time))]
        out.append({"la": round(float(row.lat), 6), "lo": round(float(row.lon), 6), "c": colour,
                    "t": esc(title), "p": popup_html(T["sample"](lang), rows)})
    return out


def layer_name(count: int, lang: str) -> str:
    """The layer control's entry (escaped HTML)."""
    return f'{esc(T["layer"](lang))} <span class="cp-count">({fmt_int(count, lang)})</span>'


def measurements_payload(df: pd.DataFrame | None, lang: str) -> Payload | None:
    """The samples as a hidden ``points`` layer (None without samples)."""
    if df is None or len(df) == 0:
        return None
    pts = points(df, lang)
    options = {"cluster": False, "radius": 4,
               "style": {"color": "#333333", "weight": 0.5, "fillOpacity": 0.9}}
    return Payload(KEY, "points", layer_name(len(df), lang), js_json(pts), len(pts), options,
                   show=False)


def legend_block(lang: str) -> str:
    """The legend's rows for the dBm classes (escaped HTML, the page's legend classes)."""
    rows = "".join(
        f'<div class="cp-lg-row"><i class="cp-sw cp-sw-dot" style="--c:{esc(colour)};"></i>'
        f"<span>{esc(label)}</span></div>" for _, colour, label in CLASSES)
    return f'<div class="cp-lg-head">{esc(T["legend"](lang))}</div>{rows}'


def measurements_script(df: pd.DataFrame | None, lang: str) -> str:
    """JavaScript adding the samples to a drawn page (replacing earlier ones), unchecked in the
    layer control, with a legend box while the layer is shown; removes them for None/empty.
    The script's value is the number of dots."""
    payload = measurements_payload(df, lang)
    data = {"points": payload.data if payload else "[]", "name": payload.name
            if payload else "", "legend": legend_block(lang)}
    return _SCRIPT.replace("__DATA__", js_json(data))


_SCRIPT = """(function (cfg) {
  var map = window.cpMap, ctl = window.cpControl, old = window.cpMeasurements;
  if (!map) { return -1; }
  if (old) {
    map.removeLayer(old.layer);
    if (ctl) { ctl.removeLayer(old.layer); }
    if (old.legend) { old.legend.remove(); }
    map.off('overlayadd overlayremove', old.onToggle);
  }
  window.cpMeasurements = null;
  var pts = JSON.parse(cfg.points);
  if (!pts.length) { return 0; }
  var markers = pts.map(function (p) {
    var m = L.circleMarker([p.la, p.lo], { radius: 4, color: '#333333', weight: 0.5,
                                           fillOpacity: 0.9, fillColor: p.c });
    m.bindTooltip(p.t, { className: 'cp-tip' });
    m.bindPopup(p.p);
    return m;
  });
  var layer = L.featureGroup(markers);
  var legend = L.control({ position: 'bottomleft' });
  legend.onAdd = function () {
    var div = L.DomUtil.create('div', 'cp-legend cp-legend-measurements');
    div.innerHTML = cfg.legend;
    return div;
  };
  var onToggle = function (e) {
    if (e.layer !== layer) { return; }
    if (e.type === 'overlayadd') { legend.addTo(map); } else { legend.remove(); }
  };
  map.on('overlayadd overlayremove', onToggle);
  if (ctl) { ctl.addOverlay(layer, cfg.name); }
  window.cpLayers = window.cpLayers || {};
  window.cpLayers.measurements = layer;
  window.cpMeasurements = { layer: layer, legend: legend, onToggle: onToggle,
                            count: markers.length };
  return markers.length;
}(__DATA__))"""
