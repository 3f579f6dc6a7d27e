"""The tiny export world as a fixture for every export test here."""

from export_world import tiny  # noqa: F401 - the fixture
