"""Render a model's own chat template safely: sandboxed, and bounded in time, work and size.

A GGUF file carries its chat template as Jinja source, so a downloaded file decides what code runs
when Hearth builds a prompt. Jinja's immutable sandbox stops it from reaching Python objects, but
not from running forever (``{% for a in range(100000) %}{% for b in range(100000) %}``) or from
building a gigabyte string. :class:`ChatTemplate` renders in Jinja's sandbox with a budget: every
loop iteration and every call counts, a deadline and the caller's stop event are checked as it
goes, ``*`` and ``**`` may not build huge values, and the output is capped. A template that runs
over raises :class:`TemplateError` quickly. Rendering happens on the caller's thread (the chat
worker); nothing is left running when it fails.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

import jinja2
import jinja2.ext
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

TIME_LIMIT_S = 10.0  # a real template renders a long chat in milliseconds, even on a busy machine
MAX_STEPS = 2_000_000  # loop iterations plus calls; the 100,000 x 100,000 loop hits this in ~1 s
MAX_OUTPUT_CHARS = 8 * 1024 * 1024  # far above any context a model has
MAX_VALUE = 1024 * 1024  # items or characters one ``*`` may build; bits one ``**`` may build

SAMPLE_CONVERSATION: list[dict[str, str]] = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Hello! What can you do?"},
    {"role": "assistant", "content": "I can answer questions and help you write."},
    {"role": "user", "content": "Tell me a short joke."},
]


class TemplateError(Exception):
    """The template failed, was refused by the sandbox, or ran over its budget."""


class TemplateStopped(TemplateError):
    """The caller's stop event was set while the template rendered."""


class _Budget:
    """Work left for one render; :meth:`spend` raises once the template has had enough."""

    def __init__(self, stop: threading.Event | None, time_limit_s: float, max_steps: int) -> None:
        self.stop = stop
        self.deadline = time.monotonic() + time_limit_s
        self.steps_left = max_steps

    def spend(self) -> None:
        self.steps_left -= 1
        if self.steps_left < 0:
            raise TemplateError(
                "The model's chat template took too long to render (too many steps)"
            )
        if self.steps_left % 256 == 0:
            if time.monotonic() > self.deadline:
                raise TemplateError("The model's chat template took too long to render")
            if self.stop is not None and self.stop.is_set():
                raise TemplateStopped("stopped while the chat template was rendering")


class _BoundedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, plus a per-render budget for loops, calls and big values."""

    intercepted_binops = frozenset(["*", "**"])

    def __init__(self) -> None:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        super().__init__(
            loader=jinja2.BaseLoader(),
            trim_blocks=True,
            lstrip_blocks=True,
            # the same extensions and filters llama-cpp-python (and Transformers) give templates
            extensions=[Jinja2ChatFormatter.IgnoreGenerationTags, jinja2.ext.loopcontrols],
        )
        self.filters["tojson"] = Jinja2ChatFormatter.tojson
        self.budget = _Budget(None, TIME_LIMIT_S, MAX_STEPS)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        __self.budget.spend()
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self.budget.spend()
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                sized = isinstance(seq, str | list | tuple) and isinstance(times, int)
                if sized and len(seq) * times > MAX_VALUE:
                    raise TemplateError("The model's chat template builds a value too large")
        powers = operator == "**" and isinstance(left, int) and isinstance(right, int)
        if powers and right > 0 and abs(left) > 1 and abs(left).bit_length() * right > MAX_VALUE:
            raise TemplateError("The model's chat template builds a number too large")
        return super().call_binop(context, operator, left, right)

    def counted(self, items: Iterable[Any]) -> Iterator[Any]:
        """Every ``{% for %}`` iterates through this, so each iteration spends budget."""
        for item in items:
            self.budget.spend()
            yield item


class ChatTemplate:
    """A compiled chat template. Not thread-safe: render it on one thread at a time."""

    def __init__(self, source: str, *, bos_token: str, eos_token: str) -> None:
        self._env = _BoundedEnvironment()
        self.bos_token, self.eos_token = bos_token, eos_token
        try:
            tree = self._env.parse(source)
            for loop in tree.find_all(nodes.For):  # iterate through the budget
                counted = nodes.EnvironmentAttribute("counted")  # a template cannot shadow it
                loop.iter = nodes.Call(counted, [loop.iter], [], None, None)
            self._template = self._env.from_string(tree)
        except jinja2.TemplateError as exc:
            raise TemplateError(f"The model's chat template cannot be read: {exc}") from exc

    def render(
        self,
        messages: list[dict[str, str]],
        stop: threading.Event | None = None,
        *,
        time_limit_s: float = TIME_LIMIT_S,
        max_steps: int = MAX_STEPS,
        max_output_chars: int = MAX_OUTPUT_CHARS,
    ) -> str:
        """The prompt for ``messages``, ending with the assistant's turn opening.

        Raises :class:`TemplateError` when the template fails or runs over its budget, and
        :class:`TemplateStopped` when ``stop`` is set while it renders.
        """
        self._env.budget = _Budget(stop, time_limit_s, max_steps)

        def raise_exception(message: str) -> None:
            raise TemplateError(f"The model's chat template refused the chat: {message}")

        def strftime_now(fmt: str) -> str:
            return time.strftime(fmt)

        out: list[str] = []
        size = 0
        try:
            for piece in self._template.generate(
                messages=messages,
                bos_token=self.bos_token,
                eos_token=self.eos_token,
                add_generation_prompt=True,
                raise_exception=raise_exception,
                strftime_now=strftime_now,
                functions=None,
                function_call=None,
                tools=None,
                tool_choice=None,
            ):
                size += len(piece)
                if size > max_output_chars:
                    raise TemplateError("The model's chat template wrote too much text")
                out.append(piece)
                self._env.budget.spend()
        except TemplateError:
            raise
        except RecursionError as exc:
            raise TemplateError("The model's chat template recursed too deeply") from exc
        except Exception as exc:  # jinja2 errors, sandbox violations, errors inside filters
            raise TemplateError(f"The model's chat template failed: {exc}") from exc
        return "".join(out)
