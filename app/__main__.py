"""Entry point: ``hearth`` / ``python -m app``.

``hearth``                      open the window
``hearth --model PATH``         open the window with a GGUF file imported and selected
``hearth --self-test [--model PATH]``  headless health check; exit 0 when the model answers
``hearth models list|pull ID|verify [ID]|rm ID``  the model catalog from a terminal
``hearth search QUERY`` / ``export …`` / ``import PATH``  conversations from a terminal
"""

from __future__ import annotations

import argparse
import sys

from app import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hearth", description=f"{APP_NAME}: private AI chat.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
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
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["models"]:
        from app.models_cli import main as models_main

        return models_main(argv[1:])
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
