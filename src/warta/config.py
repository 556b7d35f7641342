"""Configuration: shipped defaults, overridden by a user file (TOML), then by command-line flags.

The resolved configuration is written with each run (``runs.config`` in the store).

A user file (``./warta.toml`` if present, or ``--config PATH``) looks like::

    max_bytes = 5000000
    languages = ["id"]
    workers = 2
    [fields]
    text = ["body", "content"]
    title = ["headline"]
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from warta.ingest.readers import DEFAULT_FIELDS, DEFAULT_MAX_BYTES, ReadOptions
from warta.pipeline import PipelineOptions

USER_FILE = "warta.toml"


class ConfigError(ValueError):
    """The configuration file or a flag is not valid."""


def defaults() -> dict[str, Any]:
    return {
        "max_bytes": DEFAULT_MAX_BYTES,
        "languages": ["id"],
        "workers": 1,
        "fields": {key: list(names) for key, names in DEFAULT_FIELDS.items()},
    }


def load(path: str | None = None, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Defaults ← user file ← overrides (``None`` values in overrides are ignored)."""
    config = defaults()
    file = Path(path) if path else Path(USER_FILE)
    if path and not file.exists():
        raise ConfigError(f"config file {path} not found")
    if file.exists():
        try:
            user = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, OSError) as exc:
            raise ConfigError(f"{file}: {exc}") from exc
        _merge(config, user, str(file))
    if overrides:
        _merge(config, {k: v for k, v in overrides.items() if v is not None}, "flags")
    return config


def _merge(config: dict[str, Any], update: Mapping[str, Any], origin: str) -> None:
    for key, value in update.items():
        if key not in config:
            raise ConfigError(f"{origin}: unknown setting {key!r}")
        if key == "fields":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{origin}: fields must be a table")
            for field, names in value.items():
                config["fields"][field] = [names] if isinstance(names, str) else list(names)
        else:
            config[key] = value


def parse_field_flags(flags: Sequence[str]) -> dict[str, list[str]]:
    """``["text=body", "title=headline,judul"]`` → ``{"text": ["body"], "title": [...]}``."""
    out: dict[str, list[str]] = {}
    for flag in flags:
        key, sep, names = flag.partition("=")
        if not sep or not key or not names:
            raise ConfigError(f"--field expects NAME=FIELD[,FIELD...], got {flag!r}")
        if key not in DEFAULT_FIELDS:
            raise ConfigError(f"--field: unknown part {key!r} (one of {', '.join(DEFAULT_FIELDS)})")
        out[key] = [n.strip() for n in names.split(",") if n.strip()]
    return out


def pipeline_options(config: Mapping[str, Any]) -> PipelineOptions:
    read = ReadOptions(
        max_bytes=int(config["max_bytes"]),
        fields={k: tuple(v) for k, v in config["fields"].items()},
    )
    return PipelineOptions(read=read, languages=tuple(config["languages"]))
