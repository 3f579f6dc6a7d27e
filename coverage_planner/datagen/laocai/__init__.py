"""The embedded Lào Cai data set: real boundaries, census and roads; synthetic villages,
terrain, towers and fiber, built deterministically (fixed seeds) by :func:`build.build`.

Run ``python -m coverage_planner.datagen.laocai OUT_DIR`` (or ``make data``).
"""
