"""Embedding models: catalog entries of their own kind, the setting that picks one, vectors made
in the background and used by answers and `hearth docs search`.

Tests cannot download the real embedding models; the starter chat model stands in (the setting
takes the path of a GGUF file too), in llama-cpp-python's embedding mode.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from app import documents_cli
from app.core import paths
from app.core.catalog import load_catalog
from app.core.documents import DocumentIndex
from app.core.documents.context import DocumentsContext, release_searcher
from app.core.documents.vectors import LlamaEmbedder, embed_collection, embedding_model
from app.core.models import installed_models
from app.core.settings import DocumentsSettings, Settings, save_settings
from app.ui.main_window import MainWindow
from tests.test_catalog import write_user_catalog

PINS = {  # from shared/model-pins-embedding.md: E2, E4, E12
    "nomic-embed-text-v1.5": (
        "nomic-ai/nomic-embed-text-v1.5-GGUF",
        "nomic-embed-text-v1.5.Q8_0.gguf",
        146146432,
        "3e24342164b3d94991ba9692fdc0dd08e3fd7362e0aacc396a9a5c54a544c3b7",
        "mean",
        "search_query: ",
        "search_document: ",
    ),
    "bge-small-en-v1.5": (
        "ggml-org/bge-small-en-v1.5-Q8_0-GGUF",
        "bge-small-en-v1.5-q8_0.gguf",
        36685152,
        "f046db1dc724cf4f6f0a0c5917e922823b73eb1d27b8f9a9c2797f7866974804",
        "cls",
        "Represent this sentence for searching relevant passages: ",
        "",
    ),
    "qwen3-embedding-0.6b": (
        "Qwen/Qwen3-Embedding-0.6B-GGUF",
        "Qwen3-Embedding-0.6B-Q8_0.gguf",
        639150592,
        "06507c7b42688469c4e7298b0a1e16deff06caf291cf0a5b278c308249c3e439",
        "last",
        "Instruct: Given a question, retrieve passages that answer it\nQuery:",
        "",
    ),
}


def test_the_catalog_pins_three_embedding_models_never_offered_for_chat() -> None:
    catalog = load_catalog()
    embedding = {e.id: e for e in catalog.of_kind("embedding")}
    assert set(embedding) == set(PINS)
    for entry_id, pin in PINS.items():
        e = embedding[entry_id]
        assert (e.repo_id, e.filename, e.size, e.sha256, e.pooling) == pin[:5]
        assert (e.query_prefix, e.document_prefix) == pin[5:]
        assert e.pinned_to_commit
        assert e.install_path().parent == paths.models_dir() / "embedding"
    assert all(e.kind == "chat" for e in catalog.of_kind("chat"))
    for ram in (2, 4, 8, 16, 64):
        choice = catalog.recommended_for_machine(ram * 1024**3)
        assert choice is None or choice.kind == "chat"
    # an installed embedding model is not a model to chat with
    nomic = embedding["nomic-embed-text-v1.5"]
    nomic.install_path().parent.mkdir(parents=True)
    with nomic.install_path().open("wb") as fh:
        fh.truncate(nomic.size)
    assert all(m.path != nomic.install_path() for m in installed_models())
    assert embedding_model("nomic-embed-text-v1.5") == nomic  # and it is the one to embed with


def test_an_embedding_entry_needs_its_pooling() -> None:
    write_user_catalog(
        """
