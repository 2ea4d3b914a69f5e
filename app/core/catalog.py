"""The catalog of pinned models: ``models.toml`` read into typed, validated entries.

Hearth ships a catalog inside the package (``app/models.toml``); the user can add a ``models.toml``
of their own in the config folder (:func:`app.core.paths.user_catalog_path`) that adds entries or
overrides shipped ones by ``id`` (only the fields it names change).

Loading never raises for bad content. Each problem names the file, the entry, the field and, where
it can be found, the line; a broken entry is left out and reported, the rest of the catalog works.
The memory estimate (:func:`fits_in_memory`) says whether a model is likely to run on this machine.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from app.core import paths
from app.core.machine import total_memory_bytes as total_memory_bytes
from app.core.settings import DEFAULT_CONTEXT_CAP
from app.core.text import QT_TRANSLATE_NOOP, Text
from app.core.units import human_bytes

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

RamClass = Literal["8gb", "16gb"]
RAM_CLASSES: tuple[RamClass, ...] = ("8gb", "16gb")
Origin = Literal["builtin", "user"]
Kind = Literal["chat", "embedding"]
KINDS: tuple[Kind, ...] = ("chat", "embedding")
Pooling = Literal["mean", "cls", "last"]
POOLINGS: tuple[Pooling, ...] = ("mean", "cls", "last")
EMBEDDING_FOLDER = "embedding"  # under the models folder: never offered as a chat model
Verdict = Literal["fits", "tight", "too_big", "unknown"]

GIB = 1024**3

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_REPO_RE = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
_HEX40_RE = re.compile(r"^[0-9a-f]{40}$")
_HEX64_RE = re.compile(r"^[0-9a-fA-F]{64}$")
_FILENAME_RE = re.compile(r"^[\w.+-]+\.gguf$", re.IGNORECASE)
_REVISION_RE = re.compile(r"^[\w.+/-]{1,200}$")
_PARAMS_RE = re.compile(r"^\d+(\.\d+)?[MB]$")
_HEADER_RE = re.compile(r"^\s*\[\[\s*models\s*\]\]")
_TOML_LINE_RE = re.compile(r"line (\d+)")
_KEY_LINE_RE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


class FieldError(ValueError):
    """One field's value is unusable; the message says what is expected."""


@dataclass(frozen=True)
class CatalogEntry:
    """One pinned GGUF file and what the model manager shows about it."""

    id: str
    name: str
    repo_id: str
    revision: str
    filename: str
    size: int
    sha256: str
    license: str
    parameters: str
    quantization: str
    context_length: int
    description: str
    gated: bool = False
    recommended: RamClass | None = None
    layers: int | None = None
    kv_heads: int | None = None
    head_dim: int | None = None
    # ``kind = "embedding"``: a model that turns passages into vectors for document search
    kind: Kind = "chat"
    pooling: Pooling | None = None  # embedding: how token vectors become one
    query_prefix: str = ""  # embedding: put before a question ("search_query: ")
    document_prefix: str = ""  # embedding: put before a passage ("search_document: ")
    dimensions: int | None = None  # embedding: the vector's size
    origin: Origin = "builtin"

    @property
    def pinned_to_commit(self) -> bool:
        """True when ``revision`` is a commit, not a branch that can move."""
        return _HEX40_RE.match(self.revision) is not None

    def install_path(self) -> Path:
        """Where the verified file lives once downloaded (embedding models in a folder of their
        own, which the chat model picker does not list)."""
        if self.kind == "embedding":
            return paths.models_dir() / EMBEDDING_FOLDER / self.filename
        return paths.models_dir() / self.filename

    def kv_cache_bytes(self, n_ctx: int) -> int:
        """The f16 KV cache for ``n_ctx`` tokens; a quarter of the file if the shape is unknown."""
        if self.layers and self.kv_heads and self.head_dim:
            return 2 * self.layers * self.kv_heads * self.head_dim * 2 * n_ctx
        return self.size // 4


