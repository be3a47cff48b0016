"""Shared test set-up: every test gets its own history file, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def own_history(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default history (``DIGEST_STATE``) and config folder at fresh places for each test."""
    path = tmp_path_factory.mktemp("state") / "history.sqlite"
    monkeypatch.setenv("DIGEST_STATE", str(path))
    # Nor the user's config: `digest compile` with no INPUT looks there.
    monkeypatch.delenv("DIGEST_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    return path
