"""Documents in the real window: a collection attached to a chat feeds the answer, whose
sources are shown under it as links that open the file, again when the chat is reopened; a chat
without documents says nothing about them. The hosted route asks first, per conversation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.documents import DocumentIndex, IndexReport, Source
from app.core.settings import Settings, save_settings
from app.ui.answer_sources import recorded_notes, source_url
from app.ui.chat_view import TranscriptView
from app.ui.main_window import MainWindow
from app.ui.status_area import DOCUMENTS, ENGINE
from tests.helpers.fault_server import FaultServer
from tests.helpers.windows import send


class _Opened(QObject):
    """Stands in for the system's file viewer: QDesktopServices hands it every file URL."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def _click_link(qtbot: QtBot, view: TranscriptView, prefix: str) -> str:
    """Click the last link in ``view`` whose address starts with ``prefix``; its address."""
    found: tuple[int, str] | None = None
    block = view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            href = fragment.charFormat().anchorHref()
            if fragment.charFormat().isAnchor() and href.startswith(prefix):
                found = (fragment.position() + 1, href)
            fragments += 1
        block = block.next()
    assert found is not None, f"no link to {prefix} in the transcript"
    cursor = QTextCursor(view.document())
    cursor.setPosition(found[0])
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect().center())
    return found[1]


def test_a_source_opens_its_file_and_a_pdf_at_its_page() -> None:
    pdf = Source("Papers", "/home/me/Papers/report.pdf", 3, None, 5)
    assert source_url(pdf).toString() == "file:///home/me/Papers/report.pdf#page=3"
    notes = Source("Notes", "/home/me/my notes.md", None, "Setup", 0)
    assert source_url(notes).toString() == "file:///home/me/my notes.md"
    assert source_url(notes).toLocalFile() == "/home/me/my notes.md"


