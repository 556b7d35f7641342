"""The ``warta actors`` command, run on the command object (the CLI group may be mid-build)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from warta.cli.actors_cmd import actors

TEXT = (
    "Jakarta, IDM – Menteri Pertahanan (Menhan) Rusia Sergei Shoigu melakukan pertemuan dengan "
    "Menhan Korea Utara (Korut) Kang Sun Nam di Pyongyang pada beberapa waktu lalu."
)


def test_json_output_has_the_documented_fields(tmp_path: Path) -> None:
    store = tmp_path / "learned.jsonl"
    result = CliRunner().invoke(
        actors, [TEXT, "--dct", "2023-07-27", "--json", "--learned-file", str(store)]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    by_text = {row["text"]: row for row in rows}
    shoigu = by_text["Sergei Shoigu"]
    for key in ("text", "start", "end", "entity", "name", "code", "country", "sector"):
        assert key in shoigu
    assert shoigu["code"] == "RUSGOVMIL"
    assert shoigu["sector"] == ["GOV", "MIL"]
    assert TEXT[shoigu["start"] : shoigu["end"]] == "Sergei Shoigu"
    assert by_text["Kang Sun Nam"]["code"] == "PRKGOVMIL"
    assert store.exists()


def test_learned_entries_can_be_listed_accepted_and_removed(tmp_path: Path) -> None:
    store = str(tmp_path / "learned.jsonl")
    runner = CliRunner()
    runner.invoke(actors, [TEXT, "--dct", "2023-07-27", "--learned-file", store])
    listed = runner.invoke(actors, ["--learned", "--learned-file", store])
    assert "learned:kang-sun-nam\tpending\tPRKGOVMIL" in listed.output
    accepted = runner.invoke(
        actors, ["--accept", "learned:kang-sun-nam", "--learned", "--learned-file", store]
    )
    assert "learned:kang-sun-nam\taccepted" in accepted.output
    removed = runner.invoke(actors, ["--remove", "learned:kang-sun-nam", "--learned-file", store])
    assert removed.exit_code == 0
    assert "kang" not in runner.invoke(actors, ["--learned", "--learned-file", store]).output
    missing = runner.invoke(actors, ["--remove", "learned:nobody", "--learned-file", store])
    assert missing.exit_code == 3


def test_lookup_shows_dated_roles(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        actors,
        ["--lookup", "Sergey Shoygu", "--dct", "2023-07-27", "--learned-file", str(tmp_path / "l")],
    )
    assert result.exit_code == 0
    assert "sergei-shoigu\tSergei Shoigu\tperson\tRUSGOVMIL" in result.output
    assert "2012-11-06" in result.output
    unknown = CliRunner().invoke(
        actors, ["--lookup", "Nama Yang Tidak Ada", "--learned-file", str(tmp_path / "l")]
    )
    assert unknown.exit_code == 3


def test_reads_a_file_and_needs_some_input(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(
        actors, [str(page), "--dct", "2023-07-27", "--learned-file", str(tmp_path / "l")]
    )
    assert "Sergei Shoigu" in result.output
    empty = CliRunner().invoke(actors, ["--learned-file", str(tmp_path / "l")])
    assert empty.exit_code == 2


def test_long_text_and_odd_input_are_text_not_paths(tmp_path: Path) -> None:
    # More than the 255-byte file-name limit: Path.is_file() raised OSError("File name too
    # long") before; a NUL byte makes it raise ValueError.
    long_text = " ".join([TEXT] * 3)
    assert len(long_text) > 300
    store = str(tmp_path / "learned.jsonl")
    runner = CliRunner()
    for source in (long_text, "x" * 5000, "Menhan Rusia\x00Shoigu", "/" * 300):
        result = runner.invoke(actors, [source, "--dct", "2023-07-27", "--learned-file", store])
        assert result.exit_code == 0, (source[:40], result.output, result.exception)
    result = runner.invoke(actors, [long_text, "--dct", "2023-07-27", "--learned-file", store])
    assert "Sergei Shoigu" in result.output
