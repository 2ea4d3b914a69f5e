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
# English is the language of the code; its catalogue only holds the plural forms ("1 file",
# "2 files" for the code's "%n file(s)").
LANGUAGES = ("en", "de", "fr", "es", "ja")


def _tool(name: str) -> list[str]:
    """The command that runs PySide6's ``lrelease`` or ``lupdate`` with this Python."""
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; "
            f"sys.argv[0] = 'pyside6-{name}'; sys.exit({name}())"]  # fmt: skip


def sources() -> list[Path]:
    """The Python files whose texts the catalogues hold: the window's ``tr()`` strings, and the
    templates core and the local server mark with ``QT_TRANSLATE_NOOP("Core", …)``
    (``app/core/text.py``)."""
    return sorted((ROOT / "app" / "ui").glob("*.py")) + [
        path
        for folder in ("core", "server")
        for path in sorted((ROOT / "app" / folder).rglob("*.py"))
    ]


def update(targets: list[Path] | None = None) -> None:
    """Refresh the ``.ts`` files (default: every shipped one) from the code: new strings are
    added unfinished, gone ones dropped; translations already made are kept."""
    files = [str(path.relative_to(ROOT)) for path in sources()]
    for ts in targets or [I18N / f"hearth_{code}.ts" for code in LANGUAGES]:
        plural_only = ["-pluralonly"] if ts.name.endswith("_en.ts") else []
        subprocess.run([*_tool("lupdate"), "-no-obsolete", *plural_only, *files, "-ts", str(ts)],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)  # fmt: skip


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
