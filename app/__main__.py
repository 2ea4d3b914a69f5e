"""Entry point: ``hearth`` / ``python -m app``.

``hearth``                      open the window
``hearth --model PATH``         open the window with a GGUF file imported and selected
``hearth --self-test [--model PATH]``  headless health check; exit 0 when the model answers
``hearth models list|pull ID|verify [ID]|rm ID``  the model catalog from a terminal
``hearth network-log [--since DATE] [--json]``  every connection Hearth made or refused
``hearth serve [--port N] [--host H] [--model PATH|ID] [--show-token]``  the local API server
``hearth search QUERY`` / ``export …`` / ``import PATH``  conversations from a terminal
``hearth docs add|list|search|rm|reindex``  your document collections from a terminal

Every command, and every child process Hearth starts (they run this same ``main``), first installs
the network ledger's audit hook with the offline lock as saved in Settings.
"""

from __future__ import annotations

import argparse
import sys

from app import APP_NAME, version


class _ShowVersion(argparse.Action):
    """``--version``: the version is read only when asked for (its lookup is slow to import)."""

    def __init__(self, option_strings: list[str], **_kwargs: object) -> None:
        super().__init__(
            option_strings, argparse.SUPPRESS, nargs=0, help="show the version and exit"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(f"{APP_NAME} {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hearth", description=f"{APP_NAME}: private AI chat.")
    parser.add_argument("--version", action=_ShowVersion)
    parser.add_argument("--model", metavar="PATH", help="a GGUF model file to import and use")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="load the model, stream a short answer, print what was measured and exit",
    )
    parser.add_argument("--probe-model", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--probe-gpu-layers", type=int, default=0, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run what ``argv`` asks for; the exit status. Threads the GUI left running (a call that
    cannot be interrupted) end with the process instead of aborting it."""
    code = _run(argv)
    workers = sys.modules.get("app.ui.workers")
    if workers is not None:
        workers.end_process_cleanly(code)
    return code


def _run(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from app.core import network_ledger

    network_ledger.apply_stored_settings()
    if argv[:1] == ["network-log"]:
        from app.network_cli import main as network_log_main

        return network_log_main(argv[1:])
    if argv[:1] == ["models"]:
        from app.models_cli import main as models_main

        return models_main(argv[1:])
    if argv[:1] == ["docs"]:
        from app.documents_cli import main as documents_main

        return documents_main(argv[1:])
    if argv[:1] == ["serve"]:
        from app.server.cli import main as serve_main

        return serve_main(argv[1:])
    if argv[:1] and argv[0] in ("search", "export", "import"):
        from app.conversations_cli import main as conversations_main

        return conversations_main(argv)
    args = build_parser().parse_args(argv)
    if args.probe_model:
        from app.core.engines.local import probe_main

        return probe_main(args.probe_model, args.probe_gpu_layers)
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test(args.model)
    from app.ui.application import run_gui

    return run_gui(args.model)


if __name__ == "__main__":
    sys.exit(main())
