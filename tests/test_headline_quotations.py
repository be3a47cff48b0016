"""A headline taken from a quoted first sentence closes the quotation it opens.

Cut at the first comma, “A half-century after it was published, The Soul of a New Machine does a
better job ...” headed its item as “A half-century after it was published: an open quotation and
the book's name lost. A quotation that goes on to the next paragraph (“I am a citizen of the United
States of America.), or one the cut leaves open, is closed by the headline.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digest.text.shape import derive_title


def test_a_quotation_is_not_cut_at_a_comma_inside_it() -> None:
    text = (
        "“A half-century after it was published, The Soul of a New Machine does a better job challenging "
        "AI hype than most current criticism.” I thought something similar when I read it."
    )
    assert derive_title(text) == "“A half-century after it was published, The Soul of a New Machine…”"


def test_a_quotation_going_on_to_the_next_paragraph_is_closed() -> None:
    text = "“I am a citizen of the United States of America.\n\nWhat my representatives do reflects on me."
    assert derive_title(text) == "“I am a citizen of the United States of America”"


def test_a_quotation_cut_at_its_words_is_closed_after_the_ellipsis() -> None:
    text = (
        "Trump announced he will coat the Lincoln Memorial Reflecting Pool in “American flag blue” "
        "instead of granite, a plan the park service had not seen."
    )
    title = derive_title(text)
    assert title.count("“") == title.count("”")


def test_a_quotation_closed_in_the_sentence_needs_no_mark() -> None:
    text = (
        "Scott Kirby said the airline will “win on reliability,” according to a memo to staff seen by "
        "reporters on Monday, which also set targets for the summer."
    )
    assert derive_title(text) == "Scott Kirby said the airline will “win on reliability,” according to a…"


@given(st.text(alphabet=st.sampled_from(list('ab “”",.')), max_size=200))
def test_no_headline_leaves_a_double_quotation_open(text: str) -> None:
    title = derive_title("Word " + text)
    assert title.count("“") <= title.count("”")
    assert title.count('"') % 2 == 0
