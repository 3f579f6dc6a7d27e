"""Per-village classification and the summaries (the 2023 table), from a project and the engine.

Imports ``engine``, ``project`` and ``common``; never ``planning``, ``io`` or Qt.
"""
