"""The shipped catalog's own words (``app/models.toml``: each model's one-line ``description``),
marked for the catalogues: lupdate cannot read TOML, so they are listed here, in the context
``Catalog``. The model manager shows a description translated when it is one of these
(``app.ui.i18n.catalog_text``); a description the user wrote in their own ``models.toml``
shows as it is. A test fails when a shipped description is missing here.
"""

from __future__ import annotations

from app.core.text import QT_TRANSLATE_NOOP

CONTEXT = "Catalog"

DESCRIPTIONS = (
    QT_TRANSLATE_NOOP(
        "Catalog", "Tiny and quick; fine for short answers and trying Hearth out on any machine."
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Very small multilingual model; fast on old laptops, limited reasoning."
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Smallest Qwen3; thinks step by step before answering by default."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Google's small Gemma 3; good everyday writing for its size."),
    QT_TRANSLATE_NOOP("Catalog", "Meta's small Llama; quick, long context, decent at summaries."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Hugging Face's open 1.7B model, trained on openly documented data."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Small, multilingual and good at following instructions."),
    QT_TRANSLATE_NOOP("Catalog", "Qwen3 with step-by-step thinking; a strong small reasoner."),
    QT_TRANSLATE_NOOP("Catalog", "Google's Gemma 2; friendly, fluent English writing."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Balanced quality and speed; the pick for machines with 8 GB of memory."
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "Microsoft's Phi-3.5 mini; good at reasoning and code for its size."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Qwen3 4B with thinking mode; strong reasoning on a laptop."),
    QT_TRANSLATE_NOOP("Catalog", "Google's Gemma 3 4B; capable all-rounder with a long context."),
    QT_TRANSLATE_NOOP(
        "Catalog", "The best answers in this list; the pick for a typical 16 GB laptop."
    ),
    QT_TRANSLATE_NOOP(
        "Catalog", "The default for document search in English: good recall, 146 MB."
    ),
    QT_TRANSLATE_NOOP("Catalog", "Light document search in English: 37 MB, quick on any machine."),
    QT_TRANSLATE_NOOP(
        "Catalog", "Multilingual document search (over 100 languages): 639 MB, slower."
    ),
)
