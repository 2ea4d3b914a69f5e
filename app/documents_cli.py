"""``hearth docs ...``: the user's document collections from a terminal.

``hearth docs add PATH... [--collection NAME]``   add folders or files to a collection (named
                                                 after the first folder unless given) and index
``hearth docs list``                             collections, their files, passages and problems
``hearth docs search QUERY [--collection NAME] [--top K] [--json]``
                                                 the best passages (BM25, and vectors when the
                                                 embedding model is installed), file and page
``hearth docs rm NAME``                          forget a collection (the files stay)
``hearth docs reindex [NAME]``                   bring one collection, or all, up to date

``add`` and ``reindex`` also embed new passages with the embedding model of the settings
(``documents.embedding_model``) when it is installed.

Progress and files that could not be read go to standard error; results to standard output.
Exit codes, as ``hearth models``: 0 done (search: passages found); 1 failed (search: nothing
found; the database unusable); 2 bad usage, a path that does not exist or an unknown collection;
130 interrupted (what was indexed so far is kept, and the next run goes on from there).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from app.cli_common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, interruptible, parse_args
from app.core import paths
from app.core.documents import DocumentIndex, DocumentsError, IndexProgress, IndexReport
from app.core.documents.vectors import embed_collection, hybrid_search, open_embedder
from app.core.settings import load_settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hearth docs",
        description="Index your documents on this computer and search them.",
        epilog="Exit codes: 0 done (search: found), 1 failed (search: nothing found), "
        "2 bad usage or unknown collection, 130 interrupted.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add = commands.add_parser("add", help="add folders or files to a collection and index them")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add.add_argument("--collection", metavar="NAME", help="the collection (default: folder name)")
    commands.add_parser("list", help="show the collections")
    search = commands.add_parser("search", help="find the passages that best match a question")
    search.add_argument("query", nargs="+", help="the question or words")
    search.add_argument("--collection", action="append", metavar="NAME", help="only this one")
    search.add_argument("--top", type=int, default=5, metavar="K", help="how many passages (5)")
    search.add_argument("--json", action="store_true", help="one JSON list on standard output")
    remove = commands.add_parser("rm", help="forget a collection (your files are not touched)")
    remove.add_argument("name")
    reindex = commands.add_parser("reindex", help="index what changed since the last time")
    reindex.add_argument("name", nargs="?", help="one collection; all when omitted")
    return parser


def main(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one ``hearth docs`` command; the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = parse_args(build_parser(), argv)
    if isinstance(args, int):
        return args
    if args.command in ("add", "rm", "reindex"):
        try:
            paths.require_writable()
        except paths.DataFolderError as exc:
            err.write(f"error: {exc}\n")
            return EXIT_FAILED
    try:
        index = DocumentIndex()
    except DocumentsError as exc:
        err.write(f"error: {exc}\n")
        return EXIT_FAILED
    try:
        return interruptible(
            lambda: _run(index, args, out, err), err, "Interrupted; what was indexed is kept."
        )
    except DocumentsError as exc:
        err.write(f"error: {exc}\n")
        return EXIT_USAGE if "no collection named" in str(exc) else EXIT_FAILED
    finally:
        index.close()


def _run(index: DocumentIndex, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "add":
        missing = [p for p in args.paths if not p.exists()]
        if missing:
            err.write(f"error: {', '.join(map(str, missing))}: no such file or folder.\n")
            return EXIT_USAGE
        name = args.collection or args.paths[0].resolve().name or "Documents"
        index.add(name, args.paths)
        return _index(index, [name], out, err)
    if args.command == "list":
        return _list(index, out)
    if args.command == "search":
        if args.top < 1:
            err.write("error: --top must be at least 1.\n")
            return EXIT_USAGE
        return _search(index, " ".join(args.query), args.collection, args.top, args.json, out, err)
    if args.command == "rm":
        index.remove(args.name)
        out.write(f"Removed collection {args.name!r} (your files are untouched).\n")
        return EXIT_OK
    names = [args.name] if args.name else index.names()
    return _index(index, names, out, err)


def _index(index: DocumentIndex, names: list[str], out: TextIO, err: TextIO) -> int:
    tty = err.isatty()

    def progress(event: IndexProgress) -> None:
        if tty and event.current:
            shown = event.current if len(event.current) < 60 else "…" + event.current[-59:]
            err.write(f"\r\x1b[K[{event.done + 1}/{event.total}] {shown}")
            err.flush()

    for name in names:
        report = index.index(name, progress=progress)
        if tty:
            err.write("\r\x1b[K")
        _summary(report, out, err)
    embedder = open_embedder(_embedding_model())
    if embedder is not None:
        try:
            for name in names:
                count = embed_collection(index, name, embedder)
                err.write(f"{name}: {count} passage(s) embedded with {embedder.name}\n")
        finally:
            embedder.close()
    return EXIT_OK


def _embedding_model() -> str:
    settings, _problem = load_settings()
    return settings.documents.embedding_model


def _summary(report: IndexReport, out: TextIO, err: TextIO) -> None:
    for root in report.missing_roots:
        err.write(f"warning: {root} is not there any more; its passages are kept.\n")
    for failed in report.failed:
        err.write(f"skipped: {failed.path}: {failed.reason}\n")
    out.write(
        f"{report.collection}: {report.added} added, {report.updated} updated, "
        f"{report.removed} removed, {report.unchanged} unchanged, "
        f"{len(report.failed)} could not be read\n"
    )


def _list(index: DocumentIndex, out: TextIO) -> int:
    infos = index.collections()
    if not infos:
        out.write("No collections yet: add one with `hearth docs add FOLDER`.\n")
    for info in infos:
        out.write(
            f"{info.name}\t{info.files} files\t{info.passages} passages"
            f"\t{info.failed} could not be read\n"
        )
        for root in info.roots:
            note = "  (not there any more)" if root in info.missing_roots else ""
            out.write(f"  {root}{note}\n")
    return EXIT_OK


def _search(
    index: DocumentIndex,
    query: str,
    collections: list[str] | None,
    top: int,
    as_json: bool,
    out: TextIO,
    err: TextIO,
) -> int:
    embedder = open_embedder(_embedding_model())
    if embedder is None:
        passages = index.search(query, collections, top)
    else:
        try:
            names = collections if collections is not None else index.names()
            passages = hybrid_search(index, query, names, embedder, top)
        finally:
            embedder.close()
    if as_json:
        rows = [
            {
                "collection": p.collection,
                "path": p.path,
                "page": p.page,
                "heading": p.heading,
                "position": p.ordinal,
                "score": round(p.score, 4),
                "text": p.text,
            }
            for p in passages
        ]
        out.write(json.dumps(rows, ensure_ascii=False) + "\n")
    else:
        for number, passage in enumerate(passages, start=1):
            where = passage.path + (f", page {passage.page}" if passage.page else "")
            where += f' "{passage.heading}"' if passage.heading else ""
            excerpt = " ".join(passage.text.split())
            excerpt = excerpt if len(excerpt) <= 300 else excerpt[:299] + "…"
            out.write(f"[{number}] {where}\n    {excerpt}\n")
    if not passages:
        err.write(f"No passage matches {query!r}.\n")
        return EXIT_FAILED
    return EXIT_OK
