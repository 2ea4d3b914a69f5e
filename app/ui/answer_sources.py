"""The sources under an answer that drew on the user's documents, and the question asked before
passages go to a hosted route.

Sources are read back from the documents database (:meth:`DocumentIndex.sources_for`), so an
answer shows the same links when it has just finished and when its conversation is reopened
from history. Each link opens the file with the system's viewer (``QDesktopServices``), a PDF at
its page (``#page=N``, which most PDF viewers follow). Sources that went to the hosted route say
where.

GUI thread only; the reads are a few rows by key, and nothing is opened when the user has no
documents database at all.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core import paths
from app.core.documents.index import DocumentIndex, Source
from app.ui import i18n
from app.ui.theme import colors


def source_url(source: Source) -> QUrl:
    """The file of a source; a PDF's at the passage's page."""
    url = QUrl.fromLocalFile(source.path)
    if source.page is not None and Path(source.path).suffix.lower() == ".pdf":
        url.setFragment(f"page={source.page}")
    return url


def sources_note(sources: Sequence[Source]) -> str:
    """Markup under an answer: its numbered sources as links, or that none matched."""
    if not sources:
        none = QCoreApplication.translate(
            "AnswerSources",
            "No passage of the attached documents matched this question; answered without them.",
        )
        return f'<i style="color:{colors().muted}">{html.escape(none)}</i>'
    sent = sorted({s.sent_to for s in sources if s.sent_to})
    label = (
        QCoreApplication.translate(
            "AnswerSources", "Sources (from your documents, sent to {destination}): "
        ).format(destination=", ".join(sent))
        if sent
        else QCoreApplication.translate(
            "AnswerSources", "Sources (from your documents, on this machine): "
        )
    )
    links = "; ".join(
        f'<a href="{html.escape(source_url(s).toString(), quote=True)}">'
        f"[{n}] {html.escape(i18n.shown(s.location()))}</a>"
        for n, s in enumerate(sources, start=1)
    )
    return f'<i style="color:{colors().muted}">{html.escape(label)}</i>{links}'


def recorded_notes(message_ids: Sequence[int]) -> dict[int, str]:
    """:func:`sources_note` of each of these answers that was given documents."""
    if not message_ids or not paths.documents_database_path().exists():
        return {}
    index = DocumentIndex(reader=True)  # never waits for the watcher's writes
    try:
        recorded = index.sources_for(message_ids)
    finally:
        index.close()
    return {message_id: sources_note(sources) for message_id, sources in recorded.items()}


def passages_may_go(parent: QWidget, conversation_id: int, destination: str) -> bool:
    """Before a hosted answer in a conversation with collections attached: ask, once per
    conversation and destination, whether passages of them may go to ``destination``, and
    remember the answer (a new destination asks again).

    False only when the user cancels (nothing is sent); "Answer without them" is remembered and
    returns True: the worker then leaves the documents out (:func:`app.ui.workers._documents_for`).
    """
    if not paths.documents_database_path().exists():
        return True
    index = DocumentIndex()
    try:
        names = index.attached(conversation_id)
        consent = index.hosted_consent(conversation_id)
        if not names or (consent is not None and consent[0] == destination):
            return True
        box = QMessageBox(parent)
        box.setObjectName("documentsConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(
            QCoreApplication.translate("AnswerSources", "Send passages of your documents?")
        )
        quoted = ", ".join(f"'{name}'" for name in names)
        box.setText(
            QCoreApplication.translate(
                "AnswerSources", "Passages from {collections} will be sent to {destination}."
            ).format(collections=quoted, destination=destination)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "AnswerSources",
                "This chat has documents attached. With each question, the passages that match "
                "it go to the hosted provider with the chat. Your choice is kept for this chat.",
            )
        )
        send = box.addButton(
            QCoreApplication.translate("AnswerSources", "Send passages"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        without = box.addButton(
            QCoreApplication.translate("AnswerSources", "Answer without them"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(without)
        box.exec()
        clicked = box.clickedButton()
        if clicked not in (send, without):
            return False
        index.set_hosted_consent(conversation_id, destination, clicked is send)
        return True
    finally:
        index.close()
