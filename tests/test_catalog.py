"""The model catalog: the shipped models.toml, validation that names file/entry/field/line, the
user's catalog that extends and overrides, and the memory estimate."""

from __future__ import annotations

import gc
import re
import time
from pathlib import Path

import pytest

from app.core import paths
from app.core.catalog import (
    GIB,
    Catalog,
    builtin_catalog_text,
    fits_in_memory,
    load_catalog,
    total_memory_bytes,
)
from tests.helpers.hub_server import starter_catalog_toml

ROOT = Path(__file__).resolve().parents[1]


def write_user_catalog(text: str) -> Path:
    path = paths.user_catalog_path()
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_catalog_is_valid_and_matches_the_root_copy() -> None:
    catalog = load_catalog()
    assert catalog.problems == ()
    assert len(catalog.entries) >= 10
    assert (ROOT / "models.toml").read_text() == (ROOT / "app" / "models.toml").read_text()
    assert builtin_catalog_text()[1] == (ROOT / "models.toml").read_text()
    sizes = [e.size for e in catalog.entries]
    assert min(sizes) < 400_000_000 and 4_000_000_000 < max(sizes) < 5_500_000_000
    assert len({e.id for e in catalog.entries}) == len(catalog.entries)
    for entry in catalog.entries:
        assert re.fullmatch(r"[0-9a-f]{64}", entry.sha256)
        assert entry.pinned_to_commit or entry.revision == "main"
        assert entry.origin == "builtin"


def test_shipped_catalog_marks_one_default_per_machine_class() -> None:
    catalog = load_catalog()
    for ram_class in ("8gb", "16gb"):
        assert [e.id for e in catalog.entries if e.recommended == ram_class] == [
            catalog.recommended(ram_class).id  # type: ignore[union-attr]
        ]
    small, large = catalog.recommended("8gb"), catalog.recommended("16gb")
    assert small is not None and large is not None and small.size < large.size
    assert fits_in_memory(small, 8 * GIB).verdict == "fits"
    assert fits_in_memory(large, 16 * GIB).verdict == "fits"
    assert catalog.recommended_for_machine(16 * GIB) == large
    assert catalog.recommended_for_machine(8 * GIB) == small


def test_a_broken_entry_is_reported_with_file_entry_field_and_line() -> None:
    user = write_user_catalog(
        """
[[models]]
id = "good-one"
name = "Good"
repo_id = "someone/good-GGUF"
revision = "main"
filename = "good.gguf"
size = 1000
sha256 = "aa00000000000000000000000000000000000000000000000000000000000000"
license = "MIT"
parameters = "1B"
quantization = "Q4_K_M"
context_length = 4096
description = "fine"

[[models]]
id = "bad-hash"
name = "Bad"
repo_id = "someone/bad-GGUF"
revision = "main"
filename = "bad.gguf"
size = 1000
sha256 = "not-a-hash"
license = "MIT"
parameters = "1B"
quantization = "Q4_K_M"
context_length = 4096
description = "broken"
"""
    )
    catalog = load_catalog()
    assert catalog.get("good-one") is not None
    assert catalog.get("good-one").origin == "user"  # type: ignore[union-attr]
    assert catalog.get("bad-hash") is None
    assert len(catalog.entries) == len(load_catalog(user_path=Path("/nonexistent")).entries) + 1
    sha_problem = next(p for p in catalog.problems if p.field == "sha256")
    assert sha_problem.file == user
    assert sha_problem.entry == "bad-hash"
    assert sha_problem.line == 23
    assert str(sha_problem).startswith(f"{user}:23, entry 'bad-hash', field 'sha256':")
    assert "64 hexadecimal" in str(sha_problem)
    assert any("left out" in p.message and p.entry == "bad-hash" for p in catalog.problems)


