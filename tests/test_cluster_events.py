"""Real newsletter weeks: candidates beyond LSH, the edition rule per edition, figures across languages."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from pathlib import Path

import attrs
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.cluster import model as cluster_model
from digest.cluster.candidates import LSH, NEIGHBOURS, SUBJECT, candidate_pairs, source_names, subject_pairs
from digest.cluster.explain import explain_pair, render_explanation
from digest.cluster.figurekeys import figure_keys, is_cjk, latin_names
from digest.cluster.grouping import cluster_stories, cross_similarity, similarity_in
from digest.cluster.model import Model, _headline_kind, headline_venue, is_roundup, is_topic_list, lead_claim
from digest.cluster.scoring import score_clustering
from digest.ingest import read_stories
from digest.models import Format, Story
from digest.settings import ClusterSettings, Settings
from tests.weeks import DEV_LABELS, require_week

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ECBPLUS = Path(__file__).resolve().parents[1] / "benchmarks" / "ecbplus" / "ecbplus-dev.jsonl"


def test_figure_keys_read_the_same_in_chinese_and_english() -> None:
    """410亿港元 is HK$41 billion, 210051辆 is 210,051, 130万 is 1.3 million; years, small counts are out."""
    chinese = figure_keys("规模最高可达410亿港元，销量为210051辆，同比下降30%，目标为130万辆，2021年以来")
    english = figure_keys("HK$41 billion; 210,051 vehicles, down 30 percent; 1.3 million vehicles since 2021")
    assert chinese == english == {"4.1e+10", "210051", "30%", "1.3e+06"}
    assert figure_keys("3 models in 2025, 12 users") == frozenset()
    assert latin_names("宁德时代（CATL）表示 HK$41") == {"catl"}
    assert is_cjk("宁德时代（CATL）表示")
    assert not is_cjk("CATL weighs a HK$41 billion sale")


@pytest.fixture(scope="module")
def fixture_clusters() -> tuple[dict[str, Story], list[list[Story]]]:
    """The bundled fixtures' stories by id and their clusters as lists of stories."""
    reading = read_stories([FIXTURES], Settings())
    by_id = {s.id: s for s in reading.stories}
    clusters = cluster_stories(reading.stories, Settings().clustering)
    return by_id, [[by_id[i] for i in c.story_ids] for c in clusters]


@pytest.mark.parametrize("subject", ["410亿港元", "210051辆", "摩尔线程", "新建住宅"])
def test_chinese_retellings_join_their_english_cluster(
    fixture_clusters: tuple[dict[str, Story], list[list[Story]]], subject: str
) -> None:
    """Each GB18030 retelling of an English story shares a cluster with English stories."""
    _, clusters = fixture_clusters
    (home,) = [c for c in clusters if any(subject in s.text for s in c)]
    assert any(not is_cjk(f"{s.title}\n{s.text}") for s in home), [s.title for s in home]


def test_chinese_stories_without_an_english_counterpart_stay_alone(
    fixture_clusters: tuple[dict[str, Story], list[list[Story]]],
) -> None:
    """The Big5 stories (TSMC, Foxconn, MediaTek), told in no English newsletter, are clusters of one."""
    _, clusters = fixture_clusters
    big5 = [c for c in clusters if any(s.path.endswith("big5.txt") for s in c)]
    assert len(big5) == 3
    assert all(len(c) == 1 for c in big5)


def _edition(path: str, titles_texts: list[tuple[str, str, str]]) -> list[Story]:
    day = dt.date(2026, 3, 2)
    return [
        Story(
            id=f"{path}-{k}",
            title=title,
            text=text,
            source=path.split(".", maxsplit=1)[0],
            path=path,
            section=section,
            position=k,
            date=day,
            edition_date=day,
            format=Format.MARKDOWN,
        )
        for k, (section, title, text) in enumerate(titles_texts)
    ]


_EVENTS = [
    (
        "Quorvane ships Tessaly 4 model",
        "Quorvane released Tessaly 4, a reasoning model with a 2M context window.",
    ),
    (
        "Brindle Labs raises $80 million",
        "Brindle Labs raised $80 million led by Oaktree Ventures for robot arms.",
    ),
    (
        "Marlow GPU cloud outage",
        "Marlow's GPU cloud was down for nine hours after a cooling failure in Oslo.",
    ),
    (
        "Pellucid open-sources Vireo",
        "Pellucid open-sourced Vireo, its speech recognition toolkit, under MIT.",
    ),
]
#: A recap: each event told in the tweets section, again in the forum section, again in the chat section.
RECAP = _edition(
    "dailyrecap.md",
    [
        (section, f"{prefix}{title}", f"{lead} {text}")
        for section, prefix, lead in (
            ("Tweets", "", "People on X noted:"),
            ("Forums", "Thread: ", "A forum thread discussed this."),
            ("Chats", "Chat: ", "Chat members reacted."),
        )
        for title, text in _EVENTS
    ],
)
#: A curated list: the same four events, each once.
CURATED = _edition("briefing.md", [("Top", title, text) for title, text in _EVENTS])


