"""Dense vectors for passages, searched with numpy and merged with BM25 (reciprocal-rank fusion).

Optional: BM25 alone answers without any model. An :class:`Embedder` turns texts into unit
vectors; :class:`LlamaEmbedder` does it with llama-cpp-python (``embedding=True``) on a GGUF
model, with the pooling and the query/passage prefixes its catalog entry names
(``kind = "embedding"`` in ``models.toml``; :func:`open_embedder` resolves the
``documents.embedding_model`` setting). The tests use the starter chat model as a stand-in
embedder. Vectors are stored as float32 blobs in the documents database, one per passage and
embedding model, held in memory between searches (:class:`VectorCache`) and searched by exact
cosine similarity over the collections asked for.

Threads: like :class:`~app.core.documents.index.DocumentIndex`, everything here runs on the
thread that calls it (the indexing worker); an embedder is not shared between threads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

from app.core.documents.index import DocumentIndex, Passage

if TYPE_CHECKING:
    from app.core.catalog import CatalogEntry, Pooling

RRF_K = 60  # the usual constant of reciprocal-rank fusion
CANDIDATES = 50  # how deep each ranking is read before fusing
BATCH = 16

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Passages in, one unit-length float32 vector per passage out (shape ``(len(texts),
    dim)``); :meth:`embed_query` does the same for a question (a model may want them worded
    differently)."""

    name: str

    def embed(self, texts: Sequence[str]) -> Vectors: ...

    def embed_query(self, text: str) -> Vectors: ...


class LlamaEmbedder:
    """Embeddings from a GGUF model through llama-cpp-python, pooled as the model wants and
    normalised; passages and questions get the model's prefixes."""

    def __init__(
        self,
        model_path: Path,
        n_ctx: int = 512,
        *,
        pooling: Pooling = "mean",
        query_prefix: str = "",
        document_prefix: str = "",
        name: str | None = None,
    ) -> None:
        import llama_cpp

        pooling_type = {
            "mean": llama_cpp.LLAMA_POOLING_TYPE_MEAN,
            "cls": llama_cpp.LLAMA_POOLING_TYPE_CLS,
            "last": llama_cpp.LLAMA_POOLING_TYPE_LAST,
        }[pooling]
        self.name = name or model_path.name
        self.query_prefix, self.document_prefix = query_prefix, document_prefix
        self._llm = llama_cpp.Llama(
            str(model_path), embedding=True, n_ctx=n_ctx, pooling_type=pooling_type, verbose=False
        )
        self._max_chars = n_ctx * 3  # stay inside the context: about 3 characters a token at worst

    def _vectors(self, texts: Sequence[str]) -> Vectors:
        rows = self._llm.embed([t[: self._max_chars] for t in texts], normalize=True)
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), -1)

    def embed(self, texts: Sequence[str]) -> Vectors:
        return self._vectors([self.document_prefix + t for t in texts])

    def embed_query(self, text: str) -> Vectors:
        return self._vectors([self.query_prefix + text])[0]

    def close(self) -> None:
        self._llm.close()


def embedding_model(choice: str) -> CatalogEntry | Path | None:
    """What the ``documents.embedding_model`` setting names, when it is there to use: an
    installed catalog entry of kind ``embedding``, or an existing GGUF file; else None."""
    if not choice.strip():
        return None
    from app.core.catalog import load_catalog
    from app.core.downloads import is_installed

    entry = load_catalog().get(choice.strip())
    if entry is not None:
        return entry if entry.kind == "embedding" and is_installed(entry) else None
    path = Path(choice).expanduser()
    return path if path.suffix.lower() == ".gguf" and path.is_file() else None


def open_embedder(choice: str) -> LlamaEmbedder | None:
    """The embedder the setting names (see :func:`embedding_model`), loaded; None without one.
    Loads a model: call it on a worker thread."""
    model = embedding_model(choice)
    if model is None:
        return None
    if isinstance(model, Path):
        return LlamaEmbedder(model)
    return LlamaEmbedder(
        model.install_path(),
        pooling=model.pooling or "mean",
        query_prefix=model.query_prefix,
        document_prefix=model.document_prefix,
        name=model.id,
    )


def embed_collection(
    index: DocumentIndex,
    name: str,
    embedder: Embedder,
    cancel: Callable[[], bool] | None = None,
) -> int:
    """Embed the passages of collection ``name`` that have no vector from ``embedder`` yet,
    a batch at a time (``cancel`` is checked between batches); how many were embedded."""
    missing = index.passages_without_vectors(name, embedder.name)
    for start in range(0, len(missing), BATCH):
        if cancel is not None and cancel():
            return start
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
            flat = np.frombuffer(b"".join(blobs), dtype=np.float32)
            self._matrix = flat.reshape(len(ids), -1) if ids else flat.reshape(0, 0)
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
    return nearest(ids, matrix, embedder.embed_query(query), top)


def fusion_scores(*rankings: Sequence[int], k: int = RRF_K) -> dict[int, float]:
    """Reciprocal-rank fusion: per id, the sum of 1 / (k + rank) over the rankings it is in."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return scores


def fuse(*rankings: Sequence[int], k: int = RRF_K) -> list[int]:
    """The ids of the rankings, best fused score first (ties: the smaller id)."""
    scores = fusion_scores(*rankings, k=k)
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
    """The ``top`` passages of a BM25 and a dense ranking, by reciprocal-rank fusion (their
    ``score`` is the fused one)."""
    scores = fusion_scores([p.id for p in lexical], dense)
    order = sorted(scores, key=lambda item: (-scores[item], item))[:top]
    found = {p.id: p for p in lexical}
    found.update({p.id: p for p in index.passages([i for i in order if i not in found])})
    return [replace(found[i], score=scores[i]) for i in order if i in found]
