"""Hearth's OpenAI-compatible HTTP API, as a Starlette app (served by uvicorn).

``GET /v1/models``, ``POST /v1/chat/completions``, ``POST /v1/completions`` (streamed as
server-sent events or whole), ``POST /v1/embeddings`` (no embedding model: an error that says
so) and ``GET /health``. Every request needs ``Authorization: Bearer <token>`` (compared in
constant time); CORS headers are sent only for the origins the user listed.

Requests are checked (:mod:`app.server.schema`) on the event loop, then queued on the
:class:`~app.server.gateway.EngineGateway` as a :class:`~app.server.gateway.GenerationJob`. The
job's events cross from the engine's thread to the event loop with ``call_soon_threadsafe``. A
client that disconnects cancels its job: queued, it never runs; running, it stops within a token.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.engines.base import Delta
from app.core.text import QT_TRANSLATE_NOOP, Text
from app.server.gateway import (
    EngineGateway,
    Failed,
    Finished,
    GenerationJob,
    JobEvent,
    ServedModel,
)
from app.server.requestlog import PROMPT_CHARS, RequestLog, RequestRecord
from app.server.schema import (
    MAX_BODY_BYTES,
    APIError,
    ParsedRequest,
    parse_body,
    parse_chat,
    parse_completion,
)

MAX_WAITING = 16  # requests queued or running at once; more get 429
RECORD = "hearth.record"  # the scope key of the request's log record

Kind = Literal["chat", "text"]


@dataclass(frozen=True)
class ServerConfig:
    token: str
    cors_origins: tuple[str, ...] = ()
    log_prompts: bool = False
    max_body_bytes: int = MAX_BODY_BYTES
    max_waiting: int = MAX_WAITING


def error_response(error: APIError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
    return JSONResponse(error.body(), status_code=error.status, headers=headers)


class _Guard:
    """ASGI middleware: the token check and the request log, around every HTTP request."""

    def __init__(self, app: ASGIApp, token: str, log: RequestLog) -> None:
        self.app = app
        self._token = f"Bearer {token}".encode()
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        record = RequestRecord(
            time.time(), client[0] if client else "?", scope["method"], scope["path"]
        )
        started = time.perf_counter()

        async def send_logged(message: Message) -> None:
            if message["type"] == "http.response.start":
                record.status = message["status"]
            await send(message)

        self.log.began()
        try:
            given = dict(scope["headers"]).get(b"authorization", b"")
            if hmac.compare_digest(given, self._token):
                scope[RECORD] = record
                await self.app(scope, receive, send_logged)
            else:
                denied = APIError(
                    401,
                    "Missing or wrong access token. Send the header 'Authorization: Bearer "
                    "<token>'; the token is in Hearth's Settings › Local server "
                    "(or run `hearth serve --show-token`).",
                    code="invalid_api_key",
                )
                await error_response(denied)(scope, receive, send_logged)
        finally:
            record.duration_s = time.perf_counter() - started
            self.log.ended(record)


def _record(request: Request) -> RequestRecord:
    record: RequestRecord = request.scope[RECORD]
    return record


def create_app(gateway: EngineGateway, config: ServerConfig, log: RequestLog) -> ASGIApp:
    """The API, guarded by the token, served by ``gateway``'s engine."""

    def served() -> ServedModel:
        model = gateway.served_model()
        if model is None:
            raise APIError(503, "No model is loaded in Hearth. Pick a model, then try again.")
        return model

    def card(model: ServedModel) -> dict[str, Any]:
        return {"id": model.id, "object": "model", "created": model.created, "owned_by": "hearth"}

    async def health(_request: Request) -> Response:
        model = gateway.served_model()
        return JSONResponse(
            {
                "status": "ok" if model else "no_model",
                "model": model.id if model else None,
                "serving": log.serving,
                "generations": log.generations,
            }
        )

    async def models(_request: Request) -> Response:
        model = gateway.served_model()
        return JSONResponse({"object": "list", "data": [card(model)] if model else []})

    async def model(request: Request) -> Response:
        current = gateway.served_model()
        if current is None or request.path_params["model"] != current.id:
            raise APIError(404, "Hearth is not serving that model.", "model", "model_not_found")
        return JSONResponse(card(current))

    async def embeddings(_request: Request) -> Response:
        raise APIError(
            404,
            "No embedding model is installed; Hearth's server answers chat and completions only.",
            "model",
            "model_not_found",
        )

    async def generate(request: Request, kind: Kind) -> Response:
        record = _record(request)
        body = parse_body(await _read_body(request, config.max_body_bytes))
        current = served()
        parsed = (parse_chat if kind == "chat" else parse_completion)(body, current)
        if config.log_prompts:
            text = parsed.generation.prompt
            if text is None:
                text = "\n".join(f"{m.role}: {m.content}" for m in parsed.generation.messages)
            record.prompt = text[-PROMPT_CHARS:]
        if log.serving > config.max_waiting:
            raise APIError(429, "Hearth's server is busy; try again shortly.")
        log.queued()
        return _Generation(gateway, parsed, kind, current.id, record)

    async def chat(request: Request) -> Response:
        return await generate(request, "chat")

    async def completions(request: Request) -> Response:
        return await generate(request, "text")

    async def api_error(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, APIError)
        return error_response(exc)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = {
            404: f"There is no {request.url.path} here.",
            405: f"{request.method} is not allowed on {request.url.path}.",
        }.get(exc.status_code, str(exc.detail))
        return error_response(APIError(exc.status_code, message))

    routes = [
        Route("/health", health, methods=["GET"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/v1/models/{model:path}", model, methods=["GET"]),
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/v1/completions", completions, methods=["POST"]),
        Route("/v1/embeddings", embeddings, methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(_Guard, token=config.token, log=log)],
        exception_handlers={APIError: api_error, HTTPException: http_error},
    )
    if not config.cors_origins:
        return app
    return CORSMiddleware(
        app,
        allow_origins=list(config.cors_origins),
        allow_methods=["GET", "POST"],
        allow_headers=["Authorization", "Content-Type"],
    )


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it is known to exceed ``limit`` bytes."""
    too_big = APIError(413, f"The request body is larger than {limit:,} bytes.")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_big
    return bytes(body)


def _sse(data: dict[str, Any] | str) -> bytes:
    text = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    return f"data: {text}\n\n".encode()


class _Generation(Response):
    """One generation's response: queued on the gateway, then streamed as events or whole.

    The status is sent only once the job's first event has arrived, so a request the engine
    refuses still gets a proper error status.
    """

    def __init__(
        self,
        gateway: EngineGateway,
        parsed: ParsedRequest,
        kind: Kind,
        model_id: str,
        record: RequestRecord,
    ) -> None:
        super().__init__()
        self.gateway = gateway
        self.parsed = parsed
        self.kind = kind
        self.model_id = model_id
        self.record = record
        self.id = ("chatcmpl-" if kind == "chat" else "cmpl-") + uuid.uuid4().hex[:24]
        self.created = int(time.time())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:  # noqa: ARG002
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[JobEvent] = asyncio.Queue()

        def emit(event: JobEvent) -> None:  # on the engine's thread
            with contextlib.suppress(RuntimeError):  # the loop has closed: nobody listens
                loop.call_soon_threadsafe(events.put_nowait, event)

        job = GenerationJob(self.parsed.generation, emit)
        gone = asyncio.Event()

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            job.cancel()
            gone.set()

        watcher = asyncio.ensure_future(watch())
        try:
            self.gateway.submit(job)
            await self._respond(self._events(events), send, gone, watcher)
        finally:
            watcher.cancel()
            job.cancel()  # this task was cancelled (server shutdown): free the engine too
            if gone.is_set():
                self.record.note = Text(QT_TRANSLATE_NOOP("Core", "client disconnected"))

    async def _events(self, events: asyncio.Queue[JobEvent]) -> AsyncIterator[JobEvent]:
        while True:
            event = await events.get()
            yield event
            if not isinstance(event, Delta):
                return

    def _chunk(self, text: str | None, finish: str | None, first: bool) -> dict[str, Any]:
        if self.kind == "chat":
            delta: dict[str, Any] = {} if text is None else {"content": text}
            if first:
                delta["role"] = "assistant"
            choice: dict[str, Any] = {"index": 0, "delta": delta}
            obj = "chat.completion.chunk"
        else:
            choice = {"index": 0, "text": text or ""}
            obj = "text_completion"
        choice.update(logprobs=None, finish_reason=finish)
        chunk = {
            "id": self.id,
            "object": obj,
            "created": self.created,
            "model": self.model_id,
            "choices": [choice],
        }
        if self.parsed.include_usage:
            chunk["usage"] = None
        return chunk

    def _usage(self, finished: Finished) -> dict[str, int]:
        usage = finished.usage
        self.record.prompt_tokens = usage.prompt_tokens
        self.record.completion_tokens = usage.completion_tokens
        return {
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.prompt_tokens + usage.completion_tokens,
        }

    async def _respond(
        self,
        events: AsyncIterator[JobEvent],
        send: Send,
        gone: asyncio.Event,
        watcher: asyncio.Future[None],
    ) -> None:
        parts: list[str] = []
        started = False
        async for event in events:
            if isinstance(event, Failed):
                self.record.note = event.message
                error = APIError(event.status, event.message)
                if not (started and self.parsed.stream):
                    await _send_json(send, error.status, error.body())
                elif not gone.is_set():
                    await _send_body(send, _sse(error.body()), more=False)
                return
            if isinstance(event, Finished):
                watcher.cancel()  # the end of the response is not a disconnect
                usage = self._usage(event)
                if gone.is_set():
                    return
                if self.parsed.stream:
                    await self._start_stream(send, started)
                    tail = _sse(self._chunk(None, event.finish_reason, not started))
                    if self.parsed.include_usage:
                        last = self._chunk(None, None, False) | {"choices": [], "usage": usage}
                        tail += _sse(last)
                    await _send_body(send, tail + _sse("[DONE]"), more=False)
                else:
                    await _send_json(send, 200, self._whole("".join(parts), event, usage))
                return
            if gone.is_set():
                continue  # the job ends within a token; its usage still goes to the log
            if self.parsed.stream:
                await self._start_stream(send, started)
                await _send_body(send, _sse(self._chunk(event.text, None, not started)))
            else:
                parts.append(event.text)
            started = True

    async def _start_stream(self, send: Send, started: bool) -> None:
        if not started:
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"text/event-stream; charset=utf-8"),
                        (b"cache-control", b"no-cache"),
                        (b"x-accel-buffering", b"no"),
                    ],
                }
            )

    def _whole(self, text: str, finished: Finished, usage: dict[str, int]) -> dict[str, Any]:
        if self.kind == "chat":
            choice: dict[str, Any] = {"message": {"role": "assistant", "content": text}}
            obj = "chat.completion"
        else:
            choice = {"text": text}
            obj = "text_completion"
        choice.update(index=0, logprobs=None, finish_reason=finished.finish_reason)
        return {
            "id": self.id,
            "object": obj,
            "created": self.created,
            "model": self.model_id,
            "choices": [choice],
            "usage": usage,
        }


async def _send_body(send: Send, body: bytes, more: bool = True) -> None:
    await send({"type": "http.response.body", "body": body, "more_body": more})


async def _send_json(send: Send, status: int, data: dict[str, Any]) -> None:
    body = json.dumps(data).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await _send_body(send, body, more=False)
