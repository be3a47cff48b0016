"""Ranking by reach, the budget, In brief, below the cut and mute/boost: nothing lost, nothing hidden."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from digest.cli.config import ConfigError, parse_config
from digest.compose.evidence import figure_openings, told_by_chat
from digest.compose.interest import mute_stories
from digest.compose.rank import lists_subjects, place
from digest.models import (
    Digest,
    DropReason,
    Format,
    MergedStory,
    Placement,
    Reading,
    SourceRef,
    Story,
    StoryCluster,
)
from digest.pipeline import compile_reading
from digest.render.json import digest_dict
from digest.settings import ComposeSettings, Interest, Settings, SettingsError
from digest.text.names import publication

DAY = dt.date(2026, 3, 2)


def _story(sid: str, source: str, day: int = 0, section: str | None = None, title: str = "") -> Story:
    date = DAY + dt.timedelta(days=day)
    return Story(
        id=sid,
        title=title or f"Story {sid}",
        text=f"Text of story {sid}.",
        source=source,
        path=f"{source}.md",
        section=section,
        date=date,
        edition_date=date,
        format=Format.MARKDOWN,
    )


def _merged(cid: str, members: list[Story], topic: str = "Other", headline: str = "") -> MergedStory:
    refs = tuple(SourceRef(s.source, s.date, None, s.title, s.id) for s in members)
    dates = [s.date for s in members if s.date]
    return MergedStory(
        cluster_id=cid,
        headline=headline or f"Headline {cid}",
        headline_story=members[0].id,
        summary=(),
        sources=refs,
        story_ids=tuple(s.id for s in members),
        date=max(dates) if dates else None,
        sections=(),
        topic=topic,
    )


def _digest(groups: dict[str, list[Story]], topics: dict[str, str] | None = None) -> Digest:
    topics = topics or {}
    stories = tuple(s for members in groups.values() for s in members)
    clusters = tuple(StoryCluster(cid, tuple(s.id for s in m), 1.0) for cid, m in groups.items())
    # A headline that names its topic is evidence for it ("Technology story c1"); "Other" names none.
    merged = tuple(
        _merged(cid, m, topics.get(cid, "Other"), f"{topics.get(cid, 'Other')} story {cid}")
        for cid, m in groups.items()
    )
    return Digest(editions=(), stories=stories, clusters=clusters, dropped=(), merged=merged)


def _ranks(digest: Digest) -> dict[str, int]:
    return {m.cluster_id: m.rank for m in digest.merged}


def test_rank_is_publications_then_reports_then_recency() -> None:
    """Two publications beat four reports from one; more reports break ties; then the later story."""
    digest = _digest(
        {
            "one-source-many": [
                _story(f"a{k}", "Alpha", day=k, title=f"Report {'wxyz'[k]}") for k in range(4)
            ],
            "two-sources": [_story("b1", "Alpha"), _story("b2", "Beta")],
            "two-sources-three": [_story("c1", "Alpha"), _story("c2", "Beta"), _story("c3", "Beta", 1)],
            "single-late": [_story("d1", "Gamma", day=5)],
            "single-early": [_story("e1", "Gamma", day=1)],
        }
    )
    ranks = _ranks(place(digest, ComposeSettings()))
    order = sorted(ranks, key=ranks.__getitem__)
    assert order == ["two-sources-three", "two-sources", "one-source-many", "single-late", "single-early"]


def test_dated_source_names_are_one_publication() -> None:
    """A newsletter that puts the date in its name is one publication across its editions."""
    assert publication("ainews-2025-06-05") == publication("ainews-2025-06-06") == "ainews"
    assert publication("Weekly 20260202") == "Weekly"
    assert publication("TLDR AI") == "TLDR AI"
    days = _digest({"c": [_story("a", "news-2026-03-02"), _story("b", "news-2026-03-03", 1)]})
    assert place(days, ComposeSettings()).merged[0].publications == 1


def test_budget_cuts_to_full_brief_and_below_with_ranks_in_the_ledger() -> None:
    """Full, then In brief, then below the cut: each story below is in the ledger with its rank."""
    groups = {f"c{k}": [_story(f"s{k}", "Alpha", day=k)] for k in range(5)}
    placed = place(_digest(groups), ComposeSettings(full_stories=2, brief_stories=1))
    by_rank = sorted(placed.merged, key=lambda m: m.rank)
    assert [m.placement for m in by_rank] == [Placement.FULL] * 2 + [Placement.BRIEF] + [
        Placement.BELOW_THE_CUT
    ] * 2
    below = [d for d in placed.dropped if d.reason is DropReason.BELOW_THE_CUT]
    assert {d.story_id for d in below} == {"s1", "s0"}
    assert any(d.detail.startswith("rank 4 of 5: 1 publication, 1 report") for d in below)
    assert len(placed.clusters) == 5  # nothing lost: the clusters below the cut stay in the digest


def test_placing_twice_is_placing_once() -> None:
    """Placing again (after follow-ups, say) replaces the earlier cut instead of adding to it."""
    groups = {f"c{k}": [_story(f"s{k}", "Alpha", day=k)] for k in range(4)}
    settings = ComposeSettings(full_stories=1, brief_stories=1, mute=Interest(topics=("Other",)))
    once = place(
        _digest(groups, {"c3": "Other", "c2": "Technology", "c1": "Technology", "c0": "Technology"}), settings
    )
    assert place(once, settings) == once
    assert [d.reason for d in once.dropped].count(DropReason.MUTED) == 1


def test_muted_sources_sections_and_keywords_go_to_the_ledger() -> None:
    """Muted stories are not clustered or told; each is in the ledger as muted with the rule."""
    stories = (
        _story("a", "ainews-2026-03-02", section="Cohere Discord"),
        _story("b", "Daily", title="Webinar: grow your audience"),
        _story("c", "Spammy Weekly"),
        _story("d", "Daily", title="Central bank raises rates"),
        _story("e", "Daily", title="Airstrikes hit the port"),  # "AI" is a whole word, not a word start
    )
    mute = Interest(sources=("spammy weekly",), sections=("discord",), keywords=("webinar", "AI"))
    kept, muted = mute_stories(stories, ComposeSettings(mute=mute))
    assert [s.id for s in kept] == ["d", "e"]
    assert {d.story_id: d.detail for d in muted} == {
        "a": "muted: section 'discord'",
        "b": "muted: keyword 'webinar'",
        "c": "muted: source 'spammy weekly'",
    }
    digest = compile_reading(Reading((), stories, ()), Settings(compose=ComposeSettings(mute=mute)))
    assert [s.id for s in digest.stories] == ["d", "e"]
    assert sum(d.reason is DropReason.MUTED for d in digest.dropped) == 3


def test_boost_ranks_a_story_as_if_one_more_publication_reported_it() -> None:
    """A boosted single-source story ties a two-publication one and wins on reports."""
    groups = {
        "pair": [_story("a", "Alpha"), _story("b", "Beta")],
        "boosted": [_story("c", "Gamma", section="Science"), _story("d", "Gamma", 1, section="Science")],
    }
    plain = _ranks(place(_digest(groups), ComposeSettings()))
    boosted = _ranks(place(_digest(groups), ComposeSettings(boost=Interest(sections=("science",)))))
    assert plain == {"pair": 1, "boosted": 2}
    assert boosted == {"boosted": 1, "pair": 2}


def test_mute_and_boost_topics_must_be_digest_topics() -> None:
    """A topic name that is not a digest topic is refused with the topics that exist."""
    with pytest.raises(SettingsError, match="mute topics must name digest topics"):
        ComposeSettings(mute=Interest(topics=("Sport",)))


def test_config_reads_mute_boost_and_budget() -> None:
    """[mute], [boost] and the [compose] budget keys reach the settings; unknown keys are refused."""
    config = parse_config(
        "[compose]\nfull_stories = 10\nbrief_stories = 20\nsummary_words = 60\n"
        '[mute]\nsections = ["Discord"]\ntopics = ["Other"]\n[boost]\nsources = ["TLDR AI"]\n'
    )
    compose = config.settings.compose
    assert (compose.full_stories, compose.brief_stories, compose.summary_words) == (10, 20, 60)
    assert compose.mute == Interest(sections=("Discord",), topics=("Other",))
    assert compose.boost == Interest(sources=("TLDR AI",))
    with pytest.raises(ConfigError, match="did you mean 'keywords'"):
        parse_config('[mute]\nkeyword = ["x"]\n')


@pytest.mark.parametrize(
    ("headline", "listing"),
    [
        ("Amazon humanoid robots 🤖, Google Search Live 🔍, Screen Time API", True),
        ("Samsung + Perplexity 📱, Anthropic revenue surges 📈, Bond Capital AI trends", True),
        ("Apple, Google and Meta fined by EU", False),
        ("Harbor Cranes Go Electric, Tugboat Batteries, and Rail Timetables for Freight", True),
        ("Cranes, Tugboats, and the High Cost of Idle Berths", False),
        ("Apple, Google, and Meta fined by EU", False),
        ("China’s Alibaba, Moonshot release AI models, Alibaba and others ramp up AI app race", False),
        ("Israel, Hamas agree to ceasefire, US says, after months of talks", False),
        ("Hong Kong to dominate 2025 IPO action amid rush of quality Chinese firms, UBS says", False),
    ],
)
def test_headlines_listing_several_subjects(headline: str, listing: bool) -> None:
    """An edition's contents line is not one event; a headline with commas can be."""
    assert lists_subjects(headline) is listing


