"""The desktop app (PySide6 + QtWebEngine): the only package that imports Qt.

Start it with :func:`coverage_planner.gui.app.run`.
"""
