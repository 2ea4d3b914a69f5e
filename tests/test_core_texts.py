"""Texts composed in core reach the window in its language: load, download, offline-lock and
save errors, model labels and sizes; and every core template is marked, extracted and
translated in each shipped language."""

from __future__ import annotations

import ast
import copy
import html
import json
import pickle
import re
import socket
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import tomllib
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.core import catalog_texts, network_ledger, paths
from app.core.catalog import load_catalog
from app.core.chat import run_turn
from app.core.documents import DocumentIndex, Source
from app.core.downloads import DownloadError, DownloadJob
from app.core.engines.base import EngineError, GenerationParams
from app.core.gguf import GGUFError, read_gguf
from app.core.settings import Settings, save_settings
from app.core.store import ConversationStore, GenerationOverrides
from app.core.text import CONTEXT, QT_TRANSLATE_NOOP, Text, as_data, from_data, joined
from app.core.units import human_bytes
from app.server.gateway import Failed, GenerationJob, GenerationRequest
from app.server.requestlog import RequestLog, RequestRecord
from app.ui import i18n
from app.ui.answer_sources import sources_note
from app.ui.chat_settings import ChatSettingsDialog
from app.ui.documents_panel import DocumentsPanel, IndexWorker
from app.ui.main_window import MainWindow
from app.ui.model_manager import CATALOG_COLUMNS, ModelManager
from app.ui.server_panel import RequestLogPanel
from tests.helpers.hub_server import starter_catalog_toml
from tests.helpers.windows import LOAD_TIMEOUT_MS, send
from tests.test_documents_answers import Scripted

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "app" / "core"
# where templates are marked: core, and the local server (whose start errors the window shows)
MARKED = (CORE, ROOT / "app" / "server")
LANGUAGES = ("de", "fr", "es", "ja")
ENTRY_ID = "smollm2-135m-test"
TIMEOUT_MS = 120_000  # hang-catcher only


@pytest.fixture
def english_after(qapp: Any) -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def fresh_network_session() -> Iterator[None]:
    """The downloads here record lookups and refusals: the next test starts with none (the
    window's network indicator, and so the status bar's layout, depend on them)."""
    network_ledger.LEDGER.new_session()
    yield
    network_ledger.set_offline_lock(False)
    network_ledger.LEDGER.new_session()


