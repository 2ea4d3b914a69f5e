"""A scripted HTTP server on 127.0.0.1 for the faults a real model server will not make on demand.

It speaks two streaming protocols over real HTTP/1.1 with chunked transfer encoding:
``"openai"`` (``POST /v1/chat/completions``, ``data: {chunk}`` events ending in ``data: [DONE]``)
and ``"anthropic"`` (``POST /v1/messages``, the Messages API events ``message_start``,
``content_block_start``, ``ping``, ``content_block_delta``, ``content_block_stop``,
``message_delta`` with usage, ``message_stop``). Both list models at ``GET /v1/models``.

Each streamed request takes the next :class:`Step` from the script (after the script runs out,
every request gets a normal answer). A normal answer echoes the last user message word by word,
so a test can tell that its own request arrived. With ``api_key`` set, a request without that
exact key gets the protocol's real 401 error. Every request is recorded.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

Protocol = Literal["openai", "anthropic"]


@dataclass(frozen=True)
class Step:
    """What to do with one streamed request.

    ``status``: answer with this HTTP error instead (with ``headers``, e.g. Retry-After, and
    ``message`` as the error's text when set). Otherwise stream the answer (``pieces`` when set,
    else the echo of the last user message), but after ``after_pieces`` pieces: ``"stall"``
    (send nothing until the client goes away), ``"drop"`` (close the connection mid-body) or
    ``"malformed"`` (send an event whose data is not JSON). ``gap_s`` is the pause between pieces.
    """

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    error_type: str = ""
    message: str = ""
    pieces: tuple[str, ...] = ()
    fault: Literal["", "stall", "drop", "malformed"] = ""
    after_pieces: int = 0
    gap_s: float = 0.0


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]  # names in lower case
    body: dict[str, Any]
    at: float


def answer_words(body: dict[str, Any]) -> list[str]:
    """The pieces of the echo answer for a request body (either protocol)."""
    messages = body.get("messages", [])
    last_user = next((m["content"] for m in reversed(messages) if m["role"] == "user"), "")
    return [f"{w} " for w in f"You said: {last_user}".split()]


_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    404: "not_found_error",
    429: "rate_limit_error",
    500: "api_error",
    503: "overloaded_error",
}


class FaultServer:
    """The server; use as a context manager. ``script`` may be appended to between requests."""

    def __init__(
        self,
        protocol: Protocol = "openai",
        *,
        models: list[str] | None = None,
        api_key: str | None = None,
        list_models: bool = True,
    ) -> None:
        self.protocol = protocol
        self.models = models if models is not None else ["scripted-model"]
        self.api_key = api_key
        self.list_models = list_models
        self.script: list[Step] = []
        self.requests: list[Recorded] = []
        self.closing = threading.Event()
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"server_state": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        suffix = "/v1" if self.protocol == "openai" else ""
        return f"http://127.0.0.1:{self.port}{suffix}"

    def stream_requests(self) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.method == "POST"]

    def _next_step(self) -> Step:
        with self._lock:
            return self.script.pop(0) if self.script else Step()

    def _record(self, rec: Recorded) -> None:
        with self._lock:
            self.requests.append(rec)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.closing.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_state: FaultServer

    def log_message(self, format: str, *args: Any) -> None:
        return

    # helpers ---------------------------------------------------------------------------

    def _record(self, body: dict[str, Any]) -> None:
        self.server_state._record(
            Recorded(
                self.command,
                self.path,
                {k.lower(): v for k, v in self.headers.items()},
                body,
                time.monotonic(),
            )
        )

    def _key_ok(self) -> bool:
        expected = self.server_state.api_key
        if expected is None:
            return True
        bearer = self.headers.get("Authorization") == f"Bearer {expected}"
        if self.server_state.protocol == "anthropic":  # the Messages API takes either header
            return bearer or self.headers.get("x-api-key") == expected
        return bearer

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
        self.close_connection = True

    def _send_error(self, status: int, message: str, step: Step | None = None) -> None:
        kind = (step.error_type if step else "") or _ERROR_TYPES.get(status, "api_error")
        if self.server_state.protocol == "anthropic":
            payload: dict[str, Any] = {"type": "error", "error": {"type": kind, "message": message}}
        else:
            payload = {"error": {"message": message, "type": kind, "code": None}}
        self._send_json(status, payload, step.headers if step else None)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _event(self, payload: dict[str, Any], name: str | None = None) -> None:
        head = f"event: {name}\n" if name else ""
        self._chunk(f"{head}data: {json.dumps(payload)}\n\n".encode())

    # routes ----------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._record({})
        if self.path.rstrip("/") not in ("/v1/models",):
            self._send_error(404, f"no route {self.path}")
            return
        if not self._key_ok():
            self._send_error(401, "Incorrect API key provided.")
            return
        if not self.server_state.list_models:
            self._send_error(404, "this server does not list models")
            return
        models = self.server_state.models
        if self.server_state.protocol == "anthropic":
            data = [
                {"type": "model", "id": m, "display_name": m, "created_at": "2025-01-01T00:00:00Z"}
                for m in models
            ]
            self._send_json(
                200,
                {
                    "data": data,
                    "has_more": False,
                    "first_id": models[0] if models else None,
                    "last_id": models[-1] if models else None,
                },
            )
        else:
            listing = [{"id": m, "object": "model", "created": 0, "owned_by": "t"} for m in models]
            self._send_json(200, {"object": "list", "data": listing})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        self._record(body)
        expected = (
            "/v1/messages" if self.server_state.protocol == "anthropic" else "/v1/chat/completions"
        )
        if self.path != expected:
            self._send_error(404, f"no route {self.path}")
            return
        if not self._key_ok():
            self._send_error(401, "Incorrect API key provided.")
            return
        step = self.server_state._next_step()
        if step.status != 200:
            self._send_error(step.status, step.message or f"scripted HTTP {step.status}", step)
            return
        if body.get("model") not in self.server_state.models:
            self._send_error(404, f"The model `{body.get('model')}` does not exist.")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            if self.server_state.protocol == "anthropic":
                self._stream_anthropic(body, step)
            else:
                self._stream_openai(body, step)
        except (BrokenPipeError, ConnectionResetError):
            return  # the client went away (Stop, or a timeout on its side)

    def _fault(self, step: Step, sent: int) -> bool:
        """Carry out the step's fault once ``sent`` pieces are out; True when the stream ends."""
        if not step.fault or sent < step.after_pieces:
            return False
        if step.fault == "stall":
            self.server_state.closing.wait(60)
        elif step.fault == "drop":
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        elif step.fault == "malformed":
            head = (
                b"event: content_block_delta\n"
                if self.server_state.protocol == "anthropic"
                else b""
            )
            self._chunk(head + b'data: {"delta": {"content": "cut off here\n\n')
            self._chunk(b"")
        return True

    def _stream_openai(self, body: dict[str, Any], step: Step) -> None:
        words = list(step.pieces) or answer_words(body)
        limit = body.get("max_tokens") or body.get("max_completion_tokens") or len(words)
        words = words[:limit]
        base: dict[str, Any] = {"id": "chatcmpl-1", "object": "chat.completion.chunk"}
        base.update(created=0, model=body["model"])
        self._event({**base, "choices": [{"index": 0, "delta": {"role": "assistant"}}]})
        for sent, word in enumerate(words):
            if self._fault(step, sent):
                return
            time.sleep(step.gap_s)
            choice = {"index": 0, "delta": {"content": word}, "finish_reason": None}
            self._event({**base, "choices": [choice]})
        if self._fault(step, len(words)):
            return
        self._event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        if (body.get("stream_options") or {}).get("include_usage"):
            prompt = sum(len(m["content"].split()) for m in body.get("messages", []))
            usage = {
                "prompt_tokens": prompt,
                "completion_tokens": len(words),
                "total_tokens": prompt + len(words),
            }
            self._event({**base, "choices": [], "usage": usage})
        self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")

    def _stream_anthropic(self, body: dict[str, Any], step: Step) -> None:
        words = (list(step.pieces) or answer_words(body))[: body.get("max_tokens") or None]
        prompt = sum(len(m["content"].split()) for m in body.get("messages", []))
        prompt += len(str(body.get("system", "")).split())
        message = {
            "id": "msg_01",
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": prompt, "output_tokens": 1},
        }
        self._event({"type": "message_start", "message": message}, "message_start")
        block = {"type": "content_block_start", "index": 0}
        self._event({**block, "content_block": {"type": "text", "text": ""}}, "content_block_start")
        self._event({"type": "ping"}, "ping")
        for sent, word in enumerate(words):
            if self._fault(step, sent):
                return
            time.sleep(step.gap_s)
            delta = {"type": "text_delta", "text": word}
            self._event(
                {"type": "content_block_delta", "index": 0, "delta": delta}, "content_block_delta"
            )
        if self._fault(step, len(words)):
            return
        self._event({"type": "content_block_stop", "index": 0}, "content_block_stop")
        self._event(
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": len(words)},
            },
            "message_delta",
        )
        self._event({"type": "message_stop"}, "message_stop")
        self._chunk(b"")
