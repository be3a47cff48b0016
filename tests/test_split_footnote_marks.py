"""A post's notes printed at its end, each closed by the mark that leads back to where it was cited
("↩", linked to the note's anchor in the page): footnotes and references, asides of the post, never
stories titled by the cited article. Minimal synthetic reproducers, never a real text."""

from __future__ import annotations

import pytest

from digest.models import DropReason
from digest.split.chrome import block_verdict


@pytest.mark.parametrize(
    "line",
    [
        "“Tide Gauges and the Law”, Harbour Courts. ↩ <https://tidewatch.example/post/#reference-anchor-1>",
        "1. The operator had three weeks to answer, and asked for a fourth. ↩ [https://tidewatch.example/post/#footnote-anchor-1]",
        "Second-best crane in the port, after the old one. ↩",
        "Second-best crane in the port, after the old one. [↩](#fnref:1)",
    ],
)
def test_a_note_closed_by_its_back_mark_is_a_footnote(line: str) -> None:
    verdict = block_verdict(line)
    assert verdict is not None
    assert verdict.reason is DropReason.BOILERPLATE
    assert verdict.detail == "footnote"


def test_an_arrow_inside_a_sentence_is_news() -> None:
    line = "The port's new sign ↩ points ferries back to the old quay, the council said."
    assert block_verdict(line) is None
