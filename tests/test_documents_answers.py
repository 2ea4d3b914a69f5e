"""Retrieval into answers: attached collections feed numbered sources into the system message,
the answer's sources are recorded, and an answer that matched nothing says so."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.chat import run_turn
from app.core.documents import DocumentIndex, DocumentsError, Passage, Source
from app.core.documents.context import DocumentsContext, budget_for, sources_prompt
from app.core.engines.base import ChatMessage, Delta, GenerationParams, Usage
from app.core.engines.local import LocalEngine
from app.core.store import ConversationStore
from tests.test_documents import _library


class Scripted:
    """A stand-in engine that writes down the messages it was given and answers "ok"."""

    route, provider, model, label = "local", "llama.cpp", "scripted", "scripted"

    def __init__(self) -> None:
        self.seen: list[list[ChatMessage]] = []

    def stream(
        self, messages: list[ChatMessage], params: GenerationParams, stop: threading.Event
    ) -> Iterator[Delta]:
        self.seen.append(list(messages))
        yield Delta(text="ok")
        yield Delta(usage=Usage(prompt_tokens=10, completion_tokens=1))

    def close(self) -> None:
        pass


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ConversationStore]:
    s = ConversationStore(tmp_path / "hearth.sqlite3")
    yield s
    s.close()


@pytest.fixture
def index(tmp_path: Path) -> Iterator[DocumentIndex]:
    _library(tmp_path / "docs")
    db = DocumentIndex()
    db.add("Home", [tmp_path / "docs"])
    db.index("Home")
    yield db
    db.close()


def test_attached_passages_go_into_the_system_message_and_the_sources_are_recorded(
    store: ConversationStore, index: DocumentIndex, tmp_path: Path
) -> None:
    c = store.create_conversation().id
    store.add_message(c, "user", "At what temperature do I bake the sourdough loaf?")
    index.attach(c, "Home")
    engine = Scripted()
    result = run_turn(
        store,
        engine,  # type: ignore[arg-type]
        c,
        GenerationParams(),
        threading.Event(),
        system_prompt="Be brief.",
        context_provider=DocumentsContext(c, budget_for(2048)),
        on_sources=index.record_sources,
    )
    [messages] = engine.seen
    system = messages[0]
    assert system.role == "system" and system.content.startswith("Be brief.\n\nPassages from")
    assert '[1] bread.md, "Baking"\nBake the loaf at 250 degrees' in system.content
    assert messages[1:] == [
        ChatMessage("user", "At what temperature do I bake the sourdough loaf?")
    ]
    assert result.sources is not None and result.sources[0].path.endswith("bread.md")
    recorded = index.sources(result.message_id)
    assert recorded is not None
    assert recorded[0] == Source("Home", str(tmp_path / "docs" / "bread.md"), None, "Baking", 1)


def test_an_answer_that_matched_nothing_says_so_and_no_documents_leaves_the_prompt_alone(
    store: ConversationStore, index: DocumentIndex
) -> None:
    c = store.create_conversation().id
    store.add_message(c, "user", "Tell me about zeppelins")
    index.attach(c, "Home")
    engine = Scripted()
    result = run_turn(
        store, engine, c, GenerationParams(), threading.Event(),  # type: ignore[arg-type]
        context_provider=DocumentsContext(c, 1024), on_sources=index.record_sources,
    )  # fmt: skip
    assert result.sources == ()
    assert index.sources(result.message_id) == []  # documents attached, no passage used
    assert engine.seen[0] == [ChatMessage("user", "Tell me about zeppelins")]
    plain = run_turn(store, engine, c, GenerationParams(), threading.Event())  # type: ignore[arg-type]
    assert plain.sources is None and index.sources(plain.message_id) is None


def test_documents_that_cannot_be_searched_are_a_notice_not_a_failure(
    store: ConversationStore,
) -> None:
    c = store.create_conversation().id
    store.add_message(c, "user", "hello")
    notices: list[str] = []

    def broken(question: str) -> list[Passage]:
        raise DocumentsError(f"no collection named 'Gone' to answer {question!r}")

    result = run_turn(
        store, Scripted(), c, GenerationParams(), threading.Event(),  # type: ignore[arg-type]
        on_notice=notices.append, context_provider=broken,
    )  # fmt: skip
    assert (result.state, result.sources) == ("complete", None)
    assert notices == [
        "Your documents could not be searched (no collection named 'Gone' to answer 'hello');"
        " answering without them."
    ]


def test_sources_prompt_numbers_every_passage(index: DocumentIndex) -> None:
    passages = index.search("mainsail squall") + index.search("rye flour")
    text = sources_prompt(passages)
    assert '\n[1] boat.docx, "Sailing"\nReef the mainsail' in text
    assert '\n[2] bread.md, "Sourdough"\nFeed the starter' in text


def test_the_real_model_answers_with_a_passage_in_its_prompt(
    store: ConversationStore, index: DocumentIndex, starter_model: Path
) -> None:
    engine = LocalEngine(starter_model)
    try:
        c = store.create_conversation().id
        store.add_message(c, "user", "What calms the bee colony?")
        index.attach(c, "Home")
        result = run_turn(
            store, engine, c, GenerationParams(temperature=0.0, max_tokens=16, seed=1),
            threading.Event(), context_provider=DocumentsContext(c, 512),
            on_sources=index.record_sources,
        )  # fmt: skip
    finally:
        engine.close()
    assert result.error is None and result.text.strip()
    assert result.usage is not None and result.usage.prompt_tokens > 40  # the passage went in
    recorded = index.sources(result.message_id)
    assert recorded is not None and recorded[0].path.endswith("bees.odt")