@dataclass(frozen=True)
class CatalogProblem:
    """Something wrong in a catalog file, precise enough to find and fix."""

    file: Path
    message: str
    entry: str | None = None
    field: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        return str(self.text)

    @property
    def text(self) -> Text:
        """Where and what, for the user (the window translates it)."""
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        entry, field = repr(self.entry), repr(self.field)
        if self.entry and self.field:
            return Text(
                QT_TRANSLATE_NOOP("Core", "{where}, entry {entry}, field {field}: {message}"),
                where=where,
                entry=entry,
                field=field,
                message=self.message,
            )
        if self.entry:
            return Text(
                QT_TRANSLATE_NOOP("Core", "{where}, entry {entry}: {message}"),
                where=where,
                entry=entry,
                message=self.message,
            )
        if self.field:
            return Text(
                QT_TRANSLATE_NOOP("Core", "{where}, field {field}: {message}"),
                where=where,
                field=field,
                message=self.message,
            )
        return Text(
            QT_TRANSLATE_NOOP("Core", "{where}: {message}"), where=where, message=self.message
        )


@dataclass(frozen=True)
class Catalog:
    """The usable entries, in catalog order, and every problem met while loading."""

    entries: tuple[CatalogEntry, ...]
    problems: tuple[CatalogProblem, ...] = ()

    def get(self, entry_id: str) -> CatalogEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def of_kind(self, kind: Kind) -> tuple[CatalogEntry, ...]:
        """The chat models, or the embedding models, in catalog order."""
        return tuple(e for e in self.entries if e.kind == kind)

    def recommended(self, ram_class: RamClass) -> CatalogEntry | None:
        return next((e for e in self.of_kind("chat") if e.recommended == ram_class), None)

    def recommended_for_machine(self, total_ram: int | None = None) -> CatalogEntry | None:
        """The marked default for this machine's memory, else the biggest entry that fits."""
        total = total_memory_bytes() if total_ram is None else total_ram
        if total is None:
            return self.recommended("8gb")
        if total >= 14 * GIB and (entry := self.recommended("16gb")) is not None:
            return entry
        if total >= 7 * GIB and (entry := self.recommended("8gb")) is not None:
            return entry
        fitting = [e for e in self.of_kind("chat") if fits_in_memory(e, total).verdict == "fits"]
        return max(fitting, key=lambda e: e.size, default=None)


# --- validation --------------------------------------------------------------------------------


def _string(pattern: re.Pattern[str] | None = None, expected: str = "") -> Callable[[Any], Any]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise FieldError(
                Text(QT_TRANSLATE_NOOP("Core", "must be a non-empty text value in quotes"))
            )
        if pattern is not None and not pattern.match(value):
            raise FieldError(
                Text(
                    QT_TRANSLATE_NOOP("Core", "must be {expected}, got {value}"),
                    expected=expected,
                    value=repr(value),
                )
            )
        return value.strip()

    return check


_A_REPOSITORY = Text(QT_TRANSLATE_NOOP("Core", "a Hugging Face repository such as 'owner/name'"))


def _repo_id(value: Any) -> str:
    """An ``owner/name`` repository id that the Hub accepts (its own client's rules)."""
    from huggingface_hub.errors import HFValidationError  # not at start-up: 0.15 s of imports
    from huggingface_hub.utils import validate_repo_id

    repo_id = str(_string(_REPO_RE, _A_REPOSITORY)(value))
    try:
        validate_repo_id(repo_id)
    except HFValidationError as exc:
        raise FieldError(
            Text(
                QT_TRANSLATE_NOOP("Core", "must be {expected}, got {value}: {error}"),
                expected=_A_REPOSITORY,
                value=repr(repo_id),
                error=str(exc),
            )
        ) from None
    return repo_id


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError(
            Text(
                QT_TRANSLATE_NOOP("Core", "must be a whole number, got {value}"), value=repr(value)
            )
        )
    if value <= 0:
        raise FieldError(
            Text(
                QT_TRANSLATE_NOOP("Core", "must be greater than zero, got {value}"),
                value=str(value),
            )
        )
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise FieldError(
            Text(QT_TRANSLATE_NOOP("Core", "must be true or false, got {value}"), value=repr(value))
        )
    return value


