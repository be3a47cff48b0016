"""Reference-style links (Markdown's ``[text][1]`` + ``[1]: url``, a text email's ``[1]`` + link
list) reach the splitter inline: each story keeps its link, and no definition is read as a story."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from digest.ingest import read_stories
from digest.readers._references import inline_references

MARKDOWN = """# Weekly Letter — November 20, 2026

## [Qiantang AI raises $1.2 billion][1]

Qiantang AI closed a funding round that values it at $8 billion, led by Sequoia China.

## [Kestrel ships an open-weights coder][]

Kestrel released a 32B coding model under Apache 2.0 that tops the open leaderboard.

[1]: https://example.com/qiantang "Qiantang"
[Kestrel ships an open-weights coder]: <https://example.com/kestrel>
"""

TEXT_EMAIL = """TLDR AI 2026-11-20

HEADLINES & LAUNCHES

Qiantang AI raises $1.2 billion (2 minute read) [1]

Qiantang AI closed a funding round that values it at $8 billion, led by Sequoia China [3].

Kestrel ships an open-weights coder (4 minute read) [2]

Kestrel released a 32B coding model under Apache 2.0 that tops the open leaderboard.

Links:
------
[1] https://example.com/qiantang
[2] https://example.com/kestrel
[3] https://example.com/sequoia
"""


def _stories(tmp_path: Path, name: str, text: str) -> dict[str, str | None]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {s.title: s.url for s in read_stories([path]).stories}


def test_markdown_reference_links_give_each_story_its_link(tmp_path: Path) -> None:
    """Full (``[text][1]``) and collapsed (``[text][]``) references; the definitions are no stories
    (they had been read as a table of contents, and took the second story with them)."""
    assert _stories(tmp_path, "letter.md", MARKDOWN) == {
        "Qiantang AI raises $1.2 billion": "https://example.com/qiantang",
        "Kestrel ships an open-weights coder": "https://example.com/kestrel",
    }


def test_a_text_emails_numbered_links_go_to_their_headlines(tmp_path: Path) -> None:
    """``Headline (2 minute read) [1]`` with ``[1] https://...`` in the Links list: the headline's
    link; a marker inside a sentence is taken out of the text (its link is in the list)."""
    path = tmp_path / "tldr.txt"
    path.write_text(TEXT_EMAIL, encoding="utf-8")
    stories = read_stories([path]).stories
    assert {s.title: s.url for s in stories} == {
        "Qiantang AI raises $1.2 billion": "https://example.com/qiantang",
        "Kestrel ships an open-weights coder": "https://example.com/kestrel",
    }
    assert stories[0].text.endswith("led by Sequoia China.")


def test_undefined_labels_and_inline_links_are_left_as_they_are() -> None:
    text = "See [the filing](https://sec.example/f) and note [1] and [a][b].\n\n[2] https://x.example/2\n"
    assert inline_references(text) == "See [the filing](https://sec.example/f) and note [1] and [a][b].\n\n"


@given(st.text(alphabet=st.sampled_from("ab []()\n:1h/"), max_size=60))
def test_text_without_definitions_is_unchanged(text: str) -> None:
    """Nothing is rewritten unless a definition line gives the link."""
    if "http" not in text and "www." not in text and "mailto:" not in text:
        assert inline_references(text) == text
