"""The local engine: a GGUF model run by llama.cpp (llama-cpp-python) on this machine.

A :class:`LocalEngine` is created, used and closed on one long-lived worker thread that owns the
model. It renders the chat with the model's own template (sandboxed and bounded, see
:mod:`app.core.engines.chat_template`), keeps the KV cache between turns so turn N only evaluates
what is new, drops the oldest turns when the history outgrows the context (and says which), and
streams UTF-8-safe text one token at a time. Stop aborts llama.cpp's running computation through
its abort callback, so it takes effect mid-token and mid-prompt-chunk, and the KV cache is trimmed
back to what was accepted. The thread count adapts to other programs' load (:class:`ThreadPolicy`).

The caller names the conversation it answers (:attr:`LocalEngine.conversation_key`, set before
each :meth:`LocalEngine.stream`). When the engine moves on to another conversation, or is closed,
it saves the state of the one it leaves to disk (:mod:`app.core.kv_cache`), and when that
conversation comes back, even after a restart, it restores the state and evaluates only what is
new. The saved token ids are compared with the new prompt like the in-memory cache is: only the
common prefix is kept, so an edited message or another branch re-reads from where it differs.

The engine reaches into llama-cpp-python's private attributes where its public API has no way to
reuse the cache or decode token by token: ``Llama._input_ids``, ``Llama.n_tokens``,
``Llama._ctx.kv_cache_seq_rm`` and ``Llama._model.vocab`` (plus ``Llama.ctx`` and the low-level
``llama_set_abort_callback`` / ``llama_set_n_threads``); saved states also use ``Llama.input_ids``,
``Llama._ctx.kv_cache_clear`` and ``llama_state_get_data`` / ``llama_state_set_data``, and the load
progress swaps ``llama_cpp.llama_cpp.llama_model_default_params`` during ``Llama(...)``.
``tests/test_local_engine.py`` and ``tests/test_kv_cache.py`` fail by name if an upgrade removes
one; that is why ``pyproject.toml`` pins the version.
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import hashlib
import json
import logging
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.core import paths
from app.core.engines.base import (
    ChatMessage,
    Delta,
    EngineError,
    GenerationParams,
    Prefill,
    Usage,
)
from app.core.engines.base import ModelLoadError as ModelLoadError
from app.core.engines.chat_template import (
    SAMPLE_CONVERSATION,
    ChatTemplate,
    TemplateError,
    TemplateStopped,
)
from app.core.gguf import GGUFError, GGUFInfo, read_gguf
from app.core.kv_cache import KVCache, common_prefix, default_folder
from app.core.machine import (
    OtherProgramsLoad,
    RateSample,
    ThreadPolicy,
    default_thread_count,
    threads_beside,
)
from app.core.models import model_name
from app.core.settings import DEFAULT_CONTEXT_CAP, LocalSettings, atomic_write_text
from app.core.text import QT_TRANSLATE_NOOP, Text, as_data, from_data

log = logging.getLogger(__name__)

PREFILL_CHUNK = 128  # prompt tokens per decode call; also one thread-policy measurement
DECODE_WINDOW = 16  # generated tokens per thread-policy measurement (fewer when it tries more)
UNNAMED_KEY_TOKENS = 64  # an unnamed state is saved under a name made from this many first tokens
MIN_ANSWER_ROOM = 256  # tokens kept free for the answer when old turns are dropped
PROBE_ERROR_PREFIX = "hearth-probe-error: "  # how the probe child reports a failure it understood


@dataclass(frozen=True)
class LoadOptions:
    n_threads: int = 0  # 0: start at default_thread_count() and adapt to load
    context_cap: int = DEFAULT_CONTEXT_CAP
    n_gpu_layers: int = -1
    probe: bool = True  # first load of a file happens in a child process (crash isolation)
    cancel: threading.Event | None = None  # set to abandon the child-process probe (app closing)
    kv_cache_limit_mb: int = 0  # saved conversation states on disk; 0: none
    kv_cache_dir: Path | None = None  # None: kv_cache.default_folder()
    # called on the loading thread with llama.cpp's load progress, 0.0 to 1.0
    on_progress: Callable[[float], None] | None = None

    @classmethod
    def from_settings(
        cls, local: LocalSettings, cancel: threading.Event | None = None
    ) -> LoadOptions:
        return cls(
            n_threads=local.n_threads,
            context_cap=local.context_cap,
            n_gpu_layers=local.n_gpu_layers,
            cancel=cancel,
            kv_cache_limit_mb=local.kv_cache_limit_mb,
        )


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
    """Note a file that loaded; a cache that cannot be written only means probing it again."""
    known = sorted(_probed() | {key})
    try:
        atomic_write_text(paths.probed_models_path(), json.dumps(known[-500:], indent=0))
    except OSError as exc:
        log.warning("could not write the probe cache (%s); the file will be probed again", exc)


def probe_in_subprocess(
    path: Path,
    timeout_s: float = 300.0,
    cancel: threading.Event | None = None,
    n_gpu_layers: int = 0,
) -> None:
    """Load ``path`` once in a child process, so a llama.cpp abort cannot take Hearth down.

    The child loads with the same GPU offload as the real load will. A file that loaded once
    (same path, size, modification time and offload) is not probed again.
    Raises :class:`ModelLoadError` with the reason when the child fails or crashes: the child's
    own message when it could tell what was wrong, else one plain reason with one hint.
    """
    probe = _Probe.start(path, n_gpu_layers)
    if probe is not None:
        probe.wait(timeout_s, cancel)


class _Probe:
    """The child process of :func:`probe_in_subprocess`, started so that the caller can do
    something else meanwhile (import llama.cpp) before it waits."""

    def __init__(self, path: Path, key: str, cmd: list[str]) -> None:
        self.path, self.key = path, key
        self._output = tempfile.TemporaryFile(  # noqa: SIM115 -- close() closes it
            "w+", encoding="utf-8", errors="replace"
        )
        try:
            self._proc = subprocess.Popen(cmd, stdout=self._output, stderr=subprocess.STDOUT)
        except BaseException:
            self._output.close()
            raise

    @classmethod
    def start(cls, path: Path, n_gpu_layers: int) -> _Probe | None:
        """The probe of ``path``, started; None when the file loaded once already."""
        key = _probe_key(path, n_gpu_layers)
        if key in _probed():
            return None
        frozen = getattr(sys, "frozen", False)  # a bundle re-runs itself, not ``python -m app``
        cmd = [sys.executable] if frozen else [sys.executable, "-m", "app"]
        cmd += ["--probe-model", str(path), "--probe-gpu-layers", str(n_gpu_layers)]
        return cls(path, key, cmd)

    def wait(self, timeout_s: float = 300.0, cancel: threading.Event | None = None) -> None:
        """Wait for the child; raise :class:`ModelLoadError` as :func:`probe_in_subprocess`."""
        proc, path = self._proc, self.path
        try:
            deadline = time.monotonic() + timeout_s
            while proc.poll() is None:
                if cancel is not None and cancel.is_set():
                    raise ModelLoadError(
                        Text(
                            QT_TRANSLATE_NOOP("Core", "Loading {name} was cancelled."),
                            name=path.name,
                        )
                    )
                if time.monotonic() > deadline:
                    raise ModelLoadError(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core", "Loading {name} took longer than {seconds:.0f} s."
                            ),
                            name=path.name,
                            seconds=timeout_s,
                        ),
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core", "The file may be damaged, or too large for this machine."
                            )
                        ),
                    )
                time.sleep(0.05)
            self._output.seek(0)
            output = self._output.read()
        finally:
            self.close()
        if proc.returncode != 0:
            raise _probe_failure(path, proc.returncode, output)
        _remember_probe(self.key)

    def close(self) -> None:
        """End the child if it still runs (its result is not wanted)."""
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()
        self._output.close()


def _probe_failure(path: Path, returncode: int, output: str) -> ModelLoadError:
    """One message with one hint for a probe child that failed, from what it printed."""
    for line in reversed(output.splitlines()):
        if line.startswith(PROBE_ERROR_PREFIX):
            try:
                reported = json.loads(line[len(PROBE_ERROR_PREFIX) :])
                return ModelLoadError(from_data(reported["message"]), from_data(reported["hint"]))
            except (ValueError, KeyError, TypeError):
                break
    return ModelLoadError(
        Text(
            QT_TRANSLATE_NOOP(
                "Core",
                "{name} could not be loaded: llama.cpp crashed while loading it (signal {signal}).",
            ),
            name=path.name,
            signal=-returncode,
        )
        if returncode < 0
        else Text(
            QT_TRANSLATE_NOOP(
                "Core", "{name} could not be loaded: the loader exited with status {status}."
            ),
            name=path.name,
            status=returncode,
        ),
        Text(
            QT_TRANSLATE_NOOP(
                "Core",
                "The file may be damaged or made for a newer llama.cpp; try downloading it again.",
            )
        ),
    )


@contextlib.contextmanager
def _llama_log() -> Iterator[list[str]]:
    """Collect what llama.cpp logs meanwhile: a quiet ``Llama`` hides why a load failed."""
    import llama_cpp
    from llama_cpp import _logger

    lines: list[str] = []

    @llama_cpp.llama_log_callback
    def collect(_level: int, text: bytes, _data: ctypes.c_void_p) -> None:
        lines.append(text.decode("utf-8", errors="replace"))

    llama_cpp.llama_log_set(collect, ctypes.c_void_p(0))
    try:
        yield lines
    finally:
        llama_cpp.llama_log_set(_logger.llama_log_callback, ctypes.c_void_p(0))


@contextlib.contextmanager
def _load_progress(
    report: Callable[[float], None] | None, cancel: threading.Event | None
) -> Iterator[None]:
    """Meanwhile ``Llama(...)`` reports its load progress, and stops loading once ``cancel`` is set.

    ``Llama`` has no parameter for llama.cpp's progress callback, so its default model params
    (``llama_model_default_params``, read once per ``Llama``) get the callback for the duration.
    Loads happen on one thread at a time (the engine's), so nothing else sees the change.
    """
    if report is None and cancel is None:
        yield
        return
    import llama_cpp.llama_cpp as low

    original = low.llama_model_default_params

    reported = [-1.0]

    @low.llama_progress_callback
    def progress(fraction: float, _data: ctypes.c_void_p) -> bool:
        value = min(max(float(fraction), 0.0), 1.0)
        step = value - reported[0] >= 0.01 or (value == 1.0 and reported[0] < 1.0)
        if report is not None and step:
            reported[0] = value  # steps of 1% at least: llama.cpp calls this per tensor
            report(value)
        return cancel is None or not cancel.is_set()

    def with_progress() -> low.llama_model_params:
        params = original()
        params.progress_callback = progress
        return params

    low.llama_model_default_params = with_progress
    try:
        yield
    finally:
        low.llama_model_default_params = original


class _Utf8Stream:
    """Turns token bytes into text without ever splitting a multi-byte character."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def feed(self, data: bytes) -> str:
        return self._decoder.decode(data)

    def flush(self) -> str:
        return self._decoder.decode(b"", final=True)


class _Window:
    """Tokens decoded, and the wall and CPU seconds spent inside llama.cpp for them."""

    def __init__(self) -> None:
        self.tokens, self.wall_s, self.cpu_s = 0, 0.0, 0.0

    def add(self, wall_s: float, cpu_s: float) -> None:
        self.tokens += 1
        self.wall_s += wall_s
        self.cpu_s += cpu_s

    def sample(self, n_threads: int) -> RateSample:
        return RateSample(n_threads, self.tokens, self.wall_s, self.cpu_s)


class LocalEngine:
    """A loaded GGUF model. Owned by one thread: create, stream and close it on that thread.

    llama.cpp calls :meth:`_should_abort` from inside ``llama_decode`` (on that same thread) to
    learn whether the running answer's stop event is set.
    """

    route: Literal["local", "hosted"] = "local"
    provider = "llama.cpp"

    def __init__(self, path: str | Path, options: LoadOptions | None = None) -> None:
        self.path = Path(path)
        options = options or LoadOptions()
        try:
            self.info: GGUFInfo = read_gguf(self.path)
        except GGUFError as exc:
            raise ModelLoadError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{name} cannot be used: {reason}."),
                    name=self.path.name,
                    reason=exc.args[0] if exc.args else str(exc),
                )
            ) from exc
        probe = _Probe.start(self.path, options.n_gpu_layers) if options.probe else None
        try:
            import llama_cpp  # meanwhile: the child imports it too, on the other core

            if probe is not None:
                probe.wait(cancel=options.cancel)
        finally:
            if probe is not None:
                probe.close()
        self._llama_cpp = llama_cpp
        start_threads = options.n_threads or default_thread_count()
        fixed = options.n_threads > 0
        self._applied_threads = (start_threads, start_threads)
        trained = self.info.context_length or 2048
        n_ctx = max(512, min(trained, options.context_cap))
        others = OtherProgramsLoad()  # measured meanwhile: where the thread count starts
        try:
            with (
                _llama_log() as llama_log,
                _load_progress(options.on_progress, options.cancel),
                others,
            ):
                self._llm = llama_cpp.Llama(
                    model_path=str(self.path),
                    n_ctx=n_ctx,
                    n_threads=start_threads,
                    n_threads_batch=start_threads,
                    n_gpu_layers=options.n_gpu_layers,
                    verbose=False,
                )
        except (ValueError, RuntimeError, OSError) as exc:
            if "unknown model architecture" in "".join(llama_log):
                raise ModelLoadError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "{name} is a “{architecture}” model, an architecture this version of "
                            "llama.cpp does not know.",
                        ),
                        name=self.path.name,
                        architecture=self.info.architecture,
                    ),
                    Text(QT_TRANSLATE_NOOP("Core", "Pick another model, or update Hearth.")),
                ) from exc
            raise ModelLoadError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "llama.cpp could not load {name} ({error})."),
                    name=self.path.name,
                    error=str(exc),
                ),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The file may be damaged, or this machine may lack the memory for it.",
                    )
                ),
            ) from exc
        begin = threads_beside(others.cpus, start_threads)
        self._decode_threads = ThreadPolicy(start_threads, fixed=fixed, begin=begin)
        self._prefill_threads = ThreadPolicy(start_threads, fixed=fixed, begin=begin)
        self.closed = False
        self._stop: threading.Event | None = None
        # the conversation the next stream() answers (None: unnamed, e.g. a server request);
        # stream() consumes it, so each caller sets it right before
        self.conversation_key: str | None = None
        self._serving: str | None = None  # the conversation whose tokens the KV cache holds
        self._kv = (
            KVCache(options.kv_cache_dir or default_folder(), options.kv_cache_limit_mb << 20)
            if options.kv_cache_limit_mb > 0
            else None
        )
        st = self.path.stat()
        self._identity = (
            f"{self.path.resolve()}|{st.st_size}|{st.st_mtime_ns}|{self.info.architecture}"
            f"|ctx{n_ctx}|gpu{options.n_gpu_layers}|llama-cpp-python {llama_cpp.__version__}"
        )
        # llama.cpp keeps only a raw pointer to the callback: this reference keeps it alive
        self._abort_callback = llama_cpp.ggml_abort_callback(self._should_abort)
        llama_cpp.llama_set_abort_callback(self._llm.ctx, self._abort_callback, None)
        self._apply_threads()
        self.n_ctx = self._llm.n_ctx()
        self._vocab = self._llm._model.vocab
        self.model = self.path.name
        name = model_name(self.path, self.info)
        self.label: str = Text(QT_TRANSLATE_NOOP("Core", "{name} (local)"), name=name)
        self._piece_buf = ctypes.create_string_buffer(256)
        try:
            self._template = self._load_template()
        except EngineError:
            self.close()
            raise

    def _load_template(self) -> ChatTemplate:
        """The model's chat template, compiled and tried on a sample chat (like the weights)."""
        from llama_cpp import llama_chat_format

        eos_id, bos_id = self._llm.token_eos(), self._llm.token_bos()
        model = self._llm._model
        try:
            template = ChatTemplate(
                self.info.chat_template or llama_chat_format.CHATML_CHAT_TEMPLATE,
                eos_token=model.token_get_text(eos_id) if eos_id != -1 else "",
                bos_token=model.token_get_text(bos_id) if bos_id != -1 else "",
            )
            template.render(SAMPLE_CONVERSATION)
        except TemplateError as exc:
            raise ModelLoadError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "{name} cannot be used. {reason}"),
                    name=self.path.name,
                    reason=_sentence(exc),
                ),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The model file's chat template is broken or unsafe; try another model.",
                    )
                ),
            ) from exc
        return template

    @property
    def n_threads(self) -> int:
        """Threads generating tokens now (the policy may lower it while the machine is busy)."""
        return self._decode_threads.choice.n_threads

    # ------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Save the served conversation's state (when there is a cache), then free the model."""
        if not self.closed:
            self.closed = True
            self._save_served()
            self._llm.close()
            if self._kv is not None:
                self._kv.flush()

    # ------------------------------------------------------------------------------------------
    # saved states (app.core.kv_cache)

    def _leave(self, key: str | None) -> bool:
        """Before serving ``key``: save the state of what was served until now, if it changes.

        An unnamed state (the server's requests) is saved under a name made from its first
        tokens, so a client's conversation keeps one file that grows with it. Returns whether a
        saved state is worth looking for: ``key`` names a conversation other than the one in
        memory, or the request is unnamed (a saved state may share a longer prefix than memory).
        """
        moved = key != self._serving
        if moved:
            self._save_served()
        self._serving = key
        return self._kv is not None and (moved or key is None)

    def _save_served(self) -> None:
        """Hand the state in memory to the cache (written on its thread), if there is one."""
        llm = self._llm
        if self._kv is None or llm.n_tokens == 0:
            return
        try:
            data = self._state_bytes()
        except RuntimeError as exc:
            log.warning("could not read the state of %s (%s)", self._serving, exc)
            return
        tokens = [int(t) for t in llm._input_ids[: llm.n_tokens]]
        self._kv.save(self._identity, self._serving or _unnamed_key(tokens), tokens, data)

    def _state_bytes(self) -> ctypes.Array[ctypes.c_uint8]:
        """llama.cpp's state, in a buffer of its own (handed to the cache writer as it is)."""
        ctx = self._llm.ctx
        size = self._llama_cpp.llama_state_get_size(ctx)
        buf = (ctypes.c_uint8 * size)()
        n = self._llama_cpp.llama_state_get_data(ctx, buf, size)
        if n <= 0 or n > size:
            raise RuntimeError(f"llama_state_get_data returned {n} of {size} bytes")
        return buf if n == size else (ctypes.c_uint8 * n).from_buffer(buf)

    def _restore(self, tokens: list[int], key: str | None) -> None:
        """Load the saved state of ``key`` (None: the saved state sharing the longest prefix
        with ``tokens``) when it shares more of ``tokens`` than memory does.

        Only a prefix is ever trusted: :meth:`_prefill` then cuts the cache back to the part
        that matches ``tokens``, exactly as it does for the in-memory cache. llama.cpp reads the
        state straight from the memory-mapped file (:meth:`KVCache.open`), without a copy.
        """
        assert self._kv is not None
        llm = self._llm
        started = time.perf_counter()
        prompt = tokens[:-1]  # the last prompt token is always evaluated (for its logits)
        in_memory = common_prefix(llm._input_ids[: llm.n_tokens], prompt)
        opened = (
            self._kv.open(self._identity, key)
            if key is not None
            else self._kv.open_longest(self._identity, prompt, more_than=in_memory)
        )
        with opened as saved:
            if saved is None or common_prefix(saved.tokens, prompt) <= in_memory:
                return
            size = saved.data.nbytes
            src = (ctypes.c_uint8 * size).from_buffer(saved.data)
            try:
                accepted = self._llama_cpp.llama_state_set_data(llm.ctx, src, size)
            finally:
                del src  # the mapping closes when the block ends: nothing may point into it
        if accepted != size:
            log.warning("llama.cpp refused the saved state of %s; re-reading it", key)
            llm._ctx.kv_cache_clear()
            llm.reset()
            return
        n = len(saved.tokens)
        llm._ctx.kv_cache_seq_rm(-1, n, -1)
        llm.input_ids[:n] = saved.tokens
        llm.n_tokens = n
        log.info(
            "restored %s: %d tokens in %.0f ms",
            key or "a saved state",
            n,
            (time.perf_counter() - started) * 1000,
        )

    def _should_abort(self, _data: ctypes.c_void_p) -> bool:
        stop = self._stop
        return stop is not None and stop.is_set()

    def _render(
        self, messages: list[ChatMessage], stop: threading.Event | None = None
    ) -> list[int]:
        try:
            prompt = self._template.render(
                [{"role": m.role, "content": m.content} for m in messages], stop
            )
        except TemplateStopped:
            raise
        except TemplateError as exc:
            raise EngineError(
                _sentence(exc),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "The model file's template is broken or unsafe; try another model."
                    )
                ),
            ) from exc
        return self._llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)

    def fit_to_context(
        self, messages: list[ChatMessage], max_tokens: int, stop: threading.Event | None = None
    ) -> tuple[list[int], int]:
        """Prompt tokens for the longest recent history that fits; and how many were dropped."""
        room = min(max(max_tokens, 1), max(MIN_ANSWER_ROOM, self.n_ctx // 4))
        budget = self.n_ctx - room
        system = [m for m in messages[:1] if m.role == "system"]
        rest = messages[len(system) :]
        tokens = self._render(system + rest, stop)
        if len(tokens) > budget and len(rest) > 1:
            last = self._render(system + rest[-1:], stop)  # fail fast on one oversized message
            if len(last) > budget:
                rest, tokens = rest[-1:], last
        dropped = 0
        while len(tokens) > budget:
            if len(rest) <= 1:
                raise EngineError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "The message is too long for this model: it needs {tokens:,} tokens "
                            "and the model's context holds {context:,} (with room for the answer).",
                        ),
                        tokens=len(tokens),
                        context=self.n_ctx,
                    ),
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "Shorten the message, or pick a model with a longer context."
                        )
                    ),
                )
            # drop the oldest exchange: a user turn and the answers that followed it
            cut = 1
            while cut < len(rest) - 1 and rest[cut].role != "user":
                cut += 1
            rest = rest[cut:]
            dropped += cut
            tokens = self._render(system + rest, stop)
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

    def _apply_threads(self) -> None:
        wanted = (self._decode_threads.choice.n_threads, self._prefill_threads.choice.n_threads)
        if wanted != self._applied_threads:
            self._llama_cpp.llama_set_n_threads(self._llm.ctx, *wanted)
            self._applied_threads = wanted

    def _aborted(self, exc: RuntimeError, stop: threading.Event) -> None:
        """After a failed decode: Stop aborted it (trim the cache), or llama.cpp really failed.

        An aborted ``llama_decode`` may leave the part of the batch it finished in the KV cache;
        ``n_tokens`` and ``_input_ids`` still describe only what was accepted, so the cache is cut
        back to them and the next turn reuses exactly that prefix.
        """
        llm = self._llm
        if not llm._ctx.kv_cache_seq_rm(-1, llm.n_tokens, -1):
            llm.reset()
        if not stop.is_set():
            raise EngineError(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core", "llama.cpp failed while computing the answer ({error})."
                    ),
                    error=str(exc),
                ),
                Text(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Try again; if it keeps failing, lower the context size in Settings.",
                    )
                ),
            ) from exc

    def _prefill(self, tokens: list[int], stop: threading.Event) -> Generator[Delta, None, int]:
        """Evaluate all but the last prompt token, reusing the cached prefix; returns its size.
        Yields the reading progress before the first chunk and after each one."""
        llm = self._llm
        reuse = common_prefix(llm._input_ids[: llm.n_tokens], tokens[:-1])
        if reuse < llm.n_tokens:
            if not llm._ctx.kv_cache_seq_rm(-1, reuse, -1):
                llm.reset()
                reuse = 0
            llm.n_tokens = reuse
        yield Delta(prefill=Prefill(len(tokens), reuse, reuse))
        for start in range(llm.n_tokens, len(tokens) - 1, PREFILL_CHUNK):
            if stop.is_set():
                break
            chunk = tokens[start : min(start + PREFILL_CHUNK, len(tokens) - 1)]
            threads = self._applied_threads[1]
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                llm.eval(chunk)
            except RuntimeError as exc:
                self._aborted(exc, stop)
                break
            sample = RateSample(
                threads, len(chunk), time.perf_counter() - wall, time.process_time() - cpu
            )
            self._prefill_threads.record(sample)
            self._apply_threads()
            yield Delta(prefill=Prefill(len(tokens), start + len(chunk), reuse))
        return reuse

    def stream(
        self, messages: list[ChatMessage], params: GenerationParams, stop: threading.Event
    ) -> Iterator[Delta]:
        if self.closed:
            raise EngineError(_UNLOADED, _PICK_AGAIN)
        start = time.perf_counter()
        key, self.conversation_key = self.conversation_key, None
        restore = self._leave(key)
        self._stop = stop
        try:
            try:
                tokens, dropped = self.fit_to_context(messages, params.max_tokens, stop)
            except TemplateStopped:
                yield Delta(usage=Usage(total_s=time.perf_counter() - start))
                return
            if dropped:
                yield Delta(notice=_dropped_notice(messages, dropped, self.n_ctx))
            usage = Usage(prompt_tokens=len(tokens), dropped_messages=dropped)
            yield from self._answer(tokens, params, stop, start, usage, key, restore)
        finally:
            self._stop = None

    def complete(
        self, prompt: str, params: GenerationParams, stop: threading.Event
    ) -> Iterator[Delta]:
        """Continue raw ``prompt`` text, without the chat template (the server's completions).

        Like :meth:`stream`, on the engine's thread: the cached prefix (in memory or saved) is
        reused, ``stop`` aborts llama.cpp mid-chunk and mid-token, and the last delta carries
        usage. Raises :class:`EngineError` when the prompt leaves no room in the context.
        """
        if self.closed:
            raise EngineError(_UNLOADED, _PICK_AGAIN)
        start = time.perf_counter()
        restore = self._leave(None)
        tokens = self._llm.tokenize(prompt.encode("utf-8"), add_bos=True, special=False)
        if not tokens or len(tokens) >= self.n_ctx:
            raise EngineError(
                f"The prompt does not fit this model: it needs {len(tokens):,} tokens and the "
                f"model's context holds {self.n_ctx:,} (with room for the answer).",
                "Shorten the prompt, or pick a model with a longer context.",
            )
        self._stop = stop
        try:
            usage = Usage(prompt_tokens=len(tokens))
            yield from self._answer(tokens, params, stop, start, usage, None, restore)
        finally:
            self._stop = None

    def _answer(
        self,
        tokens: list[int],
        params: GenerationParams,
        stop: threading.Event,
        start: float,
        usage: Usage,
        key: str | None,
        restore: bool,
    ) -> Iterator[Delta]:
        """The one way an answer is made: reuse what is cached, read the rest, then sample.

        ``restore``: look for a saved state (of ``key``; for an unnamed request, the saved state
        that shares the longest prefix with ``tokens``).
        """
        if restore:
            self._restore(tokens, key)
        self._apply_threads()
        used = self._decode_threads.choice
        usage.n_threads, usage.thread_reason = used.n_threads, used.reason
        usage.cached_prompt_tokens = yield from self._prefill(tokens, stop)
        if not stop.is_set():
            yield from self._sample(tokens, params, stop, start, usage)
        usage.total_s = time.perf_counter() - start
        yield Delta(usage=usage)

    def _sample(
        self,
        tokens: list[int],
        params: GenerationParams,
        stop: threading.Event,
        start: float,
        usage: Usage,
    ) -> Iterator[Delta]:
        """Sample the answer token by token after :meth:`_prefill`, counting into ``usage``."""
        self._llm.set_seed(params.seed if params.seed >= 0 else self._llama_cpp.LLAMA_DEFAULT_SEED)
        text = _Utf8Stream()
        limit = min(params.max_tokens, self.n_ctx - len(tokens))
        gen = self._llm.generate(tokens, temp=params.temperature, top_p=params.top_p, reset=True)
        window = _Window()
        try:
            while True:
                wall, cpu = time.perf_counter(), time.process_time()
                try:
                    token = next(gen)
                except StopIteration:
                    break
                except RuntimeError as exc:
                    self._aborted(exc, stop)
                    break
                window.add(time.perf_counter() - wall, time.process_time() - cpu)
                # a turn's first stretch and a try of one thread more are short: a load that
                # came since the last turn, or a failed try, then costs only a few slow tokens
                first = usage.completion_tokens < ThreadPolicy.MIN_TOKENS
                short = first or self._decode_threads.probing
                if window.tokens == (ThreadPolicy.MIN_TOKENS if short else DECODE_WINDOW):
                    self._decode_threads.record(window.sample(self._applied_threads[0]))
                    self._apply_threads()
                    window = _Window()
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


