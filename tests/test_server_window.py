"""The local server inside the real window: one engine shared by the window and the API."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

import openai
from pytestqt.qtbot import QtBot

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
