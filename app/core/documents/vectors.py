"""Dense vectors for passages, searched with numpy and merged with BM25 (reciprocal-rank fusion).

Optional: BM25 alone answers without any model. An :class:`Embedder` turns texts into unit
vectors; :class:`LlamaEmbedder` does it with llama-cpp-python (``embedding=True``, mean pooling)
on any GGUF model (the tests use the starter chat model as a stand-in embedder). Vectors are
stored as float32 blobs in the documents database, one per passage and embedding model, and
searched by cosine similarity over the collections asked for.

Threads: like :class:`~app.core.documents.index.DocumentIndex`, everything here runs on the
thread that calls it (the indexing worker); an embedder is not shared between threads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from app.core.documents.index import DocumentIndex, Passage

RRF_K = 60  # the usual constant of reciprocal-rank fusion
CANDIDATES = 50  # how deep each ranking is read before fusing
BATCH = 16

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Texts in, one unit-length float32 vector per text out (shape ``(len(texts), dim)``)."""

    name: str

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class LlamaEmbedder:
    """Embeddings from a GGUF model through llama-cpp-python, mean-pooled and normalised."""

    def __init__(self, model_path: Path, n_ctx: int = 512) -> None:
        import llama_cpp

        self.name = model_path.name
        self._llm = llama_cpp.Llama(
            str(model_path),
            embedding=True,
            n_ctx=n_ctx,
            pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN,
            verbose=False,
        )
        self._max_chars = n_ctx * 3  # stay inside the context: about 3 characters a token at worst

    def embed(self, texts: Sequence[str]) -> Vectors:
        rows = self._llm.embed([t[: self._max_chars] for t in texts], normalize=True)
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), -1)

    def close(self) -> None:
        self._llm.close()


def embed_collection(index: DocumentIndex, name: str, embedder: Embedder) -> int:
    """Embed the passages of collection ``name`` that have no vector from ``embedder`` yet;
    how many were embedded."""
    missing = index.passages_without_vectors(name, embedder.name)
    for start in range(0, len(missing), BATCH):
        batch = missing[start : start + BATCH]
        vectors = embedder.embed([text for _, text in batch])
        index.store_vectors(
            embedder.name, [(pid, v.tobytes()) for (pid, _), v in zip(batch, vectors, strict=True)]
        )
    return len(missing)


def dense_search(
    index: DocumentIndex, query: str, collections: Iterable[str], embedder: Embedder, top: int
) -> list[int]:
    """The ids of the ``top`` passages nearest to ``query`` by cosine similarity."""
    ids, blobs = index.vectors(list(collections), embedder.name)
    if not ids:
        return []
    matrix = np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(ids), -1)
    scores = matrix @ embedder.embed([query])[0]
    order = np.argsort(-scores)[:top]
    return [ids[i] for i in order]


def fuse(*rankings: Sequence[int], k: int = RRF_K) -> list[int]:
    """Reciprocal-rank fusion: ids by the sum of 1 / (k + rank) over the rankings they are in."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores, key=lambda item: (-scores[item], item))


def hybrid_search(
    index: DocumentIndex, query: str, collections: Iterable[str], embedder: Embedder, top: int = 10
) -> list[Passage]:
    """BM25 and dense rankings of the named collections, fused; the ``top`` passages."""
    names = list(collections)
    lexical = index.search(query, names, CANDIDATES)
    dense = dense_search(index, query, names, embedder, CANDIDATES)
    order = fuse([p.id for p in lexical], dense)[:top]
    found = {p.id: p for p in lexical}
    found.update({p.id: p for p in index.passages([i for i in order if i not in found])})
    return [found[i] for i in order if i in found]