def speak(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The language a window made next (and everything shown meanwhile) uses."""
    monkeypatch.setenv("HEARTH_LANG", code)
    i18n.install(code)


# the marker and what it keeps ------------------------------------------------------------------


def test_a_text_is_its_english_sentence_and_keeps_how_it_was_made() -> None:
    size = human_bytes(1_500_000_000)
    text = Text(QT_TRANSLATE_NOOP("Core", "Free up at least {size} and try again."), size=size)
    assert text == "Free up at least 1.5 GB and try again."
    assert str(text) == text and type(str(text)) is str  # the CLI and logs get plain English
    assert text.template == "Free up at least {size} and try again."
    assert text.args == {"size": size}
    for again in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert again == text and again.args == text.args  # type: ignore[attr-defined]
    carried = from_data(json.loads(json.dumps(as_data(text))))  # the probe's child -> parent
    assert isinstance(carried, Text) and carried == text
    assert isinstance(carried.args["size"], Text) and carried.args["size"].args == {"value": 1.5}


def test_an_engine_error_keeps_its_message_and_hint_for_the_window(english_after: None) -> None:
    error = EngineError(
        Text(QT_TRANSLATE_NOOP("Core", "The model was unloaded.")),
        Text(QT_TRANSLATE_NOOP("Core", "Pick a model again.")),
    )
    assert error.user_message() == "The model was unloaded. Pick a model again."
    i18n.install("de")
    assert i18n.shown(error.user_message()) == (
        "Das Modell wurde entladen. Wählen Sie erneut ein Modell."
    )
    assert i18n.error_text(error) == i18n.shown(error.user_message())
    i18n.install("ja")
    assert (
        i18n.error_text(error) == "モデルはアンロードされました。もう一度モデルを選んでください。"
    )


def test_sizes_and_numbers_are_written_as_the_language_writes_them(english_after: None) -> None:
    expected = {
        "en": ("1.5 GB", "512 B", "98.0 MB"),
        "de": ("1,5 GB", "512 B", "98,0 MB"),
        "fr": ("1,5 Go", "512 o", "98,0 Mo"),
        "es": ("1,5 GB", "512 B", "98,0 MB"),
        "ja": ("1.5 GB", "512 B", "98.0 MB"),
    }
    for code, sizes in expected.items():
        i18n.install(code)
        assert (i18n.size(1.5e9), i18n.size(512), i18n.size(98e6)) == sizes, code
    assert str(human_bytes(1.5e9)) == "1.5 GB", "core itself stays English"
    i18n.install("de")
    too_long = Text(
        QT_TRANSLATE_NOOP(
            "Core",
            "The message is too long for this model: it needs {tokens:,} tokens and the "
            "model's context holds {context:,} (with room for the answer).",
        ),
        tokens=12345,
        context=8192,
    )
    assert "12.345 Tokens" in i18n.shown(too_long) and "8.192" in i18n.shown(too_long)


def test_the_model_manager_shows_sizes_with_a_decimal_comma(
    qtbot: QtBot, starter_model: Path, english_after: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.user_catalog_path().write_text(starter_catalog_toml(ENTRY_ID), encoding="utf-8")
    speak("de", monkeypatch)
    dialog = ModelManager(imported_models=list)
    qtbot.addWidget(dialog)
    entry = dialog.catalog.get(ENTRY_ID)
    assert entry is not None
    size = dialog.catalog_table.item(dialog.row_of(ENTRY_ID), CATALOG_COLUMNS.index("Size"))
    english = str(human_bytes(entry.size))  # "98.2 MB"
    assert size is not None and size.text() == english.replace(".", ",")
    picked = [dialog.installed_table.item(r, 0) for r in range(len(dialog.installed))]
    picked = [item.text() for item in picked if item is not None]
    assert any("(kleines Demo-Modell)" in label for label in picked), picked


# real failures in the window, in German and French -----------------------------------------------


def test_catalog_problems_are_listed_in_the_language(
    qtbot: QtBot, english_after: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = paths.user_catalog_path()
    catalog.write_text('[[models]]\nid = "broken"\nsize = -3\n', encoding="utf-8")
    speak("ja", monkeypatch)
    dialog = ModelManager(imported_models=list)
    qtbot.addWidget(dialog)
    shown = dialog.problems_label.text().splitlines()
    assert f"{catalog}:1、項目 'broken'、フィールド 'name'：指定されていません" in shown
    assert (
        f"{catalog}:3、項目 'broken'、フィールド 'size'：0 より大きい値にしてください（値：-3）"
        in shown
    )
    assert f"{catalog}:1、項目 'broken'：この項目は除外しました" in shown


def test_a_model_that_cannot_load_is_reported_in_the_language(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    starter_model: Path,
    tmp_path: Path,
    english_after: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A GGUF cut short (an incomplete download): its header reads, its weights are missing."""
    cut = tmp_path / "cut.gguf"
    with starter_model.open("rb") as fh:
        cut.write_bytes(fh.read(4_000_000))
    with pytest.raises(GGUFError) as caught:
        read_gguf(cut)
    missing = caught.value.args[0].args["missing"]
    assert missing > 1000
    speak("de", monkeypatch)
    window = make_window()
    assert "(lokal)" in (window.loaded_label or ""), window.loaded_label
    window.load_model(str(cut))
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=LOAD_TIMEOUT_MS)
    shown = window.last_error or ""
    assert shown.startswith("cut.gguf kann nicht verwendet werden: die Datei ist abgeschnitten")
    assert f"{missing:,}".replace(",", ".") + " Bytes mehr" in shown, shown
    assert "cannot be used" not in shown and "truncated" not in shown


def test_a_file_that_is_no_model_is_refused_in_french(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    english_after: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "vacances.gguf"
    bad.write_bytes(b"\x89PNG not a model")
    speak("fr", monkeypatch)
    window = make_window()
    window.import_model(str(bad))
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=LOAD_TIMEOUT_MS)
    assert window.last_error == (
        "vacances.gguf ne peut pas être utilisé\u00a0: ce n'est pas un fichier de modèle GGUF "
        "(il ne commence pas par «\u00a0GGUF\u00a0»)."
    )


