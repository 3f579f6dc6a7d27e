"""Coverage Planner: village-level telecom coverage planning (mobile, 5G, fiber, Wi-Fi)."""

__version__ = "0.1.0"