def test_missing_wrong_typed_and_unsafe_fields_are_each_named() -> None:
    write_user_catalog(
        """
[[models]]
id = "sneaky"
name = "Sneaky"
repo_id = "someone/x"
revision = "main"
filename = "../../outside.gguf"
size = "big"
sha256 = "aa00000000000000000000000000000000000000000000000000000000000000"
license = "MIT"
quantization = "Q4_K_M"
context_length = 4096
description = "tries to write outside the models folder"
gated = "yes"
"""
    )
    catalog = load_catalog()
    assert catalog.get("sneaky") is None
    fields = {p.field: p for p in catalog.problems if p.entry == "sneaky" and p.field}
    assert set(fields) == {"filename", "size", "parameters", "gated"}
    assert "no folders" in fields["filename"].message
    assert fields["parameters"].message == "is missing"
    assert fields["size"].line == 8


def test_a_toml_syntax_error_keeps_the_shipped_catalog_working() -> None:
    user = write_user_catalog('[[models]]\nid = "x"\nname = = "oops"\n')
    catalog = load_catalog()
    assert len(catalog.entries) >= 10
    assert len(catalog.problems) == 1
    problem = catalog.problems[0]
    assert problem.file == user and problem.line == 3
    assert "not valid TOML" in problem.message


def test_a_broken_shipped_catalog_is_reported_not_raised(tmp_path: Path) -> None:
    broken = tmp_path / "models.toml"
    broken.write_bytes(b"\xff\xfe not text")
    catalog = load_catalog(builtin_path=broken)
    assert catalog.entries == ()
    assert "not UTF-8" in catalog.problems[0].message


def test_user_catalog_overrides_fields_by_id_and_adds_entries() -> None:
    shipped = load_catalog().get("qwen2.5-0.5b")
    assert shipped is not None
    write_user_catalog(
        """
[[models]]
id = "qwen2.5-0.5b"
revision = "0123456789abcdef0123456789abcdef01234567"
description = "My pinned copy"
"""
    )
    catalog = load_catalog()
    entry = catalog.get("qwen2.5-0.5b")
    assert entry is not None
    assert entry.revision == "0123456789abcdef0123456789abcdef01234567"
    assert entry.description == "My pinned copy"
    assert (entry.sha256, entry.size, entry.filename) == (
        shipped.sha256,
        shipped.size,
        shipped.filename,
    )
    assert entry.origin == "user"
    assert [e.id for e in catalog.entries] == [
        e.id for e in load_catalog(Path(builtin_catalog_text()[0])).entries
    ]  # same order, nothing added or lost


def test_an_invalid_override_is_ignored_and_the_shipped_entry_kept() -> None:
    shipped = load_catalog().get("gemma3-1b")
    write_user_catalog('[[models]]\nid = "gemma3-1b"\nsize = -5\n')
    catalog = load_catalog()
    assert catalog.get("gemma3-1b") == shipped
    messages = [p.message for p in catalog.problems if p.entry == "gemma3-1b"]
    assert "must be greater than zero, got -5" in messages
    assert "this override was ignored" in messages


def test_duplicates_and_unknown_fields_are_reported() -> None:
    entry = """
[[models]]
id = "dup"
name = "Dup"
repo_id = "someone/dup"
revision = "main"
filename = "dup.gguf"
size = 10
sha256 = "bb00000000000000000000000000000000000000000000000000000000000000"
license = "MIT"
parameters = "1B"
quantization = "Q4_K_M"
context_length = 4096
description = "d"
colour = "blue"
"""
    write_user_catalog(entry + entry)
    catalog = load_catalog()
    assert catalog.get("dup") is not None
    unknown = [p for p in catalog.problems if p.field == "colour"]
    assert len(unknown) == 1 and "ignored" in unknown[0].message
    duplicate = [p for p in catalog.problems if "earlier in this file" in p.message]
    assert len(duplicate) == 1 and duplicate[0].line == 18


def test_memory_estimate_uses_the_kv_cache_of_the_default_context() -> None:
    entry = load_catalog().get("qwen2.5-7b")
    assert entry is not None
    # 2 (K and V) x 28 layers x 4 KV heads x 128 dims x 2 bytes x 8192 tokens
    assert entry.kv_cache_bytes(8192) == 448 * 1024**2
    fit = fits_in_memory(entry, 16 * GIB)
    assert fit.required_bytes == entry.size + 448 * 1024**2 + entry.size // 10
    assert fit.verdict == "fits" and "Fits" in fit.label
    assert fits_in_memory(entry, 8 * GIB).verdict == "tight"
    assert fits_in_memory(entry, 4 * GIB).verdict == "too_big"
    longer = fits_in_memory(entry, 16 * GIB, context_cap=32768)
    assert longer.required_bytes == fit.required_bytes + 3 * 448 * 1024**2


