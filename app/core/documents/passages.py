"""Blocks of a document split into passages of about a target size, with a little overlap.

A passage never starts in the middle of a block when it can help it: blocks (paragraphs, code
blocks) are packed whole up to the target; a block larger than the target is cut at line or
sentence ends, and only a run of text with neither is cut mid-word. A heading starts a new passage
and names every passage below it; a page change (PDF) starts one too, so each passage has one page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.documents.parsing import Block

TARGET_CHARS = 1200
OVERLAP_CHARS = 150

_CUTS = re.compile(r"(?<=[.!?;])\s+|\n+")


@dataclass(frozen=True, slots=True)
class Chunk:
    """One passage of a file, before it is stored."""

    ordinal: int  # 0-based position in the file
    text: str
    heading: str | None
    page: int | None


def _pieces(text: str, target: int) -> list[str]:
    """``text`` cut at sentence or line ends into pieces of at most ``target`` characters."""
    if len(text) <= target:
        return [text]
    pieces: list[str] = []
    current = ""
    for part in _CUTS.split(text):
        while len(part) > target:  # no sentence end at all: cut at a space, else anywhere
            cut = part.rfind(" ", 0, target)
            cut = cut if cut > target // 2 else target
            pieces.append((current + " " + part[:cut]).strip() if current else part[:cut])
            current, part = "", part[cut:].lstrip()
        if current and len(current) + 1 + len(part) > target:
            pieces.append(current)
            current = part
        else:
            current = f"{current} {part}" if current else part
    if current.strip():
        pieces.append(current)
    return pieces


def _tail(text: str, overlap: int) -> str:
    """The last ``overlap`` characters of ``text``, starting at a word."""
    if len(text) <= overlap:
        return text
    tail = text[-overlap:]
    space = tail.find(" ")
    return tail[space + 1 :] if 0 <= space < overlap // 2 else tail


def split_passages(
    blocks: list[Block], target: int = TARGET_CHARS, overlap: int = OVERLAP_CHARS
) -> list[Chunk]:
    """The passages of one document, in order."""
    chunks: list[Chunk] = []
    heading: str | None = None
    page: int | None = None
    parts: list[str] = []
    size = 0

    def emit(carry: bool) -> None:
        nonlocal size
        if parts:
            text = "\n\n".join(parts)
            chunks.append(Chunk(len(chunks), text, heading, page))
            parts.clear()
            size = 0
            if carry and overlap > 0:
                parts.append(_tail(text, overlap))
                size = len(parts[0])

    for block in blocks:
        if block.kind == "heading":
            emit(carry=False)
            heading = " ".join(block.text.split())[:200]
            continue
        if block.page != page:
            emit(carry=False)
            page = block.page
        for piece in _pieces(block.text, target):
            if size and size + len(piece) > target:
                emit(carry=True)
            parts.append(piece)
            size += len(piece) + 2
    emit(carry=False)
    if not chunks and heading:  # a document of headings only
        chunks.append(Chunk(0, heading, heading, page))
    return chunks
