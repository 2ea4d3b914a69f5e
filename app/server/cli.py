"""``hearth serve``: the local OpenAI-compatible server without a window, until Ctrl+C.

``hearth serve [--port N] [--host H] [--model PATH|ID] [--show-token]``

Serves one local model (the file or catalog id given, else the model Hearth used last, else the
starter model) at ``http://HOST:PORT/v1``. Clients send ``Authorization: Bearer <token>``; the
token is kept in the keychain and printed only with ``--show-token``. One line per request goes
to standard output (never prompt text). Exit codes: 0 stopped with Ctrl+C; 1 the server could
not start (port in use, model failed to load, no keychain); 2 bad usage or unknown model id.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path
from typing import TextIO

from app.cli_common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, interruptible, parse_args
from app.core.catalog import load_catalog
from app.core.downloads import is_installed
from app.core.engines.base import ModelLoadError
from app.core.engines.local import LoadOptions
from app.core.models import starter_model_path
from app.core.secrets import NoKeychainError
from app.core.settings import Settings, load_settings
from app.server.api import ServerConfig, create_app
from app.server.gateway import LocalGateway
from app.server.requestlog import RequestLog, RequestRecord
from app.server.runner import ServerError, bind, is_loopback, serve_forever
from app.server.token import TOKEN_NAME, server_token


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hearth serve",
        description="Serve a local model through an OpenAI-compatible API until Ctrl+C.",
    )
    parser.add_argument("--port", type=int, help="the port to listen on (default: Settings)")
    parser.add_argument(
        "--host", help="the address to listen on (default 127.0.0.1: this machine only)"
    )
    parser.add_argument("--model", metavar="PATH|ID", help="a GGUF file or a catalog model id")
    parser.add_argument(
        "--show-token", action="store_true", help="print the access token clients must send"
    )
    return parser


class _UsageError(Exception):
    pass


def _model_path(wanted: str | None, settings: Settings) -> Path:
    """The model to serve: a file, an installed catalog model, the last used, the starter."""
    if wanted:
        if Path(wanted).is_file():
            return Path(wanted)
        entry = load_catalog().get(wanted)
        if entry is None:
            raise _UsageError(
                f"{wanted!r} is neither a model file nor a catalog id (see `hearth models list`)."
            )
        if not is_installed(entry):
            raise _UsageError(f"{entry.id} is not installed; run `hearth models pull {entry.id}`.")
        return entry.install_path()
    if settings.local.model_path and Path(settings.local.model_path).is_file():
        return Path(settings.local.model_path)
    starter = starter_model_path()
    if starter is None:
        raise _UsageError("No model to serve: pass --model PATH or a catalog id.")
    return starter


def main(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``hearth serve``; the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = parse_args(build_parser(), argv)
    if isinstance(args, int):
        return args
    settings, problem = load_settings()
    if problem:
        err.write(f"warning: {problem}\n")
    host = args.host or settings.server.host
    port = settings.server.port if args.port is None else args.port
    try:
        path = _model_path(args.model, settings)
        token = server_token()
    except _UsageError as exc:
        err.write(f"error: {exc}\n")
        return EXIT_USAGE
    except NoKeychainError as exc:
        err.write(f"error: {exc} The variable for this token is HEARTH_SERVER_TOKEN.\n")
        return EXIT_FAILED
    serve = functools.partial(_serve, path, host, port, token, settings, args.show_token, out, err)
    return interruptible(serve, out, "Stopped.", EXIT_OK)  # Ctrl+C is how a server is stopped


def _serve(
    path: Path,
    host: str,
    port: int,
    token: str,
    settings: Settings,
    show_token: bool,
    out: TextIO,
    err: TextIO,
) -> int:
    try:
        sock = bind(host, port)
    except ServerError as exc:
        err.write(f"error: {exc}\n")
        return EXIT_FAILED
    local = settings.local
    gateway = LocalGateway(
        path, LoadOptions(local.n_threads, local.context_cap, local.n_gpu_layers)
    )
    try:
        out.write(f"Loading {path.name}…\n")
        out.flush()
        try:
            served = gateway.start()
        except ModelLoadError as exc:
            err.write(f"error: {exc.user_message()}\n")
            return EXIT_FAILED
        log = RequestLog()
        log.add_listener(lambda record: _print_record(record, out))
        config = ServerConfig(
            token, tuple(settings.server.cors_origins), settings.server.log_prompts
        )
        bound_host, bound_port = sock.getsockname()[:2]
        url_host = f"[{bound_host}]" if ":" in str(bound_host) else bound_host
        out.write(f"Serving {served.id} at http://{url_host}:{bound_port}/v1 (Ctrl+C stops)\n")
        if show_token:
            out.write(f"Access token: {token}\n")
        else:
            out.write(
                "Clients send 'Authorization: Bearer <token>'; print the token with "
                f"`hearth serve --show-token` (keychain entry Hearth/{TOKEN_NAME}).\n"
            )
        if not is_loopback(host):
            out.write(
                f"warning: listening on {host}: other machines that can reach it may connect "
                "(they still need the token).\n"
            )
        out.flush()
        serve_forever(create_app(gateway, config, log), sock)
    finally:
        gateway.close()
        sock.close()
    out.write("Stopped.\n")
    return EXIT_OK


def _print_record(record: RequestRecord | None, out: TextIO) -> None:
    if record is not None:
        out.write(record.line() + "\n")
        out.flush()