def test_an_attached_collection_feeds_the_answer_and_its_sources_are_shown(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    s = Settings()
    s.generation.max_tokens = 8
    save_settings(s)
    docs = tmp_path / "kitchen"
    docs.mkdir()
    (docs / "bread.md").write_text(
        "# Baking\n\nBake the sourdough loaf at 250 degrees for forty minutes.\n", encoding="utf-8"
    )
    window = make_window()
    assert send(qtbot, window, "Hello").state == "complete"
    plain = window.transcript.toPlainText()
    assert "Sources" not in plain and "documents" not in plain  # no documents: nothing said

    index = DocumentIndex()
    index.add("Kitchen", [docs])
    index.index("Kitchen")
    index.attach(window.conversation_id or -1, "Kitchen")
    index.close()
    action = window.findChild(QAction, "documentsAction")
    assert action is not None
    action.trigger()  # the Documents panel opens on this chat
    result = send(qtbot, window, "At what temperature do I bake the sourdough loaf?")
    assert result.state == "complete"
    assert result.sources and result.sources[0].location().startswith("bread.md")
    assert "Sources (from your documents, on this machine): [1] bread.md" in (
        window.transcript.toPlainText()
    )

    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        clicked = _click_link(qtbot, window.transcript, "file:")
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [clicked] == [QUrl.fromLocalFile(str(docs / "bread.md")).toString()]

    # reopened from history, the answer shows the same sources
    conversation_id = window.conversation_id
    assert conversation_id is not None
    window.new_conversation()
    assert "Sources" not in window.transcript.toPlainText()
    window.select_conversation(conversation_id)
    plain = window.transcript.toPlainText()
    assert plain.count("Sources (from your documents, on this machine): [1] bread.md") == 1
    assert plain.index("Sources") > plain.index("At what temperature")


class _DocumentsAnswerer:
    """Answers the documents confirmation when it appears, with the buttons in ``clicks`` in
    turn ("send", "without", "cancel"); records each question's text."""

    def __init__(self, *clicks: str) -> None:
        self.clicks = list(clicks)
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not (isinstance(box, QMessageBox) and box.objectName() == "documentsConfirm"):
            return
        self.texts.append(box.text())
        click = self.clicks.pop(0)
        if click == "cancel":
            box.button(QMessageBox.StandardButton.Cancel).click()
            return
        label = {"send": "Send passages", "without": "Answer without them"}[click]
        next(b for b in box.buttons() if b.text() == label).click()

    def stop(self) -> None:
        self.timer.stop()


def test_the_hosted_route_asks_before_passages_leave_and_remembers_per_chat(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    docs = tmp_path / "contracts"
    docs.mkdir()
    (docs / "lease.md").write_text(
        "# Rent\n\nThe monthly rent of the flat is 1234 crowns, due on the first day.\n",
        encoding="utf-8",
    )
    index = DocumentIndex()
    index.add("Contracts", [docs])
    index.index("Contracts")
    question = "What is the monthly rent of the flat?"
    secret = "1234 crowns"
    with FaultServer() as server:
        s = Settings(route="hosted")
        s.hosted.provider = "openai_compatible"
        s.hosted.base_url = server.base_url
        s.hosted.models["openai_compatible"] = "scripted-model"
        save_settings(s)
        window = make_window()
        host = f"127.0.0.1:{server.port}"
        asked = f"Passages from 'Contracts' will be sent to {host}."

        def bodies() -> list[str]:
            return [str(r.body) for r in server.stream_requests()]

        # a chat whose user keeps the documents here: asked once, answered without them
        answerer = _DocumentsAnswerer("without")
        try:
            assert send(qtbot, window, "Hello").state == "complete"  # nothing attached: no question
            kept = window.conversation_id
            assert kept is not None
            index.attach(kept, "Contracts")
            first = send(qtbot, window, question)
            second = send(qtbot, window, question)
        finally:
            answerer.stop()
        assert answerer.texts == [asked]
        assert first.state == second.state == "complete"
        assert first.sources is None and second.sources is None
        assert len(bodies()) == 3 and not any(secret in body for body in bodies())
        assert "Sources" not in window.transcript.toPlainText()

        # another chat: cancel sends nothing; then yes, and the sources say where they went
        window.new_conversation()
        assert send(qtbot, window, "Hello").state == "complete"
        shared = window.conversation_id
        assert shared is not None and shared != kept
        index.attach(shared, "Contracts")
        answerer = _DocumentsAnswerer("cancel", "send")
        try:
            window.composer.setPlainText(question)
            qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
            assert window.composer.toPlainText() == question and len(bodies()) == 4
            sent = send(qtbot, window, question)
            again = send(qtbot, window, question)
        finally:
            answerer.stop()
        assert answerer.texts == [asked, asked]
        assert sent.sources and again.sources
        assert secret in bodies()[4] and secret in bodies()[5]
        plain = window.transcript.toPlainText()
        assert f"Sources (from your documents, sent to {host}): [1] lease.md" in plain
        recorded = index.sources(sent.message_id)
        assert recorded and recorded[0].sent_to == host
        window.select_conversation(kept)
        assert "Sources" not in window.transcript.toPlainText()
    index.close()


def test_changes_to_a_collection_are_picked_up_while_hearth_runs(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    s = Settings()
    s.generation.max_tokens = 4
    save_settings(s)
    docs = tmp_path / "garden"
    (docs / "beds").mkdir(parents=True)
    soil = docs / "soil.md"
    soil.write_text("# Soil\n\nCarrots like sandy soil.\n", encoding="utf-8")
    index = DocumentIndex()
    index.add("Garden", [docs])
    index.index("Garden")

    def found(query: str) -> list[str]:
        return sorted(Path(p.path).name for p in index.search(query))

    # changed while Hearth was not running: the check on start reads it
    (docs / "beds" / "herbs.md").write_text("Basil wants warmth.\n", encoding="utf-8")
    window = make_window()
    watcher = window.documents_watcher
    qtbot.waitUntil(lambda: found("basil") == ["herbs.md"], timeout=60_000)

    def changed(action: Callable[[], object]) -> list[IndexReport]:
        with qtbot.waitSignal(watcher.refreshed, timeout=60_000) as refreshed:
            action()
        reports = refreshed.args[0]
        assert isinstance(reports, list)
        return reports

    # an edit in place
    [report] = changed(lambda: soil.write_text("Tomatoes need full sunlight.\n", encoding="utf-8"))
    assert (report.updated, report.unchanged) == (1, 1)
    assert found("tomatoes") == ["soil.md"] and found("carrots") == []
    # a new file in a folder, a rename, a deletion
    [report] = changed(lambda: (docs / "beds" / "roses.md").write_text("Prune roses in March.\n"))
    assert report.added == 1 and found("prune") == ["roses.md"]
    [report] = changed(lambda: (docs / "beds" / "herbs.md").rename(docs / "beds" / "kitchen.md"))
    assert (report.added, report.removed) == (1, 1) and found("basil") == ["kitchen.md"]
    [report] = changed((docs / "beds" / "roses.md").unlink)
    assert report.removed == 1 and found("prune") == []

    # and an answer in a chat with the collection attached is given the edited text
    assert send(qtbot, window, "Hello").state == "complete"
    index.attach(window.conversation_id or -1, "Garden")
    result = send(qtbot, window, "What do tomatoes need?")
    assert result.sources and Path(result.sources[0].path).name == "soil.md"
    assert "sunlight" in result.sources[0].text
    index.close()


def test_showing_sources_never_waits_for_a_writer(tmp_path: Path) -> None:
    """The GUI thread reads an answer's sources while the watcher's thread may be writing."""
    index = DocumentIndex()
    (tmp_path / "a.md").write_text("Carrots like sandy soil.\n")
    index.add("Garden", [tmp_path / "a.md"])
    index.index("Garden")
    [passage] = index.search("carrots")
    index.record_sources(41, [passage])
    index._db.execute("BEGIN IMMEDIATE")  # a writer mid-batch
    try:
        notes = recorded_notes([41, 42])
    finally:
        index._db.execute("ROLLBACK")
        index.close()
    assert list(notes) == [41] and "[1] a.md" in notes[41]


def test_a_documents_watcher_failure_shows_in_the_status_area_until_a_run_succeeds(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    database = paths.documents_database_path()
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"not a database " * 512)
    window = make_window(wait_loaded=False)
    watcher = window.documents_watcher
    assert watcher is not None
    with qtbot.waitSignal(watcher.failed, timeout=60_000) as failed:
        watcher.schedule()  # or the check on start, still running, fails first
    reason = failed.args[0]
    assert "documents database" in reason
    assert (window.last_error, window.status_area.source) == (reason, DOCUMENTS)
    assert window.status_area.error_banner.isVisible()
    window.clear_error(ENGINE)  # what a model that loads clears: not this error
    assert window.last_error == reason
    database.unlink()
    with qtbot.waitSignal(watcher.refreshed, timeout=60_000):
        watcher.schedule()
    assert window.last_error is None
