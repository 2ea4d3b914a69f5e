"""Take Hearth's screenshots (README, AppStream metainfo) of the real running app.

    python packaging/screenshots.py [--out docs/screenshots]

Starts a private Xvfb display (unless ``--display`` names one), points ``HEARTH_HOME`` at a
fresh temporary folder, opens the real main window on the xcb platform, lets the starter model
load, sends the conversation in :data:`PROMPTS` and waits for each streamed answer, then grabs
``main-window.png`` (the first chat titled by the model), ``model-manager.png``,
``settings.png``, ``chat-settings.png`` (a chat's own settings and presets), then a code answer
(``code-answer.png``), the same answer regenerated (``branches.png``, the branch switcher) and a
search across conversations (``search.png``), an answer drawn from a folder of notes attached as
a collection, with its sources under it (``documents-answer.png``), and the first conversation in
the light and the dark theme (``light.png``, ``dark.png``) and in a 480-px-wide window
(``narrow.png``), and the window switched to German (``main-window-de.png``) and Japanese
(``main-window-ja.png``). Needs the ``starter`` extra, Xvfb and a Japanese font (Debian:
``fonts-noto-cjk``). Answers come from the model at a fixed seed, so reruns give the same
text on one build of llama.cpp.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from xvfb import virtual_display  # packaging/xvfb.py, next to this script

ROOT = Path(__file__).resolve().parent.parent

PROMPTS = (
    "Hi! In two sentences, what makes a good cup of tea?",
    "Thanks! Give me three short tips for brewing green tea.",
)
CODE_PROMPT = "Show me a Python function that adds two numbers, in a code block."
DOCS_PROMPT = "How long should I steep green tea, according to my notes?"
NOTES = {
    "green-tea.md": "# Green tea\n\nSteep green tea for two minutes at 75 degrees; longer makes "
    "it bitter.\n\n# Storage\n\nKeep the leaves in a dark, airtight tin.\n",
    "black-tea.md": "# Black tea\n\nSteep black tea for four minutes in water just off the boil.\n",
}
LOAD_TIMEOUT_S = 120
ANSWER_TIMEOUT_S = 180
MIN_COLOURS = 64  # a blank or half-drawn grab has only a handful of colours


class ScreenshotError(RuntimeError):
    """The app did not reach the state a screenshot needs."""


def wait_for(signal: object, timeout_s: float, failure: object | None = None) -> tuple:
    """Run the Qt event loop until ``signal`` fires; raise if ``failure`` fires or time runs out."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    outcome: dict[str, tuple] = {}

    def done(*args: object) -> None:
        outcome["ok"] = args
        loop.quit()

    def failed(*args: object) -> None:
        outcome["failed"] = args
        loop.quit()

    signal.connect(done)  # type: ignore[attr-defined]
    if failure is not None:
        failure.connect(failed)  # type: ignore[attr-defined]
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(done)  # type: ignore[attr-defined]
    if failure is not None:
        failure.disconnect(failed)  # type: ignore[attr-defined]
    if "failed" in outcome:
        raise ScreenshotError(f"failed: {outcome['failed']}")
    if "ok" not in outcome:
        raise ScreenshotError(f"nothing happened within {timeout_s:.0f} s")
    return outcome["ok"]


