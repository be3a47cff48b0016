"""Each story told well: a short summary that leads with the most informative report and never repeats."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.compose import merge, summary
from digest.compose.evidence import figure_openings
from digest.compose.merge import headline_score, merge_cluster
from digest.compose.summary import facts, figures, summarise, whole_sentences
from digest.ingest import read_stories
from digest.models import Document, Edition, Format, Story, StoryCluster
from digest.settings import ComposeSettings, ReadSettings
from digest.split.splitter import split_document
from digest.text.shape import derive_title


def _story(sid: str, text: str, source: str = "Wire", title: str = "A headline") -> Story:
    return Story(id=sid, title=title, text=text, source=source, path=f"{sid}.md", format=Format.MARKDOWN)


def _texts(*stories: Story, words: int = 80) -> list[str]:
    return [s.text for s in summarise(stories, "Bitcoin slides", 6, words)]


def test_the_same_figure_is_never_stated_twice() -> None:
    """'US$77,000' and '$77,000' are one figure: the second sentence stating it is left out."""
    a = _story("a", "Bitcoin traded just above a nine-month low of US$77,000 this morning, Reuters said.")
    b = _story(
        "b",
        "The token sat near a nine-month low of $77,000 as ETF outflows grew. "
        "Miners sold 4,000 coins on the open market.",
    )
    texts = _texts(a, b)
    assert sum("77,000" in t for t in texts) == 1
    assert "Miners sold 4,000 coins on the open market." in texts
    assert figures("US$77,000 and $77,000 and 30 percent in 2025") == {"77000", "30 %"}
    assert figures("Gemini 2.5 Pro tops the chart") == set()


def test_only_sentences_with_new_facts_are_added() -> None:
    """A sentence that names nothing new and says mostly the same words adds nothing."""
    a = _story("a", "Acme Corp bought Widget Inc for 3 billion dollars on Monday in Tokyo.")
    b = _story(
        "b",
        "On Monday Acme Corp bought Widget Inc in Tokyo, sources said. "
        "The deal is due to close in March next year.",
    )
    texts = _texts(a, b)
    assert texts[0].startswith("Acme Corp bought Widget Inc")
    assert not any(t.startswith("On Monday") for t in texts)
    assert "The deal is due to close in March next year." in texts


def test_a_new_name_on_a_retold_sentence_adds_nothing() -> None:
    """The same cut-off told again "reported by Varun Mohan" is not news; a new figure is."""
    a = _story(
        "a",
        "Anthropic unexpectedly cut off nearly all Claude model capacity with less than five days' notice, "
        "affecting services like Windsurf, according to this post.",
    )
    b = _story(
        "b",
        "Anthropic unexpectedly cut off nearly all Claude model capacity with less than five days' notice, "
        "causing availability issues for its customers, reported by Varun Mohan. "
        "Windsurf said 40 percent of its users were affected.",
    )
    texts = _texts(a, b, words=120)
    assert not any("Varun Mohan" in t for t in texts)
    assert "Windsurf said 40 percent of its users were affected." in texts


def test_bylines_captions_credits_pull_quotes_and_cut_quotes_are_not_told() -> None:
    """What credits or captions a story, and a sentence cut mid-quote, are skipped."""
    text = "\n\n".join(
        [
            "By Jane Smith and Tom Lee",
            "Photo: Tom Lee / Getty Images",
            "The central bank raised its main rate to 4.5 percent on Tuesday in a surprise move.",
            "“We will do whatever it takes to bring prices down,” the governor said at the press conference.",
            "“This is the end of cheap money for a long while”",
            "The governor said “inflation is far too high and will stay high for",
            "Read the full statement at https://bank.example/statement today for all of the details.",
        ]
    )
    told = list(whole_sentences(_story("a", text)))
    assert told == [
        "The central bank raised its main rate to 4.5 percent on Tuesday in a surprise move.",
        "“We will do whatever it takes to bring prices down,” the governor said at the press conference.",
    ]


def test_summary_keeps_to_its_word_budget_and_leads_with_the_headlines_report() -> None:
    """80 words by default; the headline's report leads, then the report naming most (names, figures)."""
    vague = _story(
        "v", "Members discussed the news at length and wondered about it for a while today.", "Chat", "Talk"
    )
    rich = _story(
        "r",
        "OpenAI must keep all ChatGPT logs after a New York court order issued on 13 May.",
        "Desk",
        "OpenAI Must Keep All ChatGPT Logs, New York Court Rules",
    )
    long = _story(
        "l",
        " ".join(f"Sentence {k} names Alpha{k} and Beta{k} for the record." for k in range(30)),
        "Long",
        "Notes",
    )
    stories = {"v": vague, "r": rich, "l": long}
    merged = merge_cluster(StoryCluster("c", ("v", "r", "l"), 1.0), stories, ComposeSettings())
    assert merged.headline_story == "r"
    assert merged.summary[0].story_id == "r"
    assert [ref.story_id for ref in merged.sources] == ["r", "l", "v"]
    assert sum(len(s.text.split()) for s in merged.summary) <= 80
    terse = ComposeSettings(summary_words=30)
    short = merge_cluster(StoryCluster("c", ("v", "l"), 1.0), stories, terse)
    assert sum(len(s.text.split()) for s in short.summary) <= 30
    assert facts("OpenAI must keep all ChatGPT logs") == {"chatgpt"}


def test_a_report_stopped_by_the_word_budget_is_not_read_to_its_end() -> None:
    """Once a report's next sentence does not fit the budget, its later sentences are passed over
    unread (neither cut nor cleaned); the summary is the one the plain reading gives."""
    lead = _story("a", "Bitcoin fell 8% to US$77,000 on Monday as traders sold their holdings quickly.")
    long = _story(
        "b",
        "Coinbase said Bitcoin withdrawals doubled within hours of the drop on Monday. "
        "Regulators in Washington promised hearings about Bitcoin exchange margin rules next month. "
        "Miners of Bitcoin in Texas switched off rigs because electricity prices climbed sharply overnight. "
        "Bitcoin analysts at Goldman expect volatility to persist through the summer trading season. "
        "Ethereum and Solana lost ground too, though smaller tokens recovered by Tuesday.",
    )
    read: list[str] = []

    def recorded(story: Story) -> Iterator[str]:
        for sentence in whole_sentences(story):
            read.append(sentence)
            yield sentence

    told = {s.id: recorded(s) for s in (lead, long)}
    expected = summarise((lead, long), "Bitcoin slides", 6, 40)
    assert summarise((lead, long), "Bitcoin slides", 6, 40, told) == expected
    assert len(expected) < 6  # the word budget stopped it
    assert len(read) < len(list(whole_sentences(lead))) + len(list(whole_sentences(long)))


