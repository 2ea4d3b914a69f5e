"""Translations: complete catalogues, the language chosen and switched while Hearth runs, and
no English left in the main window, Settings or the model manager in a shipped language."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.ui import i18n
from tests.helpers.ui_walk import texts

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("de", "fr", "es", "ja")
# Texts that are the same in every language: names, units, codes, what the user typed.
SAME_EVERYWHERE = re.compile(
    r"^(Hearth|English|Deutsch|Français|Español|日本語|OpenAI|Anthropic|Top-p.*|hf_…|"
    r"https?://\S+|\S+\.gguf|SmolLM2\S*|[\d\s.,:%$/·×—–-]*(MB|GB|KB|B|s|ms)?)$"
)

# Words a language writes as English does (checked by a native reader, not a shortcut).
SAME_IN = {
    "de": {"Chats", "Port:", "Status", "Tokens", "Client", "System", "Parameter"},
    "fr": {"&Documents…", "Documents", "&Message", "Message", "Collections", "Client"},
    "es": {"Chats", "prompt", "Prompt", "local", "tokens"},
    "ja": set(),
}


def _build_translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "packaging" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english_after(qapp: Any) -> Iterator[None]:
    yield
    i18n.install("en")


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("code", ("en", *LANGUAGES))
def test_each_catalogue_is_complete(code: str) -> None:
    ts = ROOT / "app" / "i18n" / f"hearth_{code}.ts"
    found = messages(ts)
    assert len(found) > (10 if code == "en" else 300)  # English: its plural forms only
    missing = []
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            missing.append(source)
        for form in forms:  # a placeholder the code fills in must survive translation
            for placeholder in re.findall(r"\{\w+\}|%n|<b>", source):
                if placeholder not in form:
                    missing.append(f"{source!r}: {placeholder} lost in {form!r}")
    assert missing == []


def test_the_catalogues_hold_every_string_the_code_marks(tmp_path: Path) -> None:
    """lupdate run afresh finds nothing the committed .ts files lack: whoever adds a tr()
    string runs ``python packaging/build_translations.py --update`` and translates it."""
    build = _build_translations()
    fresh = tmp_path / "fresh.ts"
    shutil.copy(ROOT / "app" / "i18n" / "hearth_de.ts", fresh)
    before = {(m.findtext("source"), m.findtext("comment")) for m in messages(fresh)}
    build.update(targets=[fresh])
    after = {
        (m.findtext("source"), m.findtext("comment"))
        for m in messages(fresh)
        if m.find("translation") is not None and m.find("translation").get("type") != "vanished"  # type: ignore[union-attr]
    }
    assert after - before == set()


def test_hearth_lang_wins_then_the_setting_then_the_system(monkeypatch: Any) -> None:
    monkeypatch.setenv("HEARTH_LANG", "de_AT.UTF-8")
    assert i18n.choose("fr", ["ja-JP"]) == "de"
    monkeypatch.delenv("HEARTH_LANG")
    assert i18n.choose("fr", ["ja-JP"]) == "fr"
    assert i18n.choose("", ["pt-BR", "ja-JP", "en-US"]) == "ja"
    assert i18n.choose("", ["pt-BR"]) == "en"


def test_right_to_left_languages_mirror_the_layout(make_window: Any, english_after: None) -> None:
    window = make_window(wait_loaded=False)
    assert i18n.install("ar") is False  # not shipped: Qt's own texts, and the direction
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.composer.layoutDirection() == Qt.LayoutDirection.RightToLeft
    i18n.install("en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def walk_all(window: Any, qtbot: Any) -> list[tuple[str, str]]:
    """The texts of the main window, Settings and the model manager, in that order."""
    settings = window.open_settings()
    with qtbot.waitSignal(settings.keychainRead, timeout=30_000):
        pass
    found = texts(window) + texts(settings) + texts(window.open_model_manager())
    for dialog in window.findChildren(QDialog):
        dialog.close()
    return found


def same_places(
    one: list[tuple[str, str]], other: list[tuple[str, str]]
) -> list[tuple[str, str, str]]:
    """(where, text in one, text in the other) for the places both walks found. A text that
    comes from a job still running (the keychain, the local server's token) may be in only one
    walk; nearly all must be in both."""
    theirs = dict(other)
    common = [(where, text, theirs[where]) for where, text in one if where in theirs]
    assert len(common) >= 0.95 * max(len(one), len(other)), (len(common), len(one), len(other))
    return common


def untranslated(
    english: list[tuple[str, str]], other: list[tuple[str, str]], code: str
) -> list[str]:
    return sorted(
        {
            text
            for _, text, theirs in same_places(english, other)
            if theirs == text
            and re.search("[A-Za-z]{2}", text)
            and not SAME_EVERYWHERE.match(text.strip())
            and text not in SAME_IN[code]
        }
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_nothing_visible_stays_english(
    code: str, make_window: Any, qtbot: Any, english_after: None, monkeypatch: Any
) -> None:
    english = walk_all(make_window(), qtbot)
    monkeypatch.setenv("HEARTH_LANG", code)
    translated = walk_all(make_window(), qtbot)
    assert i18n.current() == code
    assert untranslated(english, translated, code) == []


def test_the_language_changes_from_settings_without_a_restart(
    make_window: Any, qtbot: Any, english_after: None, monkeypatch: Any
) -> None:
    """Saving Settings › Language retranslates the open window in place: it then reads exactly
    like a window opened in that language."""
    monkeypatch.delenv("HEARTH_LANG")
    window = make_window()
    window.open_model_manager().close()  # made in English, kept: it must follow too
    dialog = window.open_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.save()
    assert i18n.current() == "de"
    assert window.settings.language == "de"
    switched = walk_all(window, qtbot)
    fresh = walk_all(make_window(), qtbot)
    assert [(w, a) for w, a, b in same_places(switched, fresh) if a != b] == []
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert QCoreApplication.translate("ModelManager", "Download") == "Herunterladen"


def test_switching_the_language_redraws_the_engine_state_without_replaying_it(
    make_window: Any, qtbot: Any, english_after: None, monkeypatch: Any
) -> None:
    """A language switch changes no engine state: the loaded model's line is redrawn in the
    new language, and "model loaded" is not announced again."""
    monkeypatch.delenv("HEARTH_LANG")
    window = make_window()
    assert window.session.state.kind == "ready"
    loaded: list[str] = []
    window.modelLoaded.connect(loaded.append)
    window.settings_owner.change(language="de")
    qtbot.wait(50)
    assert loaded == []
    assert window.status_area.model_status.text().startswith("Bereit")


def test_a_window_opened_later_uses_the_saved_language(
    make_window: Any, english_after: None, monkeypatch: Any
) -> None:
    monkeypatch.delenv("HEARTH_LANG")
    window = make_window(wait_loaded=False)
    window.settings_owner.change(language="fr")
    window.close()
    i18n.install("en")
    again = make_window(wait_loaded=False)
    assert i18n.current() == "fr"
    assert isinstance(again, QWidget)
    assert again.conversations.new_button.text() != "New chat"