def test_the_edition_rule_follows_the_edition_structure() -> None:
    """A recap's retellings of an event share a cluster; a curated list's items stay apart; config wins."""
    stories = RECAP + CURATED
    groups = [set(c.story_ids) for c in cluster_stories(stories)]
    for k in range(len(_EVENTS)):
        told = {f"dailyrecap.md-{k}", f"dailyrecap.md-{k + 4}", f"dailyrecap.md-{k + 8}", f"briefing.md-{k}"}
        assert told in groups
    explained = similarity_in(stories, RECAP[0], RECAP[4])
    assert explained.edition_rule == "one recap edition (may retell)"
    curated = ClusterSettings(curated_sources=("dailyrecap",), same_edition_penalty=0.0)
    forced = [set(c.story_ids) for c in cluster_stories(stories, curated)]
    assert not any({"dailyrecap.md-0", "dailyrecap.md-4"} <= g for g in forced)
    assert (
        similarity_in(stories, RECAP[0], RECAP[4], curated).edition_rule == "one curated edition (kept apart)"
    )


def test_recap_sources_setting_marks_an_edition_a_recap() -> None:
    """A source named in recap_sources lets two stories of one of its editions meet, whatever the evidence."""
    pair = _edition("briefing.md", [("Top", *_EVENTS[0]), ("Top", "Tessaly 4 from Quorvane", _EVENTS[0][1])])
    settings = ClusterSettings(recap_sources=("briefing",))
    assert similarity_in(pair, pair[0], pair[1], settings).edition_rule == "one recap edition (may retell)"
    assert similarity_in(pair, pair[0], pair[1]).edition_rule == "one curated edition (x0.5)"
    kept = ClusterSettings(same_edition_penalty=0.0)
    assert similarity_in(pair, pair[0], pair[1], kept).edition_rule == "one curated edition (kept apart)"


def test_explain_names_the_candidate_source_edition_rule_and_figures() -> None:
    """`digest explain` shows which search found the pair, the edition rule and the shared figures."""
    explanation = explain_pair(RECAP[0], CURATED[0], RECAP + CURATED)
    assert explanation.similarity.candidate_source == "all pairs"
    assert explanation.similarity.edition_rule == "different editions"
    rows = {str(c) for c in render_explanation(explanation).columns[0].cells}
    shown = {"candidate source", "edition rule", "shared figures (across scripts)", "shared rare words"}
    assert shown <= rows
    assert source_names(LSH | NEIGHBOURS) == "LSH + neighbours"
    assert source_names(LSH | SUBJECT) == "LSH + headline subject"


def test_explain_says_which_story_is_a_chat_retelling() -> None:
    """A chat retelling must meet half its cluster at the threshold: `digest explain` says which is one."""
    talk = _edition(
        "chat.md",
        [
            ("Server", "Tessaly 4 rate limits", "Users reported that Tessaly 4 allows 100 messages a day."),
            ("Server", "Tessaly 4 praised", "A member said Tessaly 4 writes better code than Tessaly 3."),
        ],
    )
    report = _edition("wire.md", [("Top", *_EVENTS[0])])
    stories = talk + report
    table = render_explanation(explain_pair(talk[0], report[0], stories))
    rows = {str(k): str(v) for k, v in zip(table.columns[0].cells, table.columns[1].cells, strict=True)}
    assert rows["chat retelling (must meet half its cluster)"] == "A"
    both = render_explanation(explain_pair(talk[0], talk[1], stories))
    assert "both" in [str(c) for c in both.columns[1].cells]
    neither = render_explanation(explain_pair(report[0], report[0], stories))
    assert "neither" in [str(c) for c in neither.columns[1].cells]


def test_headlines_about_one_rare_subject_are_candidates_up_to_the_block_size() -> None:
    """Every pair of headlines sharing a subject column is a candidate unless the subject heads
    more than ``limit`` stories (then it is the run's topic, not a blocking key)."""
    from scipy.sparse import csr_matrix

    # Stories 0, 2, 3 share subject 0; 1 and 4 share subject 1; subject 2 heads one story only.
    rows = [0, 2, 3, 1, 4, 4]
    cols = [0, 0, 0, 1, 1, 2]
    subjects = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(5, 3))
    assert sorted(map(tuple, subject_pairs(subjects, 3).tolist())) == [(0, 2), (0, 3), (1, 4), (2, 3)]
    assert sorted(map(tuple, subject_pairs(subjects, 2).tolist())) == [(1, 4)]
    assert subject_pairs(subjects, 1).shape == (0, 2)


def test_cross_similarity_equals_the_pairwise_similarity() -> None:
    """The vectorised scores of every left x right pair equal each pair's own similarity."""
    left, right = RECAP[:3], CURATED
    scores = cross_similarity(left, right)
    corpus = [*left, *right]
    for (i, a), (j, b) in itertools.product(enumerate(left), enumerate(right)):
        assert scores[i, j] == pytest.approx(similarity_in(corpus, a, b).score, abs=1e-6)