def test_json_carries_rank_placement_and_counts() -> None:
    """Every JSON cluster has its rank, placement and publications; stats count the placements."""
    groups = {f"c{k}": [_story(f"s{k}", "Alpha", day=k)] for k in range(3)}
    data = digest_dict(place(_digest(groups), ComposeSettings(full_stories=1, brief_stories=1)))
    assert sorted((c["rank"], c["placement"], c["publications"]) for c in data["clusters"]) == [
        (1, "full", 1),
        (2, "brief", 1),
        (3, "below-the-cut", 1),
    ]
    stats = data["stats"]
    assert (stats["told_in_full"], stats["in_brief"], stats["below_the_cut"], stats["muted"]) == (1, 1, 1, 0)


def test_a_block_reprinted_in_every_issue_is_one_report() -> None:
    """The same title in each issue of one publication (its dates aside) counts once; new reports count."""
    reprinted = [
        _story(f"r{k}", "Weekly", day=k, title=f"Weekly for {k + 1}/6/2026: nothing new") for k in range(4)
    ]
    followed = [_story("f1", "Weekly", title="Probe opens"), _story("f2", "Weekly", 1, title="Probe widens")]
    ranks = _ranks(place(_digest({"reprinted": reprinted, "followed": followed}), ComposeSettings()))
    assert ranks == {"followed": 1, "reprinted": 2}


