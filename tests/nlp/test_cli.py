"""`warta nlp`, called through its click command (the CLI group is registered separately)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.nlp.conftest import SEED_KANG
from warta.cli.nlp_cmd import COMMANDS, nlp


def test_command_is_exported() -> None:
    assert [nlp] == COMMANDS
    assert nlp.name == "nlp"


def test_cli_modes_match_the_api() -> None:
    import warta.nlp
    from warta.cli.nlp_cmd import MODES

    assert MODES == warta.nlp.MODES


def test_json_offsets_index_the_input() -> None:
    result = CliRunner().invoke(nlp, [SEED_KANG, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for token in data["tokens"]:
        assert SEED_KANG[token["start"] : token["end"]] == token["text"]
    for entity in data["entities"]:
        assert SEED_KANG[entity["start"] : entity["end"]] == entity["text"]
    assert {"Sergei Shoigu", "Pyongyang"} <= {e["text"] for e in data["entities"]}
    assert len(data["sentences"]) == 3


def test_file_input_and_text_output(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text("Judul Berita\n" + SEED_KANG + "\n", encoding="utf-8")
    result = CliRunner().invoke(nlp, ["--file", str(path)])
    assert result.exit_code == 0, result.output
    assert "# text = Judul Berita" in result.output
    assert "PER\tSergei Shoigu" in result.output


def test_stdin_and_fast_mode() -> None:
    result = CliRunner().invoke(nlp, ["--mode", "fast", "--json"], input=SEED_KANG)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert all(t["dep"] == "" for t in data["tokens"])


def test_text_and_file_together_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Halo.", encoding="utf-8")
    result = CliRunner().invoke(nlp, ["Halo", "--file", str(path)])
    assert result.exit_code == 2