def _ecbplus() -> tuple[list[Story], dict[str, str]]:
    stories, gold = [], {}
    for line in ECBPLUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        stories.append(
            Story(
                id=row["id"],
                title=row["title"],
                text=row["text"],
                source=row["source"],
                path="ecbplus",
                url=row["url"] or None,
                format=Format.JSONL,
            )
        )
        gold[row["id"]] = row["gold"]
    return stories, gold


#: Measured: B-cubed F1 0.9143 through the candidate path with near-copies collapsed (0.9130 without;
#: every pair compared: 0.9131).
ECB_CANDIDATES_F1_FLOOR = 0.912


def test_ecbplus_through_candidates_scores_as_well_as_all_pairs() -> None:
    """ECB+ dev clustered from LSH + neighbour candidates only keeps B-cubed F1 >= 0.912."""
    stories, gold = _ecbplus()
    clusters = cluster_stories(stories, ClusterSettings(exhaustive_limit=100))
    label = {sid: c.id for c in clusters for sid in c.story_ids}
    score = score_clustering([label[s.id] for s in stories], [gold[s.id] for s in stories])
    assert score.f1 >= ECB_CANDIDATES_F1_FLOOR, score


#: Measured: 4,454 of ECB+ dev's 4,491 same-event pairs are candidates (0.992; LSH, neighbours and
#: links alone: 4,445, 0.990).
ECB_CANDIDATE_FLOOR = 0.99


def _candidates(model: Model) -> set[tuple[int, ...]]:
    """The candidate pairs (i < j) a large run of ``model``'s stories would verify, from every source."""
    found = candidate_pairs(
        model.words,
        model.names,
        single=model.single_words,
        terms=model.terms,
        urls=model.urls,
        settings=model.settings,
        subjects=model.subjects,
    )
    return set(map(tuple, found.pairs.tolist()))


def test_candidates_cover_the_same_event_pairs_of_ecbplus() -> None:
    """The candidate sources find >= 99% of ECB+ dev's same-event pairs."""
    stories, gold = _ecbplus()
    ordered = sorted(stories, key=lambda s: (s.id, s.path, s.position))
    settings = ClusterSettings()
    model = Model(ordered, settings)
    known = _candidates(model)
    events: dict[str, list[int]] = {}
    for k, story in enumerate(ordered):
        events.setdefault(gold[story.id], []).append(k)
    same = [pair for members in events.values() for pair in itertools.combinations(members, 2)]
    assert sum(pair in known for pair in same) / len(same) >= ECB_CANDIDATE_FLOOR


def _labelled_pairs(stories: list[Story]) -> list[tuple[str, str]]:
    """Same-event pairs of story ids of the development week, matched as its scorer matches them."""
    labels = json.loads(DEV_LABELS.read_text(encoding="utf-8"))
    by_file: dict[str, list[Story]] = {}
    for story in stories:
        by_file.setdefault(Path(story.path).name, []).append(story)

    def norm(text: str) -> str:
        return " ".join(text.replace("**", "").replace("`", "").split()).casefold()

    pairs = []
    for items in labels["events"].values():
        ids = []
        for file, phrase in items:
            candidates = by_file.get(file, [])
            hit = [s for s in candidates if norm(phrase) in norm(s.title)] or [
                s for s in candidates if norm(phrase) in norm(s.text[:600])
            ]
            if hit:
                ids.append(hit[0].id)
        pairs.extend(itertools.combinations(ids, 2))
    return pairs


#: Measured on the development week: all 121 labelled pairs that all-pairs scoring keeps
#: (similarity >= threshold / 2) are candidates (129 of all 132 labelled pairs; the three left
#: score below 0.06). Before headline subjects were a candidate source: 117 of 121 (the four
#: missed pairs inside the two largest events, Gemini 06-05 and the ChatGPT logs court order,
#: whose many reports crowd each other out of a story's 20 neighbours while "Gemini" and
#: "OpenAI" are too common to rank by); LSH alone finds 77 of 114. ECB+ dev: 4,454 of 4,491
#: same-event pairs (0.992; 0.990 without subjects).
DEV_CANDIDATE_FLOOR = 0.99


def test_candidates_cover_the_labelled_pairs_of_the_development_week() -> None:
    """The candidate sources find >= 99% of the labelled same-event pairs that verification would keep."""
    stories = list(read_stories([require_week()]).stories)
    ordered = sorted(stories, key=lambda s: (s.id, s.path, s.position))
    index = {s.id: k for k, s in enumerate(ordered)}
    settings = ClusterSettings()
    model = Model(ordered, settings)
    pairs = np.asarray(sorted(tuple(sorted((index[a], index[b]))) for a, b in _labelled_pairs(stories)))
    model.recap[:] = True
    word, name = model.cosine(pairs[:, 0], pairs[:, 1])
    kept = pairs[model.combine(pairs[:, 0], pairs[:, 1], word, name).score >= settings.threshold / 2]
    known = _candidates(model)
    share = sum(tuple(p) in known for p in kept.tolist()) / len(kept)
    assert share >= DEV_CANDIDATE_FLOOR, share


