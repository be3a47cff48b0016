"""Topics come from section names and headlines, weighted; never from words of the text or prices."""

from __future__ import annotations

import datetime as dt

import pytest
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.cli.config import parse_config
from digest.compose import topics as _topics
from digest.compose.interest import keyword_pattern
from digest.compose.topics import (
    TopicEvidence,
    _any_keyword,
    _hits,
    _KeywordIndex,
    _unpriced,
    assign_topic,
    settle_topics,
    topic_scores,
)
from digest.models import MergedStory, Sentence, SourceRef
from digest.settings import DEFAULT_TOPICS, Topic


def _merged(
    headline: str, sections: tuple[str, ...] = (), summary: str = "", titles: tuple[str, ...] = ()
) -> MergedStory:
    others = [SourceRef(f"Other {k}", None, None, title, f"o{k}") for k, title in enumerate(titles)]
    refs = (SourceRef("Wire", dt.date(2026, 2, 2), None, headline, "h"), *others)
    return MergedStory(
        cluster_id="c",
        headline=headline,
        headline_story="h",
        summary=(Sentence(summary, "h", "Wire"),) if summary else (),
        sources=refs,
        story_ids=tuple(r.story_id for r in refs),
        date=None,
        sections=sections,
    )


@pytest.mark.parametrize(
    ("headline", "sections", "summary", "topic"),
    [
        # "AI" starts "Airstrikes" and the text speaks of AI; neither makes it Technology.
        (
            "Israeli Airstrikes Kill at Least 32 in Gaza",
            ("Top News",),
            "An AI-guided drone was seen.",
            "Policy & World",
        ),
        # A price in yuan is not a markets story.
        ("Xiaomi launches phone at 3,999 yuan", (), "The yuan fell against the dollar.", "Technology"),
        ("Yuan weakens past 7.3 per dollar as exports slow", (), "", "Markets & Economy"),
        # The newsletter's own section outweighs one headline keyword.
        ("Nio sales jump as buyers return", ("Economy & Markets",), "", "Markets & Economy"),
        (
            "Upgrade your Christmas dinner with deviled eggs",
            ("BITS TO DO",),
            "Eggs with AI and GDP.",
            "Other",
        ),
    ],
)
def test_topic_from_sections_and_headline_only(
    headline: str, sections: tuple[str, ...], summary: str, topic: str
) -> None:
    """Sections weigh 3, headline keywords 2; words of the summary never count."""
    assert assign_topic(_merged(headline, sections, summary), DEFAULT_TOPICS) == topic


def test_other_reports_titles_count_less_than_the_headline() -> None:
    """A keyword in another report's title counts 1 against 2 for the headline's."""
    story = _merged("Regulator approves the merger", titles=("Chipmaker deal cleared",))
    scores = topic_scores(story, DEFAULT_TOPICS)
    assert scores["Policy & World"] == 2
    assert scores["Technology"] == 1
    assert scores["Companies & Deals"] == 2 + 1


def test_topic_sets_come_from_the_config() -> None:
    """[[topics]] in the TOML replace the defaults; the last catches the rest."""
    config = parse_config(
        '[[topics]]\nname = "Research"\nsections = ["research"]\nkeywords = ["paper", "LLM"]\n'
        '[[topics]]\nname = "Everything else"\n'
    )
    topics = config.settings.compose.topics
    assert [t.name for t in topics] == ["Research", "Everything else"]
    assert assign_topic(_merged("New paper on LLM memorisation"), topics) == "Research"
    assert assign_topic(_merged("Bitcoin falls"), topics) == "Everything else"
    assert assign_topic(_merged("Gallant LLMs"), (Topic("A", (), ("LLM",)), Topic("B"))) == "A"


def _from(source: str, headline: str, sections: tuple[str, ...] = ()) -> MergedStory:
    story = _merged(headline, sections)
    refs = tuple(evolve(ref, source=source) for ref in story.sources)
    return evolve(story, sources=refs)


def test_a_story_without_evidence_takes_its_publications_one_subject() -> None:
    """A newsletter about one subject lends it to its stories without evidence; a mixed one does not."""
    tech = [_from(f"gadgets-2026-03-0{k % 5 + 1}", f"New GPU chip {k} ships") for k in range(12)]
    mixed = [
        _from("Daily", h) for h in ("Central bank cuts rates", "New GPU chip ships", "Court blocks law")
    ] * 4
    quiet = [
        _from("gadgets-2026-03-02", "Members welcome newcomers"),
        _from("Daily", "Members welcome newcomers"),
    ]
    settled = settle_topics([*tech, *mixed, *quiet], DEFAULT_TOPICS)
    assert [s.topic for s in settled[-2:]] == ["Technology", "Other"]
    assert settle_topics(settled, DEFAULT_TOPICS) == settled


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["AI", "ai", "chip", "Fed", "acqui", "IPO", "oil", " ", "é"]), max_size=5),
    st.text(alphabet="AIaichpFedqurwPOolé s.-\u212a\u017f\u0130", max_size=40),
)
def test_one_search_for_any_keyword_finds_what_each_keyword_does(keywords: list[str], text: str) -> None:
    """The single search that rules a text out gives the same answer as every keyword's own."""
    found = _any_keyword(tuple(keywords)).search(text) is not None
    assert found == any(k.strip() and keyword_pattern(k).search(text) for k in keywords)
    # The word checks before the searches rule out only keywords whose pattern does not match.
    each = sum(1 for k in keywords if k.strip() and keyword_pattern(k).search(text))
    assert _hits(tuple(keywords), text) == each
    assert _hits(tuple(keywords), text, text.lower()) == each