def _sha256(value: Any) -> str:
    expected = Text(QT_TRANSLATE_NOOP("Core", "64 hexadecimal characters (a SHA-256)"))
    return str(_string(_HEX64_RE, expected)(value)).lower()


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise _not_one_of(choices, value)
        return str(value)

    return check


def _prefix(value: Any) -> str:
    """Text put before an embedding input, kept exactly (its trailing space matters)."""
    if not isinstance(value, str):
        raise FieldError(
            Text(
                QT_TRANSLATE_NOOP("Core", "must be a text value in quotes, got {value}"),
                value=repr(value),
            )
        )
    return value


def _ram_class(value: Any) -> str:
    if value not in RAM_CLASSES:
        raise _not_one_of(RAM_CLASSES, value)
    return str(value)


def _not_one_of(choices: Iterable[str], value: Any) -> FieldError:
    return FieldError(
        Text(
            QT_TRANSLATE_NOOP("Core", "must be one of {choices}, got {value}"),
            choices=", ".join(repr(c) for c in choices),
            value=repr(value),
        )
    )


_REQUIRED: dict[str, Callable[[Any], Any]] = {
    "id": _string(
        _ID_RE, Text(QT_TRANSLATE_NOOP("Core", "lowercase letters, digits, '.', '_' or '-'"))
    ),
    "name": _string(),
    "repo_id": _repo_id,
    "revision": _string(
        _REVISION_RE, Text(QT_TRANSLATE_NOOP("Core", "a 40-hex commit or a branch name"))
    ),
    "filename": _string(
        _FILENAME_RE,
        Text(QT_TRANSLATE_NOOP("Core", "a plain file name ending in .gguf (no folders)")),
    ),
    "size": _positive_int,
    "sha256": _sha256,
    "license": _string(),
    "parameters": _string(
        _PARAMS_RE, Text(QT_TRANSLATE_NOOP("Core", "a parameter count such as '360M' or '1.5B'"))
    ),
    "quantization": _string(),
    "context_length": _positive_int,
    "description": _string(),
}
_OPTIONAL: dict[str, Callable[[Any], Any]] = {
    "gated": _boolean,
    "recommended": _ram_class,
    "layers": _positive_int,
    "kv_heads": _positive_int,
    "head_dim": _positive_int,
    "kind": _one_of(KINDS),
    "pooling": _one_of(POOLINGS),
    "query_prefix": _prefix,
    "document_prefix": _prefix,
    "dimensions": _positive_int,
}


class _Source:
    """One catalog file's text, and where each ``[[models]]`` table and its fields begin.

    The line index is built in one pass over the text the first time a line is asked for, so a
    file with thousands of problems costs no more than one with a single problem.
    """

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self._tables: list[tuple[int, dict[str, int]]] | None = None

    def _index(self) -> list[tuple[int, dict[str, int]]]:
        """Per table, in file order: its header's 1-based line and each field's first line."""
        if self._tables is None:
            self._tables = []
            for number, line in enumerate(self.text.splitlines(), start=1):
                if _HEADER_RE.match(line):
                    self._tables.append((number, {}))
                elif self._tables and (match := _KEY_LINE_RE.match(line)):
                    self._tables[-1][1].setdefault(match.group(1), number)
        return self._tables

    def line_of(self, index: int, field: str | None = None) -> int | None:
        """1-based line of the ``index``-th ``[[models]]`` table, or of ``field`` inside it."""
        tables = self._index()
        if index >= len(tables):
            return None
        header, fields = tables[index]
        return fields.get(field, header) if field is not None else header


def _entry_label(table: dict[str, Any], index: int) -> str:
    value = table.get("id")
    return value if isinstance(value, str) and value else f"#{index + 1}"