def test_the_budget_stretches_to_every_story_two_publications_reported() -> None:
    """Past the budget, stories of two or more publications are still told in full, up to the maximum."""
    groups = {f"w{k}": [_story(f"a{k}", "Alpha", k), _story(f"b{k}", "Beta", k)] for k in range(4)}
    groups |= {f"s{k}": [_story(f"c{k}", "Gamma", k)] for k in range(3)}

    def full(**budget: int) -> set[str]:
        placed = place(_digest(groups), ComposeSettings(**budget))
        return {m.cluster_id for m in placed.merged if m.placement is Placement.FULL}

    assert full(full_stories=2) == {"w0", "w1", "w2", "w3"}
    assert full(full_stories=2, full_stories_max=3) == {"w1", "w2", "w3"}
    assert full(full_stories=5) == {"w0", "w1", "w2", "w3", "s2"}


def test_history_records_only_what_was_told() -> None:
    """Stories below the cut were not published: a later week may tell them as new."""
    from digest.history.followup import published_stories

    groups = {f"c{k}": [_story(f"s{k}", "Alpha", day=k)] for k in range(4)}
    placed = place(_digest(groups), ComposeSettings(full_stories=1, brief_stories=1))
    placed = attrs.evolve(placed, period=(DAY, DAY + dt.timedelta(days=6)))
    told = {m.cluster_id for m in placed.merged if m.placement in (Placement.FULL, Placement.BRIEF)}
    assert {p.cluster_id for p in published_stories(placed, Settings())} == told == {"c3", "c2"}


