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


class VectorCache:
    """The vectors of some collections from one model, as one matrix in memory: read from the
    database on first use and again only after the database changed (any write, by any
    connection: :meth:`DocumentIndex.version`). Belongs to the thread of its index."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._ids: npt.NDArray[np.int64] = np.empty(0, dtype=np.int64)
        self._matrix: Vectors = np.empty((0, 0), dtype=np.float32)

    def get(
        self, index: DocumentIndex, names: Sequence[str], model: str
    ) -> tuple[npt.NDArray[np.int64], Vectors]:
        """(passage ids, one unit vector per row) of the named collections from ``model``."""
        key = (tuple(sorted(names)), model, index.path, index.version())
        if key != self._key:
            ids, blobs = index.vectors(list(names), model)
            self._ids = np.asarray(ids, dtype=np.int64)
            self._matrix = np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(ids), -1)
            self._key = key
        return self._ids, self._matrix


def nearest(
    ids: npt.NDArray[np.int64], matrix: Vectors, query_vector: Vectors, top: int
) -> list[int]:
    """The ids of the ``top`` rows of ``matrix`` nearest to ``query_vector`` (cosine: the rows
    and the query are unit vectors), best first."""
    if not len(ids) or top <= 0:
        return []
    scores = matrix @ query_vector
    if top < len(scores):
        best = np.argpartition(-scores, top)[:top]
        order = best[np.argsort(-scores[best], kind="stable")]
    else:
        order = np.argsort(-scores, kind="stable")
    return [int(i) for i in ids[order]]


def dense_search(
    index: DocumentIndex,
    query: str,
    collections: Iterable[str],
    embedder: Embedder,
    top: int,
    cache: VectorCache | None = None,
) -> list[int]:
    """The ids of the ``top`` passages nearest to ``query`` by cosine similarity."""
    ids, matrix = (cache or VectorCache()).get(index, list(collections), embedder.name)
    if not len(ids):
        return []
    return nearest(ids, matrix, embedder.embed([query])[0], top)


def fuse(*rankings: Sequence[int], k: int = RRF_K) -> list[int]:
    """Reciprocal-rank fusion: ids by the sum of 1 / (k + rank) over the rankings they are in."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores, key=lambda item: (-scores[item], item))


def hybrid_search(
    index: DocumentIndex,
    query: str,
    collections: Iterable[str],
    embedder: Embedder,
    top: int = 10,
    cache: VectorCache | None = None,
) -> list[Passage]:
    """BM25 and dense rankings of the named collections, fused; the ``top`` passages."""
    names = list(collections)
    lexical = index.search(query, names, CANDIDATES)
    dense = dense_search(index, query, names, embedder, CANDIDATES, cache)
    return fused(index, lexical, dense, top)


def fused(
    index: DocumentIndex, lexical: list[Passage], dense: list[int], top: int
) -> list[Passage]:
    """The ``top`` passages of a BM25 and a dense ranking, by reciprocal-rank fusion."""
    order = fuse([p.id for p in lexical], dense)[:top]
    found = {p.id: p for p in lexical}
    found.update({p.id: p for p in index.passages([i for i in order if i not in found])})
    return [found[i] for i in order if i in found]