def _unnamed_key(tokens: list[int]) -> str:
    """The cache key of an unnamed state (a server request's): its first tokens."""
    head = ",".join(map(str, tokens[:UNNAMED_KEY_TOKENS]))
    return "request:" + hashlib.sha256(head.encode()).hexdigest()


_UNLOADED = Text(QT_TRANSLATE_NOOP("Core", "The model was unloaded."))
_PICK_AGAIN = Text(QT_TRANSLATE_NOOP("Core", "Pick a model again."))


def _sentence(exc: Exception) -> str:
    text = str(exc).strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _dropped_notice(messages: list[ChatMessage], dropped: int, n_ctx: int) -> Text:
    """Say which messages were left out: how many, and the words they started with."""
    first = 1 if messages and messages[0].role == "system" else 0
    gone = messages[first : first + dropped]
    quote = " ".join(gone[0].content.split())
    quote = quote if len(quote) <= 40 else quote[:39] + "…"
    if dropped == 1:
        template = QT_TRANSLATE_NOOP(
            "Core",
            "The oldest message of this chat (from “{quote}”) did not fit in the model's context "
            "of {context:,} tokens and was left out of this answer.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Core",
            "The {count} oldest messages of this chat (from “{quote}”) did not fit in the model's "
            "context of {context:,} tokens and were left out of this answer.",
        )
    return Text(template, count=dropped, quote=quote, context=n_ctx)


def probe_main(path: str, n_gpu_layers: int = 0) -> int:
    """Child-process side of :func:`probe_in_subprocess`.

    Loads the file (which also renders its chat template on a sample chat), evaluates one token
    and exits 0; a failure it understands is printed as one JSON line for the parent.
    """
    try:
        # one thread: the probe only proves the file loads, and must not crowd a busy machine
        options = LoadOptions(1, context_cap=512, probe=False, n_gpu_layers=n_gpu_layers)
        engine = LocalEngine(path, options)
        engine._llm.eval(engine._llm.tokenize(b"Hello", add_bos=True))
        engine.close()
    except EngineError as exc:
        report = {"message": as_data(exc.args[0] if exc.args else ""), "hint": as_data(exc.hint)}
        print(PROBE_ERROR_PREFIX + json.dumps(report), file=sys.stderr, flush=True)
        return 1
    return 0
