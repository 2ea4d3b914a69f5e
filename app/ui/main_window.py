"""Hearth's main window: conversations on the left, the transcript, the composer, the model picker.

The window owns one :class:`~app.ui.workers.ChatWorker` on its own QThread. Requests go to the
worker as queued signals; streamed text comes back through the worker's buffer and is drained
into the transcript at most once a frame by ``_flush_timer``. Nothing here blocks on a model.
"""

from __future__ import annotations

import copy
import functools
import logging
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core import paths
from app.core.chat import TurnResult
from app.core.engines.base import GenerationParams
from app.core.engines.hosted import hosted_engine_from_settings
from app.core.engines.local import LoadOptions, LocalEngine
from app.core.gguf import GGUFError, read_gguf
from app.core.models import InstalledModel, installed_models, starter_model_path
from app.core.settings import load_settings, save_settings
from app.core.store import ConversationStore
from app.ui.chat_view import Composer, TranscriptView, message_header
from app.ui.first_run import FirstRunOffer
from app.ui.hosted_route import (
    ConversationInfoDialog,
    RouteBanner,
    confirm_history_send,
    earlier_messages,
    hosted_destination,
)
from app.ui.model_manager import ModelManager, dropped_gguf_path
from app.ui.settings_dialog import SettingsDialog
from app.ui.workers import ChatWorker

FLUSH_INTERVAL_MS = 16  # about one flush per frame
_ABANDONED_THREADS: list[QThread] = []  # kept referenced so Qt never destroys them running

log = logging.getLogger(__name__)
NEW_TITLE = "New chat"
OPEN_FILE_ITEM = "Open model file…"


