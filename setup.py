"""Builds the translations (``app/i18n/*.qm``) whenever setuptools builds Hearth's package.

Everything else about the package is in ``pyproject.toml``; this file only adds that step to
``build_py``, which both ``pip install .`` and ``pip install -e .`` run.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithTranslations(build_py):
    """``build_py`` that first compiles the ``.ts`` sources with pyside6-lrelease."""

    def run(self) -> None:
        script = Path(__file__).resolve().parent / "packaging" / "build_translations.py"
        spec = importlib.util.spec_from_file_location("build_translations", script)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.build()
        super().run()


setup(cmdclass={"build_py": BuildPyWithTranslations})
