"""A long story's lead: a short report of the event an essay opens with meets the essay."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import attrs
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.cluster import vectors as _vectors
from digest.cluster.candidates import Leads, neighbour_pairs
from digest.cluster.grouping import cluster_stories, pair_scores
from digest.cluster.passages import lead_passage, story_lead, word_count
from digest.cluster.vectors import run_vectors
from digest.models import Format, Story
from digest.settings import ClusterSettings

#: Made-up words, so that each filler story and each section of the essay has its own.
_SYLLABLES = ("ka", "lo", "mi", "nu", "pe", "ro", "si", "tu", "va", "ze")


def _word(k: int) -> str:
    """A made-up word of three syllables, distinct for each ``k`` below 1,000."""
    return "".join(_SYLLABLES[int(d)] for d in f"{k:03d}")


def _paragraph(start: int, count: int) -> str:
    """A sentence of ``count`` made-up words from word number ``start`` on, every fourth a name."""
    words = [_word(start + k).capitalize() if k % 4 == 0 else _word(start + k) for k in range(count)]
    return " ".join(words) + "."


def _story(key: str, title: str, text: str, source: str = "Daily") -> Story:
    date = dt.date(2026, 4, 20)
    return Story(
        id=key,
        title=title,
        text=text,
        source=source,
        path=f"{source.casefold()}.md",
        position=int(key.rsplit("-", maxsplit=1)[-1]),
        date=date,
        edition_date=date,
        format=Format.JSONL,  # items that stand alone: no edition rule between them
    )


#: What the essay opens with and the brief reports.
_EVENT = (
    "Quorvane released Velmora 7, an open model that writes and tests code on its own, "
    "priced at two dollars per million tokens and trained on Zentrix chips. Its makers say "
    "it beats every open rival on the coding benchmarks they ran."
)


def _essay() -> Story:
    """An essay of about 400 words that opens with the event, then turns to its own concerns."""
    sections = [_paragraph(100 + 40 * k, 40) for k in range(9)]
    return _story("essay-0", "What the week taught us", "\n\n".join([_EVENT, *sections]), "Essays")


def _run(brief: Story) -> list[Story]:
    """The essay, ``brief`` and twenty short stories about other things."""
    fillers = [
        _story(f"filler-{k}", _paragraph(600 + 15 * k, 4), _paragraph(605 + 15 * k, 10)) for k in range(20)
    ]
    return [_essay(), brief, *fillers]


_BRIEF = _story(
    "brief-1",
    "Quorvane ships Velmora 7",
    "Quorvane released Velmora 7, an open coding model on Zentrix chips.",
    "Briefs",
)

#: Leads off; on (the default) from 120 words, as measured on the mixed weeks.
_OFF = attrs.evolve(ClusterSettings(), passage_from=0)
_ON = ClusterSettings()


def test_the_lead_is_the_first_lines_up_to_about_its_size() -> None:
    text = "One two three four.\nFive six seven eight.\nNine ten eleven twelve.\nThirteen fourteen."
    assert lead_passage(text, 8) == "One two three four.\nFive six seven eight."
    assert lead_passage(text, 100) == text
    # A line longer than the lead is cut after a sentence; the first sentence always stays.
    long = "Alpha beta gamma delta. Epsilon zeta eta theta. Iota kappa lambda mu."
    assert lead_passage(long, 8) == "Alpha beta gamma delta.\nEpsilon zeta eta theta."
    assert lead_passage("A very long first sentence with many words in it.", 3) == (
        "A very long first sentence with many words in it."
    )


def test_only_stories_of_passage_from_words_have_a_lead() -> None:
    essay = _essay()
    count, lead = story_lead(essay.text, 120, 60)
    assert count == word_count(essay.text) >= 120
    assert lead == _EVENT  # the next paragraph would take it past 60 words
    assert story_lead(_BRIEF.text, 120, 60) == (word_count(_BRIEF.text), None)
    assert story_lead(essay.text, 0, 60) == (0, None)  # leads off: no words counted
    vectors = run_vectors([essay, _BRIEF], lead_from=120, lead_size=60)
    assert vectors.lead_places is not None
    assert vectors.lead_places.tolist() == [0, -1]
    assert vectors.lengths is not None
    assert vectors.lengths.tolist() == [word_count(s.text) for s in (essay, _BRIEF)]
    off = run_vectors([essay, _BRIEF])
    assert off.passage_words is None
    assert off.lead_places is None


def test_a_lead_is_counted_as_its_headline_and_lead() -> None:
    """A lead's rows hold the terms a story of the headline and the lead would have."""
    stories = _run(_BRIEF)
    essay = stories[0]
    lead = attrs.evolve(essay, id="lead-0", text=story_lead(essay.text, 120, 60)[1])
    vectors = run_vectors(stories, lead_from=120, lead_size=60)
    alone = run_vectors([*stories, lead])  # the lead counted as a story: its words are all the essay's
    assert vectors.passage_words is not None
    assert vectors.passage_names is not None
    assert alone.terms == vectors.terms
    assert np.array_equal(vectors.passage_words.indices, alone.words[len(stories)].indices)
    assert np.array_equal(vectors.passage_names.indices, alone.names[len(stories)].indices)


