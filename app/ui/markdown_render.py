"""Markdown of a message made ready for the transcript (pure functions, no widgets; GUI thread).

Fenced code blocks are split out of the text and rendered as HTML with Pygments (framed, with
the language's name and a Copy link); the prose between them goes to Qt's markdown reader, with
``$…$`` and ``$$…$$`` turned into code first so that nothing mangles them. While an answer
streams, :func:`stable_end` tells how much of its text is made of finished blocks.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from pygments.formatters import HtmlFormatter

from app.ui.theme import colors

_FENCE = re.compile(r"^ {0,3}(```+|~~~+)\s*([\w+#.-]*)")
_DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.DOTALL)
_INLINE_MATH = re.compile(r"(?<![\\$\w`])\$(?=\S)([^$\n`]+?)(?<=\S)\$(?![\w$])")
COPY_SCHEME = "copy"  # a code block's Copy link: copy:<index of the block>


@dataclass(frozen=True)
class Block:
    """A piece of a message: ``prose`` (markdown) or a fenced ``code`` block."""

    kind: str  # "prose" or "code"
    text: str
    language: str = ""


def split_blocks(text: str) -> list[Block]:
    """``text`` as prose and fenced code blocks, in order; an unclosed fence runs to the end."""
    blocks: list[Block] = []
    prose: list[str] = []
    code: list[str] = []
    fence = ""
    language = ""
    for line in text.split("\n"):
        match = _FENCE.match(line)
        if not fence and match:
            if prose:
                blocks.append(Block("prose", "\n".join(prose)))
                prose = []
            fence, language = match.group(1), match.group(2)
        elif fence and match and match.group(1).startswith(fence) and not match.group(2):
            blocks.append(Block("code", "\n".join(code), language))
            code, fence, language = [], "", ""
        elif fence:
            code.append(line)
        else:
            prose.append(line)
    if fence:
        blocks.append(Block("code", "\n".join(code), language))
    elif prose and "\n".join(prose).strip():
        blocks.append(Block("prose", "\n".join(prose)))
    return [b for b in blocks if b.kind == "code" or b.text.strip()]


def protect_math(prose: str) -> str:
    """``$$…$$`` as a code block and ``$…$`` as inline code, so markdown leaves them whole
    (a price such as "$5 and $10" is not math: the dollar must touch the formula)."""

    def display(m: re.Match[str]) -> str:
        return f"\n```\n$${m.group(1)}$$\n```\n"

    def inline(m: re.Match[str]) -> str:
        ticks = "``" if "`" in m.group(0) else "`"
        return f"{ticks}{m.group(0)}{ticks}"

    return _INLINE_MATH.sub(inline, _DISPLAY_MATH.sub(display, prose))


@functools.cache
def _formatter(style: str) -> HtmlFormatter[str]:
    """One formatter per Pygments style, made when first used."""
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter(noclasses=True, nowrap=True, style=style)


def code_html(code: str, language: str, index: int) -> str:
    """A code block: a shaded title line with the language and a Copy link, then the code,
    highlighted when Pygments knows the language, never wrapped (the transcript scrolls); in the
    colours of the theme in use."""
    from pygments import highlight  # imported with the first code block, not at start-up
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    c = colors()
    try:
        lexer = get_lexer_by_name(language) if language else None
    except ClassNotFound:
        lexer = None
    if lexer is not None:
        body = highlight(code, lexer, _formatter(c.code_style)).rstrip("\n")
    else:
        body = html.escape(code)
    name = html.escape(language or QCoreApplication.translate("TranscriptView", "code"))
    copy = html.escape(QCoreApplication.translate("TranscriptView", "Copy"))
    # Shaded blocks rather than a table: a table is a frame, and every frame in the document
    # makes each later append cost more (measured); a <pre> block never wraps.
    return (
        f'<p style="background-color:{c.code_title}; color:{c.muted};">&nbsp;{name}'
        f'&nbsp;&nbsp;<a href="{COPY_SCHEME}:{index}" style="color:{c.link};">{copy}</a></p>'
        f'<pre style="background-color:{c.code_bg}; color:{c.code_text};">{body}</pre>'
    )


def stable_end(text: str, start: int = 0) -> int:
    """Where the finished blocks of a streaming ``text`` end, searching from ``start`` (a line
    start outside any code fence, such as an earlier result): just after the last blank line
    outside a fence or the last closing fence. ``start`` when no block finished since."""
    end = start
    fence = ""
    position = start
    while True:
        newline = text.find("\n", position)
        if newline < 0:
            return end
        line = text[position:newline]
        match = _FENCE.match(line)
        if not fence and match:
            fence = match.group(1)
        elif fence and match and match.group(1).startswith(fence) and not match.group(2):
            fence = ""
            end = newline + 1
        elif not fence and not line.strip():
            end = newline + 1
        position = newline + 1
