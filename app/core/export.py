"""Conversations out of Hearth and into it.

Export: Markdown and self-contained HTML (the branch each conversation shows, for reading) and
Hearth's own JSON (every branch, route, provider, model, stats and timestamps; the format is
described in the README, under *Conversations: export, import, search*).

Import: Hearth's JSON, and the ``conversations.json`` of a ChatGPT export (the file itself, or
the export's ``.zip``). The whole file is checked before anything is written and then written
in one transaction, so a malformed or hostile file (wrong types, huge strings, cycles in the
parent links, unknown roles, nesting too deep, too big) raises :class:`ImportRefused`, whose
message says what is wrong and where, and leaves the store as it was.

Everything here is plain functions on :class:`~app.core.store.ConversationTree`; only
:func:`import_file` touches the store.
"""

from __future__ import annotations

import heapq
import html
import json
import math
import re
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, Literal, TypeVar

from app.core.chat import DEFAULT_TITLE, title_from_first_message
from app.core.store import (
    Conversation,
    ConversationStore,
    ConversationTree,
    FinishReason,
    GenerationOverrides,
    StoredMessage,
)
from app.core.text import QT_TRANSLATE_NOOP, Text, joined

FORMAT = "hearth-conversations"
VERSION = 1
ExportFormat = Literal["md", "html", "json"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("md", "html", "json")

MAX_FILE_BYTES = 256 * 1024 * 1024  # an import file (or the conversations.json in a .zip)
MAX_TEXT = 1_000_000  # characters of one message: far beyond any model's context
MAX_TITLE = 1_000
MAX_NAME = 1_000  # a route, provider, model or node id
MAX_CONVERSATIONS = 100_000
MAX_MESSAGES = 1_000_000  # in one file
MAX_TIME = 1e11  # seconds since 1970: the year 5138; a larger "timestamp" is not one

_ROLES = ("system", "user", "assistant")
_STATES = ("complete", "streaming", "interrupted", "error")
_FINISH_REASONS = ("stop", "length", "interrupted", "error")
_ROUTES = ("local", "hosted")


_Node = TypeVar("_Node", int, str)  # a message's id in the file


class ImportRefused(Exception):
    """A file that Hearth will not import; ``str(error)`` says why, for the user."""


# export --------------------------------------------------------------------------------------


def shown_branch(tree: ConversationTree) -> list[StoredMessage]:
    """The messages of the branch the conversation shows, first message first."""
    by_id = {m.id: m for m in tree.messages}
    branch: list[StoredMessage] = []
    at = tree.conversation.current_leaf_id
    while at is not None and at in by_id and len(branch) <= len(by_id):
        branch.append(by_id[at])
        at = by_id[at].parent_id
    return branch[::-1]


def _when(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(timestamp))


def _speaker(m: StoredMessage) -> str:
    """Who wrote a message, in words: "You", or the answer's engine."""
    if m.role == "user":
        return "You"
    if m.role == "system":
        return "System prompt"
    if m.route == "hosted":
        return f"{m.model or 'hosted model'} (hosted, {m.provider or 'unknown provider'})"
    return f"{m.model or 'model'} (local)" if m.model else "Assistant"


def _notes(m: StoredMessage) -> list[str]:
    """What a reader should know about how an answer ended."""
    notes = []
    if m.finish_reason == "length":
        limit = f" {m.completion_tokens:,}-token" if m.completion_tokens else ""
        notes.append(f"Stopped at the{limit} length limit.")
    elif m.state == "interrupted":
        notes.append("The answer was interrupted.")
    if m.error:
        notes.append(m.error)
    return notes


def _other_branches(tree: ConversationTree, shown: list[StoredMessage]) -> int:
    return len(tree.messages) - len(shown)


def to_markdown(trees: Sequence[ConversationTree]) -> str:
    """The branch each conversation shows, as Markdown (messages are Markdown already)."""
    parts = []
    for tree in trees:
        c = tree.conversation
        shown = shown_branch(tree)
        lines = [f"# {c.title}", "", f"*{_when(c.created)} · {len(shown)} messages*", ""]
        others = _other_branches(tree, shown)
        if others:
            lines += [
                f"*{others} more messages are on other branches; the JSON export keeps them.*",
                "",
            ]
        for m in shown:
            lines += [f"### {_speaker(m)} · {_when(m.created)}", "", m.content.strip(), ""]
            lines += [f"> *{note}*\n" for note in _notes(m)]
        parts.append("\n".join(lines).rstrip() + "\n")
    return "\n---\n\n".join(parts)


_STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto;
       padding: 0 1rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.5rem; margin: 2.5rem 0 0.25rem; }
