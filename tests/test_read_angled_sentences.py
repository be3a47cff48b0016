"""A text part whose links are printed after their words (``words <https://...>``), the rest of the
sentence going on on the next line: a link cut out of the middle of a sentence.

A sender writing its text part so breaks the line after each link's address; what follows the
address (", while ...", " administration officials. The attack ...", "” help repair ...") is the
rest of the sentence, never a new line of the edition: its next address links the word before it,
not the whole line, and no sentence is lost or made a headline.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from digest.ingest import read_stories
from digest.readers._angled import angled_links

#: An invented morning briefing's text part: each paragraph's links cut it after their address.
BRIEFING = """Harbor Morning Briefing

Good morning. The ferry strike ends today. And we look at tide tables.

The council voted late on Sunday to reopen the harbour, ending a week of
talks <https://news.example.com/articles/harbour-vote>
, while the ferry union said it would return to work by noon. Pilots were
hoping for <https://news.example.com/articles/pilots-deal>
 a longer contract. The deal raises new questions <https://news.example.com/articles/questions>
 about the port's budget for next year.

The mayor arrives in Lisbon today for a three-day trade visit <https://news.example.com/articles/mayor-visit>
, as talks on fishing quotas remain stalled. She has said the visit could “greatly <https://news.example.com/articles/quotas>
” help the fleet. Security around the trip will be under close
scrutiny <https://news.example.com/articles/security>
 following last week's protests.

Grain prices fell for a third day as farmers brought in an early
harvest <https://news.example.com/articles/grain>
, traders said, and the market expects more of the same this week.
"""


def test_a_line_going_on_after_an_address_is_running_text() -> None:
    """The line under an address that opens with a lower-case word or a comma continues the sentence:
    only the word before its own address is linked."""
    linked = angled_links(BRIEFING)
    question = "[questions](https://news.example.com/articles/questions)"
    assert f" a longer contract. The deal raises new {question}" in linked
    assert "[a longer contract" not in linked
    assert ", while the ferry union said" in linked


def test_no_words_of_a_cut_sentence_are_lost_or_made_headlines(tmp_path: Path) -> None:
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    reading = read_stories([str(path)])
    told = " ".join(f"{story.title} {story.text}" for story in reading.stories)
    for words in (
        "Pilots were hoping for a longer contract.",
        "could “greatly” help the fleet.",
        "Security around the trip will be under close scrutiny following last week's protests.",
    ):
        assert words in told
    assert not [story for story in reading.stories if story.title.startswith(("”", ",", "a longer"))]


@given(st.sampled_from([", and", "; then", "” said", " and", " who"]), st.integers(min_value=1, max_value=5))
def test_any_continuation_after_an_address_links_one_word(opening: str, count: int) -> None:
    """Whatever mark or lower-case word carries the sentence on, a line under an address is never
    linked whole as a headline."""
    lines = [
        f"Item {k} text <https://example.com/{k}>\n{opening} more words here <https://example.com/x{k}>"
        for k in range(3 + count)
    ]
    linked = angled_links("\n\n".join(lines))
    assert f"[{opening.strip()} more" not in linked
    assert "[here](https://example.com/x0)" in linked


#: A footer whose web-version line the conversion glued to the address printed before it.
_GLUED_FOOTER = """Harbor Morning Briefing

The council voted to reopen the harbour <https://news.example.com/articles/harbour-vote>
, ending a week of talks. Pilots were hoping for <https://news.example.com/articles/pilots-deal>
 a longer contract. The deal raises new questions <https://news.example.com/articles/questions>
 about the port's budget.

This email was sent to reader@example.org.

 <https://news.example.com/account/newsletters>Read this newsletter on the web
 <https://news.example.com/newsletter/harbor-morning/2026-05-05>.
"""


def test_an_address_glued_to_the_next_lines_words_is_parted(tmp_path: Path) -> None:
    """An address opening a line glued to a capitalised word ("<https://...>Read this newsletter on the
    web") is set on a line of its own: the words are the footer's web-version line, never a story
    titled by the address."""
    assert "\n Read" not in angled_links(_GLUED_FOOTER)
    assert ">\nRead this newsletter on the web" in angled_links(_GLUED_FOOTER)
    path = tmp_path / "briefing.txt"
    path.write_text(_GLUED_FOOTER, encoding="utf-8")
    reading = read_stories([path])
    assert not [s for s in reading.stories if "on the web" in s.title or "newsletters>" in s.title]
    assert [d.reason.value for d in reading.dropped if d.text.startswith("Read this newsletter")] == [
        "footer"
    ]
