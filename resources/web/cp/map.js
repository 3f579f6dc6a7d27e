/* Coverage Planner map page: draws the layers written by coverage_planner.mapview.
 *
 * Data arrive in window.cpData[key] (from data/<key>.js); the layer specs, legend and
 * attribution in the config passed to cpDraw(map, config). Every HTML fragment in the data
 * (tooltips "t", popups "p", names, legend) was escaped in Python: this script inserts them as
 * they are and never builds HTML from raw values.
 *
 * For Python: window.cpReady (true once drawn), window.cpErrors (layers that failed),
 * window.cpLayers (key -> Leaflet layer),
 * cpCountLayers(), cpSetVillageColours({villageId: colour}), and the Qt bridge (when present)
 * receives villageClicked(id).
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

  function notifyVillage(id) {
    if (window.cpBridge && typeof window.cpBridge.villageClicked === 'function') {
      window.cpBridge.villageClicked(String(id));
    }
  }

  function villagesLayer(map, spec, data) {
    var base = spec.options.style;
    var layer = L.geoJSON(data, {
      style: function (f) {
        return L.extend({}, base, { fillColor: f.properties.c });
      },
      onEachFeature: function (f, lyr) {
        lyr.bindTooltip(f.properties.t, { sticky: true, className: 'cp-tip' });
        lyr.bindPopup(f.properties.p);
        lyr.on('mouseover', function () { lyr.setStyle({ weight: 2.5, color: '#000' }); });
        lyr.on('mouseout', function () { lyr.setStyle({ weight: base.weight, color: base.color }); });
        lyr.on('click', function () { notifyVillage(f.properties.id); });
      }
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

  function addLegend(map, html) {  // returns the legend's element
    var legend = L.control({ position: 'bottomright' });
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'cp-legend');
      div.innerHTML = html;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
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
    var control = L.control.layers(null, null, { collapsed: false, position: 'topright' });
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
        lyr.setStyle({ fillColor: c });
        n += 1;
      }
    });
    return n;
  };
}());
