"""A list of briefs whose item marks a conversion dropped (each line a linked sentence about another
event, in a body that sets paragraphs apart with blank lines) is a list: one story per line, never one
story of three events."""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories
from digest.split.blocks import Kind, parse_blocks

#: An invented evening newsletter converted to Markdown: its "Today's News" briefs lost their
#: bullets, so the three linked sentences sit on consecutive lines, with a label glued under them.
BRIEFS = (
    "# The Evening Lantern\n\nTuesday, May 12\n\n## The slow return of the river\n\n"
    "An essay opens the edition. It runs over several paragraphs, each on a line of its own, the way"
    " the converter wrote them.\n\n"
    "The second paragraph goes on about barges and locks. It says nothing of the briefs below it.\n\n"
    "The third paragraph closes the essay. Its last sentence is short.\n\n"
    "Related:\n\n"
    "[The barges that built the old town](https://news.example.org/r1)\n"
    "[A lock keeper's forty winters](https://news.example.org/r2)\n\n"
    "Today's News\n\n"
    "The [port authority of Ostrava said that it will close its river terminal](https://news.example.org/a)"
    " after forty years, citing falling barge traffic and rising dredging costs.\n"
    "In a rare joint statement, [the two largest rail unions agreed to pause their strike]"
    "(https://news.example.org/b) while mediators draft a [new pay offer for drivers and guards]"
    "(https://news.example.org/b2).\n"
    "The city council [approved a second tram line to the northern suburbs](https://news.example.org/c)"
    " after a vote of nineteen to twelve on Monday night.\n"
    "More From The Lantern\n\n"
    "[Why the river still matters](https://news.example.org/d)\n"
)

#: The same sentences as one paragraph of prose, its links not on lines of their own: one story.
PROSE = (
    "# The Evening Lantern\n\n## The river terminal\n\n"
    "The [port authority said that it will close its river terminal](https://news.example.org/a) after"
    " forty years, citing falling barge traffic. Dredging costs had doubled since 2020, the authority"
    " said in a statement. The [barge operators' union called the decision short-sighted]"
    "(https://news.example.org/b) and promised to appeal.\n"
)


def test_lines_of_linked_sentences_are_items(tmp_path: Path) -> None:
    """Three linked sentences on consecutive lines under "Today's News" are three stories (they had
    been one story holding the terminal, the strike and the tram line, and the label under them)."""
    path = tmp_path / "lantern.md"
    path.write_text(BRIEFS, encoding="utf-8")
    stories = read_stories([path]).stories
    texts = [s.text for s in stories]
    terminal = next(t for t in texts if "river terminal" in t)
    assert "strike" not in terminal
    assert "tram line" not in terminal
    assert any("strike" in t and "tram" not in t for t in texts)
    assert any("tram line" in t and "strike" not in t for t in texts)
    assert not any("More From The Lantern" in t for t in texts)


def test_a_paragraph_with_links_stays_one_story(tmp_path: Path) -> None:
    """Sentences of one paragraph with links inside them are not a list: one story."""
    path = tmp_path / "terminal.md"
    path.write_text(PROSE, encoding="utf-8")
    stories = read_stories([path]).stories
    assert len(stories) == 1
    assert "short-sighted" in stories[0].text


#: A closing note of two lines whose links are a word or two: one paragraph, not two briefs.
CLOSING = """# The Evening Lantern

## The river terminal

The port authority said that it will close its river terminal after forty years, citing falling barge traffic.

Dredging costs had doubled since 2020, the authority said in a statement on Monday.

The Evening Lantern is written in the open on [our forum](https://forum.example.org/).
If you find a mistake in this week's edition, please [tell us](https://forum.example.org/new).
"""


def test_lines_with_short_links_stay_one_paragraph() -> None:
    """Two sentence lines whose links are a word or two ("[our forum](url)") are one paragraph, where
    the briefs' lines are items each."""
    closing = parse_blocks(CLOSING)
    assert not any(b.kind is Kind.BULLET for b in closing)
    assert any("our forum" in b.text and "tell us" in b.text for b in closing)
    briefs = [b for b in parse_blocks(BRIEFS) if b.kind is Kind.BULLET]
    assert len(briefs) == 3