.meta, header { color: #6e6e73; font-size: 0.85rem; }
section { margin: 1.25rem 0; padding: 0.75rem 1rem; border-radius: 10px; background: #f5f5f7; }
section.user { background: #e8f0fe; }
header { margin-bottom: 0.4rem; font-weight: 600; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
pre { background: #1e1e1e; color: #f0f0f0; padding: 0.75rem; border-radius: 6px;
      overflow-x: auto; white-space: pre; }
.note { color: #8a5a00; font-style: italic; }
@media (prefers-color-scheme: dark) {
  body { background: #1c1c1e; color: #f2f2f7; }
  section { background: #2c2c2e; } section.user { background: #1f3350; }
}
"""
_FENCE = re.compile(r"^(```|~~~)[^\n]*\n(.*?)^\1[ \t]*$", re.MULTILINE | re.DOTALL)


def _html_text(text: str) -> str:
    """Message text as escaped HTML: fenced code blocks in <pre>, the rest kept as written."""
    out, at = [], 0
    for fence in _FENCE.finditer(text):
        prose = text[at : fence.start()].strip("\n")
        if prose:
            out.append(f'<div class="text">{html.escape(prose)}</div>')
        out.append(f"<pre><code>{html.escape(fence.group(2).rstrip(chr(10)))}</code></pre>")
        at = fence.end()
    rest = text[at:].strip("\n")
    if rest:
        out.append(f'<div class="text">{html.escape(rest)}</div>')
    return "\n".join(out)


def to_html(trees: Sequence[ConversationTree]) -> str:
    """One self-contained page: no scripts, no external resources (a Content-Security-Policy
    forbids them), readable offline; every text escaped."""
    title = trees[0].conversation.title if len(trees) == 1 else "Hearth conversations"
    body = []
    for tree in trees:
        c = tree.conversation
        shown = shown_branch(tree)
        body.append(f"<article><h1>{html.escape(c.title)}</h1>")
        meta = f"{_when(c.created)} · {len(shown)} messages"
        others = _other_branches(tree, shown)
        if others:
            meta += f" · {others} more on other branches (kept in the JSON export)"
        body.append(f'<p class="meta">{html.escape(meta)}</p>')
        for m in shown:
            header = html.escape(f"{_speaker(m)} · {_when(m.created)}")
            notes = "".join(f'<p class="note">{html.escape(n)}</p>' for n in _notes(m))
            body.append(
                f'<section class="{html.escape(m.role)}"><header>{header}</header>'
                f"{_html_text(m.content)}{notes}</section>"
            )
        body.append("</article>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


_MESSAGE_FIELDS = (
    "role", "content", "created", "state", "finish_reason", "route", "provider", "model",
    "prompt_tokens", "completion_tokens", "ttft_s", "tokens_per_s", "total_s", "error",
)  # fmt: skip


def to_json(trees: Sequence[ConversationTree]) -> str:
    """Hearth's own format: every branch, with routes, models, stats and timestamps."""
    conversations = []
    for tree in trees:
        c = tree.conversation
        conversations.append(
            {
                "title": c.title,
                "created": c.created,
                "updated": c.updated,
                "route": c.route,
                "pinned": c.pinned,
                "archived": c.archived,
                "settings": tree.settings.as_dict(),
                "current_leaf": c.current_leaf_id,
                "messages": [
                    {"id": m.id, "parent": m.parent_id}
                    | {name: getattr(m, name) for name in _MESSAGE_FIELDS}
                    for m in tree.messages
                ],
            }
        )
    document = {"format": FORMAT, "version": VERSION, "exported": time.time()}
    return json.dumps(document | {"conversations": conversations}, ensure_ascii=False, indent=1)


def export(trees: Sequence[ConversationTree], fmt: ExportFormat) -> str:
    """The conversations as text in ``fmt``."""
    writers: dict[ExportFormat, Callable[[Sequence[ConversationTree]], str]] = {
        "md": to_markdown,
        "html": to_html,
        "json": to_json,
    }
    return writers[fmt](trees)


# checking what a file says --------------------------------------------------------------------


class _Fields:
    """Typed reads of one JSON object; every refusal names the place in the file."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{where} must be an object, not {kind}."),
                    where=where,
                    kind=_kind(data),
                )
            )
        self.data: dict[str, Any] = data
        self.where = where

    def _get(self, key: str, optional: bool) -> Any:
        value = self.data.get(key)
        if value is None and not optional:
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{where} has no {key}."),
                    where=self.where,
                    key=repr(key),
                )
            )
        return value

    def text(self, key: str, limit: int, optional: bool = False) -> str | None:
        value = self._get(key, optional)
        if value is None:
            return None
        if not isinstance(value, str):
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{where} must be text, not {kind}."),
                    where=f"{self.where}.{key}",
                    kind=_kind(value),
                )
            )
        if len(value) > limit:
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{where} is {length:,} characters long; Hearth takes at most {limit:,}.",
                    ),
                    where=f"{self.where}.{key}",
                    length=len(value),
                    limit=limit,
                )
            )
        return value

    def number(self, key: str, high: float, optional: bool = False) -> float | None:
        value = self._get(key, optional)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{where} must be a number, not {kind}."),
                    where=f"{self.where}.{key}",
                    kind=_kind(value),
                )
            )
        if not math.isfinite(value) or not 0 <= value <= high:
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{where} must be from 0 to {high}, not {value}."),
                    where=f"{self.where}.{key}",
                    high=f"{high:g}",
                    value=repr(value),
                )
            )
        return float(value)

    def integer(self, key: str, optional: bool = False) -> int | None:
        value = self._get(key, optional)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{where} must be a whole number, not {value}."),
                    where=f"{self.where}.{key}",
                    value=f"{value!r:.40}",
                )
            )
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{where} must be true or false, not {kind}."),
                    where=f"{self.where}.{key}",
                    kind=_kind(value),
                )
            )
        return value

    def choice(self, key: str, choices: Sequence[str], optional: bool = False) -> str | None:
        value = self._get(key, optional)
        if value is None:
            return None
        if value not in choices:
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{where} is {value}; Hearth knows only {choices}."),
                    where=f"{self.where}.{key}",
                    value=f"{value!r:.60}",
                    choices=", ".join(repr(c) for c in choices),
                )
            )
        return str(value)

    def items(self, key: str, limit: int) -> list[Any]:
        value = self._get(key, False)
        if not isinstance(value, list):
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{where} must be a list, not {kind}."),
                    where=f"{self.where}.{key}",
                    kind=_kind(value),
                )
            )
        if len(value) > limit:
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{where} has {count:,} entries; at most {limit:,}."),
                    where=f"{self.where}.{key}",
                    count=len(value),
                    limit=limit,
                )
            )
        return value


_A_NUMBER = Text(QT_TRANSLATE_NOOP("Core", "a number"))


def _kind(value: object) -> str:
    names = {
        dict: Text(QT_TRANSLATE_NOOP("Core", "an object")),
        list: Text(QT_TRANSLATE_NOOP("Core", "a list")),
        str: Text(QT_TRANSLATE_NOOP("Core", "text")),
        bool: Text(QT_TRANSLATE_NOOP("Core", "true/false")),
        int: _A_NUMBER,
    }
    if value is None:
        return "null"
    return names.get(type(value), _A_NUMBER if isinstance(value, float) else type(value).__name__)


def _parents_first(
    parents: dict[_Node, _Node | None], rank: Callable[[_Node], float], where: str
) -> list[_Node]:
    """The nodes in an order where every parent comes before its children (and, among the
    nodes that are free to come next, the lowest ``rank`` first). Refuses a parent link to a
    node that is not there, and parent links that go round in a cycle."""
    children: dict[_Node, list[_Node]] = {}
    heap: list[tuple[float, int, _Node]] = []
    for count, (node, parent) in enumerate(parents.items()):
        if parent is None:
            heap.append((rank(node), count, node))
        elif parent not in parents:
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "{where}: the parent of message {node} is not in the file."
                    ),
                    where=where,
                    node=f"{node!r:.60}",
                )
            )
        else:
            children.setdefault(parent, []).append(node)
    heapq.heapify(heap)
    order: list[_Node] = []
    while heap:
        node = heapq.heappop(heap)[2]
        order.append(node)
        for count, child in enumerate(children.get(node, ())):
            heapq.heappush(heap, (rank(child), count, child))
    if len(order) != len(parents):
        placed = set(order)
        stuck = next(node for node in parents if node not in placed)
        raise ImportRefused(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{where}: the parent links go round in a cycle (message {node} is its own "
                    "ancestor).",
                ),
                where=where,
                node=f"{stuck!r:.60}",
            )
        )
    return order


# Hearth's JSON ---------------------------------------------------------------------------------


def _settings(data: object, where: str) -> GenerationOverrides:
    known = _Fields(data, where)
    known.text("system_prompt", MAX_TEXT, optional=True)
    names = {f.name for f in fields(GenerationOverrides)}
    settings = GenerationOverrides(**{k: v for k, v in known.data.items() if k in names})
    problems = settings.problems()
    if problems:
        raise ImportRefused(
            Text(
                QT_TRANSLATE_NOOP("Core", "{where}: {problems}."),
                where=where,
                problems=joined("; ", problems),
            )
        )
    return settings


def _hearth_trees(document: dict[str, Any]) -> list[ConversationTree]:
    top = _Fields(document, "the file")
    version = top.integer("version")
    if version is None or version > VERSION:
        raise ImportRefused(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The file was exported by a newer Hearth (format version {version}); this "
                    "Hearth reads version {known}.",
                ),
                version=version,
                known=VERSION,
            )
        )
    listed = top.items("conversations", MAX_CONVERSATIONS)
    total = 0
    trees = []
    for i, item in enumerate(listed):
        where = f"conversations[{i}]"
        c = _Fields(item, where)
        messages = c.items("messages", MAX_MESSAGES)
        total += len(messages)
        if total > MAX_MESSAGES:
            raise ImportRefused(_too_many_messages())
        settings = _settings(c.data.get("settings") or {}, f"{where}.settings")
        stored: dict[int, StoredMessage] = {}
        for j, raw in enumerate(messages):
            m = _Fields(raw, f"{where}.messages[{j}]")
            mid = m.integer("id")
            assert mid is not None
            if mid in stored:
                raise ImportRefused(
                    Text(
                        QT_TRANSLATE_NOOP("Core", "{where}: the id {id} is used twice."),
                        where=m.where,
                        id=mid,
                    )
                )
            state = m.choice("state", _STATES)
            stored[mid] = StoredMessage(
                id=mid,
                conversation_id=0,
                role=str(m.choice("role", _ROLES)),
                content=str(m.text("content", MAX_TEXT)),
                created=m.number("created", MAX_TIME) or 0.0,
                state="interrupted" if state == "streaming" else state,  # type: ignore[arg-type]
                route=m.text("route", MAX_NAME, optional=True),
                provider=m.text("provider", MAX_NAME, optional=True),
                model=m.text("model", MAX_NAME, optional=True),
                prompt_tokens=m.integer("prompt_tokens", optional=True),
                completion_tokens=m.integer("completion_tokens", optional=True),
                ttft_s=m.number("ttft_s", MAX_TIME, optional=True),
                tokens_per_s=m.number("tokens_per_s", MAX_TIME, optional=True),
                total_s=m.number("total_s", MAX_TIME, optional=True),
                error=m.text("error", MAX_TEXT, optional=True),
                parent_id=m.integer("parent", optional=True),
                finish_reason=m.choice("finish_reason", _FINISH_REASONS, optional=True),  # type: ignore[arg-type]
            )
        order = _parents_first({mid: m.parent_id for mid, m in stored.items()}, float, where)
        leaf = c.integer("current_leaf", optional=True)
        if leaf is not None and leaf not in stored:
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "{where}.current_leaf {leaf} is not one of its messages."
                    ),
                    where=where,
                    leaf=leaf,
                )
            )
        conversation = Conversation(
            id=0,
            title=str(c.text("title", MAX_TITLE)),
            created=c.number("created", MAX_TIME) or 0.0,
            updated=c.number("updated", MAX_TIME) or 0.0,
            route=str(c.choice("route", _ROUTES)),
            current_leaf_id=order[-1] if leaf is None and order else leaf,
            pinned=c.flag("pinned"),
            archived=c.flag("archived"),
        )
        trees.append(ConversationTree(conversation, settings, [stored[n] for n in order]))
    return trees


# ChatGPT's conversations.json ----------------------------------------------------------------

_CHATGPT_ROLES = ("system", "user", "assistant", "tool")
_CHATGPT_FINISH: dict[str, FinishReason] = {"stop": "stop", "max_tokens": "length"}
_CHATGPT_HIDDEN_TYPES = (
    "thoughts",
    "reasoning_recap",
    "user_editable_context",
    "model_editable_context",
)


def _chatgpt_text(content: object, where: str) -> str:
    """The words of a ChatGPT message: its text parts (images and files are left out)."""
    if content is None:
        return ""
    fields = _Fields(content, f"{where}.content")
    if fields.data.get("content_type") in _CHATGPT_HIDDEN_TYPES:
        return ""
    parts = fields.data.get("parts")
    if parts is None:
        return fields.text("text", MAX_TEXT, optional=True) or ""
    parts = fields.items("parts", 10_000)
    text = "\n".join(p for p in parts if isinstance(p, str))
    if len(text) > MAX_TEXT:
        raise ImportRefused(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "{where} is {length:,} characters long; at most {limit:,}."
                ),
                where=where,
                length=len(text),
                limit=MAX_TEXT,
            )
        )
    return text


def _chatgpt_tree(item: object, where: str) -> tuple[ConversationTree, int]:
    """One ChatGPT conversation, and how many nodes its mapping had."""
    c = _Fields(item, where)
    mapping = _Fields(c.data.get("mapping"), f"{where}.mapping")
    if len(mapping.data) > MAX_MESSAGES:
        raise ImportRefused(
            Text(
                QT_TRANSLATE_NOOP("Core", "{where}.mapping has more than {limit:,} nodes."),
                where=where,
                limit=MAX_MESSAGES,
            )
        )
    created = c.number("create_time", MAX_TIME, optional=True) or 0.0
    parents: dict[str, str | None] = {}
    kept: dict[str, StoredMessage] = {}
    times: dict[str, float] = {}
    for key, raw in mapping.data.items():
        if len(key) > MAX_NAME:
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "{where}.mapping has a node id {length:,} characters long."
                    ),
                    where=where,
                    length=len(key),
                )
            )
        entry = _Fields(raw, f"{where}.mapping[{key!r:.40}]")
        parents[key] = entry.text("parent", MAX_NAME, optional=True)
        message = entry.data.get("message")
        if message is None:
            continue
        m = _Fields(message, f"{entry.where}.message")
        role = str(
            _Fields(m.data.get("author"), f"{m.where}.author").choice("role", _CHATGPT_ROLES)
        )
        when = m.number("create_time", MAX_TIME, optional=True) or created
        times[key] = when
        text = _chatgpt_text(m.data.get("content"), m.where)
        metadata = _Fields(m.data.get("metadata") or {}, f"{m.where}.metadata")
        hidden = metadata.data.get("is_visually_hidden_from_conversation") is True
        if role not in ("user", "assistant") or hidden or not text.strip():
            continue
        if role == "assistant" and m.data.get("recipient", "all") != "all":
            continue  # a call to one of ChatGPT's tools, not words for the reader
        finish = metadata.data.get("finish_details")
        finish_type = finish.get("type") if isinstance(finish, dict) else None
        model = metadata.data.get("model_slug")
        kept[key] = StoredMessage(
            id=0,
            conversation_id=0,
            role=role,
            content=text,
            created=when,
            state="complete",
            route="hosted" if role == "assistant" else None,
            provider="openai" if role == "assistant" else None,
            model=model[:MAX_NAME] if isinstance(model, str) and role == "assistant" else None,
            finish_reason=_CHATGPT_FINISH.get(str(finish_type)) if role == "assistant" else None,
        )
    order = _parents_first(parents, lambda node: times.get(node, 0.0), where)
    # the messages kept hang from their nearest kept ancestor; ids follow the order
    nearest: dict[str, int | None] = {}
    messages: list[StoredMessage] = []
    for node in order:
        parent = parents[node]
        above = None if parent is None else nearest[parent]
        if node in kept:
            number = len(messages) + 1
            messages.append(replace(kept[node], id=number, parent_id=above))
            nearest[node] = number
        else:
            nearest[node] = above
    current = c.text("current_node", MAX_NAME, optional=True)
    leaf = nearest.get(current) if current is not None else None
    if leaf is None and messages:
        leaf = messages[-1].id
    first_user = next((m.content for m in messages if m.role == "user"), "")
    title = c.text("title", MAX_TITLE, optional=True) or title_from_first_message(first_user)
    conversation = Conversation(
        id=0,
        title=title or DEFAULT_TITLE,
        created=created,
        updated=c.number("update_time", MAX_TIME, optional=True) or created,
        route="hosted",
        current_leaf_id=leaf,
    )
    return ConversationTree(conversation, GenerationOverrides(), messages), len(mapping.data)


def _chatgpt_trees(document: list[Any]) -> list[ConversationTree]:
    if len(document) > MAX_CONVERSATIONS:
        raise ImportRefused(
            Text(
                QT_TRANSLATE_NOOP("Core", "The file holds more than {limit:,} conversations."),
                limit=MAX_CONVERSATIONS,
            )
        )
    trees, total = [], 0
    for i, item in enumerate(document):
        tree, nodes = _chatgpt_tree(item, f"conversation {i + 1}")
        total += nodes
        if total > MAX_MESSAGES:
            raise ImportRefused(_too_many_messages())
        trees.append(tree)
    return trees


# reading a file --------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, or those of the conversations.json inside a ChatGPT export .zip."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{path} is {size:,.0f} MB; Hearth imports files of at most {limit} MB.",
                    ),
                    path=str(path),
                    size=size / 2**20,
                    limit=MAX_FILE_BYTES // 2**20,
                )
            )
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                names = [
                    n for n in archive.namelist() if n.rsplit("/", 1)[-1] == "conversations.json"
                ]
                if not names:
                    raise ImportRefused(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core", "{path} is a .zip without a conversations.json in it."
                            ),
                            path=str(path),
                        )
                    )
                info = archive.getinfo(min(names, key=len))
                if info.file_size > MAX_FILE_BYTES:
                    raise ImportRefused(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core",
                                "The conversations.json in {path} is {size:,.0f} MB; Hearth "
                                "imports files of at most {limit} MB.",
                            ),
                            path=str(path),
                            size=info.file_size / 2**20,
                            limit=MAX_FILE_BYTES // 2**20,
                        )
                    )
                with archive.open(info) as member:
                    data = member.read(MAX_FILE_BYTES + 1)
                if len(data) > MAX_FILE_BYTES:  # the size in the archive's directory lied
                    raise ImportRefused(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core", "The conversations.json in {path} is too large."
                            ),
                            path=str(path),
                        )
                    )
                return data
        return path.read_bytes()
    except (OSError, zipfile.BadZipFile) as exc:
        raise ImportRefused(
            Text(
                QT_TRANSLATE_NOOP("Core", "Hearth cannot read {path}: {error}."),
                path=str(path),
                error=str(exc),
            )
        ) from exc


def _too_many_messages() -> Text:
    return Text(
        QT_TRANSLATE_NOOP("Core", "The file holds more than {limit:,} messages."),
        limit=MAX_MESSAGES,
    )


def read_import(path: Path) -> list[ConversationTree]:
    """Every conversation in the file at ``path``, checked; raises :class:`ImportRefused`."""
    data = _read_bytes(path)
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            Text(
                QT_TRANSLATE_NOOP("Core", "{path} is not UTF-8 text ({error})."),
                path=str(path),
                error=exc.reason,
            )
        ) from exc
    except RecursionError as exc:
        raise ImportRefused(
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "{path} is nested too deeply to be a conversations file."
                ),
                path=str(path),
            )
        ) from exc
    except ValueError as exc:
        raise ImportRefused(
            Text(
                QT_TRANSLATE_NOOP("Core", "{path} is not valid JSON: {error}."),
                path=str(path),
                error=str(exc),
            )
        ) from exc
    try:
        if isinstance(document, dict) and document.get("format") == FORMAT:
            return _hearth_trees(document)
        if isinstance(document, list) and all(
            isinstance(item, dict) and "mapping" in item for item in document
        ):
            return _chatgpt_trees(document)
    except ImportRefused as exc:
        raise ImportRefused(
            Text(
                QT_TRANSLATE_NOOP("Core", "{path} was not imported: {reason}"),
                path=str(path),
                reason=exc.args[0],
            )
        ) from exc
    raise ImportRefused(
        Text(
            QT_TRANSLATE_NOOP(
                "Core", "{path} is neither a Hearth export (JSON) nor ChatGPT's conversations.json."
            ),
            path=str(path),
        )
    )


def import_file(store: ConversationStore, path: Path) -> list[int]:
    """Import every conversation in the file, all or nothing; the new conversations' ids.

    Raises :class:`ImportRefused` for a file Hearth will not take, and the store's
    :class:`~app.core.store.StoreWriteError` when the write fails; either way nothing changed.
    """
    return store.import_trees(read_import(path))