def test_in_brief_takes_each_publication_in_turn() -> None:
    """A recap that retells its own items cannot fill In brief: publications take turns, best first."""
    groups: dict[str, list[Story]] = {
        f"recap{k}": [_story(f"r{k}{j}", "Recap", day=j, title=f"Retold {k} {'abc'[j]}") for j in range(3)]
        for k in range(6)
    }
    groups["both"] = [_story("x1", "Alpha"), _story("x2", "Beta")]
    groups["alpha"] = [_story("a1", "Alpha", day=2)]
    groups["beta"] = [_story("b1", "Beta", day=1)]
    placed = place(_digest(groups), ComposeSettings(full_stories=1, brief_stories=4))
    by_rank = sorted(placed.merged, key=lambda m: m.rank)
    assert by_rank[0].cluster_id == "both"  # two publications: told in full
    brief = [m.cluster_id for m in by_rank if m.placement is Placement.BRIEF]
    assert brief == ["recap0", "alpha", "beta", "recap1"]
    # Nothing lost: the other recap items are below the cut, in the ledger with their ranks.
    below = {d.story_id for d in placed.dropped if d.reason is DropReason.BELOW_THE_CUT}
    assert {f"r{k}{j}" for k in range(2, 6) for j in range(3)} == below


def test_in_brief_follows_the_editors_order_within_an_edition() -> None:
    """Stories of one publication and day, equal in reach, come in the order their editor gave them."""
    members = [attrs.evolve(_story(f"s{k}", "Alpha"), position=3 - k) for k in range(4)]
    groups = {f"c{k}": [story] for k, story in enumerate(members)}
    placed = place(_digest(groups), ComposeSettings(full_stories=0, brief_stories=4))
    # Headlines "Other story c0".."c3" would sort the other way round.
    assert [m.cluster_id for m in sorted(placed.merged, key=lambda m: m.rank)] == ["c3", "c2", "c1", "c0"]


def test_in_brief_gives_each_days_lead_before_any_days_second_item() -> None:
    """A daily's stories of one report each: Monday's lead comes before Friday's quick link.
    Each day's first item, latest day first, then each day's second; never all of the last day
    before the first day's lead (a week's digest, not a feed)."""
    members = [
        attrs.evolve(_story(f"d{day}p{place}", "Alpha", day=day), position=place)
        for day in range(3)
        for place in range(2)
    ]
    groups = {story.id: [story] for story in members}
    placed = place(_digest(groups), ComposeSettings(full_stories=0, brief_stories=6))
    order = [m.cluster_id for m in sorted(placed.merged, key=lambda m: m.rank)]
    assert order == ["d2p0", "d1p0", "d0p0", "d2p1", "d1p1", "d0p1"]


def _report(sid: str, source: str, text: str, position: int = 0, title: str = "") -> Story:
    return attrs.evolve(_story(sid, source, title=title or f"Report {sid}"), text=text, position=position)


