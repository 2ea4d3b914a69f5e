"""Documents core: parsing by structure, passages, incremental indexing, bad input, BM25 search."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import paths
from app.core.documents import DocumentIndex, DocumentsError, IndexProgress
from app.core.documents.parsing import (
    Block,
    ParseError,
    extract,
    html_blocks,
    markdown_blocks,
    rst_blocks,
)
from app.core.documents.passages import split_passages
from tests.helpers.documents import (
    write_blank_pdf,
    write_docx,
    write_encrypted_pdf,
    write_epub,
    write_odt,
    write_pdf,
    write_zip_bomb,
)


@pytest.fixture
def index() -> Iterator[DocumentIndex]:
    db = DocumentIndex()
    yield db
    db.close()


def test_markdown_keeps_headings_and_fenced_code_whole() -> None:
    text = "# Setup\n\nInstall it.\n\n```sh\npip install x\n\npip install y\n```\n\n## Use\nRun it."
    blocks = markdown_blocks(text)
    assert [b.kind for b in blocks] == ["heading", "paragraph", "code", "heading", "paragraph"]
    assert blocks[2].text == "```sh\npip install x\n\npip install y\n```"
    assert blocks[3].text == "Use"


def test_html_drops_scripts_and_styles_and_keeps_headings_and_pre() -> None:
    page = (
        "<html><head><title>Guide</title><style>p{color:red}</style></head><body>"
        "<h2>Brewing</h2><p>Use  water at\n92 &deg;C.</p><script>alert(1)</script>"
        "<pre>a = 1\n  b = 2</pre></body></html>"
    )
    blocks = html_blocks(page)
    assert blocks == [
        Block("heading", "Guide"),
        Block("heading", "Brewing"),
        Block("paragraph", "Use water at 92 °C."),
        Block("code", "a = 1\n  b = 2"),
    ]


def test_rst_section_titles_become_headings() -> None:
    blocks = rst_blocks("Title\n=====\n\nIntro text.\n\nPart two\n--------\nMore.\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Title"),
        ("paragraph", "Intro text."),
        ("heading", "Part two"),
        ("paragraph", "More."),
    ]


def test_passages_fit_the_target_overlap_and_name_heading_and_page() -> None:
    sentences = [f"Sentence number {i} talks about topic {i}." for i in range(200)]
    blocks = [Block("heading", "Chapter"), Block("paragraph", " ".join(sentences), page=3)]
    chunks = split_passages(blocks, target=300, overlap=60)
    assert len(chunks) > 10
    assert all(len(c.text) <= 300 + 60 + 2 for c in chunks)
    assert all(c.heading == "Chapter" and c.page == 3 for c in chunks)
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert after.text[:20] in before.text  # the overlap repeats the end of the previous one
    joined = " ".join(c.text for c in chunks)
    assert all(s in joined for s in sentences)


def test_a_heading_starts_a_new_passage() -> None:
    blocks = [
        Block("heading", "One"),
        Block("paragraph", "alpha"),
        Block("heading", "Two"),
        Block("paragraph", "beta"),
    ]
    chunks = split_passages(blocks)
    assert [(c.heading, c.text) for c in chunks] == [("One", "alpha"), ("Two", "beta")]


def test_the_parser_follows_the_content_not_the_name(tmp_path: Path) -> None:
    disguised = write_pdf(tmp_path / "looks-like.txt", ["The lighthouse keeper logs storms."])
    assert extract(disguised)[0].text == "The lighthouse keeper logs storms."
    assert extract(disguised)[0].page == 1
    fake = tmp_path / "report.pdf"
    fake.write_text("just words")
    with pytest.raises(ParseError, match="not a PDF"):
        extract(fake)


def _library(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    files = {
        "txt": folder / "garden.txt",
        "md": folder / "bread.md",
        "html": folder / "bikes.html",
        "pdf": folder / "tax.pdf",
        "docx": folder / "boat.docx",
        "odt": folder / "bees.odt",
        "epub": folder / "novel.epub",
        "rst": folder / "telescope.rst",
    }
    files["txt"].write_text(
        "Tomatoes need six hours of sunlight.\n\nWater the seedlings every morning."
    )
    files["md"].write_text(
        "# Sourdough\n\nFeed the starter with rye flour twice a day.\n\n"
        "## Baking\n\nBake the loaf at 250 degrees in a Dutch oven."
    )
    files["html"].write_text(
        "<html><body><h1>Bicycle repair</h1><p>Patch the inner tube after finding the "
        "puncture with soapy water.</p></body></html>"
    )
    write_pdf(
        files["pdf"], ["Cover page of the form.", "Deductions for a home office are limited."]
    )
    write_docx(files["docx"], "Sailing", ["Reef the mainsail before the squall arrives."])
    write_odt(files["odt"], "Beekeeping", "Smoke calms the colony before opening the hive.")
    write_epub(files["epub"], [("Chapter one", "The detective found the emerald necklace.")])
    files["rst"].write_text("Telescope\n=========\n\nCollimate the mirrors of the reflector.\n")
    return files


QUESTIONS = {
    "how much sunlight do tomatoes need": "garden.txt",
    "what flour feeds the sourdough starter": "bread.md",
    "how to find a puncture in a tube": "bikes.html",
    "home office deductions": "tax.pdf",
    "when should I reef the mainsail": "boat.docx",
    "how do you calm a bee colony": "bees.odt",
    "who found the necklace": "novel.epub",
    "collimate mirrors": "telescope.rst",
}


def test_a_folder_of_every_format_is_indexed_and_found(
    tmp_path: Path, index: DocumentIndex
) -> None:
    _library(tmp_path / "docs")
    index.add("Home", [tmp_path / "docs"])
    report = index.index("Home")
    assert (report.added, report.failed, report.cancelled) == (8, [], False)
    for question, name in QUESTIONS.items():
        found = [Path(p.path).name for p in index.search(question, top=3)]
        assert name in found, (question, found)
    [pdf] = index.search("deductions home office", top=1)
    assert (Path(pdf.path).name, pdf.page) == ("tax.pdf", 2)
    [baking] = index.search("Dutch oven", top=1)
    assert baking.heading == "Baking"
    assert baking.location() == 'bread.md, "Baking"'
    assert index.search("zeppelin") == []
    assert index.search("the of")  # a query of stopwords alone still searches them
    assert index.search("") == []


def test_the_database_is_private(index: DocumentIndex) -> None:
    path = paths.documents_database_path()
    assert index.path == path
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_bad_files_are_listed_with_their_reason_and_indexing_goes_on(
    tmp_path: Path, index: DocumentIndex
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.md").write_text("The quartermaster counts the barrels.")
    write_encrypted_pdf(folder / "locked.pdf", "secret words")
    write_blank_pdf(folder / "scan.pdf")
    write_zip_bomb(folder / "bomb.docx")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    with (folder / "huge.log").open("wb") as handle:  # a sparse 2 GB file: nothing is read
        handle.truncate(2 * 10**9)
    (folder / "loop").symlink_to(folder)
    (folder / "dangling.txt").symlink_to(folder / "nowhere")
    latin1 = os.fsencode(folder) + b"/caf\xe9.txt"  # a name that is not UTF-8
    with open(latin1, "wb") as handle:
        handle.write(b"Espresso is pulled in twenty-five seconds.")
    index.add("Mixed", [folder])
    report = index.index("Mixed")
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert "needs a password" in reasons["locked.pdf"]
    assert "no text layer" in reasons["scan.pdf"]
    assert "zip bomb" in reasons["bomb.docx"]
    assert reasons["binary.txt"] == "binary content, not text"
    assert reasons["huge.log"] == "too large (2.0 GB; the limit is 32.0 MB)"
    assert "broken link" in reasons["dangling.txt"]
    assert [Path(p.path).name for p in index.search("quartermaster barrels")] == ["good.md"]
    [cafe] = index.search("espresso")
    assert cafe.path.endswith("caf\ufffd.txt")
    assert len(index.search("quartermaster")) == 1  # the loop did not index good.md twice
    # failures are remembered: an unchanged bad file is not read again, and is still listed
    again = index.index("Mixed")
    assert (again.added, again.updated) == (0, 0)
    assert {Path(f.path).name for f in again.failed} >= set(reasons) - {"dangling.txt"}


def test_an_unreadable_file_is_listed(
    tmp_path: Path, index: DocumentIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    secret = folder / "secret.txt"
    secret.write_text("hidden")
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "secret.txt":  # chmod 0 does not stop root, who runs some CI
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)
    index.add("L", [folder])
    [failed] = index.index("L").failed
    assert failed.reason == "unreadable: permission denied"


def test_reindexing_reads_only_what_changed(tmp_path: Path, index: DocumentIndex) -> None:
    files = _library(tmp_path / "docs")
    index.add("Home", [tmp_path / "docs"])
    index.index("Home")
    assert index.index("Home").unchanged == 8
    files["txt"].write_text("Carrots like sandy soil.")
    os.utime(files["txt"], ns=(1, 1))
    seen: list[str] = []
    report = index.index("Home", progress=lambda p: seen.append(p.current))
    assert (report.updated, report.added, report.removed, report.unchanged) == (1, 0, 0, 7)
    assert seen == [str(files["txt"]), ""]
    assert index.search("tomatoes sunlight") == []
    assert [Path(p.path).name for p in index.search("carrots")] == ["garden.txt"]
    files["md"].rename(tmp_path / "docs" / "loaf.md")
    files["html"].unlink()
    report = index.index("Home")
    assert (report.added, report.removed) == (1, 2)
    assert [Path(p.path).name for p in index.search("sourdough starter")] == ["loaf.md"]
    assert index.search("puncture") == []


def test_a_vanished_folder_keeps_the_collection_and_warns(
    tmp_path: Path, index: DocumentIndex
) -> None:
    _library(tmp_path / "drive")
    index.add("Drive", [tmp_path / "drive"])
    index.index("Drive")
    (tmp_path / "drive").rename(tmp_path / "unplugged")
    report = index.index("Drive")
    assert report.missing_roots == [str(tmp_path / "drive")]
    assert report.removed == 0
    [info] = index.collections()
    assert (info.name, info.files, info.missing_roots) == ("Drive", 8, [str(tmp_path / "drive")])
    assert index.search("mainsail")  # its passages stay searchable until it comes back


def test_progress_counts_up_and_cancel_stops_between_files(
    tmp_path: Path, index: DocumentIndex
) -> None:
    _library(tmp_path / "docs")
    index.add("Home", [tmp_path / "docs"])
    events: list[IndexProgress] = []
    report = index.index("Home", progress=events.append, cancel=lambda: len(events) >= 3)
    assert report.cancelled
    assert [(e.done, e.total) for e in events] == [(0, 8), (1, 8), (2, 8)]
    assert report.added == 3
    events.clear()
    report = index.index("Home", progress=events.append)
    assert (report.added, report.unchanged, report.cancelled) == (5, 3, False)
    assert events[-1] == IndexProgress(5, 5, "")


def test_collections_add_list_remove_and_unknown_names(
    tmp_path: Path, index: DocumentIndex
) -> None:
    _library(tmp_path / "docs")
    index.add("Home", [tmp_path / "docs"])
    index.add("Home", [tmp_path / "docs" / "bread.md"])  # adding again: one more root only
    index.index("Home")
    [info] = index.collections()
    assert (info.files, info.failed, info.missing_roots) == (8, 0, [])
    assert info.roots == sorted([str(tmp_path / "docs"), str(tmp_path / "docs" / "bread.md")])
    assert len(index.search("sourdough")) == 1  # the file under two roots is indexed once
    with pytest.raises(DocumentsError, match="no collection named 'Work'"):
        index.index("Work")
    with pytest.raises(DocumentsError, match="no collection named 'Work'"):
        index.search("x", ["Work"])
    index.remove("Home")
    assert index.names() == []
    assert index.search("sourdough") == []


def test_retrieve_fits_the_budget_and_attachments_follow_collections(
    tmp_path: Path, index: DocumentIndex
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(20):
        (folder / f"n{i}.txt").write_text(f"Note {i} about the harbour crane. " * 20)
    index.add("Notes", [folder])
    index.index("Notes")
    index.attach(7, "Notes")
    assert index.attached(7) == ["Notes"]
    assert index.attached(8) == []
    passages = index.retrieve(index.attached(7), "harbour crane", budget_tokens=600)
    assert 1 <= len(passages) < 20
    assert sum(len(p.text) // 4 + 1 + 16 for p in passages) <= 600
    assert index.retrieve([], "harbour crane", 600) == []
    index.remove("Notes")
    assert index.attached(7) == []


def test_a_database_from_the_row_trigger_version_is_upgraded_and_stays_consistent(
    tmp_path: Path,
) -> None:
    """Databases made before passages entered the search index per batch had a per-row trigger;
    left in place it would index every new passage twice (FTS5's integrity check fails)."""
    import sqlite3

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# Soil\n\nCarrots like sandy soil.\n")
    first = DocumentIndex()
    first.close()
    db = sqlite3.connect(paths.documents_database_path())
    db.execute(
        "CREATE TRIGGER passage_search_insert AFTER INSERT ON passages BEGIN"
        " INSERT INTO passage_search (rowid, heading, text) VALUES (new.id, new.heading, new.text);"
        " END"
    )
    db.commit()
    db.close()
    index = DocumentIndex()
    try:
        index.add("Home", [tmp_path / "docs"])
        index.index("Home")
        assert [Path(p.path).name for p in index.search("carrots")] == ["a.md"]
        index._db.execute(
            "INSERT INTO passage_search (passage_search, rank) VALUES ('integrity-check', 1)"
        )
    finally:
        index.close()


def test_a_connection_open_while_another_indexes_still_searches(tmp_path: Path) -> None:
    """The window's panel keeps its index open while workers open their own and index."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("Carrots like sandy soil.\n")
    panel = DocumentIndex()
    try:
        panel.add("Garden", [tmp_path / "docs"])
        panel.index("Garden")
        (tmp_path / "docs" / "b.md").write_text("Basil wants warmth.\n")
        worker = DocumentIndex()
        worker.index("Garden")
        worker.close()
        assert [Path(p.path).name for p in panel.search("basil")] == ["b.md"]
        assert [Path(p.path).name for p in panel.search("carrots")] == ["a.md"]
    finally:
        panel.close()
