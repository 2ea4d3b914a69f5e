"""Everything in Hearth that is not Qt: paths, settings, storage, models, engines.

Nothing under ``app.core`` may import PySide6; ``tests/test_architecture.py`` enforces it.
"""