_DEFAULT_WORDS = sorted({w for t in DEFAULT_TOPICS for k in t.keywords for w in k.split()})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_DEFAULT_WORDS, "s", "es", "-", " ", "X", "\u212a"]), max_size=12))
def test_default_topics_hits_as_each_keyword_pattern(parts: list[str]) -> None:
    """With the default topics' keywords, the word checks give each keyword's own count."""
    text = "".join(parts)
    for topic in DEFAULT_TOPICS:
        each = sum(1 for k in topic.keywords if k.strip() and keyword_pattern(k).search(text))
        assert _hits(topic.keywords, text, text.lower()) == each


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_DEFAULT_WORDS, "s", "es", "-", " ", "X", "\u212a", "\u017f", "é"]), max_size=12
    )
)
def test_every_topics_keywords_found_at_once_count_as_each_topics_own(parts: list[str]) -> None:
    """One pass over a text for every topic's keywords gives each topic's :func:`_hits`."""
    text = "".join(parts)
    index = _KeywordIndex.of(tuple(topic.keywords for topic in DEFAULT_TOPICS))
    assert index.hits(text) == [_hits(topic.keywords, text) for topic in DEFAULT_TOPICS]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["AI", "ai", "chip", "Fed", "acqui", "IPO", "oil", "oil", " ", "é"]), max_size=5
        ),
        max_size=4,
    ),
    st.text(alphabet="AIaichpFedqurwPOolé s.-\u212a\u017f\u0130", max_size=40),
)
def test_keyword_index_of_any_topics_counts_as_each_topics_hits(keywords: list[list[str]], text: str) -> None:
    """Topics with repeated, blank or non-ASCII keywords, or none: the same counts as :func:`_hits`."""
    index = _KeywordIndex.of(tuple(tuple(each) for each in keywords))
    assert index.hits(text) == [_hits(tuple(each), text) for each in keywords]


_OUTLET_PARTS = st.sampled_from(
    ["The", "Wall Street Journal", "Financial\tTimes", "MIT Technology Review", "TECHCRUNCH", "Economist",
     "Business  Insider", "marketwatch", "Economic Times", "Sports Illustrated", "ſports Illuſtrated",
     "Times", "journal", "$5", "5 yuan", "US$5 bn", "3,999", "EUR 1.5 billion", "٣ dollars", " ", "x", "é"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_OUTLET_PARTS, max_size=8).map(" ".join))
def test_prices_and_outlets_taken_out_where_they_can_match_as_everywhere(title: str) -> None:
    """Each pattern tried only where it can match takes out what it does tried everywhere."""
    assert _unpriced(title) == _topics._OUTLET.sub(" ", _topics._MONEY.sub(" ", title))


def _plain_topic_scores(story: MergedStory, topics: tuple[Topic, ...]) -> dict[str, int]:
    """``topic_scores`` as it read every other report's title (prices taken out of each)."""
    scores: dict[str, int] = {}
    for section in story.sections:
        for topic in topics:
            if _hits(topic.sections, section):
                scores[topic.name] = scores.get(topic.name, 0) + 3
                break
    headline = _topics._MONEY.sub(" ", story.headline)
    titles = [_topics._MONEY.sub(" ", r.title) for r in story.sources if r.story_id != story.headline_story]
    texts = [(text, text.lower()) for text in (headline, *dict.fromkeys(titles))]
    for topic in topics:
        hits = [_hits(topic.keywords, text, lowered) for text, lowered in texts]
        if score := 2 * hits[0] + sum(hits[1:]):
            scores[topic.name] = scores.get(topic.name, 0) + score
    return scores


_TITLE_PARTS = st.sampled_from(["Chip", "IPO", "oil", "Fed", "$5", "5 yuan", "US$5 bn", "rates", " ", "deal"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_TITLE_PARTS, max_size=5).map(" ".join), max_size=12), _TITLE_PARTS)
def test_distinct_titles_read_once_score_as_every_title(titles: list[str], headline: str) -> None:
    """Copies repeat their titles: each distinct title read once gives the same evidence, key order too."""
    story = _merged(headline, titles=tuple(titles))
    expected = _plain_topic_scores(story, DEFAULT_TOPICS)
    assert list(topic_scores(story, DEFAULT_TOPICS).items()) == list(expected.items())