def test_a_real_weeks_candidate_group_is_scored_all_pairs() -> None:
    """The development week clusters as if every pair were compared: its stories chain into one
    candidate group of about 1,900, under ``exhaustive_limit``, so no pair counts 0 unscored."""
    stories = list(read_stories([require_week()]).stories)
    every_pair = ClusterSettings(exhaustive_limit=len(stories))
    assert ClusterSettings().exhaustive_limit < len(stories)  # the run itself takes the candidate path
    assert cluster_stories(stories) == cluster_stories(stories, every_pair)


#: Measured on the development week (found 106/106): pairwise P 1.000, R 0.909, F1 0.952 (six runs
#: 0.933 +- 0.027) since one link under headlines about different subjects is no proof; before:
#: pairwise P 1.000, R 0.879, F1 0.935 (over six
#: runs each without 3% of the unlabelled stories 0.922 +- 0.016 since hedge words are stop words,
#: 0.913 +- 0.010 before: Eleven v3's Reddit reactions join its launch in the whole week only),
#: with a recap's headline subject no evidence unless both headlines name two parties; before:
#: P 1.000, R 0.848, F1 0.918 (0.910 +- 0.017 over the six runs) with a recap's retellings raised
#: by ``recap_factor``; before: P 1.000, R 0.803, F1 0.891 with
#: roundup items read as their first claim; before that: P 0.990, R 0.780, F1 0.873 with the
#: event-evidence and version rules and links labelled with their own URL read as one; before the
#: rules P 0.978, R 0.674, F1 0.798; before issue 15: P 1.000, R 0.174, F1 0.297). The issue's
#: goal, F1 0.92 at P 0.95, is met on the whole week, not over the six runs.
DEV_F1_FLOOR = 0.91
DEV_PRECISION_FLOOR = 0.95


def test_development_week_pairwise_scores_stay_above_their_floors(tmp_path: Path) -> None:
    """Compiling the development week and scoring it with its own scorer keeps F1 >= 0.87 at P >= 0.95."""
    from digest.pipeline import compile_digest
    from digest.render.json import to_json
    from tests.weeks import score

    digest = compile_digest([require_week()], Settings())
    out = tmp_path / "dev.json"
    out.write_text(to_json(digest), encoding="utf-8")
    result = score(out)
    assert result.f1 >= DEV_F1_FLOOR, result.report[-2000:]
    assert result.precision >= DEV_PRECISION_FLOOR, result.report[-2000:]


def test_a_link_many_stories_of_one_edition_carry_is_not_evidence() -> None:
    """Four unrelated items of one recap edition with the same placeholder link stay apart."""
    events = [_EVENTS[0], _EVENTS[1], _EVENTS[2], _EVENTS[3]]
    recap = _edition("dailyrecap.md", [("Chats", title, text) for title, text in events])
    linked = [Story(**{**_fields(s), "url": "https://example.org/source_url"}) for s in recap]
    assert all(
        len(c.story_ids) == 1 for c in cluster_stories(linked, ClusterSettings(recap_sources=("dailyrecap",)))
    )


def test_a_headline_listing_topics_without_text_joins_no_cluster() -> None:
    """A line naming what was discussed ("Tessaly 4, Brindle Labs, Marlow outage") is no event."""
    listing = _edition("chat.md", [("Chats", "Tessaly 4 model, Brindle Labs funding, Marlow GPU outage", "")])
    groups = cluster_stories([*listing, *CURATED])
    assert all(len(c.story_ids) == 1 for c in groups if listing[0].id in c.story_ids)
    assert is_topic_list(listing[0])
    assert not is_topic_list(CURATED[0])


def test_one_shared_name_alone_counts_no_more_than_the_words() -> None:
    """Two items that share only their subject's name are not lifted by the names cosine."""
    day = dt.date(2026, 3, 2)
    a = Story(
        id="a",
        title="Zorvex tests delivery robots",
        text="Zorvex built a park to test delivery robots.",
        source="One",
        path="one.md",
        date=day,
    )
    b = Story(
        id="b",
        title="Zorvex forms an agents group",
        text="Zorvex formed a group for software agents.",
        source="Two",
        path="two.md",
        date=day,
    )
    corpus = [a, b, *CURATED]
    lifted = similarity_in(corpus, a, b, ClusterSettings(names_to_count=1))
    held = similarity_in(corpus, a, b)
    assert held.score < lifted.score
    assert held.score <= held.words * ClusterSettings().subject_boost + 1e-6


