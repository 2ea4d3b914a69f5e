"""``hearth models ...``: the model catalog from a terminal, for people who script their machines.

``hearth models list``          the catalog, with size, license, memory fit and what is installed
``hearth models pull ID``       download, verify and install one model (resumes a partial file)
``hearth models verify [ID]``   check installed files against their pinned SHA-256
``hearth models rm ID``         delete an installed model and any partial download; refused
                                while an open Hearth uses it (``--force`` deletes it anyway)

Exit codes: 0 done; 1 the operation failed (download error, hash mismatch, model in use); 2 bad
usage or an unknown model id; 3 the model is not installed; 130 interrupted (a pull keeps its
partial file and continues from there next time).
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

from app.cli_common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_NOT_INSTALLED,
    EXIT_OK,
    EXIT_USAGE,
    interruptible,
    parse_args,
)
from app.core import paths
from app.core.catalog import Catalog, CatalogEntry, fits_in_memory, load_catalog
from app.core.downloads import (
    DownloadCancelled,
    DownloadError,
    DownloadJob,
    DownloadProgress,
    file_sha256,
    is_installed,
    partial_bytes,
    remove_model,
)
from app.core.instance import another_instance_running
from app.core.settings import load_settings
from app.core.units import format_duration, human_bytes


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hearth models",
        description="List, download, verify and remove the models of Hearth's catalog.",
        epilog="Exit codes: 0 done, 1 failed, 2 bad usage or unknown id, 3 not installed, "
        "130 interrupted.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("list", help="show the catalog and what is installed")
    pull = commands.add_parser("pull", help="download, verify and install a model")
    pull.add_argument("id", help="the catalog id, as shown by `hearth models list`")
    verify = commands.add_parser("verify", help="check installed files against their pins")
    verify.add_argument("id", nargs="?", help="one model; all installed models when omitted")
    remove = commands.add_parser("rm", help="delete an installed model and any partial file")
    remove.add_argument("id", help="the catalog id")
    remove.add_argument(
        "--force", action="store_true", help="delete it even while an open Hearth is using it"
    )
    return parser


def main(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one ``hearth models`` command; the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = parse_args(build_parser(), argv)
    if isinstance(args, int):
        return args
    return interruptible(lambda: _run(args, out, err), err)


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    catalog = load_catalog()
    for problem in catalog.problems:
        err.write(f"warning: {problem}\n")
    if args.command == "list":
        return _list(catalog, out)
    entry = catalog.get(args.id) if args.id else None
    if args.id and entry is None:
        err.write(f"error: no model {args.id!r} in the catalog.\n")
        close = difflib.get_close_matches(args.id, [e.id for e in catalog.entries], n=3)
        if close:
            err.write(f"Did you mean: {', '.join(close)}?\n")
        err.write("Run `hearth models list` to see every id.\n")
        return EXIT_USAGE
    if args.command in ("pull", "rm"):
        try:
            paths.require_writable()
        except paths.DataFolderError as exc:
            err.write(f"error: {exc}\n")
            return EXIT_FAILED
    if args.command == "pull":
        assert entry is not None
        return _pull(entry, out, err)
    if args.command == "verify":
        return _verify(catalog, entry, out, err)
    assert entry is not None
    return _remove(entry, args.force, out, err)


def _list(catalog: Catalog, out: TextIO) -> int:
    header = ("ID", "NAME", "PARAMS", "SIZE", "LICENSE", "CONTEXT", "THIS MACHINE", "STATUS")
    rows = [header]
    for entry in catalog.entries:
        rows.append(
            (
                entry.id + (" *" if entry.recommended else ""),
                entry.name + (" (embedding, for documents)" if entry.kind == "embedding" else ""),
                entry.parameters,
                human_bytes(entry.size),
                entry.license,
                f"{entry.context_length:,}",
                fits_in_memory(entry).label,
                _status(entry),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        out.write(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            + "\n"
        )
    out.write("\n* recommended: ")
    out.write(
        ", ".join(f"{e.id} for {e.recommended} machines" for e in catalog.entries if e.recommended)
    )
    out.write(f"\nModels folder: {paths.models_dir()}\n")
    return EXIT_OK


def _status(entry: CatalogEntry) -> str:
    if is_installed(entry):
        return "installed"
    have = partial_bytes(entry)
    if have:
        return f"paused at {have / entry.size:.0%}"
    return "-"


class _ProgressBar:
    """A one-line progress bar on a terminal; a line per 10 % when the output is not a terminal."""

    WIDTH = 28

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        self.tty = stream.isatty()
        self._last_decile = -1
        self._drawn = False

    def update(self, progress: DownloadProgress) -> None:
        if progress.phase == "retrying":
            self._newline()
            self.stream.write(f"  {progress.message}\n")
        elif progress.phase in ("downloading", "checking"):
            self._draw(progress)
        elif progress.phase == "verifying":
            self._draw(progress)
            self._newline()
        self.stream.flush()

    def _draw(self, p: DownloadProgress) -> None:
        text = (
            f"{self.label} {self._bar(p.fraction)} {p.fraction:6.1%}  "
            f"{human_bytes(p.downloaded)}/{human_bytes(p.total)}"
        )
        if p.phase == "checking":
            text += "  checking the partial file"
        elif p.speed_bps > 0:
            text += f"  {human_bytes(p.speed_bps)}/s  ETA {format_duration(p.eta_s)}"
        if self.tty:
            self.stream.write("\r" + text.ljust(100)[:110])
            self._drawn = True
        elif int(p.fraction * 10) > self._last_decile:
            self._last_decile = int(p.fraction * 10)
            self.stream.write(text + "\n")

    def _bar(self, fraction: float) -> str:
        filled = int(fraction * self.WIDTH)
        return "[" + "#" * filled + "-" * (self.WIDTH - filled) + "]"

    def finish(self) -> None:
        """End the bar's line so that what follows starts on a fresh one."""
        self._newline()

    def _newline(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self._drawn = False


def _pull(entry: CatalogEntry, out: TextIO, err: TextIO) -> int:
    if is_installed(entry):
        out.write(f"{entry.id} is already installed: {entry.install_path()}\n")
        out.write(f"Run `hearth models verify {entry.id}` to check it against its pin.\n")
        return EXIT_OK
    bar = _ProgressBar(err, entry.id)
    job = DownloadJob(entry, on_progress=bar.update)
    outcome: list[BaseException | str] = []
    done = threading.Event()

    def work() -> None:
        try:
            outcome.append(str(job.run()))
        except BaseException as exc:  # handed to the main thread, which reports it
            outcome.append(exc)
        finally:
            done.set()

    worker = threading.Thread(target=work, name=f"pull-{entry.id}")
    worker.start()
    _wait_pausing_on_ctrl_c(done, job.pause)
    worker.join()
    bar.finish()
    result = outcome[0]
    if isinstance(result, DownloadCancelled):
        err.write(
            f"Paused at {human_bytes(partial_bytes(entry))} of {human_bytes(entry.size)}; run "
            f"`hearth models pull {entry.id}` again to continue.\n"
        )
        return EXIT_INTERRUPTED
    if isinstance(result, DownloadError):
        err.write(f"error: {result.message}\n")
        if result.hint:
            err.write(f"{result.hint}\n")
        return EXIT_FAILED
    if isinstance(result, BaseException):
        raise result
    out.write(f"Installed {entry.id} (SHA-256 verified): {result}\n")
    return EXIT_OK


def _wait_pausing_on_ctrl_c(done: threading.Event, pause: Callable[[], None]) -> None:
    """Wait until ``done`` is set; each Ctrl+C calls ``pause`` and the wait goes on.

    The wait is on an Event, not ``Thread.join``: before Python 3.13, a KeyboardInterrupt that
    lands inside ``join`` releases the running thread's state lock and marks the thread as
    finished (the bpo-45274 clean-up in ``threading._wait_for_tstate_lock``), so the next
    ``join`` returns at once, before the result exists.
    """
    while True:
        try:
            if done.wait(0.2):
                return
        except KeyboardInterrupt:
            pause()


def _verify(catalog: Catalog, entry: CatalogEntry | None, out: TextIO, err: TextIO) -> int:
    if entry is not None and not entry.install_path().is_file():
        err.write(f"{entry.id} is not installed. Run `hearth models pull {entry.id}`.\n")
        return EXIT_NOT_INSTALLED
    targets = [entry] if entry else [e for e in catalog.entries if e.install_path().is_file()]
    failed = 0
    for target in targets:
        path = target.install_path()
        started = time.monotonic()
        try:
            size = path.stat().st_size
            digest = file_sha256(path) if size == target.size else "(not computed: wrong size)"
        except OSError as exc:
            failed += 1
            out.write(f"BAD   {target.id}  {path}\n      cannot be read: {exc.strerror}\n")
            continue
        if digest == target.sha256 and size == target.size:
            out.write(f"OK    {target.id}  {path}  ({time.monotonic() - started:.1f} s)\n")
            continue
        failed += 1
        out.write(
            f"BAD   {target.id}  {path}\n      expected SHA-256 {target.sha256} "
            f"({target.size:,} bytes)\n      found    SHA-256 {digest} ({size:,} bytes)\n"
            f"      Run `hearth models rm {target.id}` and pull it again.\n"
        )
    if entry is None:
        known = {e.filename for e in catalog.entries}
        for path in sorted(paths.models_dir().glob("*.gguf")):
            if path.name not in known:
                out.write(f"note  {path.name} is not in the catalog; there is no pin to check.\n")
        if not targets:
            out.write("No catalog models are installed.\n")
    return EXIT_FAILED if failed else EXIT_OK


def _remove(entry: CatalogEntry, force: bool, out: TextIO, err: TextIO) -> int:
    if not force and _in_use(entry):
        err.write(
            f"error: Hearth is using {entry.install_path().name}; close it first or use --force.\n"
        )
        return EXIT_FAILED
    removed = remove_model(entry)
    if not removed:
        err.write(f"{entry.id} is not installed; nothing was removed.\n")
        return EXIT_NOT_INSTALLED
    for path in removed:
        out.write(f"Removed {path}\n")
    return EXIT_OK


def _in_use(entry: CatalogEntry) -> bool:
    """Whether an open Hearth window has ``entry``'s file as its model (read from the settings
    that window keeps, when another Hearth holds the data folder's lock)."""
    path = entry.install_path()
    if not path.is_file() or not another_instance_running():
        return False
    chosen = load_settings()[0].local.model_path
    try:
        return bool(chosen) and os.path.samefile(chosen, path)
    except OSError:  # the chosen file is gone: it is not this one
        return False