def settle(ms: int = 400) -> None:
    """Let pending paints and layouts run, so a grab shows the finished widget."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save_grab(widget: object, path: Path) -> None:
    """Grab ``widget`` as drawn on screen into ``path``; refuse a blank-looking image."""
    image = widget.grab().toImage()  # type: ignore[attr-defined]
    small = image.scaled(image.width() // 4, image.height() // 4)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    if len(colours) < MIN_COLOURS:
        raise ScreenshotError(f"{path.name} looks blank ({len(colours)} colours)")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise ScreenshotError(f"could not write {path}")


def capture(out: Path) -> list[Path]:
    """Drive the real window through a conversation and grab the screens; returns the files."""
    from PySide6.QtGui import QAction, QFontDatabase
    from PySide6.QtWidgets import QApplication, QLineEdit

    from app.ui.application import prepare_application
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["hearth"])
    prepare_application(app)
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        raise ScreenshotError("no Japanese font: install one (Debian: fonts-noto-cjk)")
    window = MainWindow()
    window.settings.generation.seed = 7
    window.settings.generation.max_tokens = 160
    window.show()
    made: list[Path] = []
    try:
        if window.loaded_label is None:
            wait_for(window.modelLoaded, LOAD_TIMEOUT_S, window.modelLoadFailed)
        for n, prompt in enumerate(PROMPTS):
            window.composer.setPlainText(prompt)
            window.send()
            (result,) = wait_for(window.answerFinished, ANSWER_TIMEOUT_S)
            if result.error or not result.text.strip():
                raise ScreenshotError(f"the model did not answer {prompt!r}: {result.error}")
            if n == 0:  # the model's title for the chat, before the next message stops it
                wait_for(window.session.titleProposed, ANSWER_TIMEOUT_S)
        settle()
        made.append(out / "main-window.png")
        save_grab(window, made[-1])

        manager = window.open_model_manager()
        manager.resize(1100, 640)  # wide enough to show every catalog column
        settle()
        made.append(out / "model-manager.png")
        save_grab(manager, made[-1])
        manager.close()

        dialog = window.open_settings()
        settle()
        made.append(out / "settings.png")
        save_grab(dialog, made[-1])
        dialog.reject()

        chat_settings = window.open_chat_settings()
        chat_settings.preset_box.setCurrentText("Precise")
        chat_settings.apply_preset("Precise")
        chat_settings.set_value("system_prompt", "You are a patient tea expert. Answer briefly.")
        settle()
        made.append(out / "chat-settings.png")
        save_grab(chat_settings, made[-1])
        chat_settings.reject()

        # a code answer, then the same answer regenerated: the branch switcher at the fork
        window.new_conversation()
        window.composer.setPlainText(CODE_PROMPT)
        window.send()
        wait_for(window.answerFinished, ANSWER_TIMEOUT_S)
        settle()
        made.append(out / "code-answer.png")
        save_grab(window, made[-1])
        regenerate = window.findChild(QAction, "regenerateAction")
        regenerate.trigger()
        wait_for(window.answerFinished, ANSWER_TIMEOUT_S)
        settle()
        made.append(out / "branches.png")
        save_grab(window, made[-1])

        # search across every conversation
        box = window.findChild(QLineEdit, "searchBox")
        box.setFocus()
        box.setText("tea")
        settle(800)
        made.append(out / "search.png")
        save_grab(window, made[-1])
        box.clear()

        # the first conversation in each theme, then in a 480-px-wide window
        window.conversation_list.setCurrentRow(window.conversation_list.count() - 1)
        for name in ("light", "dark"):
            window.settings_owner.change(appearance={"theme": name})
            settle()
            made.append(out / f"{name}.png")
            save_grab(window, made[-1])
        size = window.size()
        window.resize(480, 720)
        settle(800)
        made.append(out / "narrow.png")
        save_grab(window, made[-1])
        window.resize(size)
        window.settings_owner.change(appearance={"theme": "system"})

        # an answer from the user's own notes, with its sources under it
        made.append(out / "documents-answer.png")
        documents_answer(window, Path(os.environ["HEARTH_HOME"]) / "Tea notes", made[-1])

        # the same window in German and Japanese, switched live as Settings › Language does
        for code in ("de", "ja"):
            window.settings_owner.change(language=code)
            settle()
            made.append(out / f"main-window-{code}.png")
            save_grab(window, made[-1])
    finally:
        window.close()
    return made


def documents_answer(window: object, folder: Path, path: Path) -> None:
    """Index ``folder`` of notes, attach it to a new chat, ask, and grab the answer."""
    from app.core.documents import DocumentIndex

    folder.mkdir()
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    index = DocumentIndex()
    index.add(folder.name, [folder])
    index.index(folder.name)
    window.new_conversation()  # type: ignore[attr-defined]
    conversation_id = window.session.create_conversation()  # type: ignore[attr-defined]
    window.conversations.set_current(conversation_id)  # type: ignore[attr-defined]
    index.attach(conversation_id, folder.name)
    index.close()
    window.composer.setPlainText(DOCS_PROMPT)  # type: ignore[attr-defined]
    window.send()  # type: ignore[attr-defined]
    (result,) = wait_for(window.answerFinished, ANSWER_TIMEOUT_S)  # type: ignore[attr-defined]
    if not result.sources:
        raise ScreenshotError("the answer from the notes was given no passage")
    settle()
    save_grab(window, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--display", help="use this X display instead of a private Xvfb")
    args = parser.parse_args(argv)
    with ExitStack() as stack:
        display = args.display or stack.enter_context(virtual_display())
        home = stack.enter_context(tempfile.TemporaryDirectory(prefix="hearth-shots-"))
        os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HEARTH_HOME=home)
        try:
            made = capture(args.out.resolve())
        except ScreenshotError as exc:
            print(f"screenshots failed: {exc}", file=sys.stderr)
            return 1
    for path in made:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
