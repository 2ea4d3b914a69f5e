"""Conversations as trees: regenerate and edit make branches, switching never loses or duplicates
a message, delete takes what followed, and the engine's history follows the branch shown.
Answers are written and continued by the real llama.cpp on the real starter model."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.chat import (
    CONTINUE_PROMPT,
    DEFAULT_TITLE,
    TITLE_LIMIT,
    history_for,
    run_turn,
    title_from_first_message,
)
from app.core.engines.base import ChatMessage, Delta, GenerationParams
from app.core.engines.local import LocalEngine
from app.core.store import ConversationStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ConversationStore]:
    s = ConversationStore(tmp_path / "hearth.sqlite3")
    yield s
    s.close()


def texts(store: ConversationStore, conversation_id: int) -> list[str]:
    return [m.content for m in store.messages(conversation_id)]


def answer(
    store: ConversationStore, conversation_id: int, text: str, parent: int | None = None
) -> int:
    a = store.begin_answer(conversation_id, "local", "llama.cpp", "m.gguf", parent_id=parent)
    store.finish_answer(a.id, text, "complete", finish_reason="stop")
    return a.id


def test_regenerate_keeps_the_old_answer_as_a_sibling(store: ConversationStore) -> None:
    c = store.create_conversation().id
    q = store.add_message(c, "user", "Name a colour").id
    first = answer(store, c, "red")
    assert store.message(first) is not None and store.message(first).parent_id == q  # type: ignore[union-attr]
    second = answer(store, c, "blue", parent=q)
    assert store.siblings(first) == store.siblings(second) == [first, second]
    assert texts(store, c) == ["Name a colour", "blue"]
    store.switch_branch(first)
    assert texts(store, c) == ["Name a colour", "red"]
    assert [m.content for m in store.path(c, second)] == ["Name a colour", "blue"]
    assert [m.content for m in store.all_messages(c)] == ["Name a colour", "red", "blue"]


def test_edit_forks_and_switching_back_shows_the_newest_leaf(store: ConversationStore) -> None:
    c = store.create_conversation().id
    q1 = store.add_message(c, "user", "Hi").id
    answer(store, c, "Hello!")
    q2 = store.add_message(c, "user", "Tell me a joke").id
    answer(store, c, "A joke.")
    store.add_message(c, "user", "Another")
    last = answer(store, c, "Another joke.")
    edited = store.fork_user_message(q2, "Tell me a riddle")
    assert store.siblings(q2) == [q2, edited]
    assert texts(store, c) == ["Hi", "Hello!", "Tell me a riddle"]
    riddle = answer(store, c, "A riddle.")
    assert store.switch_branch(q2) == last  # the whole old branch comes back
    assert texts(store, c) == [
        "Hi",
        "Hello!",
        "Tell me a joke",
        "A joke.",
        "Another",
        "Another joke.",
    ]
    assert store.switch_branch(edited) == riddle
    # the first message can be edited too: a second root
    root = store.fork_user_message(q1, "Hey")
    assert store.siblings(q1) == [q1, root] and texts(store, c) == ["Hey"]
    with pytest.raises(ValueError, match="not a user message"):
        store.fork_user_message(riddle, "answers are not edited this way")


def test_delete_takes_what_followed_and_shows_the_branch_left(store: ConversationStore) -> None:
    c = store.create_conversation().id
    q = store.add_message(c, "user", "Q").id
    old = answer(store, c, "old")
    store.add_message(c, "user", "follow-up")
    answer(store, c, "follow-up answer")
    new = answer(store, c, "new", parent=q)
    store.delete_message(new)  # the branch shown goes: the sibling branch is shown
    assert texts(store, c) == ["Q", "old", "follow-up", "follow-up answer"]
    other = store.fork_user_message(q, "Q, edited")
    store.delete_message(old)  # not on the branch shown: the shown branch stays
    assert texts(store, c) == ["Q, edited"]
    store.switch_branch(q)
    assert texts(store, c) == ["Q"]  # its answers went with "old"
    store.delete_message(q)  # a user message with what answered it; the other root is left
    assert texts(store, c) == ["Q, edited"]
    store.delete_message(other)
    assert store.messages(c) == [] and store.all_messages(c) == []
    conversation = store.conversation(c)
    assert conversation is not None and conversation.current_leaf_id is None
    store.add_message(c, "user", "fresh start")
    assert texts(store, c) == ["fresh start"]


def test_a_parent_from_another_conversation_is_refused(store: ConversationStore) -> None:
    a, b = store.create_conversation().id, store.create_conversation().id
    q = store.add_message(a, "user", "in a").id
    with pytest.raises(ValueError, match="not in conversation"):
        store.add_message(b, "user", "in b", parent_id=q)
    with pytest.raises(ValueError, match="not in conversation"):
        store.begin_answer(b, "local", "llama.cpp", "m", parent_id=q)
    assert store.all_messages(b) == []


def test_branches_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "hearth.sqlite3"
    store = ConversationStore(path)
    c = store.create_conversation().id
    q = store.add_message(c, "user", "Q").id
    a1 = answer(store, c, "one")
    answer(store, c, "two", parent=q)
    store.switch_branch(a1)
    store.close()
    store = ConversationStore(path)
    assert texts(store, c) == ["Q", "one"] and len(store.siblings(a1)) == 2
    store.close()


def test_history_and_the_hosted_count_follow_the_branch_shown(store: ConversationStore) -> None:
    from app.ui.hosted_route import earlier_messages

    c = store.create_conversation().id
    q = store.add_message(c, "user", "Q").id
    long_branch = answer(store, c, "A")
    store.add_message(c, "user", "more")
    answer(store, c, "more answer")
    short = answer(store, c, "A2", parent=q)
    assert history_for(store, c, "sys") == [
        ChatMessage("system", "sys"),
        ChatMessage("user", "Q"),
        ChatMessage("assistant", "A2"),
    ]
    assert earlier_messages(store, c) == 2
    store.switch_branch(long_branch)
    assert earlier_messages(store, c) == 4
    assert [m.content for m in history_for(store, c, "", leaf_id=short)] == ["Q", "A2"]


# switching never loses or duplicates a message ------------------------------------------------


class TreeModel:
    """What the store should hold, kept the simplest way: id -> (parent, text)."""

    def __init__(self) -> None:
        self.parent: dict[int, int | None] = {}
        self.text: dict[int, str] = {}
        self.leaf: int | None = None

    def add(self, mid: int, parent: int | None, text: str) -> None:
        self.parent[mid], self.text[mid], self.leaf = parent, text, mid

    def subtree(self, mid: int) -> set[int]:
        found = {mid}
        for other in sorted(self.parent):
            if self.parent[other] in found:
                found.add(other)
        return found

    def path(self) -> list[int]:
        out, at = [], self.leaf
        while at is not None:
            out.append(at)
            at = self.parent[at]
        return out[::-1]


@pytest.mark.parametrize("seed", range(6))
def test_random_operations_never_lose_or_duplicate_a_message(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    path = tmp_path / "hearth.sqlite3"
    store = ConversationStore(path)
    c = store.create_conversation().id
    model = TreeModel()
    for step in range(150):
        shown = model.path()
        op = rng.choice(
            ["say", "say", "answer", "regenerate", "edit", "switch", "delete", "reopen"]
        )
        text = f"{op} {step}"
        if op == "say" or (not shown and op != "reopen"):
            model.add(store.add_message(c, "user", text).id, model.leaf, text)
        elif op == "answer":
            model.add(answer(store, c, text), model.leaf, text)
        elif op == "regenerate":
            users = [m for m in shown if store.message(m).role == "user"]  # type: ignore[union-attr]
            if users:
                target = rng.choice(users)
                model.add(answer(store, c, text, parent=target), target, text)
        elif op == "edit":
            users = [m for m in shown if store.message(m).role == "user"]  # type: ignore[union-attr]
            if users:
                target = rng.choice(users)
                model.add(store.fork_user_message(target, text), model.parent[target], text)
        elif op == "switch":
            target = rng.choice(shown)
            sibling = rng.choice(store.siblings(target))
            model.leaf = max(model.subtree(sibling))
            assert store.switch_branch(sibling) == model.leaf
        elif op == "delete":
            target = rng.choice(shown)
            gone = model.subtree(target)
            parent = model.parent[target]
            for mid in gone:
                del model.parent[mid], model.text[mid]
            if parent is not None:
                model.leaf = max(model.subtree(parent))
            else:
                model.leaf = max(model.parent, default=None)
            store.delete_message(target)
        else:
            store.close()
            store = ConversationStore(path)
        stored = store.all_messages(c)
        assert [m.id for m in stored] == sorted(model.parent), f"step {step}: {op}"
        assert {m.id: (m.parent_id, m.content) for m in stored} == {
            mid: (model.parent[mid], model.text[mid]) for mid in model.parent
        }
        assert [m.id for m in store.messages(c)] == model.path(), f"step {step}: {op}"
        for mid in model.parent:  # every sibling list is complete, in order, without repeats
            expected = sorted(o for o in model.parent if model.parent[o] == model.parent[mid])
            if rng.random() < 0.1:
                assert store.siblings(mid) == expected
    store.close()


# titles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("  How do I bake bread?\n\nThanks!  ", "How do I bake bread? Thanks!"),
        ("# Plan for **Monday**\n- eggs\n- `milk`", "Plan for Monday eggs milk"),
        ("> quoted _words_ and snake_case_name", "quoted words and snake_case_name"),
        ("See [the docs](https://example.com/x) please", "See the docs please"),
        ("```python\nprint('hi')\n```\nWhy does this fail?", "Why does this fail?"),
        ("```\nonly code here\n```", "only code here"),
        ("   \n```\n```\n", DEFAULT_TITLE),
        (
            "Explain the difference between processes and threads in operating systems",
            "Explain the difference between processes and…",
        ),
        ("x" * 100, "x" * (TITLE_LIMIT - 1) + "…"),
    ],
)
def test_title_from_first_message(text: str, title: str) -> None:
    made = title_from_first_message(text)
    assert made == title
    assert len(made) <= TITLE_LIMIT


# answers by the real model: finish reasons, regenerate, continue ----------------------------


class Recording:
    """The real engine, with the messages it was given written down."""

    def __init__(self, engine: LocalEngine) -> None:
        self.engine = engine
        self.route, self.provider = engine.route, engine.provider
        self.model, self.label = engine.model, engine.label
        self.seen: list[list[ChatMessage]] = []

    def stream(
        self, messages: list[ChatMessage], params: GenerationParams, stop: threading.Event
    ) -> Iterator[Delta]:
        self.seen.append(list(messages))
        return self.engine.stream(messages, params, stop)

    def close(self) -> None:
        self.engine.close()


@pytest.fixture(scope="module")
def engine(starter_model: Path) -> Iterator[LocalEngine]:
    eng = LocalEngine(starter_model)
    yield eng
    eng.close()


def test_length_limit_continue_and_regenerate_on_the_real_model(
    store: ConversationStore, engine: LocalEngine
) -> None:
    recording = Recording(engine)
    c = store.create_conversation().id
    q = store.add_message(c, "user", "What is the capital of France? Answer in one sentence.").id
    short = GenerationParams(temperature=0.0, max_tokens=4, seed=1)
    first = run_turn(store, recording, c, short, threading.Event())
    assert (first.state, first.finish_reason) == ("complete", "length")
    assert first.usage is not None and first.usage.completion_tokens == 4
    saved = store.message(first.message_id)
    assert saved is not None and saved.finish_reason == "length" and saved.parent_id == q

    added: list[str] = []
    more = run_turn(
        store, recording, c, short, threading.Event(), on_text=added.append,
        continue_message_id=first.message_id,
    )  # fmt: skip
    assert more.message_id == first.message_id  # the same message grew
    assert more.text == first.text + "".join(added) and added
    assert recording.seen[-1][-2:] == [
        ChatMessage("assistant", first.text),
        ChatMessage("user", CONTINUE_PROMPT),
    ]
    assert more.usage is not None and more.usage.completion_tokens == 8
    continued = store.message(first.message_id)
    assert continued is not None and continued.content == more.text
    assert continued.state == "complete" and continued.completion_tokens == 8
    assert [m.id for m in store.messages(c)] == [q, first.message_id]

    roomy = GenerationParams(temperature=0.0, max_tokens=200, seed=1)
    again = run_turn(store, recording, c, roomy, threading.Event(), reply_to=q)
    assert again.finish_reason == "stop" and again.message_id != first.message_id
    assert recording.seen[-1] == [
        ChatMessage("user", "What is the capital of France? Answer in one sentence.")
    ]
    assert store.siblings(again.message_id) == [first.message_id, again.message_id]
    assert [m.id for m in store.messages(c)] == [q, again.message_id]

    stop = threading.Event()
    stop.set()
    stopped = run_turn(store, recording, c, roomy, stop, reply_to=q)
    assert stopped.finish_reason == "interrupted"
    with pytest.raises(ValueError, match="not an answer"):
        run_turn(store, recording, c, short, threading.Event(), continue_message_id=q)
    with pytest.raises(ValueError, match="not a user message"):
        run_turn(store, recording, c, short, threading.Event(), reply_to=again.message_id)
    store.add_message(c, "user", "thanks", parent_id=again.message_id)
    with pytest.raises(ValueError, match="has replies"):
        run_turn(
            store, recording, c, short, threading.Event(), continue_message_id=again.message_id
        )
    assert len(recording.seen) == 4  # nothing refused reached the engine
