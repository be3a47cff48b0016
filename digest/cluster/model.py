"""The verified similarity of story pairs, every signal computed for many pairs at once with numpy.

The similarity mixes TF-IDF cosine over all words with cosine over names and numbers,
lowered when the stories mention disjoint years, are dated far apart or come from one
curated edition, raised when both headlines name the same rare subject days apart, and
set to 1 for the same canonical URL. A story written in another script (a Chinese
retelling of an English report) shares no word with its original: for such a pair the
evidence is the distinctive figures and Latin-letter names both carry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import numpy as np
from attrs import evolve
from scipy.sparse import csr_matrix

from digest.cluster.discussion import is_discussion
from digest.cluster.figurekeys import figure_keys, is_cjk, latin_names
from digest.cluster.subjects import title_subjects
from digest.cluster.tokens import find_tokens, normalise
from digest.cluster.vectors import RunVectors, run_vectors
from digest.models import Format, Story
from digest.parallel import in_threads
from digest.settings import ClusterSettings
from digest.text.shape import first_sentence

__all__ = [
    "Model",
    "Signals",
    "edition_keys",
    "is_roundup",
    "is_topic_list",
    "lead_claim",
    "matching_leads",
    "pair_dots",
    "title_versions",
]

#: Formats whose stories do not come from splitting one edition (a feed may carry many outlets).
_STANDALONE = frozenset({Format.JSONL, Format.RSS, Format.ATOM})
#: A figure key or Latin name is distinctive when at most this share of the run's stories (or 10) have it.
_RARE_SHARE = 0.05
#: A word the run capitalises in fewer than this share of the stories that use it is no name.
_NAME_SHARE = 0.5
#: A word used by more than this share of a run is its topic, never rare, however small the run.
_TOPIC_SHARE = 0.1
#: Similarity each piece of shared evidence (a figure, a Latin name) gives a pair across scripts;
#: it takes a figure and one more piece.
_EVIDENCE = 0.2


class Signals(NamedTuple):
    """Every factor of many pairs, one array each (``score`` is the verified similarity)."""

    year: Any
    date: Any
    edition: Any
    subject: Any
    #: One canonical link, under headlines that do not name different rare subjects (score 1).
    same_url: Any
    figures: Any
    #: 1 for pairs that share a rare word (or are in different scripts), else ``topic_only_factor``.
    evidence: Any
    #: ``version_penalty`` for headlines that name versions, none shared (Eleven v3 vs AI 2.0), else 1.
    version: Any
    #: ``subject_conflict_factor`` for headlines about different subjects whose texts share no name, else 1.
    who: Any
    #: ``later_edition_factor`` for two stories of one source two editions or more apart, else 1.
    later: Any
    #: ``recap_factor`` for a pair with a story of a recap edition (once recaps are known), else 1.
    recap: Any
    #: ``venue_factor`` once per headline naming a place its subject arrived at that the other does not.
    venue: Any
    score: Any


class Model:
    """Corpus-wide statistics for one clustering run (not shared between runs)."""

    def __init__(  # noqa: PLR0915 - the run's statistics, one after another
        self, stories: Sequence[Story], settings: ClusterSettings, workers: int = 1
    ) -> None:
        self.stories = stories
        self.settings = settings
        #: Threads for the pair dot products of many pairs (:func:`pair_dots`): scipy's sparse
        #: products release the GIL, and the parent has the cores to itself once the vectors are in.
        self.threads = workers
        read = matching_leads(matching_titles(stories))
        vectors = run_vectors(read, workers, settings.passage_from, settings.passage_words)
        self.words, self.terms, self.names = vectors.words, vectors.terms, vectors.names
        #: Per story, its row in ``lead_words`` and ``lead_names`` (-1: no lead; most stories), and
        #: the words of its text as read (a roundup's first claim; all 0 when leads are off).
        no_lead = np.full(len(stories), -1, dtype=np.int64)
        self.leads = no_lead if vectors.lead_places is None else vectors.lead_places
        self.lengths = np.zeros(len(stories), dtype=np.int64) if vectors.lengths is None else vectors.lengths
        #: Word and name rows of the long stories' leads (:mod:`digest.cluster.passages`).
        self.lead_words, self.lead_names = vectors.passage_words, vectors.passage_names
        #: Columns of single words: the terms a story's signature may use.
        self.single_words = vectors.single
        nat = np.iinfo(np.int64).min
        self.days = np.asarray([s.date.toordinal() if s.date else nat for s in stories], dtype=np.int64)
        urls = sorted({s.url for s in stories if s.url})
        url_ids = {u: k for k, u in enumerate(urls)}
        self.editions = edition_keys(stories)
        #: Per story, the place of its edition among its source's editions (-1: no edition).
        self.edition_ranks = _edition_ranks(stories, self.editions)
        self.columns = _column_keys(stories)
        #: Per story, the community of a recap its section belongs to (-1: none; ``community_meeting``).
        self.communities = community_keys(stories)
        #: 0/1 per story and link it carries that at most ``_RARE_LINK_STORIES`` stories carry.
        self._links = _rare(
            _indicator(frozenset(s.links) | ({s.url} if s.url else set()) for s in stories),
            _RARE_LINK_STORIES,
        )
        self.sources = _numbers([s.source for s in stories])
        self.files = _numbers([s.path for s in stories])
        self.urls = _story_links(
            np.asarray([url_ids[s.url] if s.url else -1 for s in stories], dtype=np.int64), self.editions
        )
        #: Per edition, whether its stories may be the same event (a recap); set by the grouping.
        self.recap = np.zeros(int(self.editions.max(initial=-1)) + 2, dtype=bool)  # one spare: no edition
        #: Whether ``recap`` is decided: until then no pair is raised for a recap's retelling.
        self.recaps_known = False
        self.years = _indicator(vectors.years)
        self._versions = _indicator(title_versions(s.title) for s in stories)
        #: The column of each single word of ``words``.
        word_column = {term: k for k, term in enumerate(vectors.terms) if term is not None}
        # Names as the run writes them: not the common words a Title Case headline capitalises.
        named_sets = _binary(_names_only(self.names, vectors, word_column))
        #: Whether each story tells what an unnamed participant said (:func:`is_discussion`).
        self.discussion = np.fromiter((is_discussion(s) for s in stories), dtype=bool, count=len(stories))
        #: Per chat retelling, the names of its channel's topic it carries (0/1; see
        #: ``channel_topic_weight``), and the names before they were weighed down (``None``: none were).
        self._channel_topics, self._names_whole = self._weigh_channel_topics(named_sets)
        #: Names of at most a tenth of the run's stories (or 10): "AI" in a week of AI news is its
        #: topic and tells no two reports apart, so it is not counted as a shared name. (A twentieth
        #: was tried: in a week of 924 stories it also took the week's largest event's names.)
        self._distinctive_names = _rare(named_sets, max(10, _TOPIC_SHARE * len(stories)))
        #: Names rare enough to say which event without a shared rare word (``topic_name_share``).
        self._named_for_event = _rare(named_sets, max(10, settings.topic_name_share * len(stories)))
        self.listing = np.fromiter((is_topic_list(s) for s in stories), dtype=bool, count=len(stories))
        subjects = title_subjects(stories, named=vectors.named)
        #: 0/1 per story and the rare subject its headline names (:func:`title_subjects`).
        self.subjects = _indicator(subjects)
        #: Rare names each story's text writes as names (not a Title Case headline's capitals).
        self._text_names = _rare(
            _indicator(named.text for named in vectors.named), max(2, _TOPIC_SHARE * len(stories))
        )
        self.cjk = np.fromiter(
            (is_cjk(f"{s.title}\n{s.text[:2000]}") for s in stories), dtype=bool, count=len(stories)
        )
        figures, names = _evidence(stories, self.cjk)
        distinctive = max(10, _RARE_SHARE * len(stories))
        self._figures = _rare(_indicator(figures), distinctive)
        self._latin = _rare(_indicator(names), distinctive)
        rare = min(
            max(settings.rare_word_stories, settings.rare_word_share * len(stories)),
            _TOPIC_SHARE * len(stories),
        )
        #: Whether a shared word can be rare at all (a run of a few stories cannot tell).
        self.tells_rare = rare >= 2
        #: 0/1 per story and rare single word (see ``ClusterSettings.rare_word_stories``).
        self.rare_words = _binary(_rare(self.words, rare, self.single_words))
        #: ``rare_words`` without the subjects of each story's own headline (see ``combine``).
        self.rare_beyond_subject = _without_subjects(self.rare_words, subjects, word_column)
        self._headline_subjects = subjects
        #: Per story, the place its headline says its subject arrived at ("MiniMax M2.1 is live in
        #: Kilo"; see ``venue_factor``), and the words of the headlines paired with such a story,
        #: read the first time a pair asks (most runs name no place).
        self.venues = _venues(stories, named_sets, vectors.name_terms)
        self._placed = np.fromiter(map(bool, self.venues), dtype=bool, count=len(stories))
        self._title_words: dict[int, frozenset[str]] = {}
        #: Per story looked at, which name of its headline each subject belongs to (``_parties``).
        self._parties: dict[int, dict[str, int]] = {}
        self._rare_names = _rare(named_sets, rare)
        #: ``_rare_names`` without the names most items of the story's own column carry (its topic).
        self._rare_names_beyond_column = _beyond_column_topic(self._rare_names, self.columns, self.editions)

    def cosine(self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any]) -> tuple[Any, Any]:
        """Word and name cosines of the story pairs (rows[k], cols[k]), in chunks to bound memory."""
        threads = self.threads
        return pair_dots(self.words, rows, cols, threads), pair_dots(self.names, rows, cols, threads)

    def combine(
        self,
        rows: np.ndarray[Any, Any],
        cols: np.ndarray[Any, Any],
        word: Any,
        name: Any,
        *,
        rare_shared: np.ndarray[Any, Any] | None = None,
    ) -> Signals:
        """Every factor and the verified similarity of the pairs (rows[k], cols[k]).

        ``rare_shared``: how many rare words (``rare_words``) each pair shares, when the caller
        counted them already (from a Gram matrix of many pairs' rows); else counted here.
        """
        settings = self.settings
        name = self.within_topic(rows, cols, name)
        word, name = self._through_leads(rows, cols, word, name)
        year_factor = np.where(_disjoint(self.years, rows, cols), settings.year_penalty, 1.0)
        # Two headlines that name versions (Eleven v3, Conversational AI 2.0), none shared: two
        # releases of one maker, not one event.
        version_factor = np.where(_disjoint(self._versions, rows, cols), settings.version_penalty, 1.0)
        nat = np.iinfo(np.int64).min
        dated = (self.days[rows] != nat) & (self.days[cols] != nat)
        days = np.where(dated, np.abs(self.days[rows] - self.days[cols]), 0)
        window = settings.date_window_days
        date_factor = np.where(
            days > window, np.maximum(0.5, 1.0 - 0.5 * (days - window) / (3 * window)), 1.0
        )
        same_url = self._same_link(rows, cols)
        edition = self.editions[rows]
        same_edition = (edition >= 0) & (edition == self.editions[cols])
        # One curated edition does not list the same event twice; a recap retells it.
        curated = same_edition & ~self.recap[edition]
        edition_factor = np.where(curated, settings.same_edition_penalty, 1.0)
        # The same rare subject in both headlines, days apart: one running story.
        running = self._same_subject(rows, cols, dated & (days <= window) & ~same_edition)
        subject_factor = np.where(running, settings.subject_boost, 1.0)
        # Both headlines about a rare subject, none shared, and no rare name in common in the texts
        # either: who differs ("Anthropic hits $3B revenue", "SpaceX revenue to near $16B").
        who_factor = np.ones(len(rows))
        if settings.subject_conflict_factor < 1.0:  # off by default
            conflict = _disjoint(self.subjects, rows, cols)
            conflict[conflict] = _dots_where(self._text_names, rows, cols, conflict) == 0
            who_factor[conflict] = settings.subject_conflict_factor
        # Across scripts words cannot meet: shared distinctive figures and Latin names speak instead.
        across = self.cjk[rows] != self.cjk[cols]
        # Reports of one event share a rare word (a name, a figure, what happened); chatter about
        # one topic shares only its common words and names.
        evidence = across | self._share_evidence(rows, cols, rare_shared) | (not self.tells_rare)
        name = self._counted_names(rows, cols, word, name, evidence)
        mixed = (1 - settings.name_weight) * word + settings.name_weight * name
        evidence_factor = np.where(evidence, 1.0, settings.topic_only_factor)
        # A running story is one subject and one event: two headlines naming the subject whose
        # stories share no evidence of an event are two stories about it ("Show HN: iOS Screen
        # Time from a REST API" and a chat's "REST API Key Confusion"), not raised.
        if settings.topic_only_factor < 1.0:  # 1 switches the evidence rule off, this part too
            subject_factor = np.where(evidence, subject_factor, 1.0)
        figures = np.zeros(len(rows))
        if across.any():
            figures[across] = pair_dots(self._figures, rows[across], cols[across])
            names = pair_dots(self._latin, rows[across], cols[across])
            evidence = figures[across] + names
            found = (figures[across] >= 1) & (evidence >= 2)
            mixed[across] = np.where(found, np.maximum(mixed[across], _EVIDENCE * evidence), mixed[across])
        # Two items of one recurring column (a section heading met again, counts aside) share its
        # topic by construction: they must agree on more than the topic, such as a rare name. Not
        # so for two outlets an aggregator gathers under one heading of one file.
        same_column = (self.columns[rows] >= 0) & (self.columns[rows] == self.columns[cols])
        gathered = (self.files[rows] == self.files[cols]) & (self.sources[rows] != self.sources[cols])
        same_column &= ~gathered
        same_column[same_column] = _dots_where(self._rare_names_beyond_column, rows, cols, same_column) == 0
        factor = year_factor * version_factor * date_factor * edition_factor * subject_factor * who_factor
        later_factor = np.where(self._later_editions(rows, cols), settings.later_edition_factor, 1.0)
        recap_factor = self._recap_factor(rows, cols, word)
        venue_factor = self._venue_factor(rows, cols)
        factor = factor * evidence_factor * later_factor * recap_factor * venue_factor
        factor = np.where(same_column, factor * settings.same_column_factor, factor)
        score = np.where(same_url, 1.0, np.minimum(mixed * factor, 1.0))
        score[self.listing[rows] | self.listing[cols]] = 0.0
        return Signals(
            year_factor,
            date_factor,
            edition_factor,
            subject_factor,
            same_url,
            figures,
            evidence_factor,
            version_factor,
            who_factor,
            later_factor,
            recap_factor,
            venue_factor,
            np.round(score, 6),
        )

    def event_evidence(self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """Whether each pair shares evidence of one event beyond words and names: a link few stories
        carry, a rare figure, or a version both headlines name (``community_meeting``)."""
        seen: np.ndarray[Any, Any] = pair_dots(self._links, rows, cols) >= 1
        seen |= pair_dots(self._figures, rows, cols) >= 1
        seen |= pair_dots(self._versions, rows, cols) >= 1
        return seen

    def covers_names(self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """Whether each pair's headlines name a rare subject or a version in common, and the second
        story names every distinctive name of the first (a headline-only item's names, all met)."""
        seen: np.ndarray[Any, Any] = pair_dots(self.subjects, rows, cols) >= 1
        seen |= pair_dots(self._versions, rows, cols) >= 1
        names = self._distinctive_names
        seen[seen] = pair_dots(names, rows[seen], cols[seen]) >= _count(names, rows[seen])
        return seen

    def _weigh_channel_topics(self, named_sets: csr_matrix) -> tuple[csr_matrix, csr_matrix | None]:
        """The chat retellings' channel topics (:func:`_channel_topics`), weighed down in ``names``
        (``channel_topic_weight``), and the names as they were (``None`` if none was)."""
        topics = _channel_topics(named_sets, self.columns, self.editions, self.discussion)
        weight = self.settings.channel_topic_weight
        if weight >= 1.0 or not topics.nnz:
            return topics, None
        whole = self.names
        self.names = _weighed_down(whole, topics, weight)
        return topics, whole

    def channel_topic(self, first: int, second: int) -> str:
        """Which of stories ``first`` and ``second`` has its channel's topic names left out of its
        names cosine with the other (see ``within_topic``): "A", "B", "both", "neither" or "kept"."""
        if self._names_whole is None:
            return "neither"
        marked = [bool(self._channel_topics[k].nnz) for k in (first, second)]
        if all(marked):
            rows, cols = np.asarray([first]), np.asarray([second])
            return (
                "kept"
                if _dots_where(self._channel_topics, rows, cols, np.ones(1, dtype=bool))[0] > 0
                else "both"
            )
        return "A" if marked[0] else "B" if marked[1] else "neither"

    def within_topic(self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any], name: Any) -> Any:
        """The names cosine of each pair, with the whole names of two chat retellings that share their
        channels' topic: between two conversations of one channel the topic is no proof of one event
        either, but that is the same-column rule's to judge (``same_column_factor``), with the names
        beyond the topic, and a channel's summary and its thread retell one conversation.
        """
        if self._names_whole is None or not len(rows):
            return name
        both = self.discussion[rows] & self.discussion[cols]
        both[both] = _dots_where(self._channel_topics, rows, cols, both) > 0
        if not both.any():
            return name
        name = np.array(name, dtype=np.float64)
        name[both] = _dots_where(self._names_whole, rows, cols, both)
        return name

    def _through_leads(
        self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any], word: Any, name: Any
    ) -> tuple[Any, Any]:
        """Word and name cosines of each pair, those of a long story's lead with the other story
        where they mix higher than the whole story's and the other is ``passage_ratio`` times
        shorter or more (a brief against an essay, not two articles).
        """
        leads, lead_words, lead_names = self.leads, self.lead_words, self.lead_names
        if lead_words is None or lead_names is None or not len(rows):
            return word, name
        weight, ratio, keep = (
            self.settings.name_weight,
            self.settings.passage_ratio,
            self.settings.passage_factor,
        )
        word = np.array(word, dtype=np.float64)
        name = np.array(name, dtype=np.float64)
        # A lead speaks for its story only beside a report of the same days: a lead names what a
        # look-alike event of another time also names (two climbing accidents on one mountain, two
        # crises of one government), and undated stories (an archive of articles) say nothing of when.
        nat = np.iinfo(np.int64).min
        dated = (self.days[rows] != nat) & (self.days[cols] != nat)
        near = dated & (
            np.abs(np.where(dated, self.days[rows] - self.days[cols], 0)) <= self.settings.date_window_days
        )
        for whole, long in ((rows, cols), (cols, rows)):
            pairs = np.flatnonzero(
                near & (leads[long] >= 0) & (self.lengths[whole] * ratio <= self.lengths[long])
            )
            if not pairs.size:
                continue
            lead = leads[long[pairs]]
            words = keep * pair_dots(self.words, whole[pairs], lead, self.threads, lead_words)
            names = keep * pair_dots(self.names, whole[pairs], lead, self.threads, lead_names)
            higher = (1 - weight) * words + weight * names > (1 - weight) * word[pairs] + weight * name[pairs]
            word[pairs[higher]] = words[higher]
            name[pairs[higher]] = names[higher]
        return word, name

    def _counted_names(
        self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any], word: Any, name: Any, evidence: Any
    ) -> Any:
        """The names cosine of each pair, as far as shared names may lift it above the words cosine.

        One shared name says who, not what: alone it cannot lift a pair above its words. Names a
        tenth of the run carries (its topic: "AI" in a week of AI news) are not counted. Without
        ``evidence`` (a rare word in common), the names must be rarer than the run's topic names
        (``topic_name_share``): "OpenAI ships pinned chats in ChatGPT" and "OpenAI opens ChatGPT to
        third-party apps" share who, not what.
        """
        count = self.settings.names_to_count
        if count <= 1:
            return name
        name = np.asarray(name, dtype=np.float64).copy()
        for names, where in ((self._distinctive_names, True), (self._named_for_event, ~evidence)):
            lifted = (name > word) & where
            alone = _dots_where(names, rows, cols, lifted) < count
            name[np.flatnonzero(lifted)[alone]] = word[lifted][alone]
        return name

    def _same_link(self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """Whether each pair carries one canonical link that proves one event.

        Only under headlines that do not name different rare subjects or different versions: a
        page many happenings cite (a site's home, a repository file, a channel, a leaderboard) is
        no proof of one ("Prisma Toolkit Wins Award and HF Integration" and "Alibaba Opens Qwen3
        to the World", both linking huggingface.co). Such a pair is scored on its words and names.
        """
        same: np.ndarray[Any, Any] = (self.urls[rows] >= 0) & (self.urls[rows] == self.urls[cols])
        same[same] = ~_disjoint(self.subjects, rows[same], cols[same])
        # Nor under headlines that name versions, none shared: a leaderboard both cite ("GPT-5.2
        # Debuts on Text Arena", "ERNIE-5.0 Dominates Text Arena") lists two releases.
        same[same] = ~_disjoint(self._versions, rows[same], cols[same])
        return same

    def _same_subject(
        self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any], apart: np.ndarray[Any, Any]
    ) -> np.ndarray[Any, Any]:
        """Whether each pair's headlines name a rare subject in common (only where ``apart``)."""
        subjects = self.subjects
        running: np.ndarray[Any, Any] = apart & (_count(subjects, rows) > 0) & (_count(subjects, cols) > 0)
        running[running] = _dots_where(subjects, rows, cols, running) > 0
        return running

    def _share_evidence(
        self,
        rows: np.ndarray[Any, Any],
        cols: np.ndarray[Any, Any],
        counted: np.ndarray[Any, Any] | None = None,
    ) -> np.ndarray[Any, Any]:
        """Whether each pair shares a rare word; with a recap's story, one beyond its headline's subject.

        A recap's items about a product all carry its name: there the name a headline is about
        is the chatter's topic, and only another rare word is evidence. "Nano Banana Pro Enables
        Fraud" and "Nano Banana Pro Debates Hot-Dog Sandwich Status" share the subject only;
        "Nano Banana Pro Pushes Photorealism and Fraud Fears" shares "fraud" and "document" too.
        ``counted``: the rare words each pair shares, when the caller has counted them.
        """
        shared: np.ndarray[Any, Any] = (
            pair_dots(self.rare_words, rows, cols, self.threads)
            if counted is None
            else np.array(counted, dtype=np.float64)  # counts of 0/1 entries: exact however summed
        )
        if self.recaps_known:
            retold = self.in_recap(rows) | self.in_recap(cols)
            shared[retold] = pair_dots(self.rare_beyond_subject, rows[retold], cols[retold])
            # Two parties both headlines name ("Samsung Courts Perplexity", "Samsung Nears Deal
            # With Perplexity") say who did what with whom: that is an event, not a topic.
            both = retold & (shared == 0)
            both[both] = _dots_where(self.subjects, rows, cols, both) >= 2
            for k in np.flatnonzero(both):
                shared[k] = self._two_parties(int(rows[k]), int(cols[k]))
        found: np.ndarray[Any, Any] = shared > 0
        return found

    def _two_parties(self, first: int, second: int) -> bool:
        """Whether the subjects both headlines share are two names or more in each headline."""
        one, other = self._names_of(first), self._names_of(second)
        common = one.keys() & other.keys()
        return len({one[t] for t in common}) >= 2 and len({other[t] for t in common}) >= 2

    def _names_of(self, story: int) -> dict[str, int]:
        """:func:`_parties` of a story's headline, worked out the first time a pair asks."""
        if story not in self._parties:
            self._parties[story] = _parties(self.stories[story].title, self._headline_subjects[story])
        return self._parties[story]

    def _recap_factor(
        self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any], word: Any
    ) -> np.ndarray[Any, Any]:
        """``recap_factor`` for pairs with a story of a recap edition (once recaps are known), else 1.

        A recap retells events in short forms (a tweet, a forum title, a chat summary) that share
        few words with any other report of the event: its pairs need less to meet. The raise makes
        up for fewer shared words, so a pair whose words cosine is under half the threshold (a
        candidate edge's floor) is not raised: there names alone speak ("Blue Origin launches"
        and "Network Bottleneck Blues for 30 Machines" share "blue" and a number).
        """
        if not self.recaps_known or self.settings.recap_factor == 1.0:
            return np.ones(len(rows))
        retold = self.in_recap(rows) | self.in_recap(cols)
        retold &= np.asarray(word) >= self.settings.threshold / 2
        factor: np.ndarray[Any, Any] = np.where(retold, self.settings.recap_factor, 1.0)
        return factor

    def _venue_factor(self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """``venue_factor`` once per story of a pair whose headline's venue the other headline does not name.

        "MiniMax M2.1 is live in Kilo" is Kilo's news, not MiniMax's launch ("MiniMax M2.1 launch
        post") nor OpenRouter's listing ("MiniMax M2.1 comes to OpenRouter"): who did what differs,
        though the product is the same. Two reports of one arrival name its place both.
        """
        factor = np.ones(len(rows))
        placed = self._placed
        if self.settings.venue_factor == 1.0 or not placed.any():
            return factor
        venues = self.venues
        some = np.flatnonzero(placed[rows] | placed[cols])
        for k, a, b in zip(some.tolist(), rows[some].tolist(), cols[some].tolist(), strict=True):
            if venues[a] and not venues[a] & self._headline_words(b):
                factor[k] *= self.settings.venue_factor
            if venues[b] and not venues[b] & self._headline_words(a):
                factor[k] *= self.settings.venue_factor
        return factor

    def _headline_words(self, story: int) -> frozenset[str]:
        """The normalised words of a story's headline, worked out the first time a pair asks."""
        words = self._title_words.get(story)
        if words is None:
            words = frozenset(map(normalise, find_tokens(self.stories[story].title)))
            self._title_words[story] = words
        return words

    def in_recap(self, stories: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """Whether each of ``stories`` (indices) was split from a recap edition."""
        edition = self.editions[stories]
        found: np.ndarray[Any, Any] = (edition >= 0) & self.recap[edition]
        return found

    def _later_editions(self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """Whether each pair is of one source, with another edition of it between theirs.

        A daily that tells a topic again two editions or more later tells a new development (a
        later discussion, a follow-up); its next edition may still retell yesterday's event.
        """
        ranks = self.edition_ranks
        later: np.ndarray[Any, Any] = (ranks[rows] >= 0) & (ranks[cols] >= 0)
        later &= self.sources[rows] == self.sources[cols]
        later &= np.abs(ranks[rows] - ranks[cols]) >= 2
        return later

    def shared_rare_words(self, first: int, second: int) -> tuple[str, ...]:
        """The rare words stories ``first`` and ``second`` both use, in column order."""
        rare = self.rare_words
        shared = np.intersect1d(
            rare.indices[rare.indptr[first] : rare.indptr[first + 1]],
            rare.indices[rare.indptr[second] : rare.indptr[second + 1]],
        )
        return tuple(str(self.terms[c]) for c in shared)

    def apart(self) -> list[int]:
        """Edition labels that keep stories apart: curated editions only, and only when the penalty is 0."""
        if self.settings.same_edition_penalty > 0:
            return [-1] * len(self.stories)
        curated = (self.editions >= 0) & ~self.recap[self.editions]
        labels: list[int] = np.where(curated, self.editions, -1).tolist()
        return labels


#: A trailing bracket of a headline: "(GitHub Repo)", "(Hacker News Thread)", "(4 hour video)".
_LABEL = re.compile(r"\s*\(([^()]{1,40})\)\s*$")


def matching_titles(stories: Sequence[Story]) -> Sequence[Story]:
    """``stories`` with the bracketed labels their source puts after several headlines taken off.

    "Show HN: iOS Screen Time from a REST API (Hacker News Thread)" and "Ask HN: How do I learn
    robotics? (Hacker News Thread)" share their publication's template, not an event: a label
    one source ends two or more of its headlines with says what kind of link follows. A label
    used once ("(Book)") stays: it may be part of that headline.
    """
    labels = Counter(
        (s.source, m[1].casefold()) for s in stories if (m := _LABEL.search(s.title)) is not None
    )
    if not any(count >= 2 for count in labels.values()):
        return stories
    out = list(stories)
    for k, story in enumerate(stories):
        m = _LABEL.search(story.title)
        if m is not None and labels[story.source, m[1].casefold()] >= 2 and m.start() > 0:
            out[k] = evolve(story, title=story.title[: m.start()])
    return out


#: Fewest parts of a headline that lists topics ("Cursor 1.0, Claude Code vs Cursor, MCP").
_LISTED_TOPICS = 3
#: Most words of one listed topic (a longer part is a clause of a sentence).
_TOPIC_WORDS = 6
#: A story with less text than this is a headline alone.
_BODYLESS = 20


#: A roundup cites at least this many sources: one claim each...
_ROUNDUP_SOURCES = 2
#: ... and its first sentence closes this many claims with their source before the next one
#: ("... (@Google), MLX highlights ... (@awnihannun), and ..."): one "Apple (AAPL), Google" is no list.
_ROUNDUP_CLAIM_ENDS = 2
#: The end of a recap's first claim: the bracket of its source, then the next claim ("(@x), and").
_CLAIM_END = re.compile(r"\)\s*[,;]\s")


def is_roundup(story: Story) -> bool:
    """Whether ``story`` is a recap's roundup item: a headline listing topics over text citing sources.

    "NotebookLM, MLX, and Other Infrastructure: Google NotebookLM now allows public notebooks
    (@Google), MLX highlights dynamic quantization (@awnihannun), and Cline v3.17.9 adds ..."
    tells several events, one claim and one link each; its headline names topics, not one event.
    """
    if len(story.text.strip()) < _BODYLESS or story.title.rstrip().endswith("."):
        return False
    if len(story.links) < _ROUNDUP_SOURCES or not _lists_topics(story.title):
        return False
    return len(_CLAIM_END.findall(first_sentence(story.text))) >= _ROUNDUP_CLAIM_ENDS


def lead_claim(text: str) -> str:
    """The first claim of a roundup's text: its first sentence, up to the source it cites first."""
    first = first_sentence(text)
    end = _CLAIM_END.search(first)
    return first[: end.start() + 1] if end else first


def matching_leads(stories: Sequence[Story]) -> Sequence[Story]:
    """``stories`` with each roundup item (:func:`is_roundup`) read as its first claim only.

    A roundup joins the event its lead tells (the first topic its headline lists), as a reader
    and the labels of a real week take it; read whole, its other claims and its headline of
    topics kept it from every cluster (NotebookLM's public notebooks: development week F1
    0.877 -> 0.891).
    """
    roundups = [is_roundup(s) for s in stories]
    if not any(roundups):
        return stories
    return [
        evolve(s, title="", text=lead_claim(s.text)) if roundup else s
        for s, roundup in zip(stories, roundups, strict=True)
    ]


def is_topic_list(story: Story) -> bool:
    """Whether ``story`` is a headline listing several topics with no text (a table of contents).

    Such a line names what was discussed, not one event that happened: it joins no cluster.
    """
    if len(story.text.strip()) >= _BODYLESS or story.title.rstrip().endswith("."):
        return False  # a story with text, or a headline that is a sentence
    return _lists_topics(story.title)


#: Commas and semicolons between topics; not a thousands separator ("12,000").
_TOPIC_SEPARATOR = re.compile(r"(?<!\d)[,;]|[,;](?!\d)")


def _lists_topics(title: str) -> bool:
    """Whether a headline lists several short topics ("Agents, RAG, and AI Tooling").

    A list after a colon whose head names one thing describes that thing ("Qwen3.6-Max-Preview:
    Smarter, Sharper, Still Evolving"): a release's headline, not a table of contents.
    """
    head, colon, _ = title.partition(": ")
    if colon and head.strip() and _TOPIC_SEPARATOR.search(head) is None:
        return False
    parts = [p.split() for p in _TOPIC_SEPARATOR.split(title) if p.strip()]
    return len(parts) >= _LISTED_TOPICS and max(map(len, parts)) <= _TOPIC_WORDS


#: A link carried by more stories than this in one edition is the edition's own (a source
#: page, a placeholder), not evidence that they tell one story.
_EDITION_LINK = 3


def _story_links(urls: np.ndarray[Any, Any], editions: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """``urls`` (a number per link, -1 for none) without the links an edition gives many stories."""
    linked = (urls >= 0) & (editions >= 0)
    if not linked.any():
        return urls
    keys = editions[linked] * (int(urls.max()) + 1) + urls[linked]
    _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    hub = np.unique(urls[linked][counts[inverse.ravel()] > _EDITION_LINK])
    return np.where(np.isin(urls, hub), -1, urls)


#: A version in a headline: ``v3``, ``v0.1``, or a dotted number after a name, by a space or a
#: hyphen (``AI 2.0``, ``Gemini 2.5``, ``GPT-5.2``, ``ERNIE-5.0-Preview``, ``GLM\u20114.7``); not a
#: figure (``grew 5.4 percent``, ``$2.5 billion``, ``2.5%``).
_VERSION = re.compile(r"\b(?:[vV](\d+(?:\.\d+)*)|[A-Z][\w-]*?[ \-\u2011](\d+\.\d+))(?![\w.%])")


#: A headline saying its subject arrived somewhere, then the capitalised words of that place:
#: "comes to OpenRouter", "is live in Kilo", "Lands on Perplexity Max", "Sets Sail in Windsurf",
#: "now available on Bedrock", "Launches on OpenRouter". It opens with the first letters of its
#: verbs, so that the search skips to where one can start (the same matches, 2.4 times faster).
_ARRIVAL = re.compile(
    r"(?=[CcLlAaSsRr])(?i:\b(?:(?:comes?|coming|lands?|landed|landing|arrives?|arrived|arriving|live|available|sails?"
    r"|sail|rolls? out|rolled out)\s+(?:in|on|into|to|at|via|inside)"
    r"|launch(?:es|ed)?\s+(?:in|on|into|at))\s+(?:the\s+)?)([A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*)*)"
)


def headline_venue(title: str) -> tuple[str, ...]:
    """The words of the place a headline says its subject arrived at (``()`` if it names none).

    A place written with a number is a date or an amount ("launch on August 13th", "Launches
    to 10x Dev Productivity"), not a place.
    """
    found = _ARRIVAL.search(title)
    if found is None:
        return ()
    words = [normalise(t) for t in find_tokens(found.group(1))]
    if any(w[:1].isdigit() for w in words):
        return ()
    return tuple(w for w in words if len(w) > 1)


def _venues(
    stories: Sequence[Story], named_sets: csr_matrix, name_terms: Sequence[str | None]
) -> list[frozenset[str]]:
    """Each headline's venue (:func:`headline_venue`), kept to the words the run writes as names.

    A Title Case headline capitalises common words too ("Cursor 1.0 Launches to Mixed Reviews",
    "Pinned Chats Arrive at Last"): only a name the run's texts write as one is a place.
    """
    out: list[frozenset[str]] = []
    for k, story in enumerate(stories):
        words = headline_venue(story.title)
        if words:
            row = named_sets.indices[named_sets.indptr[k] : named_sets.indptr[k + 1]].tolist()
            names = {name_terms[c] for c in row}
            words = tuple(w for w in words if w in names)
        out.append(frozenset(words))
    return out


def title_versions(title: str) -> frozenset[str]:
    """The versions a headline names, as numbers (``Eleven v3`` -> ``3``)."""
    return frozenset(bare or dotted for bare, dotted in _VERSION.findall(title))


def _numbers(values: Sequence[str]) -> np.ndarray[Any, Any]:
    """A number per distinct value, in sorted order."""
    numbers = {value: k for k, value in enumerate(sorted(set(values)))}
    return np.asarray([numbers[v] for v in values], dtype=np.int64)


def _column_keys(stories: Sequence[Story]) -> np.ndarray[Any, Any]:
    """A number per column of a story (-1: none): the kind its headline opens with, where at least
    ``_KIND_ITEMS`` headlines of the run open with it ("Show HN: ...", "Ask HN: ...", "Opinion: ..."),
    else its source's section heading, each read without digits and symbols.

    A kind label is a column that crosses sections and editions: the projects a link digest lists as
    "Show HN: Libretto ...", "Show HN: GoModel ..." share the label and the tools they build on, not
    an event.
    """
    keys: dict[tuple[str, str], int] = {}
    out = np.full(len(stories), -1, dtype=np.int64)
    kinds = [_headline_kind(story.title) for story in stories]
    counts = Counter(kind for kind in kinds if kind)
    for k, story in enumerate(stories):
        if counts[kinds[k]] >= _KIND_ITEMS:
            out[k] = keys.setdefault(("kind", kinds[k]), len(keys))
            continue
        words = _LETTERS.findall((story.section or "").casefold())
        if words:
            out[k] = keys.setdefault((story.format.value, " ".join(words)), len(keys))
    return out


#: A headline's label before a colon ("Show HN: ", "Opinion: ", "Update 2: "): up to 20 characters.
_KIND = re.compile(r"([^:\n]{2,20}):\s")
_LETTERS = re.compile(r"[^\W\d_]+")
#: Headlines that must open with one label for it to be a column of the run.
_KIND_ITEMS = 3


def _headline_kind(title: str) -> str:
    """The label ``title`` opens with, casefolded, its letters only ("" if none)."""
    found = _KIND.match(title)
    return " ".join(_LETTERS.findall(found.group(1).casefold())) if found else ""


#: A name in at least this share of a column's items (of at least ``_COLUMN_ITEMS``) is its topic.
_COLUMN_TOPIC_SHARE = 1 / 3
_COLUMN_ITEMS = 3


def _column_topics(
    names: csr_matrix, columns: np.ndarray[Any, Any], editions: np.ndarray[Any, Any], least: int = 1
) -> csr_matrix:
    """Per story of a recurring column, its column's topic (a row per story, a column per name, 0 or
    more: none for the others): the names at least ``_COLUMN_TOPIC_SHARE`` of the column's items
    (of at least ``_COLUMN_ITEMS``), and at least ``least`` of them, carry.
    """
    # Only a recurring column (its heading met in two editions or more: a channel, a regular
    # section) has a topic of its own; one edition's theme heading gathers one event's items.
    pairs = np.unique(np.stack([columns, editions]), axis=1)
    recurring = np.bincount(pairs[0][pairs[0] >= 0], minlength=int(columns.max(initial=-1)) + 1) >= 2
    inside = np.flatnonzero(columns >= 0)
    inside = inside[recurring[columns[inside]]]
    if not inside.size:
        return csr_matrix(names.shape)
    keys, members = np.unique(columns[inside], return_inverse=True)
    sizes = np.bincount(members, minlength=len(keys))
    by_column = csr_matrix((np.ones(inside.size), (members, inside)), shape=(len(keys), names.shape[0])) @ (
        names > 0
    ).astype(np.float64)
    counts = by_column.tocoo()
    topic = (sizes[counts.row] >= _COLUMN_ITEMS) & (counts.data >= _COLUMN_TOPIC_SHARE * sizes[counts.row])
    topic &= counts.data >= least
    topics = csr_matrix(
        (np.ones(int(topic.sum())), (counts.row[topic], counts.col[topic])), shape=by_column.shape
    )
    return csr_matrix(
        csr_matrix(
            (np.ones(inside.size), (inside, members)),
            shape=(names.shape[0], len(keys)),
        )
        @ topics
    )


def _beyond_column_topic(
    names: csr_matrix, columns: np.ndarray[Any, Any], editions: np.ndarray[Any, Any]
) -> csr_matrix:
    """``names`` without, for a story in a column, the names of the column's topic: those at least
    ``_COLUMN_TOPIC_SHARE`` of the column's items carry ("Background Agents" in a chat channel about
    them; every item of the channel names it, so two items sharing it share the channel, not an event).
    """
    own = _column_topics(names, columns, editions)
    if not own.nnz:
        return names
    out = csr_matrix(names - names.multiply(own > 0))
    out.eliminate_zeros()
    return out


#: A channel's topic, for its chat retellings' names (``channel_topic_weight``), is a name at least
#: this many of its items carry (as well as a third of them).
_CHANNEL_TOPIC_ITEMS = 3


def _channel_topics(
    names: csr_matrix,
    columns: np.ndarray[Any, Any],
    editions: np.ndarray[Any, Any],
    talk: np.ndarray[Any, Any],
) -> csr_matrix:
    """Per chat retelling (``talk``), the names of its channel's topic it carries (0/1, the shape of
    ``names``; ``_column_topics`` with ``_CHANNEL_TOPIC_ITEMS``); other stories' rows are empty."""
    own = _column_topics(names, columns, editions, _CHANNEL_TOPIC_ITEMS)
    if not own.nnz or not talk.any():
        return csr_matrix(names.shape)
    out = csr_matrix(own.multiply(names > 0).multiply(talk[:, None]) > 0, dtype=np.float64)
    out.eliminate_zeros()
    return out


def _weighed_down(names: csr_matrix, marked: csr_matrix, weight: float) -> csr_matrix:
    """``names`` with the entries ``marked`` (0/1) multiplied by ``weight``, rows not scaled again: the
    names that remain weigh what they weighed, the marked ones count for less in any cosine."""
    out = csr_matrix(names - names.multiply(marked) * (1.0 - weight), dtype=names.dtype)
    out.eliminate_zeros()
    return out


#: Links carried by at most this many stories of a run are evidence of one event (``event_evidence``).
_RARE_LINK_STORIES = 10
#: A section heading's mark of a part of a community ("Server ▷ #channel", "Forum › Board").
_PART_OF = re.compile(r"\s*[\u25b7\u203a\u00bb]\s*")


def community_keys(stories: Sequence[Story]) -> np.ndarray[Any, Any]:
    """A number per story's community (-1: none), read from the structure of its file's section
    headings: a heading that marks a part of a whole ("Perplexity AI ▷ #general") names the
    community before the mark; a heading of the same file that opens with such a name
    ("Perplexity AI Discord", the server's own summary) is of that community (the longest name
    it opens with). Headings are read as their words, casefolded; the key is the community's name
    across files (one server in each day's recap)."""
    heads = [_community_head(story.section) for story in stories]
    named: dict[str, set[tuple[str, ...]]] = {}
    for story, (words, part) in zip(stories, heads, strict=True):
        if part and words:
            named.setdefault(story.path, set()).add(words)
    keys: dict[tuple[str, ...], int] = {}
    out = np.full(len(stories), -1, dtype=np.int64)
    for k, (story, (words, _)) in enumerate(zip(stories, heads, strict=True)):
        found = [name for name in named.get(story.path, ()) if words[: len(name)] == name]
        if found:
            out[k] = keys.setdefault(max(found, key=len), len(keys))
    return out


def _community_head(section: str | None) -> tuple[tuple[str, ...], bool]:
    """The words of ``section`` before a part mark (all of them if none) and whether it has one."""
    parts = _PART_OF.split(section or "", maxsplit=1)
    return tuple(_LETTERS.findall(parts[0].casefold())), len(parts) == 2


def edition_keys(stories: Sequence[Story]) -> np.ndarray[Any, Any]:
    """A number per edition a story was split from (-1 for JSON Lines and feed items, which stand alone)."""
    keys: dict[tuple[str, str, str], int] = {}
    out = np.full(len(stories), -1, dtype=np.int64)
    for k, s in enumerate(stories):
        if s.format not in _STANDALONE:
            edition = (s.path, s.source, s.edition_date.isoformat() if s.edition_date else "")
            out[k] = keys.setdefault(edition, len(keys))
    return out


def _parties(title: str, subjects: frozenset[str]) -> dict[str, int]:
    """Each subject of a headline with the number of the name it is part of, in headline order.

    Subjects next to each other, or with only numbers between them, are one name ("Gemini 2.5
    Pro", "Nano Banana Pro"); any other word between two subjects starts a new one ("Samsung
    Courts Perplexity": two names).
    """
    if not subjects:
        return {}
    out: dict[str, int] = {}
    name, gap = 0, False
    for raw in find_tokens(title):
        term = normalise(raw)
        if term in subjects:
            if gap and out:
                name += 1
            out.setdefault(term, name)
            gap = False
        elif not raw[0].isdigit():
            gap = True
    return out


def _without_subjects(
    rare_words: csr_matrix, subjects: Sequence[frozenset[str]], word_column: dict[str, int]
) -> csr_matrix:
    """``rare_words`` with each story's headline subjects (``title_subjects``) taken off its row."""
    indices: list[int] = []
    indptr = [0]
    for own in subjects:
        indices.extend(sorted({word_column[t] for t in own if t in word_column}))
        indptr.append(len(indices))
    if not indices:
        return rare_words
    mine = csr_matrix((np.ones(len(indices)), indices, indptr), shape=rare_words.shape)
    out = csr_matrix(rare_words - rare_words.multiply(mine))
    out.eliminate_zeros()
    return out


def _names_only(names: csr_matrix, vectors: RunVectors, word_column: dict[str, int]) -> csr_matrix:
    """``names`` without the words the run capitalises in under ``_NAME_SHARE`` of the stories using them.

    A Title Case headline ("Anthropic Hits $3 Billion in Annualized Revenue", "9 Lessons From
    Cursor's System Prompt") writes every word with a capital; so does a sentence's first word.
    "Revenue" and "System" are still common words: the run writes them in lower case in most of
    the stories that use them, and two headlines that share them share no name. Numbers stay.
    ``word_column``: the column of each single word of ``vectors.words``.
    """
    # The word column of each name column; -1 for numbers (always names) and names never a word.
    columns = np.asarray(
        [-1 if not term or term[0].isdigit() else word_column.get(term, -1) for term in vectors.name_terms],
        dtype=np.int64,
    )
    named = np.bincount(names.indices, minlength=names.shape[1])
    used = np.bincount(vectors.words.indices, minlength=vectors.words.shape[1])
    common = (columns >= 0) & (named < _NAME_SHARE * used[np.maximum(columns, 0)])
    out = names.copy()
    out.data[common[out.indices]] = 0.0
    out.eliminate_zeros()
    return out


def _edition_ranks(stories: Sequence[Story], editions: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Per story, its edition's place among the dated editions of its source (-1: none or undated).

    Editions of one source on one day share a place: the morning and evening issues follow
    each other.
    """
    days: dict[int, tuple[str, dt.date]] = {}
    for k, story in enumerate(stories):
        edition = int(editions[k])
        day = story.edition_date or story.date
        if edition >= 0 and day is not None:
            days.setdefault(edition, (story.source, day))
    by_source: dict[str, set[dt.date]] = {}
    for source, day in days.values():
        by_source.setdefault(source, set()).add(day)
    places = {source: {day: k for k, day in enumerate(sorted(found))} for source, found in by_source.items()}
    rank = np.full(int(editions.max(initial=-1)) + 2, -1, dtype=np.int64)  # one spare: no edition
    for edition, (source, day) in days.items():
        rank[edition] = places[source][day]
    out: np.ndarray[Any, Any] = rank[editions]
    return out


def _evidence(
    stories: Sequence[Story], cjk: np.ndarray[Any, Any]
) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Per story, its figure keys and its Latin-letter names (across scripts, their only link)."""
    if not cjk.any():
        return [frozenset()] * len(stories), [frozenset()] * len(stories)  # nothing to compare
    texts = [f"{story.title}\n{story.text}" for story in stories]
    return [figure_keys(t) for t in texts], [latin_names(t) for t in texts]


def _indicator(sets: Iterable[Iterable[str]]) -> csr_matrix:
    """A 0/1 matrix with a row per set and a column per distinct element (in order of first sight)."""
    columns: dict[str, int] = {}
    indices: list[int] = []
    indptr = [0]
    for items in sets:
        indices.extend(sorted({columns.setdefault(item, len(columns)) for item in items}))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return csr_matrix((data, indices, indptr), shape=(len(indptr) - 1, max(len(columns), 1)))


def _rare(matrix: csr_matrix, limit: float, columns: np.ndarray[Any, Any] | None = None) -> csr_matrix:
    """``matrix`` with only the columns at most ``limit`` rows have (and, if given, in ``columns``)."""
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    common = df > limit
    if columns is not None:
        common |= ~columns
    out = matrix.copy()
    out.data[common[out.indices]] = 0.0
    out.eliminate_zeros()
    return out


def _disjoint(matrix: csr_matrix, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any]) -> Any:
    """For each pair (rows[k], cols[k]): both rows of the 0/1 ``matrix`` have entries, and none in common."""
    both = (_count(matrix, rows) > 0) & (_count(matrix, cols) > 0)
    both[both] = _dots_where(matrix, rows, cols, both) == 0
    return both


def _dots_where(
    matrix: csr_matrix, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any], where: np.ndarray[Any, Any]
) -> Any:
    """:func:`pair_dots` of the pairs selected by the boolean mask ``where`` only."""
    return pair_dots(matrix, rows[where], cols[where])


def _binary(matrix: csr_matrix) -> csr_matrix:
    """``matrix`` with every stored entry set to 1."""
    out = matrix.copy()
    out.data[:] = 1.0
    return out


def _count(matrix: csr_matrix, rows: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Stored entries in each of ``rows``."""
    counts: np.ndarray[Any, Any] = np.diff(matrix.indptr)[rows]
    return counts


#: Row entries a side that :func:`pair_dots` copies at a time.
_CHUNK_ENTRIES = 2_000_000


def pair_dots(
    matrix: csr_matrix,
    rows: np.ndarray[Any, Any],
    cols: np.ndarray[Any, Any],
    threads: int = 1,
    other: csr_matrix | None = None,
) -> Any:
    """Dot products of the row pairs (rows[k], cols[k]), in chunks to bound memory.

    ``other``: ``cols`` are rows of this matrix (with ``matrix``'s columns), not of ``matrix``.

    With ``threads`` above 1, chunks are worked out on that many threads at once (scipy's sparse
    routines release the GIL); each pair's sum is its chunk's, the same whichever thread made it.
    """
    out: np.ndarray[Any, Any] = np.empty(len(rows))
    # Each chunk copies the rows of its pairs (12 bytes an entry), and their product takes room for
    # both: chunks of about 2 million entries a side stay under the mmap threshold (cli/memory.py),
    # so their memory is reused instead of mapped and faulted in afresh (20k pairs of 250-term rows,
    # 120 MB a chunk, spent about a third of the time in the kernel).
    per_row = matrix.nnz / max(matrix.shape[0], 1)
    step = int(max(1_000, min(20_000, _CHUNK_ENTRIES // max(per_row, 1.0))))

    right = matrix if other is None else other

    def chunk(lo: int) -> None:
        r, c = rows[lo : lo + step], cols[lo : lo + step]
        out[lo : lo + step] = np.asarray(matrix[r].multiply(right[c]).sum(axis=1)).ravel()

    in_threads(chunk, range(0, len(rows), step), threads)
    return out