def test_in_brief_takes_reported_events_before_chat_summaries() -> None:
    """A recap's chat summary, however often retold, waits for every publication's reported events;
    in a publication's queue an event with figures goes before an essay its editor placed higher."""
    chat = "Members discussed whether the new model is slower than the old one."
    groups = {
        "chat": [_report(f"c{k}", "Recap", chat, title=f"Speed talk {'xyz'[k]}") for k in range(3)],
        "release": [_report("r", "Recap", "Acme Labs released Widget, an open model for robots.")],
        "essay": [_report("e", "Daily", "Design is about finding the right problem to solve.", 0)],
        "deal": [
            _report("d", "Daily", "Alphabet invested $330 million in Lovable at a $6.6 billion valuation.", 1)
        ],
    }
    placed = place(_digest(groups), ComposeSettings(full_stories=0, full_stories_max=0, brief_stories=2))
    brief = {m.cluster_id for m in placed.merged if m.placement is Placement.BRIEF}
    assert brief == {"release", "deal"}
    ranks = _ranks(placed)
    assert ranks["essay"] < ranks["chat"]  # the chat waits behind every reported event


@pytest.mark.parametrize(
    ("text", "chat"),
    [
        ("Members discussed whether the model is slower.", True),
        ("Across LMArena and Cursor, users said the model still hallucinates.", True),
        ("LM Studio users reported 20 tokens a second on DDR5.", True),
        ("Apple users can now share passwords with a family group.", False),
        ("ChatGPT's daily active users in India surged 600% to 73 million.", False),
        ("Zhipu released GLM-4.7, and users praised it.", False),
        ("Engineers in the Perplexity AI Discord found the model weak at coding.", True),
        ("Developers on the Aider server reported slower edits.", True),
        ("Engineers at Google built a new chip for inference.", False),
        ("Researchers from MIT found that models memorise rare facts.", False),
    ],
)
def test_chat_summaries_open_with_unnamed_participants(text: str, chat: bool) -> None:
    """A chat summary's actor is an unnamed participant, after a scene or a community's name."""
    assert told_by_chat([_report("s", "Recap", text)]) is chat


def test_the_rest_of_the_stories_told_in_full_take_turns_too() -> None:
    """Where few stories were reported by several publications, the rest of the stories told in
    full are each publication's best in turn, reported events before a recap's chat threads,
    however often the recap retold them (they had taken those places on their report counts)."""
    chat = "Members discussed whether the new model is slower than the old one."
    groups = {
        f"chat{k}": [_report(f"c{k}{j}", "Recap", chat, title=f"Talk {k} {'xyz'[j]}") for j in range(3)]
        for k in range(2)
    }
    groups["both"] = [_story("x1", "Alpha"), _story("x2", "Beta")]
    groups["alpha"] = [_report("a", "Alpha", "Acme Labs released Widget, an open model for robots.")]
    groups["beta"] = [_report("b", "Beta", "Alphabet invested $330 million in Lovable.")]
    placed = place(_digest(groups), ComposeSettings(full_stories=3, full_stories_max=3, brief_stories=2))
    by_rank = [m.cluster_id for m in sorted(placed.merged, key=lambda m: m.rank)]
    assert by_rank[:3] == ["both", "alpha", "beta"]
    assert {m.cluster_id for m in placed.merged if m.placement is Placement.BRIEF} == {"chat0", "chat1"}


def _in_edition(sid: str, source: str, position: int, title: str, text: str) -> Story:
    return attrs.evolve(_story(sid, source, title=title), text=text, position=position)


