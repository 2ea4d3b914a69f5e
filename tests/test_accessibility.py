"""Screen readers: every control has a name, the order of Tab is the reading order, and
answers are announced (started, finished with their length, errors) without flooding."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.core.chat import TurnResult
from app.ui import i18n
from app.ui.announcer import MIN_GAP_MS, QUEUE_LIMIT, Announcer
from tests.helpers.ui_walk import accessible_name, describe, interactive
from tests.helpers.windows import send


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """English with its plural forms ("1 word", "3 words"), as a window installs it."""
    i18n.install("en")
    yield


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in interactive(root) if not accessible_name(w)]


def open_dialogs(window: Any, qtbot: Any) -> dict[str, QWidget]:
    """Settings, the model manager and the other dialogs, shown."""
    settings = window.open_settings()
    qtbot.waitSignal(settings.keychainRead, timeout=30_000)
    manager = window.open_model_manager()
    found: dict[str, QWidget] = {"settings": settings, "model manager": manager}
    documents = window.open_documents()
    found["documents"] = documents
    for dialog in found.values():
        assert dialog.isVisible()
    return found


def test_every_interactive_widget_has_an_accessible_name(make_window: Any, qtbot: Any) -> None:
    window = make_window(wait_loaded=False)
    assert len(interactive(window)) > 5
    problems = {"main window": unnamed(window)}
    for name, dialog in open_dialogs(window, qtbot).items():
        assert len(interactive(dialog)) > 2, name
        problems[name] = unnamed(dialog)
    assert not any(problems.values()), "\n".join(f"{k}: {v}" for k, v in problems.items() if v)
    for dialog in window.findChildren(QDialog):
        dialog.close()


def answer(text: str, state: str = "complete", error: str | None = None) -> TurnResult:
    return TurnResult(message_id=1, text=text, state=state, usage=None, error=error)  # type: ignore[arg-type]


def test_announcements_are_spaced_and_keep_their_order(qtbot: Any, english: None) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    announcer = Announcer(host)
    heard: list[tuple[str, float]] = []
    announcer.announced.connect(lambda text: heard.append((text, time.monotonic())))
    announcer.answer_started()
    announcer.answer_finished(answer("one two three"))
    announcer.announce("The model stopped answering.")
    assert [text for text, _ in heard] == ["Answer started"]  # at once; the others wait
    qtbot.waitUntil(lambda: len(heard) == 3, timeout=30_000)
    assert [text for text, _ in heard] == [
        "Answer started",
        "Answer finished, 3 words",
        "The model stopped answering.",
    ]
    gaps = [later - earlier for (_, earlier), (_, later) in zip(heard, heard[1:], strict=False)]
    assert min(gaps) >= MIN_GAP_MS / 1000


def test_a_burst_keeps_only_the_latest_announcements(qtbot: Any, english: None) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    announcer = Announcer(host)
    heard: list[str] = []
    announcer.announced.connect(heard.append)
    for n in range(10):
        announcer.announce(f"note {n}")
    qtbot.waitUntil(lambda: len(heard) == 1 + QUEUE_LIMIT, timeout=30_000)
    assert heard == ["note 0", "note 7", "note 8", "note 9"]


def test_a_stopped_answer_says_so_and_a_failed_one_leaves_it_to_the_error(
    qtbot: Any, english: None
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    announcer = Announcer(host)
    heard: list[str] = []
    announcer.announced.connect(heard.append)
    announcer.answer_finished(answer("one", state="interrupted"))
    announcer.answer_finished(answer("", state="error", error="it broke"))
    qtbot.wait(MIN_GAP_MS * 2)
    assert heard == ["Answer stopped, 1 word"]


def test_a_streamed_answer_is_announced_twice_never_per_token(
    make_window: Any, qtbot: Any, starter_model: Path
) -> None:
    window = make_window(str(starter_model))
    heard: list[str] = []
    flushes: list[int] = []
    window.announcer.announced.connect(heard.append)
    window.streamFlushed.connect(flushes.append)
    result = send(qtbot, window, "Write three sentences about tea.")  # several flushes
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=30_000)
    words = len(result.text.split())
    assert heard == ["Answer started", f"Answer finished, {words} word{'s' * (words != 1)}"]
    assert len(flushes) > 1  # streamed in parts, yet announced only at its start and end
    window.show_error("The model could not be loaded.")
    qtbot.waitUntil(lambda: len(heard) == 3, timeout=30_000)
    assert heard[-1] == "The model could not be loaded."
    # Alt+Up reads the last message whole, then the one before it: each as one item
    window.previous_message_action.trigger()
    qtbot.waitUntil(lambda: len(heard) == 4, timeout=30_000)
    # the model is named in words (the catalog's name and quantization), not by its file
    header = "Assistant · local · SmolLM2 135M Instruct · Q4_1"
    assert heard[-1] == f"{header}: {result.text}"
    assert header in window.transcript.toPlainText()
    window.previous_message_action.trigger()
    qtbot.waitUntil(lambda: len(heard) == 5, timeout=30_000)
    assert heard[-1] == "You: Write three sentences about tea."
    window.next_message_action.trigger()
    qtbot.waitUntil(lambda: len(heard) == 6, timeout=30_000)
    assert heard[-1] == heard[-3]


def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, from the window's first one."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in chain:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_follows_the_reading_order(make_window: Any, qtbot: Any, starter_model: Path) -> None:
    window = make_window()
    send(qtbot, window, "Hello")  # a chat on screen: the transcript in place of the welcome
    window.composer.setPlainText("ready to send")
    chain = focus_chain(window)
    panes = window.conversations
    reading = [panes.new_button, panes.search_box, panes.list, window.model_picker,
               window.transcript, window.composer, window.send_button]  # fmt: skip
    assert all(w.isVisible() for w in reading)
    assert [w for w in chain if w in reading] == reading
