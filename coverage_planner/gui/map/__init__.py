"""The map: the Leaflet page in a QWebEngineView (:mod:`.map_view`), its JavaScript bridge
(:mod:`.bridge`), the images drawn on it off the GUI thread (:mod:`.map_layers`: hillshade,
coverage layers) and the layers dock (:mod:`.layers_dock`)."""