def test_settling_reuses_the_merge_stages_evidence_for_the_same_stories_only() -> None:
    """Evidence handed over is used for the story objects it was found for; a changed story is read again."""
    stories = [_merged("Fed cuts rates"), evolve(_merged("New chip ships"), cluster_id="d")]
    evidence = TopicEvidence((s, topic_scores(s, DEFAULT_TOPICS)) for s in stories)
    assert settle_topics(stories, DEFAULT_TOPICS, evidence) == settle_topics(stories, DEFAULT_TOPICS)
    stale = TopicEvidence([(stories[0], {"Technology": 9}), (stories[1], {"Technology": 9})])
    changed = [evolve(stories[0], headline="Fed cuts rates again"), stories[1]]
    settled = settle_topics(changed, DEFAULT_TOPICS, stale)
    assert [s.topic for s in settled] == [assign_topic(changed[0], DEFAULT_TOPICS), "Technology"]


def test_a_tie_of_title_words_files_the_story_under_the_general_topic() -> None:
    """Two topics with one word of another report's title each: the topics' order does not decide."""
    story = _merged(
        "Inside the press gala as the lights went out",
        titles=("Senators seek federal funding for a new hall", "Guests leave early"),
    )
    scores = topic_scores(story, DEFAULT_TOPICS)
    assert scores == {"Companies & Deals": 1, "Policy & World": 1}
    assert assign_topic(story, DEFAULT_TOPICS) == "Other"
    assert [s.topic for s in settle_topics([story], DEFAULT_TOPICS)] == ["Other"]
    # A headline's word each is evidence enough: the first topic, as before.
    tied = _merged("Chip stocks rally", titles=())
    assert topic_scores(tied, DEFAULT_TOPICS) == {"Markets & Economy": 2, "Technology": 2}
    assert assign_topic(tied, DEFAULT_TOPICS) == "Markets & Economy"


def test_a_section_that_runs_to_a_sentence_counts_as_a_title() -> None:
    """A contents line read as a section is not a newsletter's heading: it weighs 1, not 3."""
    line = "Fed holds rates … court hears map challenge … senators return to the capital on Monday"
    story = _merged("Central bank keeps interest rate steady", sections=(line,))
    assert topic_scores(story, DEFAULT_TOPICS) == {"Markets & Economy": 2 + 2, "Policy & World": 1}
    assert topic_scores(_merged("Rates", sections=("Courts",)), DEFAULT_TOPICS) == {"Policy & World": 3}


@pytest.mark.parametrize(
    ("headline", "sections"),
    [
        ("Gunshots ring out at a Washington press dinner", ()),
        ("Inside the dinner as guests fled", ("White House",)),
        ("Suspect charged after hotel attack", ()),
        ("Former director indicted a second time", ("Justice Department",)),
    ],
)
def test_news_of_government_and_crime_is_policy_and_world(headline: str, sections: tuple[str, ...]) -> None:
    """A general newsletter's politics and crime (White House, courts, a shooting) have a topic."""
    assert assign_topic(_merged(headline, sections), DEFAULT_TOPICS) == "Policy & World"


@pytest.mark.parametrize(
    ("headline", "sections", "titles", "topic"),
    [
        # Oil, crude, OPEC and stocks are markets, against one title's "President".
        (
            "Oil gained as the Marlow Strait stayed shut and talks stalled",
            ("THE NEWS",),
            ("President's approval slips", "US stocks hit fresh highs"),
            "Markets & Economy",
        ),
        (
            "The UAE's OPEC exit is existential for the cartel",
            ("Opinion",),
            ("UAE to quit OPEC",),
            "Markets & Economy",
        ),
        ("Brent crude tops $110 a barrel", (), (), "Markets & Economy"),
        # An outlet's name is not evidence: the Wall Street Journal is not Wall Street.
        ("Acme's chief tells the Wall Street Journal about its new phone", (), (), "Technology"),
        # Whole words: "soil" and "toil" are not oil.
        ("Soil scientists toil over a drought map", (), (), "Other"),
        # A marathon printed under a newsletter's "Technology" heading is sport: the general section.
        (
            "Kenyan runner wins the London Marathon in record time",
            ("Technology",),
            ("First sub-two-hour marathon in a race", "A 1:59:30 marathon"),
            "Other",
        ),
    ],
)
def test_markets_know_commodities_and_stocks_and_sport_is_not_technology(
    headline: str, sections: tuple[str, ...], titles: tuple[str, ...], topic: str
) -> None:
    assert assign_topic(_merged(headline, sections, titles=titles), DEFAULT_TOPICS) == topic
