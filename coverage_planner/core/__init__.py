"""Qt-free core: data model, loaders, terrain, radio models, coverage. Never imports PySide6."""
