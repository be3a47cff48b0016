"""A body cut at its inline elements, told by the names set apart between two pieces of a sentence.

An e-mail whose HTML, turned into text, put each link on a line of its own prints a linked name
between the piece of its sentence above ("... ranks second on the") and the rest below ("behind
Birch-2."). Few of its lines need open with a comma or a period for the body to read as cut: the
names set apart count as evidence too, and the sentences are joined again instead of the names
standing as headlines.
"""

from __future__ import annotations

from digest.split.blocks import parse_blocks
from digest.split.breaks import join_inline_breaks

#: Invented lines: three linked names cut out of their sentences, one comma opening a line.
_CUT = [
    "Falcon Pro",
    "A large model with 40 billion active parameters. It ranks second on the",
    "Open Model League Table",
    "behind Birch-2.",
    "These tricks build on the",
    "Sparse Window Attention (SWA)",
    "method that was introduced in the previous release.",
    "While Falcon was the most awaited release of the week,",
    "Birch-2",
    "was the most striking.",
    "Also released last week was",
    "Cedar Lite",
    ", which matches Birch-2 on coding.",
]


def _never_fixed(line: str) -> bool:
    return not line.strip()


def test_names_set_apart_between_pieces_of_a_sentence_are_joined_into_it() -> None:
    joined = join_inline_breaks(_CUT, _never_fixed, lambda line: False)
    assert "It ranks second on the Open Model League Table behind Birch-2." in joined[1]
    assert "These tricks build on the Sparse Window Attention (SWA) method that was introduced" in " ".join(
        joined
    )
    assert "release of the week, Birch-2 was the most striking." in " ".join(joined)
    assert "Also released last week was Cedar Lite, which matches Birch-2 on coding." in joined


def test_no_linked_name_stands_as_a_block_of_its_own() -> None:
    texts = [block.text for block in parse_blocks("\n".join(_CUT))]
    for name in ("Open Model League Table", "Sparse Window Attention (SWA)", "Cedar Lite"):
        assert name not in texts


def test_a_heading_over_a_capitalised_paragraph_is_no_evidence() -> None:
    """Short capitalised lines over paragraphs that open with a capital are headings, not names cut
    out of a sentence: the body is returned as it was."""
    lines = [
        "Notes from the week in",
        "Model News",
        "Acme shipped a model on Tuesday.",
        "The big picture for",
        "Chip Makers",
        "Birch raised prices on Friday.",
        "A word on",
        "Open Source",
        "Cedar opened its weights.",
    ]
    assert join_inline_breaks(lines, _never_fixed, lambda line: False) is lines


def test_a_sentence_opening_with_an_article_alone_on_its_line_is_joined() -> None:
    """An "A" alone over a linked name and the rest of its sentence: one sentence, never a section
    named "A" over a story titled by the name."""
    lines = [*_CUT, "A", "Harbor-7 model", "just beat a model ten times its size on coding."]
    joined = join_inline_breaks(lines, _never_fixed, lambda line: False)
    assert joined[-1] == "A Harbor-7 model just beat a model ten times its size on coding."
    assert "A" not in [block.text for block in parse_blocks("\n".join(lines))]