def test_the_first_sentence_tells_the_headlines_story() -> None:
    """A more informative report of another angle does not lead under the headline's report."""
    byd = _story(
        "b",
        "BYD suffered its fifth straight month of sale declines in January, Reuters reported.",
        "Daily Buzz",
        "BYD Suffers Fifth Straight Month of Lower Sales",
    )
    xiaomi = _story(
        "x",
        "Xiaomi said it delivered more than 40,000 electric cars in January, as the YU7 SUV ramped up at "
        "its second Beijing plant, against 210,051 vehicles sold by BYD.",
        "China Tech Brief",
        "Xiaomi delivers more than 40,000 EVs",
    )
    merged = merge_cluster(StoryCluster("c", ("b", "x"), 1.0), {"b": byd, "x": xiaomi}, ComposeSettings())
    assert merged.headline.startswith("BYD")
    assert merged.summary[0].story_id == "b"


def test_a_story_without_a_title_gets_its_first_words_as_headline() -> None:
    """No empty headings: a report without a title is headed by the start of its first sentence."""
    story = _story(
        "a", "Ministers agreed a new budget rule for the coming three years on Friday night.", title=""
    )
    merged = merge_cluster(StoryCluster("c", ("a",), 1.0), {"a": story}, ComposeSettings())
    assert merged.headline == "Ministers agreed a new budget rule for the coming three years on…"


def test_a_report_told_once_gives_the_headline_and_lead_over_a_recaps_retellings() -> None:
    """A recap edition that retells the story in two sections gives its parts, not the headline or lead."""
    recap = "recap-2025-06-05.md"
    tweeted = attrs.evolve(
        _story(
            "t",
            "Users on X and Reddit buzzed about Gemini, Goldmane, Aider, LMArena and WebDev Arena.",
            "AI Recap",
            "Aider Benchmarks Ignite Gemini 2.5 Pro Doubts as Release Rumors Swirl Across Every Forum",
        ),
        path=recap,
    )
    posted = attrs.evolve(
        _story("p", "Members compared Gemini 2.5 Pro with Claude Opus.", "AI Recap", "Gemini Chat"),
        path=recap,
    )
    news = _story(
        "n",
        "Google rolled out an upgraded Gemini 2.5 Pro preview that leads several benchmarks.",
        "Tech Daily",
        "Gemini 2.5 Pro Gets an Upgrade",
    )
    stories = {s.id: s for s in (tweeted, posted, news)}
    merged = merge_cluster(StoryCluster("c", ("n", "p", "t"), 1.0), stories, ComposeSettings())
    assert merged.headline == "Gemini 2.5 Pro Gets an Upgrade"
    assert merged.summary[0].story_id == "n"
    # Without the report told once, the recap's most informative item leads as before.
    alone = merge_cluster(StoryCluster("c", ("p", "t"), 1.0), stories, ComposeSettings())
    assert alone.headline.startswith("Aider Benchmarks")


def test_an_explainer_headline_is_not_a_teaser() -> None:
    """ "Why DeepSeek is cheap at scale..." explains; "You won't believe..." and "...?" tease."""
    assert headline_score("Why DeepSeek is cheap at scale but expensive to run locally") > headline_score(
        "At the airport people watching while I run models locally"
    )
    assert headline_score("You won't believe what DeepSeek did") < headline_score("DeepSeek cuts its prices")


def test_a_report_heads_the_story_over_a_writers_view_or_an_explainer() -> None:
    """A headline in the writer's own voice or explaining the event is no report of it: between
    a launch report and an essay about the launch (December week), the report heads the story."""
    report = "Google releases Gemini 3 Flash, promising improved intelligence and efficiency"
    for view in (
        "What (I think) makes Gemini 3 Flash so good and fast",
        "How to game the METR plot and the Gemini 3 Flash scores",
        "My week with Gemini 3 Flash on the road and at home",
    ):
        assert headline_score(report) > headline_score(view), view


def test_names_in_a_headlines_aside_tell_no_more_of_the_event() -> None:
    """A post about a detail of a launch, its setting in parentheses ("Gemini 3 Flash can reliably
    count fingers (AI Studio – High reasoning)", December week), does not head the launch's report."""
    report = "Google releases Gemini 3 Flash, promising improved intelligence and efficiency"
    detail = "Gemini 3 Flash can reliably count fingers (AI Studio – High reasoning)"
    assert headline_score(report) > headline_score(detail)
    plain = "Orbitex ships Quill 2 to every paying team this week"
    assert headline_score(plain) > headline_score("Orbitex ships Quill 2 today [Beta Access Now Open]")


def test_a_chat_channels_recap_gives_the_headline_only_when_nothing_else_does() -> None:
    """Between a news item and a channel's summary of talk about it, the news item heads the story."""
    news = _story(
        "n",
        "Figma's Dev Mode MCP server brings design context into agent coding tools.",
        "Tech Daily",
        "Introducing our Dev Mode MCP server: Bringing Figma into your workflow",
    )
    talk = attrs.evolve(
        _story(
            "t",
            "A user inquired about how to install Figma MCP on Claude Code, asking for a command.",
            "AI Recap",
            "Installing Figma MCP on Claude Code",
        ),
        section="Claude ▷ #general (53 messages):",
    )
    stories = {"n": news, "t": talk}
    merged = merge_cluster(StoryCluster("c", ("n", "t"), 1.0), stories, ComposeSettings())
    assert merged.headline_story == "n"
    assert merged.summary[0].story_id == "n"
    alone = merge_cluster(StoryCluster("c", ("t",), 1.0), stories, ComposeSettings())
    assert alone.headline == "Installing Figma MCP on Claude Code"


def test_items_of_one_feed_file_stand_alone_and_are_never_retellings() -> None:
    """Two JSON Lines items of one file are two reports, not a recap retelling one story twice."""
    feed = [
        attrs.evolve(
            _story(f"f{k}", f"Report {k} on the Xiaomi YU7 deliveries in January.", "Wire", title),
            path="feed.jsonl",
            format=Format.JSONL,
        )
        for k, title in enumerate(
            ["Xiaomi Delivers 40,000 YU7 SUVs in January, Beating BYD's Pace", "Xiaomi"]
        )
    ]
    letter = _story("n", "Xiaomi delivered many cars.", "Daily", "Xiaomi deliveries")
    stories = {s.id: s for s in (*feed, letter)}
    merged = merge_cluster(StoryCluster("c", ("f0", "f1", "n"), 1.0), stories, ComposeSettings())
    assert merged.headline_story == "f0"


