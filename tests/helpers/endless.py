"""Make the real model's answer run on: a test that must stop or kill a long answer uses this."""

from __future__ import annotations

from typing import Any

from app.core.engines.local import LocalEngine


def never_end(engine: LocalEngine) -> None:
    """Ban the end-of-answer token, so the answer runs until the process is killed."""
    import llama_cpp
    import numpy as np

    llm = engine._llm
    eos, generate = llm.token_eos(), llm.generate

    def no_eos(_ids: object, logits: np.ndarray) -> np.ndarray:
        logits[eos] = -np.inf
        return logits

    def generate_without_end(tokens: list[int], **kwargs: Any) -> Any:
        return generate(tokens, logits_processor=llama_cpp.LogitsProcessorList([no_eos]), **kwargs)

    llm.generate = generate_without_end  # type: ignore[method-assign]
