"""The local server inside the real window: one engine shared by the window and the API."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

import openai
from pytestqt.qtbot import QtBot

from app.core import network_ledger
from app.core.network_ledger import LEDGER
from app.core.settings import Settings, save_settings
from app.server.token import server_token
from app.ui.main_window import MainWindow
from app.ui.workers import running_threads
from tests.helpers.windows import send


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_window_serves_the_api_with_its_own_model_and_still_chats(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    s = Settings()
    s.generation.max_tokens = 8
    s.server.enabled = True
    s.server.port = free_port()
    save_settings(s)
    token = server_token()
    window = make_window()
    qtbot.waitUntil(lambda: window.server_status.isVisible(), timeout=60_000)
    assert window.local_server is not None
    base_url = window.local_server.address
    assert base_url == f"http://127.0.0.1:{s.server.port}/v1"
    assert base_url in window.server_status.text()

    client = openai.OpenAI(base_url=base_url, api_key=token, timeout=120, max_retries=0)
    answers: list[str] = []

    def ask() -> None:
        reply = client.chat.completions.create(
            model="whatever",
            messages=[{"role": "user", "content": "Say hi."}],
            max_tokens=8,
            temperature=0,
        )
        answers.append(reply.choices[0].message.content or "")

    caller = threading.Thread(target=ask)
    caller.start()
    qtbot.waitUntil(lambda: not caller.is_alive(), timeout=120_000)
    caller.join()
    client.close()
    assert answers and answers[0]
    assert [r.path for r in window.local_server.log.records()] == ["/v1/chat/completions"]
    engine = window.session.worker.engine
    assert engine is not None and engine.route == "local"  # the window's one model answered

    assert send(qtbot, window, "Hello").state == "complete", "the window still chats"

    window.settings_owner.change(server={"enabled": False})
    qtbot.waitUntil(lambda: not window.server_status.isVisible(), timeout=30_000)
    assert window.local_server.address == ""
    assert "hearth-server" not in running_threads()


def test_under_the_offline_lock_the_server_listens_only_if_the_user_allows_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    s = Settings()
    s.server.enabled = True
    s.server.port = free_port()
    s.privacy.offline_lock = True
    s.privacy.allow_local_server = False
    save_settings(s)
    try:
        window = make_window()
        qtbot.waitUntil(lambda: window.status_area.error is not None, timeout=60_000)
        error = window.status_area.error or ""
        assert error.startswith("The local server could not start: the offline lock is on")
        assert "Allow the local server (this computer only) while offline" in error
        assert window.local_server is not None and not window.local_server.running
        assert not window.server_status.isVisible()
        port = s.server.port
        (listen,) = [e for e in LEDGER.session_events() if (e.kind, e.port) == ("listen", port)]
        assert (listen.local, listen.allowed) == (True, False)
        assert listen.purpose == "local server"

        window.settings_owner.change(privacy={"allow_local_server": True})
        qtbot.waitUntil(lambda: window.server_status.isVisible(), timeout=60_000)
        assert window.local_server.running
        window.settings_owner.change(privacy={"allow_local_server": False})  # stops at once
        assert not window.local_server.running and not window.server_status.isVisible()
        qtbot.waitUntil(lambda: window.status_area.error is not None, timeout=60_000)
    finally:
        network_ledger.set_offline_lock(False)
        network_ledger.set_local_allowed(True)