def _revenue_pair(written: str) -> tuple[list[Story], Story, Story]:
    """Two Title Case headlines sharing "Revenue" and "Billion"; the run's texts write them ``written``."""
    day = dt.date(2026, 3, 2)
    a = Story(
        id="a",
        title="Zorvex Hits $3 Billion in Annualized Revenue",
        text="Zorvex said business demand lifted its sales.",
        source="One",
        path="one.md",
        date=day,
    )
    b = Story(
        id="b",
        title="Musk Says Quarrion Revenue Will Near $16 Billion",
        text="Quarrion expects its launch business to grow, Musk said.",
        source="Two",
        path="two.md",
        date=day,
    )
    others = [
        Story(
            id=f"r{k}",
            title=f"Company {k} reports",
            text=f"Firm {k} said its {written} grew by {k} {written.rsplit(maxsplit=1)[-1]} this year.",
            source="Three",
            path=f"r{k}.md",
            date=day,
        )
        for k in range(6)
    ]
    return [a, b, *others, *CURATED], a, b


def test_words_a_title_case_headline_capitalises_are_not_shared_names() -> None:
    """ "Revenue" and "Billion" in two headlines are names only if the run writes them as names.

    "Anthropic Hits $3 Billion in Annualized Revenue" and "Musk Says SpaceX Revenue Will Near $16
    Billion" (a real week) were one event on two Title Case capitals; the texts of the run write
    "revenue" and "billion" in lower case, so they count as no shared name.
    """
    corpus, a, b = _revenue_pair("revenue billion")
    held = similarity_in(corpus, a, b)
    assert held.score <= held.words * ClusterSettings().subject_boost + 1e-6
    named, a, b = _revenue_pair("Revenue Billion")  # a run that writes them as names: they count
    lifted = similarity_in(named, a, b)
    assert lifted.score > held.score


def _dated(sid: str, title: str, text: str, source: str, **extra: object) -> Story:
    """A story of 2 March 2026 from its own file."""
    return Story(
        id=sid, title=title, text=text, source=source, path=f"{sid}.md", date=dt.date(2026, 3, 2), **extra
    )  # type: ignore[arg-type]


def test_a_name_most_of_the_run_carries_is_not_a_second_shared_name() -> None:
    """ "Zorvex" and the week's topic "Helix" shared: still one distinctive name, held to the words.

    With "Helix" in every story of the run it is the run's topic; a second name counts only when
    at most a tenth of the run (or 10 stories) carry it, as a rarer one does.
    """
    a = _dated(
        "a", "Zorvex tests Helix delivery robots", "Zorvex built a Helix park to test delivery robots.", "One"
    )
    b = _dated(
        "b", "Zorvex forms a Helix agents group", "Zorvex formed a Helix group for software agents.", "Two"
    )
    topic = [
        _dated(f"t{k}", f"Helix note {k}", f"Helix matters for item number {k} of the week {k * 7}.", "Three")
        for k in range(12)
    ]
    held = similarity_in([a, b, *topic], a, b)
    assert held.score <= held.words * ClusterSettings().subject_boost + 1e-6
    rare = [
        attrs.evolve(t, title=t.title.replace("Helix", "Orbit"), text=t.text.replace("Helix", "Orbit"))
        if k
        else t
        for k, t in enumerate(topic)
    ]
    counted = similarity_in([a, b, *rare], a, b)  # "Helix" in 3 of 14 stories: under 10, distinctive
    assert counted.score > counted.words * ClusterSettings().subject_boost + 1e-6


def test_a_roundup_item_is_read_as_its_first_claim() -> None:
    """A recap bullet listing topics and citing a source per claim matches its lead's event only."""
    roundup = _dated(
        "r",
        "Quillbook, Marlow, and Other Infrastructure",
        "Quillbook now lets anyone publish public notebooks (@quill), Marlow highlights dynamic"
        " quantization on Tessaly 235B (@marlow), and Brindle v3.1 adds a task timeline (@brindle).",
        "Recap",
        links=("https://x.example/1", "https://x.example/2", "https://x.example/3"),
    )
    report = _dated(
        "q",
        "Quillbook now supports public notebooks",
        "Quillbook users can now publish public notebooks that anyone with the link can read.",
        "Daily",
    )
    other = _dated(
        "m",
        "Marlow ships dynamic quantization for Tessaly",
        "Marlow's dynamic quantization runs Tessaly 235B on one machine.",
        "Daily",
    )
    assert is_roundup(roundup)
    assert lead_claim(roundup.text) == "Quillbook now lets anyone publish public notebooks (@quill)"
    whole = attrs.evolve(roundup, links=())  # the same text citing no source: read whole
    assert not is_roundup(whole)
    as_lead, as_whole = [roundup, report, other, *CURATED], [whole, report, other, *CURATED]
    assert similarity_in(as_lead, roundup, report).score > similarity_in(as_whole, whole, report).score
    assert similarity_in(as_lead, roundup, other).score < similarity_in(as_whole, whole, other).score
    # A news headline with commas is no list of topics: "12,000" is one number, and one ticker in
    # brackets ("Apple (AAPL), Google") is not a claim closed by its source.
    for title, text in (
        (
            "Layoffs hit 12,000, Microsoft says",
            "Microsoft (MSFT), the software maker, said it cut 12,000 jobs.",
        ),
        ("Apple, Google, Meta fined by EU under DMA", "The Commission fined Apple (AAPL), Google and Meta."),
    ):
        assert not is_roundup(attrs.evolve(roundup, title=title, text=text))