# Fast paths of the merge stage: each gives what the plain reading gives.

_SUMMARY_PIECES = st.sampled_from(
    [
        "Acme", "bought", "Widget", "for", "US$77,000", "30 percent", "2.5", "By", "Jane", "Photo:",
        "photo by", "Getty Images", "CREDIT:", "Shutterstock", "https://x.io", "www.x", "Advertisement",
        "Source:", "Video", "caption", "İmage", "ſource", "\u212a", "“quoted”", '"', "(Score: 1):",
        "**bold**", "—", "Mr.", "U.S.", "sold 4,000 coins.", "It rose.", "Why?", "FILE PHOTO: x — ",
        "k", "by", "ßy",
    ]
)  # fmt: skip


@st.composite
def _summary_texts(draw: st.DrawFn) -> str:
    glue = st.sampled_from([" ", ". ", "\n", "\n\n", ""])
    pieces = draw(st.lists(st.tuples(_SUMMARY_PIECES, glue), max_size=30))
    return "".join(word + glue for word, glue in pieces)


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(_summary_texts(), st.text(max_size=60)))
def test_fast_paths_read_as_the_patterns_do(text: str) -> None:
    """Credits, captions and links found by the word check first are those the patterns find; a
    text without a digit states no figure; facts given the figures are facts."""
    assert summary._not_told(text) == bool(summary._NOT_TOLD.search(text) or summary._LINK.search(text))
    assert summary.facts(text, summary.figures(text)) == summary.facts(text)
    if not any(c.isdigit() for c in text):
        assert {m["number"] for m in summary._FIGURE.finditer(text)} == set()


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(_summary_texts(), min_size=1, max_size=4))
def test_told_sentences_are_whole_sentences_read_once(texts: list[str]) -> None:
    """``Told`` replays what ``whole_sentences`` gives, however far it was read before, and sentences
    cleaned for one copy are cleaned the same for the next."""
    cleaned: dict[str, str | None] = {}
    for k, text in enumerate(texts):
        story = _story(str(k), text)
        told = summary.Told(story, cleaned)
        expected = list(whole_sentences(story))
        assert list(zip(range(1), told, strict=False)) == list(zip(range(1), expected, strict=False))
        assert list(told) == expected
        assert list(told) == expected
        assert summary.informative(story, summary.Told(story, cleaned)) == summary.informative(story)


def test_a_roundup_report_tells_only_the_claim_it_was_clustered_on() -> None:
    """A recap bullet listing topics joins a cluster on its first claim; its other claims (other
    events) stay out of the merged summary. Alone, a roundup is told whole."""
    roundup = attrs.evolve(
        _story(
            "r",
            "Quillbook now lets anyone publish public notebooks (@quill), Marlow highlights dynamic"
            " quantization on Tessaly 235B (@marlow), and Brindle v3.1 adds a task timeline (@brindle).",
            source="Recap",
            title="Quillbook, Marlow, and Other Infrastructure",
        ),
        links=("https://x.example/1", "https://x.example/2", "https://x.example/3"),
    )
    report = _story(
        "q",
        "Quillbook users can now publish public notebooks that anyone with the link can read. "
        "Readers can ask the notebook questions about its sources.",
        title="Quillbook now supports public notebooks",
    )
    merged = merge_cluster(StoryCluster("c", ("q", "r"), 1.0), {"q": report, "r": roundup}, ComposeSettings())
    told = " ".join(s.text for s in merged.summary)
    assert "Marlow" not in told
    assert "Brindle" not in told
    alone = merge_cluster(StoryCluster("c", ("r",), 1.0), {"r": roundup}, ComposeSettings())
    assert "Marlow" in " ".join(s.text for s in alone.summary)


def test_figure_openings_read_from_the_merges_sentences_as_from_each_report_again() -> None:
    """The merge records which reports' openings state figures from the sentences it read for the
    ranking and the summary; a roundup, told by its first claim, is read whole, as the ranking would."""
    roundup = attrs.evolve(
        _story(
            "r",
            "Quillbook now lets anyone publish public notebooks (@quill), Marlow raised $40 million from"
            " Lightspeed (@marlow), and Brindle v3.1 adds a task timeline (@brindle).",
            source="Recap",
            title="Quillbook, Marlow, and Other Infrastructure",
        ),
        links=("https://x.example/1", "https://x.example/2", "https://x.example/3"),
    )
    report = _story(
        "q",
        "Quillbook users can now publish public notebooks, Quill said on Monday. It has 40,000 users.",
        title="Quillbook now supports public notebooks",
    )
    copy = _story("c", "Quillbook raised $12 million from Lightspeed for public notebooks.", source="Daily")
    members = {"q": report, "r": roundup, "c": copy}
    merged = merge_cluster(StoryCluster("c", ("q", "r", "c"), 1.0), members, ComposeSettings())
    assert merged.figure_openings == figure_openings(list(members.values())) == frozenset({"r", "c"})
    one = merge_cluster(
        StoryCluster("c", ("q", "c"), 1.0),
        {"q": report, "c": attrs.evolve(copy, source="Wire")},
        ComposeSettings(),
    )
    assert one.figure_openings is None


SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def _seed(title_start: str) -> Story:
    stories = read_stories([SEEDS / "001_54c5a3281ac208b6.txt"]).stories
    return next(s for s in stories if s.title.startswith(title_start))


def test_a_later_reports_sentence_about_another_event_is_left_out() -> None:
    """A chat summary clustered on one event also tells other threads: its sentences about them
    (no words of the event's headline and lead, not following one about it, or turning away
    with "Meanwhile") stay out of the merged summary (real seed texts)."""
    xi, byd = _seed("China's President Calls"), _seed("BYD Suffers")
    lead_sentences = list(whole_sentences(xi))
    other = next(whole_sentences(byd))
    lead = attrs.evolve(xi, text=" ".join(lead_sentences[:2]))
    before = _story("before", f"{other} {lead_sentences[3]}", source="Forum recap", title="This week")
    told = [s.text for s in summarise([lead, before], xi.title, 6, 200)]
    assert lead_sentences[3] in told  # about the event: "future industries"
    assert other not in told
    turned = _story("turned", f"{lead_sentences[3]} Meanwhile, {other}", source="Recap", title="This week")
    told = [s.text for s in summarise([lead, turned], xi.title, 6, 200)]
    assert lead_sentences[3] in told
    assert not any(other in t for t in told)
    alone = [s.text for s in summarise([before], before.title, 6, 200)]
    assert other in alone  # its own report tells every thread