def test_stories_of_equal_reach_go_by_their_reports_figures_and_placement_not_their_headlines() -> None:
    """Two publications each: chat retellings are no reports; an event stating figures, then the
    story the newsletters put first, then the one they put higher, whatever the alphabet says."""
    essay = [
        _in_edition("e1", "Daily", 9, "A long analysis", "This is a report on agents."),
        _in_edition("e2", "Weekly", 9, "A long analysis", "This is a report on agents."),
        _in_edition("e3", "Weekly", 8, "Agents talk", "Members discussed the report on agents."),
        _in_edition("e4", "Weekly", 7, "More talk", "Users in the server said the report was long."),
    ]
    event = [
        _in_edition("v1", "Daily", 5, "Acme raises $40 million", "Acme raised $40 million from Lightspeed."),
        _in_edition("v2", "Weekly", 5, "Acme funding", "Acme raised $40 million from Lightspeed on Monday."),
    ]
    lead = [
        _in_edition("l1", "Daily", 0, "Zeta ships a new phone", "Zeta ships a new phone."),
        _in_edition("l2", "Weekly", 0, "Zeta phone", "Zeta ships its new phone."),
    ]
    middle = [
        _in_edition("b1", "Daily", 6, "Yonder ships a new phone", "Yonder ships a new phone."),
        _in_edition("b2", "Weekly", 6, "Yonder phone", "Yonder ships its new phone."),
    ]
    filler = [
        _in_edition(f"{s}-f{k}", s, 20 + k, f"Filler {k}", "Filler.")
        for s in ("Daily", "Weekly")
        for k in range(4)
    ]
    groups = {"a-essay": essay, "b-middle": middle, "c-event": event, "d-lead": lead}
    groups |= {f"z{k}": [story] for k, story in enumerate(filler)}
    digest = _digest(groups)
    merged = tuple(
        attrs.evolve(m, headline=f"{cid} headline") for m, cid in zip(digest.merged, groups, strict=True)
    )
    ranks = _ranks(place(attrs.evolve(digest, merged=merged), ComposeSettings()))
    assert sorted(groups, key=ranks.__getitem__)[:4] == [
        "c-event",
        "d-lead",
        "b-middle",
        "a-essay",
    ]


def test_figure_openings_worked_out_when_merged_rank_as_the_reports_read_again() -> None:
    """The ids a merge worker records (:func:`figure_openings`) are the reports the ranking would
    read as stating figures: the same order either way; a story of one publication gets none."""
    event = [
        _in_edition("v1", "Daily", 5, "Acme raises $40 million", "Acme raised $40 million from Lightspeed."),
        _in_edition("v2", "Weekly", 5, "Acme funding", "Acme raised $40 million from Lightspeed on Monday."),
    ]
    plain = [
        _in_edition("p1", "Daily", 1, "Zeta ships a new phone", "Zeta ships a new phone."),
        _in_edition("p2", "Weekly", 1, "Zeta phone", "Zeta ships its new phone."),
    ]
    assert figure_openings(event) == frozenset({"v1", "v2"})
    assert figure_openings(plain) == frozenset()
    assert figure_openings(event[:1]) is None
    groups = {"a-plain": plain, "b-event": event}
    digest = _digest(groups)
    recorded = tuple(
        attrs.evolve(m, figure_openings=figure_openings(groups[m.cluster_id])) for m in digest.merged
    )
    assert [m.figure_openings for m in digest.merged] == [None, None]
    read_again = _ranks(place(digest, ComposeSettings()))
    assert _ranks(place(attrs.evolve(digest, merged=recorded), ComposeSettings())) == read_again
    assert sorted(groups, key=read_again.__getitem__) == ["b-event", "a-plain"]
    # What was recorded is what ranks (the reports are not read again): recorded the other way round,
    # the order turns.
    swapped = {"a-plain": frozenset({"p1", "p2"}), "b-event": frozenset[str]()}
    turned = tuple(attrs.evolve(m, figure_openings=swapped[m.cluster_id]) for m in digest.merged)
    ranks = _ranks(place(attrs.evolve(digest, merged=turned), ComposeSettings()))
    assert sorted(groups, key=ranks.__getitem__) == ["a-plain", "b-event"]


