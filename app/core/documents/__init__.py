"""The user's own documents, indexed on this computer and searched for answers (Qt-free).

:mod:`.parsing` gets text out of files, :mod:`.passages` splits it into passages, and
:mod:`.index` keeps collections in their own SQLite database with BM25 search over FTS5;
:mod:`.context` puts passages into answers; :mod:`.vectors` adds optional dense vectors, fused
with BM25 by reciprocal rank.
"""

from app.core.documents.index import (
    CollectionInfo,
    DocumentIndex,
    DocumentsError,
    FailedFile,
    IndexProgress,
    IndexReport,
    Passage,
    Source,
)

__all__ = [
    "CollectionInfo",
    "DocumentIndex",
    "DocumentsError",
    "FailedFile",
    "IndexProgress",
    "IndexReport",
    "Passage",
    "Source",
]