def _fields(story: Story) -> dict[str, object]:
    return {f.name: getattr(story, f.name) for f in attrs.fields(Story)}


def test_items_of_one_recurring_column_must_agree_on_more_than_its_topic() -> None:
    """Two items under one section heading (counts aside) keep half their similarity; an aggregator's
    outlets gathered under one heading of one file keep all of it."""
    day = dt.date(2026, 3, 2)
    a, b = (
        Story(
            id=k,
            title=t,
            text=x,
            source=f"Chat {k}",
            path=f"{k}.md",
            section=f"Marlow ▷ #general ({n} messages)",
            date=day,
            format=Format.MARKDOWN,
        )
        for k, t, x, n in (
            ("c1", "Marlow outage", "Marlow's GPU cloud was down for nine hours in Oslo.", 12),
            ("c2", "Marlow prices", "Marlow cut the price of its GPU cloud in Oslo by a third.", 40),
        )
    )
    corpus = [a, b, *CURATED]
    plain = similarity_in(corpus, a, b, ClusterSettings(same_column_factor=1.0)).score
    assert similarity_in(corpus, a, b).score == pytest.approx(plain * 0.5, abs=1e-6)
    gathered = [Story(**{**_fields(s), "path": "page.md"}) for s in (a, b)]
    corpus = [*gathered, *CURATED]
    assert similarity_in(corpus, *gathered).score == pytest.approx(plain, abs=1e-6)


def _wire_fillers() -> list[Story]:
    """Forty one-off wire items, so that the names of a few test stories are rare in the run."""
    return [
        Story(
            id=f"f{k}",
            title=f"Vendor{k} ships Widget{k}",
            text=f"Vendor{k} released Widget{k} for warehouse teams in region {k}.",
            source="Wire",
            path="wire.md",
            date=dt.date(2026, 3, 2),
            format=Format.MARKDOWN,
        )
        for k in range(40)
    ]


def test_a_recurring_channels_own_topic_names_are_no_evidence_between_its_items() -> None:
    """A chat channel met in three editions whose items all name its topic ("Quillmate Jobs"): two
    of its items sharing only those names keep half their similarity, as items sharing no rare name
    do. Three items under one edition's theme heading share its names as evidence (one event)."""
    fillers = _wire_fillers()
    problems = (
        ("Quillmate Jobs won't start", "Quillmate Jobs fail to start after the upgrade, members said."),
        ("Quillmate Jobs and private repos", "Quillmate Jobs cannot reach private repositories, one found."),
        ("Quillmate Jobs bill twice", "Quillmate Jobs bill twice for retries, members complained."),
    )

    def item(k: int, section: str, path: str, day: int) -> Story:
        return Story(
            id=f"c{k}",
            title=problems[k][0],
            text=problems[k][1],
            source="Chat recap",
            path=path,
            section=section,
            date=dt.date(2026, 3, day),
            edition_date=dt.date(2026, 3, day),
            format=Format.MARKDOWN,
        )

    channel = [item(k, f"Quillmate ▷ #jobs ({10 + k} messages)", f"recap-{k}.md", 2 + k) for k in range(3)]
    corpus = [*channel, *fillers]
    plain = similarity_in(corpus, channel[0], channel[1], ClusterSettings(same_column_factor=1.0)).score
    assert similarity_in(corpus, channel[0], channel[1]).score == pytest.approx(plain * 0.5, abs=1e-6)
    theme = [item(k, "Quillmate Jobs Breakthroughs", "recap-0.md", 2) for k in range(3)]
    corpus = [*theme, *fillers]
    plain = similarity_in(corpus, theme[0], theme[1], ClusterSettings(same_column_factor=1.0)).score
    assert similarity_in(corpus, theme[0], theme[1]).score == pytest.approx(plain, abs=1e-6)


def test_headlines_of_one_kind_are_one_column_across_sections_and_editions() -> None:
    """Projects a link digest lists as "Show HN: ..." in two editions (one under a section heading,
    one not) share the label and the tools they build on: two of them keep half their similarity,
    like two items of one column. Two labels of one story each, or a label of two headlines, are no
    column."""
    fillers = _wire_fillers()
    projects = (
        (
            "Show HN: Pellow - a Quillmate plugin for logs",
            "A Quillmate plugin that keeps agent logs in one file.",
        ),
        ("Show HN: Tarn, a Quillmate gateway in Go", "An open-source Quillmate gateway written in Go."),
        ("Show HN: I built a Quillmate dashboard", "A dashboard of Quillmate token use by task."),
    )
    items = [
        Story(
            id=f"p{k}",
            title=title,
            text=text,
            source="Link digest",
            path=f"digest-{k}.md",
            section="BIGLABS" if k == 0 else None,
            date=dt.date(2026, 3, 2 + k),
            edition_date=dt.date(2026, 3, 2 + k),
            format=Format.MARKDOWN,
        )
        for k, (title, text) in enumerate(projects)
    ]
    corpus = [*items, *fillers]
    plain = similarity_in(corpus, items[0], items[1], ClusterSettings(same_column_factor=1.0)).score
    assert plain > 0
    assert similarity_in(corpus, items[0], items[1]).score == pytest.approx(plain * 0.5, abs=1e-6)
    two = [*items[:2], *fillers]
    assert similarity_in(two, items[0], items[1]).score == pytest.approx(
        similarity_in(two, items[0], items[1], ClusterSettings(same_column_factor=1.0)).score, abs=1e-6
    )
    assert _headline_kind("Update 2: Tarn ships") == "update"
    assert _headline_kind("Markets at 10:30 today") == ""


