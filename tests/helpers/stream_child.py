"""Child process for the kill test: stream a long answer into the store until killed."""

from __future__ import annotations

import sys
import threading

from app.core import paths
from app.core.chat import run_turn
from app.core.engines.base import GenerationParams
from app.core.engines.local import LoadOptions, LocalEngine
from app.core.store import ConversationStore
from tests.helpers.endless import never_end


def main(model: str) -> None:
    store = ConversationStore(paths.database_path())
    conv = store.create_conversation("Counting")
    store.add_message(conv.id, "user", "Count from 1 to 1000, one number per line.")
    engine = LocalEngine(model, LoadOptions(probe=False))
    never_end(engine)
    print("streaming", flush=True)
    run_turn(
        store,
        engine,
        conv.id,
        GenerationParams(temperature=0.0, max_tokens=4000),
        threading.Event(),
        checkpoint_s=1.0,
    )


if __name__ == "__main__":
    main(sys.argv[1])
