"""``hearth docs``: add, list, search (recall over every format), rm, reindex and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from app.__main__ import main as hearth_main
from tests.test_documents import QUESTIONS, _library


def _docs(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    from app.documents_cli import main

    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_add_then_search_finds_the_right_file_for_each_question(tmp_path: Path) -> None:
    _library(tmp_path / "library")
    code, out, err = _docs("add", str(tmp_path / "library"))
    assert code == 0, err
    assert out == "library: 8 added, 0 updated, 0 removed, 0 unchanged, 0 could not be read\n"
    hits = 0
    for question, name in QUESTIONS.items():
        code, out, _ = _docs("search", question, "--top", "3", "--json")
        assert code == 0
        found = [Path(row["path"]).name for row in json.loads(out)]
        hits += name in found
    assert hits == len(QUESTIONS)  # recall: every question finds its file in the top three


def test_search_output_exit_codes_and_collection_filter(tmp_path: Path) -> None:
    _library(tmp_path / "library")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.md").write_text("# Kites\n\nFly the kite on a windy hill.")
    assert _docs("add", str(tmp_path / "library"), "--collection", "Home")[0] == 0
    assert _docs("add", str(tmp_path / "other"), "--collection", "Play")[0] == 0
    code, out, _ = _docs("search", "deductions", "for", "home", "office", "--top", "1")
    assert code == 0
    assert out.startswith(f"[1] {tmp_path / 'library' / 'tax.pdf'}, page 2\n    Deductions")
    code, out, err = _docs("search", "kite", "--collection", "Home")
    assert (code, out, err) == (1, "", "No passage matches 'kite'.\n")
    code, out, _ = _docs("search", "kite", "--collection", "Play", "--json")
    [row] = json.loads(out)
    assert (row["heading"], row["collection"]) == ("Kites", "Play")
    assert _docs("search", "kite", "--collection", "Nope")[0] == 2
    assert _docs("search", "kite", "--top", "0")[0] == 2
    assert _docs("add", str(tmp_path / "missing"))[0] == 2
    assert _docs("rm", "Nope")[0] == 2
    assert _docs("reindex", "Nope")[0] == 2
    assert _docs("frobnicate")[0] == 2


def test_list_reindex_and_rm(tmp_path: Path) -> None:
    files = _library(tmp_path / "library")
    (tmp_path / "library" / "noise.txt").write_bytes(b"\x00\xff" * 50)
    _docs("add", str(tmp_path / "library"), "--collection", "Home")
    code, out, _ = _docs("list")
    assert out.splitlines() == [
        "Home\t9 files\t10 passages\t1 could not be read",
        f"  {tmp_path / 'library'}",
    ]
    files["txt"].write_text("Changed words about parsnips.")
    code, out, err = _docs("reindex")
    assert code == 0
    assert out == "Home: 0 added, 1 updated, 0 removed, 8 unchanged, 1 could not be read\n"
    assert err == f"skipped: {tmp_path / 'library' / 'noise.txt'}: binary content, not text\n"
    (tmp_path / "library").rename(tmp_path / "moved")
    code, out, err = _docs("reindex", "Home")
    assert code == 0
    assert err.startswith(f"warning: {tmp_path / 'library'} is not there any more")
    assert "(not there any more)" in _docs("list")[1]
    assert _docs("rm", "Home") == (0, "Removed collection 'Home' (your files are untouched).\n", "")
    assert _docs("list")[1] == "No collections yet: add one with `hearth docs add FOLDER`.\n"


def test_hearth_docs_runs_from_the_entry_point(tmp_path: Path) -> None:
    _library(tmp_path / "library")
    assert hearth_main(["docs", "add", str(tmp_path / "library")]) == 0
    proc = subprocess.run(
        [sys.executable, "-m", "app", "docs", "search", "sourdough", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert Path(json.loads(proc.stdout)[0]["path"]).name == "bread.md"
