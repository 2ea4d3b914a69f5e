"""The local engine on the real starter model: streaming, stop, cache reuse, context, UTF-8."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.engines.base import ChatMessage, Delta, EngineError, GenerationParams, Usage
from app.core.engines.local import (
    LoadOptions,
    LocalEngine,
    ModelLoadError,
    _Utf8Stream,
    default_thread_count,
)
from tests.helpers.gguf_tools import rewrite_metadata

SYSTEM = ChatMessage("system", "You are a helpful assistant.")
GREEDY = GenerationParams(temperature=0.0, max_tokens=48, seed=1)


@pytest.fixture(scope="module")
def engine(starter_model: Path) -> Iterator[LocalEngine]:
    eng = LocalEngine(starter_model)
    yield eng
    eng.close()


def collect(deltas: Iterator[Delta]) -> tuple[str, list[str], Usage]:
    text, notices, usage = [], [], None
    for d in deltas:
        text.append(d.text)
        if d.notice:
            notices.append(d.notice)
        usage = d.usage or usage
    assert usage is not None, "the last delta carries usage"
    return "".join(text), notices, usage


def test_streams_an_answer_with_stats(engine: LocalEngine) -> None:
    deltas = list(
        engine.stream(
            [SYSTEM, ChatMessage("user", "What is the capital of France?")],
            GREEDY,
            threading.Event(),
        )
    )
    texts = [d.text for d in deltas if d.text]
    assert len(texts) > 3, "text arrives in many small deltas, not at once"
    answer = "".join(texts)
    assert "Paris" in answer
    usage = deltas[-1].usage
    assert usage is not None and usage.completion_tokens >= len(texts) - 1
    assert usage.prompt_tokens > 10 and usage.time_to_first_token_s is not None
    assert engine.route == "local" and engine.model == "SmolLM2-135M-Instruct.Q4_1.gguf"


def test_stop_takes_effect_within_one_token(engine: LocalEngine) -> None:
    stop = threading.Event()
    received = 0
    stream = engine.stream(
        [SYSTEM, ChatMessage("user", "Count from 1 to 200, one number per line.")],
        GenerationParams(temperature=0.0, max_tokens=400),
        stop,
    )
    usage = None
    for d in stream:
        if d.text:
            received += 1
            if received == 3:
                stop.set()
        usage = d.usage or usage
    assert received == 3
    assert usage is not None and usage.completion_tokens == 3


def test_stop_is_prompt_during_a_long_prompt_evaluation(engine: LocalEngine) -> None:
    long_text = "The quick brown fox jumps over the lazy dog. " * 600  # ~6000 tokens
    stop = threading.Event()
    stopped_at: list[float] = []

    def press_stop() -> None:
        stopped_at.append(time.perf_counter())
        stop.set()

    original_eval = engine._llm.eval

    def eval_then_stop(tokens: list[int]) -> None:  # press Stop once prompt evaluation runs
        original_eval(tokens)
        if not stop.is_set():
            press_stop()

    engine._llm.eval = eval_then_stop  # type: ignore[method-assign]
    try:
        _, _, usage = collect(engine.stream([ChatMessage("user", long_text)], GREEDY, stop))
        returned = time.perf_counter()
    finally:
        del engine._llm.eval
    assert usage.completion_tokens == 0
    assert usage.prompt_tokens > 4000
    assert engine._llm.n_tokens < usage.prompt_tokens / 4, "evaluation stopped early"
    assert returned - stopped_at[0] < 1.0


def test_second_turn_reuses_the_kv_cache(engine: LocalEngine) -> None:
    history = [SYSTEM, ChatMessage("user", "Name three colours.")]
    first, _, u1 = collect(engine.stream(history, GREEDY, threading.Event()))
    history += [ChatMessage("assistant", first), ChatMessage("user", "Now name three fruits.")]
    _, _, u2 = collect(engine.stream(history, GREEDY, threading.Event()))
    assert u2.prompt_tokens > u1.prompt_tokens
    # everything up to the first answer was already in the cache
    assert u2.cached_prompt_tokens >= u1.prompt_tokens
    assert u2.prompt_tokens - u2.cached_prompt_tokens < u2.prompt_tokens / 2


def test_history_beyond_the_context_drops_oldest_turns(starter_model: Path) -> None:
    small = LocalEngine(starter_model, LoadOptions(context_cap=512, probe=False))
    try:
        filler = "Tell me about the history of the printing press in great detail. " * 6
        history = [SYSTEM]
        for i in range(8):
            history += [
                ChatMessage("user", f"Question {i}: {filler}"),
                ChatMessage("assistant", f"Answer {i}: {filler}"),
            ]
        history.append(ChatMessage("user", "Say hello."))
        tokens, dropped = small.fit_to_context(history, 64)
        assert dropped >= 2 and len(tokens) <= small.n_ctx - 64
        prompt = small._llm.detokenize(tokens).decode()
        assert SYSTEM.content in prompt and "Say hello." in prompt
        assert "Question 0" not in prompt
        text, notices, usage = collect(
            small.stream(
                history, GenerationParams(temperature=0.0, max_tokens=16), threading.Event()
            )
        )
        assert usage.dropped_messages == dropped
        assert notices and f"The {dropped} oldest messages" in notices[0]
        assert "Question 0: Tell me about the history" in notices[0]
        with pytest.raises(EngineError, match="too long for this model"):
            list(small.stream([ChatMessage("user", filler * 40)], GREEDY, threading.Event()))
    finally:
        small.close()


def test_multibyte_text_never_shows_replacement_characters(engine: LocalEngine) -> None:
    sample = "Soup 🍲 and tea 🍵, 你好世界, Ελληνικά, 👩‍👩‍👧 done"
    tokens = engine._llm.tokenize(sample.encode(), add_bos=False)
    pieces = [engine._piece(t) for t in tokens]
    assert any(len(p) and not _is_whole_utf8(p) for p in pieces), "sample must split characters"
    decoder = _Utf8Stream()
    streamed = [decoder.feed(p) for p in pieces] + [decoder.flush()]
    assert "".join(streamed) == sample
    assert all("\ufffd" not in s for s in streamed)
    reply, _, _ = collect(
        engine.stream([ChatMessage("user", f"Repeat exactly: {sample}")], GREEDY, threading.Event())
    )
    assert "\ufffd" not in reply


def _is_whole_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_template_that_tries_to_run_code_is_refused(starter_model: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    evil = rewrite_metadata(
        starter_model,
        tmp_path / "evil.gguf",
        {
            "tokenizer.chat_template": "{{ cycler.__init__.__globals__.os.system('touch "
            + str(marker)
            + "') }}"
        },
    )
    eng = LocalEngine(evil, LoadOptions(probe=False))
    try:
        with pytest.raises(EngineError, match="chat template"):
            list(eng.stream([ChatMessage("user", "hi")], GREEDY, threading.Event()))
    finally:
        eng.close()
    assert not marker.exists()


def test_file_llama_cpp_rejects_fails_in_the_probe_not_the_app(
    starter_model: Path, tmp_path: Path
) -> None:
    bad = rewrite_metadata(
        starter_model, tmp_path / "alien.gguf", {"general.architecture": "no-such-architecture"}
    )
    with pytest.raises(ModelLoadError, match="could not be loaded"):
        LocalEngine(bad)


def test_not_a_model_is_refused_before_llama_cpp_sees_it(tmp_path: Path) -> None:
    path = tmp_path / "notes.gguf"
    path.write_text("just some text")
    with pytest.raises(ModelLoadError, match="not a GGUF"):
        LocalEngine(path)


def test_thread_count_uses_every_core_on_small_machines() -> None:
    import os

    logical = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if logical and logical <= 4:
        assert default_thread_count() == logical
    else:
        assert 1 <= default_thread_count() <= (logical or 1)


def test_a_file_is_probed_in_a_child_process_once(
    starter_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import subprocess

    from app.core.engines import local

    copy = tmp_path / "copy.gguf"
    shutil.copyfile(starter_model, copy)
    children: list[list[str]] = []
    real_popen = subprocess.Popen

    def counting_popen(cmd: list[str], **kwargs: object) -> object:
        children.append(cmd)
        return real_popen(cmd, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(local.subprocess, "Popen", counting_popen)
    local.probe_in_subprocess(copy)
    local.probe_in_subprocess(copy)
    assert len(children) == 1 and "--probe-model" in children[0]
    copy.write_bytes(starter_model.read_bytes())  # a replaced file is probed again
    os.utime(copy, ns=(1, 1))
    local.probe_in_subprocess(copy)
    assert len(children) == 2


def test_a_probe_can_be_cancelled(starter_model: Path, tmp_path: Path) -> None:
    import shutil

    from app.core.engines import local

    copy = tmp_path / "copy.gguf"
    shutil.copyfile(starter_model, copy)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ModelLoadError, match="cancelled"):
        local.probe_in_subprocess(copy, cancel=cancel)
