"""Texts for the user composed in core, translatable where they are shown.

Core must not import Qt, yet its messages (a model that cannot load, a download that cannot
reach the network, a disk that is full) reach the window. A :class:`Text` is the English
sentence, a ``str`` that the CLI, the logs and ``str(error)`` use as they are, which also keeps
its template and arguments: the window translates the template and fills in the arguments in
its language (``app.ui.i18n.shown``).

Mark every template where it is written, so that ``pyside6-lupdate`` (which reads calls, not
names it cannot see) puts it in the catalogues::

    Text(QT_TRANSLATE_NOOP("Core", "Could not load {name}."), name=path.name)

Arguments are filled in as they are: anything private in one (an API key in a server's error
message) must be removed before it becomes an argument. A :class:`Text` argument is translated
too; a number is written with the language's decimal point and digit grouping (``{size:.1f}``,
``{tokens:,}``). Any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

CONTEXT = "Core"  # the catalogues' context of every core template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: ARG001
    """Qt's marker: ``text`` goes into the catalogue under ``context`` (lupdate reads the call)
    and comes back as it is."""
    return text


class Text(str):
    """English text that remembers how it was made: ``template.format(**args)``.

    Methods of ``str`` return plain strings; keep the :class:`Text` itself wherever the window
    may show it (an exception's message, a label).
    """

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Text:
        self = super().__new__(cls, template.format(**args))
        self.template = template
        self.args = args
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle rebuild it from its parts
        return (_rebuild, (self.template, self.args))


def _rebuild(template: str, args: dict[str, Any]) -> Text:
    return Text(template, **args)


def joined(separator: str, parts: Sequence[str]) -> Text:
    """``parts`` one after the other with ``separator`` between, each translated where shown
    (a list of problems inside one sentence, or sentences one after the other)."""
    names = [f"p{i}" for i in range(len(parts))]
    template = separator.replace("{", "{{").replace("}", "}}").join(f"{{{n}}}" for n in names)
    return Text(template, **dict(zip(names, parts, strict=True)))


def as_data(value: Any) -> Any:
    """``value`` as JSON can carry it to another process: a :class:`Text` as its template and
    arguments, a number as it is, anything else as its string; :func:`from_data` reverses it."""
    if isinstance(value, Text):
        return {"template": value.template, "args": {k: as_data(v) for k, v in value.args.items()}}
    return value if isinstance(value, (int, float)) else str(value)


def from_data(data: Any) -> Any:
    """What :func:`as_data` made, with each :class:`Text` rebuilt."""
    if isinstance(data, dict):
        return Text(str(data["template"]), **{k: from_data(v) for k, v in data["args"].items()})
    return data
