"""How the main window keeps the hosted route visible and deliberate.

- :class:`RouteBanner` stays on screen while the hosted route is active and says where messages go.
- :func:`confirm_history_send` asks before a conversation with earlier messages is first sent to a
  hosted provider ("N earlier messages will be sent to <provider>").
- :class:`ConversationInfoDialog` shows a conversation's token totals per route and an estimated
  cost from the user's own prices.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core.chat import history_for
from app.core.costs import hosted_cost, usage_lines
from app.core.providers import provider_spec
from app.core.settings import Settings
from app.core.store import ConversationStore
from app.ui import i18n


def hosted_destination(settings: Settings) -> str:
    """Where hosted answers come from, in words: the provider, or the server's host."""
    hosted = settings.hosted
    spec = provider_spec(hosted.provider)
    if not spec.user_base_url:
        return i18n.shown(spec.label)
    from app.core.engines.hosted import HostedError, check_base_url  # not needed in local mode

    try:
        url = check_base_url(hosted.base_url or spec.base_url)
    except HostedError:
        return QCoreApplication.translate("HostedRoute", "{provider} (address not set)").format(
            provider=i18n.shown(spec.label)
        )
    return urlsplit(url).netloc


class RouteBanner(QLabel):
    """A strip above the transcript, shown while the hosted route is active."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hostedBanner")
        self.setWordWrap(True)
        self.setProperty("role", "warning")  # coloured by the theme's style sheet
        self.hide()

    def show_route(self, settings: Settings) -> None:
        if settings.route != "hosted":
            self.hide()
            return
        model = settings.hosted.models.get(settings.hosted.provider, "") or self.tr("no model set")
        self.setText(
            self.tr("Hosted: {destination} · {model} — messages leave this machine").format(
                destination=hosted_destination(settings), model=model
            )
        )
        self.show()


def earlier_messages(store: ConversationStore, conversation_id: int) -> int:
    """How many stored messages of the conversation a hosted provider would receive: the
    same rule the engine's history follows (:func:`app.core.chat.history_for`)."""
    return len(history_for(store, conversation_id, system_prompt=""))


def confirm_history_send(parent: QWidget, count: int, destination: str) -> bool:
    """Ask before ``count`` earlier messages go to ``destination``; True when the user agrees."""
    box = HistoryConfirmBox(parent, count, destination)
    box.exec()
    return box.clickedButton() is box.send_button


class HistoryConfirmBox(QMessageBox):
    """The question :func:`confirm_history_send` asks; Cancel is the default."""

    def __init__(self, parent: QWidget, count: int, destination: str) -> None:
        super().__init__(parent)
        self.setObjectName("historyConfirm")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Send this chat to a hosted provider?"))
        self.setText(
            self.tr("%n earlier message(s) will be sent to {destination}.", "", count).format(
                destination=destination
            )
        )
        self.setInformativeText(
            self.tr(
                "This chat was so far answered on this machine only. Sending now gives its whole "
                "history to the hosted provider. Start a new chat to send only new messages."
            )
        )
        self.send_button = self.addButton(self.tr("Send"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)


class ConversationInfoDialog(QDialog):
    """Token totals per route for one conversation, and the hosted cost by the user's prices."""

    def __init__(
        self,
        store: ConversationStore,
        conversation_id: int,
        prices: dict[str, list[float]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationInfo")
        conv = store.conversation(conversation_id)
        self.setWindowTitle(
            self.tr("About “{title}”").format(title=conv.title)
            if conv
            else self.tr("About this chat")
        )
        lines = usage_lines(store.route_totals(conversation_id), prices)
        text = [i18n.shown(line.text) for line in lines] or [self.tr("No answers yet.")]
        cost = hosted_cost(lines)
        if cost is not None:
            text.append(
                self.tr("Estimated hosted cost: {cost} (from your prices in Settings…)").format(
                    cost=f"${cost:.4f}"
                )
            )
        if conv is not None:
            text.append(self.tr("This chat's route: {route}.").format(route=conv.route))
        self.summary = QLabel("\n".join(text))
        self.summary.setObjectName("usageSummary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