def _validate(
    table: dict[str, Any], source: _Source, index: int, origin: Origin
) -> tuple[CatalogEntry | None, list[CatalogProblem]]:
    label = _entry_label(table, index)
    problems: list[CatalogProblem] = []
    values: dict[str, Any] = {}

    def problem(field: str | None, message: str) -> None:
        problems.append(
            CatalogProblem(source.path, message, label, field, source.line_of(index, field))
        )

    for field, check in _REQUIRED.items():
        if field not in table:
            problem(field, Text(QT_TRANSLATE_NOOP("Core", "is missing")))
            continue
        try:
            values[field] = check(table[field])
        except FieldError as exc:
            problem(field, exc.args[0])
    for field, check in _OPTIONAL.items():
        if field in table:
            try:
                values[field] = check(table[field])
            except FieldError as exc:
                problem(field, exc.args[0])
    if values.get("kind") == "embedding" and "pooling" not in values:
        problem(
            "pooling",
            Text(
                QT_TRANSLATE_NOOP(
                    "Core", "is missing: an embedding model needs 'mean', 'cls' or 'last'"
                )
            ),
        )
    if problems:
        return None, problems
    for field in sorted(set(table) - set(_REQUIRED) - set(_OPTIONAL)):
        problem(field, Text(QT_TRANSLATE_NOOP("Core", "is not a known field and was ignored")))
    return CatalogEntry(**values, origin=origin), problems


def _read_tables(source: _Source) -> tuple[list[dict[str, Any]], list[CatalogProblem]]:
    """The ``[[models]]`` tables of one file, or the problem that stopped it being read."""
    try:
        data = tomllib.loads(source.text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE_RE.search(str(exc))
        line = int(match.group(1)) if match else None
        why = Text(QT_TRANSLATE_NOOP("Core", "not valid TOML: {error}"), error=str(exc))
        return [], [CatalogProblem(source.path, why, line=line)]
    problems = [
        CatalogProblem(
            source.path,
            Text(
                QT_TRANSLATE_NOOP("Core", "unknown top-level key {key} was ignored"), key=repr(key)
            ),
        )
        for key in data
        if key != "models"
    ]
    tables = data.get("models", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        why = Text(QT_TRANSLATE_NOOP("Core", "'models' must be a list of [[models]] tables"))
        problems.append(CatalogProblem(source.path, why))
        return [], problems
    return tables, problems


def _read_text(path: Path) -> tuple[str | None, CatalogProblem | None]:
    try:
        return path.read_text(encoding="utf-8"), None
    except UnicodeDecodeError as exc:
        return None, CatalogProblem(
            path, Text(QT_TRANSLATE_NOOP("Core", "is not UTF-8 text: {error}"), error=str(exc))
        )
    except OSError as exc:
        why = Text(
            QT_TRANSLATE_NOOP("Core", "cannot be read: {error}"), error=exc.strerror or str(exc)
        )
        return None, CatalogProblem(path, why)


def builtin_catalog_text() -> tuple[Path, str]:
    """The shipped catalog's location (for messages) and its text."""
    resource = resources.files("app") / "models.toml"
    return Path(str(resource)), resource.read_text(encoding="utf-8")


def load_catalog(
    builtin_path: Path | None = None,
    user_path: Path | None = None,
) -> Catalog:
    """The shipped catalog merged with the user's; never raises for bad content.

    ``builtin_path`` and ``user_path`` default to the packaged catalog and
    :func:`app.core.paths.user_catalog_path`; a missing user file is normal. The files are read
    on every call but parsed again only when their text changed; a first parse of a big file
    takes a moment, so call this off the GUI thread.
    """
    builtin_text: str | None
    builtin_problem: CatalogProblem | None = None
    if builtin_path is None:
        builtin_path, builtin_text = builtin_catalog_text()
    else:
        builtin_text, builtin_problem = _read_text(builtin_path)
    user_file = paths.user_catalog_path() if user_path is None else user_path
    user_text, user_problem = _read_text(user_file) if user_file.exists() else (None, None)
    parsed = _parse_catalog(builtin_path, builtin_text, user_file, user_text)
    if builtin_problem is None and user_problem is None:
        return parsed
    problems = [builtin_problem, *parsed.problems, user_problem]
    return Catalog(parsed.entries, tuple(p for p in problems if p is not None))


@functools.lru_cache(maxsize=4)
def _parse_catalog(
    builtin_path: Path, builtin_text: str | None, user_path: Path, user_text: str | None
) -> Catalog:
    """Both files' texts parsed and merged; a ``None`` text is a file that could not be read.

    Keyed by the texts themselves, so an edit is never missed (a file's modification time can
    stay the same across quick successive writes), and an unchanged file is not parsed again.
    """
    problems: list[CatalogProblem] = []
    raw: dict[str, dict[str, Any]] = {}
    entries: dict[str, CatalogEntry] = {}
    files: tuple[tuple[Path, str | None, Origin], ...] = (
        (builtin_path, builtin_text, "builtin"),
        (user_path, user_text, "user"),
    )
    for path, text, origin in files:
        if text is None:
            continue
        source = _Source(path, text)
        tables, found = _read_tables(source)
        problems.extend(found)
        _add_tables(tables, source, origin, raw, entries, problems)
    return Catalog(tuple(entries.values()), tuple(problems))


def _add_tables(
    tables: Iterable[dict[str, Any]],
    source: _Source,
    origin: Origin,
    raw: dict[str, dict[str, Any]],
    entries: dict[str, CatalogEntry],
    problems: list[CatalogProblem],
) -> None:
    """Validate one file's tables into ``entries``; a user table overrides by id, field by field."""
    seen: set[str] = set()
    for index, table in enumerate(tables):
        entry_id = table.get("id")
        if isinstance(entry_id, str) and entry_id in seen:
            problems.append(
                CatalogProblem(
                    source.path,
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "the same id appears earlier in this file; this entry was left out",
                        )
                    ),
                    entry_id,
                    "id",
                    source.line_of(index, "id"),
                )
            )
            continue
        if isinstance(entry_id, str):
            seen.add(entry_id)
        base = raw.get(entry_id) if isinstance(entry_id, str) else None
        overrides = base is not None
        merged = {**base, **table} if base is not None else table
        entry, found = _validate(merged, source, index, origin)
        problems.extend(found)
        if entry is not None:
            raw[entry.id] = merged
            entries[entry.id] = entry
        else:
            outcome = (
                Text(QT_TRANSLATE_NOOP("Core", "this override was ignored"))
                if overrides
                else Text(QT_TRANSLATE_NOOP("Core", "this entry was left out"))
            )
            label = _entry_label(table, index)
            line = source.line_of(index)
            problems.append(CatalogProblem(source.path, outcome, label, None, line))


