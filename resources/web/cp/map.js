/* Coverage Planner map page: draws the layers written by coverage_planner.mapview.
 *
 * Data arrive in window.cpData[key] (from data/<key>.js); the layer specs, legend and
 * attribution in the config passed to cpDraw(map, config). Every HTML fragment in the data
 * (tooltips "t", popups "p", names, legend) was escaped in Python: this script inserts them as
 * they are and never builds HTML from raw values.
 *
 * For Python: window.cpReady (true once drawn), window.cpErrors (layers that failed),
 * window.cpLayers (key -> Leaflet layer),
 * cpCountLayers(), cpSetVillageColours({villageId: colour}), cpLoadResult(src, seq) /
 * cpApplyResult(data) (a coverage result: styles, popups, legend), cpFocusVillage(id, fly),
 * cpVillageStyleCounts(), and the Qt bridge (when present) receives villageClicked(id).
 *
 * What-if editing (see "What-if" below): cpSetMode(mode) ('add_site', 'add_ap', 'add_cable' or
 * null), cpSetEdits(data), cpShowSuggestions(data), cpShowFiberPlan(data),
 * cpShowDifferences(data), cpShowPreview(data), cpShowRolloutPlan(data); the bridge receives
 * addSiteAt(lat, lon), addAccessPointAt(lat, lon), cableFinished(json [[lat, lon], ...]),
 * siteClicked(id), siteDragging(id, lat, lon) (a drag in progress, for the live preview),
 * siteDragged(id, lat, lon) and suggestionClicked(rank). Python validates every argument.
 */
