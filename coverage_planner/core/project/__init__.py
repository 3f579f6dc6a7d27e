"""What a planner opens and saves: the project model, the coverage profile, project files, autosave.

Imports only ``core.common``.
"""
