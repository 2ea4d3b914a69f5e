"""Saved conversation states: exact, never stale, never damaged, bounded, kept. Load progress."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import llama_cpp
import pytest
from pytestqt.qtbot import QtBot

from app.core.engines.base import ChatMessage, Delta, GenerationParams, Usage
from app.core.engines.local import LoadOptions, LocalEngine
from app.core.kv_cache import SUFFIX, KVCache, decode, encode
from app.server.gateway import Failed, Finished, GenerationJob, GenerationRequest, LocalGateway

SYSTEM = ChatMessage("system", "You are a helpful assistant.")
GREEDY = GenerationParams(temperature=0.0, max_tokens=32, seed=1)
FIRST = [
    SYSTEM,
    ChatMessage(
        "user",
        "Here are my notes on bread. Flour, water, salt and yeast; the dough rests overnight "
        "in a cold kitchen, is folded three times, and bakes in a hot iron pot with a lid. "
        "Summarise them in one sentence.",
    ),
]
OTHER = [SYSTEM, ChatMessage("user", "Name a colour.")]


def ask(engine: LocalEngine, messages: list[ChatMessage], key: str | None) -> tuple[str, Usage]:
    engine.conversation_key = key
    text, usage = [], None
    for d in engine.stream(messages, GREEDY, threading.Event()):
        text.append(d.text)
        usage = d.usage or usage
    assert usage is not None
    return "".join(text), usage


def opts(folder: Path, context_cap: int = 2048) -> LoadOptions:
    return LoadOptions(
        context_cap=context_cap, probe=False, kv_cache_limit_mb=512, kv_cache_dir=folder
    )


@pytest.fixture
def engines() -> Iterator[list[LocalEngine]]:
    """Engines a test opens; closed at the end whatever happens."""
    opened: list[LocalEngine] = []
    yield opened
    for e in opened:
        e.close()


def test_restored_state_continues_exactly_like_rereading_and_survives_a_restart(
    starter_model: Path, tmp_path: Path, engines: list[LocalEngine]
) -> None:
    folder = tmp_path / "kv"
    first = LocalEngine(starter_model, opts(folder))
    engines.append(first)
    answer, _ = ask(first, FIRST, "conv-1")
    second_turn = [*FIRST, ChatMessage("assistant", answer), ChatMessage("user", "Shorter.")]
    ask(first, OTHER, "conv-2")  # leaving conv-1 saves it
    restored, usage = ask(first, second_turn, "conv-1")
    prompt = usage.prompt_tokens
    assert usage.cached_prompt_tokens > prompt // 2, "conv-1 came back from its saved state"

    reference = LocalEngine(starter_model, LoadOptions(probe=False))  # no cache: re-reads
    engines.append(reference)
    reread, usage = ask(reference, second_turn, None)
    assert usage.cached_prompt_tokens == 0
    assert restored == reread

    first.close()  # closing saves conv-1, now with its second turn
    third_turn = [*second_turn, ChatMessage("assistant", restored), ChatMessage("user", "Why?")]
    after_restart = LocalEngine(starter_model, opts(folder))
    engines.append(after_restart)
    text, usage = ask(after_restart, third_turn, "conv-1")
    assert usage.cached_prompt_tokens > prompt, "a new engine used the state saved at close"
    assert text == ask(reference, third_turn, None)[0]


def _saved_first(starter_model: Path, folder: Path, context_cap: int = 2048) -> None:
    engine = LocalEngine(starter_model, opts(folder, context_cap))
    try:
        ask(engine, FIRST, "conv-1")
    finally:
        engine.close()
    assert len(list(folder.glob("*" + SUFFIX))) == 1


def test_an_edited_message_reuses_only_the_prefix_before_the_edit(
    starter_model: Path, tmp_path: Path, engines: list[LocalEngine]
) -> None:
    folder = tmp_path / "kv"
    _saved_first(starter_model, folder)
    edited = [SYSTEM, ChatMessage("user", "Here are my notes on cake. Summarise them.")]
    engine = LocalEngine(starter_model, opts(folder))
    engines.append(engine)
    text, usage = ask(engine, edited, "conv-1")
    reference = LocalEngine(starter_model, LoadOptions(probe=False))
    engines.append(reference)
    prefix = len(reference._render([SYSTEM, ChatMessage("user", "Here are my notes on ")]))
    assert 0 < usage.cached_prompt_tokens <= prefix
    assert text == ask(reference, edited, None)[0]


def test_another_context_setting_never_uses_the_state(
    starter_model: Path, tmp_path: Path, engines: list[LocalEngine]
) -> None:
    folder = tmp_path / "kv"
    _saved_first(starter_model, folder, context_cap=2048)
    engine = LocalEngine(starter_model, opts(folder, 1024))
    engines.append(engine)
    _, usage = ask(engine, FIRST, "conv-1")
    assert usage.cached_prompt_tokens == 0


def test_a_changed_model_file_never_uses_the_state(
    starter_model: Path, tmp_path: Path, engines: list[LocalEngine]
) -> None:
    model = tmp_path / starter_model.name
    shutil.copyfile(starter_model, model)
    folder = tmp_path / "kv"
    _saved_first(model, folder)
    st = model.stat()
    os.utime(model, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # replaced by another file
    engine = LocalEngine(model, opts(folder))
    engines.append(engine)
    _, usage = ask(engine, FIRST, "conv-1")
    assert usage.cached_prompt_tokens == 0


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty"])
def test_a_damaged_state_file_is_deleted_and_the_chat_re_read(
    starter_model: Path, tmp_path: Path, engines: list[LocalEngine], damage: str
) -> None:
    folder = tmp_path / "kv"
    _saved_first(starter_model, folder)
    (path,) = folder.glob("*" + SUFFIX)
    blob = bytearray(path.read_bytes())
    if damage == "truncate":
        blob = blob[: len(blob) * 2 // 3]
    elif damage == "empty":  # a file that cannot even be memory-mapped
        blob = bytearray()
    else:
        blob[len(blob) // 2] ^= 0xFF
    path.write_bytes(bytes(blob))
    engine = LocalEngine(starter_model, opts(folder))
    engines.append(engine)
    reference = LocalEngine(starter_model, LoadOptions(probe=False))
    engines.append(reference)
    text, usage = ask(engine, FIRST, "conv-1")
    assert usage.cached_prompt_tokens == 0
    assert not path.exists()
    assert text == ask(reference, FIRST, None)[0]


def test_a_state_is_only_read_back_for_its_identity() -> None:
    blob = encode("model-a", [1, 2, 3], b"state")
    state = decode(blob, "model-a")
    assert state is not None and state.tokens == [1, 2, 3] and state.data == b"state"
    assert decode(blob, "model-b") is None
    assert decode(blob[:-1], "model-a") is None
    assert decode(b"", "model-a") is None


def _kept(cache: KVCache, identity: str, key: str) -> bool:
    with cache.open(identity, key) as state:
        return state is not None


def test_the_cache_stays_under_its_bound_dropping_the_least_recently_used(tmp_path: Path) -> None:
    one = len(encode("m", [1], bytes(1000)))
    cache = KVCache(tmp_path, limit_bytes=3 * one)
    for key in ("a", "b", "c"):
        cache.save("m", key, [1], bytes(1000))
    cache.flush()
    assert _kept(cache, "m", "a")  # "a" is now the most recently used
    cache.save("m", "d", [1], bytes(1000))
    cache.flush()
    assert cache.size_bytes() <= 3 * one
    assert not _kept(cache, "m", "b"), "the least recently used state went first"
    assert all(_kept(cache, "m", k) for k in ("a", "c", "d"))
    cache.save("m", "huge", [1], bytes(4 * one))  # larger than the whole cache: not kept
    cache.flush()
    assert not _kept(cache, "m", "huge") and cache.size_bytes() <= 3 * one
    cache.clear()
    assert cache.size_bytes() == 0


class _LocalStandIn:
    """An engine that notes which conversation each answer was for."""

    route = "local"
    provider = "llama.cpp"
    model = "stand-in"
    label = "stand-in (local)"

    def __init__(self) -> None:
        self.conversation_key: str | None = None
        self.asked_for: list[str | None] = []

    def stream(
        self, messages: list[ChatMessage], params: GenerationParams, stop: threading.Event
    ) -> Iterator[Delta]:
        self.asked_for.append(self.conversation_key)
        yield Delta(text="ok")

    def close(self) -> None:
        pass


def test_the_chat_worker_names_the_conversation_it_answers(tmp_path: Path) -> None:
    from app.core.store import ConversationStore
    from app.ui.workers import ChatWorker

    store = ConversationStore(tmp_path / "db.sqlite3")
    worker = ChatWorker(store)
    engine = _LocalStandIn()
    worker.load("local", lambda: engine)
    conv = store.create_conversation()
    store.add_message(conv.id, "user", "Hello")
    worker.answer(conv.id, GenerationParams(), "", threading.Event(), "local")
    assert engine.asked_for == [f"conv-{conv.id}"]
    store.close()


def test_settings_show_the_cache_size_and_clear_it(qtbot: QtBot) -> None:
    from app.core.kv_cache import default_folder
    from app.ui.kv_cache_panel import KVCachePanel

    cache = KVCache(default_folder(), 2048 << 20)
    cache.save("m", "conv-1", [1], bytes(3 << 20))
    cache.flush()
    panel = KVCachePanel(2048)
    qtbot.addWidget(panel)
    assert panel.size_label.text() == "3 MB of 2,048 MB" and panel.clear_button.isEnabled()
    with qtbot.waitSignal(panel.cleared, timeout=10_000):
        panel.clear_button.click()
    assert cache.size_bytes() == 0 and not panel.clear_button.isEnabled()
    assert panel.size_label.text() == "0 MB of 2,048 MB"


def test_a_load_reports_llama_cpps_progress_up_to_done(starter_model: Path) -> None:
    import llama_cpp.llama_cpp as low

    original = low.llama_model_default_params
    seen: list[float] = []
    engine = LocalEngine(starter_model, LoadOptions(probe=False, on_progress=seen.append))
    engine.close()
    assert seen and seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 2
    assert low.llama_model_default_params is original, "the load left llama-cpp-python as it was"


def test_the_llama_cpp_python_internals_saved_states_and_load_progress_use_exist() -> None:
    import llama_cpp
    import llama_cpp.llama_cpp as low
    from llama_cpp import _internals

    for name in ("llama_state_get_size", "llama_state_get_data", "llama_state_set_data"):
        assert hasattr(llama_cpp, name), name
    assert hasattr(low, "llama_model_default_params") and hasattr(low, "llama_progress_callback")
    assert "progress_callback" in dict(low.llama_model_params._fields_)
    assert hasattr(_internals.LlamaContext, "kv_cache_clear")
    assert "input_ids" in llama_cpp.Llama.__init__.__code__.co_names


def _serve(gateway: LocalGateway, messages: list[ChatMessage]) -> tuple[str, Usage, int]:
    """One chat request through ``hearth serve``'s gateway: its text, usage, and the prompt
    tokens llama.cpp evaluated (every ``Llama.eval`` before the first text came out)."""
    texts: list[str] = []
    evaluated: list[int] = []
    prompt_evaluated: list[int] = []
    done = threading.Event()
    finished: list[Finished] = []

    def emit(event: object) -> None:
        if isinstance(event, Delta) and event.text:
            if not prompt_evaluated:
                prompt_evaluated.append(sum(evaluated))
            texts.append(event.text)
        elif isinstance(event, Finished):
            finished.append(event)
            done.set()
        elif isinstance(event, Failed):
            done.set()

    original = llama_cpp.Llama.eval

    def counted(self: llama_cpp.Llama, tokens: list[int]) -> None:
        evaluated.append(len(tokens))
        original(self, tokens)

    llama_cpp.Llama.eval = counted  # type: ignore[method-assign]
    try:
        gateway.submit(GenerationJob(GenerationRequest(GREEDY, tuple(messages)), emit))
        assert done.wait(120), "the request was answered"
    finally:
        llama_cpp.Llama.eval = original  # type: ignore[method-assign]
    assert finished and prompt_evaluated, "the request was answered with text"
    return "".join(texts), finished[0].usage, prompt_evaluated[0]


def test_server_requests_resume_from_a_saved_state_sharing_their_prefix(
    starter_model: Path, tmp_path: Path, engines: list[LocalEngine]
) -> None:
    folder = tmp_path / "kv"
    window = LocalEngine(starter_model, opts(folder))
    engines.append(window)
    answer, first_usage = ask(window, FIRST, "conv-1")
    window.close()  # a conversation of the window, saved
    follow = [*FIRST, ChatMessage("assistant", answer), ChatMessage("user", "Shorter.")]
    reference = LocalEngine(starter_model, LoadOptions(probe=False))  # no cache: re-reads
    engines.append(reference)

    gateway = LocalGateway(starter_model, opts(folder))
    gateway.start()
    try:
        text, usage, evaluated = _serve(gateway, follow)
    finally:
        gateway.close()  # saves the request's state too
    assert usage.cached_prompt_tokens >= first_usage.prompt_tokens - 1
    assert evaluated == usage.prompt_tokens - usage.cached_prompt_tokens, "only the new tokens"
    assert text == ask(reference, follow, None)[0]

    # the server's own conversation is saved the same way and found again by its prefix
    again = [*follow, ChatMessage("assistant", text), ChatMessage("user", "Why?")]
    gateway = LocalGateway(starter_model, opts(folder))
    gateway.start()
    try:
        text, later, evaluated = _serve(gateway, again)
    finally:
        gateway.close()
    assert later.cached_prompt_tokens >= usage.prompt_tokens - 1
    assert evaluated == later.prompt_tokens - later.cached_prompt_tokens
    assert text == ask(reference, again, None)[0]


def test_the_longest_shared_prefix_is_found_among_saved_states_of_the_same_identity(
    tmp_path: Path,
) -> None:
    cache = KVCache(tmp_path, limit_bytes=1 << 20)
    cache.save("m", "short", [1, 2, 9], b"short")
    cache.save("m", "long", [1, 2, 3, 4, 9], b"long")
    cache.save("other-model", "longer", [1, 2, 3, 4, 5], b"other")
    with cache.open_longest("m", [1, 2, 3, 4, 5, 6]) as state:
        assert state is not None and bytes(state.data) == b"long"
    with cache.open_longest("m", [1, 2, 3, 4, 5, 6], more_than=4) as state:
        assert state is None, "memory already holds as much"
    with cache.open_longest("m", [7, 8]) as state:
        assert state is None
