"""Shared pieces every room may use: bilingual text, errors, atomic writes, paths, CRS, priority.

Imports nothing else of coverage_planner.
"""
