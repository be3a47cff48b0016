"""A reader poll printed as its question over its answers, each alone on its line.

A converted e-mail may print a link wrapped around a block with its words on a line of their own
between its brackets ("[" / "Amazing" / "](url)"). The answers are the poll's, never stories, and
a post's feedback question ("What did you think of this post?") is a poll like an issue's. The
body is invented.
"""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.blocks import parse_blocks
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_POST = """\
## Harbor cranes go driverless

The port of Lisbon ran driverless cranes for a week, and moved more containers than before.

What did you think of this post?

[
Loved it
](https://post.example/vote?a=1)
[
Fine
](https://post.example/vote?a=2)
[
Meh
](https://post.example/vote?a=3)

221 Harbor Street, Lisbon
"""


def test_link_words_between_brackets_on_lines_of_their_own_are_the_link() -> None:
    texts = [block.text for block in parse_blocks(_POST)]
    assert "Loved it" in texts
    assert "[" not in texts


def test_a_polls_answers_go_with_its_question() -> None:
    split = split_text(_POST)
    assert [s.title for s in split.stories] == ["Harbor cranes go driverless"]
    polled = [d.text for d in split.dropped if d.reason is DropReason.POLL]
    assert sorted(polled) == ["Fine", "Loved it", "Meh", "What did you think of this post?"]


def test_answers_in_plain_lines_under_an_issue_poll() -> None:
    body = _POST.replace("What did you think of this post?", "How was today's email?")
    body = body.replace("[\n", "")
    for k in (1, 2, 3):
        body = body.replace(f"\n](https://post.example/vote?a={k})", "")
    split = split_text(body)
    assert [s.title for s in split.stories] == ["Harbor cranes go driverless"]
    polled = [d.text for d in split.dropped if d.reason is DropReason.POLL]
    assert "Meh" in polled