def test_a_figure_two_reports_state_makes_a_sentence_about_the_event() -> None:
    """A later report's sentence in other words is kept when it states a figure another report
    states too; one sharing a single word with the event and no figure is not."""
    a = _story(
        "a",
        "Chipmakers expect strong profits this year as demand for chips rises. "
        "Moore Threads narrows its loss to 1 billion yuan.",
    )
    b = _story(
        "b",
        "Beijing-based GPU designer Moore Threads said its net loss would shrink to 1 billion yuan. "
        "Elsewhere, traders bought chips futures on a quiet Friday afternoon in Shenzhen markets.",
    )
    told = [s.text for s in summarise([a, b], "Chinese chipmakers expect profits", 6, 200)]
    assert any(t.startswith("Beijing-based GPU designer") for t in told)
    assert not any(t.startswith("Elsewhere") for t in told)


def test_a_later_reports_sentence_leaning_on_the_one_before_is_not_told() -> None:
    """'The company, which ...' or 'He notes ...' out of its report points at nobody."""
    a = _story("a", "Moore Threads narrows its 2025 loss as revenue from AI accelerators grows fast.")
    b = _story(
        "b",
        "The company, which listed on the STAR Market, expects revenue from AI accelerators to grow. "
        "Moore Threads shipped 40,000 accelerators to domestic cloud providers in the fourth quarter.",
    )
    told = [s.text for s in summarise([a, b], "Moore Threads narrows loss", 6, 200)]
    assert not any(t.startswith("The company") for t in told)
    assert any(t.startswith("Moore Threads shipped") for t in told)


def test_a_retelling_in_another_script_is_judged_by_its_figures_not_its_words() -> None:
    """A Chinese retelling in an English cluster shares no words with the event; it is kept."""
    a = _story("a", "CATL is weighing a share sale in Hong Kong of up to HK$41 billion, people said.")
    b = _story("b", "宁德时代表示，公司正在评估在香港进行增发的可能性，规模最高可达410亿港元。")
    told = [s.text for s in summarise([a, b], "CATL weighs Hong Kong share sale", 6, 200)]
    assert any(t.startswith("宁德时代") for t in told)


_CREDIT_PIECES = st.sampled_from(
    [
        "by", "By", "written by", "Reporting by", "words by", "edited by", "editing by", "Jane", "jane", "1",
        "photo", "photos", "Image", "pictures", "illustration", "graphics", "video", "captions", "source",
        "sources", "credit", "courtesy", "Credit", ":", "：", "getty images", "Getty", "imagesx",
        "shutterstock", "shutterstocks", "xshutterstock", "the", "news", "-", "_", "'", "\t",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_CREDIT_PIECES, st.sampled_from([" ", "", "  ", "\n"])), max_size=12))
def test_credit_parts_on_lower_case_text_read_as_the_whole_pattern(pieces: list[tuple[str, str]]) -> None:
    """The credit pattern's parts, each on ASCII text in lower case, find what the whole pattern finds."""
    text = "".join(word + glue for word, glue in pieces)
    assert summary._not_told_lowered(text.lower()) == bool(summary._NOT_TOLD.search(text))
    assert summary._not_told(text) == bool(summary._NOT_TOLD.search(text) or summary._LINK.search(text))


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(_summary_texts(), st.text(max_size=60)))
def test_kept_figures_stems_and_fact_counts_are_the_plain_ones(text: str) -> None:
    """What a text states and is about is kept per text (copies repeat sentences): the same as
    working it out again, and a caller changing the set it is given changes nothing kept."""
    first = summary.figures(text)
    first.add("changed by the caller")
    assert "changed by the caller" not in summary.figures(text)
    if any(c.isdigit() for c in text):
        assert summary._figures(text) == summary._figures.__wrapped__(text)
    assert summary.stems(text) == summary.stems.__wrapped__(text)
    assert summary._fact_count(text) == len(summary.facts(text))
    assert headline_score(text) == headline_score.__wrapped__(text)


def test_the_leads_sentence_pointing_back_follows_only_its_own_report() -> None:
    """'It aims to ...' told right after another report's sentence would point at that report."""
    a = _story(
        "a",
        "OpenAI is raising up to $100 billion at an $830 billion valuation, people familiar said. "
        "It aims to complete the round by the end of the first quarter.",
    )
    b = _story("b", "SoftBank plans to add $22.5 billion to its OpenAI stake this month, filings show.")
    told = summarise([a, b], "OpenAI seeks $100 billion", 6, 200)
    for before, sentence in itertools.pairwise(told):
        if sentence.text.startswith("It "):
            assert before.story_id == sentence.story_id, [s.text for s in told]
    alone = [s.text for s in summarise([a], "OpenAI seeks $100 billion", 6, 200)]
    assert alone[1].startswith("It aims")  # within its own report it reads right


def test_a_later_reports_clause_about_another_subject_is_not_told() -> None:
    """A roundup's sentence that moves on to another subject after ", and" or ", while" is told up
    to there; a list's last item and a clause that goes on telling the event are kept."""
    lead = _story("a", "Cerebras says its CS-3 system outruns Nvidia's B200 at 2,500 tokens per second.")
    roundup = _story(
        "b",
        "Nvidia B200 systems now serve DeepSeek R1 tokens at five times the H100 rate (@scaling01, @ai), "
        "and Figure-02 humanoid robots show step-changes in engineering (@adcock).",
    )
    told = [s.text for s in summarise([lead, roundup], "Cerebras outruns Nvidia", 6, 200)]
    assert told[1] == roundup.text.split(", and")[0] + "."
    listing = _story(
        "c",
        "Cerebras sells the CS-3 system to Mayo Clinic, Aleph Alpha, and GlaxoSmithKline research labs.",
    )
    told = [s.text for s in summarise([lead, listing], "Cerebras outruns Nvidia", 6, 200)]
    assert told[1] == listing.text