# --- memory estimate ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MemoryFit:
    """Whether a model is likely to run here: the estimate, the machine's RAM and a verdict."""

    required_bytes: int
    total_bytes: int | None
    verdict: Verdict

    @property
    def label(self) -> str:
        need = f"needs about {human_bytes(self.required_bytes)}"
        return {
            "fits": f"Fits ({need})",
            "tight": f"Tight ({need})",
            "too_big": f"Too big ({need})",
            "unknown": f"Unknown ({need})",
        }[self.verdict]


def estimate_memory(entry: CatalogEntry, context_cap: int = DEFAULT_CONTEXT_CAP) -> int:
    """Bytes needed to chat: the weights, the KV cache of the default context, and working room."""
    n_ctx = min(entry.context_length, context_cap)
    working = max(256 * 1024**2, entry.size // 10)  # compute buffers and the runtime itself
    return entry.size + entry.kv_cache_bytes(n_ctx) + working


def fits_in_memory(
    entry: CatalogEntry,
    total_ram: int | None = None,
    context_cap: int = DEFAULT_CONTEXT_CAP,
) -> MemoryFit:
    """Compare the estimate with total RAM, leaving room for the system and other apps.

    Up to 60 % of RAM "fits", up to 85 % is "tight" (other apps will be squeezed), more is
    "too_big" (the system would swap).
    """
    required = estimate_memory(entry, context_cap)
    total = total_memory_bytes() if total_ram is None else total_ram
    if not total:
        return MemoryFit(required, None, "unknown")
    if required <= total * 0.60:
        verdict: Verdict = "fits"
    elif required <= total * 0.85:
        verdict = "tight"
    else:
        verdict = "too_big"
    return MemoryFit(required, total, verdict)
