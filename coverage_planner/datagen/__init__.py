"""Deterministic generators of synthetic data sets (Qt-free)."""