def test_settings_that_were_reset_are_reported_in_the_language(
    make_window: Callable[..., MainWindow], english_after: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.settings_path().write_text(
        json.dumps({"generation": {"max_tokens": 0}, "no_such_section": 1}), encoding="utf-8"
    )
    speak("fr", monkeypatch)
    window = make_window(wait_loaded=False)
    shown = window.last_error or ""
    assert shown.startswith(
        "Certains réglages n'étaient pas valides et ont été réinitialisés\u00a0: "
        "generation.max_tokens\u00a0: 0 est hors de l'intervalle 1 à "
    ), shown
    assert shown.endswith(
        " Certains réglages sont inconnus de ce Hearth et ont été ignorés\u00a0: no_such_section."
    )


def test_a_file_that_cannot_be_imported_is_refused_in_the_language(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    english_after: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / "chats.json"
    bad.write_text(json.dumps({"format": "hearth-conversations", "version": 99}), encoding="utf-8")
    speak("es", monkeypatch)
    window = make_window(wait_loaded=False)
    with qtbot.waitSignal(window.fileJobFinished, timeout=60_000) as blocker:
        window.import_conversations(str(bad))
    assert blocker.args[1] is False
    assert window.last_error == blocker.args[0]
    assert blocker.args[0].startswith(
        f"{bad} no se ha importado: El archivo lo exportó un Hearth más reciente (versión de "
        "formato 99); este Hearth lee la versión "
    ), blocker.args[0]


class _NoNetwork:
    """``socket.getaddrinfo`` as on a machine without network, for the names given."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
        self.names = names
        self._real = socket.getaddrinfo
        monkeypatch.setattr(socket, "getaddrinfo", self)

    def __call__(self, host: object, *args: Any, **kwargs: Any) -> Any:
        if str(host) in self.names:
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        return self._real(host, *args, **kwargs)  # type: ignore[arg-type]


def _download_error(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, code: str, endpoint: str
) -> tuple[str, str]:
    """Start the test entry's download in the model manager; (the status it ends with, the
    English message of the same failure in core)."""
    paths.user_catalog_path().write_text(starter_catalog_toml(ENTRY_ID), encoding="utf-8")
    entry = load_catalog().get(ENTRY_ID)
    assert entry is not None
    with pytest.raises(DownloadError) as caught:
        DownloadJob(entry, endpoint=endpoint).run()
    speak(code, monkeypatch)
    dialog = ModelManager(imported_models=list, endpoint=endpoint)
    qtbot.addWidget(dialog)
    dialog.start_download(entry)
    qtbot.waitUntil(lambda: not dialog.downloading, timeout=TIMEOUT_MS)
    status = dialog.status_label.text()
    dialog.shutdown()
    return status, str(caught.value)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("de", "Sie scheinen offline zu sein: Hearth konnte hub.example.invalid nicht erreichen"),
        ("es", "Parece que no tienes conexión: Hearth no pudo contactar con hub.example.invalid"),
    ],
)
def test_an_offline_download_says_so_in_the_language(
    code: str, words: str, qtbot: QtBot, english_after: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _NoNetwork(monkeypatch, "hub.example.invalid")
    status, english = _download_error(qtbot, monkeypatch, code, "http://hub.example.invalid")
    assert english.startswith("You appear to be offline")
    assert status.startswith(words), status
    assert "(Temporary failure in name resolution)" in status  # the system's own words kept
    assert "offline:" not in status and "Check the internet" not in status


@pytest.fixture
def offline_lock() -> None:
    network_ledger.set_offline_lock(True)  # switched off again by fresh_network_session


@pytest.mark.usefixtures("offline_lock")
def test_the_offline_lock_refuses_in_the_language(
    qtbot: QtBot, english_after: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, english = _download_error(qtbot, monkeypatch, "de", "https://hub.example.com")
    assert english == "Offline lock is on: downloads are off. Turn it off in Settings › Privacy."
    assert status == (
        "Die Offline-Sperre ist an: Downloads sind ausgeschaltet.\n"
        "Schalten Sie sie unter Einstellungen › Datenschutz aus."
    )
    dialog = ModelManager(imported_models=list)
    qtbot.addWidget(dialog)
    dialog.select_entry(ENTRY_ID)
    assert not dialog.download_button.isEnabled()
    assert dialog.download_button.toolTip() == (
        "Die Offline-Sperre ist an. Schalten Sie sie unter Einstellungen › Datenschutz aus."
    )


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (
            "de",
            "Hearth konnte nicht speichern: Die Festplatte ist voll. Geben Sie Speicherplatz frei "
            "und versuchen Sie es dann erneut. Ihr Text steht noch im Feld unten.",
        ),
        (
            "ja",
            "Hearth は保存できませんでした：ディスクがいっぱいです。空きを作ってから、もう一度"
            "お試しください。入力した文章は下の入力欄に残っています。",
        ),
    ],
)
def test_a_full_disk_is_said_in_the_language(
    code: str,
    words: str,
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    english_after: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    speak(code, monkeypatch)
    window = make_window()
    assert send(qtbot, window, "Hi").state == "complete"
    db = window.store._db  # SQLite's own "database or disk is full": no page more
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    window.composer.setPlainText("A long message that needs new pages. " * 3000)
    window.send()
    assert window.last_error == words


# documents, the local server, presets, the catalog (issue 12, the last English texts) ----------


def _failed_files(panel: DocumentsPanel) -> list[str]:
    return [panel.failed_list.item(i).text() for i in range(panel.failed_list.count())]


def test_documents_that_cannot_be_read_are_listed_in_the_language_they_are_shown_in(
    qtbot: QtBot, tmp_path: Path, english_after: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reasons are kept with the files in the index: a run in French later lists the same
    failures, not read again, in French."""
    library = tmp_path / "library"
    library.mkdir()
    (library / "bericht.pdf").write_bytes(b"%PDF-1.4\nnot really a PDF")
    (library / "rauschen.txt").write_bytes(b"\x00" * 64)
    (library / "alt.docx").write_text("plain text, not a document", encoding="utf-8")
    speak("de", monkeypatch)
    panel = DocumentsPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.collectionsChanged, timeout=TIMEOUT_MS):
        panel.add_folder(library)
    german = dict(line.split(": ", 1) for line in _failed_files(panel))
    assert german.pop(str(library / "rauschen.txt")) == "Binärinhalt, kein Text"
    assert german.pop(str(library / "alt.docx")) == (
        "keine DOCX-Datei (ihr Inhalt ist etwas anderes)"
    )
    damaged = german.pop(str(library / "bericht.pdf"))
    assert damaged.startswith("beschädigtes PDF ("), damaged
    assert german == {}
    speak("fr", monkeypatch)
    with qtbot.waitSignal(panel.collectionsChanged, timeout=TIMEOUT_MS):
        panel.start_indexing("library")
    assert f"{library / 'rauschen.txt'}\u00a0: contenu binaire, pas du texte" in _failed_files(
        panel
    )
    panel.shutdown()
    index = DocumentIndex()
    try:
        report = index.index("library")
    finally:
        index.close()
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert reasons["rauschen.txt"] == "binary content, not text"  # the CLI's English, as ever