def test_leads_counted_in_blocks_of_workers_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of 4 stories on two workers, each lead with its story's block: the same rows, bit for bit."""
    stories = [_BRIEF, *_run(_BRIEF)[2:], _essay(), attrs.evolve(_essay(), id="essay-9")]
    whole = run_vectors(stories, lead_from=120, lead_size=60)
    monkeypatch.setattr(_vectors, "_BLOCK", 4)
    blocks = run_vectors(stories, 2, lead_from=120, lead_size=60)
    assert whole.lead_places is not None
    assert blocks.lead_places is not None
    assert whole.lead_places.tolist() == blocks.lead_places.tolist() == [*[-1] * 21, 0, 1]
    for left, right in (
        (whole.passage_words, blocks.passage_words),
        (whole.passage_names, blocks.passage_names),
    ):
        assert left is not None
        assert right is not None
        for a, b in ((left.indptr, right.indptr), (left.indices, right.indices), (left.data, right.data)):
            assert np.array_equal(a, b)


def test_leads_leave_the_stories_vectors_as_they_are() -> None:
    stories = _run(_BRIEF)
    alone = run_vectors(stories)
    both = run_vectors(stories, lead_from=120, lead_size=60)
    for left, right in ((alone.words, both.words), (alone.names, both.names)):
        assert left.shape == right.shape
        assert (left != right).nnz == 0
    assert alone.terms == both.terms
    assert both.passage_words is not None
    assert both.passage_words.shape == (1, alone.words.shape[1])
    assert both.passage_names is not None
    assert both.passage_names.shape == (1, alone.names.shape[1])
    # The lead is the essay's opening: nearer the brief than the whole essay is.
    brief = 1
    whole = (alone.words[0] @ alone.words[brief].T).toarray()[0, 0]
    lead = (both.passage_words[0] @ alone.words[brief].T).toarray()[0, 0]
    assert lead > 2 * whole


def test_a_brief_meets_the_essay_that_opens_with_its_event() -> None:
    stories = _run(_BRIEF)
    pair = [("essay-0", "brief-1")]
    off = float(pair_scores(stories, pair, _OFF)[0])
    on = float(pair_scores(stories, pair, _ON)[0])
    assert off < _ON.threshold <= on
    together = [c for c in cluster_stories(stories, _ON) if "essay-0" in c.story_ids]
    assert together[0].story_ids == ("brief-1", "essay-0")
    assert all(len(c.story_ids) == 1 for c in cluster_stories(stories, _OFF))


