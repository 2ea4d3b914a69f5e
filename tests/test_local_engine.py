"""The local engine on the real starter model: streaming, stop, cache reuse, context, UTF-8."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import machine
from app.core.engines.base import ChatMessage, Delta, EngineError, GenerationParams, Usage
from app.core.engines.local import (
    LoadOptions,
    LocalEngine,
    ModelLoadError,
    _Utf8Stream,
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
    assert usage.n_threads >= 1 and usage.thread_reason
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
    assert returned - stopped_at[0] < 30  # hang-catcher; latency is measured below


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
    with pytest.raises(ModelLoadError, match="chat template"):  # tried on a sample at load
        LocalEngine(evil, LoadOptions(probe=False))
    assert not marker.exists()


def test_file_llama_cpp_rejects_fails_in_the_probe_not_the_app(
    starter_model: Path, tmp_path: Path
) -> None:
    bad = rewrite_metadata(
        starter_model, tmp_path / "alien.gguf", {"general.architecture": "no-such-architecture"}
    )
    with pytest.raises(ModelLoadError) as caught:
        LocalEngine(bad)
    message = caught.value.user_message()  # names the architecture, with one hint
    assert "“no-such-architecture”" in message and "does not know" in message
    assert ".." not in message and "lack the memory" not in message and "damaged" not in message


def test_not_a_model_is_refused_before_llama_cpp_sees_it(tmp_path: Path) -> None:
    path = tmp_path / "notes.gguf"
    path.write_text("just some text")
    with pytest.raises(ModelLoadError, match="not a GGUF"):
        LocalEngine(path)


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


# --- Stop aborts llama.cpp's running computation --------------------------------------------


def _kv_positions(engine: LocalEngine) -> int:
    """How many positions the KV cache really holds for the chat's sequence."""
    import llama_cpp

    memory = llama_cpp.llama_get_memory(engine._llm.ctx)
    return int(llama_cpp.llama_memory_seq_pos_max(memory, 0)) + 1


def _assert_consistent(engine: LocalEngine) -> None:
    llm = engine._llm
    assert len(llm._input_ids) == llm.n_tokens
    assert _kv_positions(engine) == llm.n_tokens, "the KV cache holds only accepted tokens"