def test_a_lead_stating_figures_worked_out_when_merged_takes_its_turn_as_read_again() -> None:
    """For a story of one publication the merge records whether its headline's report opens on a
    figure (``lead_figures``, :func:`states_figures`); In brief takes the same turns with it as
    with the reports read again, and what was recorded is what ranks."""
    from digest.compose.evidence import states_figures
    from digest.compose.merge import merge_cluster

    groups = {
        "a-plain": [_in_edition("p1", "Daily", 1, "Zeta ships a new phone", "Zeta ships a new phone.")],
        "b-event": [
            _in_edition(
                "v1", "Daily", 2, "Acme raises $40 million", "Acme raised $40 million from Lightspeed."
            )
        ],
        "c-both": [_story("x1", "Alpha"), _story("x2", "Beta")],
    }
    settings = ComposeSettings(full_stories=1, full_stories_max=1, brief_stories=2)
    merged = {
        cid: merge_cluster(StoryCluster(cid, tuple(s.id for s in m), 1.0), {s.id: s for s in m}, settings)
        for cid, m in groups.items()
    }
    assert merged["a-plain"].lead_figures is False
    assert merged["b-event"].lead_figures is True
    assert merged["c-both"].lead_figures is None, "two publications: their openings are recorded instead"
    assert [merged[c].lead_figures for c in ("a-plain", "b-event")] == [
        states_figures(groups[c][0]) for c in ("a-plain", "b-event")
    ]
    digest = _digest(groups)
    recorded = tuple(attrs.evolve(m, lead_figures=merged[m.cluster_id].lead_figures) for m in digest.merged)
    read_again = _ranks(place(digest, settings))
    assert _ranks(place(attrs.evolve(digest, merged=recorded), settings)) == read_again
    assert read_again["b-event"] < read_again["a-plain"]
    swapped = tuple(attrs.evolve(m, lead_figures=m.cluster_id == "a-plain") for m in digest.merged)
    ranks = _ranks(place(attrs.evolve(digest, merged=swapped), settings))
    assert ranks["a-plain"] < ranks["b-event"]


def test_chat_reports_worked_out_when_merged_weigh_as_the_reports_read_again() -> None:
    """For a story of two publications or more the merge records which reports tell what a
    community's members said (``chat_reports``); the ranking weighs the story the same with them as
    with the reports read again, and what was recorded is what weighs."""
    from digest.compose.merge import merge_cluster

    chat = "Members discussed whether the new model is slower than the old one."
    groups = {
        "a-talk": [
            _report("t1", "Recap", chat, title="Talk a"),
            _report("t2", "Recap", "Users in the server said the model was slow.", title="Talk b"),
            _report("t3", "Daily", "Acme Labs released Widget, a slow model.", title="Widget"),
        ],
        "b-plain": [
            _report("p1", "Daily", "Zeta Labs released Gadget, an open model.", title="Gadget"),
            _report("p2", "Weekly", "Zeta Labs released Gadget on Monday.", title="Gadget news"),
        ],
        "c-one": [_report("o1", "Daily", "Members discussed the old model.", title="Old")],
    }
    settings = ComposeSettings()
    merged = {
        cid: merge_cluster(StoryCluster(cid, tuple(s.id for s in m), 1.0), {s.id: s for s in m}, settings)
        for cid, m in groups.items()
    }
    assert (
        merged["a-talk"].chat_reports
        == frozenset(s.id for s in groups["a-talk"] if told_by_chat([s]))
        == frozenset({"t1", "t2"})
    )
    assert merged["b-plain"].chat_reports == frozenset()
    assert merged["c-one"].chat_reports is None, "one publication: not worked out"
    digest = _digest(groups)
    recorded = tuple(attrs.evolve(m, chat_reports=merged[m.cluster_id].chat_reports) for m in digest.merged)
    read_again = _ranks(place(digest, settings))
    assert _ranks(place(attrs.evolve(digest, merged=recorded), settings)) == read_again
    assert read_again["b-plain"] < read_again["a-talk"], "the talk is no report: two against three"
    none = tuple(attrs.evolve(m, chat_reports=frozenset[str]()) for m in digest.merged)
    ranks = _ranks(place(attrs.evolve(digest, merged=none), settings))
    assert ranks["a-talk"] < ranks["b-plain"], "recorded as no talk, its three reports count"
