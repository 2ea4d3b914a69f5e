"""Hearth's main window: it lays out widgets and renders the chat session's state.

Everything that is not a widget lives elsewhere: the engine, its thread and the answer lifecycle
in :class:`~app.ui.session.ChatSession`, the settings in
:class:`~app.ui.settings_owner.SettingsOwner`, the conversation list in
:class:`~app.ui.conversation_list.ConversationList`. The window turns user actions into calls on
them and renders what they announce (``stateChanged``, ``textFlushed``, ``answerFinished``).

The window composes parts that own their actions and slots, each in its own module:

- :class:`~app.ui.message_actions.MessageActions`: the Message menu (copy, edit, regenerate,
  continue, delete, branches, read the previous or next message) and the edit being made;
- :class:`~app.ui.conversation_files.ConversationFiles`: File › Export… and Import…;
- :class:`~app.ui.model_picker.ModelPicker`: the model picker, opening, importing and loading
  a model, the model manager;
- :class:`~app.ui.window_documents.WindowDocuments`: the documents watcher and dialog;
- :class:`~app.ui.window_server.WindowServer`: the local server, its status and request log;
- :class:`~app.ui.window_look.WindowLook`: the View and Help menus, what the window remembers;
- :class:`~app.ui.status_area.StatusArea` and :class:`~app.ui.answer_stats.AnswerStats`: the
  engine state, the current error, the last answer's figures.

This module's sections: start, layout and menus, state, errors, parts, conversations, settings
and the hosted route, chatting (send, stream, finish), shutdown.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core import paths
from app.core.chat import TurnResult, context_used
from app.core.engines.base import Prefill
from app.core.models import InstalledModel
from app.core.settings import Settings
from app.core.store import ConversationStore, StoredMessage, StoreWriteError
from app.ui import i18n
from app.ui.announcer import Announcer
from app.ui.answer_sources import passages_may_go, recorded_notes
from app.ui.answer_stats import AnswerStats
from app.ui.chat_settings import ChatSettingsDialog
from app.ui.chat_view import MAX_MESSAGE_CHARS, TAIL, Composer, TranscriptView, message_header
from app.ui.context_meter import ContextMeter
from app.ui.conversation_files import ConversationFiles
from app.ui.conversation_list import ConversationList
from app.ui.download_indicator import DownloadIndicator
from app.ui.first_run import FirstRunOffer
from app.ui.hosted_route import (
    ConversationInfoDialog,
    confirm_history_send,
    earlier_messages,
    hosted_destination,
)
from app.ui.i18n import QT_TRANSLATE_NOOP, LiveTexts, follow_language_setting
from app.ui.message_actions import MessageActions
from app.ui.model_picker import ModelPicker
from app.ui.privacy_panel import NetworkIndicator, follow_privacy_settings
from app.ui.session import ChatSession, EngineState
from app.ui.settings_owner import SettingsOwner
from app.ui.startup import start_after_first_paint
from app.ui.status_area import ENGINE, StatusArea
from app.ui.status_bar import ElidingStatusBar
from app.ui.theme import ThemeController
from app.ui.welcome import WelcomePage
from app.ui.window_documents import WindowDocuments
from app.ui.window_look import WindowLook
from app.ui.window_server import WindowServer

if TYPE_CHECKING:
    from app.ui.documents_watch import DocumentsWatcher
    from app.ui.local_server import LocalServerController
    from app.ui.model_manager import ModelManager
    from app.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The chat window. Built in-process by tests: ``MainWindow()`` honours ``HEARTH_HOME``.

    The constructor builds what the first frame shows; the rest (the model list, the model load,
    the local server) starts after the first paint; ``started`` turns True and
    ``readyForInput()`` is emitted then.

    Signals (GUI thread): ``answerStarted(int conversation_id)``, ``streamFlushed(int chars)``
    each time streamed text reaches the transcript, ``answerFinished(object TurnResult)``,
    ``modelLoaded(str label)`` and ``modelLoadFailed(str message)`` as the engine state enters
    ready or failed, ``fileJobFinished(str message, bool ok)`` when an export or import ended,
    ``readyForInput()`` once the window started (see above).
    """

    answerStarted = Signal(int)
    streamFlushed = Signal(int)
    answerFinished = Signal(object)
    modelLoaded = Signal(str)
    modelLoadFailed = Signal(str)
    fileJobFinished = Signal(str, bool)
    readyForInput = Signal()

    def __init__(
        self,
        model_path: str | None = None,
        parent: QWidget | None = None,
        store: ConversationStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.setAcceptDrops(True)  # a .gguf dropped on the window is imported
        # asks before a message is deleted; a test may replace it: (parent, title, text) -> bool
        self.confirm: Callable[[QWidget, str, str], bool] = _confirm
        self.settings_owner = SettingsOwner(parent=self)
        follow_privacy_settings(self.settings_owner)
        self._built = False  # texts are set as the widgets are made until then
        follow_language_setting(self.settings_owner)
        self._texts = LiveTexts("MainWindow")
        self.announcer = Announcer(self)
        self.store = store or ConversationStore(paths.database_path())  # the window closes it
        self._pending_notes: list[str] = []
        self._closed = False
        self._load_started = time.monotonic()
        self.theme = ThemeController(self.settings_owner, self)  # before widgets: their colours
        self.documents = WindowDocuments(self)  # the watcher and the Documents dialog
        self.open_documents = self.documents.open

        self._build_ui()
        self._build_menus()
        panes = [self.conversation_list, self.transcript, self.composer]  # F6 cycles them
        self.look = WindowLook(self, self.settings_owner, self.theme, self.conversations, panes)
        self.top_bar.insertWidget(0, self.look.sidebar_button)
        for target, icon, color in (
            (self.send_button, "send", "on_accent"),
            (self.stop_button, "stop", "text"),
            (self.conversations.new_button, "new-chat", "text"),
            (self.message_actions.copy_message_action, "copy", "text"),
            (self.settings_action, "settings", "text"),
        ):
            self.theme.set_icon(target, icon, color)
        self.theme.changed.connect(self._on_theme_changed)
        self.session = ChatSession(self.store, self.settings_owner, self)
        self.session.stateChanged.connect(self._render_state)
        self.session.answerStarted.connect(self._on_answer_started)
        self.session.promptRead.connect(self._on_prompt_read)
        self.session.titleProposed.connect(lambda *_: self.conversations.refresh())
        self.session.textFlushed.connect(self._on_text_flushed)
        self.session.notice.connect(self._on_notice)
        self.session.loadProgress.connect(self.status_area.show_load_progress)
        self.session.answerFinished.connect(self._on_answer_finished)
        self.answerStarted.connect(self.announcer.answer_started)
        self.answerFinished.connect(self.announcer.answer_finished)
        self.settings_owner.changed.connect(self._on_settings_changed)
        self.settings_owner.saveFailed.connect(self.show_error)
        self.started = False  # True once the work deferred past the first paint was started

        self.conversations.refresh()
        self._restore_last_conversation()
        self.composer.setFocus()  # typing at start goes into the message
        if self.settings_owner.problem:
            self.show_error(i18n.shown(self.settings_owner.problem))
        if self.store.recovered_interrupted:
            self.statusBar().showMessage(
                self.tr(
                    "%n answer(s) were cut off when Hearth last closed; their text was kept and "
                    "marked interrupted.",
                    "",
                    self.store.recovered_interrupted,
                ),
                15000,
            )
        if model_path:
            self.settings_owner.change(route="local")  # a file named on the command line runs here
        self._show_route()
        self._built = True
        start_after_first_paint(self, functools.partial(self._start, model_path))

    def _start(self, model_path: str | None) -> None:
        """What can wait until the window is on screen: the local server, the model list (GGUF
        headers), the first-run offer (the catalog) and the model load, which runs on the
        session's thread while the composer takes typing."""
        if self._closed:
            return
        self.server.serve_if_enabled()
        self.documents.watch()
        self.refresh_models()
        if model_path:
            self.import_model(model_path)
        else:
            self.session.apply_route()
        self.composer.setFocus()
        self.started = True
        log.info("window ready for input")
        self.readyForInput.emit()

    # layout and menus ------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.conversations = ConversationList(self.store)
        self.conversations.conversationSelected.connect(self.select_conversation)
        self.conversations.newChatRequested.connect(self.new_conversation)
        self.conversations.deleteRequested.connect(self.delete_conversation)
        self.conversations.hitSelected.connect(self.open_search_hit)
        self.conversation_list = self.conversations.list

        self.picker = ModelPicker(self)  # the models: listed, loaded, imported, downloaded
        self.picker.listed.connect(self._on_models_listed)
        self.model_picker = self.picker.combo
        self.refresh_models = self.picker.refresh
        self.load_model = self.picker.load_model
        self.unload_model = self.picker.unload_model
        self.open_model_file = self.picker.open_model_file
        self.import_model = self.picker.import_model
        self.open_model_manager = self.picker.open_model_manager
        self.download_catalog_model = self.picker.download_catalog_model
        picker_label = QLabel()
        self._texts.set(picker_label.setText, QT_TRANSLATE_NOOP("MainWindow", "&Model:"))
        picker_label.setBuddy(self.model_picker)  # Alt+M; and the picker's accessible name
        top = self.top_bar = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.model_picker, 1)

        self.status_area = StatusArea()  # engine state, hosted warning, current error: one place
        self.error_banner = self.status_area.error_banner
        self.route_banner = self.status_area.route_banner
        self.load_progress = self.status_area.load_progress
        self.model_status = self.status_area.model_status
        self.first_run = FirstRunOffer()
        self.first_run.dismissed = self.settings.window.welcome_dismissed
        self.first_run.dismissedByUser.connect(
            lambda: self.settings_owner.change(window={"welcome_dismissed": True})
        )
        self.first_run.downloadRequested.connect(self.download_catalog_model)
        self.first_run.starterRequested.connect(self.picker.use_starter_model)

        self.transcript = TranscriptView()
        self._texts.set(
            self.transcript.setAccessibleName, QT_TRANSLATE_NOOP("MainWindow", "Conversation")
        )
        self._texts.set(
            self.transcript.setAccessibleDescription,
            QT_TRANSLATE_NOOP(
                "MainWindow", "The messages of this chat. Alt+Up and Alt+Down read them one by one."
            ),
        )
        self.transcript.earlierRequested.connect(self._show_earlier)
        self.composer = Composer()
        self._texts.set(
            self.composer.setAccessibleName, QT_TRANSLATE_NOOP("MainWindow", "Your message")
        )
        self.composer.submitted.connect(self.send)
        self.composer.tooLong.connect(self._refuse_long_message)
        self.send_button = QPushButton()
        self._texts.set(self.send_button.setText, QT_TRANSLATE_NOOP("MainWindow", "Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.stop_button = QPushButton()
        self._texts.set(self.stop_button.setText, QT_TRANSLATE_NOOP("MainWindow", "Stop"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.composer, 1)
        bottom.addLayout(buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 6, 6, 6)
        right_layout.addLayout(top)
        right_layout.addWidget(self.status_area)
        right_layout.addLayout(self._chat_header())
        self.welcome = WelcomePage(self.first_run)
        self.welcome.promptChosen.connect(self._use_example)
        self.middle = QStackedWidget()  # the welcome page while the chat shown is empty
        self.middle.addWidget(self.welcome)
        self.middle.addWidget(self.transcript)
        right_layout.addWidget(self.middle, 1)
        right_layout.addLayout(bottom)

        # Tab reads the chat, then goes to where one writes, then to Send
        QWidget.setTabOrder(self.transcript, self.composer)
        QWidget.setTabOrder(self.composer, self.send_button)
        splitter = QSplitter()
        splitter.addWidget(self.conversations)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 860])
        self.setCentralWidget(splitter)

        self.setStatusBar(ElidingStatusBar())  # its messages too end in "…" when narrow
        self.stats_label = AnswerStats()  # the last answer's speed, tokens and threads
        self.statusBar().addPermanentWidget(self.stats_label)
        self.server = WindowServer(self)  # the local server: started, shown, its log
        self.server_status = self.server.label
        self.statusBar().addPermanentWidget(self.server_status)
        self.network_indicator = NetworkIndicator(self.settings_owner)
        self.statusBar().addPermanentWidget(self.network_indicator)
        self.download_indicator = DownloadIndicator()
        self.download_indicator.clicked.connect(self.open_model_manager)
        self.statusBar().addPermanentWidget(self.download_indicator)

    def _chat_header(self) -> QHBoxLayout:
        """The row above the transcript: the context meter and the chat's settings."""
        self.context_meter = ContextMeter()
        self.chat_settings_button = QPushButton()
        self._texts.set(
            self.chat_settings_button.setText, QT_TRANSLATE_NOOP("MainWindow", "Chat settings…")
        )
        self.chat_settings_button.setObjectName("chatSettingsButton")
        self.chat_settings_button.setFlat(True)
        self.chat_settings_button.clicked.connect(self.open_chat_settings)
        header = QHBoxLayout()
        header.addWidget(self.context_meter)
        header.addStretch(1)
        header.addWidget(self.chat_settings_button)
        return header

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        name: str = "",
        shortcut: QKeySequence.StandardKey | None = None,
    ) -> QAction:
        return self._texts.action(self, text, slot, name, shortcut)

    def _menu(self, title: str) -> QMenu:
        """A menu of the menu bar whose title (marked with QT_TRANSLATE_NOOP) follows the
        language."""
        menu = self.menuBar().addMenu("")
        self._texts.set(menu.setTitle, title)
        return menu

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._built and not self._closed:
            self._texts.retranslate()
            self.message_actions.retranslate()
            self.files.retranslate()
            self._draw_state(self.session.state)  # the drawing only: no state has changed
            self.refresh_models()
            self._show_route()
            self.conversations.refresh()  # the date headings
            if self.conversation_id is not None and not self.busy:
                self.show_conversation(self.conversation_id)
        super().changeEvent(event)

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        new = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&New chat"),
            self.new_conversation,
            "newChatAction",
            keys.New,
        )
        open_file = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Open model file…"),
            self.open_model_file,
            "",
            keys.Open,
        )
        info = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Conversation &info…"),
            self.show_conversation_info,
            "conversationInfoAction",
        )
        settings = self.settings_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Settings…"), self.open_settings, "settingsAction"
        )
        preferences = QKeySequence.keyBindings(keys.Preferences)
        comma = QKeySequence("Ctrl+,")  # Settings on every platform, not only where it is native
        settings.setShortcuts(preferences + [comma] if comma not in preferences else preferences)
        quit_ = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, "quitAction", keys.Quit
        )
        file_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&File"))
        chat_settings = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Chat settings…"),
            self.open_chat_settings,
            "chatSettingsAction",
        )
        for action in (new, open_file, info, chat_settings, settings):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.files = ConversationFiles(self)  # export and import
        self.files.finished.connect(self.fileJobFinished)
        self.files.add_actions(file_menu)
        self.export_conversation = self.files.export_conversation
        self.export_all = self.files.export_all
        self.import_conversations = self.files.import_conversations
        file_menu.addSeparator()
        search = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Search chats"), self.focus_search, "searchAction"
        )
        search.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        self.addAction(search)
        file_menu.addAction(
            self._action(
                QT_TRANSLATE_NOOP("MainWindow", "&Documents…"),
                self.open_documents,
                "documentsAction",
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(quit_)
        self.message_actions = MessageActions(self)  # the Message menu
        self.previous_message_action = self.message_actions.previous_message_action
        self.next_message_action = self.message_actions.next_message_action
        self.composer.editLastRequested.connect(self.message_actions.edit_message)
        self.models_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Models"))
        self.models_menu.addAction(
            self._action(
                QT_TRANSLATE_NOOP("MainWindow", "&Manage models…"), self.open_model_manager
            )
        )
        self.models_menu.addAction(open_file)
        self.unload_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Unload model (free its memory)"),
            self.unload_model,
            "unloadModelAction",
        )
        self.models_menu.addAction(self.unload_action)
        self.models_menu.addSeparator()
        self.models_menu.addAction(
            self._action(
                QT_TRANSLATE_NOOP("MainWindow", "Local server &requests…"),
                self.server.open_log,
                "serverLogAction",
            )
        )

    # state -----------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The current settings (read them; change them through ``settings_owner``)."""
        return self.settings_owner.settings

    @property
    def loading(self) -> bool:
        return self.session.state.kind == "loading"

    @property
    def loaded_label(self) -> str | None:
        state = self.session.state
        return i18n.shown(state.label) if state.kind == "ready" else None

    @property
    def busy(self) -> bool:
        return self.session.busy

    @property
    def conversation_id(self) -> int | None:
        return self.conversations.current_id

    @property
    def closed(self) -> bool:
        """True once :meth:`shutdown` began: late results are dropped, not shown."""
        return self._closed

    def _render_state(self, state: EngineState) -> None:
        """Render a new engine state: draw it, then what the change means (the load's time
        and signals, an error shown or cleared)."""
        if self._closed:
            return
        if state.kind == "loading":
            self._load_started = time.monotonic()
        hosted = state.route == "hosted"
        self._draw_state(state)
        if state.kind == "ready":
            self.clear_error(ENGINE)  # a failed load or answer is over once a model is ready
            took = time.monotonic() - self._load_started
            self.statusBar().showMessage(
                self.tr("Loaded {model} in {seconds} s").format(
                    model=i18n.shown(state.label), seconds=QLocale().toString(took, "f", 1)
                ),
                5000,
            )
            self.modelLoaded.emit(i18n.shown(state.label))
        elif state.kind == "failed":
            self.show_error(state.message, ENGINE, self._engine_fix(hosted))
            if not hosted:
                self.refresh_models()
            self.modelLoadFailed.emit(state.message)

    def _draw_state(self, state: EngineState) -> None:
        """Draw the engine state: the status area's line, the welcome page, Unload, the meter."""
        destination = hosted_destination(self.settings) if state.detail else ""
        self.status_area.show_engine(state, destination)
        self.welcome.show_state(state)
        hosted = state.route == "hosted"
        self.unload_action.setEnabled(not hosted and state.kind in ("ready", "loading"))
        self._show_context()

    def _on_settings_changed(self, section: str) -> None:
        if section == "server":
            self.server.serve_if_enabled()
        if section == "documents":
            self.documents.follow_settings()
        if section in ("route", "hosted"):
            self._show_route()
        elif section == "imported_models" or (section == "local" and not self.busy):
            self.refresh_models()

    def _show_route(self) -> None:
        self.route_banner.show_route(self.settings)
        self.model_picker.setEnabled(self.settings.route == "local")

    # errors and notices ----------------------------------------------------------------------

    def show_error(
        self,
        message: str,
        source: str = "",
        action: tuple[str, Callable[[], object]] | None = None,
    ) -> None:
        """Say what went wrong where the user is looking, with a way to fix it where there is
        one; the app keeps running. ``source`` (such as :data:`ENGINE`) lets the error clear
        once that thing works again."""
        self.status_area.show_error(message, source, action)
        self.announcer.announce(message)

    def clear_error(self, source: str | None = None) -> None:
        """Hide the error (only one from ``source``, when given)."""
        self.status_area.clear_error(source)

    @property
    def last_error(self) -> str | None:
        """The error shown, if any (the status area owns it)."""
        return self.status_area.error

    def _engine_fix(self, hosted: bool) -> tuple[str, Callable[[], object]]:
        """The action offered with an engine error: Settings for the hosted route, else load
        the picked model again."""
        if hosted:
            return self.tr("Open Settings"), self.open_settings
        return self.tr("Retry"), self.picker.retry

    def _on_notice(self, text: str) -> None:
        """Show a notice in the status bar; in the transcript after the answer it concerns."""
        self.statusBar().showMessage(text, 15000)
        if self.busy:
            self._pending_notes.append(text)

    # parts (made in their own modules; reached here by tests and other modules) ------------

    @property
    def documents_watcher(self) -> DocumentsWatcher | None:
        """The documents watcher, once the window started (after its first paint)."""
        return self.documents.watcher

    @property
    def local_server(self) -> LocalServerController | None:
        """The local server's controller, once it was switched on."""
        return self.server.controller

    @property
    def model_manager(self) -> ModelManager | None:
        """The model manager, once it was opened."""
        return self.picker.model_manager

    def _on_models_listed(self, models: list[InstalledModel]) -> None:
        self.transcript.set_local_names({m.path.name: m.short_name for m in models})
        self.first_run.update_for(models)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from app.ui.model_manager import dropped_gguf_path

        if dropped_gguf_path(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from app.ui.model_manager import dropped_gguf_path

        path = dropped_gguf_path(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.import_model(path)

    # conversations ---------------------------------------------------------------------------

    def new_conversation(self) -> None:
        self.documents.set_conversation(None)
        self.message_actions.editing = None
        self.conversations.set_current(None)
        self.transcript.show_messages([])
        self._show_context()
        self._show_welcome_if_empty()
        self.composer.setFocus()

    def select_conversation(self, conversation_id: int) -> None:
        self.documents.set_conversation(conversation_id)
        if self.conversations.current_id != conversation_id:
            self.conversations.set_current(conversation_id)
        self.message_actions.editing = None
        self.show_conversation(conversation_id)

    def show_conversation(self, conversation_id: int, count: int = TAIL) -> None:
        """Render the last ``count`` messages of the branch shown (the view asks for more when
        the user scrolls up), with a switcher at every fork; an answer being written streams on
        at the end."""
        messages = self.store.path(conversation_id, last=count + 1)
        earlier = len(messages) > count
        messages = messages[-count:]
        self._show_context(messages)
        forks = self.store.forks(conversation_id)
        branches = {i: f"‹ {n} / {total} ›" for i, (n, total) in forks.items()}
        notes = recorded_notes([m.id for m in messages if m.role == "assistant"])
        if conversation_id != self.session.streaming_conversation:
            self.transcript.show_messages(messages, branches, notes, earlier=earlier)
            self._show_welcome_if_empty()
            return
        shown = [m for m in messages if m.state != "streaming"]
        self.transcript.show_messages(shown, branches, notes, earlier=earlier)
        streaming = [m for m in messages if m.state == "streaming"]
        if streaming:
            m = streaming[-1]
            header = message_header(
                m.role, m.route, m.provider, m.model, self.transcript.local_names
            )
            self.transcript.begin_stream(header, m.route, m.id, branches.get(m.id, ""))
            self.transcript.append_stream(
                self.message_actions.continued.get(m.id, "") + self.session.streamed_text
            )
        self._show_welcome_if_empty()

    def _show_welcome_if_empty(self) -> None:
        empty = not self.transcript.message_ids() and not self.transcript.streaming
        self.middle.setCurrentWidget(self.welcome if empty else self.transcript)

    def _use_example(self, text: str) -> None:
        self.composer.setPlainText(text)
        self.composer.setFocus()
        self.composer.moveCursor(QTextCursor.MoveOperation.End)

    def _show_earlier(self, count: int) -> None:
        if self.conversation_id is not None:
            self.show_conversation(self.conversation_id, count)

    def _restore_last_conversation(self) -> None:
        """Open the chat that was open when the window last closed; else the chat written in
        last (the newest ``updated``)."""
        conversations = self.store.conversations()
        wanted = self.settings.window.last_conversation
        if any(c.id == wanted for c in conversations):
            self.select_conversation(wanted)
        elif conversations:
            last = max(conversations, key=lambda c: (c.updated, c.id))
            self.select_conversation(last.id)

    def _on_theme_changed(self, _name: str) -> None:
        """Colours are baked into the transcript's HTML: render the chat shown again."""
        if self.conversation_id is not None and not self._closed:
            self.show_conversation(self.conversation_id)

    def focus_search(self) -> None:
        self.conversations.search_box.setFocus()
        self.conversations.search_box.selectAll()

    def open_search_hit(self, conversation_id: int, message_id: int) -> None:
        """Open a search result: its chat, on the branch that holds the message, scrolled to
        it."""
        ids = [m.id for m in self.store.messages(conversation_id)]
        if message_id >= 0 and message_id not in ids:
            try:
                self.session.switch_branch(message_id)
            except (StoreWriteError, ValueError) as exc:
                self.show_error(i18n.error_text(exc))
                return
            ids = [m.id for m in self.store.messages(conversation_id)]
        self.select_conversation(conversation_id)
        if message_id in ids and len(ids) - ids.index(message_id) > TAIL:
            self.show_conversation(conversation_id, len(ids) - ids.index(message_id))
        if message_id >= 0:
            self.transcript.scroll_to_message(message_id)

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        self.conversations.rename(conversation_id, title)

    def delete_conversation(self, conversation_id: int) -> None:
        if conversation_id == self.session.streaming_conversation:
            self.show_error(
                self.tr("Stop the answer that is being written before deleting its chat.")
            )
            return
        self.store.delete_conversation(conversation_id)
        if conversation_id == self.conversation_id:
            self.new_conversation()
        self.conversations.refresh()

    # settings and the hosted route -----------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """Show the settings dialog (window-modal, not blocking); it saves through the owner."""
        from app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings_owner, self)
        dialog.server_page.tokenChanged.connect(self.server.token_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def confirm_route(self, conversation_id: int) -> bool:
        """Ask before a chat's local history first goes to a hosted provider, and before passages
        of its documents do."""
        conv = self.store.conversation(conversation_id)
        if conv is None or self.settings.route != "hosted":
            return True
        destination = hosted_destination(self.settings)
        earlier = earlier_messages(self.store, conversation_id) if conv.route != "hosted" else 0
        if earlier and not confirm_history_send(self, earlier, destination):
            self.statusBar().showMessage(
                self.tr("Not sent. Start a new chat, or switch to Local in Settings…."), 8000
            )
            return False
        if not passages_may_go(self, conversation_id, destination):
            self.statusBar().showMessage(self.tr("Not sent."), 5000)
            return False
        return True

    def open_chat_settings(self) -> ChatSettingsDialog:
        """This chat's system prompt, answer settings and presets (window-modal, not
        blocking); with no chat open, OK makes one with them."""
        dialog = ChatSettingsDialog(
            self.store,
            self.conversation_id,
            self.settings.generation,
            self,
            create_conversation=self._create_conversation,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _create_conversation(self) -> int:
        conversation_id = self.session.create_conversation()
        self.conversations.set_current(conversation_id)
        self.conversations.refresh()
        return conversation_id

    def _show_context(self, messages: list[StoredMessage] | None = None) -> None:
        """The context meter for the chat shown (``messages``: the tail of its branch, when at
        hand) and the engine loaded. The last answer with a usage says it all, so only the tail
        the view shows is read, never a long conversation's whole branch."""
        state = self.session.state
        size = state.context_size if state.kind == "ready" else 0
        cid = self.conversation_id
        if messages is None:
            messages = self.store.path(cid, last=TAIL) if cid is not None else []
        self.context_meter.show_usage(context_used(messages), size)

    def show_conversation_info(self) -> ConversationInfoDialog | None:
        if self.conversation_id is None:
            self.statusBar().showMessage(self.tr("Open a chat first."), 4000)
            return None
        dialog = ConversationInfoDialog(
            self.store, self.conversation_id, self.settings.hosted.prices, self
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # chatting --------------------------------------------------------------------------------

    def send(self) -> None:
        """Send the composer's text; the answer streams into the transcript.

        Whatever goes wrong before the answer starts (no model, a full disk), the typed text
        stays in the composer and the window says why.
        """
        text = self.composer.toPlainText()
        if not text.strip():
            self.statusBar().showMessage(self.tr("Type a message first."), 4000)
            return
        if len(text) > MAX_MESSAGE_CHARS:
            self._refuse_long_message(len(text))
            return
        if self.busy:
            self.statusBar().showMessage(self.tr("Wait for the answer, or press Stop."), 4000)
            return
        problem = self.session.why_not_ready()
        if problem:
            self.show_error(problem, ENGINE, self._engine_fix(self.settings.route == "hosted"))
            return
        try:
            conversation_id = self.conversation_id
            if conversation_id is None:
                conversation_id = self.session.create_conversation()
                self.conversations.set_current(conversation_id)
                self.transcript.show_messages([])
            if not self.confirm_route(conversation_id):
                return
            if self.message_actions.editing is not None:
                self.session.edit_and_send(self.message_actions.editing, text)
            else:
                self.session.send(conversation_id, text)
        except (StoreWriteError, ValueError) as exc:
            log.error("could not save the message: %s", exc)
            self.show_error(
                i18n.sentences(
                    i18n.error_text(exc), self.tr("Your text is still in the box below.")
                )
            )
            return
        self.message_actions.editing = None
        self.composer.clear()
        self.answer_began(conversation_id)

    def answer_began(self, conversation_id: int) -> None:
        self.show_conversation(conversation_id)
        self.conversations.refresh()
        self.send_button.setEnabled(False)
        self.stop_button.setEnabled(True)

    def can_answer(self) -> bool:
        if self.busy:
            self.statusBar().showMessage(self.tr("Wait for the answer, or press Stop."), 4000)
            return False
        problem = self.session.why_not_ready()
        if problem:
            self.show_error(problem, ENGINE, self._engine_fix(self.settings.route == "hosted"))
            return False
        return True

    def _refuse_long_message(self, length: int) -> None:
        self.show_error(
            self.tr(
                "That message would be {length} characters; Hearth sends at most {limit}. "
                "Shorten it, or attach the text as a document."
            ).format(length=QLocale().toString(length), limit=QLocale().toString(MAX_MESSAGE_CHARS))
        )

    def stop(self) -> None:
        """Stop the answer; with none running, Esc cancels editing a message."""
        if self.busy:
            self.session.stop()
        elif self.message_actions.editing is not None:
            self.message_actions.editing = None
            self.composer.clear()
            self.statusBar().showMessage(self.tr("Edit cancelled."), 3000)

    def _on_answer_started(self, conversation_id: int, _message_id: int) -> None:
        if conversation_id == self.conversation_id:
            self.show_conversation(conversation_id)  # the new answer's branch, once per answer
        self.answerStarted.emit(conversation_id)

    def _on_prompt_read(self, conversation_id: int, prefill: Prefill) -> None:
        if conversation_id == self.conversation_id:
            self.transcript.show_reading(prefill)

    def _on_text_flushed(self, conversation_id: int, text: str) -> None:
        if conversation_id == self.conversation_id:
            self.transcript.append_stream(text)
        self.streamFlushed.emit(len(text))

    def _on_answer_finished(self, conversation_id: int, result: TurnResult) -> None:
        if self._closed:
            return
        self.send_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.composer.setFocus()  # the next question can be typed at once
        notes, self._pending_notes = self._pending_notes, []
        self.message_actions.continued = {}
        if conversation_id == self.conversation_id:
            self.transcript.end_stream(result.text)
            stored = self.store.message(result.message_id) if result.message_id >= 0 else None
            if stored is not None:
                self.transcript.set_message_info(stored)
            for note in notes:
                self.transcript.append_note(note)
            if result.state == "interrupted" and not result.error:
                self.transcript.append_note(self.tr("Stopped."))
            if result.error:
                self.transcript.append_error(i18n.shown(result.error))
            if result.sources is not None:
                for note in recorded_notes([result.message_id]).values():
                    self.transcript.append_note_html(note)
            if result.finish_reason == "length" and result.usage is not None:
                self.transcript.append_note(
                    self.transcript.limit_note(result.usage.completion_tokens)
                )
        if result.error:
            self.show_error(
                i18n.shown(result.error), ENGINE, self._engine_fix(self.settings.route == "hosted")
            )
        elif result.state == "complete":
            self.clear_error(ENGINE)  # an earlier failure is over once an answer came through
        self.stats_label.show_result(result)
        self._show_context()
        self.conversations.refresh()
        self.answerFinished.emit(result)

    # shutdown --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop any answer, end the session's thread, close the store. Never raises: whatever
        fails here is logged, and the rest of the shutdown still runs."""
        if self._closed:
            return
        self._closed = True
        try:
            self.look.remember(self.conversation_id)
        except Exception:
            log.exception("remembering the window failed")
        self.hide()
        parts = (
            self.local_server,
            self.model_manager,
            self.documents.panel,
            self.documents_watcher,
        )
        for part in parts:
            if part is None:
                continue
            try:
                part.shutdown()
            except Exception:
                log.exception("stopping %s failed", type(part).__name__)
        if self.session.shutdown():
            self.store.close()  # else the worker may still use it; it ends with the process


def _confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
