"""Chat templates from model files render sandboxed and bounded: hostile ones fail fast."""

from __future__ import annotations

import threading

import pytest

from app.core.engines.chat_template import (
    SAMPLE_CONVERSATION,
    ChatTemplate,
    TemplateError,
    TemplateStopped,
)

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def template(source: str) -> ChatTemplate:
    return ChatTemplate(source, bos_token="<s>", eos_token="</s>")


def test_a_normal_template_renders_the_chat() -> None:
    prompt = template(CHATML).render(SAMPLE_CONVERSATION)
    assert prompt.startswith("<|im_start|>system\nYou are a helpful assistant.<|im_end|>")
    assert prompt.endswith("<|im_start|>assistant\n")


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
         "took too long"),
        ("{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
         "{{ f(60) }}", "took too long"),
        ("{% for c in 'x' * 100000 %}{% for d in 'y' * 100000 %}{% endfor %}{% endfor %}",
         "took too long"),
        ("{{ 'x' * 1000000000 }}", "value too large"),
        ("{{ [1, 2] * 1000000000 }}", "value too large"),
        ("{{ 10 ** 100000000 }}", "number too large"),
        ("{% for a in range(100000) %}{{ 'x' * 1000000 }}{% endfor %}", "wrote too much"),
        ("{{ raise_exception('no system messages') }}", "refused the chat: no system messages"),
        ("{{ cycler.__init__.__globals__ }}", "unsafe"),
    ],
)  # fmt: skip
def test_a_hostile_template_fails_fast_with_its_reason(source: str, reason: str) -> None:
    with pytest.raises(TemplateError, match=reason):
        template(source).render(SAMPLE_CONVERSATION, time_limit_s=60)


def test_the_deadline_ends_a_slow_template_even_within_the_step_budget() -> None:
    slow = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    with pytest.raises(TemplateError, match="took too long"):
        template(slow).render(SAMPLE_CONVERSATION, time_limit_s=0.0, max_steps=10**12)


def test_stop_ends_rendering() -> None:
    slow = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    stop = threading.Event()
    stop.set()
    with pytest.raises(TemplateStopped):
        template(slow).render(SAMPLE_CONVERSATION, stop, max_steps=10**12)


def test_a_broken_template_is_reported_when_compiled() -> None:
    with pytest.raises(TemplateError, match="cannot be read"):
        template("{% for m in messages %}")
