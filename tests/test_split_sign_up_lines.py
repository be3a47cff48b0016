"""A line asking the reader to sign up for a newsletter, printed right under a story's last line
with no blank line between ("For more from the capital, [sign up for Harbour DC](url). →"), is a
promotion of its own, never the end of the story's text. Minimal synthetic reproducers in the
structure of a real issue, never its text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.blocks import parse_blocks, sign_up_line
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_BODY = """\
## Cranes speed up in Porto

The port of Porto cut the time to unload a ship by a fifth with new cranes, its operator said.
The unions said the crews were not consulted, the Harbour Times reported.
For more from the capital, [sign up for Harbour DC](https://example.com/s/dc). →

## Ferries go electric in Lisbon

Lisbon's ferry operator ordered six electric boats for its river crossings.
[Sign up for Quayside's river briefing](https://example.com/s/river) for more on the boats. →
"""


def test_a_sign_up_line_under_a_story_is_no_part_of_it() -> None:
    split = split_text(_BODY)
    assert len(split.stories) == 2
    for story in split.stories:
        assert "sign up" not in story.text.casefold()
    promotions = [d.text for d in split.dropped if d.reason is DropReason.PROMOTION]
    assert len(promotions) == 2
    assert any("unions said" in s.text for s in split.stories)


def test_a_line_naming_a_sign_up_without_a_link_stays_in_its_paragraph() -> None:
    body = (
        "Lisbon's ferry operator ordered six boats.\nRiders can sign up for the trial in May.\n\n"
        "The boats sail from next spring.\nThey carry two hundred riders each.\n"
    )
    assert next(b.text for b in parse_blocks(body)).endswith("the trial in May.")


def test_sign_up_lines() -> None:
    assert sign_up_line("For more, [sign up for Harbour DC](https://example.com). →")
    assert sign_up_line("[Subscribe to Quayside](https://example.com)")
    assert not sign_up_line("Riders can [read the rules](https://example.com) before they sign up.")
    assert not sign_up_line("[Sign up](https://example.com) " + "word " * 40)


@given(st.text(alphabet="[]()sign up for abc\n ", max_size=400))
def test_any_body_parses(body: str) -> None:
    parse_blocks(body)
