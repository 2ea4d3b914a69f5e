"""Packaging files that must agree with the app: icons, desktop entry, metainfo, clean quit."""

from __future__ import annotations

import os
import re
import signal
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

from app.ui.application import quit_on_termination_signals

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


@pytest.mark.parametrize(
    ("name", "sizes"),
    [
        ("hearth.ico", {16, 24, 32, 48, 64, 128, 256}),
        ("hearth.icns", {16, 32, 64, 128, 256, 512, 1024}),
    ],
)
def test_icons_hold_every_size(qapp: QApplication, name: str, sizes: set[int]) -> None:
    reader = QImageReader(str(ROOT / "packaging" / "icons" / name))
    found = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        found.add(image.width())
    assert found == sizes


def test_desktop_entry_matches_the_app() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "hearth.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "hearth" and desktop["Icon"] == "hearth"
    assert desktop["StartupWMClass"] == "hearth"  # QApplication.setDesktopFileName("hearth")


def test_metainfo_names_this_release_and_real_screenshots() -> None:
    root = ET.parse(LINUX / "io.github.hearth.Hearth.metainfo.xml").getroot()
    assert root.findtext("launchable") == "hearth.desktop"
    assert [r.get("version") for r in root.iter("release")][0] == VERSION
    for image in root.iter("image"):
        name = re.sub(r".*/docs/screenshots/", "", image.text or "")
        assert (ROOT / "docs" / "screenshots" / name).is_file(), image.text


def test_sigterm_quits_the_event_loop_cleanly(qapp: QApplication) -> None:
    before = signal.getsignal(signal.SIGTERM)
    guard = QTimer()  # stopped afterwards: an exit() left pending would end every later loop
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(3))  # would mean the signal was ignored
    try:
        with quit_on_termination_signals(qapp):
            QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
            guard.start(10_000)
            assert qapp.exec() == 0
    finally:
        guard.stop()
    assert signal.getsignal(signal.SIGTERM) is before
