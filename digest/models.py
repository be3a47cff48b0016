"""The data model: what was read, what was kept, and what was dropped.

Models hold data only; behaviour lives in the stage modules. Change a model
with :func:`attrs.evolve`.
"""

from __future__ import annotations

import datetime as dt
import enum

from attrs import field, frozen


class Format(enum.StrEnum):
    """The container an edition was read from."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    EML = "eml"
    MBOX = "mbox"
    MAILDIR = "maildir"
    RSS = "rss"
    ATOM = "atom"
    JSONL = "jsonl"
    IMAP = "imap"


@frozen
class Edition:
    """One newsletter issue as read: a file, a message in a mailbox, a feed entry.

    ``position`` tells editions from one container apart (the third message of
    an mbox, the second entry of a feed); it is 0 for single-edition files.
    """

    path: str
    format: Format
    source: str | None = None
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    position: int = 0


@frozen
class Document:
    """An edition's body, normalised to light Markdown for the splitter.

    Every reader turns its format into the same shape: ``#`` headings, blank
    lines between paragraphs, ``- `` bullets, ``**bold**`` and
    ``[text](url)`` links. ``single_story`` marks a feed entry that is one
    story (its ``title`` and ``url`` are the story's) rather than an edition
    to split.
    """

    edition: Edition
    body: str
    single_story: bool = False
    #: Extra source-specific boilerplate patterns (regular expressions).
    boilerplate: tuple[str, ...] = ()


@frozen
class Story:
    """One news item: what the rest of the pipeline clusters and merges.

    ``id`` is stable: derived from the edition's origin and the story's
    content, or taken as given from JSON Lines input.
    """

    id: str
    title: str
    text: str
    source: str
    path: str
    url: str | None = None
    section: str | None = None
    date: dt.date | None = None
    position: int = 0
    edition_date: dt.date | None = None
    format: Format = Format.TEXT
    #: Every link found in the story, canonical form, in order of appearance.
    links: tuple[str, ...] = field(default=())
    #: Groups of link labels in parentheses that credit a sentence, as printed in ``text``
    #: ("(tweet)", "(paper, thread)"): told as links, never as words of the summary.
    credits: tuple[str, ...] = field(default=())


class DropReason(enum.StrEnum):
    """Why something read is not a story in the digest."""

    SPONSOR = "sponsor"
    POLL = "poll"
    PROMOTION = "promotion"  # subscribe / referral / share / app-download prompts
    JOBS = "jobs"
    AFFILIATE = "affiliate"
    FOOTER = "footer"
    NAVIGATION = "navigation"  # menus, tables of contents, teaser lists
    BOILERPLATE = "boilerplate"  # greetings, bylines, reading times, other chrome
    EMPTY = "empty"
    UNREADABLE = "unreadable"
    OUTSIDE_WINDOW = "outside-window"
    UNDATED = "undated"  # no date of its own or of its edition, in a dated window
    DUPLICATE = "duplicate"
    ALREADY_PUBLISHED = "already-published"
    BELOW_THE_CUT = "below-the-cut"  # ranked after the stories told in full and in brief
    MUTED = "muted"  # a source, section, keyword or topic the reader muted
    CHAT = "chat"  # a raw chat or forum message quoted in a recap ("user_123: hi guys")
    SKIPPED = "skipped"  # a folder's own document (README, licence), not a newsletter


@frozen
class Dropped:
    """A ledger entry: something read that is not kept as a story, and why.

    ``text`` is the dropped content itself (truncated for very long blocks),
    so a reader of the ledger can check the decision.
    """

    path: str
    reason: DropReason
    detail: str
    text: str = ""
    source: str | None = None
    position: int = 0
    story_id: str | None = None

    @classmethod
    def of_story(cls, story: Story, reason: DropReason, detail: str) -> Dropped:
        """The ledger entry of a whole story left out (a duplicate, outside the window...)."""
        return cls(
            path=story.path,
            reason=reason,
            detail=detail,
            text=story.title,
            source=story.source,
            position=story.position,
            story_id=story.id,
        )


@frozen
class StoryCluster:
    """Stories that report one event; ``story_ids`` in reading order of the sorted input.

    ``id`` is derived from the member ids, so the same members give the same id
    in every run. ``cohesion`` is the average pairwise similarity of the members
    (1.0 for a single story).
    """

    id: str
    story_ids: tuple[str, ...]
    cohesion: float


@frozen
class Similarity:
    """The verified similarity of two stories, signal by signal."""

    words: float
    names: float
    year_factor: float
    date_factor: float
    same_url: bool
    score: float
    #: 0 or a fraction for two stories of one edition, else 1.
    edition_factor: float = 1.0
    #: Above 1 when both headlines name the same rare subject days apart.
    subject_factor: float = 1.0
    #: Which candidate search found the pair ("all pairs", "LSH + neighbours", "none"...).
    candidate_source: str = ""
    #: How the same-edition rule treats the pair ("one recap edition (may retell)"...).
    edition_rule: str = ""
    #: Distinctive figures the two stories share, counted for stories in different scripts.
    figure_matches: int = 0
    #: 1 when the stories share a rare word (or are in different scripts), else the topic-only factor.
    evidence_factor: float = 1.0
    #: Below 1 when both headlines name versions and share none.
    version_factor: float = 1.0
    #: Below 1 when the headlines name different subjects and the texts share no rare name.
    who_factor: float = 1.0
    #: Below 1 for two stories of one source with another of its editions between them.
    later_edition_factor: float = 1.0
    #: Above 1 when one of the stories comes from a recap edition (it retells in short forms).
    recap_factor: float = 1.0
    #: Below 1 when a headline names a place its subject arrived at ("live in Kilo") that the
    #: other headline does not name: that place's news, not the maker's.
    venue_factor: float = 1.0
    #: The rare words both stories use: the evidence that they report one event, not one topic.
    rare_words: tuple[str, ...] = ()
    #: Which story of the pair is a chat retelling whose channel's topic names were left out of
    #: its names cosine ("A", "B", "both", "neither"; two of one topic keep them: "kept").
    channel_topic: str = "neither"


@frozen
class PairExplanation:
    """The signals of one pair of stories and what the clusterer decided."""

    first: Story
    second: Story
    similarity: Similarity
    threshold: float
    same_cluster: bool
    cluster_size: int

    @property
    def verdict(self) -> str:
        """One sentence a reader can act on."""
        if self.same_cluster:
            return f"together: one cluster of {self.cluster_size} stories"
        if self.similarity.score >= self.threshold:
            return (
                "apart although the pair scores above the threshold: their groups' average "
                "similarity stays below it (average-link stops bridges)"
            )
        return f"apart: similarity {self.similarity.score:.3f} is below the threshold {self.threshold:.3f}"


class FigureKind(enum.StrEnum):
    """What a figure counts."""

    MONEY = "money"
    PERCENT = "percent"
    POINTS = "percentage-points"
    COUNT = "count"
    MULTIPLE = "multiple"


@frozen
class Figure:
    """One figure as printed in a story."""

    text: str
    kind: FigureKind
    value: float
    #: The interval the printed precision and qualifier allow, in the figure's unit.
    low: float
    high: float
    #: Half the width the printed precision alone allows ("5.2 billion": 0.05 billion).
    half: float
    #: ISO currency code(s) for money ("JPY|CNY" while "¥" is undecided), "%", "pp", "x", or the noun counted.
    unit: str
    qualifier: str | None
    sentence: str
    #: Measure families near the figure ("listing", "sales", "stake").
    measures: frozenset[str]
    #: Names in the sentence (lower-cased), the figure's likely subjects.
    names: frozenset[str]
    #: Index (within the story's figures) of the figure this one restates in brackets, or -1.
    restates: int = -1
    #: Words naming what the figure pays for or measures ("for a 10% stake": stake; "on LMArena": lmarena).
    about: frozenset[str] = frozenset()


@frozen
class FigureValue:
    """One report of a figure: the text as printed, who printed it and when."""

    text: str
    source: str
    date: dt.date | None
    story_id: str
    #: The value in the base currency (money), or in the figure's own unit (JSON: ``converted``).
    value: float | None
    #: The number as printed, in its own unit ("$14 billion": 14e9 USD; "49%": 49).
    printed: float | None = None
    #: ISO currency (money), "%", "pp", "x" or the noun counted.
    unit: str = ""
    #: The interval the printed precision and qualifier allow, in the figure's own unit.
    low: float | None = None
    high: float | None = None
    #: The sentence of the source the figure was read from.
    sentence: str = ""


@frozen
class AgreedFigure:
    """A figure the reports agree on, with every way it was expressed."""

    kind: str
    measure: str
    #: The expression shown first, then the other expressions of the same figure.
    text: str
    expressions: tuple[str, ...]
    sources: tuple[str, ...]
    values: tuple[FigureValue, ...]


@frozen
class Conflict:
    """Reports that disagree about one figure: every value, and the one the resolution chose."""

    kind: str
    measure: str
    values: tuple[FigureValue, ...]
    chosen: FigureValue
    #: How the headline value was chosen, or what does not match.
    note: str


@frozen
class Reconciliation:
    """The agreed figures and the conflicts of one cluster."""

    figures: tuple[AgreedFigure, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    #: Every figure a report states, in order: the agreed ones and those only one report gives.
    stated: tuple[AgreedFigure, ...] = ()


@frozen
class Sentence:
    """A summary sentence and the story it was taken from."""

    text: str
    story_id: str
    source: str


@frozen
class SourceRef:
    """One report of the merged story: who, when, where."""

    source: str
    date: dt.date | None
    url: str | None
    title: str
    story_id: str


@frozen
class FollowUp:
    """The earlier published story a merged story continues, and what is new since."""

    #: The earlier digest's period key ("2026-W05") and dates.
    period: str
    since: dt.date
    until: dt.date
    cluster_id: str
    headline: str
    #: What changed or was added: figures first ("deliveries: 210,051 vehicles, was 180,000").
    changes: tuple[str, ...] = ()


class Placement(enum.StrEnum):
    """Where a merged story goes in the digest, by its rank."""

    FULL = "full"
    BRIEF = "brief"
    BELOW_THE_CUT = "below-the-cut"
    MUTED = "muted"


@frozen
class MergedStory:
    """A cluster told once."""

    cluster_id: str
    headline: str
    #: The member whose title is the headline.
    headline_story: str
    summary: tuple[Sentence, ...]
    #: Each report, best covered first.
    sources: tuple[SourceRef, ...]
    story_ids: tuple[str, ...]
    #: The latest date among the reports (None when no report is dated).
    date: dt.date | None
    #: The sections the newsletters printed it under, in order of first use.
    sections: tuple[str, ...]
    #: The digest topic it is listed under (set by :func:`digest.compose.topics.assign_topic`).
    topic: str = ""
    #: Figures the reports agree on (set by :func:`digest.figures.reconcile.reconcile`).
    figures: tuple[AgreedFigure, ...] = ()
    #: Figures the reports disagree on; always shown.
    conflicts: tuple[Conflict, ...] = ()
    #: Every figure a report states, agreed or single (what the history remembers); None when
    #: the merge did not reconcile them.
    stated_figures: tuple[AgreedFigure, ...] | None = None
    #: The reports whose opening states a figure and names its actor
    #: (:func:`digest.compose.evidence.states_figures`), worked out where the cluster was merged
    #: (in a worker process, for a large run) for a story of two publications or more, which the
    #: ranking compares on it; None when not worked out (the ranking reads the reports then).
    figure_openings: frozenset[str] | None = None
    #: The reports that tell what a community's members said (:func:`digest.compose.evidence.told_by_chat`
    #: of each alone), worked out where ``figure_openings`` is; None when not worked out.
    chat_reports: frozenset[str] | None = None
    #: Whether the headline's report opens stating a figure and naming its actor
    #: (:func:`digest.compose.evidence.states_figures`), worked out where the cluster was merged for
    #: a story of one publication, whose turn in In brief rests on it; None when not worked out
    #: (the ranking reads the report then).
    lead_figures: bool | None = None
    #: The story of an earlier digest this one continues (set by :func:`digest.history.followup.follow_up`).
    follows: FollowUp | None = None
    #: 1 for the most widely reported story of the digest; 0 before ranking.
    rank: int = 0
    #: Told in full, in brief, below the cut or muted (set by :func:`digest.compose.rank.place`).
    placement: Placement = Placement.FULL
    #: Distinct publications that reported it (sources with dates taken out of their names).
    publications: int = 0

    @property
    def source_names(self) -> tuple[str, ...]:
        """The distinct sources that reported it, in order."""
        return tuple(dict.fromkeys(ref.source for ref in self.sources))


@frozen
class Split:
    """What one document gave: its edition (source and date filled in), stories, ledger."""

    edition: Edition
    stories: tuple[Story, ...]
    dropped: tuple[Dropped, ...]


@frozen
class Reading:
    """What a set of inputs gave: editions, stories in reading order, and the ledger."""

    editions: tuple[Edition, ...]
    stories: tuple[Story, ...]
    dropped: tuple[Dropped, ...]


@frozen
class Digest:
    """The structured result of a run: what was read, how it was grouped, and the ledger.

    ``clusters`` and ``merged`` are aligned: ``merged[k]`` tells ``clusters[k]``.
    ``stories`` are the stories inside the window, the ones the clusters hold.
    """

    editions: tuple[Edition, ...]
    stories: tuple[Story, ...]
    clusters: tuple[StoryCluster, ...]
    dropped: tuple[Dropped, ...]
    merged: tuple[MergedStory, ...] = ()
    #: First and last day the digest covers (the window, else the span of its dated stories).
    period: tuple[dt.date, dt.date] | None = None
    title: str = "Newsletter digest"
    #: Topic names in digest order.
    topics: tuple[str, ...] = ()
    #: Cluster ids of the top stories (``ComposeSettings.top_stories``), highest rank first.
    top: tuple[str, ...] = ()


@frozen
class WeeklyRun:
    """What a weekly run did: the digest it published, where, and the history key it recorded.

    ``target`` is None when nothing was published: no story fell in the window.
    """

    digest: Digest
    target: str | None
    #: The period key recorded in the history ("2026-W06"), or None when nothing was recorded.
    recorded: str | None = None
    #: The message the run mailed, or None (no mail asked for, or already sent for this period).
    mailed: Mailed | None = None
    #: When the period's digest was mailed by an earlier run (so this run did not send it again).
    already_sent: str | None = None


@frozen
class Mailed:
    """A digest sent by mail: to whom, under which Message-ID, through which server (no credentials)."""

    recipients: tuple[str, ...]
    message_id: str
    server: str
