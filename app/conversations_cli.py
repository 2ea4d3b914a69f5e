"""``hearth search|export|import``: conversations from a terminal.

``hearth search QUERY``          one line per hit: conversation id, title, snippet (tab-separated;
                                 the matched words between « and »)
``hearth export [--conversation ID | --all] --format md|html|json -o PATH``
                                 write conversations to a file (``-o -``: standard output)
``hearth import PATH``           add the conversations of a Hearth JSON export, or of ChatGPT's
                                 ``conversations.json`` (or its export .zip)

Exit codes, as ``hearth models``: 0 done (search: hits found); 1 failed (search: no hits; a
refused import file or an unreadable database); 2 bad usage or an unknown conversation id.
It works beside an open Hearth: the database allows one writer at a time, and waits for it;
an answer the open Hearth is writing is left alone (only Hearth's own start marks an answer
left streaming as interrupted).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from app.cli_common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, parse_args
from app.core import paths
from app.core.encryption import database_key
from app.core.export import EXPORT_FORMATS, ImportRefused, export, read_import
from app.core.instance import another_instance_running
from app.core.settings import atomic_write_text
from app.core.store import ConversationStore, ConversationTree, StoreError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hearth",
        description="Search, export and import Hearth's conversations.",
        epilog="Exit codes: 0 done (search: found), 1 failed (search: nothing found), "
        "2 bad usage or unknown conversation.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    search = commands.add_parser("search", help="find words in every conversation")
    search.add_argument("query", nargs="+", help="the words to find (all of them)")
    search.add_argument("--limit", type=int, default=50, help="at most this many hits (50)")
    out = commands.add_parser("export", help="write conversations to a file")
    which = out.add_mutually_exclusive_group(required=True)
    which.add_argument("--conversation", type=int, metavar="ID", help="one conversation")
    which.add_argument("--all", action="store_true", help="every conversation, archived too")
    out.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    out.add_argument("-o", "--output", required=True, metavar="PATH", help="the file, or -")
    into = commands.add_parser("import", help="add conversations from a file")
    into.add_argument("path", type=Path, help="a Hearth JSON export or ChatGPT conversations.json")
    return parser


def main(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one command; the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = parse_args(build_parser(), argv)
    if isinstance(args, int):
        return args
    path = paths.database_path()
    try:
        key = database_key(path)  # encrypted at rest: the keychain's key
        store = ConversationStore(path, key=key, recover=not another_instance_running())
    except StoreError as exc:
        err.write(f"error: {exc}\n")
        return EXIT_FAILED
    try:
        if args.command == "search":
            return _search(store, " ".join(args.query), args.limit, out, err)
        if args.command == "export":
            return _export(store, args, out, err)
        return _import(store, args.path, out, err)
    except StoreError as exc:
        err.write(f"error: {exc}\n")
        return EXIT_FAILED
    finally:
        store.close()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _search(store: ConversationStore, query: str, limit: int, out: TextIO, err: TextIO) -> int:
    if limit < 1:
        err.write("error: --limit must be at least 1.\n")
        return EXIT_USAGE
    hits = store.search(query, limit)
    for hit in hits:
        out.write(f"{hit.conversation_id}\t{_one_line(hit.title)}\t{_one_line(hit.snippet)}\n")
    if not hits:
        err.write(f"No conversation holds {query!r}.\n")
        return EXIT_FAILED
    return EXIT_OK


def _export(store: ConversationStore, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    trees: list[ConversationTree] = []
    if args.all:
        for conversation in store.conversations(include_archived=True):
            tree = store.tree(conversation.id)
            if tree is not None:
                trees.append(tree)
    else:
        tree = store.tree(args.conversation)
        if tree is None:
            err.write(f"error: there is no conversation {args.conversation}.\n")
            return EXIT_USAGE
        trees.append(tree)
    text = export(trees, args.format)
    if args.output == "-":
        out.write(text)
        return EXIT_OK
    try:
        atomic_write_text(Path(args.output), text)
    except OSError as exc:
        err.write(f"error: cannot write {args.output}: {exc.strerror or exc}.\n")
        return EXIT_FAILED
    out.write(
        f"Exported {len(trees)} conversation{'s' if len(trees) != 1 else ''} to {args.output}\n"
    )
    return EXIT_OK


def _import(store: ConversationStore, path: Path, out: TextIO, err: TextIO) -> int:
    try:
        trees = read_import(path)
    except ImportRefused as exc:
        err.write(f"error: {exc} Nothing was imported.\n")
        return EXIT_FAILED
    created = store.import_trees(trees)
    messages = sum(len(t.messages) for t in trees)
    out.write(
        f"Imported {len(created)} conversation{'s' if len(created) != 1 else ''} "
        f"({messages:,} messages) from {path}\n"
    )
    return EXIT_OK
