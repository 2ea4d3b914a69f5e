"""Screen readers: every control has a name, the order of Tab is the reading order, and
answers are announced (started, finished with their length, errors) without flooding."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from tests.helpers.ui_walk import accessible_name, describe, interactive


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