def test_a_source_telling_a_topic_again_two_editions_later_needs_more_evidence() -> None:
    """One daily's item on Monday and its item on Wednesday (a Tuesday issue between) keep a share
    of their similarity; Monday and Tuesday, two sources, or items with no edition keep all of it."""
    text = "Members compared the Zorvex 2 model with Helix on long documents and coding tasks."

    def item(sid: str, day: int, source: str = "Daily", fmt: Format = Format.MARKDOWN) -> Story:
        date = dt.date(2026, 3, day)
        return Story(
            id=sid,
            title=f"Zorvex 2 compared ({sid})",
            text=text,
            source=source,
            path=f"{source}-{day}.md",
            date=date,
            edition_date=date if fmt is Format.MARKDOWN else None,
            format=fmt,
        )

    monday, tuesday, wednesday = item("m", 2), item("t", 3), item("w", 4)
    other = item("o", 4, source="Weekly")
    fed = [item("f2", 2, fmt=Format.JSONL), item("f4", 4, fmt=Format.JSONL)]
    corpus = [monday, tuesday, wednesday, other, *fed, *CURATED]
    factor = ClusterSettings().later_edition_factor
    assert factor < 1
    apart = similarity_in(corpus, monday, wednesday)
    assert apart.later_edition_factor == factor
    assert similarity_in(corpus, monday, tuesday).later_edition_factor == 1.0
    assert similarity_in(corpus, tuesday, wednesday).later_edition_factor == 1.0
    assert similarity_in(corpus, monday, other).later_edition_factor == 1.0
    assert similarity_in(corpus, *fed).later_edition_factor == 1.0
    off = similarity_in(corpus, monday, wednesday, ClusterSettings(later_edition_factor=1.0))
    assert apart.score == pytest.approx(off.score * factor, abs=1e-6)
    # Without Tuesday's issue in the run, Wednesday's is the next edition.
    assert similarity_in([monday, wednesday, *CURATED], monday, wednesday).later_edition_factor == 1.0
    explained = render_explanation(explain_pair(monday, wednesday, corpus))
    assert "later edition factor" in {str(c) for c in explained.columns[0].cells}


def test_a_recap_s_retelling_needs_less_to_meet_another_report() -> None:
    """A pair with a story of a recap edition is raised by ``recap_factor``; pairs of a curated
    list and stories with no edition are not; until the recaps are known nothing is raised."""
    stories = RECAP + CURATED
    settings = ClusterSettings()
    assert settings.recap_factor > 1
    raised = similarity_in(stories, RECAP[0], CURATED[0])
    plain = similarity_in(stories, RECAP[0], CURATED[0], ClusterSettings(recap_factor=1.0))
    assert raised.recap_factor == settings.recap_factor
    assert raised.score == pytest.approx(min(1.0, plain.score * settings.recap_factor), abs=1e-6)
    curated_only = similarity_in(stories, CURATED[0], CURATED[1])
    assert curated_only.recap_factor == 1.0
    lines = [attrs.evolve(s, format=Format.JSONL, edition_date=None) for s in CURATED[:2]]
    assert similarity_in([*lines, *RECAP], lines[0], lines[1]).recap_factor == 1.0
    model = Model(stories, settings)
    model.recap[:] = True  # deciding which editions are recaps: their own scores must not be raised
    rows, cols = np.asarray([0]), np.asarray([len(RECAP)])
    assert model.combine(rows, cols, *model.cosine(rows, cols)).recap[0] == 1.0
    model.recaps_known = True
    word, name = np.asarray([settings.threshold / 2]), np.asarray([0.5])
    assert model.combine(rows, cols, word, name).recap[0] == settings.recap_factor
    # Words under half the threshold: names alone speak, and a retelling is no excuse for that.
    assert model.combine(rows, cols, word - 0.01, name).recap[0] == 1.0
    explained = render_explanation(explain_pair(RECAP[0], CURATED[0], stories))
    assert "recap retelling factor" in {str(c) for c in explained.columns[0].cells}


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Tessaly 4 comes to Kestrel", ("kestrel",)),
        ("Tessaly 4 is live in Kestrel Cloud", ("kestrel", "cloud")),
        ("Tessaly 4 Lands on Kestrel Max", ("kestrel", "max")),
        ("Tessaly Sails into Kestrel at Bargain Pricing", ("kestrel",)),
        ("Tessaly 4 Launches on Kestrel!", ("kestrel",)),
        ("Tessaly 4 now available on the Kestrel marketplace", ("kestrel",)),
        ("Quorvane launches Tessaly in Kestrel", ()),  # launches what, not where
        ("Pixel 10 will launch on August 13th", ()),  # a date, not a place
        ("Tessaly Launches to 10x Dev Productivity", ()),
        ("Memory is now available to free users", ()),
        ("Quorvane ships Tessaly 4", ()),
    ],
)
def test_a_headline_names_where_its_subject_arrived(title: str, venue: tuple[str, ...]) -> None:
    assert headline_venue(title) == venue


