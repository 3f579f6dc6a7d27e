"""``python -m coverage_planner.cli …``: the same as the ``coverage-planner`` command."""

import sys

from coverage_planner.cli import main

sys.exit(main())
