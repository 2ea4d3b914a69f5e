"""The look and the keyboard: the themes' contrast, the theme and font size settings, the window
at 480 px, what is remembered across a restart, and every shortcut (issue 12)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.settings import Settings, load_settings, save_settings
from app.core.store import ConversationStore
from app.ui import theme
from app.ui.chat_view import COMPOSER_MAX_LINES
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from app.ui.shortcuts_help import ShortcutsDialog, shortcut_rows
from tests.helpers.hub_server import HubServer
from tests.helpers.windows import send
from tests.test_first_run import hub, mirror_recommended_models

__all__ = ["hub"]  # the local Hub fixture, shared with the first-run tests

UI = Path(__file__).resolve().parents[1] / "app" / "ui"


# the themes --------------------------------------------------------------------------------------


def test_contrast_is_the_wcag_ratio() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert theme.contrast("#123456", "#123456") == pytest.approx(1.0)


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_every_palette_pair_meets_wcag_aa(name: str) -> None:
    colors = theme.THEMES[name]
    tokens = {f.name for f in dataclasses.fields(colors)} - {"code_style"}
    paired = {t for pair in theme.TEXT_PAIRS + theme.UI_PAIRS for t in pair}
    assert tokens - paired <= {"border", "raised", "window"} | {"accent"}, tokens - paired
    for fg, bg in theme.TEXT_PAIRS:
        ratio = theme.contrast(getattr(colors, fg), getattr(colors, bg))
        assert ratio >= 4.5, f"{name}: {fg} on {bg} is {ratio:.2f}:1, text needs 4.5:1"
    for fg, bg in theme.UI_PAIRS:
        ratio = theme.contrast(getattr(colors, fg), getattr(colors, bg))
        assert ratio >= 3.0, f"{name}: {fg} on {bg} is {ratio:.2f}:1, UI needs 3:1"


def test_no_widget_holds_a_colour_value() -> None:
    colour = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
    for path in sorted(UI.glob("*.py")):
        if path.name == "theme.py":
            continue
        found = colour.findall(path.read_text(encoding="utf-8"))
        assert not found, f"{path.name} holds colours {found}: name a token in theme.py"


def test_the_theme_follows_the_setting_and_the_os(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(wait_loaded=False)
    store = ConversationStore(paths.database_path())
    conv = store.create_conversation("Colours").id
    store.add_message(conv, "user", "Hello")
    store.close()
    window.conversations.refresh()
    window.select_conversation(conv)
    owner = window.settings_owner
    owner.change(appearance={"theme": "dark"})
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(QPalette.ColorRole.Base).name() == theme.DARK.surface
    assert theme.DARK.user in window.transcript.toHtml()  # rendered again in dark colours
    owner.change(appearance={"theme": "light"})
    assert app.palette().color(QPalette.ColorRole.Base).name() == theme.LIGHT.surface
    assert theme.LIGHT.user in window.transcript.toHtml()
    assert theme.resolve("system", Qt.ColorScheme.Dark) == "dark"
    assert theme.resolve("system", Qt.ColorScheme.Light) == "light"
    assert theme.resolve("light", Qt.ColorScheme.Dark) == "light"
    owner.change(appearance={"theme": "system"})
    expected = theme.resolve("system", QGuiApplication.styleHints().colorScheme())
    assert window.theme.name == expected


def test_settings_switch_the_theme(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(wait_loaded=False)
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    combo = dialog.appearance_page.theme_box
    combo.setCurrentIndex(combo.findData("dark"))
    assert window.settings.appearance.theme == "dark"
    assert window.theme.name == "dark"
    dialog.reject()
    assert load_settings()[0].appearance.theme == "dark"


# size, fonts and what is remembered ------------------------------------------------------------


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert isinstance(action, QAction), name
    return action


def test_font_size_steps_and_is_remembered(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(wait_loaded=False)
    base = window.theme.font_pt
    _action(window, "largerTextAction").trigger()
    _action(window, "largerTextAction").trigger()
    assert QApplication.font().pointSizeF() == round(base) + 2
    assert window.transcript.font().pointSizeF() == round(base) + 2
    _action(window, "smallerTextAction").trigger()
    assert load_settings()[0].appearance.font_size == round(base) + 1
    window.close()
    again = make_window(wait_loaded=False)
    assert QApplication.font().pointSizeF() == round(base) + 1
    _action(again, "resetTextAction").trigger()
    assert again.settings.appearance.font_size == 0
    assert QApplication.font().pointSizeF() == base
    keys = {k.toString() for k in _action(again, "largerTextAction").shortcuts()}
    assert {"Ctrl+=", "Ctrl++"} <= keys
    assert _action(again, "smallerTextAction").shortcut() == QKeySequence("Ctrl+-")
    assert _action(again, "resetTextAction").shortcut() == QKeySequence("Ctrl+0")


def _chats(n: int) -> list[int]:
    store = ConversationStore(paths.database_path())
    ids = []
    for i in range(n):
        conv = store.create_conversation(f"Chat {i}").id
        store.add_message(conv, "user", f"Question {i} " + "words " * 40)
        store.add_message(conv, "assistant", f"Answer {i} " + "more words " * 60)
        ids.append(conv)
    store.close()
    return ids


def test_geometry_and_the_open_chat_are_restored(make_window: Callable[..., MainWindow]) -> None:
    older, _newer = _chats(2)
    first = make_window(wait_loaded=False)
    first.resize(700, 520)
    first.select_conversation(older)
    first.close()
    second = make_window(wait_loaded=False)
    assert (second.width(), second.height()) == (700, 520)
    assert second.conversation_id == older  # not the newest: the one that was open


def _clipped(window: MainWindow) -> list[str]:
    """Visible widgets of the window that stick out of it or are narrower than their minimum."""
    clipped = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        left = widget.mapTo(window, widget.rect().topLeft()).x()
        minimum = widget.minimumWidth() or widget.minimumSizeHint().width()
        if left < 0 or left + widget.width() > window.width():
            clipped.append(f"{widget.objectName() or type(widget).__name__} outside the window")
        elif widget.objectName() and widget.width() < minimum:
            clipped.append(f"{widget.objectName()}: {widget.width()} px wide")
    return clipped


def test_at_480_px_nothing_is_clipped_and_the_transcript_keeps_half(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    _chats(1)
    window = make_window(wait_loaded=False)
    window.resize(480, 640)
    qtbot.waitUntil(lambda: window.width() == 480 and not window.conversations.isVisible())
    assert window.look.sidebar_button.isVisible()  # the list collapsed to its toggle
    assert window.transcript.isVisible()
    qtbot.waitUntil(lambda: not _clipped(window), timeout=5000)  # once the layout settled
    assert window.transcript.height() >= window.height() / 2
    window.look.toggle_sidebar()
    assert window.conversations.isVisible()
    window.resize(1000, 640)
    qtbot.waitUntil(lambda: window.width() == 1000)
    assert window.conversations.isVisible()
    assert not window.look.narrow


def test_at_480_px_the_answer_figures_end_in_an_ellipsis_not_half_a_word(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(wait_loaded=False)
    window.resize(480, 640)
    qtbot.waitUntil(lambda: window.width() == 480)
    label = window.stats_label
    # Longer than any 480-px status bar leaves it, whatever the network indicator beside it says.
    whole = "65.7 tokens/s · first token 0.02 s · 1,117 tokens · 2 threads · 17.0 s in all"
    label.setText(whole)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the status bar lays out
    assert 0 < label.width() < label.fontMetrics().horizontalAdvance(whole)
    shown = label.shown_text()
    assert shown.endswith("…") and whole.startswith(shown[:-1])
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.text() == whole  # what tests and screen readers read stays whole
    assert label.toolTip().startswith(whole)  # and the tooltip shows it whole


def test_the_composer_grows_with_its_text_up_to_a_cap(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(wait_loaded=False)
    composer = window.composer
    empty = composer.height()
    assert composer.lines_shown() == 1
    assert composer.viewport().height() >= composer.fontMetrics().lineSpacing()
    composer.setPlainText("one\ntwo\nthree")
    assert composer.lines_shown() == 3 and composer.height() > empty
    composer.setPlainText("\n".join(["line"] * 40))
    assert composer.lines_shown() == COMPOSER_MAX_LINES
    capped = composer.height()
    composer.setPlainText("\n".join(["line"] * 80))
    assert composer.height() == capped
    composer.clear()
    assert composer.height() == empty


def test_not_now_is_remembered_and_examples_fill_the_composer(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(wait_loaded=False)
    assert window.middle.currentWidget() is window.welcome
    qtbot.waitUntil(window.first_run.isVisible, timeout=60_000)  # the catalog is read on a job
    dismiss = window.first_run.findChild(QWidget, "firstRunDismiss")
    assert dismiss is not None
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.welcome.examples[0], Qt.MouseButton.LeftButton)
    assert window.composer.toPlainText() == window.welcome.examples[0].text()
    assert window.focusWidget() is window.composer
    window.close()
    again = make_window(wait_loaded=False)
    assert again.middle.currentWidget() is again.welcome
    assert not again.first_run.isVisible()


# the keyboard ----------------------------------------------------------------------------------


def test_shortcuts_follow_the_platform_conventions(make_window: Callable[..., MainWindow]) -> None:
    window = make_window(wait_loaded=False)
    expected = {
        "newChatAction": "Ctrl+N",
        "settingsAction": "Ctrl+,",
        "stopAction": "Esc",
        "renameChatAction": "F2",
        "deleteChatAction": "Del",
        "searchAction": "Ctrl+K",
        "copyLastAnswerAction": "Ctrl+Shift+C",
        "nextPaneAction": "F6",
        "toggleSidebarAction": "Ctrl+B",
    }
    for name, keys in expected.items():
        shortcuts = [k.toString() for k in _action(window, name).shortcuts()]
        assert keys in shortcuts, (name, shortcuts)
    mine = [k for a in window.findChildren(QAction) for k in a.shortcuts() if not k.isEmpty()]
    window_wide = [k.toString() for k in mine]
    assert len(window_wide) == len(set(window_wide)), "a key is bound twice"


def test_keys_reach_their_actions(qtbot: QtBot, make_window: Callable[..., MainWindow]) -> None:
    ids = _chats(2)
    window = make_window(wait_loaded=False)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.focusWidget() is window.composer  # focused at start: typing goes somewhere
    qtbot.keyClick(window.composer, Qt.Key.Key_F6)
    assert window.focusWidget() is window.conversation_list
    qtbot.keyClick(window.conversation_list, Qt.Key.Key_F6)
    assert window.focusWidget() is window.transcript
    qtbot.keyClick(window.transcript, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is window.conversation_list
    qtbot.keyClick(window.composer, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    last_answer = window.store.messages(window.conversation_id or ids[-1])[-1].content
    assert QApplication.clipboard().text() == last_answer
    qtbot.keyClick(window.composer, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.conversations.search_box
    asked: list[str] = []
    window.conversations.confirm = lambda _p, title, _t: bool(asked.append(title))
    window.conversation_list.setFocus()
    qtbot.keyClick(window.conversation_list, Qt.Key.Key_Delete)
    assert asked == ["Delete chat"]
    qtbot.keyClick(window.composer, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.conversation_id is None
    qtbot.keyClick(window.composer, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.reject()
    qtbot.keyClick(window.composer, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.look.shortcuts_dialog, ShortcutsDialog)
    window.look.shortcuts_dialog.reject()


def test_the_shortcuts_list_is_built_from_the_actions(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(wait_loaded=False)
    dialog = window.look.show_shortcuts()
    table = dialog.table
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    every = [a for a in window.findChildren(QAction) if any(not k.isEmpty() for k in a.shortcuts())]
    assert len(shown) == len({a.text() for a in every}) >= 15
    assert "Ctrl+N" in shown["New chat"] and "Ctrl+," in shown["Settings"]
    assert shown["Stop the answer"] == "Esc" and shown["Next pane"] == "F6"
    dialog.reject()
    extra = QAction("Frobnicate", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+F"))
    assert ("Frobnicate", "Ctrl+Alt+F") in shortcut_rows(window)  # a new action is listed


def test_the_composer_has_the_focus_after_an_answer(
    qtbot: QtBot, make_window: Callable[..., MainWindow], starter_model: Path
) -> None:
    settings = Settings()
    settings.generation.max_tokens = 4
    settings.local.model_path = str(starter_model)
    save_settings(settings)
    window = make_window()
    assert window.middle.currentWidget() is window.welcome  # an empty chat: the welcome page
    assert window.welcome.model_line.text().endswith("answers, on this computer.")
    window.conversation_list.setFocus()
    window.composer.setPlainText("Hi")
    with qtbot.waitSignal(window.answerFinished, timeout=180_000):
        window.send_button.click()
        window.conversation_list.setFocus()  # the user looks elsewhere while it answers
    assert window.focusWidget() is window.composer
    assert window.middle.currentWidget() is window.transcript
    send(qtbot, window, "Again")
    assert window.focusWidget() is window.composer


# downloads -------------------------------------------------------------------------------------


def test_a_download_shows_in_the_window_and_opens_the_manager(
    qtbot: QtBot, hub: HubServer, make_window: Callable[..., MainWindow]
) -> None:
    entry_id = mirror_recommended_models()
    window = make_window(wait_loaded=False)
    indicator = window.download_indicator
    assert not indicator.isVisible()
    shown: list[bool] = []
    window.download_catalog_model(entry_id)
    manager = window.model_manager
    assert manager is not None
    manager.downloadProgressed.connect(lambda _n, _f: shown.append(indicator.isVisible()))
    with qtbot.waitSignal(manager.downloadEnded, timeout=240_000):
        pass
    assert shown and all(shown), "the indicator shows while the download runs"
    assert "%" in indicator.text()
    assert not indicator.isVisible()  # gone once it ended
    manager.hide()
    indicator.show()
    qtbot.mouseClick(indicator, Qt.MouseButton.LeftButton)
    assert manager.isVisible()


def test_the_catalog_shows_descriptions_and_fit_without_sideways_scrolling(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(wait_loaded=False)
    manager = window.open_model_manager()
    table = manager.catalog_table
    rows = [row for row in range(table.rowCount()) if table.columnSpan(row, 0) == 1]  # no headings
    assert len(rows) == len(manager.catalog.entries)
    listed = [*manager.catalog.of_kind("chat"), *manager.catalog.of_kind("embedding")]
    for row, entry in zip(rows, listed, strict=True):
        assert entry.description and entry.description in table.item(row, 0).text()
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()


# the status area -------------------------------------------------------------------------------


def test_an_error_clears_once_what_it_reported_is_fixed(
    qtbot: QtBot, make_window: Callable[..., MainWindow], starter_model: Path, tmp_path: Path
) -> None:
    settings = Settings()
    settings.local.model_path = str(starter_model)
    save_settings(settings)
    window = make_window()
    area = window.status_area
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    with qtbot.waitSignal(window.modelLoadFailed, timeout=240_000):
        window.load_model(str(broken))
    assert area.error_row.isVisibleTo(window) and window.last_error
    assert area.action_button.isVisibleTo(window) and area.action_button.text() == "Retry"
    with qtbot.waitSignal(window.modelLoaded, timeout=240_000):
        qtbot.mouseClick(area.action_button, Qt.MouseButton.LeftButton)  # loads the picked one
    assert not area.error_row.isVisibleTo(window) and window.last_error is None
    window.show_error("Could not export the chat.")  # not the engine's: a ready model keeps it
    window.unload_model()
    with qtbot.waitSignal(window.modelLoaded, timeout=240_000):
        window.load_model(str(starter_model))
    assert area.error_row.isVisibleTo(window), "an unrelated error stays until dismissed"
    qtbot.mouseClick(area.close_button, Qt.MouseButton.LeftButton)
    assert not area.error_row.isVisibleTo(window) and window.last_error is None


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_focus_ring_is_drawn_in_both_themes(
    qtbot: QtBot, make_window: Callable[..., MainWindow], name: str
) -> None:
    window = make_window(wait_loaded=False)
    window.settings_owner.change(appearance={"theme": name})
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for widget in (window.composer, window.conversations.search_box):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        image = widget.grab().toImage()
        edge = image.pixelColor(widget.width() // 2, 0).name()
        assert edge == theme.THEMES[name].focus, (widget.objectName(), edge)
