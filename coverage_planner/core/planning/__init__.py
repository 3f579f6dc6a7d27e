"""Decisions: what-if scenarios (commands with undo), the incremental evaluator, site suggestion,
the fiber plan and the templates of a new mast. Sits above ``analysis``.
"""