def test_a_clause_opening_with_another_name_sharing_one_word_of_a_name_is_not_told() -> None:
    """ ", while Orbit's awaited Nova Max stays unreleased" in a report of Lumen 3 Max shares only
    "Max" with the event, a word of another name: told up to there. A clause opening with the
    event's own name, or sharing two of its words, goes on telling the event."""
    lead = _story("a", "Lumen 3 Max tops the coding leaderboard after an upgrade to its reasoning preview.")
    roundup = _story(
        "b",
        "Lumen 3 Max nears general release with a new checkpoint impressing on the webdev arena, "
        "while Orbit's awaited Nova Max stays unreleased, with early testers calling it slow.",
    )
    told = [s.text for s in summarise([lead, roundup], "Lumen 3 Max gets an upgrade", 6, 200)]
    assert told[1] == roundup.text.split(", while")[0] + "."
    own = _story(
        "c",
        "Lumen 3 Max nears general release with a new checkpoint impressing on the webdev arena, "
        "while Orbit's engineers say the coding preview of Lumen 3 Max beats their own.",
    )
    told = [s.text for s in summarise([lead, own], "Lumen 3 Max gets an upgrade", 6, 200)]
    assert told[1] == own.text


def test_a_short_later_sentence_must_share_a_name_not_only_a_common_word() -> None:
    """A short sentence of another report is about the event only through a name the headline or
    lead gives: "GPT-5.2 is a frontier model only for the frontier." shares just "model" with a
    report of Gemini 3 Flash; "Gemini 3 Flash tops Toolathlon." shares the name."""
    lead = _story(
        "a", "Gemini 3 Flash is a lightweight, efficient model optimized for speed and low latency."
    )
    other = _story("b", "GPT-5.2 is a frontier model only for the frontier.")
    named = _story("c", "Gemini 3 Flash tops Toolathlon.")
    told = [s.text for s in summarise([lead, other, named], "Gemini 3 Flash is fast", 6, 200)]
    assert told == [lead.text, named.text]


def test_a_roundups_next_sentence_opening_with_a_new_name_is_another_item() -> None:
    """A roundup item's sentence after one about the event, opening with a name the event never
    gave, starts another item ("Higgsfield AI also launched ..." after Eleven v3): left out. A
    sentence opening with a capitalised common word, with a name the event gave, or referring
    back ("Neel Nanda connects it to ...") goes on with the event."""
    lead = _story("a", "ElevenLabs has launched Eleven v3, its most expressive text-to-speech model.")
    release = "Eleven v3, the expressive speech model, supports 70 languages and dialogue between voices."
    roundup = _story(
        "b",
        f"{release} Higgsfield AI also launched Higgsfield Speak, a tool for creating talking videos.",
    )
    told = [s.text for s in summarise([lead, roundup], "Eleven v3 launched", 6, 200)]
    assert told == [lead.text, release]
    for follower in (
        "Neel Nanda connects it to meta-models that explain activations in large networks.",
        "ElevenLabs Studio users get the model first at an 80% discount through June.",
        "Pricing starts at five dollars a month for hobbyists and small studios.",
    ):
        item = _story("c", f"{release} {follower}")
        told = [s.text for s in summarise([lead, item], "Eleven v3 launched", 6, 200)]
        assert told == [lead.text, release, follower], follower


def test_link_labels_in_parentheses_are_credits_not_words() -> None:
    """ "([tweet](url))" credits the sentence: the summary tells the sentence without "(tweet)", the
    link stays the story's; a group with words besides its links ("(see [chart](url) for 2024)") is prose."""
    body = (
        "- **Harbor Labs ships crane firmware 2.1**: Harbor Labs released firmware 2.1 for its cranes "
        "([notes](https://harbor.example.com/notes), [thread](https://x.example.com/a)). Its founder "
        "praised the release ([tweet](https://x.example.com/b)); a rival replied "
        "([@tugco](https://x.example.com/c); also [@railco](https://x.example.com/d)). Loads rose 8% "
        "(see [chart](https://harbor.example.com/chart) for 2024).\n"
    )
    document = Document(Edition(path="recap.md", format=Format.MARKDOWN), body)
    (story,) = split_document(document, ReadSettings()).stories
    told = " ".join(whole_sentences(story))
    for label in ("(notes, thread)", "(tweet)", "@tugco", "@railco"):
        assert label not in told
    assert "Its founder praised the release;" in told
    assert "(see chart for 2024)" in told
    assert "https://x.example.com/b" in story.links


def test_a_linked_label_leading_a_capture_leaves_no_colon() -> None:
    """A Reddit capture opens with a linked "(Score: 367, Comments: 35): ...", a credit the summary
    leaves out: the sentence must not open with the label's colon."""
    text = "(Score: 367, Comments: 35): An ElevenLabs employee showcased a clip made with Eleven v3 today."
    story = attrs.evolve(_story("a", text), credits=("(Score: 367, Comments: 35)",))
    assert list(whole_sentences(story)) == [
        "An ElevenLabs employee showcased a clip made with Eleven v3 today."
    ]


def test_a_sentence_describing_a_picture_is_told_only_when_nothing_else_is() -> None:
    """A recap's alt text ("The image is a tweet by ...", "Title: The image shows ...") says what a
    picture shows, not the news: no summary tells it after a sentence, nor leads with it while
    its report says more, nor a sentence of its report leaning on it ("It features ...") or naming
    the picture again; a report that gives nothing else is told by it."""
    lead = _story(
        "a", "Acme Robotics is testing delivery robots that step out of a van at the customer's door."
    )
    pictured = _story(
        "b",
        "The image, sourced from a trade blog, depicts Acme Robotics' test of robots stepping out of a van. "
        "Acme Robotics plans to run the robots in Springfield from March, a spokesperson said.",
        source="Recap",
    )
    told = [s.text for s in summarise([lead, pictured], "Acme Robotics tests delivery robots", 6, 200)]
    assert not any(t.startswith("The image") for t in told)
    assert any(t.startswith("Acme Robotics plans") for t in told)
    labelled = _story(
        "c",
        "Sparrow_Post (Score: 120): The image is a tweet by Jane Roe claiming robots will deliver parcels. "
        "Commenters doubted that delivery robots could climb the stairs of older houses.",
    )
    told = [s.text for s in summarise([labelled], "Robots will deliver parcels", 6, 200)]
    assert told == ["Commenters doubted that delivery robots could climb the stairs of older houses."]
    leaning = _story(
        "e",
        "The image is a tweet by Jane Roe on parcel robots climbing the stairs of a row of older houses. "
        "It features a robot carrying two parcels up a narrow staircase to a front door. "
        "Acme Robotics said the stair-climbing model ships to couriers in Springfield next spring. "
        "For the original source and data, see the tech report and the image.",
        source="Recap",
    )
    told = [s.text for s in summarise([lead, leaning], "Acme Robotics tests delivery robots", 6, 200)]
    assert told == [
        lead.text,
        "Acme Robotics said the stair-climbing model ships to couriers in Springfield next spring.",
    ]
    only = _story("d", "The image shows a screenshot of a chart of parcel volumes rising in every region.")
    told = [s.text for s in summarise([only], "Parcel volumes rise", 6, 200)]
    assert told == ["The image shows a screenshot of a chart of parcel volumes rising in every region."]
    assert not summary.pictures("The image generator of Acme Studio now renders video too.")


