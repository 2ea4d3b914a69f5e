"""Export (Markdown, HTML, Hearth JSON) and import (Hearth JSON, ChatGPT's conversations.json):
round trips keep every branch, route and stat; a malformed or hostile file imports nothing."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.conversations_cli import main as cli
from app.core import export as export_module
from app.core import paths
from app.core.engines.base import Usage
from app.core.export import (
    FORMAT,
    MAX_TEXT,
    ImportRefused,
    export,
    import_file,
    read_import,
    to_html,
    to_json,
    to_markdown,
)
from app.core.store import ConversationStore, GenerationOverrides, StoreWriteError


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ConversationStore]:
    s = ConversationStore(tmp_path / "hearth.sqlite3")
    yield s
    s.close()


def fill(store: ConversationStore) -> list[int]:
    """Three conversations: branches, both routes, stats, every finish reason, settings, flags."""
    a = store.create_conversation("Bread <b>&</b> butter", "hosted").id
    q = store.add_message(a, "user", "How do I bake bread?").id
    local = store.begin_answer(a, "local", "llama.cpp", "SmolLM2.gguf")
    store.finish_answer(
        local.id, "Mix flour", "complete",
        Usage(prompt_tokens=12, completion_tokens=4, time_to_first_token_s=0.25, total_s=1.5),
        finish_reason="length",
    )  # fmt: skip
    hosted = store.begin_answer(a, "hosted", "openai", "gpt-4o-mini", parent_id=q)
    store.finish_answer(
        hosted.id, "Knead, rise, bake at 230 °C.\n\n```python\nprint('<done>')\n```", "complete",
        Usage(prompt_tokens=30, completion_tokens=20, time_to_first_token_s=0.5, total_s=2.0),
        finish_reason="stop",
    )  # fmt: skip
    store.add_message(a, "user", "And rye? 🍞")
    failed = store.begin_answer(a, "hosted", "openai", "gpt-4o-mini")
    store.finish_answer(
        failed.id, "Rye is", "interrupted", None, "The connection dropped.", "error"
    )
    edited = store.fork_user_message(q, "How do I bake spelt bread?")
    answer = store.begin_answer(a, "local", "llama.cpp", "SmolLM2.gguf", parent_id=edited)
    store.finish_answer(answer.id, "Spelt needs care.", "complete", finish_reason="stop")
    store.switch_branch(hosted.id)
    store.set_conversation_settings(a, GenerationOverrides(system_prompt="Be brief.", seed=3))
    store.set_pinned(a, True)
    b = store.create_conversation("Archived and empty").id
    store.set_archived(b, True)
    c = store.create_conversation("<script>alert('x')</script>").id
    store.add_message(c, "user", "<img src=x onerror=alert(1)> & ünïcode")
    return [a, b, c]


def shape(store: ConversationStore, conversation_id: int) -> tuple[Any, ...]:
    """Everything about a conversation except the numbers the database gave it."""
    tree = store.tree(conversation_id)
    assert tree is not None
    index = {m.id: i for i, m in enumerate(tree.messages)}
    c = tree.conversation
    messages = [
        (
            index.get(m.parent_id) if m.parent_id is not None else None,
            {
                k: v
                for k, v in dataclasses.asdict(m).items()
                if k not in ("id", "conversation_id", "parent_id")
            },
        )
        for m in tree.messages
    ]
    shown = [index[m.id] for m in store.messages(conversation_id)]
    flags = (c.title, c.created, c.updated, c.route, c.pinned, c.archived)
    return flags, tree.settings, messages, shown, store.route_totals(conversation_id)


def dump(store: ConversationStore) -> list[str]:
    with store._lock:
        return list(store._db.iterdump())


def trees(store: ConversationStore, ids: list[int]) -> list[Any]:
    return [store.tree(i) for i in ids]


def test_json_round_trip_keeps_every_branch_route_and_stat(
    store: ConversationStore, tmp_path: Path
) -> None:
    ids = fill(store)
    path = tmp_path / "export.json"
    path.write_text(to_json(trees(store, ids)), encoding="utf-8")
    document = json.loads(path.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == (FORMAT, 1)
    assert len(document["conversations"][0]["messages"]) == 7  # every branch

    other = ConversationStore(tmp_path / "other.sqlite3")
    new_ids = import_file(other, path)
    assert len(new_ids) == 3
    for old, new in zip(ids, new_ids, strict=True):
        assert shape(other, new) == shape(store, old)
    # the imported tree works like any other: siblings, switching, search
    first = other.messages(new_ids[0])[0]
    assert len(other.siblings(first.id)) == 2
    other.switch_branch(other.siblings(first.id)[1])
    assert [m.content for m in other.messages(new_ids[0])] == [
        "How do I bake spelt bread?",
        "Spelt needs care.",
    ]
    assert [h.conversation_id for h in other.search("spelt")][:1] == [new_ids[0]]
    # and exports again to the same document, but for the time of export
    again = json.loads(to_json(trees(other, new_ids)))
    assert {**again, "exported": 0, "conversations": None} == {
        **document, "exported": 0, "conversations": None,
    }  # fmt: skip
    for before, after in zip(document["conversations"], again["conversations"], strict=True):
        renumber = {m["id"]: n for n, m in enumerate(before["messages"])}
        renumber_after = {m["id"]: n for n, m in enumerate(after["messages"])}
        for m, n in zip(before["messages"], after["messages"], strict=True):
            assert {**m, "id": 0, "parent": renumber.get(m["parent"])} == {
                **n, "id": 0, "parent": renumber_after.get(n["parent"]),
            }  # fmt: skip
    other.close()


def test_markdown_shows_the_branch_shown_and_says_more_exist(store: ConversationStore) -> None:
    ids = fill(store)
    text = to_markdown(trees(store, ids[:1]))
    assert text.startswith("# Bread <b>&</b> butter\n")
    assert "### You ·" in text and "How do I bake bread?" in text
    assert "### gpt-4o-mini (hosted, openai) ·" in text and "```python" in text
    assert "Spelt" not in text and "Mix flour" not in text  # other branches
    assert "3 more messages are on other branches" in text
    both = to_markdown(trees(store, ids))
    assert both.count("\n---\n") == 2 and "Archived and empty" in both


def test_html_is_escaped_self_contained_and_readable_offline(store: ConversationStore) -> None:
    ids = fill(store)
    page = to_html(trees(store, ids))
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    tags = re.findall(r"<[^>]*>", page)  # every tag: no scripts, no links, nothing fetched
    assert not [t for t in tags if re.match(r"<(script|img|link|iframe|object|embed|base)\b", t)]
    assert not [t for t in tags if re.search(r"\s(src|href|srcset|action)=", t)]
    style = page[page.index("<style>") : page.index("</style>")]
    assert "url(" not in style and "@import" not in style
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; ünïcode" in page
    assert "<pre><code>print(&#x27;&lt;done&gt;&#x27;)</code></pre>" in page
    assert "Stopped at" not in page  # the length-limited answer is on another branch


def test_export_chooses_the_writer(store: ConversationStore) -> None:
    ids = fill(store)
    assert export(trees(store, ids), "json").startswith("{")
    assert export(trees(store, ids), "md").startswith("# ")
    assert export(trees(store, ids), "html").startswith("<!DOCTYPE html>")


# hostile and malformed files ---------------------------------------------------------------


def hearth_doc(*broken: dict[str, Any], version: int = 1) -> dict[str, Any]:
    good = {
        "title": "Fine",
        "created": 1.0,
        "updated": 2.0,
        "route": "local",
        "current_leaf": 2,
        "messages": [
            {"id": 1, "parent": None, "role": "user", "content": "hi", "created": 1.0,
             "state": "complete"},
            {"id": 2, "parent": 1, "role": "assistant", "content": "hello", "created": 1.5,
             "state": "complete", "finish_reason": "stop", "model": "m.gguf", "route": "local"},
        ],
    }  # fmt: skip
    return {"format": FORMAT, "version": version, "conversations": [good, *broken]}


def conversation(*messages: dict[str, Any], **changes: Any) -> dict[str, Any]:
    base = {"title": "Bad", "created": 1.0, "updated": 1.0, "route": "local"}
    return base | {"messages": list(messages)} | changes


def msg(mid: Any, parent: Any = None, **changes: Any) -> dict[str, Any]:
    base = {"id": mid, "parent": parent, "role": "user", "content": "x", "created": 1.0}
    return base | {"state": "complete"} | changes


def chatgpt_doc(mapping: Any, **changes: Any) -> list[dict[str, Any]]:
    return [{"title": "GPT", "create_time": 1.0, "mapping": mapping} | changes]


def node(key: str, parent: str | None, role: str = "user", text: str = "t") -> dict[str, Any]:
    message = {"id": key, "author": {"role": role}, "content": {"content_type": "text",
               "parts": [text]}, "create_time": 1.0}  # fmt: skip
    return {"id": key, "parent": parent, "children": [], "message": message}


HOSTILE: dict[str, tuple[Callable[[], Any], str]] = {
    "content of the wrong type": (
        lambda: hearth_doc(conversation(msg(1, content=5))),
        "conversations[1].messages[0].content must be text, not a number",
    ),
    "a list where an object belongs": (
        lambda: hearth_doc([1, 2]),  # type: ignore[arg-type]
        "conversations[1] must be an object, not a list",
    ),
    "a cycle in the parent links": (
        lambda: hearth_doc(conversation(msg(1, 3), msg(2, 1), msg(3, 2))),
        "the parent links go round in a cycle",
    ),
    "a message that is its own parent": (
        lambda: hearth_doc(conversation(msg(1), msg(2, 2))),
        "the parent links go round in a cycle (message 2",
    ),
    "a parent that is not there": (
        lambda: hearth_doc(conversation(msg(1, 99))),
        "the parent of message 1 is not in the file",
    ),
    "an unknown role": (
        lambda: hearth_doc(conversation(msg(1, role="wizard"))),
        "role is 'wizard'; Hearth knows only 'system', 'user', 'assistant'",
    ),
    "an unknown state": (
        lambda: hearth_doc(conversation(msg(1, state="haunted"))),
        "state is 'haunted'",
    ),
    "an id used twice": (
        lambda: hearth_doc(conversation(msg(1), msg(1))),
        "the id 1 is used twice",
    ),
    "a current leaf that is not a message": (
        lambda: hearth_doc(conversation(msg(1), current_leaf=7)),
        "current_leaf 7 is not one of its messages",
    ),
    "true where a count belongs": (
        lambda: hearth_doc(conversation(msg(1, prompt_tokens=True))),
        "prompt_tokens must be a whole number",
    ),
    "a negative duration": (
        lambda: hearth_doc(conversation(msg(1, total_s=-1))),
        "total_s must be from 0",
    ),
    "a settings value out of range": (
        lambda: hearth_doc(conversation(msg(1), settings={"temperature": 99})),
        "temperature must be a number from 0 to 2",
    ),
    "a title far too long": (
        lambda: hearth_doc(conversation(msg(1), title="t" * 5000)),
        "title is 5,000 characters long",
    ),
    "a newer format": (lambda: hearth_doc(version=2), "exported by a newer Hearth"),
    "a version that is not a number": (
        lambda: hearth_doc() | {"version": "1"},
        "version must be a whole number",
    ),
    "neither format": (lambda: {"conversations": []}, "neither a Hearth export"),
    "chatgpt: a cycle": (
        lambda: chatgpt_doc({"a": node("a", "b"), "b": node("b", "a")}),
        "the parent links go round in a cycle",
    ),
    "chatgpt: an unknown role": (
        lambda: chatgpt_doc({"a": node("a", None, role="overlord")}),
        "role is 'overlord'",
    ),
    "chatgpt: a mapping that is a list": (
        lambda: chatgpt_doc([node("a", None)]),
        "conversation 1.mapping must be an object, not a list",
    ),
    "chatgpt: parts of the wrong type": (
        lambda: chatgpt_doc(
            {
                "a": node("a", None)
                | {"message": {"author": {"role": "user"}, "content": {"parts": "text"}}}
            }
        ),  # fmt: skip
        "parts must be a list, not text",
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_file_is_refused_and_imports_nothing(
    store: ConversationStore, tmp_path: Path, case: str
) -> None:
    make, words = HOSTILE[case]
    fill(store)
    before = dump(store)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(make()), encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_file(store, path)
    assert words in str(refused.value)
    assert str(refused.value).startswith(f"{path} ")
    assert dump(store) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", "is not valid JSON"),
        (b"\xff\xfe{}", "is not UTF-8 text"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"", "is not valid JSON"),
    ],
)
def test_a_file_that_is_not_json_imports_nothing(
    store: ConversationStore, tmp_path: Path, content: bytes, words: str
) -> None:
    fill(store)
    before = dump(store)
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match=words):
        import_file(store, path)
    assert dump(store) == before


def test_a_100_mb_string_is_refused(store: ConversationStore, tmp_path: Path) -> None:
    before = dump(store)
    path = tmp_path / "huge.json"
    with path.open("w", encoding="utf-8") as f:  # written in pieces: the test stays light
        f.write(json.dumps(hearth_doc())[:-2] + ', {"title": "Huge", "created": 1, "updated": 1,')
        f.write(' "route": "local", "messages": [{"id": 1, "role": "user", "created": 1,')
        f.write(' "state": "complete", "content": "')
        for _ in range(100):
            f.write("x" * 1_000_000)
        f.write('"}]}]}')
    with pytest.raises(
        ImportRefused, match=f"100,000,000 characters long; .* at most {MAX_TEXT:,}"
    ):
        import_file(store, path)
    assert dump(store) == before


def test_files_too_big_are_refused_before_reading(
    store: ConversationStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text(json.dumps(hearth_doc(conversation(msg(1, content="x" * 2000)))))
    with pytest.raises(ImportRefused, match="Hearth imports files of at most"):
        read_import(big)
    bomb = tmp_path / "export.zip"  # small on disk, large inside
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("conversations.json", "[" + " " * 5000 + "]")
    assert bomb.stat().st_size < 1000
    with pytest.raises(ImportRefused, match="The conversations.json in .* is 0 MB"):
        read_import(bomb)


def test_a_failed_write_midway_imports_nothing(store: ConversationStore, tmp_path: Path) -> None:
    ids = fill(store)
    path = tmp_path / "export.json"
    path.write_text(to_json(trees(store, ids) * 40), encoding="utf-8")
    before = dump(store)
    pages = store._query("PRAGMA page_count")[0][0]
    store._query(f"PRAGMA max_page_count={pages + 3}")  # the disk fills during the import
    with pytest.raises(StoreWriteError, match="the disk is full"):
        import_file(store, path)
    assert dump(store) == before


# ChatGPT ------------------------------------------------------------------------------------


def chatgpt_export() -> list[dict[str, Any]]:
    """A conversation as ChatGPT exports it: a regenerated answer, an edited question, a hidden
    system message, a tool call and its output, reasoning, an image."""

    def n(key: str, parent: str | None, role: str | None, t: float, text: Any = "",
          **extra: Any) -> tuple[str, dict[str, Any]]:  # fmt: skip
        message = None
        if role is not None:
            content = extra.pop("content", {"content_type": "text", "parts": [text]})
            message = {"id": key, "author": {"role": role, "name": None}, "create_time": t,
                       "content": content, "metadata": extra.pop("metadata", {}),
                       "recipient": extra.pop("recipient", "all")}  # fmt: skip
        return key, {"id": key, "message": message, "parent": parent, "children": []}

    nodes = dict(
        [
            n("root", None, None, 0),
            n(
                "sys",
                "root",
                "system",
                0,
                "",
                metadata={"is_visually_hidden_from_conversation": True},
            ),
            n("u1", "sys", "user", 10, "How do I make tea?"),
            n(
                "a1",
                "u1",
                "assistant",
                11,
                "Boil water.",
                metadata={"model_slug": "gpt-4o", "finish_details": {"type": "stop"}},
            ),  # fmt: skip
            n(
                "a2",
                "u1",
                "assistant",
                12,
                "Steep the leaves",
                metadata={"model_slug": "gpt-4o", "finish_details": {"type": "max_tokens"}},
            ),  # fmt: skip
            n("u2", "a2", "user", 13, "And coffee?"),
            n("think", "u2", "assistant", 14, content={"content_type": "thoughts", "thoughts": []}),
            n(
                "call",
                "think",
                "assistant",
                15,
                content={"content_type": "code", "text": "print(1)"},
                recipient="python",
            ),  # fmt: skip
            n("out", "call", "tool", 16, content={"content_type": "execution_output", "text": "1"}),
            n("a3", "out", "assistant", 17, "Grind the beans.", metadata={"model_slug": "o3"}),
            n("u1b", "sys", "user", 20, "How do I make green tea?"),
            n(
                "a4",
                "u1b",
                "assistant",
                21,
                content={
                    "content_type": "multimodal_text",
                    "parts": [
                        {"content_type": "image_asset_pointer", "asset_pointer": "file-1"},
                        "Here is a picture.",
                    ],
                },
            ),  # fmt: skip
        ]
    )
    for key, value in nodes.items():
        if value["parent"] is not None:
            nodes[value["parent"]]["children"].append(key)
    return [
        {"title": "Tea and coffee", "create_time": 5.0, "update_time": 30.0, "mapping": nodes,
         "current_node": "a3", "conversation_id": "abc"},
        {"title": None, "create_time": 40.0, "update_time": 41.0, "current_node": "q",
         "mapping": dict([n("q", None, "user", 40, "# Untitled **chat**")])},
    ]  # fmt: skip


@pytest.mark.parametrize("packed", [False, True])
def test_chatgpt_export_keeps_its_branches(
    store: ConversationStore, tmp_path: Path, packed: bool
) -> None:
    text = json.dumps(chatgpt_export())
    if packed:  # the .zip ChatGPT sends, with conversations.json inside
        path = tmp_path / "chatgpt-export.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("chat.html", "<html></html>")
            archive.writestr("conversations.json", text)
    else:
        path = tmp_path / "conversations.json"
        path.write_text(text, encoding="utf-8")
    tea, untitled = import_file(store, path)
    conversation = store.conversation(tea)
    assert conversation is not None
    assert (conversation.title, conversation.created, conversation.updated) == (
        "Tea and coffee",
        5.0,
        30.0,
    )
    shown = store.messages(tea)
    assert [(m.role, m.content) for m in shown] == [
        ("user", "How do I make tea?"),
        ("assistant", "Steep the leaves"),
        ("user", "And coffee?"),
        ("assistant", "Grind the beans."),  # hangs from the question, past the tool call
    ]
    assert [(m.route, m.provider, m.model) for m in shown if m.role == "assistant"] == [
        ("hosted", "openai", "gpt-4o"),
        ("hosted", "openai", "o3"),
    ]
    assert shown[1].finish_reason == "length" and shown[3].finish_reason is None
    regenerated = [store.message(i) for i in store.siblings(shown[1].id)]
    assert [m.content for m in regenerated if m] == ["Boil water.", "Steep the leaves"]
    roots = store.siblings(shown[0].id)
    assert len(roots) == 2
    store.switch_branch(roots[1])
    assert [m.content for m in store.messages(tea)] == [
        "How do I make green tea?",
        "Here is a picture.",
    ]
    assert len(store.all_messages(tea)) == 7
    other = store.conversation(untitled)
    assert other is not None and other.title == "Untitled chat"


# hearth export / import ---------------------------------------------------------------------


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_hearth_export_and_import_from_a_terminal(tmp_path: Path) -> None:
    store = ConversationStore(paths.database_path())
    ids = fill(store)
    store.close()
    target = tmp_path / "out" / "all.json"
    code, out, err = run_cli("export", "--all", "--format", "json", "-o", str(target))
    assert (code, err) == (0, "") and "Exported 3 conversations" in out
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600  # private, like the database
    code, out, _ = run_cli("export", "--conversation", str(ids[0]), "--format", "md", "-o", "-")
    assert code == 0 and out.startswith("# Bread")
    code, _, err = run_cli("export", "--conversation", "999", "--format", "md", "-o", "-")
    assert code == 2 and "no conversation 999" in err
    assert run_cli("export", "--all", "-o", "x")[0] == 2  # no format
    assert run_cli("export", "--all", "--conversation", "1", "--format", "md", "-o", "x")[0] == 2

    code, out, err = run_cli("import", str(target))
    assert code == 0 and "Imported 3 conversations (8 messages)" in out
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(hearth_doc(conversation(msg(1, 1)))), encoding="utf-8")
    code, out, err = run_cli("import", str(bad))
    assert code == 1 and out == "" and "cycle" in err and err.endswith("Nothing was imported.\n")
    code, _, err = run_cli("import", str(tmp_path / "missing.json"))
    assert code == 1 and "cannot read" in err
    store = ConversationStore(paths.database_path())
    assert len(store.conversations(include_archived=True)) == 6
    store.close()


def test_the_readme_example_of_the_format_imports(store: ConversationStore, tmp_path: Path) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("**Hearth's JSON format**") :]
    start = section.index("```json\n") + len("```json\n")
    example = section[start : section.index("\n```", start)]
    path = tmp_path / "example.json"
    path.write_text(example, encoding="utf-8")
    (new,) = import_file(store, path)
    shown = store.messages(new)
    assert [m.content for m in shown] == ["How do I bake bread?", "Mix flour…"]
    assert shown[1].finish_reason == "length" and shown[1].model == "gpt-4o-mini"
    assert store.conversation_settings(new) == GenerationOverrides(
        system_prompt="Be brief.", temperature=0.2
    )