def test_an_answers_sources_name_their_pages_in_the_language(english_after: None) -> None:
    source = Source("Handbuch", "/docs/handbuch.pdf", 3, "Einrichtung", 0)
    assert source.location() == 'handbuch.pdf, page 3, "Einrichtung"'  # what the model reads
    i18n.install("de")
    assert "[1] handbuch.pdf, Seite 3, „Einrichtung“" in html.unescape(sources_note([source]))
    i18n.install("ja")
    assert i18n.shown(source.location()) == "handbuch.pdf、3 ページ、「Einrichtung」"


def test_a_documents_index_that_cannot_be_opened_is_said_in_the_language(
    qtbot: QtBot, tmp_path: Path, english_after: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "documents.sqlite3"
    broken.write_bytes(b"this is not a database, " * 100)
    speak("de", monkeypatch)
    worker = IndexWorker("library", broken)
    with qtbot.waitSignal(worker.failed, timeout=TIMEOUT_MS) as failed:
        worker.run()
    assert failed.args[0].startswith(
        f"Hearth kann seine Dokumentdatenbank {broken} nicht öffnen: "
    ), failed.args[0]


def test_documents_that_cannot_be_searched_are_a_notice_in_the_language(
    tmp_path: Path, english_after: None
) -> None:
    store = ConversationStore(tmp_path / "chats.sqlite3")
    conversation = store.create_conversation().id
    store.add_message(conversation, "user", "Hallo")
    index = DocumentIndex(tmp_path / "documents.sqlite3")
    notices: list[str] = []
    i18n.install("de")
    try:
        run_turn(
            store, Scripted(), conversation, GenerationParams(), threading.Event(),  # type: ignore[arg-type]
            on_notice=lambda text: notices.append(i18n.shown(text)),
            context_provider=lambda _question: index.index("Verschwunden"),  # type: ignore[arg-type,return-value]
        )  # fmt: skip
    finally:
        index.close()
        store.close()
    assert notices == [
        "Ihre Dokumente konnten nicht durchsucht werden (Es gibt keine Sammlung namens "
        "'Verschwunden'.); die Antwort kommt ohne sie."
    ]


def test_a_port_in_use_stops_the_local_server_in_the_language(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    english_after: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        settings = Settings()
        settings.server.enabled = True
        settings.server.port = port
        save_settings(settings)
        speak("de", monkeypatch)
        window = make_window(wait_loaded=False)
        qtbot.waitUntil(lambda: window.status_area.error is not None, timeout=TIMEOUT_MS)
    error = window.status_area.error or ""
    assert error.startswith(
        f"Der lokale Server konnte nicht starten: Kann nicht auf 127.0.0.1:{port} lauschen: "
    ), error  # the port as it is: no digit grouping
    assert error.endswith(". Wählen Sie einen anderen Port."), error
    assert window.local_server is not None and not window.local_server.running


@pytest.mark.usefixtures("offline_lock")
def test_the_offline_lock_refuses_the_local_server_in_the_language(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    english_after: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = Settings()
    settings.server.enabled = True
    settings.server.port = 4891  # never taken: the lock refuses before the port is tried
    settings.privacy.offline_lock = True
    settings.privacy.allow_local_server = False
    save_settings(settings)
    speak("ja", monkeypatch)
    window = make_window(wait_loaded=False)
    qtbot.waitUntil(lambda: window.status_area.error is not None, timeout=TIMEOUT_MS)
    assert window.status_area.error == (
        "ローカルサーバーを起動できませんでした：オフラインロックがオンで、"
        "このコンピューター上のサーバーも拒否します。"
        "オフライン中もこのコンピューターの他のプログラムに使わせるには、"
        "「設定 › プライバシー」で「オフライン中もローカルサーバー"
        "（このコンピューターのみ）を許可する」をオンにしてください。"
    )
    network_ledger.set_local_allowed(True)


def test_the_request_log_says_why_a_request_was_refused_in_the_language(
    qtbot: QtBot, english_after: None
) -> None:
    events: list[object] = []
    GenerationJob(GenerationRequest(GenerationParams()), events.append).run(None)  # no model
    (failed,) = events
    assert isinstance(failed, Failed) and failed.status == 503
    assert failed.message == "No model is loaded in Hearth. Pick a model, then try again."
    log = RequestLog()
    log.began()
    log.ended(
        RequestRecord(0.0, "127.0.0.1", "POST", "/v1/chat/completions", 503, note=failed.message)
    )
    i18n.install("de")
    panel = RequestLogPanel(log)
    qtbot.addWidget(panel)
    status = panel.table.item(0, RequestLogPanel.COLUMNS.index("Status"))
    assert status is not None and status.text() == (
        "503 (In Hearth ist kein Modell geladen. Wählen Sie ein Modell und versuchen Sie es "
        "dann erneut.)"
    )
    panel.detach()


def test_presets_problems_are_said_in_the_language(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    english_after: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    speak("de", monkeypatch)
    window = make_window(wait_loaded=False)
    dialog = ChatSettingsDialog(window.store, None, window.settings.generation, window)
    qtbot.addWidget(dialog)
    assert not dialog.save_preset("Precise")
    assert dialog.problem.text() == (
        "„Precise“ ist eine Vorlage von Hearth; speichern Sie Ihre unter einem anderen Namen"
    )
    assert not dialog.save_preset("  ")
    assert dialog.problem.text() == "eine Vorlage braucht einen Namen mit 1 bis 64 Zeichen"
    assert not dialog.delete_preset("Creative")
    assert (
        dialog.problem.text()
        == "„Creative“ ist eine Vorlage von Hearth und kann nicht gelöscht werden"
    )
    problems = GenerationOverrides(temperature=2.5, max_tokens=0).problems()
    assert str(problems[0]) == "temperature must be a number from 0 to 2, not 2.5"  # the logs
    assert i18n.shown(joined("; ", problems)) == (
        "temperature muss eine Zahl von 0 bis 2 sein, nicht 2,5; "
        "max_tokens muss eine ganze Zahl von 1 bis 32768 sein, nicht 0"
    )


def test_the_shipped_catalog_describes_its_models_in_the_language(
    qtbot: QtBot, english_after: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user's own entry shows the description the user wrote."""
    paths.user_catalog_path().write_text(starter_catalog_toml(ENTRY_ID), encoding="utf-8")
    speak("de", monkeypatch)
    dialog = ModelManager(imported_models=list)
    qtbot.addWidget(dialog)
    shipped = dialog.catalog_table.item(dialog.row_of("smollm2-360m"), 0)
    assert shipped is not None
    german = (
        "Winzig und schnell; gut für kurze Antworten und zum Ausprobieren von Hearth auf jedem "
        "Rechner."
    )
    assert shipped.text().endswith("\n" + german) and shipped.toolTip() == german
    own = dialog.catalog_table.item(dialog.row_of(ENTRY_ID), 0)
    assert own is not None
    assert own.text().endswith("\nThe tiny starter model, served by the local test hub.")
    embedding = [
        item.text()
        for row in range(dialog.catalog_table.rowCount())
        if (item := dialog.catalog_table.item(row, 0)) is not None
    ]
    assert "Embedding-Modelle – für die Suche in Ihren Dokumenten" in embedding
    dialog.shutdown()


def test_every_shipped_description_is_marked_for_the_catalogues() -> None:
    with (ROOT / "app" / "models.toml").open("rb") as fh:
        shipped = {m["description"] for m in tomllib.load(fh)["models"] if m.get("description")}
    assert len(shipped) > 10
    assert shipped <= set(catalog_texts.DESCRIPTIONS)
    assert i18n.catalog_text("A model I added myself.") == "A model I added myself."


class _Unloaded:
    """An engine whose model goes away as the answer starts (what Unload does meanwhile)."""

    route, provider, model, label = "local", "llama.cpp", "gone", "gone"

    def stream(self, *_args: object) -> Iterator[object]:
        raise EngineError(
            Text(QT_TRANSLATE_NOOP("Core", "The model was unloaded.")),
            Text(QT_TRANSLATE_NOOP("Core", "Pick a model again.")),
        )
        yield  # a generator, as engines are

    def close(self) -> None:
        pass


def test_an_answer_error_saved_in_the_database_shows_in_the_language_it_is_read_in(
    make_window: Callable[..., MainWindow], english_after: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ConversationStore(paths.database_path())
    conversation = store.create_conversation().id
    store.add_message(conversation, "user", "Hallo")
    result = run_turn(store, _Unloaded(), conversation, GenerationParams(), threading.Event())  # type: ignore[arg-type]
    english = "The model was unloaded. Pick a model again."
    assert (result.state, result.error) == ("error", english)
    saved = store.message(result.message_id)
    assert saved is not None and isinstance(saved.error, Text) and saved.error == english
    store.close()
    speak("de", monkeypatch)
    window = make_window(wait_loaded=False)
    window.select_conversation(conversation)
    shown = window.transcript.toPlainText()
    assert "⚠ Das Modell wurde entladen. Wählen Sie erneut ein Modell." in shown, shown
    assert english not in shown


def test_an_answer_error_saved_without_its_template_shows_its_own_words(tmp_path: Path) -> None:
    """An error saved before version 5 (or whose template does not give its words back)."""
    store = ConversationStore(tmp_path / "chats.sqlite3")
    conversation = store.create_conversation().id
    store.add_message(conversation, "user", "Hallo")
    result = run_turn(store, _Unloaded(), conversation, GenerationParams(), threading.Event())  # type: ignore[arg-type]
    db = store._db
    with db:
        db.execute("UPDATE messages SET error = 'Older words.' WHERE id = ?", (result.message_id,))
    saved = store.message(result.message_id)
    assert saved is not None and saved.error == "Older words." and not isinstance(saved.error, Text)
    with db:
        db.execute("UPDATE messages SET error_json = NULL WHERE id = ?", (result.message_id,))
    assert store.messages(conversation)[-1].error == "Older words."
    store.close()


# every core template: marked, extracted, translated ---------------------------------------------


def _is_marker(node: ast.AST, context: str = CONTEXT) -> bool:
    """``QT_TRANSLATE_NOOP("Core", "literal")``: what lupdate extracts and shown() looks up
    (``"Catalog"``: the shipped catalog's descriptions, looked up by catalog_text())."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        and node.args[0].value == context  # type: ignore[attr-defined]
    )


def _bindings(scope: ast.AST, name: str, module: ast.Module) -> list[ast.AST]:
    """What ``name`` is assigned in ``scope``: the values of its assignments, and the items of
    a tuple it loops over (a module-level tuple named in the loop included)."""
    found: list[ast.AST] = []
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            found.append(node.value)
        elif isinstance(node, ast.For) and isinstance(node.target, ast.Name):
            if node.target.id != name:
                continue
            loop = node.iter
            values = _bindings(module, loop.id, module) if isinstance(loop, ast.Name) else [loop]
            for value in values:
                found.extend(value.elts if isinstance(value, ast.Tuple) else [value])
    return found


def _unmarked_templates(source: str) -> list[int]:
    """Lines of ``Text(...)`` calls whose template is not a marked literal, nor a name that
    only ever holds marked literals in the function that calls (or, failing that, at module
    level)."""
    module = ast.parse(source)
    scopes: list[tuple[ast.AST, ast.Call]] = []

    def visit(node: ast.AST, scope: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child if isinstance(child, ast.FunctionDef) else scope
            if isinstance(child, ast.Call) and getattr(child.func, "id", "") == "Text":
                scopes.append((inner, child))
            visit(child, inner)

    visit(module, module)

    def marked(node: ast.AST, scope: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            values = _bindings(scope, node.id, module) or _bindings(module, node.id, module)
            return bool(values) and all(_is_marker(v) for v in values)
        return _is_marker(node)

    return [
        call.lineno for scope, call in scopes if not (call.args and marked(call.args[0], scope))
    ]


def test_every_core_text_has_a_marked_template() -> None:
    """A template lupdate cannot see (an f-string, a variable) would never be translated."""
    unmarked = {
        str(path.relative_to(ROOT)): lines
        for folder in MARKED
        for path in sorted(folder.rglob("*.py"))
        if path.name != "text.py"  # the marker's own module rebuilds texts it was given
        and (lines := _unmarked_templates(path.read_text(encoding="utf-8")))
    }
    assert unmarked == {}
    assert _unmarked_templates('Text(f"Hello {name}", name=x)') == [1]  # the check checks
    assert _unmarked_templates('def f():\n    t = "Hello"\n    return Text(t)') == [3]


def _core_templates(context: str = CONTEXT) -> set[str]:
    found = set()
    for path in (path for folder in MARKED for path in folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _is_marker(node, context):
                found.add(node.args[1].value)  # type: ignore[attr-defined]
    return found


def _fields(template: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", template))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_core_template_is_translated_in_each_shipped_language(
    code: str, english_after: None
) -> None:
    """In the catalogue (finished, every field kept with its format) and in the compiled .qm
    the window loads: a template added in core (or a description in the shipped catalog)
    without a translation fails here."""
    templates = {(CONTEXT, t) for t in _core_templates()}
    assert len(templates) > 100
    descriptions = {(catalog_texts.CONTEXT, t) for t in _core_templates(catalog_texts.CONTEXT)}
    assert len(descriptions) == len(catalog_texts.DESCRIPTIONS)
    catalogue = {
        (context.findtext("name"), m.findtext("source")): m.find("translation")
        for context in ET.parse(ROOT / "app" / "i18n" / f"hearth_{code}.ts").getroot()
        for m in context.iter("message")
    }
    problems = []
    i18n.install(code)
    for context, template in sorted(templates | descriptions):
        translation = catalogue.get((context, template))
        if translation is None or translation.get("type") or not translation.text:
            problems.append(f"not translated: {template!r}")
            continue
        if _fields(translation.text) != _fields(template):
            problems.append(f"fields differ: {template!r} -> {translation.text!r}")
        if QCoreApplication.translate(context, template) != translation.text:
            problems.append(f"not in the compiled catalogue: {template!r}")
    assert problems == []
