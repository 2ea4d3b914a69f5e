"""The transcript's rendering: code blocks, math, markdown while streaming, cheap appends."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.store import StoredMessage
from app.ui.chat_view import READING, TranscriptView
from app.ui.markdown_render import Block, protect_math, split_blocks, stable_end

LONG_LINE = "x = [" + ", ".join(str(i) for i in range(200)) + "]"
ANSWER = f"Here is **code**:\n\n```python\ndef f():\n    return 1\n{LONG_LINE}\n```\n\nDone."


def answer(text: str, message_id: int = 2) -> StoredMessage:
    return StoredMessage(message_id, 1, "assistant", text, 0.0, "complete", "local", "", "m")


def test_split_blocks_and_math() -> None:
    assert split_blocks(ANSWER) == [
        Block("prose", "Here is **code**:\n"),
        Block("code", f"def f():\n    return 1\n{LONG_LINE}", "python"),
        Block("prose", "\nDone."),
    ]
    assert split_blocks("```\nopen") == [Block("code", "open", "")]
    assert protect_math("so $x_1 + y_2$ holds") == "so `$x_1 + y_2$` holds"
    assert protect_math("costs $5 and $10") == "costs $5 and $10"
    assert "```\n$$a_b * c_d$$\n```" in protect_math("see $$a_b * c_d$$")


def test_stable_end_stops_before_the_block_being_written() -> None:
    text = "One para.\n\nTwo"
    assert stable_end(text) == len("One para.\n\n")
    fenced = "Intro\n\n```py\nx = 1\n\ny = 2\n"
    assert stable_end(fenced) == len("Intro\n\n")  # the blank line inside the fence is code
    assert stable_end(fenced + "```\nafter") == len(fenced + "```\n")


def test_code_block_is_framed_highlighted_copyable_and_scrolls(qtbot: QtBot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    view.show_messages([answer(ANSWER + "\n\nMath: $a_1 * b_2$ and $$x^2$$")])
    shown = view.toPlainText()
    assert "python" in shown and "Copy" in shown and "code:" in shown and "**" not in shown
    assert LONG_LINE in shown  # one line: not wrapped, not mangled
    assert "$a_1 * b_2$" in shown and "$$x^2$$" in shown
    assert view.code_blocks()[0].endswith(LONG_LINE)
    assert view.horizontalScrollBar().maximum() > 0
    view.anchorClicked.emit(QUrl("copy:0"))
    assert QApplication.clipboard().text() == view.code_blocks()[0]
    html = view.toHtml()
    assert "#008000" in html  # Pygments' colour for the keyword "def"


def test_streaming_renders_finished_blocks_and_appends_at_the_end(qtbot: QtBot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    earlier = [answer(f"Earlier answer {i} with **bold** text.", i) for i in range(1, 200)]
    view.show_messages(earlier)
    view.begin_stream("Assistant", "local", 500)
    assert view.toPlainText().endswith(READING) and view.streamed_text() == ""
    start = view.document().characterCount() - len(READING)
    changes: list[int] = []
    view.document().contentsChange.connect(lambda pos, _removed, _added: changes.append(pos))
    chunks = ["Some **bo", "ld** words.\n", "\nNext ", "para `x", "`"]
    for chunk in chunks:
        view.append_stream(chunk)
    shown = view.toPlainText()
    assert "Some bold words." in shown  # the finished paragraph is rendered
    assert shown.endswith("Next para `x`")  # the one being written is plain
    assert changes and min(changes) >= start - 2, "nothing before the answer is touched"
    before_end = shown[: shown.index("Next")]
    view.end_stream("".join(chunks))
    final = view.toPlainText()
    assert final.startswith(before_end) and final.endswith("Next para x")
    assert view.message_at(view.document().characterCount() - 2) == 500


def test_each_message_tells_when_and_how_it_was_answered(qtbot: QtBot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    user = StoredMessage(1, 1, "user", "Hi", 0.0, "complete")
    reply = StoredMessage(
        2, 1, "assistant", "Hello", 0.0, "complete", "local", "", "SmolLM2",
        completion_tokens=1234, ttft_s=0.25, tokens_per_s=41.5,
    )  # fmt: skip
    view.show_messages([user, reply])
    end = view.document().characterCount() - 2
    info = view.info_at(end)
    assert "SmolLM2, on this computer" in info and "1,234 tokens" in info
    assert "first token after 0.25 s" in info and "41.5 tokens/s" in info
    assert view.info_at(1).startswith("Sent ")


def test_an_empty_answer_leaves_no_reading_line(qtbot: QtBot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.begin_stream("Assistant", "local", 1)
    view.end_stream("")
    assert READING not in view.toPlainText()
    assert view.toPlainText().strip() == "Assistant"
