"""Qt-free: builds the offline Leaflet map page (folium) and its GeoJSON payloads.

Never imports PySide6; the GUI loads the page this package writes.
"""

from coverage_planner.mapview.page import build_map_page
from coverage_planner.mapview.style import VillageStyle, default_village_style

__all__ = ["VillageStyle", "build_map_page", "default_village_style"]