def test_a_text_opening_with_an_aside_is_told_with_its_title_as_subject() -> None:
    """ "- **Relay Cache** (lazy loading) cuts ..." is split into a title and a text opening with the
    aside: the summary tells the sentence whole, its subject the title; a capture's label "(Score:
    9): ..." is no aside and goes as before."""
    aside = _story(
        "a", "(lazy loading) cuts start-up time of the Relay editor by up to 85% on large projects."
    )
    aside = attrs.evolve(aside, title="Relay Cache")
    told = [s.text for s in summarise([aside], "Relay Cache", 6, 200)]
    assert told == [
        "Relay Cache (lazy loading) cuts start-up time of the Relay editor by up to 85% on large projects."
    ]
    label = attrs.evolve(
        aside, text="(Score: 9, Comments: 2): Relay ships a cache that cuts start-up time by 85%."
    )
    told = [s.text for s in summarise([label], "Relay Cache", 6, 200)]
    assert told == ["Relay ships a cache that cuts start-up time by 85%."]


def test_what_a_chat_s_members_said_is_left_out_when_reports_tell_the_event() -> None:
    """A cluster told mostly by reports: a later sentence whose actor is an unnamed participant
    ("A member mentioned ...", "Across two servers, users said ...") is talk about the event, left
    out with a sentence leaning on it; a cluster told mostly by chat keeps what its members said."""
    launch = _story(
        "launch",
        "Xiaomi released MiMo-V2-Flash, an open model with 309 billion parameters, under MIT. "
        "It runs at 150 tokens per second on Xiaomi's own cloud.",
        source="TLDR",
    )
    other = _story("other", "MiMo-V2-Flash tops open models on SWE-bench at 73.4 percent.", source="Wire")
    chat = _story(
        "chat",
        "A member mentioned the new MiMo V2 Flash by Xiaomi as kinda fire. "
        "They also linked a benchmark thread comparing it with GLM 4.6. "
        "Across two servers, users said MiMo-V2-Flash felt faster than DeepSeek.",
        source="AI News",
    )
    told = [s.text for s in summarise([launch, other, chat], "Xiaomi releases MiMo-V2-Flash", 6, 120)]
    assert told[0].startswith("Xiaomi released MiMo-V2-Flash")
    assert "MiMo-V2-Flash tops open models on SWE-bench at 73.4 percent." in told
    assert not any("member" in t or "users said" in t or t.startswith("They also") for t in told)
    # Told only by one recap, mostly by its chat: the members' sayings are all there is to tell...
    chat2 = _story("chat2", "Users said MiMo-V2-Flash writes cleaner Rust than GLM 4.6.", source="AI News")
    theme = _story("theme", "MiMo-V2-Flash chatter spread across servers this week.", source="AI News")
    told = [s.text for s in summarise([chat, chat2, theme], "MiMo-V2-Flash chatter", 6, 120)]
    assert told[0].startswith("A member mentioned")
    assert any(t.startswith("Users said") for t in told)
    # ...but one report from another publication tells the event, however many chat items join it.
    told = [s.text for s in summarise([launch, chat, chat2], "Xiaomi releases MiMo-V2-Flash", 6, 120)]
    assert told[0].startswith("Xiaomi released MiMo-V2-Flash")
    assert not any("member" in t or t.startswith("Users said") for t in told)


_FIGURE_WORDS = st.sampled_from(
    [
        "$77,000",
        "US$77,000",
        "77000",
        "7",
        "30%",
        "30 percent",
        "2.2 billion",
        "1,200",
        "12",
        "2025",
        "Gemini 2.5",
        "€5m",
        "5 million",
        "3.5%",
        "120",
        "0",
        "1,2",
        "77.000",
        "Acme 40",
        "40 bn",
        "$1.5bn",
        "said",
        "Bitcoin",
        ".",
    ]
)


def _agreed_figures(ranked: list[Story]) -> set[str]:
    """The plain reading ``_Agreement`` must answer as: every report's opening read whole, the figures
    at least two of them state, one-digit shares and counts aside."""
    seen: dict[str, int] = {}
    for story in ranked[: summary._AGREEING_REPORTS]:
        for figure in figures(story.text[: summary._AGREEING_CHARS]):
            seen[figure] = seen.get(figure, 0) + 1
    return {f for f, count in seen.items() if count >= 2 and not summary._COMMON_FIGURE.fullmatch(f)}


@settings(max_examples=300, deadline=None)
@given(
    reports=st.lists(st.lists(_FIGURE_WORDS, max_size=12).map(" ".join), min_size=0, max_size=5),
    asked=st.lists(_FIGURE_WORDS, max_size=4),
)
def test_figures_agreed_one_at_a_time_are_the_plain_ones(reports: list[str], asked: list[str]) -> None:
    """``_Agreement`` answers as ``stated & _agreed_figures(...)``: for every figure a report states,
    and for figures no report states."""
    stories = [_story(str(k), text) for k, text in enumerate(reports)]
    agreed = _agreed_figures(stories)
    agreement = summary._Agreement(stories)
    stated = set().union(*(figures(text) for text in reports)) | figures(" ".join(asked))
    for figure in sorted(stated):
        assert agreement.any_of({figure}) == (figure in agreed)
    assert agreement.any_of(stated) == bool(stated & agreed)
    assert not summary._Agreement([]).any_of(stated)


