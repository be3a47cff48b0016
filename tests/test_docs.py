"""The documentation's Python examples run as written (from the repository root)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted((ROOT / "docs").glob("*.md"))
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("page", DOCS, ids=lambda p: p.name)
def test_python_examples_run(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every ```python block of a page runs, in order, in one namespace per page."""
    blocks = _BLOCK.findall(page.read_text(encoding="utf-8"))
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        for number, code in enumerate(blocks, 1):
            try:
                exec(compile(code, f"{page.name}#{number}", "exec"), namespace)  # noqa: S102
            except Exception as exc:  # pragma: no cover - the failure message is the point
                pytest.fail(f"{page.name} example {number} failed: {exc!r}")
    finally:
        os.chdir(cwd)
    capsys.readouterr()


_TOML = re.compile(r"^```toml\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize(
    "page", [p for p in DOCS if _TOML.search(p.read_text(encoding="utf-8"))], ids=lambda p: p.name
)
def test_config_examples_are_valid(page: Path, tmp_path: Path) -> None:
    """Every TOML config shown in the docs loads without an error."""
    from digest.cli.config import parse_config

    for block in _TOML.findall(page.read_text(encoding="utf-8")):
        config = parse_config(block, page.name, base=tmp_path)
        assert config.settings is not None


_PLACEHOLDER = re.compile(r"\bPATH\b|\bPROBLEM\b|\bN\b|\(\.\.\.\)|\.\.\.|\d+")


def _quoted_messages(text: str) -> list[str]:
    """Messages a doc quotes: double-quoted in its tables, and `digest: error: ...` spans."""
    found: list[str] = []
    for line in text.splitlines():
        if line.startswith("|"):
            found += re.findall(r'"([^"\n]{12,})"', line)
        found += re.findall(r"`digest: (?:usage )?error: ([^`]+)`", line)
    return found


def test_every_message_the_docs_quote_is_one_the_program_prints() -> None:
    """Each message quoted in docs/robustness.md is, apart from its placeholders, in the code."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "digest").rglob("*.py"))
    code = re.sub(r"\{[^{}\n]*\}", "\x00", code)  # an f-string's field may stand for any word
    quoted = _quoted_messages((ROOT / "docs" / "robustness.md").read_text(encoding="utf-8"))
    assert len(quoted) >= 8
    for message in quoted:
        for piece in (piece.strip(" :") for piece in _PLACEHOLDER.split(message)):
            if len(piece) >= 6:
                pattern = re.sub(r"\w+", lambda m: f"(?:{m[0]}|\x00)", re.escape(piece))
                assert re.search(pattern, code), f"docs quote {message!r}; the program never says {piece!r}"