#: A maker's launch told twice, a third party's listing told twice, another party's listing once.
_ARRIVALS = [
    (
        "Quorvane ships Tessaly 4",
        "Quorvane released Tessaly 4, a reasoning model, 2M context window, $3.",
    ),
    (
        "Quorvane launches Tessaly 4 model",
        "Quorvane launched Tessaly 4 today: a reasoning model, 2M context, $3.",
    ),
    (
        "Tessaly 4 comes to Kestrel",
        "Kestrel users can pick Tessaly 4 in the model menu, with its 2M context window.",
    ),
    (
        "Tessaly 4 is live in Kestrel",
        "Kestrel serves Tessaly 4, a reasoning model, in its model menu.",
    ),
    (
        "Tessaly 4 lands on Ombra",
        "Ombra members get Tessaly 4 in the Ombra app from today, Pro plans first.",
    ),
]


def test_a_third_party_offering_a_product_is_its_own_event() -> None:
    """ "X is live in Kestrel" is Kestrel's news: apart from the maker's launch and from another
    party's listing, with the two reports of Kestrel's listing together; 1 switches it off."""
    day = dt.date(2026, 3, 3)
    stories = [
        Story(id=f"a{k}", title=title, text=text, source=f"Source {k}", path=f"s{k}.md", date=day)
        for k, (title, text) in enumerate(_ARRIVALS)
    ]
    corpus = [*stories, *CURATED]
    factor = ClusterSettings().venue_factor
    assert factor < 1
    launch, kestrel, ombra = stories[0], stories[2], stories[4]
    assert similarity_in(corpus, launch, stories[1]).venue_factor == 1.0
    assert similarity_in(corpus, kestrel, stories[3]).venue_factor == 1.0
    assert similarity_in(corpus, launch, kestrel).venue_factor == factor
    assert similarity_in(corpus, kestrel, ombra).venue_factor == factor * factor
    off = ClusterSettings(venue_factor=1.0)
    assert similarity_in(corpus, launch, kestrel, off).venue_factor == 1.0
    home = {i: set(c.story_ids) for c in cluster_stories(corpus) for i in c.story_ids}
    assert {"a0", "a1"} <= home["a0"]  # with the curated list's "Quorvane ships Tessaly 4 model"
    assert not {"a2", "a3", "a4"} & home["a0"]
    assert home["a2"] == {"a2", "a3"}
    assert home["a4"] == {"a4"}
    joined = {i: set(c.story_ids) for c in cluster_stories(corpus, off) for i in c.story_ids}
    assert "a2" in joined["a0"]  # the rule is what parts them
    explained = render_explanation(explain_pair(launch, kestrel, corpus))
    assert "arrival venue factor" in {str(c) for c in explained.columns[0].cells}


_HEADLINE_WORDS = st.sampled_from(
    "comes coming to lands on is live in available sails into rolls out launches at the Kestrel Ombra "
    "Max 4 Arrive at Last Pro users Tessaly, ships".split()
)


@given(st.lists(_HEADLINE_WORDS, max_size=12).map(" ".join))
def test_the_arrival_search_skips_ahead_without_changing_matches(title: str) -> None:
    plain = re.compile(cluster_model._ARRIVAL.pattern.removeprefix("(?=[CcLlAaSsRr])"))
    fast, slow = cluster_model._ARRIVAL.search(title), plain.search(title)
    assert (fast and (fast.span(), fast.group(1))) == (slow and (slow.span(), slow.group(1)))


def test_a_headline_describing_its_subject_after_a_colon_is_no_topic_list() -> None:
    """ "Tessaly 4.1: Smarter, Sharper, Still Evolving" is one release's headline (a list after a colon
    describes the one thing named before it); "Agents, RAG, and Tooling" names topics."""
    release = _edition("links.md", [("Links", "Tessaly-4.1-Preview: Smarter, Sharper, Still Evolving", "")])
    topics = _edition("chat.md", [("Chats", "Agents, RAG, and Tooling", "")])
    assert not is_topic_list(release[0])
    assert is_topic_list(topics[0])
