"""A daily's trivia box: its editor's byline, the invitation, the question and its source's credit.

The box closes the edition: "[Ada Quill](https://harbour.example/author/ada-quill/?lctg=1a2b)" (a
link to the editor's profile page, a tracking query after it), "Senior editor", "Brain running on
empty? Here is today's first Harbour Trivia question.", the question, "— From Ben Ode's essay on
...". Read as printed, the box was a story titled with the editor's name. The byline is boilerplate
and the box a game (ledger: "games, puzzles or trivia"); the stories above it stay.
"""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def _split(body: str) -> Split:
    edition = Edition(path="harbour-daily.md", format=Format.MARKDOWN)
    return split_document(Document(edition, body), ReadSettings())


DAILY = """\
# Harbour Daily

Culture Break

Read. A new history of the old lighthouse asks whether the keepers ever slept, and finds the \
answer in their [logbooks](https://harbour.example/books/keepers).

Listen. The harbour choir recorded its first album in the fish market after hours, and the \
[recording](https://harbour.example/music/choir) keeps the gulls.

[Ada Quill](https://harbour.example/author/ada-quill/?lctg=1a2b3c)

Senior editor

Brain running on empty? Fill ’er up here with today’s first Harbour Trivia question. \
(Find the rest [here](https://harbour.example/trivia/2026/04/27).)

What colour were the harbour's first gas lamps painted, to be seen from the ferries at dusk?

— From Ben Ode’s essay on the lamps of the old quay
"""


def test_a_trivia_box_is_a_game_not_a_story_titled_with_its_editor() -> None:
    split = _split(DAILY)
    titles = [story.title for story in split.stories]
    assert "Ada Quill" not in titles
    assert not [s for s in split.stories if "Trivia question" in s.text or "gas lamps" in s.text]
    games = {d.text for d in split.dropped if d.reason is DropReason.POLL}
    assert any(text.startswith("Brain running on empty?") for text in games)
    assert any(text.startswith("What colour were the harbour") for text in games)
    assert any(text.startswith("— From Ben Ode") for text in games)
    bylines = {d.text for d in split.dropped if d.reason is DropReason.BOILERPLATE}
    assert "Ada Quill" in bylines
    assert [s for s in split.stories if "logbooks" in s.text or "old lighthouse" in s.text]
    assert [s for s in split.stories if "harbour choir" in s.text]


def test_a_question_without_an_invitation_stays() -> None:
    """A short paragraph asking a question is no game unless the edition invites the reader to its
    trivia or quiz right above it."""
    body = DAILY.replace(
        "Brain running on empty? Fill ’er up here with today’s first Harbour Trivia question. "
        "(Find the rest [here](https://harbour.example/trivia/2026/04/27).)",
        "The council met on Monday to decide the future of the old quay lamps, which the port wants "
        "to replace with floodlights before the summer ferries start.",
    )
    split = _split(body)
    assert [s for s in split.stories if "gas lamps" in s.text]
