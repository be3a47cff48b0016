"""Link blogs' posts and Markdown's character references: a post told by a long linked title over its
credit line, and "&ldquo;" read as the quotation mark it stands for."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from digest.readers._markup import decode_references, strip_html
from tests.test_split_layouts import split_file


def test_character_references_in_a_markdown_body_are_decoded(tmp_path: Path) -> None:
    """A Markdown body with no tag still writes its quotes and signs as references: decoded, once,
    never inside code; an address's "&copy=2" parameter and an unknown name stay."""
    path = tmp_path / "edition.md"
    path.write_text(
        "## Quill &times; Anvil release a duet\n\n"
        "&ldquo;It took us a decade,&rdquo; said the band&rsquo;s drummer&hellip; "
        "The [album](https://quill.example/a?b=1&copy=2) writes `&amp;` as code and R&amp;amp;D once.\n",
        encoding="utf-8",
    )
    (story,) = split_file(path).stories
    assert story.title == "Quill \u00d7 Anvil release a duet"
    assert story.text.startswith("\u201cIt took us a decade,\u201d said the band\u2019s drummer\u2026")
    assert "writes &amp; as code and R&amp;D once" in story.text
    assert "&copy=2" in story.url or any("&copy=2" in link for link in story.links)


@given(st.text(alphabet="&#;x1aAmp`lt\n ", max_size=40))
def test_decoding_references_is_a_single_pass_outside_code(text: str) -> None:
    """Decoding is one pass: without a tag, strip_html decodes as decode_references does, and code
    spans come out as they went in."""
    assert strip_html(text) == decode_references(text)
    if "&" not in text:
        assert decode_references(text) == text

