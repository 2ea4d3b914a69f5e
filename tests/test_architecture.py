"""app.core stays free of Qt: it must import, and work, with PySide6 unavailable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import app.core

CORE = Path(app.core.__file__).parent

BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('app.core must not import ' + name)
sys.meta_path.insert(0, BlockQt())
import pkgutil, importlib, app.core
for mod in pkgutil.walk_packages(app.core.__path__, 'app.core.'):
    importlib.import_module(mod.name)
print('imported', sorted(m for m in sys.modules if m.startswith('app.core')).__len__())
"""


def test_every_core_module_imports_without_qt() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "imported" in proc.stdout


def test_no_core_source_mentions_qt() -> None:
    offenders = [
        str(p.relative_to(CORE))
        for p in CORE.rglob("*.py")
        if any(
            line.lstrip().startswith(("import PySide6", "from PySide6"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
