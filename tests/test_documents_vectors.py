"""Dense vectors: stored per passage and model, searched by cosine, fused with BM25 (RRF)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from app.core.documents import DocumentIndex
from app.core.documents.vectors import (
    LlamaEmbedder,
    VectorCache,
    Vectors,
    dense_search,
    embed_collection,
    fuse,
    hybrid_search,
    nearest,
)
from tests.test_documents import QUESTIONS, _library

TOPICS = ("bread", "boat", "bee")


class TopicEmbedder:
    """A stand-in embedder: one axis per topic word family, so that meaning is known."""

    name = "topics"
    families = {
        "bread": ("sourdough", "loaf", "flour", "baking", "bake", "starter"),
        "boat": ("mainsail", "sailing", "squall", "reef", "vessel"),
        "bee": ("hive", "colony", "bee", "beekeeping", "honey"),
    }

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.calls += 1
        rows = []
        for text in texts:
            words = text.lower().replace(".", " ").split()
            row = [sum(w in self.families[t] for w in words) for t in TOPICS] + [0.1]
            rows.append(row)
        matrix = np.asarray(rows, dtype=np.float32)
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)

    def embed_query(self, text: str) -> Vectors:
        return self.embed([text])[0]


@pytest.fixture
def index(tmp_path: Path) -> Iterator[DocumentIndex]:
    _library(tmp_path / "docs")
    db = DocumentIndex()
    db.add("Home", [tmp_path / "docs"])
    db.index("Home")
    yield db
    db.close()


def test_fusion_rewards_agreement_between_rankings() -> None:
    assert fuse([1, 2, 3], [2, 9]) == [2, 1, 9, 3]  # 2 is in both; then by best rank
    assert fuse([], [5]) == [5]


def test_vectors_are_stored_once_and_dense_search_finds_meaning(index: DocumentIndex) -> None:
    embedder = TopicEmbedder()
    assert embed_collection(index, "Home", embedder) == 10
    assert embed_collection(index, "Home", embedder) == 0  # nothing new to embed
    [nearest] = dense_search(index, "a vessel in bad weather", ["Home"], embedder, top=1)
    assert Path(index.passages([nearest])[0].path).name == "boat.docx"
    assert index.search("a vessel in bad weather", ["Home"]) == []  # BM25 alone misses it
    [hit] = hybrid_search(index, "a vessel in bad weather", ["Home"], embedder, top=1)
    assert Path(hit.path).name == "boat.docx"
    for question, name in QUESTIONS.items():  # fusion keeps what BM25 found
        found = [Path(p.path).name for p in hybrid_search(index, question, ["Home"], embedder, 5)]
        assert name in found, (question, found)


def test_a_changed_file_drops_its_old_vectors(index: DocumentIndex, tmp_path: Path) -> None:
    embedder = TopicEmbedder()
    embed_collection(index, "Home", embedder)
    (tmp_path / "docs" / "boat.docx").unlink()
    index.index("Home")
    ids, _ = index.vectors(["Home"], "topics")
    assert len(ids) == 9


def test_the_starter_model_embeds_passages_as_unit_vectors(
    index: DocumentIndex, starter_model: Path
) -> None:
    embedder = LlamaEmbedder(starter_model)
    try:
        assert embed_collection(index, "Home", embedder) == 10
        ids, blobs = index.vectors(["Home"], starter_model.name)
        matrix = np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(ids), -1)
        assert matrix.shape == (10, 576)
        assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-3)
        # a passage's own text is nearest to itself
        [target] = index.search("Reef the mainsail before the squall arrives", top=1)
        nearest = dense_search(index, target.text, ["Home"], embedder, top=1)
        assert nearest == [target.id]
    finally:
        embedder.close()


def test_the_vector_cache_reads_once_and_again_after_any_change(
    index: DocumentIndex, tmp_path: Path
) -> None:
    embedder = TopicEmbedder()
    embed_collection(index, "Home", embedder)
    cache = VectorCache()
    ids, matrix = cache.get(index, ["Home"], "topics")
    assert len(ids) == matrix.shape[0] == 10
    assert cache.get(index, ["Home"], "topics")[1] is matrix  # unchanged: not read again
    (tmp_path / "docs" / "boat.docx").unlink()
    other = DocumentIndex()  # a change by another connection (the watcher's worker)
    other.index("Home")
    other.close()
    ids, matrix = cache.get(index, ["Home"], "topics")
    assert len(ids) == 9
    assert dense_search(index, "a vessel in bad weather", ["Home"], embedder, 9, cache) != []


def test_nearest_is_the_exact_cosine_ranking() -> None:
    rng = np.random.default_rng(14)
    matrix = rng.standard_normal((500, 32)).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    ids = np.arange(1000, 1500, dtype=np.int64)
    query = matrix[7]
    exact = [int(ids[i]) for i in np.argsort(-(matrix @ query))]
    assert nearest(ids, matrix, query, 10) == exact[:10]
    assert nearest(ids, matrix, query, 600) == exact
    assert nearest(ids[:0], matrix[:0], query, 5) == []
