"""One engine protocol, several engines: local llama.cpp and hosted APIs look alike to the UI."""

from app.core.engines.base import (
    ChatMessage,
    Delta,
    Engine,
    EngineError,
    GenerationParams,
    Usage,
)

__all__ = ["ChatMessage", "Delta", "Engine", "EngineError", "GenerationParams", "Usage"]
