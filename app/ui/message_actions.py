"""The main window's Message menu: what can be done to one message of the chat shown.

:class:`MessageActions` (GUI thread, no signals of its own) owns the menu's actions and their
slots; each acts on the message selected in the transcript, else on the last one (of the role it
needs). The transcript offers the same actions in its context menu.

- Stop the answer (Esc; with no answer running, Esc cancels editing a message);
- Read the previous / next message (Alt+Up, Alt+Down): selected, scrolled to and read out as one
  item by a screen reader;
- Copy message, Copy last answer (Ctrl+Shift+C);
- Regenerate answer (Ctrl+R), Edit message, Continue answer (one cut at the length limit),
  Delete message…;
- Previous / next branch (Ctrl+Alt+Left, Ctrl+Alt+Right) at the selected fork, else the last one.

It also holds the two facts about an answer being made that the window renders: the user message
an edit will replace (:attr:`editing`) and the earlier text of an answer being continued
(:attr:`continued`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from app.core.store import StoredMessage, StoreWriteError
from app.ui import i18n
from app.ui.chat_view import message_header
from app.ui.i18n import QT_TRANSLATE_NOOP, LiveTexts

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class MessageActions(QObject):
    """See the module docstring. Made by ``window`` while it builds its menus, between the File
    and the Models menu; the actions are the window's children, so their shortcuts work
    wherever the focus is in it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._texts = LiveTexts("MessageActions")
        self.editing: int | None = None  # the user message the composer's text will replace
        self.continued: dict[int, str] = {}  # an answer being continued: its earlier text

        self.stop_action = self._action(
            QT_TRANSLATE_NOOP("MessageActions", "&Stop the answer"),
            window.stop,
            "stopAction",
            QKeySequence(Qt.Key.Key_Escape),
        )
        self.copy_message_action = self._action(
            QT_TRANSLATE_NOOP("MessageActions", "&Copy message"),
            self.copy_message,
            "copyMessageAction",
        )
        self.copy_answer_action = self._action(
            QT_TRANSLATE_NOOP("MessageActions", "Copy &last answer"),
            self.copy_last_answer,
            "copyLastAnswerAction",
            QKeySequence("Ctrl+Shift+C"),
        )
        self.regenerate_action = self._action(
            QT_TRANSLATE_NOOP("MessageActions", "&Regenerate answer"),
            self.regenerate,
            "regenerateAction",
            QKeySequence("Ctrl+R"),
        )
        self.edit_message_action = self._action(
            QT_TRANSLATE_NOOP("MessageActions", "&Edit message"),
            self.edit_message,
            "editMessageAction",
        )
        self.continue_action = self._action(
            QT_TRANSLATE_NOOP("MessageActions", "C&ontinue answer"),
            self.continue_answer,
            "continueAction",
        )
        self.delete_message_action = self._action(
            QT_TRANSLATE_NOOP("MessageActions", "&Delete message…"),
            self.delete_message,
            "deleteMessageAction",
        )
        self.previous_branch_action = self._action(
            QT_TRANSLATE_NOOP("MessageActions", "&Previous branch"),
            lambda: self.step_branch(-1),
            "previousBranchAction",
            QKeySequence("Ctrl+Alt+Left"),
        )
        self.next_branch_action = self._action(
            QT_TRANSLATE_NOOP("MessageActions", "&Next branch"),
            lambda: self.step_branch(1),
            "nextBranchAction",
            QKeySequence("Ctrl+Alt+Right"),
        )
        self.previous_message_action = self._action(
            QT_TRANSLATE_NOOP("MessageActions", "Read the p&revious message"),
            lambda: self.read_message(-1),
            "previousMessageAction",
            QKeySequence("Alt+Up"),
        )
        self.next_message_action = self._action(
            QT_TRANSLATE_NOOP("MessageActions", "Read the ne&xt message"),
            lambda: self.read_message(1),
            "nextMessageAction",
            QKeySequence("Alt+Down"),
        )
        actions = [
            self.copy_message_action,
            self.copy_answer_action,
            self.regenerate_action,
            self.edit_message_action,
            self.continue_action,
            self.delete_message_action,
            self.previous_branch_action,
            self.next_branch_action,
        ]
        menu = window.menuBar().addMenu("")
        self._texts.set(menu.setTitle, QT_TRANSLATE_NOOP("MessageActions", "&Message"))
        menu.addAction(self.stop_action)
        menu.addSeparator()
        menu.addAction(self.previous_message_action)
        menu.addAction(self.next_message_action)
        menu.addSeparator()
        for action in actions:
            menu.addAction(action)
        window.transcript.message_actions = actions

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        name: str,
        shortcut: QKeySequence | None = None,
    ) -> QAction:
        return self._texts.action(self._window, text, slot, name, shortcut)

    def retranslate(self) -> None:
        """Set the menu's texts again in the language just installed."""
        self._texts.retranslate()

    def _message(self, role: str | None = None) -> StoredMessage | None:
        """The selected message (of ``role`` when given), else the last one shown."""
        window = self._window
        if window.conversation_id is None:
            return None
        selected = window.transcript.selected_message_id
        if selected is not None:
            message = window.store.message(selected)
            if message is not None and role in (None, message.role):
                return message
        for message in reversed(window.store.messages(window.conversation_id)):
            if role in (None, message.role):
                return message
        return None

    def _status(self, text: str, timeout_ms: int) -> None:
        self._window.statusBar().showMessage(text, timeout_ms)

    def read_message(self, step: int) -> None:
        """Select the message before (``step`` -1) or after (+1) the selected one, the last one
        when none is, scroll to it, and have a screen reader read it as one item: who wrote
        it, then its whole text."""
        transcript = self._window.transcript
        ids = transcript.message_ids()
        if not ids:
            return
        current = transcript.selected_message_id
        if current is None:
            index = len(ids) - 1
        else:
            index = min(max(ids.index(current) + step, 0), len(ids) - 1)
        transcript.scroll_to_message(ids[index])
        message = self._window.store.message(ids[index])
        if message is not None:
            header = message_header(
                message.role,
                message.route,
                message.provider,
                message.model,
                transcript.local_names,
            )
            self._window.announcer.announce(f"{header}: {message.content}")

    def copy_message(self) -> None:
        """Copy the message's markdown to the clipboard."""
        message = self._message()
        if message is not None:
            QApplication.clipboard().setText(message.content)
            self._status(self.tr("Message copied."), 3000)

    def copy_last_answer(self) -> None:
        """Copy the last answer of the chat shown (Ctrl+Shift+C), whatever is selected."""
        window = self._window
        if window.conversation_id is None:
            return
        messages = window.store.messages(window.conversation_id)
        answers = [m for m in messages if m.role == "assistant"]
        if answers:
            QApplication.clipboard().setText(answers[-1].content)
            self._status(self.tr("Answer copied."), 3000)

    def regenerate(self) -> None:
        """Answer the message's question again; the old answer stays as a branch."""
        window = self._window
        message = self._message()
        if message is None or not window.can_answer():
            return
        if not window.confirm_route(message.conversation_id):
            return
        try:
            window.session.regenerate(message.id)
        except (StoreWriteError, ValueError) as exc:
            window.show_error(i18n.error_text(exc))
            return
        window.answer_began(message.conversation_id)

    def edit_message(self) -> None:
        """Put a user message in the composer; sending it forks the chat there."""
        window = self._window
        message = self._message("user")
        if message is None or window.busy:
            return
        self.editing = message.id
        window.composer.setPlainText(message.content)
        window.composer.setFocus()
        self._status(
            self.tr("Editing a message: Enter sends the new version as a branch, Esc cancels."),
            8000,
        )

    def continue_answer(self) -> None:
        """Continue an answer that stopped at the length limit, in the same message."""
        window = self._window
        message = self._message("assistant")
        if message is None or not window.can_answer():
            return
        if message.finish_reason != "length":
            self._status(self.tr("Only an answer cut at the length limit continues."), 5000)
            return
        if not window.confirm_route(message.conversation_id):
            return
        self.continued = {message.id: message.content}
        try:
            window.session.continue_answer(message.id)
        except (StoreWriteError, ValueError) as exc:
            window.show_error(i18n.error_text(exc))
            return
        window.answer_began(message.conversation_id)

    def delete_message(self) -> None:
        """Delete the message and what followed it, once the user confirmed."""
        window = self._window
        message = self._message()
        if message is None:
            return
        question = (
            self.tr("Delete this message and its answers? This cannot be undone.")
            if message.role == "user"
            else self.tr("Delete this answer? This cannot be undone.")
        )
        if not window.confirm(window, self.tr("Delete message"), question):
            return
        try:
            window.session.delete_message(message.id)
        except (StoreWriteError, ValueError) as exc:
            window.show_error(i18n.error_text(exc))
            return
        window.show_conversation(message.conversation_id)
        window.conversations.refresh()

    def step_branch(self, step: int) -> None:
        """Show the previous (-1) or next (+1) branch at the selected message, else at the last
        fork of the branch shown."""
        window = self._window
        store = window.store
        if window.conversation_id is None:
            return
        if window.busy:
            self._status(self.tr("Wait for the answer, or press Stop."), 4000)
            return
        fork = None
        selected = window.transcript.selected_message_id
        if selected is not None and len(store.siblings(selected)) > 1:
            fork = selected
        else:
            for message in reversed(store.messages(window.conversation_id)):
                if len(store.siblings(message.id)) > 1:
                    fork = message.id
                    break
        if fork is None:
            self._status(self.tr("This chat has no other branch."), 4000)
            return
        siblings = store.siblings(fork)
        index = siblings.index(fork) + step
        if not 0 <= index < len(siblings):
            self._status(self.tr("No more branches that way."), 4000)
            return
        try:
            window.session.switch_branch(siblings[index])
        except (StoreWriteError, ValueError) as exc:
            window.show_error(i18n.error_text(exc))
            return
        window.transcript.select_message(siblings[index])
        window.show_conversation(window.conversation_id)