def test_this_machine_has_a_memory_figure() -> None:
    total = total_memory_bytes()
    assert total is not None and total > 256 * 1024**2
    assert fits_in_memory(load_catalog().entries[0]).total_bytes == total


@pytest.mark.parametrize("ram_gib", [2, 4])
def test_small_machines_get_the_biggest_model_that_fits(ram_gib: int) -> None:
    catalog: Catalog = load_catalog()
    choice = catalog.recommended_for_machine(ram_gib * GIB)
    assert choice is not None
    assert fits_in_memory(choice, ram_gib * GIB).verdict == "fits"
    bigger = [e for e in catalog.of_kind("chat") if e.size > choice.size]
    assert all(fits_in_memory(e, ram_gib * GIB).verdict != "fits" for e in bigger)


def _broken_entries(count: int, tag: str = "") -> str:
    """``count`` entries that each lack every field but ``id``: 12 problems apiece."""
    return f"# {tag}\n" + "".join(f'[[models]]\nid = "m{i}"\n\n' for i in range(count))


def test_every_problem_of_a_huge_broken_catalog_is_reported_with_its_line() -> None:
    user = write_user_catalog(_broken_entries(10_000))
    catalog = load_catalog()
    mine = [p for p in catalog.problems if p.file == user]
    assert len(mine) == 10_000 * 12
    last = [p for p in mine if p.entry == "m9999"]
    assert [p.field for p in last][:2] == ["name", "repo_id"]
    assert {p.line for p in last} == {2 + 3 * 9999}  # the entry's [[models]] line
    assert last[-1].message == "this entry was left out"


def test_parsing_a_broken_catalog_grows_linearly_with_its_size() -> None:
    """Each problem's line used to re-split the whole file: 2,000 entries took 31 s, 10,000 over
    300 s. Sixteen times the entries must cost far less than the 256 times of a quadratic cost.
    CPU time, best of three, with the garbage collector paused (its passes over many live objects
    made a linear parse look 8x dearer for 4x the entries on a busy CI machine); the bound of 64
    leaves room for a noisy machine and still catches the quadratic parse by a factor of four."""

    def cost(count: int) -> float:
        best = float("inf")
        for run in range(3):
            write_user_catalog(_broken_entries(count, tag=f"{count}-{run}"))  # never cached
            gc.collect()
            gc.disable()
            try:
                started = time.process_time()
                problems = load_catalog().problems
                best = min(best, time.process_time() - started)
            finally:
                gc.enable()
            assert len(problems) == count * 12
        return best

    small, large = cost(500), cost(8_000)
    assert large / small < 64, f"500 entries: {small:.3f} s, 8,000 entries: {large:.3f} s"


def test_an_unchanged_catalog_is_not_parsed_again() -> None:
    user = write_user_catalog(_broken_entries(50))
    first = load_catalog()
    assert load_catalog() is first
    user.write_text(_broken_entries(51), encoding="utf-8")
    assert len(load_catalog().problems) == len(first.problems) + 12
    user.write_text(_broken_entries(50).replace('"m0"', '"n0"'), encoding="utf-8")  # same size
    assert any(p.entry == "n0" for p in load_catalog().problems)


@pytest.mark.parametrize("repo_id", ["owner/..", "owner/.", "owner/a--b", "owner/name.git", "a/-x"])
def test_repository_ids_the_hub_would_reject_are_refused(repo_id: str) -> None:
    write_user_catalog(starter_catalog_toml("hub-rejects", repo_id=repo_id))
    catalog = load_catalog()
    assert catalog.get("hub-rejects") is None
    problem = next(p for p in catalog.problems if p.field == "repo_id")
    assert problem.entry == "hub-rejects" and problem.line == 5
    assert f"got {repo_id!r}" in problem.message
