"""OpenAI's request and error shapes: what a request body may hold, checked before any model work.

Every check fails with an :class:`APIError` that becomes OpenAI's JSON error
(``{"error": {"message", "type", "param", "code"}}``) with a fitting status, so malformed JSON,
unknown roles, absurd ``max_tokens`` and oversize prompts are answered without reaching the model.
Fields Hearth does not use (``user``, ``presence_penalty``...) are accepted and ignored; fields
that would change the answer's meaning in ways Hearth cannot honour (tools, JSON mode, logprobs,
``n`` > 1) are refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, get_args

from app.core.engines.base import ChatMessage, GenerationParams, Role
from app.server.gateway import GenerationRequest, ServedModel

MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_CHARS_PER_TOKEN = 8  # a prompt longer than this many characters per context token is refused
MAX_STOP_SEQUENCES = 4
DEFAULT_COMPLETION_TOKENS = 16  # OpenAI's default for /v1/completions
ROLES: tuple[str, ...] = get_args(Role)
UNSUPPORTED = {  # field -> why it is refused (a present, non-empty value only)
    "tools": "tool calling",
    "functions": "function calling",
    "logprobs": "log probabilities",
}


class APIError(Exception):
    """A request answered with an error instead of a generation."""

    def __init__(
        self, status: int, message: str, param: str | None = None, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.param = param
        self.code = code

    def body(self) -> dict[str, Any]:
        kind = "server_error" if self.status >= 500 else "invalid_request_error"  # as OpenAI's
        return {
            "error": {
                "message": str(self),
                "type": kind,
                "param": self.param,
                "code": self.code,
            }
        }


@dataclass(frozen=True)
class ParsedRequest:
    generation: GenerationRequest
    stream: bool
    include_usage: bool


def parse_body(body: bytes) -> dict[str, Any]:
    """The JSON object in a request body."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise APIError(400, f"The request body is not valid JSON: {exc}.") from exc
    if not isinstance(data, dict):
        raise APIError(400, "The request body must be a JSON object.")
    return data


def _number(body: dict[str, Any], name: str, low: float, high: float, default: float) -> float:
    value = body.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise APIError(400, f"{name} must be a number from {low:g} to {high:g}.", name)
    return float(value)


def _integer(body: dict[str, Any], name: str, low: int, high: int) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise APIError(400, f"{name} must be a whole number from {low} to {high}.", name)
    return value


def _common(
    body: dict[str, Any], model: ServedModel, default_max: int
) -> tuple[GenerationParams, tuple[str, ...], bool, bool]:
    model_name = body.get("model")
    if model_name is not None and not isinstance(model_name, str):
        raise APIError(400, "model must be a string.", "model")
    for name, what in UNSUPPORTED.items():
        if body.get(name):
            raise APIError(400, f"Hearth's server does not support {what} ({name}).", name)
    response_format = body.get("response_format")
    if response_format not in (None, {"type": "text"}):
        raise APIError(400, "Hearth's server answers in plain text only.", "response_format")
    if _integer(body, "n", 1, 2**31) not in (None, 1):
        raise APIError(400, "n must be 1: Hearth's server writes one answer per request.", "n")
    name = "max_completion_tokens" if "max_completion_tokens" in body else "max_tokens"
    limit = model.context_length
    value = body.get(name)
    if isinstance(value, int) and not isinstance(value, bool) and value > limit:
        raise APIError(
            400,
            f"{name} is {value:,}, more than this model's whole context of {limit:,} tokens.",
            name,
            "context_length_exceeded",
        )
    max_tokens = _integer(body, name, 1, limit) or min(default_max, limit)
    seed = _integer(body, "seed", -(2**63), 2**63 - 1)
    params = GenerationParams(
        temperature=_number(body, "temperature", 0.0, 2.0, 1.0),
        top_p=_number(body, "top_p", 0.0, 1.0, 1.0),
        max_tokens=max_tokens,
        seed=-1 if seed is None or seed < 0 else seed % 2**32,
    )
    stop = body.get("stop")
    stops = (stop,) if isinstance(stop, str) else stop
    if stops is None:
        stops = ()
    if (
        not isinstance(stops, (list, tuple))
        or len(stops) > MAX_STOP_SEQUENCES
        or not all(isinstance(s, str) and s for s in stops)
    ):
        raise APIError(
            400, f"stop must be a string or a list of up to {MAX_STOP_SEQUENCES} strings.", "stop"
        )
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise APIError(400, "stream must be true or false.", "stream")
    options = body.get("stream_options") or {}
    if not isinstance(options, dict) or not isinstance(options.get("include_usage", False), bool):
        message = 'stream_options must be {"include_usage": true|false}.'
        raise APIError(400, message, "stream_options")
    return params, tuple(stops), stream, bool(options.get("include_usage", False))


def _check_size(chars: int, model: ServedModel, param: str) -> None:
    if chars > model.context_length * MAX_CHARS_PER_TOKEN:
        raise APIError(
            400,
            f"The prompt is {chars:,} characters long, far more than this model's context of "
            f"{model.context_length:,} tokens holds.",
            param,
            "context_length_exceeded",
        )


def _content(message: dict[str, Any], where: str) -> str:
    content = message.get("content")
    if content is None and message.get("role") == "assistant":
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text":
                raise APIError(400, 'Only text content is supported (parts of type "text").', where)
            text = part.get("text")
            if not isinstance(text, str):
                raise APIError(400, 'A text part needs a "text" string.', where)
            parts.append(text)
        return "".join(parts)
    raise APIError(400, "content must be a string or a list of text parts.", where)


def parse_chat(body: dict[str, Any], model: ServedModel) -> ParsedRequest:
    """A ``/v1/chat/completions`` body, checked; the default answer length is the context."""
    params, stops, stream, usage = _common(body, model, model.context_length)
    raw = body.get("messages")
    if not isinstance(raw, list) or not raw:
        raise APIError(400, "messages must be a non-empty list.", "messages")
    messages: list[ChatMessage] = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise APIError(400, "Each message must be an object.", f"messages[{i}]")
        role = item.get("role")
        if role not in ROLES:
            raise APIError(
                400,
                f"messages[{i}].role is {role!r}; Hearth's server accepts "
                + ", ".join(ROLES)
                + ".",
                f"messages[{i}].role",
            )
        messages.append(ChatMessage(role, _content(item, f"messages[{i}].content")))
    _check_size(sum(len(m.content) for m in messages), model, "messages")
    return ParsedRequest(GenerationRequest(params, tuple(messages), None, stops), stream, usage)


def parse_completion(body: dict[str, Any], model: ServedModel) -> ParsedRequest:
    """A ``/v1/completions`` body, checked: one prompt string."""
    params, stops, stream, usage = _common(body, model, DEFAULT_COMPLETION_TOKENS)
    prompt = body.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1:
        prompt = prompt[0]
    if not isinstance(prompt, str) or not prompt:
        raise APIError(400, "prompt must be one non-empty string.", "prompt")
    if body.get("suffix") or body.get("echo") or (body.get("best_of") or 1) != 1:
        raise APIError(400, "Hearth's server does not support suffix, echo or best_of.")
    _check_size(len(prompt), model, "prompt")
    return ParsedRequest(GenerationRequest(params, (), prompt, stops), stream, usage)
