"""``hearth network-log [--since DATE] [--json]``: the network ledger from a terminal.

Prints every lookup and connection Hearth (and the child processes it started) made or refused
in the last 30 days, oldest first, with a connection's bytes sent and received where known: a
table, or with ``--json`` a JSON array of objects (``time`` in seconds since the epoch; ``sent``
and ``received`` in bytes, null when not known). ``--since`` takes a date (``2026-11-29``) or a
date and time (``2026-11-29T20:30``) in this computer's time zone. Exit codes: 0 done, 2 bad
usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import TextIO

from app.cli_common import EXIT_OK, parse_args
from app.core.network_ledger import RETENTION_DAYS, local_time, read_events, traffic_text


def _since(text: str) -> float:
    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hearth network-log",
        description=f"Every connection Hearth made or refused in the last {RETENTION_DAYS} days.",
    )
    parser.add_argument(
        "--since", type=_since, metavar="DATE", help="only from this date (YYYY-MM-DD[THH:MM])"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    return parser


def main(argv: list[str], out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = parse_args(build_parser(), argv)
    if isinstance(args, int):
        return args
    events = read_events(since=args.since)
    if args.json:
        json.dump([e.to_dict() for e in events], out, indent=1)
        out.write("\n")
        return EXIT_OK
    if not events:
        out.write("No network use recorded.\n")
        return EXIT_OK
    rows = [
        (
            local_time(e.time),
            e.kind,
            e.where,
            e.purpose,
            ("allowed" if e.allowed else "refused") + (" (this computer)" if e.local else ""),
            traffic_text(e),
        )
        for e in events
    ]
    header = ("time", "what", "where", "purpose", "", "")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")
    return EXIT_OK
