"""The radio engine: propagation models, antennas, link budget, terrain, the raster sweep, composites.

Plain values in (cells, a metric grid, a profile), levels in dBm out. Imports only
``core.common``: never villages, scenarios, project files or loaders.
"""