def test_a_brief_about_a_later_section_gains_nothing() -> None:
    """Only the lead stands for the essay: a section further down is not what it reports."""
    section = _paragraph(100 + 40 * 8, 40)
    brief = _story("brief-1", section.split()[0], section, "Briefs")
    stories = _run(brief)
    pair = [("essay-0", "brief-1")]
    assert float(pair_scores(stories, pair, _ON)[0]) == float(pair_scores(stories, pair, _OFF)[0])


def test_two_stories_of_like_length_are_compared_whole() -> None:
    """The lead stands for a story only against one ``passage_ratio`` times shorter."""
    long_brief = attrs.evolve(_BRIEF, text=" ".join([_BRIEF.text, _paragraph(900, 150)]))
    stories = _run(long_brief)
    pair = [("essay-0", "brief-1")]
    assert float(pair_scores(stories, pair, _ON)[0]) == float(pair_scores(stories, pair, _OFF)[0])


@pytest.mark.parametrize("threads", [1, 2])
def test_a_lead_finds_neighbours_for_its_story(threads: int) -> None:
    stories = _run(_BRIEF)
    vectors = run_vectors(stories, lead_from=120, lead_size=60)
    assert vectors.passage_words is not None
    assert vectors.passage_names is not None
    assert vectors.lead_places is not None
    settings = attrs.evolve(ClusterSettings(), neighbours=1)
    owner = np.flatnonzero(vectors.lead_places >= 0)
    found = neighbour_pairs(
        vectors.words,
        vectors.names,
        settings,
        threads,
        Leads(vectors.passage_words, vectors.passage_names, owner),
    )
    pairs = {tuple(sorted(p)) for p in found.tolist()}
    assert (0, 1) in pairs  # the essay's lead found the brief
    assert all(a != b for a, b in pairs)  # and never the essay itself
    plain = neighbour_pairs(vectors.words, vectors.names, settings, threads)
    assert {tuple(sorted(p)) for p in plain.tolist()} <= pairs
    assert len(found) == len(plain) + 1


def test_made_up_words_are_distinct() -> None:
    assert len({_word(k) for k in range(1000)}) == 1000
    assert not any(a == b for a, b in itertools.pairwise(_word(k) for k in range(10)))


def test_a_lead_speaks_only_beside_a_report_of_the_same_days() -> None:
    """Undated stories (an archive) and stories weeks apart score on the whole essay: a lead names
    what a look-alike event of another time names too."""
    pair = [("essay-0", "brief-1")]
    dated = float(pair_scores(_run(_BRIEF), pair, _ON)[0])
    for date in (None, dt.date(2026, 3, 1)):
        moved = [
            attrs.evolve(s, date=date, edition_date=date) if s.id == "brief-1" else s for s in _run(_BRIEF)
        ]
        assert float(pair_scores(moved, pair, _ON)[0]) < min(dated, _ON.threshold)


def _reference_lead(text: str, size: int) -> str:
    """The lead as first written: every line's words counted, a long line split whole."""
    out: list[str] = []
    count = 0
    for line in text.splitlines():
        length = word_count(line)
        if not length:
            continue
        pieces = (
            [line]
            if count + length <= size
            else re.split(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])", line)
        )
        for piece in pieces:
            length = word_count(piece)
            if out and count >= size / 2 and count + length > size:
                return "\n".join(out)
            if length:
                out.append(piece)
                count += length
    return "\n".join(out)


@given(
    st.lists(
        st.sampled_from(
            ["Alpha beta.", "Gamma delta epsilon!", "zeta eta", "  ", "", "Theta? Iota kappa.", "\n"]
        ),
        max_size=40,
    ).map(" ".join),
    st.integers(min_value=0, max_value=30),
)
def test_the_lead_counts_words_only_as_far_as_it_needs(text: str, size: int) -> None:
    """Counting a line's words only up to the room left, and cutting sentences as asked for, gives
    the lead that counting and splitting every line whole gives."""
    assert lead_passage(text, size) == _reference_lead(text, size)