def test_a_text_going_on_from_its_headline_is_told_with_it() -> None:
    """A text opening in lower case with a function word is the rest of the headline's sentence: the
    summary tells the whole sentence ("Oil gained as ... and talks stalled."), with a colon before an
    article ("Logfire: a tool that ..."); a lower-case name ("jaxon is ...") or a text printing its
    headline again is told as it is."""
    oil = _story(
        "o",
        "and talks between the two sides stayed in limbo on Monday.",
        title="Oil gained as the strait shut",
    )
    assert next(whole_sentences(oil)) == (
        "Oil gained as the strait shut and talks between the two sides stayed in limbo on Monday."
    )
    tool = _story("t", "a command-line tool that scans apps for leaked secrets.", title="Keyscan for Expo")
    assert (
        next(whole_sentences(tool))
        == "Keyscan for Expo: a command-line tool that scans apps for leaked secrets."
    )
    name = _story("n", "jaxon is a machine learning framework for the browser.", title="Jaxon")
    assert next(whole_sentences(name)) == "jaxon is a machine learning framework for the browser."
    again = _story("a", "a quiet day in the labs, with two small model releases.", title="a quiet day")
    assert next(whole_sentences(again)) == "a quiet day in the labs, with two small model releases."


def test_a_text_opening_with_a_comma_goes_on_from_its_headline() -> None:
    """A headline linked from the start of a sentence over ", as ..." (a text part that broke the
    sentence after the link's address): the summary tells the whole sentence, the comma right after
    the headline, never a summary opening with a comma."""
    visit = _story(
        "v",
        ", as talks between the two ports remain stalled. The mayor said the visit would help.",
        title="The mayor arrives in Lisbon today for a three-day trade visit",
    )
    assert next(whole_sentences(visit)) == (
        "The mayor arrives in Lisbon today for a three-day trade visit, as talks between the two ports"
        " remain stalled."
    )


def test_a_sentence_referring_to_what_the_summary_never_told_is_left_out() -> None:
    """'Jones made the comment on Thursday.' after another report's sentence: which comment? Told
    only right after its report's sentence that said it."""
    headline = "FCC reviews Acme TV licenses after host Jones mocks the governor"
    a = _story(
        "a",
        "The FCC is reviewing Acme TV's broadcast licenses after host Dana Jones mocked the governor on air.",
    )
    b = _story(
        "b",
        "Gas prices rose for a third week in Ohio. "
        "Jones made the comment about the governor on Thursday night. "
        "Acme TV said its licenses were in good standing and that it would cooperate with the FCC review.",
    )
    told = [s.text for s in summarise([a, b], headline, 6, 200)]
    assert not any("the comment" in t for t in told), told
    assert any(t.startswith("Acme TV said") for t in told), told
    c = _story(
        "c",
        "Host Dana Jones mocked the governor on air and called him a fraud in a long monologue. "
        "Jones made the comment on Thursday night.",
    )
    alone = [s.text for s in summarise([c], headline, 6, 200)]
    assert alone[1] == "Jones made the comment on Thursday night."  # right after what it refers to


def test_what_refers_back_and_what_only_tells_when() -> None:
    """Pronouns, a sentence going on ('But ...') and a definite word for something untold refer
    back; 'This week' tells when, and a thing the summary has named is no riddle."""
    refers = summary._refers_back
    assert refers("But getting there won't be easy.", set())
    assert refers("The figure reflects a similar filing by a rival.", set())
    assert not refers("It was suggested that Acme ships in June.", set())
    assert not refers("This week, Acme shipped its first phone.", set())
    assert not refers("So far, twelve stores have closed.", set())
    assert not refers("The comment drew a reply.", summary.stems("Acme answered a comment on Widget"))


def _cut_story(sid: str, text: str, source: str = "Wire") -> Story:
    """A report whose splitter made its title from the first sentence, cut with "…"."""
    return _story(sid, text, source, derive_title(text))


def test_a_title_cut_mid_phrase_is_told_to_a_clause_boundary_never_inside_a_figure() -> None:
    """'... pitching the government on a $2.5…' lost 'billion': the headline goes on to the clause."""
    story = _cut_story(
        "a",
        "Regional carriers including Skyhop are pitching the federal government on a $2.5 billion aid "
        "package, "
        "as the transport ministry continues talks with a rival carrier over its own rescue.",
    )
    assert story.title.endswith("$2.5…")
    merged = merge_cluster(StoryCluster("c", ("a",), 1.0), {"a": story}, ComposeSettings())
    assert merged.headline == (
        "Regional carriers including Skyhop are pitching the federal government on a $2.5 billion aid package"
    )
    short = _cut_story(
        "b",
        "The harbour authority of Marlow confirmed on Monday that its northern quay will close for repairs.",
    )
    assert merge_cluster(StoryCluster("c", ("b",), 1.0), {"b": short}, ComposeSettings()).headline == (
        "The harbour authority of Marlow confirmed on Monday that its northern quay will close for repairs"
    )


def test_a_cut_title_gives_way_to_another_reports_whole_title_of_the_event() -> None:
    """The most informative report's title, cut mid-sentence, wins on its names; another report's
    whole title of the same fact heads the story, and the fullest report still leads its summary."""
    cut = _cut_story(
        "a",
        "Ruritania proposed reopening the Marlow Strait and postponing formal Freedonia border negotiations "
        "yesterday in its latest offer to the Freedonian government.",
        "Daily A",
    )
    whole = _story(
        "b",
        "Ruritania offered to reopen the strait on Monday.",
        "Daily B",
        "Ruritania offers to reopen strait, but delay border talks",
    )
    chrome = _story("c", "Oil rose on Monday as traders weighed the offer.", "Daily C", "Read in browser")
    hopes = _story(
        "d", "Talks over the Marlow Strait stalled again.", "Daily D", "Hopes fade for Marlow Strait talks"
    )
    stories = {"a": cut, "b": whole, "c": chrome, "d": hopes}
    merged = merge_cluster(StoryCluster("c", ("a", "b", "c", "d"), 1.0), stories, ComposeSettings())
    assert merged.headline == "Ruritania offers to reopen strait, but delay border talks"
    assert merged.headline_story == "b"  # the headline links to its report
    assert merged.summary[0].text.startswith("Ruritania proposed reopening")  # the fullest report leads
    alone = merge_cluster(StoryCluster("c", ("a", "c"), 1.0), stories, ComposeSettings())
    assert alone.headline != "Read in browser"
    assert not alone.headline.endswith(("the…", "to…", "of…", "and…"))


