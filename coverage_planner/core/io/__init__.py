"""Loaders: data folder -> checked, repaired, reprojected :class:`~coverage_planner.core.project.model.Project`.

Qt-free. Every refusal is a :class:`~coverage_planner.core.common.errors.DataError` naming the file, the
row or column and the fix, in English and Vietnamese; no other exception leaves
:func:`load_folder` or :func:`read_layer` (:mod:`.safety`). The bad inputs this is tested on are
the corpus in ``tests/helpers/badinput``.

- :func:`load_folder` opens a data folder (villages.*, sites.*, fiber.*, wifi.*, dem.tif ...);
- :func:`read_layer` reads one file (optionally checked as one of our layers);
- :func:`find_layer_file` finds ``stem.<ext>`` in a folder, preferred format first.
"""

from coverage_planner.core.io.folder import load_folder, read_layer
from coverage_planner.core.io.readers import EXTENSIONS, MAX_FILE_MB, find_layer_file

__all__ = ["load_folder", "read_layer", "find_layer_file", "EXTENSIONS", "MAX_FILE_MB"]
