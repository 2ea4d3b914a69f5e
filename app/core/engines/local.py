"""The local engine: a GGUF model run by llama.cpp (llama-cpp-python) on this machine.

A :class:`LocalEngine` is created, used and closed on one long-lived worker thread that owns the
model. It renders the chat with the model's own template (in Jinja's immutable sandbox, so a
template cannot run code), keeps the KV cache between turns so turn N only evaluates what is new,
drops the oldest turns when the history outgrows the context (and says which), evaluates long
prompts in chunks so Stop is honoured quickly, and streams UTF-8-safe text one token at a time.
"""

from __future__ import annotations

import codecs
import ctypes
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from app.core import paths
from app.core.engines.base import ChatMessage, Delta, EngineError, GenerationParams, Usage
from app.core.engines.base import ModelLoadError as ModelLoadError
from app.core.gguf import GGUFError, GGUFInfo, read_gguf
from app.core.models import STARTER_FILE, STARTER_NAME
from app.core.settings import DEFAULT_CONTEXT_CAP, atomic_write_text

PREFILL_CHUNK = 128  # prompt tokens evaluated between two checks of the stop flag
MIN_ANSWER_ROOM = 256  # tokens kept free for the answer when old turns are dropped


def default_thread_count() -> int:
    """Threads for generation on this machine.

    llama-cpp-python's default is half the logical CPUs, which on a 2-core machine is one thread
    and about 0.68x the speed of two. Small machines use every logical CPU; bigger ones one
    thread per physical core (hyper-threads do not help matrix work).
    """
    logical = os.cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        logical = len(os.sched_getaffinity(0)) or logical
    if logical <= 4:
        return logical
    return max(1, min(logical, _physical_cores() or logical // 2))


def _physical_cores() -> int | None:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return None
    cores = {
        (block.split("physical id")[1].split("\n")[0], block.split("core id")[1].split("\n")[0])
        for block in text.split("\n\n")
        if "core id" in block and "physical id" in block
    }
    return len(cores) or None


@dataclass(frozen=True)
class LoadOptions:
    n_threads: int = 0  # 0: default_thread_count()
    context_cap: int = DEFAULT_CONTEXT_CAP
    n_gpu_layers: int = -1
    probe: bool = True  # first load of a file happens in a child process (crash isolation)
    cancel: threading.Event | None = None  # set to abandon the child-process probe (app closing)


def _probe_key(path: Path, n_gpu_layers: int) -> str:
    st = path.stat()
    return f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}|gpu{n_gpu_layers}"


def _probed() -> set[str]:
    try:
        data = json.loads(paths.probed_models_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {item for item in data if isinstance(item, str)} if isinstance(data, list) else set()


def _remember_probe(key: str) -> None:
    known = sorted(_probed() | {key})
    atomic_write_text(paths.probed_models_path(), json.dumps(known[-500:], indent=0))


def probe_in_subprocess(
    path: Path,
    timeout_s: float = 300.0,
    cancel: threading.Event | None = None,
    n_gpu_layers: int = 0,
) -> None:
    """Load ``path`` once in a child process, so a llama.cpp abort cannot take Hearth down.

    The child loads with the same GPU offload as the real load will. A file that loaded once
    (same path, size, modification time and offload) is not probed again.
    Raises :class:`ModelLoadError` with the reason when the child fails or crashes.
    """
    key = _probe_key(path, n_gpu_layers)
    if key in _probed():
        return
    frozen = getattr(sys, "frozen", False)  # a bundle re-runs itself, not ``python -m app``
    cmd = [sys.executable] if frozen else [sys.executable, "-m", "app"]
    cmd += ["--probe-model", str(path), "--probe-gpu-layers", str(n_gpu_layers)]
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as log,
        subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT) as proc,
    ):
        deadline = time.monotonic() + timeout_s
        while proc.poll() is None:
            if cancel is not None and cancel.is_set():
                proc.kill()
                raise ModelLoadError(f"Loading {path.name} was cancelled.")
            if time.monotonic() > deadline:
                proc.kill()
                raise ModelLoadError(
                    f"Loading {path.name} took longer than {timeout_s:.0f} s.",
                    "The file may be damaged, or too large for this machine.",
                )
            time.sleep(0.05)
        log.seek(0)
        output = log.read()
    if proc.returncode != 0:
        lines = [ln for ln in output.splitlines() if ln.strip()]
        detail = lines[-1] if lines else f"exit status {proc.returncode}"
        if proc.returncode < 0:
            detail = f"llama.cpp crashed while loading it (signal {-proc.returncode})"
        raise ModelLoadError(
            f"{path.name} could not be loaded: {detail}.",
            "The file may be damaged or made for a newer llama.cpp; try downloading it again.",
        )
    _remember_probe(key)