def test_a_title_taken_whole_from_the_first_sentence_gives_way_to_an_editors_headline() -> None:
    """An item printed with no headline is titled by its first sentence, told whole ("Marlow signed a
    deal to supply the harbour board"); where another report of the fact prints an editor's headline
    sharing its words, that headline heads the story. Another sentence taken as a title never does,
    nor a headline of another fact."""
    told = _story(
        "a",
        "Marlow signed a deal to supply the harbour board. Dockers are said to be unhappy.",
        "Daily A",
        "Marlow signed a deal to supply the harbour board",
    )
    edited = _story(
        "b",
        "Dockers at Marlow wrote to the board about the supply contract.",
        "Daily B",
        "Dockers fear Marlow deal",
    )
    other = _story("c", "Ferry fares rose again on Monday.", "Daily C", "Ferry fares rise")
    sentence = _story(
        "d",
        "The harbour board signed a supply deal with Marlow yesterday.",
        "Daily D",
        "The harbour board signed a supply deal with Marlow yesterday",
    )
    stories = {"a": told, "b": edited, "c": other, "d": sentence}
    merged = merge_cluster(StoryCluster("x", ("a", "b", "c"), 1.0), stories, ComposeSettings())
    assert merged.headline == "Dockers fear Marlow deal"
    assert merged.headline_story == "b"
    alone = merge_cluster(StoryCluster("x", ("a", "c", "d"), 1.0), stories, ComposeSettings())
    assert alone.headline in (told.title, sentence.title)


_HEADLINE_WORDS = st.sampled_from(
    "the a of to in Gulf bases $2.5 billion 30 percent Acme raised said, and while as prices, “quoted” 1,500"
    " km".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_HEADLINE_WORDS, min_size=6, max_size=40))
def test_a_headline_from_a_cut_title_is_the_sentences_start_ending_on_a_whole_phrase(
    words: list[str],
) -> None:
    """Whatever the sentence, the headline is its start; cut again with "…", it ends neither on a
    function word nor inside a figure."""
    text = "Acme " + " ".join(words) + "."
    story = _cut_story("a", text)
    headline = merge._uncut(story, 18)
    sentence = " ".join(text.split()).rstrip(".")
    if not story.title.endswith("…"):
        assert headline == story.title
        return
    plain = headline.removesuffix("…").rstrip(",;:”’\"'")
    assert sentence.startswith(plain.rstrip(",;:")) or sentence.replace(",”", "”").startswith(plain)
    if headline.endswith("…"):
        told = plain.split()
        assert told[-1].casefold() not in merge._OPEN_ENDED
        following = sentence.split()[len(told)]
        assert not (told[-1][-1].isdigit() and merge._AFTER_NUMBER.match(following))


def test_a_credit_caption_or_link_is_never_the_headline() -> None:
    """A photo credit in parentheses or a linked image label read as a title loses to any title."""
    credit = _story(
        "a",
        "Within hours of the attack, the mayor called for a new stadium.",
        "Daily A",
        "(Jane Roe / AFP / Getty)",
    )
    link = _story(
        "c", "The mayor's plan drew criticism.", "Daily C", "View image: (https://example.com/a.gif)"
    )
    news = _story(
        "b",
        "Prosecutors charged the suspect on Monday.",
        "Daily B",
        "Suspect charged as stadium fight builds",
    )
    for member in (credit, link):
        stories = {member.id: member, "b": news}
        merged = merge_cluster(StoryCluster("c", (member.id, "b"), 1.0), stories, ComposeSettings())
        assert merged.headline == "Suspect charged as stadium fight builds"


def test_an_editions_teaser_of_its_other_items_is_not_told() -> None:
    story = _story(
        "a",
        "Plus: The ballroom truthers have a theory. The shooting makes the case for deliberation and care, "
        "not for speed, in building the new hall.",
    )
    told = [s.text for s in summarise([story], "The shooting is no reason to rush the ballroom", 4, 80)]
    assert not any(t.startswith("Plus") for t in told), told


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(_summary_texts(), st.text(max_size=60)))
def test_ascii_text_has_no_cjk_stems(text: str) -> None:
    """``_about`` skips the CJK count of an ASCII sentence's stems: it is never a CJK sentence."""
    if text.isascii():
        assert not summary._cjk(summary.stems(text))


def test_a_report_alone_is_never_retold() -> None:
    """One report: no edition tells the story twice, whatever its format; two of one edition are."""
    story = _story("a", "Acme ships a new phone to every store this week.")
    assert merge._retold([story]) == set()
    assert merge._retold([story, attrs.evolve(story, id="b")]) == {"a", "b"}


def test_a_sentence_sharing_the_events_words_is_not_read_for_agreed_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A later report's sentence that shares the event's words is about it: the figures two reports
    agree on (read from their openings) are asked only of a sentence its words do not tie to the
    event, and its own figures are read only when it is judged further (the same summary)."""
    a = _story("a", "Bitcoin slid to a nine-month low of US$77,000 on Monday as ETF outflows grew.")
    b = _story(
        "b",
        "Spot ETF outflows grew to $2.5 billion on Monday, the largest since March, as bitcoin slid "
        "toward its low. Miners sold 4,000 coins on the open market as bitcoin slid.",
    )
    expected = _texts(a, b)
    assert any("$2.5 billion" in t for t in expected)

    def unasked(self: summary._Agreement, stated: object) -> bool:
        raise AssertionError(f"agreed figures asked of {stated}")

    monkeypatch.setattr(summary._Agreement, "any_of", unasked)
    assert _texts(a, b) == expected
    sentence = "Miners sold 4,000 coins as Bitcoin slid, Reuters said."
    assert facts(sentence) == summary._names(sentence) | figures(sentence) == {"bitcoin", "reuters", "4000"}


def test_a_call_to_subscribe_is_not_told_but_news_of_signing_up_is() -> None:
    """A sentence asking the reader to subscribe is the publication's, not the event's; a sentence
    telling that someone signed up, or how many subscribers a company has, is told."""

    def told(text: str) -> list[str]:
        return [s.text for s in summarise([_story("a", text)], "Why British nuclear flopped", 6, 200)]

    assert told(
        "You can sign up for the magazine here. If you liked this piece, please subscribe to my newsletter. "
        "On 17 October 1956 the Queen opened Calder Hall, the first grid-scale nuclear power station. "
        "To read more essays like this, subscribe to Works. Britain then built eight more reactors."
    ) == [
        "On 17 October 1956 the Queen opened Calder Hall, the first grid-scale nuclear power station.",
        "Britain then built eight more reactors.",
    ]
    for news in (
        "A member asked whether it was too late to sign up for the course.",
        "Netflix has 300 million subscribers.",
    ):
        assert told(news) == [news]