def test_stop_aborts_a_prompt_chunk_long_before_it_would_finish(
    starter_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.engines import local

    # many more threads than cores make one 512-token chunk take seconds on any machine
    crowded = LoadOptions(n_threads=4 * (os.cpu_count() or 1), context_cap=2048, probe=False)
    slow = LocalEngine(starter_model, crowded)
    try:
        prompt = [ChatMessage("user", "The quick brown fox jumps over the lazy dog. " * 80)]
        tokens, _ = slow.fit_to_context(prompt, 16)
        chunk = tokens[:512]
        assert len(chunk) == 512
        began = time.perf_counter()
        slow._llm.eval(chunk)  # the same chunk, not aborted: how long Stop would wait for it
        unaborted_s = time.perf_counter() - began
        slow._llm.reset()

        monkeypatch.setattr(local, "PREFILL_CHUNK", 512)
        stop, evaluating, pressed = threading.Event(), threading.Event(), []
        original_eval = slow._llm.eval

        def eval_and_signal(batch: list[int]) -> None:
            evaluating.set()
            original_eval(batch)

        def press_stop() -> None:
            evaluating.wait(timeout=120)
            time.sleep(unaborted_s / 10)  # well inside the chunk
            pressed.append(time.perf_counter())
            stop.set()

        slow._llm.eval = eval_and_signal  # type: ignore[method-assign]
        presser = threading.Thread(target=press_stop)
        presser.start()
        _, _, usage = collect(slow.stream(prompt, GREEDY, stop))
        returned = time.perf_counter()
        presser.join(timeout=120)
        del slow._llm.eval
        assert usage.completion_tokens == 0
        assert slow._llm.n_tokens == 0, "the aborted chunk was not accepted"
        _assert_consistent(slow)
        stop_latency = returned - pressed[0]
        assert stop_latency < unaborted_s / 4, (
            f"Stop took {stop_latency:.3f} s; the chunk alone takes {unaborted_s:.3f} s"
        )
    finally:
        slow.close()


def _stop_inside_decode(engine: LocalEngine, stop: threading.Event, at_position: int) -> None:
    """Set ``stop`` as the ``llama_decode`` call that starts at ``at_position`` begins."""
    llm = engine._llm
    original = llm._ctx.decode

    def decode(batch: object) -> None:
        if llm.n_tokens == at_position:
            stop.set()
        original(batch)  # type: ignore[arg-type]

    llm._ctx.decode = decode  # type: ignore[method-assign]


def test_after_aborted_prefill_and_decode_the_next_answer_is_a_fresh_engines(
    starter_model: Path,
) -> None:
    options = LoadOptions(context_cap=2048, probe=False)
    used, fresh = LocalEngine(starter_model, options), LocalEngine(starter_model, options)
    try:
        long_question = ChatMessage("user", "Describe a busy harbour at dawn. " * 60)
        stop = threading.Event()
        _stop_inside_decode(used, stop, at_position=256)  # the third prompt chunk
        _, _, usage = collect(used.stream([SYSTEM, long_question], GREEDY, stop))
        assert usage.completion_tokens == 0 and usage.prompt_tokens > 400
        assert used._llm.n_tokens == 256, "the chunk running when Stop came was not accepted"
        _assert_consistent(used)
        del used._llm._ctx.decode

        count = [SYSTEM, ChatMessage("user", "Count from 1 to 50, one number per line.")]
        prompt_tokens = len(used.fit_to_context(count, GREEDY.max_tokens)[0])
        stop = threading.Event()
        _stop_inside_decode(used, stop, at_position=prompt_tokens + 4)  # evaluating token 5
        partial, _, usage = collect(used.stream(count, GREEDY, stop))
        assert usage.completion_tokens == 5, "token 5 was shown; its evaluation was aborted"
        assert used._llm.n_tokens == prompt_tokens + 4
        _assert_consistent(used)
        del used._llm._ctx.decode

        history = [*count, ChatMessage("assistant", partial), ChatMessage("user", "Go on.")]
        again, _, _ = collect(used.stream(history, GREEDY, threading.Event()))
        expected, _, _ = collect(fresh.stream(history, GREEDY, threading.Event()))
        assert again == expected and again.strip()
    finally:
        used.close()
        fresh.close()


def test_stop_aborts_a_raw_completion_mid_chunk_like_a_chat(starter_model: Path) -> None:
    """The server's raw completions go through the same loop as chats, Stop included."""
    engine = LocalEngine(starter_model, LoadOptions(context_cap=2048, probe=False))
    try:
        stop = threading.Event()
        _stop_inside_decode(engine, stop, at_position=256)  # the third prompt chunk
        _, _, usage = collect(engine.complete("A busy harbour at dawn. " * 80, GREEDY, stop))
        assert usage.completion_tokens == 0 and usage.prompt_tokens > 400
        assert engine._llm.n_tokens == 256, "the chunk running when Stop came was aborted"
        _assert_consistent(engine)
    finally:
        engine.close()


# --- Chat templates that would hang or flood the worker -------------------------------------

NESTED_LOOPS = (
    "{% for a in range(100000) %}{% for b in range(100000) %}{{ '' }}{% endfor %}{% endfor %}"
)


def test_a_template_that_never_ends_is_refused_at_load(starter_model: Path, tmp_path: Path) -> None:
    hostile = rewrite_metadata(
        starter_model, tmp_path / "loops.gguf", {"tokenizer.chat_template": NESTED_LOOPS}
    )
    began = time.perf_counter()
    with pytest.raises(ModelLoadError, match="chat template took too long"):
        LocalEngine(hostile, LoadOptions(probe=False))
    assert time.perf_counter() - began < 60, "hang-catcher only; the budget ends it in seconds"


def test_a_template_that_hangs_on_long_chats_fails_the_answer_not_the_worker(
    starter_model: Path, tmp_path: Path
) -> None:
    chatml = "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n"
    chatml += "{% endfor %}<|im_start|>assistant\n"
    sly = "{% if messages|length > 5 %}" + NESTED_LOOPS + "{% endif %}" + chatml
    path = rewrite_metadata(starter_model, tmp_path / "sly.gguf", {"tokenizer.chat_template": sly})
    eng = LocalEngine(path, LoadOptions(probe=False))  # the sample chat has 4 messages: it loads
    try:
        history = [ChatMessage("user", f"message {i}") for i in range(7)]
        with pytest.raises(EngineError, match="chat template took too long"):
            list(eng.stream(history, GREEDY, threading.Event()))
        stopped = threading.Event()
        stopped.set()  # Stop pressed while the template renders: no error, no answer
        _, _, usage = collect(eng.stream(history, GREEDY, stopped))
        assert usage.completion_tokens == 0
        answer, _, _ = collect(eng.stream(history[:3], GREEDY, threading.Event()))
        assert answer.strip(), "the engine still answers short chats"
    finally:
        eng.close()


def test_the_probe_child_refuses_a_hostile_template_with_one_message(
    starter_model: Path, tmp_path: Path
) -> None:
    hostile = rewrite_metadata(
        starter_model, tmp_path / "loops.gguf", {"tokenizer.chat_template": NESTED_LOOPS}
    )
    with pytest.raises(ModelLoadError) as caught:
        LocalEngine(hostile)
    message = caught.value.user_message()
    assert "chat template took too long" in message
    assert message.count("may be damaged") + message.count("broken or unsafe") == 1
    assert ".." not in message


# --- Load failures say one thing, and the probe cache is only a cache -----------------------


def test_a_read_only_data_folder_does_not_fail_a_load(
    starter_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from app.core import paths

    copy = tmp_path / "copy.gguf"
    shutil.copyfile(starter_model, copy)

    def unwritable() -> Path:
        return Path("/proc/hearth-cannot-write-here/probed.json")

    monkeypatch.setattr(paths, "probed_models_path", unwritable)
    eng = LocalEngine(copy, LoadOptions(context_cap=512))
    eng.close()


# --- llama-cpp-python internals the engine relies on ----------------------------------------


def test_the_llama_cpp_python_internals_the_engine_uses_still_exist(engine: LocalEngine) -> None:
    import llama_cpp

    llm = engine._llm
    needed = {
        "Llama._input_ids": lambda: llm._input_ids,
        "Llama.n_tokens": lambda: llm.n_tokens,
        "Llama.ctx": lambda: llm.ctx,
        "Llama._ctx.kv_cache_seq_rm": lambda: llm._ctx.kv_cache_seq_rm,
        "Llama._model.vocab": lambda: llm._model.vocab,
        "Llama._model.token_get_text": lambda: llm._model.token_get_text,
        "llama_cpp.llama_set_abort_callback": lambda: llama_cpp.llama_set_abort_callback,
        "llama_cpp.ggml_abort_callback": lambda: llama_cpp.ggml_abort_callback,
        "llama_cpp.llama_set_n_threads": lambda: llama_cpp.llama_set_n_threads,
        "llama_cpp.llama_log_set": lambda: llama_cpp.llama_log_set,
        "llama_cpp.llama_log_callback": lambda: llama_cpp.llama_log_callback,
        "llama_cpp._logger.llama_log_callback": lambda: llama_cpp._logger.llama_log_callback,
        "llama_cpp.llama_token_to_piece": lambda: llama_cpp.llama_token_to_piece,
        "llama_cpp.llama_vocab_is_eog": lambda: llama_cpp.llama_vocab_is_eog,
        "Jinja2ChatFormatter.IgnoreGenerationTags": lambda: (
            llama_cpp.llama_chat_format.Jinja2ChatFormatter.IgnoreGenerationTags
        ),
        "Jinja2ChatFormatter.tojson": lambda: (
            llama_cpp.llama_chat_format.Jinja2ChatFormatter.tojson
        ),
    }
    missing = []
    for name, reach in needed.items():
        try:
            reach()
        except AttributeError:
            missing.append(name)
    assert not missing, (
        f"llama-cpp-python {llama_cpp.__version__} no longer has {', '.join(missing)}: "
        "app/core/engines/local.py relies on them; adapt it before moving the pin in pyproject.toml"
    )
    assert isinstance(llm.n_tokens, int) and len(llm._input_ids) == llm.n_tokens


# --- Threads ---------------------------------------------------------------------------------


def test_load_options_come_from_the_settings() -> None:
    from app.core.settings import LocalSettings

    cancel = threading.Event()
    local = LocalSettings(
        model_path="x.gguf", n_threads=3, context_cap=1024, n_gpu_layers=0, kv_cache_limit_mb=77
    )
    expected = LoadOptions(3, 1024, 0, cancel=cancel, kv_cache_limit_mb=77)
    assert LoadOptions.from_settings(local, cancel) == expected


def test_the_thread_policy_reaches_llama_cpp_and_the_answer_stats(
    starter_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import llama_cpp

    from app.core.engines import local
    from app.core.machine import RateSample

    monkeypatch.setattr(local, "default_thread_count", lambda: 2)
    monkeypatch.setattr(machine, "_read_proc_stat", lambda: None)  # other programs' load unknown
    eng = LocalEngine(starter_model, LoadOptions(context_cap=1024, probe=False))
    try:
        _, _, usage = collect(eng.stream([ChatMessage("user", "Hi!")], GREEDY, threading.Event()))
        assert (usage.n_threads, usage.thread_reason) == (2, "default for this machine")
        # a stretch where two threads got 60% of their CPU time: another program took a core
        eng._decode_threads.record(RateSample(2, 16, 1.0, 1.2))
        eng._prefill_threads.record(RateSample(2, 128, 1.0, 1.2))
        _, _, usage = collect(eng.stream([ChatMessage("user", "Hi!")], GREEDY, threading.Event()))
        assert usage.n_threads == 1 and "other programs are using the CPU" in usage.thread_reason
        assert llama_cpp.llama_n_threads(eng._llm.ctx) == 1
        assert llama_cpp.llama_n_threads_batch(eng._llm.ctx) == 1
    finally:
        eng.close()


def test_a_model_loaded_beside_busy_programs_starts_with_the_cores_they_leave(
    starter_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import llama_cpp

    from app.core.engines import local

    monkeypatch.setattr(local, "default_thread_count", lambda: 2)
    monkeypatch.setattr(machine, "logical_cores", lambda: 2)
    # /proc/stat before and after the load: both CPUs busy for 100 s (far more than the load's
    # own CPU time), as with two busy programs beside Hearth
    stats = iter(
        ["cpu  0 0 0 0 0 0 0 0 0 0\ncpu0\ncpu1", "cpu  20000 0 0 0 0 0 0 0 0 0\ncpu0\ncpu1"]
    )
    monkeypatch.setattr(machine, "_read_proc_stat", lambda: next(stats))
    eng = LocalEngine(starter_model, LoadOptions(context_cap=1024, probe=False))
    try:
        assert llama_cpp.llama_n_threads(eng._llm.ctx) == 1
        assert llama_cpp.llama_n_threads_batch(eng._llm.ctx) == 1
        _, _, usage = collect(eng.stream([ChatMessage("user", "Hi!")], GREEDY, threading.Event()))
        assert usage.n_threads == 1 and "other programs are using the CPU" in usage.thread_reason
        assert eng._decode_threads.start == 2, "it may go back up once the machine is free"
    finally:
        eng.close()