class _Utf8Stream:
    """Turns token bytes into text without ever splitting a multi-byte character."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, data: bytes) -> str:
        return self._decoder.decode(data)

    def flush(self) -> str:
        return self._decoder.decode(b"", final=True)


class LocalEngine:
    """A loaded GGUF model. Owned by one thread: create, stream and close it on that thread."""

    route: Literal["local", "hosted"] = "local"
    provider = "llama.cpp"

    def __init__(self, path: str | Path, options: LoadOptions | None = None) -> None:
        import llama_cpp
        from llama_cpp import llama_chat_format

        self._llama_cpp = llama_cpp
        self.path = Path(path)
        options = options or LoadOptions()
        try:
            self.info: GGUFInfo = read_gguf(self.path)
        except GGUFError as exc:
            raise ModelLoadError(f"{self.path.name} cannot be used: {exc}.") from exc
        if options.probe:
            probe_in_subprocess(self.path, cancel=options.cancel, n_gpu_layers=options.n_gpu_layers)
        self.n_threads = options.n_threads or default_thread_count()
        trained = self.info.context_length or 2048
        n_ctx = max(512, min(trained, options.context_cap))
        try:
            self._llm = llama_cpp.Llama(
                model_path=str(self.path),
                n_ctx=n_ctx,
                n_threads=self.n_threads,
                n_threads_batch=self.n_threads,
                n_gpu_layers=options.n_gpu_layers,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelLoadError(
                f"llama.cpp could not load {self.path.name}: {exc}",
                "The file may be damaged, or this machine may lack the memory for it.",
            ) from exc
        self.n_ctx = self._llm.n_ctx()
        self._vocab = self._llm._model.vocab
        eos_id, bos_id = self._llm.token_eos(), self._llm.token_bos()
        model = self._llm._model
        self._formatter = llama_chat_format.Jinja2ChatFormatter(
            template=self.info.chat_template or llama_chat_format.CHATML_CHAT_TEMPLATE,
            eos_token=model.token_get_text(eos_id) if eos_id != -1 else "",
            bos_token=model.token_get_text(bos_id) if bos_id != -1 else "",
        )
        self.model = self.path.name
        name = STARTER_NAME if self.path.name == STARTER_FILE else self.info.name
        self.label = f"{name} (local)"
        self._piece_buf = ctypes.create_string_buffer(256)
        self.closed = False

    # ------------------------------------------------------------------------------------------

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._llm.close()

    def _render(self, messages: list[ChatMessage]) -> list[int]:
        try:
            chat: Any = [{"role": m.role, "content": m.content} for m in messages]
            prompt = self._formatter(messages=chat).prompt
        except Exception as exc:  # jinja2 errors, sandbox violations, raise_exception()
            raise EngineError(
                f"The model's chat template failed: {exc}",
                "The model file's template is broken or unsafe; try another model.",
            ) from exc
        return self._llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)

    def fit_to_context(self, messages: list[ChatMessage], max_tokens: int) -> tuple[list[int], int]:
        """Prompt tokens for the longest recent history that fits; and how many were dropped."""
        room = min(max(max_tokens, 1), max(MIN_ANSWER_ROOM, self.n_ctx // 4))
        budget = self.n_ctx - room
        system = [m for m in messages[:1] if m.role == "system"]
        rest = messages[len(system) :]
        tokens = self._render(system + rest)
        if len(tokens) > budget and len(rest) > 1:
            last = self._render(system + rest[-1:])  # fail fast on a single oversized message
            if len(last) > budget:
                rest, tokens = rest[-1:], last
        dropped = 0
        while len(tokens) > budget:
            if len(rest) <= 1:
                raise EngineError(
                    f"The message is too long for this model: it needs {len(tokens):,} tokens "
                    f"and the model's context holds {self.n_ctx:,} (with room for the answer).",
                    "Shorten the message, or pick a model with a longer context.",
                )
            # drop the oldest exchange: a user turn and the answers that followed it
            cut = 1
            while cut < len(rest) - 1 and rest[cut].role != "user":
                cut += 1
            rest = rest[cut:]
            dropped += cut
            tokens = self._render(system + rest)
        return tokens, dropped

    def _piece(self, token: int) -> bytes:
        n = self._llama_cpp.llama_token_to_piece(
            self._vocab, token, self._piece_buf, len(self._piece_buf), 0, False
        )
        if n < 0:  # the piece is longer than the buffer: grow it and ask again
            self._piece_buf = ctypes.create_string_buffer(-n)
            n = self._llama_cpp.llama_token_to_piece(
                self._vocab, token, self._piece_buf, len(self._piece_buf), 0, False
            )
        return self._piece_buf.raw[:n] if n > 0 else b""

    def _prefill(self, tokens: list[int], stop: threading.Event) -> int:
        """Evaluate all but the last prompt token, reusing the cached prefix; returns it size."""
        llm = self._llm
        cached = llm._input_ids[: llm.n_tokens]
        reuse = 0
        for a, b in zip(cached, tokens[:-1], strict=False):
            if a != b:
                break
            reuse += 1
        if reuse < llm.n_tokens:
            if not llm._ctx.kv_cache_seq_rm(-1, reuse, -1):
                llm.reset()
                reuse = 0
            llm.n_tokens = reuse
        for start in range(reuse, len(tokens) - 1, PREFILL_CHUNK):
            if stop.is_set():
                break
            llm.eval(tokens[start : min(start + PREFILL_CHUNK, len(tokens) - 1)])
        return reuse

    def stream(
        self, messages: list[ChatMessage], params: GenerationParams, stop: threading.Event
    ) -> Iterator[Delta]:
        if self.closed:
            raise EngineError("The model was unloaded.", "Pick a model again.")
        start = time.perf_counter()
        tokens, dropped = self.fit_to_context(messages, params.max_tokens)
        if dropped:
            yield Delta(notice=_dropped_notice(messages, dropped, self.n_ctx))
        usage = Usage(prompt_tokens=len(tokens), dropped_messages=dropped)
        usage.cached_prompt_tokens = self._prefill(tokens, stop)
        if stop.is_set():
            usage.total_s = time.perf_counter() - start
            yield Delta(usage=usage)
            return
        self._llm.set_seed(params.seed if params.seed >= 0 else self._llama_cpp.LLAMA_DEFAULT_SEED)
        text = _Utf8Stream()
        limit = min(params.max_tokens, self.n_ctx - len(tokens))
        gen = self._llm.generate(tokens, temp=params.temperature, top_p=params.top_p, reset=True)
        try:
            for token in gen:
                if self._llama_cpp.llama_vocab_is_eog(self._vocab, token):
                    break
                usage.completion_tokens += 1
                if usage.time_to_first_token_s is None:
                    usage.time_to_first_token_s = time.perf_counter() - start
                piece = text.feed(self._piece(token))
                if piece:
                    yield Delta(text=piece)
                if stop.is_set() or usage.completion_tokens >= limit:
                    break
        finally:
            gen.close()
        tail = text.flush()
        if tail:
            yield Delta(text=tail)
        usage.total_s = time.perf_counter() - start
        yield Delta(usage=usage)

    def complete(
        self, prompt: str, params: GenerationParams, stop: threading.Event
    ) -> Iterator[Delta]:
        """Continue raw ``prompt`` text, without the chat template (the server's completions).

        Like :meth:`stream`, on the engine's thread: the cached prefix is reused, ``stop`` is
        checked between prompt chunks and after every token, and the last delta carries usage.
        Raises :class:`EngineError` when the prompt leaves no room in the context.
        """
        if self.closed:
            raise EngineError("The model was unloaded.", "Pick a model again.")
        start = time.perf_counter()
        tokens = self._llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=False)
        if not tokens or len(tokens) >= self.n_ctx:
            raise EngineError(
                f"The prompt does not fit this model: it needs {len(tokens):,} tokens and the "
                f"model's context holds {self.n_ctx:,} (with room for the answer).",
                "Shorten the prompt, or pick a model with a longer context.",
            )
        usage = Usage(prompt_tokens=len(tokens))
        usage.cached_prompt_tokens = self._prefill(tokens, stop)
        text = _Utf8Stream()
        if not stop.is_set():
            self._llm.set_seed(
                params.seed if params.seed >= 0 else self._llama_cpp.LLAMA_DEFAULT_SEED
            )
            limit = min(params.max_tokens, self.n_ctx - len(tokens))
            gen = self._llm.generate(
                tokens, temp=params.temperature, top_p=params.top_p, reset=True
            )
            try:
                for token in gen:
                    if self._llama_cpp.llama_vocab_is_eog(self._vocab, token):
                        break
                    usage.completion_tokens += 1
                    if usage.time_to_first_token_s is None:
                        usage.time_to_first_token_s = time.perf_counter() - start
                    piece = text.feed(self._piece(token))
                    if piece:
                        yield Delta(text=piece)
                    if stop.is_set() or usage.completion_tokens >= limit:
                        break
            finally:
                gen.close()
        tail = text.flush()
        if tail:
            yield Delta(text=tail)
        usage.total_s = time.perf_counter() - start
        yield Delta(usage=usage)


def _dropped_notice(messages: list[ChatMessage], dropped: int, n_ctx: int) -> str:
    """Say which messages were left out: how many, and the words they started with."""
    first = 1 if messages and messages[0].role == "system" else 0
    gone = messages[first : first + dropped]
    quote = " ".join(gone[0].content.split())
    quote = quote if len(quote) <= 40 else quote[:39] + "…"
    many = dropped != 1
    return (
        f"The {dropped} oldest message{'s' if many else ''} of this chat (from “{quote}”) "
        f"did not fit in the model's context of {n_ctx:,} tokens and {'were' if many else 'was'} "
        "left out of this answer."
    )


def probe_main(path: str, n_gpu_layers: int = 0) -> int:
    """Child-process side of :func:`probe_in_subprocess`: load, evaluate one token, exit."""
    try:
        options = LoadOptions(context_cap=512, probe=False, n_gpu_layers=n_gpu_layers)
        engine = LocalEngine(path, options)
        engine._llm.eval(engine._llm.tokenize(b"Hello", add_bos=True))
        engine.close()
    except EngineError as exc:
        print(exc.user_message(), file=sys.stderr)
        return 1
    return 0
