"""Starting up: the window shows llama.cpp's real load progress and how long the load took."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow


def test_the_load_shows_real_progress_and_the_time_it_took(
    qtbot: QtBot, make_window: Callable[..., MainWindow], starter_model: Path
) -> None:
    window = make_window(str(starter_model), wait_loaded=False)
    bar = window.load_progress
    seen: list[tuple[float, int, int]] = []  # connected after the window: its bar is updated
    window.session.loadProgress.connect(lambda f: seen.append((f, bar.maximum(), bar.value())))
    with qtbot.waitSignal(window.modelLoaded, timeout=120_000):
        pass
    fractions = [f for f, _, _ in seen]
    assert len(seen) > 2 and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(top == 1000 and value == round(f * 1000) for f, top, value in seen)
    assert bar.isHidden()
    message = window.statusBar().currentMessage()
    assert message.startswith("Loaded ") and " in " in message and message.endswith(" s")