(function () {
  'use strict';

  window.cpReady = false;
  window.cpLayers = {};
  window.cpBridge = null;
  window.cpErrors = [];

  function connectBridge() {
    // only inside Qt: in a plain browser qwebchannel.js does not load and this does nothing
    if (typeof QWebChannel === 'undefined' || !window.qt || !window.qt.webChannelTransport) {
      return;
    }
    new QWebChannel(window.qt.webChannelTransport, function (channel) {
      window.cpBridge = channel.objects.cpBridge || null;
    });
  }

  /* Call a bridge slot when the bridge has it; true when called. */
  function bridgeCall(name, args) {
    var bridge = window.cpBridge;
    if (bridge && typeof bridge[name] === 'function') {
      bridge[name].apply(bridge, args);
      return true;
    }
    return false;
  }

  function notifyVillage(id) {
    if (!window.cpMode) {
      bridgeCall('villageClicked', [String(id)]);
    }
  }

  /* Villages: each feature's style is the layer's base style, its fill colour "c", and the
   * style of its status key "k" (from a coverage result) when there is one. */
  var villageStyles = {};
  var selectedVillage = null;
  var HIGHLIGHT = { color: '#00e5ff', weight: 5, opacity: 1, dashArray: null };

  function villageStyle(f, base) {
    var s = L.extend({}, base, { fillColor: f.properties.c });
    var extra = f.properties.k && villageStyles[f.properties.k];
    if (extra) {
      L.extend(s, extra);
    }
    return s;
  }

  function restyleVillage(lyr) {
    var s = villageStyle(lyr.feature, lyr.cpBase);
    if (lyr === selectedVillage) {
      L.extend(s, HIGHLIGHT);
    }
    lyr.setStyle(s);
  }

  /* Villages drawn above the others (gaps), then the selected one above all. */
  function orderVillages(layer) {
    layer.eachLayer(function (lyr) {
      var extra = villageStyles[lyr.feature.properties.k];
      if (extra && extra.front && lyr._map) {
        lyr.bringToFront();
      }
    });
    if (selectedVillage && selectedVillage._map) {
      selectedVillage.bringToFront();
    }
  }

  var COLOUR = /^#[0-9a-fA-F]{3,8}$/;
  var PATTERN_ID = /^cp-hatch-[a-z]+$/;

  /* Hatch patterns (id -> {bg, stripe}) in the villages' SVG, built with the DOM API. */
  function ensurePatterns(map, patterns) {
    var pane = map.getPane('cpVillages');
    var svg = pane && pane.querySelector('svg');
    if (!svg || !patterns) {
      return;
    }
    var SVGNS = svg.namespaceURI;  // the SVG namespace, without writing a URL into the page
    var defs = svg.querySelector('defs');
    if (!defs) {
      defs = document.createElementNS(SVGNS, 'defs');
      svg.insertBefore(defs, svg.firstChild);
    }
    Object.keys(patterns).forEach(function (id) {
      var p = patterns[id];
      if (!PATTERN_ID.test(id) || !COLOUR.test(p.bg) || !COLOUR.test(p.stripe)) {
        return;
      }
      var old = defs.querySelector('#' + id);
      if (old) {
        defs.removeChild(old);
      }
      var pattern = document.createElementNS(SVGNS, 'pattern');
      pattern.setAttribute('id', id);
      pattern.setAttribute('patternUnits', 'userSpaceOnUse');
      pattern.setAttribute('width', '6');
      pattern.setAttribute('height', '6');
      pattern.setAttribute('patternTransform', 'rotate(45)');
      var rect = document.createElementNS(SVGNS, 'rect');
      rect.setAttribute('width', '6');
      rect.setAttribute('height', '6');
      rect.setAttribute('fill', p.bg);
      var line = document.createElementNS(SVGNS, 'rect');
      line.setAttribute('width', '2.5');
      line.setAttribute('height', '6');
      line.setAttribute('fill', p.stripe);
      pattern.appendChild(rect);
      pattern.appendChild(line);
      defs.appendChild(pattern);
    });
  }

  function villagesLayer(map, spec, data) {
    var base = spec.options.style;
    villageStyles = spec.options.styles || {};
    window.cpVillageCounts = spec.options.counts || {};
    if (!map.getPane('cpVillages')) {
      map.createPane('cpVillages').style.zIndex = 390;  // under outlines, lines and markers
    }
    var layer = L.geoJSON(data, {
      pane: 'cpVillages',
      style: function (f) { return villageStyle(f, base); },
      onEachFeature: function (f, lyr) {
        lyr.cpBase = base;
        lyr.bindTooltip(f.properties.t, { sticky: true, className: 'cp-tip' });
        lyr.bindPopup(f.properties.p, { maxWidth: 360 });
        lyr.on('mouseover', function () {
          var w = (villageStyle(f, base).weight || 1) + 1.5;
          lyr.setStyle({ weight: Math.max(w, 2.5), color: '#000' });
        });
        lyr.on('mouseout', function () { restyleVillage(lyr); });
        lyr.on('click', function () { notifyVillage(f.properties.id); });
      }
    });
    layer.on('add', function () {
      ensurePatterns(map, spec.options.patterns);
      orderVillages(layer);
    });
    return layer;
  }

  function adminLayer(map, spec, data) {
    var outline = L.geoJSON(data.fc, { style: spec.options.style, interactive: false });
    var labels = L.layerGroup(data.labels.map(function (l) {
      return L.marker([l[0], l[1]], {
        interactive: false,
        keyboard: false,
        pane: 'cpLabels',
        icon: L.divIcon({ className: spec.options.labelClass, html: '<span>' + l[2] + '</span>',
                          iconSize: null })
      });
    }));
    var group = zoomGated(map, labels, spec.options.labelZoom, L.featureGroup([outline]));
    group.cpInner = outline;
    return group;
  }

  /* A container that shows `inner` only from `minZoom` on (labels, dense point layers). The
   * container is what the layer control switches, so both controls combine. */
  function zoomGated(map, inner, minZoom, container) {
    var group = container || L.featureGroup();
    group.cpInner = inner;
    group.cpUpdate = function () {
      if (map.getZoom() >= minZoom) {
        group.addLayer(inner);
      } else {
        group.removeLayer(inner);
      }
    };
    map.on('zoomend', group.cpUpdate);
    return group;
  }

  function linesLayer(map, spec, data) {
    var base = spec.options.style;
    return L.geoJSON(data, {
      style: function (f) {
        return L.extend({}, base, { color: f.properties.c, weight: f.properties.w });
      },
      onEachFeature: function (f, lyr) {
        if (f.properties.t) {
          lyr.bindTooltip(f.properties.t, { sticky: true, className: 'cp-tip' });
        }
      }
    });
  }

  function clusterIcon(colour) {
    return function (cluster) {
      var n = cluster.getChildCount();
      var size = n < 10 ? 28 : n < 100 ? 34 : 40;
      var div = document.createElement('div');
      div.className = 'cp-cluster';
      div.style.background = colour;
      div.style.width = div.style.height = size + 'px';
      div.textContent = String(n);
      return L.divIcon({ html: div, className: 'cp-cluster-icon', iconSize: L.point(size, size) });
    };
  }

  function pointsLayer(map, spec, data) {
    var opts = spec.options;
    var markers = data.map(function (p) {
      var m = L.circleMarker([p.la, p.lo], L.extend({}, opts.style,
        { radius: opts.radius, fillColor: p.c }));
      if (opts.style.color === '#ffffff') {
        m.setStyle({ color: '#333' });
      }
      m.bindTooltip(p.t, { className: 'cp-tip' });
      m.bindPopup(p.p);
      if (p.id !== undefined && p.id !== null) {
        m.on('click', function () { bridgeCall('siteClicked', [String(p.id)]); });
      }
      return m;
    });
    if (opts.minZoom) {
      return zoomGated(map, L.featureGroup(markers), opts.minZoom);
    }
    if (opts.cluster && L.markerClusterGroup) {
      var group = L.markerClusterGroup({
        showCoverageOnHover: false,
        disableClusteringAtZoom: 12,
        maxClusterRadius: 50,
        iconCreateFunction: clusterIcon(opts.clusterColour)
      });
      group.addLayers(markers);
      return group;
    }
    return L.featureGroup(markers);
  }

  var BUILDERS = { villages: villagesLayer, admin: adminLayer, lines: linesLayer,
                   points: pointsLayer };

  var LEGEND_FOLD_WIDTH = 760;

  function addLegend(map, html) {  // returns the legend's element
    var legend = L.control({ position: 'bottomright' });
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'cp-legend');
      div.innerHTML = html;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      // the title folds the legend away (folded from the start where the map is narrow)
      var title = div.querySelector('.cp-lg-title');
      if (title) {
        var chosen = false;  // once the user folds or unfolds it, the size no longer does
        title.addEventListener('click', function () {
          chosen = true;
          div.classList.toggle('cp-legend-folded');
        });
        var fit = function () {
          if (!chosen) {
            div.classList.toggle('cp-legend-folded', map.getSize().x < LEGEND_FOLD_WIDTH);
          }
        };
        fit();
        map.on('resize', fit);  // e.g. a panel opened beside the map
      }
      return div;
    };
    legend.addTo(map);
    return legend.getContainer();
  }

  window.cpDraw = function (map, cfg) {
    window.cpMap = map;
    if (!map.options.maxZoom) {
      map.setMaxZoom(cfg.maxZoom);  // without tiles nothing sets it; markercluster needs it
    }
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
    map.attributionControl.setPrefix(cfg.prefix);
    if (cfg.attribution) {
      map.attributionControl.addAttribution(cfg.attribution);
    }
    map.createPane('cpLabels').style.zIndex = 640;  // above markers, below tooltips/popups
    map.getPane('cpLabels').style.pointerEvents = 'none';
    // expanded only where it leaves room for the data (the desktop window has docks beside it)
    var collapsed = map.getSize().x < 1100;
    var control = L.control.layers(null, null, { collapsed: collapsed, position: 'topright' });
    var data = window.cpData || {};
    cfg.layers.forEach(function (spec) {
      if (!data[spec.key]) {
        return;
      }
      try {
        var layer = BUILDERS[spec.kind](map, spec, data[spec.key]);
        if (spec.show) {
          layer.addTo(map);
        }
        control.addOverlay(layer, spec.name);
        window.cpLayers[spec.key] = layer;
      } catch (err) {
        // one broken layer must not hide the others; Python reads cpErrors
        window.cpErrors.push(spec.key + ': ' + err);
      }
    });
    control.addTo(map);
    window.cpControl = control;
    var legend = addLegend(map, cfg.legend);
    // keep the data clear of the legend on the right when the map is wide enough for both
    var right = legend.offsetWidth + 20 < map.getSize().x / 3 ? legend.offsetWidth + 20 : 10;
    map.options.zoomSnap = 0.25;  // whole zoom steps would halve the province to clear it
    map.fitBounds(cfg.bounds, { paddingTopLeft: [10, 10], paddingBottomRight: [right, 10] });
    Object.keys(window.cpLayers).forEach(function (k) {
      if (window.cpLayers[k].cpUpdate) {
        window.cpLayers[k].cpUpdate();
      }
    });
    map.on('click', onMapClick);
    map.on('dblclick', onMapDblClick);
    connectBridge();
    window.cpReady = true;
  };

  /* {layerKey: number of features} for the tests and the status checks. */
  window.cpCountLayers = function () {
    var out = {};
    Object.keys(window.cpLayers).forEach(function (k) {
      var layer = window.cpLayers[k];
      var counted = layer.cpInner || layer;
      out[k] = { features: counted.getLayers().length, visible: window.cpMap.hasLayer(layer) };
    });
    return out;
  };

  function findVillage(id) {
    var layer = window.cpLayers.villages;
    var hit = null;
    if (layer) {
      layer.eachLayer(function (lyr) {
        if (lyr.feature.properties.id === id) {
          hit = lyr;
        }
      });
    }
    return hit;
  }

  /* Show a coverage result: {styles, patterns, legend, counts, v: {id: [key, popup, tooltip]}}
   * (every HTML fragment escaped in Python). Returns the number of villages restyled. */
  window.cpApplyResult = function (data) {
    var layer = window.cpLayers.villages;
    if (!layer || !data) {
      return 0;
    }
    villageStyles = data.styles || {};
    ensurePatterns(window.cpMap, data.patterns);
    // the site clusters make way for the gaps once; a what-if result later leaves them as the
    // user set them in the layer control
    var hide = window.cpResultHidden ? [] : (data.hide || []);
    window.cpResultHidden = true;
    hide.forEach(function (key) {
      var other = window.cpLayers[key];
      if (other && window.cpMap.hasLayer(other)) {
        window.cpMap.removeLayer(other);  // the layer control follows
      }
    });
    var n = 0;
    // partial: only the villages whose row changed (a what-if edit); the others keep theirs
    var partial = data.partial === true;
    layer.eachLayer(function (lyr) {
      var props = lyr.feature.properties;
      var entry = Object.prototype.hasOwnProperty.call(data.v, props.id) ? data.v[props.id] : null;
      if (!entry) {
        if (!partial) {
          props.k = null;
        } else if (props.k) {
          n += 1;
        }
      } else {
        props.k = entry[0];
        props.p = entry[1];
        props.t = entry[2];
        lyr.setPopupContent(entry[1]);
        lyr.setTooltipContent(entry[2]);
        n += 1;
      }
      restyleVillage(lyr);
    });
    orderVillages(layer);
    var block = document.querySelector('.cp-legend .cp-lg-villages');
    if (block && typeof data.legend === 'string') {
      block.innerHTML = data.legend;
    }
    window.cpVillageCounts = data.counts || {};
    return n;
  };

  /* Load a result file written next to the page (data/result_N.js) and show it; sets
   * window.cpResultSeq = seq once done (Python polls it), or window.cpResultError. */
  window.cpLoadResult = function (src, seq) {
    if (!/^data\/result_[0-9]+\.js$/.test(src)) {
      window.cpResultError = 'bad result path';
      return false;
    }
    var script = document.createElement('script');
    script.src = src;
    script.onload = function () {
      try {
        window.cpApplyResult(window.cpResultData);
        window.cpResultSeq = seq;
      } catch (err) {
        window.cpResultError = String(err);
      }
      script.parentNode.removeChild(script);
    };
    script.onerror = function () { window.cpResultError = 'cannot load ' + src; };
    document.head.appendChild(script);
    return true;
  };

  /* Select a village: highlighted above the others; with fly, the map flies to it.
   * An unknown id (or null) clears the selection. Returns true when found. */
  window.cpFocusVillage = function (id, fly) {
    var previous = selectedVillage;
    var hit = id === null ? null : findVillage(String(id));
    selectedVillage = hit;
    if (previous) {
      restyleVillage(previous);
    }
    var layer = window.cpLayers.villages;
    if (layer) {
      orderVillages(layer);
    }
    if (!hit) {
      return false;
    }
    restyleVillage(hit);
    hit.bringToFront();
    if (fly) {
      var map = window.cpMap;
      var zoom = Math.max(map.getZoom(), Math.min(12, map.getBoundsZoom(hit.getBounds()) - 1));
      map.flyTo(hit.getBounds().getCenter(), zoom, { duration: 0.6 });
    }
    return true;
  };

  /* {styleKey: villages} and {fill: villages} as drawn, for tests and checks. */
  window.cpVillageStyleCounts = function () {
    var out = { keys: {}, fills: {}, selected: selectedVillage ? selectedVillage.feature.properties.id : null };
    var layer = window.cpLayers.villages;
    if (layer) {
      layer.eachLayer(function (lyr) {
        var k = lyr.feature.properties.k || '';
        var fill = lyr.options.fillColor;
        out.keys[k] = (out.keys[k] || 0) + 1;
        out.fills[fill] = (out.fills[fill] || 0) + 1;
      });
    }
    return out;
  };

  /* Recolour villages, e.g. from a coverage result: {villageId: '#rrggbb'}. */
  window.cpSetVillageColours = function (colours) {
    var layer = window.cpLayers.villages;
    if (!layer) {
      return 0;
    }
    var n = 0;
    layer.eachLayer(function (lyr) {
      var c = colours[lyr.feature.properties.id];
      if (typeof c === 'string' && /^#[0-9a-fA-F]{3,8}$/.test(c)) {
        lyr.feature.properties.c = c;
        restyleVillage(lyr);
        n += 1;
      }
    });
    return n;
  };

  /* ---- What-if: edit modes, the scenario's edits, suggestions, fiber plan, differences ---- */

  var MODES = { add_site: true, add_ap: true, add_cable: true };
  var LATLON_DIGITS = 1e6;
  window.cpMode = null;
  var draft = null;  // the cable being drawn: {points: [[lat, lon]], line}
  var overlays = {};  // key -> Leaflet layer in the layer control

  function ensurePane(name, z) {
    var map = window.cpMap;
    if (!map.getPane(name)) {
      map.createPane(name).style.zIndex = z;
    }
    return name;
  }

  /* A layer of ours in the layer control (created once, emptied on each update). */
  function overlay(key, name, pane, z) {
    var map = window.cpMap;
    var layer = overlays[key];
    if (!layer) {
      ensurePane(pane, z);
      layer = L.featureGroup();
      overlays[key] = layer;
      layer.addTo(map);
      if (window.cpControl) {
        window.cpControl.addOverlay(layer, name);
      }
    } else {
      layer.clearLayers();
      if (window.cpControl && name) {
        window.cpControl.removeLayer(layer);
        window.cpControl.addOverlay(layer, name);
      }
    }
    return layer;
  }

  function dropOverlay(key) {
    var layer = overlays[key];
    if (layer) {
      if (window.cpControl) {
        window.cpControl.removeLayer(layer);
      }
      window.cpMap.removeLayer(layer);
      delete overlays[key];
    }
  }

  function rounded(v) {
    return Math.round(v * LATLON_DIGITS) / LATLON_DIGITS;
  }

  function cancelDraft() {
    if (draft && draft.line) {
      draft.line.remove();
    }
    draft = null;
  }

  window.cpSetMode = function (mode) {
    var map = window.cpMap;
    window.cpMode = MODES[mode] ? mode : null;
    cancelDraft();
    var container = map.getContainer();
    container.classList.toggle('cp-mode-add', window.cpMode !== null);
    if (window.cpMode === 'add_cable') {
      map.doubleClickZoom.disable();
    } else {
      map.doubleClickZoom.enable();
    }
    if (window.cpMode) {
      map.closePopup();
    }
    return window.cpMode;
  };

  function drawDraft() {
    var map = window.cpMap;
    ensurePane('cpEdits', 650);
    if (!draft.line) {
      draft.line = L.polyline(draft.points, { pane: 'cpEdits', color: '#c51b7d', weight: 3,
                                              dashArray: '4 4', interactive: false }).addTo(map);
    } else {
      draft.line.setLatLngs(draft.points);
    }
  }

  function onMapClick(e) {
    var mode = window.cpMode;
    if (!mode || !e || !e.latlng) {
      return;
    }
    var lat = rounded(e.latlng.lat), lon = rounded(e.latlng.lng);
    if (mode === 'add_site') {
      bridgeCall('addSiteAt', [lat, lon]);
    } else if (mode === 'add_ap') {
      bridgeCall('addAccessPointAt', [lat, lon]);
    } else if (mode === 'add_cable') {
      draft = draft || { points: [], line: null };
      var last = draft.points[draft.points.length - 1];
      // the two clicks of a double-click land on the same point: count it once
      if (!last || last[0] !== lat || last[1] !== lon) {
        draft.points.push([lat, lon]);
        drawDraft();
      }
    }
  }

  function onMapDblClick(e) {
    if (window.cpMode !== 'add_cable') {
      return;
    }
    if (e && e.latlng) {
      onMapClick(e);
    }
    if (draft && draft.points.length >= 2) {
      var points = draft.points;
      cancelDraft();
      bridgeCall('cableFinished', [JSON.stringify(points)]);
    }
  }

  /* The points of the cable being drawn (for tests). */
  window.cpDraftPoints = function () {
    return draft ? draft.points.length : 0;
  };

  var GLYPHS = { 'new': '+', moved: '\u2194', edited: '\u270e', removed: '\u2715', base: '\u25cf' };

  function siteIcon(s, selected) {
    var div = document.createElement('div');
    div.className = 'cp-edit-site cp-edit-' + s.state + (selected ? ' cp-edit-selected' : '');
    div.style.background = COLOUR.test(s.c) ? s.c : '#7f7f7f';
    div.textContent = GLYPHS[s.state] || '?';
    return L.divIcon({ html: div, className: 'cp-edit-icon', iconSize: L.point(24, 24) });
  }

  /* The scenario's edits: {name, sites: [{id, la, lo, state, c, t, from}], aps: [{id, la, lo, t}],
   * cables: [{id, ll, t}], selected}. New, moved, edited and selected sites can be dragged. */
  window.cpSetEdits = function (data) {
    if (!data) {
      dropOverlay('edits');
      return 0;
    }
    var layer = overlay('edits', data.name, 'cpEdits', 650);
    (data.cables || []).forEach(function (c) {
      L.polyline(c.ll, { pane: 'cpEdits', color: '#c51b7d', weight: 4, opacity: 0.95 })
        .bindTooltip(c.t, { sticky: true, className: 'cp-tip' }).addTo(layer);
    });
    (data.aps || []).forEach(function (a) {
      L.circleMarker([a.la, a.lo], { pane: 'cpEdits', radius: 7, color: '#c51b7d', weight: 3,
                                     fillColor: '#ffffff', fillOpacity: 1 })
        .bindTooltip(a.t, { className: 'cp-tip' }).addTo(layer);
    });
    (data.sites || []).forEach(function (s) {
      if (s.from) {
        L.polyline([s.from, [s.la, s.lo]], { pane: 'cpEdits', color: '#333', weight: 1.5,
                                             dashArray: '3 4', interactive: false }).addTo(layer);
      }
      var marker = L.marker([s.la, s.lo], {
        pane: 'cpEdits', icon: siteIcon(s, s.id === data.selected), keyboard: false,
        draggable: s.state !== 'removed', autoPan: true
      });
      marker.cpId = s.id;
      marker.cpState = s.state;
      marker.bindTooltip(s.t, { className: 'cp-tip', direction: 'top', offset: [0, -10] });
      marker.on('click', function () { bridgeCall('siteClicked', [String(s.id)]); });
      marker.on('dragstart', function () { startPreview(); });
      marker.on('drag', function () { askPreview(s.id, marker.getLatLng()); });
      marker.on('dragend', function () {
        var p = marker.getLatLng();
        endPreview();
        bridgeCall('siteDragged', [String(s.id), rounded(p.lat), rounded(p.lng)]);
      });
      marker.addTo(layer);
    });
    return layer.getLayers().length;
  };

  function eachMarker(key, fn) {
    var layer = overlays[key];
    if (layer) {
      layer.eachLayer(function (l) {
        if (l instanceof L.Marker) {
          fn(l);
        }
      });
    }
  }

  /* [{id, state, lat, lng, draggable, selected}] of the edits' site markers (for tests). */
  window.cpEditMarkers = function () {
    var out = [];
    eachMarker('edits', function (m) {
      var p = m.getLatLng();
      out.push({ id: m.cpId, state: m.cpState, lat: p.lat, lng: p.lng,
                 draggable: !!(m.dragging && m.dragging.enabled()),
                 selected: m.getElement() ? m.getElement().querySelector('.cp-edit-selected') !== null : false });
    });
    return out;
  };

  /* The live preview while a site's marker is dragged: Python is asked what this position
   * would gain or lose (siteDragging), one request at a time; positions passed while one is
   * out are folded into the newest, sent when its answer is in, so the preview follows at the
   * engine's pace and never queues. The answer (cpShowPreview) rings the villages gaining
   * (green) and losing (red) and labels the mast; letting go clears it. */
  var preview = { dragging: false, busy: false, next: null, layer: null, asked: 0, label: '' };

  function startPreview() {
    preview.dragging = true;
    preview.busy = false;  // an answer to the previous drag may never come
    preview.next = null;
  }

  function askPreview(id, p) {
    if (!preview.dragging) {
      return;
    }
    if (preview.busy) {
      preview.next = [id, p];
      return;
    }
    preview.busy = bridgeCall('siteDragging', [String(id), rounded(p.lat), rounded(p.lng)]);
    preview.asked += preview.busy ? 1 : 0;
  }

  function clearPreview() {
    if (preview.layer) {
      preview.layer.remove();
      preview.layer = null;
    }
  }

  function endPreview() {
    preview.dragging = false;
    preview.next = null;
    clearPreview();
  }

  window.cpShowPreview = function (data) {
    preview.busy = false;
    clearPreview();
    if (!data || !preview.dragging) {
      return 0;
    }
    ensurePane('cpPreview', 640);
    var layer = L.featureGroup().addTo(window.cpMap);
    preview.layer = layer;
    [['g', '#1a9641', null], ['l', '#d7191c', '4 3']].forEach(function (kind) {
      (data[kind[0]] || []).forEach(function (ll) {
        L.circleMarker(ll, { pane: 'cpPreview', radius: 10, color: kind[1], weight: 3,
                             dashArray: kind[2], fill: false, interactive: false }).addTo(layer);
      });
    });
    var label = document.createElement('div');
    label.innerHTML = data.t;  // escaped by Python (mapview.preview)
    preview.label = label.textContent;
    L.marker([data.la, data.lo], {
      pane: 'cpPreview', interactive: false, keyboard: false,
      icon: L.divIcon({ html: label, className: 'cp-preview-label', iconSize: null,
                        iconAnchor: [-18, 10] })
    }).addTo(layer);
    if (preview.next) {
      var next = preview.next;
      preview.next = null;
      askPreview(next[0], next[1]);
    }
    return layer.getLayers().length;
  };

  /* {dragging, busy, asked, rings: [green, red]} of the preview (for tests). */
  window.cpPreviewState = function () {
    var rings = [0, 0];
    if (preview.layer) {
      preview.layer.eachLayer(function (l) {
        if (l instanceof L.CircleMarker) {
          rings[l.options.color === '#1a9641' ? 0 : 1] += 1;
        }
      });
    }
    return { dragging: preview.dragging, busy: preview.busy, asked: preview.asked,
             rings: rings, label: preview.layer ? preview.label : '' };
  };

  /* The edits' marker of site ``id`` when it can be dragged, else null. */
  function draggable(id) {
    var hit = null;
    eachMarker('edits', function (m) {
      if (m.cpId === id) {
        hit = m;
      }
    });
    return hit && hit.dragging && hit.dragging.enabled() ? hit : null;
  }

  /* A drag in progress without the mouse (tests, keyboard users): the marker moved to
   * (lat, lon) and held there, as between the mouse's moves. */
  window.cpDragPreview = function (id, lat, lon) {
    var hit = draggable(id);
    if (!hit) {
      return false;
    }
    if (!preview.dragging) {
      hit.fire('dragstart');
    }
    hit.setLatLng([lat, lon]);
    hit.fire('drag');
    return true;
  };

  /* What a drag of a site's marker does, without the mouse (tests, keyboard users). */
  window.cpDragSite = function (id, lat, lon) {
    var hit = draggable(id);
    if (!hit) {
      return false;
    }
    hit.setLatLng([lat, lon]);
    hit.fire('dragend');
    return true;
  };

  /* Suggested sites: {name, items: [{rank, la, lo, t, p, ok, c}]}; null removes them. */
  window.cpShowSuggestions = function (data) {
    if (!data) {
      dropOverlay('suggestions');
      return 0;
    }
    var layer = overlay('suggestions', data.name, 'cpSuggestions', 645);
    data.items.forEach(function (s) {
      var div = document.createElement('div');
      div.className = 'cp-suggestion' + (s.ok ? ' cp-suggestion-ok' : '');
      div.style.borderColor = COLOUR.test(s.c) ? s.c : '#333';
      div.textContent = String(s.rank);
      var marker = L.marker([s.la, s.lo], {
        pane: 'cpSuggestions', keyboard: false,
        icon: L.divIcon({ html: div, className: 'cp-suggestion-icon', iconSize: L.point(26, 26) })
      });
      marker.cpRank = s.rank;
      marker.bindTooltip(s.t, { className: 'cp-tip', direction: 'top', offset: [0, -12] });
      marker.bindPopup(s.p);
      marker.on('click', function () { bridgeCall('suggestionClicked', [s.rank]); });
      marker.addTo(layer);
    });
    return layer.getLayers().length;
  };

  /* Suggested fiber extensions: {name, items: [{id, ll, t, p}]}; null removes them. */
  window.cpShowFiberPlan = function (data) {
    if (!data) {
      dropOverlay('fiberPlan');
      return 0;
    }
    var layer = overlay('fiberPlan', data.name, 'cpFiberPlan', 420);
    data.items.forEach(function (f) {
      var line = L.polyline(f.ll, { pane: 'cpFiberPlan', color: '#e6007e', weight: 3.5,
                                    dashArray: '9 5', opacity: 0.95 });
      line.cpId = f.id;
      line.bindTooltip(f.t, { sticky: true, className: 'cp-tip' });
      line.bindPopup(f.p);
      line.addTo(layer);
    });
    return layer.getLayers().length;
  };

  /* The rollout plan (coverage_planner.mapview.plan): {name, sites: [{id, kind: 'mast' |
   * 'upgrade' | 'satellite', la, lo, c, y, t, p}], lines: [{id, ll, y, t, p}]}; masts are
   * discs in the carrier's colour ringed in black (they stand out on red and green villages),
   * upgrades white discs ringed in the carrier's colour, satellite terminals small grey dots,
   * fiber extensions dark teal lines (the network's own fiber is purple). null removes it.
   * Returns the number of shapes drawn. */
  var PLAN_SITE_STYLES = {
    mast: { radius: 8, weight: 2.5, fillOpacity: 0.95, ring: '#111111' },
    upgrade: { radius: 6, weight: 3, fillOpacity: 0.95, fill: '#ffffff' },
    satellite: { radius: 4, weight: 1.5, fillOpacity: 0.9, ring: '#ffffff' }
  };
  var PLAN_FIBER = '#00695c';
  window.cpShowRolloutPlan = function (data) {
    if (!data) {
      dropOverlay('rolloutPlan');
      return 0;
    }
    var layer = overlay('rolloutPlan', data.name, 'cpRolloutPlan', 615);
    (data.lines || []).forEach(function (f) {
      var line = L.polyline(f.ll, { pane: 'cpRolloutPlan', color: PLAN_FIBER, weight: 4,
                                    opacity: 0.95 });
      line.cpId = f.id;
      line.cpKind = 'fiber';
      line.bindTooltip(f.t, { sticky: true, className: 'cp-tip' });
      line.bindPopup(f.p);
      line.addTo(layer);
    });
    (data.sites || []).forEach(function (s) {
      var base = PLAN_SITE_STYLES[s.kind] || PLAN_SITE_STYLES.mast;
      var colour = COLOUR.test(s.c) ? s.c : '#333';
      var marker = L.circleMarker([s.la, s.lo], {
        pane: 'cpRolloutPlan', radius: base.radius, weight: base.weight,
        fillOpacity: base.fillOpacity, color: base.ring || colour, fillColor: base.fill || colour
      });
      marker.cpId = s.id;
      marker.cpKind = s.kind;
      marker.bindTooltip(s.t, { className: 'cp-tip', direction: 'top' });
      marker.bindPopup(s.p);
      marker.addTo(layer);
    });
    return layer.getLayers().length;
  };

  var DIFF_STYLES = {
    gained: { color: '#1a9850', weight: 5, fill: false, opacity: 1 },
    lost: { color: '#d73027', weight: 5, fill: false, opacity: 1, dashArray: '6 4' },
    mixed: { color: '#7b3294', weight: 5, fill: false, opacity: 1, dashArray: '2 4' }
  };

  /* Villages that change status: {name, v: {villageId: 'gained'|'lost'|'mixed'}} outlined
   * above the others; null removes them. Returns the number outlined. */
  window.cpShowDifferences = function (data) {
    if (!data) {
      dropOverlay('differences');
      return 0;
    }
    var layer = overlay('differences', data.name, 'cpDifferences', 430);
    var villages = window.cpLayers.villages;
    if (!villages) {
      return 0;
    }
    villages.eachLayer(function (lyr) {
      var kind = data.v[lyr.feature.properties.id];
      if (!kind || !DIFF_STYLES[kind]) {
        return;
      }
      var outline = L.geoJSON(lyr.toGeoJSON(), {
        pane: 'cpDifferences', interactive: false,
        style: function () { return DIFF_STYLES[kind]; }
      });
      outline.cpKind = kind;
      outline.addTo(layer);
    });
    return layer.getLayers().length;
  };

  /* Fly to one of our overlays ('edits', 'suggestions', 'fiberPlan', 'differences',
   * 'rolloutPlan'), zoomed in no further than maxZoom. Returns false when it is empty. */
  window.cpFitOverlay = function (key, maxZoom) {
    var layer = overlays[key];
    if (!layer || !layer.getLayers().length) {
      return false;
    }
    var bounds = layer.getBounds();
    if (!bounds.isValid()) {
      return false;
    }
    window.cpMap.flyToBounds(bounds.pad(0.5), { maxZoom: maxZoom || 12, duration: 0.6 });
    return true;
  };

  /* {key: features} of our what-if overlays (for tests). */
  window.cpOverlayCounts = function () {
    var out = {};
    Object.keys(overlays).forEach(function (k) {
      out[k] = { features: overlays[k].getLayers().length,
                 visible: window.cpMap.hasLayer(overlays[k]) };
    });
    return out;
  };

  /* ---- Base maps and coverage layers (coverage_planner.mapview.basemaps) -------------------
   * cpSetBaseMaps({title, layers: [{key, kind: 'image'|'tiles', name, url, bounds, attribution,
   * maxZoom, show}]}): radio choices in the layer control, drawn under everything else; a tile
   * layer only comes when Python sends one (online maps on). cpSetCoverageLayers({layers:
   * [{key, name, url, bounds}], legend, opacity}): overlays, off at first, with a dBm legend
   * shown while any of them is on. null removes them. cpShowCoverageLayer(key, on) switches
   * one; cpBaseMaps() / cpCoverageState() report what the page has (tests). */
  var baseMaps = {};
  var coverageLayers = {};
  var coverageLegend = null;

  function dropFromMap(layer) {
    if (window.cpControl) {
      window.cpControl.removeLayer(layer);
    }
    window.cpMap.removeLayer(layer);
  }

  function baseTitle(title) {
    var control = window.cpControl;
    var list = control && control._baseLayersList;
    if (!list || !list.parentNode) {
      return;
    }
    var head = list.parentNode.querySelector('.cp-base-title');
    if (!head) {
      head = document.createElement('div');
      head.className = 'cp-base-title';
      list.parentNode.insertBefore(head, list);
    }
    head.innerHTML = title || '';  // escaped in Python
    head.style.display = Object.keys(baseMaps).length ? '' : 'none';
  }

  window.cpSetBaseMaps = function (data) {
    var map = window.cpMap;
    Object.keys(baseMaps).forEach(function (k) { dropFromMap(baseMaps[k]); });
    baseMaps = {};
    var layers = (data && data.layers) || [];
    ensurePane('cpBase', 150);  // under Leaflet's tiles (200) and overlays (400)
    var shown = false;
    layers.forEach(function (spec) {
      var options = { pane: 'cpBase', attribution: spec.attribution || '' };
      var layer;
      if (spec.kind === 'image') {
        layer = L.imageOverlay(spec.url, spec.bounds, L.extend(options, { interactive: false }));
      } else if (spec.kind === 'tiles') {
        layer = L.tileLayer(spec.url, L.extend(options, { maxZoom: spec.maxZoom || 19 }));
      } else {
        return;
      }
      layer.cpKey = spec.key;
      layer.cpUrl = spec.url;
      baseMaps[spec.key] = layer;
      if (spec.show && !shown) {
        layer.addTo(map);
        shown = true;
      }
      if (window.cpControl) {
        window.cpControl.addBaseLayer(layer, spec.name);
      }
    });
    baseTitle(data && data.title);
    return layers.length;
  };

  window.cpBaseMaps = function () {
    return Object.keys(baseMaps).map(function (k) {
      var layer = baseMaps[k];
      return { key: k, url: layer.cpUrl, tiles: layer instanceof L.TileLayer,
               visible: window.cpMap.hasLayer(layer) };
    });
  };

  function updateCoverageLegend() {
    if (!coverageLegend) {
      return;
    }
    var on = Object.keys(coverageLayers).some(function (k) {
      return window.cpMap.hasLayer(coverageLayers[k]);
    });
    coverageLegend.getContainer().style.display = on ? '' : 'none';
  }

  window.cpSetCoverageLayers = function (data) {
    var map = window.cpMap;
    // a scenario's layers replace the baseline's: the ones the user had switched on stay on
    var wasOn = {};
    Object.keys(coverageLayers).forEach(function (k) {
      if (map.hasLayer(coverageLayers[k])) {
        wasOn[k] = true;
      }
      dropFromMap(coverageLayers[k]);
    });
    coverageLayers = {};
    var layers = (data && data.layers) || [];
    ensurePane('cpCoverage', 380);  // above the base maps, under the villages (390)
    layers.forEach(function (spec) {
      var layer = L.imageOverlay(spec.url, spec.bounds, {
        pane: 'cpCoverage', opacity: data.opacity || 0.7, interactive: false
      });
      layer.cpKey = spec.key;
      layer.cpUrl = spec.url;
      layer.on('add remove', updateCoverageLegend);
      coverageLayers[spec.key] = layer;
      if (window.cpControl) {
        window.cpControl.addOverlay(layer, spec.name);
      }
      if (wasOn[spec.key]) {
        layer.addTo(map);
      }
    });
    if (!coverageLegend) {
      coverageLegend = L.control({ position: 'bottomright' });
      coverageLegend.onAdd = function () {
        var div = L.DomUtil.create('div', 'cp-coverage-legend');
        L.DomEvent.disableClickPropagation(div);
        return div;
      };
      coverageLegend.addTo(map);
    }
    coverageLegend.getContainer().innerHTML = (data && data.legend) || '';  // escaped in Python
    updateCoverageLegend();
    return layers.length;
  };

  /* Switch one coverage layer on or off (as its box in the layer control does); false when the
   * page has no such layer. */
  window.cpShowCoverageLayer = function (key, on) {
    var layer = coverageLayers[key];
    if (!layer) {
      return false;
    }
    if (on) {
      layer.addTo(window.cpMap);
    } else {
      window.cpMap.removeLayer(layer);
    }
    if (window.cpControl) {
      window.cpControl._update();  // the boxes follow
    }
    return true;
  };

  window.cpCoverageState = function () {
    var legend = coverageLegend && coverageLegend.getContainer();
    return {
      layers: Object.keys(coverageLayers).map(function (k) {
        var layer = coverageLayers[k];
        return { key: k, url: layer.cpUrl, visible: window.cpMap.hasLayer(layer) };
      }),
      legendShown: !!(legend && legend.style.display !== 'none' && legend.innerHTML),
      legend: legend ? legend.textContent : ''
    };
  };
}());

/* File → Open layer…: a user's file drawn on top, with a popup per feature (escaped in
 * Python) and a box in the layer control. Returns the number of features drawn. */
(function () {
  'use strict';
  window.cpUserLayers = window.cpUserLayers || [];
  window.cpAddUserLayer = function (data) {
    var layer = L.geoJSON(data.geojson, {
      style: function () { return { color: '#6a3d9a', weight: 2, fillOpacity: 0.15 }; },
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, { radius: 5, color: '#6a3d9a', fillOpacity: 0.8 });
      },
      onEachFeature: function (feature, lyr) {
        if (feature.properties && feature.properties._popup) {
          lyr.bindPopup(feature.properties._popup);
        }
      }
    }).addTo(window.cpMap);
    window.cpUserLayers.push(layer);
    if (window.cpControl) {
      window.cpControl.addOverlay(layer, data.name);
    }
    return data.count;
  };
}());
