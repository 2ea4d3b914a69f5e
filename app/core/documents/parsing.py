"""Text out of a document file, as blocks that keep their structure (headings, paragraphs, code).

The parser is chosen by the file's content, not only its name: a ``.txt`` that starts with
``%PDF`` is read as a PDF, a ``.docx`` that is not a zip archive is refused. Every limit is a
size cap checked before reading (a text file over :data:`MAX_TEXT_BYTES`, a zip archive whose
members would unpack to more than :data:`MAX_UNPACKED_BYTES`), so a 2 GB log or a zip bomb
costs a ``stat`` and a directory read, never the memory. Whatever cannot be read raises
:class:`ParseError` with the reason in words; the indexer lists it and goes on.

Plain Python, no threads of its own: the indexer calls :func:`extract` on its worker thread.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree

from app.core.text import QT_TRANSLATE_NOOP, Text
from app.core.units import human_bytes

BlockKind = Literal["heading", "paragraph", "code"]

MAX_TEXT_BYTES = 32_000_000
MAX_DOCUMENT_BYTES = 256_000_000
MAX_UNPACKED_BYTES = 64_000_000
MAX_ZIP_RATIO = 200  # a member that unpacks to over 200 times its packed size is a bomb

TEXT_SUFFIXES = frozenset(
    [
        ".txt",
        ".text",
        ".md",
        ".markdown",
        ".rst",
        ".org",
        ".csv",
        ".tsv",
        ".log",
        ".json",
        ".yaml",
        ".yml",
        ".toml",
        ".ini",
        ".cfg",
        ".tex",
        ".py",
        ".pyi",
        ".c",
        ".h",
        ".cc",
        ".cpp",
        ".hpp",
        ".rs",
        ".go",
        ".java",
        ".kt",
        ".js",
        ".ts",
        ".tsx",
        ".jsx",
        ".rb",
        ".php",
        ".sh",
        ".bash",
        ".zsh",
        ".sql",
        ".swift",
        ".scala",
        ".lua",
        ".r",
        ".m",
        ".cs",
        ".css",
        ".scss",
        ".xml",
    ]
)
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx", ".odt", ".epub"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCUMENT_SUFFIXES


class ParseError(Exception):
    """A file that yields no text; ``str()`` is the reason, in words, and the first argument
    that reason as a :class:`~app.core.text.Text` (the window shows it translated)."""


@dataclass(frozen=True, slots=True)
class Block:
    """One structural piece of a document: a heading, a paragraph or a code block."""

    kind: BlockKind
    text: str
    page: int | None = None  # 1-based, for paged formats (PDF)


def is_candidate(path: Path) -> bool:
    """Whether the indexer should try ``path`` (by name; the content decides how to read it)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def extract(path: Path) -> list[Block]:
    """The blocks of text in ``path``; :class:`ParseError` when it has none or cannot be read."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ParseError(
            Text(
                QT_TRANSLATE_NOOP("Core", "unreadable: {error}"),
                error=(exc.strerror or str(exc)).lower(),
            )
        ) from exc
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF"):
        _cap(size, MAX_DOCUMENT_BYTES)
        blocks = _pdf(path)
    elif head.startswith(b"PK\x03\x04"):
        _cap(size, MAX_DOCUMENT_BYTES)
        blocks = _zipped(path)
    elif suffix in DOCUMENT_SUFFIXES:
        raise ParseError(
            Text(
                QT_TRANSLATE_NOOP("Core", "not a {kind} file (its content is something else)"),
                kind=suffix[1:].upper(),
            )
        )
    else:
        _cap(size, MAX_TEXT_BYTES)
        text = _decode(path.read_bytes())
        if suffix in HTML_SUFFIXES or _looks_like_html(text):
            blocks = html_blocks(text)
        elif suffix in (".md", ".markdown"):
            blocks = markdown_blocks(text)
        elif suffix == ".rst":
            blocks = rst_blocks(text)
        elif suffix in (".txt", ".text", ".org", ".log", ".csv", ".tsv"):
            blocks = paragraph_blocks(text)
        else:
            blocks = paragraph_blocks(text, kind="code")
    if not any(b.text.strip() for b in blocks):
        raise ParseError(Text(QT_TRANSLATE_NOOP("Core", "no text in it")))
    return blocks


def _cap(size: int, limit: int) -> None:
    if size > limit:
        raise ParseError(
            Text(
                QT_TRANSLATE_NOOP("Core", "too large ({size}; the limit is {limit})"),
                size=human_bytes(size),
                limit=human_bytes(limit),
            )
        )


def _decode(data: bytes) -> str:
    sample = data[:8192]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError(Text(QT_TRANSLATE_NOOP("Core", "binary content, not text")))
    for encoding in ("utf-8-sig", "utf-16") if sample[:2] in (b"\xff\xfe", b"\xfe\xff") else ():
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            break
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > len(text[:8192]) // 20:
        raise ParseError(Text(QT_TRANSLATE_NOOP("Core", "binary content, not text")))
    return text


def _looks_like_html(text: str) -> bool:
    start = text.lstrip()[:100].lower()
    return start.startswith(("<!doctype html", "<html"))


# --- plain text, Markdown, reStructuredText --------------------------------------------------

_FENCE = re.compile(r"^\s*(```|~~~)")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RST_RULE = re.compile(r"^([=\-~^\"'`#*+:.])\1{2,}\s*$")


def paragraph_blocks(text: str, kind: BlockKind = "paragraph") -> list[Block]:
    """Paragraphs separated by blank lines (code keeps its indentation)."""
    parts = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    return [Block(kind, part.strip("\n")) for part in parts if part.strip()]


def markdown_blocks(text: str) -> list[Block]:
    """ATX headings, fenced code blocks kept whole, and paragraphs."""
    blocks: list[Block] = []
    lines: list[str] = []
    fence: str | None = None

    def flush() -> None:
        blocks.extend(paragraph_blocks("\n".join(lines)))
        lines.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        marker = _FENCE.match(line)
        if fence is not None:
            lines.append(line)
            if marker and marker.group(1) == fence:
                blocks.append(Block("code", "\n".join(lines)))
                lines.clear()
                fence = None
            continue
        if marker:
            flush()
            fence = marker.group(1)
            lines.append(line)
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            blocks.append(Block("heading", heading.group(2)))
            continue
        lines.append(line)
    if fence is not None:
        blocks.append(Block("code", "\n".join(lines)))
    else:
        flush()
    return blocks


def rst_blocks(text: str) -> list[Block]:
    """Section titles (a line underlined with ``===``, ``---``...) and paragraphs."""
    lines = text.replace("\r\n", "\n").split("\n")
    blocks: list[Block] = []
    body: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        below = lines[i + 1] if i + 1 < len(lines) else ""
        underlined = _RST_RULE.match(below) and len(below.strip()) >= len(line.strip())
        if line.strip() and not _RST_RULE.match(line) and underlined:
            blocks.extend(paragraph_blocks("\n".join(body)))
            body.clear()
            blocks.append(Block("heading", line.strip()))
            i += 2
            continue
        if not _RST_RULE.match(line):
            body.append(line)
        i += 1
    blocks.extend(paragraph_blocks("\n".join(body)))
    return blocks


# --- HTML ------------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "blockquote",
        "br",
        "hr",
        "figure",
        "figcaption",
        "form",
        "body",
    ]
)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "title"})
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._kind: BlockKind = "paragraph"
        self._skip = 0

    def _flush(self) -> None:
        raw = "".join(self._parts)
        text = raw.strip("\n") if self._kind == "code" else " ".join(raw.split())
        if text.strip():
            self.blocks.append(Block(self._kind, text))
        self._parts.clear()
        self._kind = "paragraph"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
        if tag in _SKIPPED_TAGS:
            self._skip += 1
        elif tag in _HEADING_TAGS or tag == "pre" or tag in _BLOCK_TAGS:
            self._flush()
            if tag in _HEADING_TAGS:
                self._kind = "heading"
            elif tag == "pre":
                self._kind = "code"

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _HEADING_TAGS or tag == "pre" or tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._parts.append(data)


def html_blocks(text: str) -> list[Block]:
    """Headings, ``<pre>`` code and paragraphs of an HTML page; scripts and styles left out."""
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    parser._flush()
    return parser.blocks


# --- PDF -------------------------------------------------------------------------------------


def _pdf(path: Path) -> list[Block]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ParseError(Text(QT_TRANSLATE_NOOP("Core", "encrypted PDF (it needs a password)")))
        blocks: list[Block] = []
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            blocks.extend(Block(b.kind, b.text, number) for b in paragraph_blocks(text))
    except ParseError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise ParseError(
            Text(QT_TRANSLATE_NOOP("Core", "damaged PDF ({error})"), error=str(exc))
        ) from exc
    except Exception as exc:  # pypdf raises many kinds on odd files; none may stop the indexer
        if "decrypt" in str(exc).lower() or "crypt" in type(exc).__name__.lower():
            raise ParseError(
                Text(QT_TRANSLATE_NOOP("Core", "encrypted PDF (it needs a password)"))
            ) from exc
        raise ParseError(
            Text(
                QT_TRANSLATE_NOOP("Core", "damaged PDF ({error})"),
                error=f"{type(exc).__name__}: {exc}",
            )
        ) from exc
    if not blocks:
        raise ParseError(
            Text(QT_TRANSLATE_NOOP("Core", "no text layer (a scanned or image-only PDF)"))
        )
    return blocks


# --- zip-based formats: DOCX, ODT, EPUB ------------------------------------------------------


def _zipped(path: Path) -> list[Block]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            for info in archive.infolist():
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > MAX_UNPACKED_BYTES or (
                    info.file_size > 1024 * 1024 and ratio > MAX_ZIP_RATIO
                ):
                    raise ParseError(
                        Text(
                            QT_TRANSLATE_NOOP(
                                "Core", "refused: {file} would unpack to {size} (a zip bomb?)"
                            ),
                            file=info.filename,
                            size=human_bytes(info.file_size),
                        )
                    )
            if sum(i.file_size for i in archive.infolist()) > MAX_UNPACKED_BYTES * 4:
                raise ParseError(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core", "refused: the archive would unpack to too much (a zip bomb?)"
                        )
                    )
                )
            mimetype = _member(archive, "mimetype").decode("ascii", "replace").strip()
            if "word/document.xml" in names:
                return _docx(path)
            if mimetype == "application/vnd.oasis.opendocument.text":
                return _odt(archive)
            if mimetype == "application/epub+zip":
                return _epub(archive)
    except zipfile.BadZipFile as exc:
        raise ParseError(
            Text(QT_TRANSLATE_NOOP("Core", "damaged zip archive ({error})"), error=str(exc))
        ) from exc
    except ElementTree.ParseError as exc:
        raise ParseError(
            Text(
                QT_TRANSLATE_NOOP("Core", "damaged XML inside the archive ({error})"),
                error=str(exc),
            )
        ) from exc
    raise ParseError(
        Text(QT_TRANSLATE_NOOP("Core", "a zip archive that is not a DOCX, ODT or EPUB document"))
    )


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        with archive.open(name) as handle:
            return handle.read(MAX_UNPACKED_BYTES + 1)
    except KeyError:
        return b""


def _docx(path: Path) -> list[Block]:
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises its own and lxml's errors on bad files
        raise ParseError(
            Text(
                QT_TRANSLATE_NOOP("Core", "damaged DOCX ({error})"),
                error=f"{type(exc).__name__}: {exc}",
            )
        ) from exc
    blocks: list[Block] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        kind: BlockKind = "heading" if style.startswith(("Heading", "Title")) else "paragraph"
        blocks.append(Block(kind, text))
    for table in document.tables:
        for row in table.rows:
            cells = " | ".join(c.text.strip() for c in row.cells if c.text.strip())
            if cells:
                blocks.append(Block("paragraph", cells))
    return blocks


_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def _odt(archive: zipfile.ZipFile) -> list[Block]:
    root = ElementTree.fromstring(_member(archive, "content.xml"))
    blocks: list[Block] = []
    for element in root.iter():
        if element.tag in (f"{_ODF_TEXT}h", f"{_ODF_TEXT}p"):
            text = " ".join("".join(element.itertext()).split())
            if text:
                kind: BlockKind = "heading" if element.tag == f"{_ODF_TEXT}h" else "paragraph"
                blocks.append(Block(kind, text))
    return blocks


def _epub(archive: zipfile.ZipFile) -> list[Block]:
    """The chapters in reading order (the OPF spine), or by name when the spine is missing."""
    chapters: list[str] = []
    container = _member(archive, "META-INF/container.xml")
    if container:
        rootfile = next(
            (
                e.get("full-path")
                for e in ElementTree.fromstring(container).iter()
                if e.get("full-path")
            ),
            None,
        )
        if rootfile:
            opf = ElementTree.fromstring(_member(archive, rootfile))
            base = posixpath.dirname(rootfile)
            items = {
                e.get("id"): e.get("href")
                for e in opf.iter()
                if e.tag.endswith("}item") and e.get("href")
            }
            for ref in opf.iter():
                if ref.tag.endswith("}itemref") and items.get(ref.get("idref")):
                    chapters.append(
                        posixpath.normpath(posixpath.join(base, items[ref.get("idref")] or ""))
                    )
    if not chapters:
        chapters = sorted(
            n for n in archive.namelist() if n.lower().endswith((".xhtml", ".html", ".htm"))
        )
    blocks: list[Block] = []
    for name in chapters:
        data = _member(archive, name)
        blocks.extend(html_blocks(io.TextIOWrapper(io.BytesIO(data), "utf-8", "replace").read()))
    return blocks
