"""The settings dialog: which route answers (local or hosted), how the hosted route connects,
how answers are generated, how local models run, and the Hugging Face token for gated downloads.

Keys typed here go to the system keychain through :mod:`app.core.secrets` when the user saves;
where no keychain exists the dialog says so, offers the environment variable and never writes the
key anywhere else. "Test connection", "List models" and reading the keychain run as jobs on their
own threads (:func:`app.ui.workers.run_job`), so the dialog never blocks while a server is slow or
the keychain asks to be unlocked. Saving hands the edited sections to the
:class:`~app.ui.settings_owner.SettingsOwner`, the one writer of the settings file.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import secrets
from app.core.costs import price_for, price_key
from app.core.engines.hosted import (
    ConnectionReport,
    HostedError,
    check_base_url,
    check_connection,
    models_from_settings,
)
from app.core.machine import default_thread_count
from app.core.network_ledger import LOCK_HINT, LOCK_MESSAGE, offline_lock_on
from app.core.providers import PROVIDERS, provider_spec
from app.core.settings import GenerationSettings, HostedSettings, Provider
from app.ui import i18n
from app.ui.appearance_page import AppearancePage
from app.ui.dialog_size import fit_to_content, grow_to_content
from app.ui.kv_cache_panel import KVCachePanel
from app.ui.privacy_panel import PrivacyPage
from app.ui.server_panel import ServerSettingsPage
from app.ui.settings_owner import SettingsOwner
from app.ui.workers import Job, run_job


class SettingsDialog(QDialog):
    """Edits a copy of the settings and hands what was edited to the owner on Save.

    Signals: ``connectionTested(object ConnectionReport)``, ``modelsListed(list)``,
    ``keychainRead()`` once the stored keys' status is shown.
    """

    connectionTested = Signal(object)  # the ConnectionReport, once shown
    modelsListed = Signal(list)
    keychainRead = Signal()

    def __init__(self, owner: SettingsOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._owner = owner
        self.settings = owner.snapshot()
        self._models = dict(self.settings.hosted.models)
        self._prices = copy.deepcopy(self.settings.hosted.prices)
        self._typed_keys: dict[str, str] = {}
        self._provider: Provider = self.settings.hosted.provider
        self._check: tuple[QThread, Job] | None = None
        self._keychain: _KeychainStatus | None = None  # None until read on a job thread
        self._build()
        self._load_provider(self._provider)
        self._update_route()
        self._read_keychain()
        owner.changed.connect(self._on_settings_changed)
        fit_to_content(self)

    # layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        route_box = QGroupBox(self.tr("Who answers"))
        self.route_local = QRadioButton(
            self.tr("Local: a model on this machine (nothing leaves it)")
        )
        self.route_local.setObjectName("routeLocal")
        self.route_hosted = QRadioButton(
            self.tr("Hosted: a provider's server (your messages are sent there)")
        )
        self.route_hosted.setObjectName("routeHosted")
        group = QButtonGroup(self)
        group.addButton(self.route_local)
        group.addButton(self.route_hosted)
        (self.route_hosted if self.settings.route == "hosted" else self.route_local).setChecked(
            True
        )
        self.route_hosted.toggled.connect(self._update_route)
        route_layout = QVBoxLayout(route_box)
        route_layout.addWidget(self.route_local)
        route_layout.addWidget(self.route_hosted)

        self.hosted_box = QGroupBox(self.tr("Hosted route"))
        form = QFormLayout(self.hosted_box)
        self.provider_combo = QComboBox()
        self.provider_combo.setObjectName("providerCombo")
        for spec in PROVIDERS.values():
            self.provider_combo.addItem(spec.label, spec.id)
        self.provider_combo.setCurrentIndex(self.provider_combo.findData(self._provider))
        self.provider_combo.currentIndexChanged.connect(self._on_provider_changed)
        form.addRow(self.tr("Provider:"), self.provider_combo)

        self.base_url_edit = QLineEdit(self.settings.hosted.base_url)
        self.base_url_edit.setObjectName("baseUrlEdit")
        self.base_url_edit.setPlaceholderText(
            self.tr("https://example.com/v1 or http://127.0.0.1:8080/v1")
        )
        form.addRow(self.tr("Server URL:"), self.base_url_edit)

        self.model_combo = QComboBox()
        self.model_combo.setObjectName("modelCombo")
        self.model_combo.setEditable(True)
        self.model_combo.setMinimumWidth(320)
        self.model_combo.setAccessibleName(self.tr("Model (exact version)"))
        self.model_combo.editTextChanged.connect(self._load_prices)
        self.list_models_button = QPushButton(self.tr("List models"))
        self.list_models_button.setObjectName("listModelsButton")
        self.list_models_button.clicked.connect(self.list_models)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_combo, 1)
        model_row.addWidget(self.list_models_button)
        form.addRow(self.tr("Model (exact version):"), model_row)

        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.forget_key_button = QPushButton(self.tr("Forget stored key"))
        self.forget_key_button.setObjectName("forgetKeyButton")
        self.forget_key_button.clicked.connect(self._forget_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.forget_key_button)
        form.addRow(self.tr("API key:"), key_row)
        self.key_status = QLabel()
        self.key_status.setObjectName("keyStatus")
        self.key_status.setWordWrap(True)
        form.addRow("", self.key_status)

        hosted = self.settings.hosted
        self.connect_timeout = self._seconds(hosted.connect_timeout_s, 1, 120, "connectTimeout")
        self.chunk_timeout = self._seconds(hosted.chunk_timeout_s, 1, 600, "chunkTimeout")
        self.total_timeout = self._seconds(hosted.total_timeout_s, 10, 7200, "totalTimeout")
        self.max_retries = QSpinBox()
        self.max_retries.setObjectName("maxRetries")
        self.max_retries.setRange(0, 10)
        self.max_retries.setValue(hosted.max_retries)
        form.addRow(self.tr("Connect timeout:"), self.connect_timeout)
        form.addRow(self.tr("Longest pause between chunks:"), self.chunk_timeout)
        form.addRow(self.tr("Longest answer:"), self.total_timeout)
        form.addRow(self.tr("Retries before the answer starts:"), self.max_retries)

        self.prompt_price = self._price("promptPrice")
        self.prompt_price.setAccessibleName(self.tr("Prompt price per million tokens"))
        self.completion_price = self._price("completionPrice")
        self.completion_price.setAccessibleName(self.tr("Completion price per million tokens"))
        price_row = QHBoxLayout()
        price_row.addWidget(QLabel(self.tr("prompt")))
        price_row.addWidget(self.prompt_price)
        price_row.addWidget(QLabel(self.tr("completion")))
        price_row.addWidget(self.completion_price)
        form.addRow(self.tr("Price per million tokens:"), price_row)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.check_connection)
        form.addRow("", self.test_button)
        self.report_view = QPlainTextEdit()
        self.report_view.setObjectName("connectionReport")
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(self.tr("Connection report"))
        self.report_view.setMaximumHeight(110)
        form.addRow(self.report_view)

        self.error_label = QLabel()
        self.error_label.setObjectName("settingsError")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "error-text")
        self.error_label.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettingsButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        tabs = QTabWidget()
        tabs.setObjectName("settingsTabs")
        tabs.addTab(self._build_answers(), self.tr("Answers"))
        tabs.addTab(self._build_local(), self.tr("Local models"))
        tabs.addTab(self.hosted_box, self.tr("Hosted route"))
        self.privacy_page = PrivacyPage(self._owner)
        tabs.addTab(self.privacy_page, self.tr("Privacy"))
        self.server_page = ServerSettingsPage(self._owner)
        tabs.addTab(self.server_page, self.tr("Local server"))
        self.appearance_page = AppearancePage(self._owner)
        tabs.addTab(self.appearance_page, self.tr("Appearance"))
        tabs.addTab(self._build_language(), self.tr("Language"))
        self._tabs = tabs
        # a page's text read on a job thread (keys, the server token) may need more room
        tabs.currentChanged.connect(lambda _index: grow_to_content(self))
        self.route_hosted.toggled.connect(self._show_hosted_tab)
        layout = QVBoxLayout(self)
        layout.addWidget(route_box)
        layout.addWidget(tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _build_answers(self) -> QWidget:
        gen = self.settings.generation
        box, form = _form_page()
        self.system_prompt_edit = QPlainTextEdit(gen.system_prompt)
        self.system_prompt_edit.setObjectName("systemPromptEdit")
        self.system_prompt_edit.setMaximumHeight(90)
        form.addRow(self.tr("System prompt:"), self.system_prompt_edit)
        self.temperature = QDoubleSpinBox()
        self.temperature.setObjectName("temperature")
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(gen.temperature)
        form.addRow(self.tr("Temperature (0 = always the likeliest word):"), self.temperature)
        self.max_tokens = QSpinBox()
        self.max_tokens.setObjectName("maxTokens")
        self.max_tokens.setRange(16, 32768)
        self.max_tokens.setValue(gen.max_tokens)
        form.addRow(self.tr("Longest answer (tokens):"), self.max_tokens)
        self.top_p = QDoubleSpinBox()
        self.top_p.setObjectName("topP")
        self.top_p.setRange(0.05, 1.0)
        self.top_p.setSingleStep(0.05)
        self.top_p.setValue(gen.top_p)
        form.addRow(self.tr("Top-p (smaller = fewer unlikely words):"), self.top_p)
        self.seed = QSpinBox()
        self.seed.setObjectName("seed")
        self.seed.setRange(-1, 2**31 - 1)
        self.seed.setSpecialValueText(self.tr("random"))
        self.seed.setValue(gen.seed)
        form.addRow(self.tr("Seed (same seed and message, same answer):"), self.seed)
        return box

    def _build_local(self) -> QWidget:
        local = self.settings.local
        box, form = _form_page()
        self.threads = QSpinBox()
        self.threads.setObjectName("threads")
        self.threads.setRange(0, 256)
        self.threads.setSpecialValueText(
            self.tr("automatic ({count} on this machine)").format(count=default_thread_count())
        )
        self.threads.setValue(local.n_threads)
        form.addRow(self.tr("CPU threads:"), self.threads)
        self.context_cap = QSpinBox()
        self.context_cap.setObjectName("contextCap")
        self.context_cap.setRange(512, 262144)
        self.context_cap.setSingleStep(1024)
        self.context_cap.setValue(local.context_cap)
        form.addRow(self.tr("Longest context (tokens, up to the model's own):"), self.context_cap)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setObjectName("gpuLayers")
        self.gpu_layers.setRange(-1, 1000)
        self.gpu_layers.setSpecialValueText(self.tr("all (when llama.cpp was built for a GPU)"))
        self.gpu_layers.setValue(local.n_gpu_layers)
        form.addRow(self.tr("Layers on the GPU:"), self.gpu_layers)
        self.kv_cache_panel = KVCachePanel(local.kv_cache_limit_mb)
        form.addRow(self.tr("Saved conversations (instant return):"), self.kv_cache_panel)
        self.hf_token_edit = QLineEdit()
        self.hf_token_edit.setObjectName("hfTokenEdit")
        self.hf_token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hf_token_edit.setAccessibleName(self.tr("Hugging Face token"))
        self.hf_token_edit.setPlaceholderText(self.tr("reading the keychain…"))
        self.forget_hf_token_button = QPushButton(self.tr("Forget token"))
        self.forget_hf_token_button.setObjectName("forgetHfTokenButton")
        self.forget_hf_token_button.setEnabled(False)
        self.forget_hf_token_button.clicked.connect(self._forget_hf_token)
        token_row = QHBoxLayout()
        token_row.addWidget(self.hf_token_edit, 1)
        token_row.addWidget(self.forget_hf_token_button)
        form.addRow(self.tr("Hugging Face token (gated models only):"), token_row)
        note = QLabel(
            self.tr(
                "Some models (Llama, Gemma) need you to accept their terms on huggingface.co and a "
                "read token. It is kept in the system keychain, never in a file."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        return box

    def _build_language(self) -> QWidget:
        box, form = _form_page()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("The system's language"), "")
        for code, name in i18n.SHIPPED.items():
            self.language_combo.addItem(name, code)
        chosen = self.language_combo.findData(self.settings.language)
        self.language_combo.setCurrentIndex(max(chosen, 0))
        form.addRow(self.tr("Language of the window:"), self.language_combo)
        note = QLabel(
            self.tr("The window changes language when you save; no restart is needed.")
            if not os.environ.get(i18n.ENV_VAR)
            else self.tr("{variable} is set where Hearth was started, and wins over this.").format(
                variable=i18n.ENV_VAR
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        return box

    def _seconds(self, value: float, low: float, high: float, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(low, high)
        box.setDecimals(1)
        box.setSuffix(self.tr(" s"))
        box.setValue(value)
        return box

    def _price(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(0, 10_000)
        box.setDecimals(4)
        box.setPrefix("$")
        box.setSpecialValueText(self.tr("not set"))
        return box

    # state -------------------------------------------------------------------------------

    @property
    def provider(self) -> Provider:
        return self._provider

    def _show_hosted_tab(self, hosted: bool) -> None:
        if hosted:
            self._tabs.setCurrentWidget(self.hosted_box)

    def _on_settings_changed(self, section: str) -> None:
        if section == "privacy":  # the offline lock may have been switched on the Privacy tab
            self._update_route()

    def _update_route(self) -> None:
        locked = offline_lock_on()
        self.route_hosted.setEnabled(not locked or self.route_hosted.isChecked())
        self.route_hosted.setToolTip(f"{LOCK_MESSAGE}. {LOCK_HINT}" if locked else "")
        self.hosted_box.setEnabled(self.route_hosted.isChecked())

    def _store_provider_fields(self) -> None:
        """Keep what was typed for the current provider before showing another one."""
        self._models[self._provider] = self.model_combo.currentText().strip()
        typed = self.key_edit.text().strip()
        if typed:
            self._typed_keys[self._provider] = typed
        self._store_prices()

    def _on_provider_changed(self, index: int) -> None:
        self._store_provider_fields()
        self._provider = self.provider_combo.itemData(index)
        self._load_provider(self._provider)

    def _load_provider(self, provider: Provider) -> None:
        self.base_url_edit.setEnabled(provider_spec(provider).user_base_url)
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        self.model_combo.setEditText(self._models.get(provider, ""))
        self.model_combo.blockSignals(False)
        self.key_edit.setText(self._typed_keys.get(provider, ""))
        self._show_key_status()
        self._load_prices()

    def _read_keychain(self) -> None:
        """Read which keys the keychain holds on a job thread: a locked keychain's unlock
        prompt must not freeze the window."""
        names = [spec.secret_name for spec in PROVIDERS.values()] + [HF_TOKEN]
        run_job("hearth-keychain-read", lambda: _KeychainStatus.read(names),
                self._on_keychain_read, self._on_keychain_failed, self)  # fmt: skip

    def _on_keychain_read(self, status: object) -> None:
        assert isinstance(status, _KeychainStatus)
        self._keychain = status
        stored = status.stored.get(HF_TOKEN)
        self.hf_token_edit.setPlaceholderText(
            self.tr("stored in the keychain ({masked})").format(masked=secrets.mask(stored))
            if stored
            else "hf_…"
        )
        self.forget_hf_token_button.setEnabled(bool(stored))
        self._show_key_status()
        grow_to_content(self)  # the key's status may take more lines than "Reading…"
        self.keychainRead.emit()

    def _on_keychain_failed(self, message: str) -> None:
        self._on_keychain_read(_KeychainStatus(available=False, stored={}, problem=message))

    def _show_key_status(self) -> None:
        spec = provider_spec(self._provider)
        name, env = spec.secret_name, spec.env_var
        optional = "" if spec.key_required else " " + self.tr("(optional for a server of your own)")
        status = self._keychain
        if status is None:
            self.key_edit.setPlaceholderText(self.tr("reading the keychain…"))
            self.key_status.setText(self.tr("Reading the system keychain…"))
            self.forget_key_button.setEnabled(False)
            return
        if not status.available:
            self.key_edit.setEnabled(False)
            self.key_edit.setPlaceholderText(self.tr("no system keychain"))
            self.forget_key_button.setEnabled(False)
            self.key_status.setText(
                self.tr(
                    "No system keychain was found, so Hearth cannot store keys safely and will "
                    "not write them to a file. Set the {variable} environment variable "
                    "instead{optional}."
                ).format(variable=env, optional=optional)
                + (" " + self.tr("It is set and will be used.") if _env_set(env) else "")
            )
            return
        stored = status.stored.get(name)
        self.key_edit.setEnabled(True)
        self.forget_key_button.setEnabled(bool(stored))
        if stored:
            self.key_edit.setPlaceholderText(
                self.tr("stored in the keychain ({masked})").format(masked=secrets.mask(stored))
            )
            self.key_status.setText(
                self.tr("A key is stored in the system keychain. Type to replace it.")
            )
        elif _env_set(env):
            self.key_edit.setPlaceholderText(self.tr("from {variable}").format(variable=env))
            self.key_status.setText(
                self.tr("Using the key from {variable}. A key typed here takes its place.").format(
                    variable=env
                )
            )
        else:
            self.key_edit.setPlaceholderText(self.tr("paste your key"))
            self.key_status.setText(
                self.tr(
                    "No key yet{optional}. It will be kept in the system keychain, never in a "
                    "file; or set {variable}."
                ).format(optional=optional, variable=env)
            )

    def _store_prices(self) -> None:
        model = self._models.get(self._provider, "") or self.model_combo.currentText().strip()
        if not model:
            return
        key = price_key(self._provider, model)
        prompt, completion = self.prompt_price.value(), self.completion_price.value()
        if prompt or completion:
            self._prices[key] = [prompt, completion]
        else:
            self._prices.pop(key, None)

    def _load_prices(self) -> None:
        prompt, completion = price_for(
            self._prices, self._provider, self.model_combo.currentText().strip()
        )
        self.prompt_price.setValue(prompt)
        self.completion_price.setValue(completion)

    def hosted_settings(self) -> HostedSettings:
        """The hosted settings as the dialog shows them now (not saved)."""
        self._store_provider_fields()
        hosted = copy.deepcopy(self.settings.hosted)
        hosted.provider = self._provider
        hosted.base_url = self.base_url_edit.text().strip()
        hosted.models = dict(self._models)
        hosted.connect_timeout_s = self.connect_timeout.value()
        hosted.chunk_timeout_s = self.chunk_timeout.value()
        hosted.total_timeout_s = self.total_timeout.value()
        hosted.max_retries = self.max_retries.value()
        hosted.prices = copy.deepcopy(self._prices)
        return hosted

    # checks on a worker thread --------------------------------------------------------------

    def _run_in_thread(self, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``call`` as a job; one check at a time, buttons off meanwhile. A check still
        running when the dialog closes finishes on its own thread and its result is dropped."""
        self.test_button.setEnabled(False)
        self.list_models_button.setEnabled(False)
        thread, job = run_job("hearth-settings-check", call, done, self._show_report_text, self,
                              _check_error)  # fmt: skip
        job.finished.connect(self._check_finished)
        self._check = (thread, job)

    @property
    def checking(self) -> bool:
        return self._check is not None

    def _check_finished(self) -> None:
        self._check = None
        self.test_button.setEnabled(True)
        self.list_models_button.setEnabled(True)

    def check_connection(self) -> None:
        hosted = self.hosted_settings()
        key = self._typed_keys.get(self._provider, "")
        self.report_view.setPlainText(self.tr("Testing the connection…"))
        self._run_in_thread(lambda: check_connection(hosted, key), self._on_tested)

    def _on_tested(self, report: object) -> None:
        assert isinstance(report, ConnectionReport)
        verdict = self.tr("Connection works.") if report.ok else self.tr("Connection problem.")
        self.report_view.setPlainText(f"{verdict} ({report.elapsed_s:.1f} s)\n{report.summary}")
        if report.models:
            self._fill_models(report.models)
        self.connectionTested.emit(report)

    def list_models(self) -> None:
        hosted = self.hosted_settings()
        key = self._typed_keys.get(self._provider, "")
        self.report_view.setPlainText(self.tr("Asking the server for its models…"))
        self._run_in_thread(lambda: models_from_settings(hosted, key), self._on_models)

    def _on_models(self, models: object) -> None:
        assert isinstance(models, list)
        if models:
            self.report_view.setPlainText(
                self.tr("The server offers %n model(s).", "", len(models))
            )
        else:
            self.report_view.setPlainText(
                self.tr("The server listed no models; type the name instead.")
            )
        self._fill_models(models)
        self.modelsListed.emit(models)

    def _fill_models(self, models: list[str]) -> None:
        current = self.model_combo.currentText()
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        self.model_combo.addItems(models)
        self.model_combo.setEditText(current)
        self.model_combo.blockSignals(False)

    def _show_report_text(self, text: str) -> None:
        self.report_view.setPlainText(text)

    def wait_for_checks(self, timeout_ms: int = 2000) -> None:
        """On close: let a running check finish briefly, else leave it to finish on its own.

        A check ends within its connect and chunk timeouts; one still running after
        ``timeout_ms`` is detached (its result is dropped with the dialog) instead of freezing
        the window. Its thread stays referenced by the worker kit until it ends.
        """
        if self._check is None:
            return
        thread, job = self._check
        self._check = None
        if thread.wait(timeout_ms):
            self._check_finished()
            return
        for signal in (job.returned, job.errored, job.finished):
            signal.disconnect()  # the dialog is closing: its result goes nowhere

    # keys and saving ----------------------------------------------------------------------

    def _forget_hf_token(self) -> None:
        secrets.delete_secret(HF_TOKEN)
        if self._keychain is not None:
            self._keychain.stored[HF_TOKEN] = None
        self.hf_token_edit.clear()
        self.hf_token_edit.setPlaceholderText("hf_…")
        self.forget_hf_token_button.setEnabled(False)

    def _forget_key(self) -> None:
        name = provider_spec(self._provider).secret_name
        secrets.delete_secret(name)
        if self._keychain is not None:
            self._keychain.stored[name] = None
        self._typed_keys.pop(self._provider, None)
        self.key_edit.clear()
        self._show_key_status()

    def _problem(self, hosted: HostedSettings) -> str:
        """Why the hosted settings cannot be saved as they are, or an empty string."""
        if not self.route_hosted.isChecked():
            return ""
        spec = provider_spec(hosted.provider)
        if not hosted.models.get(spec.id):
            return self.tr("Enter the model name to use with {provider}.").format(
                provider=spec.label
            )
        if spec.user_base_url:
            try:
                check_base_url(hosted.base_url or spec.base_url)
            except HostedError as exc:
                return exc.user_message()
        return ""

    def save(self) -> None:
        hosted = self.hosted_settings()
        problem = self._problem(hosted)
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        for provider, key in self._typed_keys.items():
            try:
                secrets.set_secret(provider_spec(provider).secret_name, key)
            except secrets.NoKeychainError as exc:
                env = provider_spec(provider).env_var
                self.error_label.setText(
                    f"{exc} "
                    + self.tr("The key was not saved; set {variable} instead.").format(variable=env)
                )
                self.error_label.show()
                return
        hf_token = self.hf_token_edit.text().strip()
        if hf_token:
            try:
                secrets.set_secret(HF_TOKEN, hf_token)
            except secrets.NoKeychainError as exc:
                self.error_label.setText(
                    f"{exc} " + self.tr("The token was not saved; set HF_TOKEN instead.")
                )
                self.error_label.show()
                return
            self.hf_token_edit.clear()
        self._typed_keys.clear()
        self.key_edit.clear()
        spec = provider_spec(hosted.provider)
        if spec.user_base_url:
            hosted.base_url = check_base_url(hosted.base_url or spec.base_url)
        route = "hosted" if self.route_hosted.isChecked() else "local"
        generation = GenerationSettings(
            system_prompt=self.system_prompt_edit.toPlainText(),
            temperature=self.temperature.value(),
            top_p=self.top_p.value(),
            max_tokens=self.max_tokens.value(),
            seed=self.seed.value(),
        )
        local = {  # only what this dialog edits: the model in use is not the dialog's
            "n_threads": self.threads.value(),
            "context_cap": self.context_cap.value(),
            "n_gpu_layers": self.gpu_layers.value(),
        }
        changed = self._owner.change(
            route=route,
            language=self.language_combo.currentData(),
            hosted=hosted,
            generation=generation,
            local=local,
        )
        if route == "hosted" and not {"route", "hosted"} & set(changed):
            self._owner.touch("hosted")  # a new key lives only in the keychain: connect anew
        self.settings = self._owner.snapshot()
        self.accept()

    def done(self, result: int) -> None:
        self.wait_for_checks()
        super().done(result)


def _form_page() -> tuple[QWidget, QFormLayout]:
    """A tab page whose form keeps to the top instead of spreading over the page."""
    page = QWidget()
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return page, form


def _env_set(name: str) -> bool:
    return bool(os.environ.get(name))


def _check_error(exc: Exception) -> str:
    if isinstance(exc, HostedError):
        return exc.user_message()
    return QCoreApplication.translate(
        "SettingsDialog", "The check failed unexpectedly: {error}"
    ).format(error=repr(exc))


HF_TOKEN = "huggingface_token"


class _KeychainStatus:
    """Which secrets the keychain holds (read on a job thread), or that there is none."""

    def __init__(self, available: bool, stored: dict[str, str | None], problem: str = "") -> None:
        self.available = available
        self.stored = stored
        self.problem = problem

    @classmethod
    def read(cls, names: list[str]) -> _KeychainStatus:
        if not secrets.keychain_available():
            return cls(False, {})
        return cls(True, {name: secrets.stored_secret(name) for name in names})
