"""Starting up: the first frame comes before anything heavy, the composer takes typing while the
model loads, and the window shows llama.cpp's real load progress and how long the load took."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.chat import TurnResult
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]


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


# Loaded by nothing the first frame shows: each is imported when first used (a model load, a
# download or the catalog, a hosted chat, a keychain read, a code block, a document, the server).
HEAVY_AT_FIRST_PAINT = (
    "llama_cpp",
    "numpy",
    "jinja2",
    "huggingface_hub",
    "httpx2",
    "openai",
    "anthropic",
    "keyring",
    "pygments",
    "pypdf",
    "docx",
    "starlette",
    "uvicorn",
    "llm",  # the starter model's package imports the llm tool: it is found, never imported
)
# Still not imported once the window takes typing: the model load (llama_cpp, numpy, jinja2)
# and the catalog (huggingface_hub) have started on their own threads by then.
HEAVY_WHEN_READY = ("openai", "anthropic", "keyring", "pygments", "pypdf", "docx", "starlette")

FIRST_FRAME = """
import json, logging, sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

HEAVY = {heavy!r}
seen = {{}}

class Watch(logging.Handler):
    def emit(self, record):
        message = record.getMessage()
        if message in ("window painted", "window ready for input"):
            seen[message] = sorted(m for m in HEAVY if m in sys.modules)
        if message == "window ready for input":
            windows = QApplication.topLevelWidgets()
            window = next(w for w in windows if type(w).__name__ == "MainWindow")
            QTest.keyClicks(window.composer, "typed at once")
            seen["composer"] = window.composer.toPlainText()
            seen["loading"] = window.loading
            QCoreApplication.quit()

for name in ("app.ui.startup", "app.ui.main_window"):
    logging.getLogger(name).addHandler(Watch())
    logging.getLogger(name).setLevel(logging.INFO)
from app.__main__ import main
code = main([])
print(json.dumps(seen))
sys.exit(code)
"""


def test_the_first_frame_imports_nothing_heavy_and_the_composer_takes_typing_at_once(
    hearth_home: Path,
) -> None:
    """The real entry point, in a fresh data folder with the starter model: at the first paint
    none of the heavy modules is loaded; when the window says it is ready, the model is loading
    and typed text reaches the composer."""
    proc = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME.format(heavy=HEAVY_AT_FIRST_PAINT)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
        env={**os.environ, "HEARTH_HOME": str(hearth_home), "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.splitlines()[-1])
    assert seen["window painted"] == []
    assert [m for m in seen["window ready for input"] if m in HEAVY_WHEN_READY] == []
    assert seen["composer"] == "typed at once"
    assert seen["loading"] is True


def test_a_message_sent_while_the_model_loads_is_answered_once_it_is_ready(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(wait_loaded=False)  # a fresh data folder: the starter model is probed
    assert window.loading
    events: list[str] = []
    window.modelLoaded.connect(lambda _label: events.append("loaded"))
    window.answerStarted.connect(lambda _conversation: events.append("answer started"))
    qtbot.keyClicks(window.composer, "Hello while you load")
    with qtbot.waitSignal(window.answerFinished, timeout=240_000) as finished:
        qtbot.keyClick(window.composer, Qt.Key.Key_Return)
        assert window.loading, "sent before the model was ready"
        assert window.composer.toPlainText() == ""
        conversation = window.conversation_id
        assert conversation is not None
        assert [m.content for m in window.store.messages(conversation)] == ["Hello while you load"]
    result = finished.args[0]
    assert isinstance(result, TurnResult)
    assert result.state == "complete" and result.text.strip()
    assert events == ["loaded", "answer started"]
