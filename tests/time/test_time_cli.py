"""``warta time`` through click's test runner (on the command object itself)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from warta.cli.time_cmd import time


def test_json_output() -> None:
    text = "Kemhan mengumumkan pada Selasa (25/7/2023) pukul 10.00 WIB."
    result = CliRunner().invoke(time, [text, "--dct", "2023-07-25", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["dct"] == "2023-07-25"
    assert payload["expressions"] == [
        {
            "expr": "Selasa (25/7/2023) pukul 10.00 WIB",
            "start": text.index("Selasa"),
            "end": text.index("WIB") + 3,
            "type": "TIME",
            "value": "2023-07-25T10:00+07:00",
        }
    ]


def test_file_input_and_tab_output(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text("Delegasi tiba kemarin dan pulang besok.", encoding="utf-8")
    result = CliRunner().invoke(time, ["--file", str(path), "--dct", "2023-07-25"])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.output.splitlines()]
    assert [(line[2], line[3], line[4]) for line in lines] == [
        ("DATE", "2023-07-24", "kemarin"),
        ("DATE", "2023-07-26", "besok"),
    ]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(time, []).exit_code == 2
    assert runner.invoke(time, ["kemarin", "--dct", "25-07-2023"]).exit_code == 2
    path = tmp_path / "x.txt"
    path.write_text("kemarin", encoding="utf-8")
    assert runner.invoke(time, ["kemarin", "--file", str(path)]).exit_code == 2