class MainWindow(QMainWindow):
    """The chat window. Built in-process by tests: ``MainWindow()`` honours ``HEARTH_HOME``.

    Signals (GUI thread): ``answerStarted(int conversation_id)``, ``streamFlushed(int chars)``
    each time streamed text reaches the transcript, ``answerFinished(object TurnResult)``,
    ``modelLoaded(str label)``, ``modelLoadFailed(str message)``.
    """

    answerStarted = Signal(int)
    streamFlushed = Signal(int)
    answerFinished = Signal(object)
    modelLoaded = Signal(str)
    modelLoadFailed = Signal(str)

    _loadRequested = Signal(str, object)
    _answerRequested = Signal(int, object, str, object, str)
    _unloadRequested = Signal()
    _shutdownRequested = Signal()

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
        self.settings, settings_problem = load_settings()
        self.store = store or ConversationStore(paths.database_path())  # the window closes it
        self.models: list[InstalledModel] = []
        self.model_manager: ModelManager | None = None
        self.loaded_label: str | None = None
        self.loading = False
        self.last_error: str | None = None
        self._conversation_id: int | None = None
        self._streaming_conversation: int | None = None
        self._stream_parts: list[str] = []
        self._stop: threading.Event | None = None
        self._closed = False
        self._pending_model_path = ""
        self._pending_notes: list[str] = []
        self._engine_route: str | None = None  # the route of the worker's engine

        self._thread = QThread(self)
        self._thread.setObjectName("hearth-chat-worker")
        self._worker = ChatWorker(self.store)
        self._worker.moveToThread(self._thread)
        self._loadRequested.connect(self._worker.load)
        self._answerRequested.connect(self._worker.answer)
        self._unloadRequested.connect(self._worker.unload)
        self._shutdownRequested.connect(self._worker.shutdown)
        self._worker.loadStarted.connect(self._on_load_started)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.loadFailed.connect(self._on_load_failed)
        self._worker.answerStarted.connect(self._on_answer_started)
        self._worker.textAvailable.connect(self._on_text_available)
        self._worker.notice.connect(self._on_notice)
        self._worker.answerFinished.connect(self._on_answer_finished)
        self._thread.start()

        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self.flush_stream)

        self._build_ui()
        self._build_menus()
        self.refresh_conversations()
        if settings_problem:
            self.show_error(settings_problem)
        if self.store.recovered_interrupted:
            self.statusBar().showMessage(
                f"{self.store.recovered_interrupted} answer(s) were cut off when Hearth last "
                "closed; their text was kept and marked interrupted.",
                15000,
            )
        if model_path:
            self.settings.route = "local"  # a model file named on the command line runs here
            self.import_model(model_path)
        else:
            self.refresh_models()
            self.apply_route()

    # layout ----------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.conversation_list = QListWidget()
        self.conversation_list.setObjectName("conversationList")
        self.conversation_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conversation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversation_list.currentItemChanged.connect(self._on_conversation_selected)
        new_button = QPushButton("New chat")
        new_button.setObjectName("newChatButton")
        new_button.clicked.connect(self.new_conversation)
        rename_button = QPushButton("Rename")
        rename_button.clicked.connect(self._rename_current)
        delete_button = QPushButton("Delete")
        delete_button.clicked.connect(self._delete_current)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 6, 6)
        left_layout.addWidget(new_button)
        left_layout.addWidget(self.conversation_list, 1)
        row = QHBoxLayout()
        row.addWidget(rename_button)
        row.addWidget(delete_button)
        left_layout.addLayout(row)

        self.model_picker = QComboBox()
        self.model_picker.setObjectName("modelPicker")
        self.model_picker.setMinimumWidth(360)
        self.model_picker.activated.connect(self._on_model_picked)
        self.load_progress = QProgressBar()
        self.load_progress.setObjectName("loadProgress")
        self.load_progress.setRange(0, 0)  # llama.cpp reports no load progress: busy indicator
        self.load_progress.setMaximumWidth(160)
        self.load_progress.hide()
        self.model_status = QLabel()
        self.model_status.setObjectName("modelStatus")
        top = QHBoxLayout()
        top.addWidget(QLabel("Model:"))
        top.addWidget(self.model_picker, 1)
        top.addWidget(self.load_progress)
        top.addWidget(self.model_status)

        self.error_banner = QLabel()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_banner.setStyleSheet(
            "QLabel { background: #ffebe9; color: #82071e; border: 1px solid #ff8182;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.error_banner.hide()

        self.transcript = TranscriptView()
        self.composer = Composer()
        self.composer.submitted.connect(self.send)
        self.send_button = QPushButton("Send")
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.stop_button = QPushButton("Stop")
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
        self.route_banner = RouteBanner()
        right_layout.addWidget(self.route_banner)
        right_layout.addWidget(self.error_banner)
        self.first_run = FirstRunOffer()
        self.first_run.downloadRequested.connect(self.download_catalog_model)
        self.first_run.starterRequested.connect(self._use_starter_model)
        right_layout.addWidget(self.first_run)
        right_layout.addWidget(self.transcript, 1)
        right_layout.addLayout(bottom)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 860])
        self.setCentralWidget(splitter)

        self.stats_label = QLabel()
        self.stats_label.setObjectName("statsLabel")
        self.statusBar().addPermanentWidget(self.stats_label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        new_action = QAction("&New chat", self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_conversation)
        open_action = QAction("&Open model file…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.open_model_file)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        settings_action = QAction("&Settings…", self)
        settings_action.setObjectName("settingsAction")
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.triggered.connect(self.open_settings)
        info_action = QAction("Conversation &info…", self)
        info_action.setObjectName("conversationInfoAction")
        info_action.triggered.connect(self.show_conversation_info)
        for action in (new_action, open_action, info_action, settings_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.models_menu = self.menuBar().addMenu("&Models")
        manage_action = QAction("&Manage models…", self)
        manage_action.triggered.connect(self.open_model_manager)
        self.models_menu.addAction(manage_action)
        self.models_menu.addAction(open_action)
        unload_action = QAction("&Unload model (free its memory)", self)
        unload_action.setObjectName("unloadModelAction")
        unload_action.triggered.connect(self.unload_model)
        self.models_menu.addAction(unload_action)

    def open_model_manager(self) -> ModelManager:
        """Show the model manager; it lives as long as the window, so downloads go on."""
        if self.model_manager is None:
            self.model_manager = ModelManager(self, lambda: self.settings.imported_models)
            self.model_manager.modelsChanged.connect(lambda _path: self.refresh_models())
            self.model_manager.importRequested.connect(self.import_model)
        self.model_manager.show()  # a child dialog: it stays above the window
        return self.model_manager

    def download_catalog_model(self, entry_id: str) -> None:
        """Open the model manager and download a catalog model (the first-run offer's button)."""
        manager = self.open_model_manager()
        entry = manager.catalog.get(entry_id)
        if entry is not None:
            manager.select_entry(entry_id)
            manager.start_download(entry)

    def _use_starter_model(self) -> None:
        starter = starter_model_path()
        if starter is not None and self.settings.local.model_path != str(starter):
            self.refresh_models(select=str(starter))
            self.load_model(str(starter))
        self.first_run.dismiss()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt naming)
        if dropped_gguf_path(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt naming)
        path = dropped_gguf_path(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.import_model(path)

    # errors and notices ----------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        """Say what went wrong where the user is looking; the app keeps running."""
        self.last_error = message
        self.error_banner.setText(message)
        self.error_banner.show()

    def clear_error(self) -> None:
        self.last_error = None
        self.error_banner.hide()

    def _on_notice(self, text: str) -> None:
        """Show a notice in the status bar; in the transcript after the answer it concerns."""
        self.statusBar().showMessage(text, 15000)
        if self.busy:
            self._pending_notes.append(text)
        elif not self._closed:
            self.transcript.append_note(text)

    # models ----------------------------------------------------------------------------------

    def refresh_models(self, select: str | None = None) -> None:
        """Re-read the installed models into the picker; keep or set the selection."""
        self.models = installed_models(self.settings.imported_models)
        wanted = select or self.settings.local.model_path
        self.model_picker.blockSignals(True)
        self.model_picker.clear()
        for model in self.models:
            self.model_picker.addItem(model.label, str(model.path))
            index = self.model_picker.count() - 1
            tip = model.problem or str(model.path)
            self.model_picker.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
            if not model.usable:
                item = self.model_picker.model().item(index)  # type: ignore[attr-defined]
                item.setEnabled(False)
        if not self.models:
            self.model_picker.addItem("No model installed: open a GGUF file", "")
        self.model_picker.addItem(OPEN_FILE_ITEM, OPEN_FILE_ITEM)
        index = self.model_picker.findData(wanted) if wanted else -1
        self.model_picker.setCurrentIndex(max(index, 0))
        self.model_picker.blockSignals(False)
        self.first_run.update_for(self.models)

    def _load_initial_model(self) -> None:
        wanted = self.settings.local.model_path
        if wanted and not Path(wanted).is_file():
            self.show_error(
                f"The model you used last is no longer at {wanted}. "
                "Pick another model, or open the file from its new place."
            )
            wanted = ""
        if not wanted:
            starter = starter_model_path()
            usable = [m for m in self.models if m.usable]
            wanted = str(starter) if starter else (str(usable[0].path) if usable else "")
        if wanted:
            self.load_model(wanted)

    def _on_model_picked(self, index: int) -> None:
        data = self.model_picker.itemData(index)
        if data == OPEN_FILE_ITEM:
            self.open_model_file()
        elif data:
            self.load_model(data)

    def open_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a GGUF model", str(Path.home()), "GGUF models (*.gguf);;All files (*)"
        )
        if path:
            self.import_model(path)
        else:
            self.refresh_models()

    def import_model(self, path: str) -> bool:
        """Add a GGUF file the user chose (``--model`` or Open…) and load it."""
        resolved = str(Path(path).expanduser().resolve())
        try:
            read_gguf(resolved)
        except GGUFError as exc:
            self.show_error(f"{Path(path).name} cannot be used: {exc}.")
            self.refresh_models()
            return False
        if resolved not in self.settings.imported_models and Path(resolved).parent != (
            paths.models_dir()
        ):
            self.settings.imported_models.append(resolved)
        self.refresh_models(select=resolved)
        self.load_model(resolved)
        return True

    def load_model(self, path: str) -> None:
        """Load a local model on the worker thread; the window stays responsive.

        A running answer is stopped first (the worker loads once it has ended); the model becomes
        the one Hearth starts with only once it has loaded.
        """
        if self.busy:
            self.stop()
            self.statusBar().showMessage("Stopping the answer to switch models…", 5000)
        self._pending_model_path = path
        local = self.settings.local
        options = LoadOptions(
            local.n_threads, local.context_cap, local.n_gpu_layers, cancel=self._worker.closing
        )
        self.loading = True
        self._engine_route = "local"
        self._loadRequested.emit(
            f"Loading {Path(path).name}…", functools.partial(LocalEngine, path, options)
        )

    def unload_model(self) -> None:
        """Free the loaded model's memory; picking a model loads it again."""
        if self.busy:
            self.stop()
        self._engine_route = None
        self.loaded_label = None
        self._unloadRequested.emit()
        self.model_status.setText("No model loaded")
        self.statusBar().showMessage("Model unloaded. Pick a model to chat again.", 5000)

    def _on_load_started(self, description: str) -> None:
        self.loading = True
        self.loaded_label = None
        self.load_progress.show()
        self.model_status.setText(description)

    def _on_loaded(self, label: str) -> None:
        if self._closed:
            return
        if self._engine_route == "local" and self._pending_model_path:
            self.settings.local.model_path = self._pending_model_path
            save_settings(self.settings)
        self.loading = False
        self.loaded_label = label
        self.load_progress.hide()
        self.model_status.setText("Ready")
        self.clear_error()
        self.statusBar().showMessage(f"Loaded {label}", 5000)
        self.modelLoaded.emit(label)

    def _on_load_failed(self, message: str) -> None:
        if self._closed:
            return
        self.loading = False
        self.loaded_label = None
        self.load_progress.hide()
        self.model_status.setText("No model loaded")
        self.show_error(message)
        self.refresh_models()
        self.modelLoadFailed.emit(message)

    # conversations ---------------------------------------------------------------------------

    @property
    def conversation_id(self) -> int | None:
        return self._conversation_id

    def refresh_conversations(self) -> None:
        self.conversation_list.blockSignals(True)
        self.conversation_list.clear()
        for conv in self.store.conversations():
            item = QListWidgetItem(conv.title)
            item.setData(Qt.ItemDataRole.UserRole, conv.id)
            self.conversation_list.addItem(item)
            if conv.id == self._conversation_id:
                self.conversation_list.setCurrentItem(item)
        self.conversation_list.blockSignals(False)

    def new_conversation(self) -> None:
        self._conversation_id = None
        self.conversation_list.clearSelection()
        self.conversation_list.setCurrentRow(-1)
        self.transcript.show_messages([])
        self.composer.setFocus()

    def select_conversation(self, conversation_id: int) -> None:
        self._conversation_id = conversation_id
        messages = self.store.messages(conversation_id)
        if conversation_id == self._streaming_conversation:
            shown = [m for m in messages if m.state != "streaming"]
            streaming = [m for m in messages if m.state == "streaming"]
            self.transcript.show_messages(shown)
            if streaming:
                m = streaming[-1]
                self.transcript.begin_stream(message_header(m.role, m.route, m.provider, m.model))
                self.transcript.append_stream("".join(self._stream_parts))
        else:
            self.transcript.show_messages(messages)
        self.refresh_conversations()

    def _on_conversation_selected(self, item: QListWidgetItem | None, _prev: object) -> None:
        if item is not None:
            self.select_conversation(int(item.data(Qt.ItemDataRole.UserRole)))

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        title = " ".join(title.split())
        if title:
            self.store.rename_conversation(conversation_id, title[:120])
            self.refresh_conversations()

    def delete_conversation(self, conversation_id: int) -> None:
        if conversation_id == self._streaming_conversation:
            self.show_error("Stop the answer that is being written before deleting its chat.")
            return
        self.store.delete_conversation(conversation_id)
        if conversation_id == self._conversation_id:
            self.new_conversation()
        self.refresh_conversations()

    def _rename_current(self) -> None:
        if self._conversation_id is None:
            return
        conv = self.store.conversation(self._conversation_id)
        title, ok = QInputDialog.getText(
            self, "Rename chat", "Title:", text=conv.title if conv else ""
        )
        if ok:
            self.rename_conversation(self._conversation_id, title)

    def _delete_current(self) -> None:
        if self._conversation_id is None:
            return
        answer = QMessageBox.question(
            self, "Delete chat", "Delete this chat and all its messages? This cannot be undone."
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_conversation(self._conversation_id)

    # the hosted route -----------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """Show the settings dialog (window-modal, not blocking); saving applies the route."""
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self._on_settings_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_settings_saved(self, dialog: SettingsDialog) -> None:
        saved = dialog.settings
        local_changed = (
            saved.local.n_threads,
            saved.local.context_cap,
            saved.local.n_gpu_layers,
        ) != (
            self.settings.local.n_threads,
            self.settings.local.context_cap,
            self.settings.local.n_gpu_layers,
        )
        was_local = self._engine_route == "local"
        self.settings.route = saved.route
        self.settings.hosted = saved.hosted
        self.settings.generation = saved.generation
        self.settings.local = saved.local
        self.apply_route()
        if local_changed and was_local and saved.route == "local" and saved.local.model_path:
            self.load_model(saved.local.model_path)  # threads and context apply on load

    def apply_route(self) -> None:
        """Use the engine the route asks for, and show the hosted route while it is active."""
        self.route_banner.show_route(self.settings)
        hosted = self.settings.route == "hosted"
        self.model_picker.setEnabled(not hosted)
        if hosted:  # always anew: the key in the keychain may have changed
            self._engine_route = "hosted"
            self.loading = True
            self._loadRequested.emit(
                f"Connecting to {hosted_destination(self.settings)}…",
                functools.partial(hosted_engine_from_settings, copy.deepcopy(self.settings.hosted)),
            )
        elif self._engine_route != "local":
            # the hosted engine must not stay loaded, even when no local model can be loaded
            self._engine_route = None
            self.loaded_label = None
            self._unloadRequested.emit()
            self._load_initial_model()

    def _confirm_route(self, conversation_id: int) -> bool:
        """Record the conversation's route; ask before local history first goes to a host."""
        route = self.settings.route
        conv = self.store.conversation(conversation_id)
        if conv is None or conv.route == route:
            return True
        earlier = earlier_messages(self.store, conversation_id)
        destination = hosted_destination(self.settings)
        if route == "hosted" and earlier and not confirm_history_send(self, earlier, destination):
            self.statusBar().showMessage(
                "Not sent. Start a new chat, or switch to Local in Settings….", 8000
            )
            return False
        self.store.set_conversation_route(conversation_id, route)
        return True

    def show_conversation_info(self) -> ConversationInfoDialog | None:
        if self._conversation_id is None:
            self.statusBar().showMessage("Open a chat first.", 4000)
            return None
        dialog = ConversationInfoDialog(
            self.store, self._conversation_id, self.settings.hosted.prices, self
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # chatting --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._streaming_conversation is not None

    def send(self) -> None:
        """Send the composer's text; the answer streams into the transcript."""
        text = self.composer.toPlainText()
        if not text.strip():
            self.statusBar().showMessage("Type a message first.", 4000)
            return
        if self.busy:
            self.statusBar().showMessage("Wait for the answer, or press Stop.", 4000)
            return
        if self.loaded_label is None and not self.loading:
            self.show_error("No model is loaded. Pick a model in the Model list first.")
            return
        if self._conversation_id is None:
            self._conversation_id = self.store.create_conversation(
                NEW_TITLE, self.settings.route
            ).id
            self.transcript.show_messages([])
        conversation_id = self._conversation_id
        if not self._confirm_route(conversation_id):
            return
        conv = self.store.conversation(conversation_id)
        if conv is not None and conv.title == NEW_TITLE:
            first_line = text.strip().splitlines()[0]
            self.store.rename_conversation(conversation_id, first_line[:48])
        self.store.add_message(conversation_id, "user", text)
        self.transcript.append_user(text)
        self.composer.clear()
        self.refresh_conversations()
        self._start_answer(conversation_id)

    def _start_answer(self, conversation_id: int) -> None:
        self._stop = threading.Event()
        self._streaming_conversation = conversation_id
        self._stream_parts = []
        self.send_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        gen = self.settings.generation
        params = GenerationParams(gen.temperature, gen.top_p, gen.max_tokens, gen.seed)
        self._answerRequested.emit(
            conversation_id, params, gen.system_prompt, self._stop, self.settings.route
        )

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()

    def _on_answer_started(self, conversation_id: int, message_id: int) -> None:
        if self._closed:
            return
        if conversation_id == self._conversation_id and not self.transcript.streaming:
            m = self.store.message(message_id)
            if m is not None:
                self.transcript.begin_stream(message_header(m.role, m.route, m.provider, m.model))
        self.answerStarted.emit(conversation_id)

    def _on_text_available(self) -> None:
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush_stream(self) -> None:
        """Move buffered text into the transcript: one append per frame, at the end."""
        text = self._worker.buffer.drain()
        if not text:
            return
        self._stream_parts.append(text)
        if self._streaming_conversation == self._conversation_id:
            self.transcript.append_stream(text)
        self.streamFlushed.emit(len(text))

    def _on_answer_finished(self, conversation_id: int, result: TurnResult) -> None:
        if self._closed:
            return  # the store is closed; the answer was saved by the worker
        self._flush_timer.stop()
        self.flush_stream()
        self._streaming_conversation = None
        self._stop = None
        self.send_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        notes, self._pending_notes = self._pending_notes, []
        if conversation_id == self._conversation_id:
            self.transcript.end_stream(result.text)
            for note in notes:
                self.transcript.append_note(note)
            if result.state == "interrupted" and not result.error:
                self.transcript.append_note("Stopped.")
            if result.error:
                self.transcript.append_error(result.error)
        if result.error:
            self.show_error(result.error)
        usage = result.usage
        if usage is not None and usage.time_to_first_token_s is not None:
            rate = usage.tokens_per_s
            self.stats_label.setText(
                (f"{rate:.1f} tokens/s · " if rate else "")
                + f"first token {usage.time_to_first_token_s:.2f} s · "
                f"{usage.completion_tokens} tokens"
            )
        self.refresh_conversations()
        self.answerFinished.emit(result)

    # shutdown --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop any answer, close the model on its thread, wait for the thread, close the store."""
        if self._closed:
            return
        self._closed = True
        self._worker.closing.set()  # queued loads are skipped, a model probe is abandoned
        self.stop()
        self._flush_timer.stop()
        self.hide()
        if self.model_manager is not None:
            self.model_manager.shutdown()
        self._shutdownRequested.emit()
        save_settings(self.settings)
        if self._thread.wait(120_000):
            self.store.close()
            return
        # llama.cpp is still inside a load that cannot be interrupted. Never terminate() a
        # thread that may hold the store's lock: leave it to end with the process. Every answer
        # was saved as it streamed, so nothing is lost.
        log.error("the chat worker did not stop within 120 s; leaving it to the process exit")
        self._thread.setParent(None)
        _ABANDONED_THREADS.append(self._thread)
