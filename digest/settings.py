"""The one settings object, validated when built and passed through every stage.

Each stage reads its own section (``settings.reading``, ``settings.clustering``,
``settings.figures``); change one with :func:`attrs.evolve`. Messages of the
:class:`~digest.errors.SettingsError` raised by a bad value say how to fix it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from attrs import Attribute, field, frozen

from digest.errors import SettingsError


def _positive(_: Any, attribute: Attribute[Any], value: float) -> None:
    if not value > 0:
        raise SettingsError(f"{attribute.name} must be > 0; got {value!r}")


#: The longest look back into history: ten years of weekly digests.
_MAX_WEEKS = 520


def _weeks(_: Any, attribute: Attribute[Any], value: int) -> None:
    if not 0 < value <= _MAX_WEEKS:
        raise SettingsError(f"{attribute.name} must be from 1 to {_MAX_WEEKS} weeks; got {value!r}")


def _unit_interval(_: Any, attribute: Attribute[Any], value: float) -> None:
    if not 0 < value <= 1:
        raise SettingsError(f"{attribute.name} must be in (0, 1]; got {value!r}")


def _count(_: Any, attribute: Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SettingsError(f"{attribute.name} must be a whole number >= 0; got {value!r}")


def _share(_: Any, attribute: Attribute[Any], value: float) -> None:
    if not 0 <= value <= 1:
        raise SettingsError(f"{attribute.name} must be in [0, 1]; got {value!r}")


def _regexes(_: Any, attribute: Attribute[Any], value: tuple[str, ...]) -> None:
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            problem = f"{pattern!r} is not a valid regular expression ({exc})"
            raise SettingsError(f"{attribute.name}: {problem}") from None


def _rules(value: Iterable[SourceRule]) -> tuple[SourceRule, ...]:
    return tuple(value)


@frozen
class SourceRule:
    """Settings for one newsletter, matched by the source name read from it (any case)."""

    #: The source name as read from the newsletter (sender, list name, masthead).
    name: str
    #: The name shown in the digest instead.
    display_name: str | None = None
    #: Trust when figures conflict and ``figures.resolution = "priority"``: 1 first, then 2...
    priority: int | None = None
    #: Extra boilerplate patterns for this newsletter only.
    boilerplate: tuple[str, ...] = field(default=(), converter=tuple, validator=_regexes)
    #: Numeric dates of this newsletter are day-first (True) or month-first (False).
    day_first: bool | None = None

    def matches(self, source: str | None) -> bool:
        """Whether this rule is for ``source`` (its name or display name, ignoring case)."""
        if not source:
            return False
        wanted = source.strip().casefold()
        return wanted in {self.name.strip().casefold(), (self.display_name or "").strip().casefold()}


#: What a folder of newsletters holds besides them: its README, licence, change log.
SKIP_FILES = tuple(
    pattern
    for name in ("README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CONTRIBUTING")
    for pattern in (name, f"{name}.*")
)


@frozen
class ReadSettings:
    """How inputs are read and split into stories."""

    #: Reference date for relative dates ("a day ago") when an edition has no date.
    as_of: dt.date | None = None
    #: Force day-first (True) or month-first (False) for numeric dates; None decides per page.
    day_first: bool | None = None
    #: Largest single input file read, in bytes (a document to split: a page, a mailbox, a feed).
    max_file_bytes: int = field(default=50_000_000, validator=_positive)
    #: Largest JSON Lines file of ready-made stories (``.jsonl``/``.ndjson``): nothing in it is split.
    max_records_bytes: int = field(default=2_000_000_000, validator=_positive)
    #: Most editions (newsletter issues) read in one run; the rest go to the ledger.
    max_editions: int = field(default=200_000, validator=_positive)
    #: Most characters of edition text read in one run; the rest go to the ledger.
    max_total_chars: int = field(default=1_000_000_000, validator=_positive)
    #: Longest line of an edition read (a paragraph with no line break); the rest goes to the ledger.
    max_line_chars: int = field(default=100_000, validator=_positive)
    #: Extra boilerplate patterns (regular expressions, matched case-insensitively per block).
    boilerplate: tuple[str, ...] = field(default=(), converter=tuple, validator=_regexes)
    #: Display name for editions whose source cannot be found in the input.
    default_source: str | None = None
    #: Environment variable with the password of ``imaps://`` inputs (default DIGEST_IMAP_PASSWORD).
    imap_password_env: str | None = None
    #: File whose first line is the password of ``imaps://`` inputs.
    imap_password_file: str | None = None
    #: Per-newsletter settings: display name, priority, boilerplate, date order.
    sources: tuple[SourceRule, ...] = field(default=(), converter=_rules)
    #: Follow symbolic links that lead out of an input folder (off: they are ledger entries).
    follow_links: bool = False
    #: File names (shell patterns, any case) a folder's walk leaves out: the folder's own
    #: documents, not newsletters. Each is a ledger entry (``skipped``); a file named as an
    #: input itself is always read.
    skip_files: tuple[str, ...] = field(default=SKIP_FILES, converter=tuple)

    def rule_for(self, source: str | None) -> SourceRule | None:
        """The first per-newsletter rule that matches ``source``."""
        return next((rule for rule in self.sources if rule.matches(source)), None)

    def display(self, source: str) -> str:
        """The name ``source`` is shown under."""
        rule = self.rule_for(source)
        return rule.display_name if rule is not None and rule.display_name else source


@frozen
class ClusterSettings:
    """How stories reporting the same event are found and grouped."""

    #: Permutations per MinHash signature (more: slower, more accurate candidates).
    num_perm: int = field(default=128, validator=_positive)
    #: Seed of every hash permutation; the same seed gives the same clusters.
    seed: int = 1
    #: Salient terms per story that go into its MinHash signature.
    salient_terms: int = field(default=20, validator=_positive)
    #: Signature rows per LSH band: fewer rows find more (and weaker) candidate pairs.
    band_rows: int = field(default=2, validator=_positive)
    #: Average similarity at and above which groups of stories are one event.
    threshold: float = field(default=0.2, validator=_unit_interval)
    #: Factor on the similarity of a pair with a story from a recap edition (see ``recap_share``):
    #: a recap retells events in short forms (a tweet, a forum title, a chat summary) that share
    #: fewer words with another report of the event than two articles do. 1 switches it off.
    recap_factor: float = field(default=1.25, validator=_positive)
    #: Share of the similarity that comes from names and numbers (the rest from all words).
    name_weight: float = field(default=0.5, validator=_unit_interval)
    #: Similarity kept when both stories mention years and share none of them (1 = no penalty).
    year_penalty: float = field(default=0.5, validator=_unit_interval)
    #: Similarity kept when both headlines name versions and share none (Eleven v3 vs AI 2.0).
    version_penalty: float = field(default=0.5, validator=_unit_interval)
    #: Similarity kept when both headlines name a rare subject, none shared, and the texts share no
    #: rare name either: who differs ("Anthropic hits $3B revenue" vs "SpaceX revenue near $16B").
    #: Off (1.0) by default: a headline's capitals are not always a name ("CPU Training now a
    #: Reality", "Building an AI-Native Engineering Team"), and one work can go by two names
    #: (EGGROLL, "ES HyperScale"); at 0.8 it split two labelled events of a held-out week.
    subject_conflict_factor: float = field(default=1.0, validator=_unit_interval)
    #: Days apart beyond which dated stories lose similarity, down to half at four times this.
    date_window_days: int = field(default=7, validator=_positive)
    #: Candidate groups up to this size are compared all-pairs; larger ones on candidate pairs only
    #: (an unscored pair counts 0 in average-link, so a larger group parts more readily).
    #: Runs of up to this many stories skip LSH and compare every pair. A real week's stories chain
    #: into one candidate group of about 1,900 (the development week's), scored all-pairs at 2,000.
    exhaustive_limit: int = field(default=2000, validator=_positive)
    #: Similarity gained by dated stories days apart whose headlines name the same rare subject
    #: (when they share evidence of an event too: a rare word, see ``topic_only_factor``).
    subject_boost: float = field(default=1.25, validator=_positive)
    #: Similarity kept between two stories of one curated edition (see ``digest.cluster.editions``):
    #: 0 keeps them apart always, even through a third story; the default halves it, so only a near
    #: retelling meets (a teaser and its full piece, sections of one essay, three links about one
    #: launch in a link digest); 1 is no penalty.
    same_edition_penalty: float = field(default=0.5, validator=_share)
    #: Nearest stories each story is compared with, besides its LSH candidates (0: LSH only).
    neighbours: int = field(default=20, validator=_count)
    #: Heaviest terms of a story that its nearest neighbours are looked up by.
    neighbour_terms: int = field(default=30, validator=_positive)
    #: Terms in more than this share of the stories (and in over 50) are too common to look up by.
    neighbour_df: float = field(default=0.05, validator=_share)
    #: ... and terms in more than this many stories, whatever their share: a cut-off that grows
    #: with the run makes each story's product row grow with it (5% of 30k is 1,500: runs up to
    #: 30k stories are cut by the share alone).
    neighbour_df_limit: int = field(default=1500, validator=_count)
    #: Stories whose headlines share a rare subject are compared all-pairs when the subject heads at
    #: most this many of them (a candidate source beside LSH and neighbours; 0 switches it off).
    subject_block: int = field(default=100, validator=_count)
    #: Similarity at which two stories of one edition count as the same item told twice.
    retold_similarity: float = field(default=0.4, validator=_unit_interval)
    #: An edition is a recap when at least this share of its stories is told twice in it
    #: (and at least 3 are); a recap's stories may join each other, a curated list's never.
    recap_share: float = field(default=0.2, validator=_unit_interval)
    #: Sources whose editions are always recaps (retell one event in several sections).
    recap_sources: tuple[str, ...] = field(default=(), converter=tuple)
    #: Sources whose editions are always curated lists of distinct items.
    curated_sources: tuple[str, ...] = field(default=(), converter=tuple)
    #: Distinct names two stories must share for their names cosine to count in full; with fewer
    #: it counts no more than their words cosine (one shared name is a topic, not an event).
    #: Only distinctive names count: those at most a tenth of the run's stories (or 10) carry.
    names_to_count: int = field(default=2, validator=_count)
    #: A pair that shares no rare word (no evidence of one event) is lifted by shared names only
    #: if ``names_to_count`` of them are in at most this share of the run's stories (or 10): a
    #: week of AI news names "OpenAI" and "ChatGPT" in one story of twenty, the topic's who, and
    #: "ChatGPT introduces meeting recording" is no report of "OpenAI slams court order to save
    #: all ChatGPT logs". 0.1 (the distinctive names' share) switches the rule off.
    topic_name_share: float = field(default=0.04, validator=_share)
    #: Groups whose word/name centroids have at least this cosine are merged (average-link
    #: again, over groups); 0 switches the second pass off.
    centroid_threshold: float = field(default=0.35, validator=_share)
    #: Two groups merge on their centroids only if some pair of their stories is this similar
    #: (verified, with every rule): a shared topic makes centroids alike, an event gives a pair.
    #: 0 switches the guard off.
    centroid_bridge: float = field(default=0.2, validator=_share)
    #: Similarity kept by two items under one section heading (a recurring column, a chat
    #: channel): they share its topic by construction, so they must agree on more.
    same_column_factor: float = field(default=0.5, validator=_unit_interval)
    #: The second pass takes groups of short stories only: at most this many distinct terms
    #: (words and word pairs) in the median story (newsletter items: 45; news articles: 217).
    short_story_terms: int = field(default=100, validator=_count)
    #: A word that at most this many stories use (or ``rare_word_share`` of the run, if that is
    #: more) is rare: two stories that share one agree on more than their topic.
    rare_word_stories: int = field(default=25, validator=_positive)
    #: Share of the run's stories a rare word may be used by, in a large run.
    rare_word_share: float = field(default=0.01, validator=_share)
    #: Similarity kept by two stories that share no rare word, only the common words and names
    #: of a topic: all "Gemini 2.5 Pro" chatter shares those, one event's reports share its rare
    #: names, figures and words; nor are they raised by ``subject_boost``. 1 switches the rule off.
    topic_only_factor: float = field(default=0.7, validator=_unit_interval)
    #: Similarity kept by two stories of one source whose editions are not next to each other
    #: (another edition of that source came out between them): a daily that tells a topic again
    #: two days later tells a new development, not the same event. 1 switches the rule off.
    later_edition_factor: float = field(default=0.6, validator=_unit_interval)
    #: Similarity kept, once per story, by a pair where one headline says its subject arrived at
    #: a place the other headline does not name ("MiniMax M2.1 is live in Kilo", "... comes to
    #: OpenRouter", "MiniMax M2.1 launch post"): a third party offering a product is that party's
    #: news, not the maker's launch nor another party's. 1 switches the rule off.
    venue_factor: float = field(default=0.5, validator=_unit_interval)
    #: A story stays in a cluster of three or more only if it scores at least half the threshold
    #: (a candidate edge) with this share of the cluster's other stories: one that joined through
    #: others and resembles few of them shares their topic, not their event. The stories that leave
    #: form clusters of their own (linked at the threshold among themselves). 0 switches it off.
    attachment_share: float = field(default=0.35, validator=_share)
    #: A chat retelling (a story whose text opens with an unnamed participant: "Users reported ...",
    #: see :mod:`digest.cluster.discussion`) stays in a cluster of three or more only if it scores
    #: at least the threshold (not half of it) with this share of the cluster's other stories:
    #: one conversation retold meets its retellings and the reports it reacts to; another
    #: conversation about the same product meets them only through others. 0 switches it off.
    discussion_attachment_share: float = field(default=0.5, validator=_share)
    #: An item of a chat server of a recap (a community, see ``community_meeting``: its sections
    #: "Server ▷ #channel" and "Server Discord") stays in a cluster of three or more only if it scores
    #: at least the threshold with this share of the cluster's other stories, as a chat retelling
    #: must with ``discussion_attachment_share``: one server's account of an event meets the event's
    #: other reports, another thread of the server about the same product (a leak, a tip, a user's
    #: question) meets most of them at half the threshold only. 0 switches it off.
    community_attachment_share: float = field(default=0.35, validator=_share)
    #: A story whose text (beyond its headline) is at most this many words (a headline, a one-line
    #: item) and that is alone after the grouping joins the cluster it meets best, if it scores the
    #: threshold with one of its members, both headlines name a rare subject or a version in
    #: common, and that member names every distinctive name of the lone story: its few words cannot
    #: reach the average of a cluster of long reports. Never a chat retelling nor a recap's item.
    #: 0 switches the rule off.
    headline_only_words: int = field(default=12, validator=_count)
    #: Weight kept, in a chat retelling's names, by the names of its channel's topic: those at least
    #: a third of a recurring section's items (three or more) name, such as the product a chat
    #: channel is about. Every conversation of the channel names it, so it says where the talk
    #: was, not what happened: a user's praise of Claude Code in the Cursor channel does not meet
    #: the Cursor 1.0 release on "Cursor". Two retellings of one topic keep it (the same-column rule
    #: judges them). 1 switches the rule off.
    channel_topic_weight: float = field(default=0.0, validator=_share)
    #: Score a pair of items of two communities of one recap must reach for them to stay in one
    #: cluster of those communities' items alone, unless a pair across them shares evidence of an
    #: event (a rare link, a rare figure, a version both headlines name). A chat digest's server
    #: (its sections "Server ▷ #channel" and the server's own summary section "Server Discord") is
    #: a community: two servers' members talking about one product meet on its name and common
    #: words at about the threshold, two retellings of one event meet higher or on its evidence. A
    #: cluster where no pair across them does is parted by community. 0 switches the rule off.
    community_meeting: float = field(default=0.4, validator=_share)
    #: A story of at least this many words (an essay, a review, a long brief) is also read as its
    #: lead: its headline and first ``passage_words`` words or so. A pair of it with a story
    #: ``passage_ratio`` times shorter or more scores on the lead when that scores higher than the
    #: whole (:mod:`digest.cluster.passages`), when both stories are dated within
    #: ``date_window_days`` of each other (a lead also names what a look-alike event of another time
    #: names). 0 switches leads off.
    passage_from: int = field(default=120, validator=_count)
    #: Words of a long story's lead (cut at the end of a line or a sentence).
    passage_words: int = field(default=60, validator=_positive)
    #: How many times longer than the other story a story must be for its lead to stand for it.
    passage_ratio: float = field(default=3.0, validator=_positive)
    #: Share of the lead's cosines a pair keeps (a lead is a part of the story, not all of it).
    passage_factor: float = field(default=1.0, validator=_unit_interval)

    def __attrs_post_init__(self) -> None:
        if self.band_rows > self.num_perm:
            raise SettingsError(f"band_rows must be <= num_perm ({self.num_perm}); got {self.band_rows}")


def _upper(code: str) -> str:
    return str(code).upper()


#: Currencies with ECB reference rates today: the base currencies figures can be compared in.
BASE_CURRENCIES = (
    "AUD", "BGN", "BRL", "CAD", "CHF", "CNY", "CZK", "DKK", "EUR", "GBP", "HKD", "HUF", "IDR", "ILS",
    "INR", "ISK", "JPY", "KRW", "MXN", "MYR", "NOK", "NZD", "PHP", "PLN", "RON", "SEK", "SGD", "THB",
    "TRY", "USD", "ZAR",
)  # fmt: skip


@frozen
class FigureSettings:
    """How figures are converted and reconciled."""

    #: ISO 4217 code every money figure is converted to for comparison (one the ECB quotes).
    base_currency: str = field(default="USD", converter=_upper)
    #: Which value heads a conflict: "latest", "most-sources" or "priority".
    resolution: str = field(default="most-sources")
    #: Sources in order of trust, for resolution = "priority".
    source_priority: tuple[str, ...] = field(default=(), converter=tuple)

    @base_currency.validator
    def _check_base(self, attribute: Attribute[str], value: str) -> None:
        if value not in BASE_CURRENCIES:
            known = ", ".join(BASE_CURRENCIES)
            problem = f"must be a currency the ECB quotes ({known}); got {value!r}"
            raise SettingsError(f"{attribute.name} {problem}")

    @resolution.validator
    def _check_resolution(self, attribute: Attribute[str], value: str) -> None:
        allowed = ("latest", "most-sources", "priority")
        if value not in allowed:
            raise SettingsError(f"{attribute.name} must be one of {', '.join(allowed)}; got {value!r}")


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _topic_tuple(value: Iterable[Topic]) -> tuple[Topic, ...]:
    return tuple(value)


@frozen
class Topic:
    """A digest section: its name, the newsletter section words and the keywords that lead to it."""

    name: str
    #: Words of newsletter section headings that map here ("business", "markets").
    sections: tuple[str, ...] = field(default=(), converter=_strings)
    #: Words of headlines that suggest this topic (acronyms and words of three letters match whole).
    keywords: tuple[str, ...] = field(default=(), converter=_strings)


#: The default topics, in digest order; the last one catches what matches nothing, and its own
#: evidence (sport, culture) keeps a story there when a newsletter printed it under a wrong section.
DEFAULT_TOPICS: tuple[Topic, ...] = (
    Topic(
        "Markets & Economy",
        ("econom", "market", "financ", "money", "number"),
        (
            "stocks", "shares rose", "shares fell", "index", "yuan", "bond", "inflation", "GDP", "PMI",
            "factory activity", "interest rate", "prime rate", "central bank", "PBOC", "home prices",
            "property", "export", "import", "trade data", "markets", "bitcoin", "crypto", "copper",
            "oil price", "tariff", "currency", "rupee", "economy", "economic", "recession", "unemployment",
            "oil", "crude", "OPEC", "commodit", "gold price", "gas price", "fuel price", "food price",
            "energy price", "consumer price", "stock market", "Wall Street", "S&P",
            "Nasdaq", "Dow Jones", "Federal Reserve", "rate cut", "rate hike",
        ),
    ),
    Topic(
        "Companies & Deals",
        ("business", "corporate", "compan", "deal", "ipo", "listing", "earning"),
        (
            "IPO", "listing", "acquire", "acquisition", "buys", "stake", "merger", "invest", "deal",
            "revenue", "profit", "loss", "earnings", "sales", "deliveries", "fined", "shareholder", "licens",
            "funding", "raises", "valuation", "layoffs", "joint venture",
        ),
    ),
    Topic(
        "Technology",
        ("tech", "ai", "chip", "science", "digital", "engineering", "programming", "research"),
        (
            "AI", "LLM", "model", "chip", "semiconductor", "GPU", "software", "app", "robot", "humanoid",
            "battery", "EV", "electric vehicle", "satellite", "cloud", "data center", "smartphone", "phone",
            "tech", "technolog", "code", "coding", "developer", "open source", "open-source", "API", "agent",
            "benchmark", "dataset", "algorithm", "computing", "quantum", "internet", "browser", "chatbot",
            "GitHub", "compiler", "orbital", "text-to-speech", "video generat", "memory",
        ),
    ),
    Topic(
        "Policy & World",
        (
            "politic", "policy", "world", "geopolit", "diplomac", "government", "white house", "congress",
            "court", "justice", "election", "immigration", "crime", "national security", "defense", "beltway",
        ),
        (
            "government", "minister", "president", "regulator", "ministry", "war", "election", "sanction",
            "talks", "visit", "policy", "law", "lawsuit", "sues", "court", "judge", "military", "attack",
            "airstrike", "kill", "ceasefire", "troops", "protest", "debt", "parliament", "congress",
            "national security", "privacy", "ban", "tax", "EU", "UN", "NATO", "White House", "senat",
            "governor", "Republican", "Democrat", "GOP", "FBI", "Justice Department", "Pentagon",
            "immigration", "shooting", "gunman", "gunfire", "gunshot", "police", "arrest", "indict",
        ),
    ),
    Topic(
        "Other",
        ("sport", "culture", "books", "arts"),
        (
            "marathon", "football", "soccer", "NBA", "NFL", "MLB", "NHL", "tennis", "cricket", "rugby",
            "Olympic", "World Cup", "Premier League", "Champions League", "Super Bowl", "Grand Prix",
            "athlete", "baseball", "basketball", "boxing", "golf", "Wimbledon", "championship", "playoff",
        ),
    ),
)  # fmt: skip


def _topics(_: Any, attribute: Attribute[Any], value: tuple[Topic, ...]) -> None:
    if not value:
        raise SettingsError(f"{attribute.name} needs at least one topic (the last one catches the rest)")
    names = [t.name for t in value]
    if len(set(names)) != len(names):
        raise SettingsError(f"{attribute.name}: topic names must be unique; got {names}")


def _interest(value: Interest | None) -> Interest:
    return Interest() if value is None else value


@frozen
class Interest:
    """What a reader mutes or boosts: sources, sections, keywords and topics (any case).

    A source matches by its name, or its name without the dates some newsletters
    put in it; a section or keyword matches when the section name, headline or
    opening words contain it; a topic matches by name.
    """

    sources: tuple[str, ...] = field(default=(), converter=_strings)
    sections: tuple[str, ...] = field(default=(), converter=_strings)
    keywords: tuple[str, ...] = field(default=(), converter=_strings)
    topics: tuple[str, ...] = field(default=(), converter=_strings)

    def __bool__(self) -> bool:
        return bool(self.sources or self.sections or self.keywords or self.topics)


@frozen
class ComposeSettings:
    """How clusters become the digest: window, headline choice, summary length, topics."""

    #: First and last day of the digest; stories dated outside go to the ledger. In a window an
    #: undated story takes its edition's date; with none it goes to the ledger as "undated".
    since: dt.date | None = None
    until: dt.date | None = None
    #: Keep stories with no date of their own or of their edition in a window.
    include_undated: bool = False
    #: Title of the digest; by default from its period.
    title: str | None = None
    #: Sources whose headline wins, most preferred first.
    preferred_sources: tuple[str, ...] = field(default=(), converter=_strings)
    #: Most words of a headline made from a report's first sentence: a title its splitter cut with
    #: "…" is told whole up to this many words, else up to its first clause boundary within them.
    headline_words: int = field(default=18, validator=_positive)
    #: Most sentences in a merged summary.
    summary_sentences: int = field(default=4, validator=_positive)
    #: Most words in a merged summary (the lead sentence is always kept).
    summary_words: int = field(default=80, validator=_positive)
    #: Digest sections, in order; the last catches stories that match no other.
    topics: tuple[Topic, ...] = field(default=DEFAULT_TOPICS, converter=_topic_tuple, validator=_topics)
    #: Stories told in full: the most widely reported ones (by publications, then reports, then date).
    full_stories: int = field(default=25, validator=_count)
    #: More stories told in full when two or more publications reported them, up to this many in all.
    full_stories_max: int = field(default=40, validator=_count)
    #: Stories ranked after those, told in one line each under "In brief"; the rest are below the cut.
    brief_stories: int = field(default=60, validator=_count)
    #: The highest-ranked stories told in full that two publications or more reported, listed first
    #: under "Top stories" with a link to each (0: no such list). Not shown when fewer than two
    #: stories qualify or when no other story is told in full (the digest is then its own top).
    top_stories: int = field(default=5, validator=_count)
    #: Stories left out (they go to the ledger as "muted").
    mute: Interest = field(factory=Interest, converter=_interest)
    #: Stories ranked as if one more publication had reported them.
    boost: Interest = field(factory=Interest, converter=_interest)

    def __attrs_post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise SettingsError(f"since ({self.since}) must not be after until ({self.until})")
        names = {t.name.casefold() for t in self.topics}
        for kind, interest in (("mute", self.mute), ("boost", self.boost)):
            unknown = [t for t in interest.topics if t.casefold() not in names]
            if unknown:
                known = ", ".join(t.name for t in self.topics)
                raise SettingsError(f"{kind} topics must name digest topics ({known}); got {unknown[0]!r}")


@frozen
class HistorySettings:
    """How a digest is compared with the digests published before it."""

    #: Weeks of published digests a new story is compared with (ten years at most).
    lookback_weeks: int = field(default=8, validator=_weeks)
    #: Similarity (as in clustering) at and above which a story continues a published one.
    threshold: float = field(default=0.3, validator=_unit_interval)


@frozen
class Settings:
    """Everything a run can be told, grouped by stage."""

    reading: ReadSettings = field(factory=ReadSettings)
    clustering: ClusterSettings = field(factory=ClusterSettings)
    figures: FigureSettings = field(factory=FigureSettings)
    compose: ComposeSettings = field(factory=ComposeSettings)
    history: HistorySettings = field(factory=HistorySettings)
    #: Processes for the work of large runs (0: one per core; 1: this process only).
    workers: int = field(default=0, validator=_count)
