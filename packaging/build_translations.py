"""Compile the translations: ``app/i18n/hearth_<code>.ts`` -> ``hearth_<code>.qm`` next to them.

    python packaging/build_translations.py            # build the .qm files (lrelease)
    python packaging/build_translations.py --update   # first refresh the .ts (lupdate)

The ``.ts`` sources are in the repository; the ``.qm`` files are build products (git ignores
them). They are made when Hearth is installed (``setup.py`` runs :func:`build` from
``build_py``, so ``pip install .`` and ``pip install -e .`` both have them), by
``packaging/build.py`` before the bundle, and by the test session. Uses ``pyside6-lupdate`` and
``pyside6-lrelease`` from the PySide6 this Python has.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "app" / "i18n"
LANGUAGES = ("de", "fr", "es", "ja")


def _tool(name: str) -> list[str]:
    """The command that runs PySide6's ``lrelease`` or ``lupdate`` with this Python."""
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; "
            f"sys.argv[0] = 'pyside6-{name}'; sys.exit({name}())"]  # fmt: skip


def sources() -> list[Path]:
    """The Python files whose ``tr()`` strings the catalogues hold."""
    return sorted((ROOT / "app" / "ui").glob("*.py"))


def update() -> None:
    """Refresh every ``.ts`` from the code: new strings are added unfinished, gone ones marked
    obsolete; translations already made are kept."""
    targets = [str(I18N / f"hearth_{code}.ts") for code in LANGUAGES]
    files = [str(path.relative_to(ROOT)) for path in sources()]
    subprocess.run([*_tool("lupdate"), "-no-obsolete", *files, "-ts", *targets], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip


def build(out: Path = I18N) -> list[Path]:
    """Compile each ``.ts`` into ``out``; the ``.qm`` files made. Skips those already newer."""
    made = []
    for code in LANGUAGES:
        ts, qm = I18N / f"hearth_{code}.ts", out / f"hearth_{code}.qm"
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([*_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--update", action="store_true", help="run lupdate on the code first")
    args = parser.parse_args(argv)
    if args.update:
        update()
    for qm in build():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