[[models]]
id = "my-embedder"
name = "My embedder"
kind = "embedding"
repo_id = "someone/my-embedder-GGUF"
revision = "0123456789abcdef0123456789abcdef01234567"
filename = "my-embedder.gguf"
size = 1000
sha256 = "6c1a2b41161032677be168d354123594c0e6e67d2b9227c84f296ad037c728ff"
license = "MIT"
parameters = "33M"
quantization = "Q8_0"
context_length = 512
description = "Test."
"""
    )
    catalog = load_catalog()
    assert catalog.get("my-embedder") is None
    problems = [str(p) for p in catalog.problems if p.field == "pooling"]
    assert problems and "'my-embedder'" in problems[0] and "'mean', 'cls' or 'last'" in problems[0]


def test_the_setting_names_an_installed_entry_or_a_gguf_file(
    starter_model: Path, tmp_path: Path
) -> None:
    assert DocumentsSettings().embedding_model == "nomic-embed-text-v1.5"
    assert embedding_model("") is None
    assert embedding_model("nomic-embed-text-v1.5") is None  # not downloaded
    assert embedding_model("qwen3-0.6b") is None  # a chat model is not an embedder
    assert embedding_model(str(tmp_path / "missing.gguf")) is None
    assert embedding_model(str(starter_model)) == starter_model


def test_passages_and_questions_get_the_model_prefixes(starter_model: Path) -> None:
    plain = LlamaEmbedder(starter_model)
    prefixed = LlamaEmbedder(
        starter_model, query_prefix="search_query: ", document_prefix="search_document: "
    )
    try:
        assert np.allclose(
            prefixed.embed_query("bread"), plain.embed_query("search_query: bread"), atol=1e-4
        )
        assert np.allclose(
            prefixed.embed(["bread"]), plain.embed(["search_document: bread"]), atol=1e-4
        )
        assert not np.allclose(prefixed.embed_query("bread"), plain.embed_query("bread"), atol=1e-3)
    finally:
        plain.close()
        prefixed.close()


def _garden(folder: Path) -> None:
    folder.mkdir()
    (folder / "soil.md").write_text("# Soil\n\nCarrots like sandy soil.\n", encoding="utf-8")
    (folder / "bees.md").write_text("# Bees\n\nThe hive swarms in May.\n", encoding="utf-8")


def test_answers_use_the_vectors_once_the_model_is_there(
    starter_model: Path, tmp_path: Path
) -> None:
    _garden(tmp_path / "garden")
    index = DocumentIndex()
    index.add("Garden", [tmp_path / "garden"])
    index.index("Garden")
    index.attach(7, "Garden")
    question = "orange roots vegetables"  # no word of it is in any passage
    hybrid = DocumentsContext(7, 2000, embedding_model=str(starter_model))
    try:
        assert DocumentsContext(7, 2000)(question) == []  # BM25 alone finds nothing
        assert hybrid(question) == []  # no vectors yet: BM25 still answers (with nothing)
        embedder = LlamaEmbedder(starter_model)
        assert embed_collection(index, "Garden", embedder) == 2
        embedder.close()
        found = hybrid(question)
        assert sorted(Path(p.path).name for p in found) == ["bees.md", "soil.md"]
        assert [p.heading for p in hybrid("carrots")][0] == "Soil"  # BM25 still counts
    finally:
        release_searcher()
        index.close()


@pytest.fixture
def embedder_setting(starter_model: Path) -> str:
    s = Settings()
    s.generation.max_tokens = 4
    s.documents.embedding_model = str(starter_model)
    save_settings(s)
    return str(starter_model)


def test_the_window_embeds_in_the_background_and_re_embeds_on_a_new_model(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    embedder_setting: str,
    starter_model: Path,
    tmp_path: Path,
) -> None:
    _garden(tmp_path / "garden")
    index = DocumentIndex()
    index.add("Garden", [tmp_path / "garden"])
    index.index("Garden")
    window = make_window()
    qtbot.waitUntil(
        lambda: len(index.vectors(["Garden"], starter_model.name)[0]) == 2, timeout=120_000
    )
    assert index.search("carrots") != []

    other = tmp_path / "other-embedder.gguf"
    os.symlink(starter_model, other)
    window.settings_owner.change(documents=DocumentsSettings(str(other)))
    qtbot.waitUntil(lambda: len(index.vectors(["Garden"], other.name)[0]) == 2, timeout=120_000)
    assert len(index.vectors(["Garden"], starter_model.name)[0]) == 2  # kept for switching back
    dialog = window.open_documents()
    panel = window.documents.panel
    assert panel is not None and panel.collection_list.item(0).text() == (
        "Garden — 2 files, 2 passages (2 with vectors)"
    )
    dialog.close()
    index.close()


def test_docs_search_is_hybrid_with_the_model(embedder_setting: str, tmp_path: Path) -> None:
    _garden(tmp_path / "garden")
    out, err = io.StringIO(), io.StringIO()
    assert documents_cli.main(["add", str(tmp_path / "garden")], out, err) == 0
    assert "2 passage(s) embedded with" in err.getvalue()
    out = io.StringIO()
    code = documents_cli.main(["search", "orange roots vegetables", "--json"], out, io.StringIO())
    assert code == 0  # BM25 alone would find nothing (exit 1)
    assert len(json.loads(out.getvalue())) == 2
