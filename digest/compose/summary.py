"""A merged story's summary: the lead of the most informative report, then only new facts.

Each sentence is whole and the reader's: no pull quotes, captions, bylines,
image credits, bare links, calls to subscribe or share, or sentences cut mid-quote. After the lead, a
sentence is added only if it names something not yet said, and never if it
states a figure the summary already gives ("US$77,000" once per paragraph).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet

from rapidfuzz import fuzz

from digest.cluster.discussion import opens_with_participants
from digest.figures.scan import DigitAnchored
from digest.models import Sentence, Story
from digest.text.shape import CJK_CHAR, SITE, ends_sentence, is_connective, iter_sentences, strip_symbols
from digest.text.stopwords import STOPWORDS

__all__ = [
    "Told",
    "credit_or_link",
    "facts",
    "figures",
    "informative",
    "pictures",
    "stems",
    "summarise",
    "whole_sentences",
]

_NAME = re.compile(r"\b(?:[A-Z][\w&.'’-]*[A-Za-z]|[A-Z]{2,})")
#: A figure as printed: currency, number, magnitude or unit ("US$77,000", "30%", "2.2 billion yuan").
_FIGURE = re.compile(
    r"(?P<currency>(?:[A-Z]{1,3})?[$€£¥₹]\s?)?(?<![\w.])(?P<number>\d[\d,]*(?:\.\d+)?)"
    r"(?P<unit>\s?(?:%|percent\b|per cent\b|(?:b|m|k|bn|tn)\b|(?:billion|million|trillion|thousand)\b))?",
    re.IGNORECASE,
)
#: ``_FIGURE`` tried only near digits: a currency and its space are at most 5 characters before one.
_FIGURE_SCAN = DigitAnchored(_FIGURE, _FIGURE, None, 5)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DIGIT = re.compile(r"\d")
_MAGNITUDE = {"bn": "billion", "b": "billion", "m": "million", "k": "thousand", "tn": "trillion"}
#: Characters of a story's text the summary is drawn from (the lead is at the start).
_MAX_TEXT = 20_000
#: Sentences at least this alike (rapidfuzz token-set ratio) say the same thing.
_SAME_SENTENCE = 78
#: Stem agreement (:func:`_retells`) at which another report's sentence retells one told.
_RETOLD = 80
#: Most stems a sentence may add to all of a told sentence's and still retell it.
_RETOLD_EXTRA = 2
#: A sentence naming something new must also say at least 1/this of its words anew.
_NEW_WITH_NAME = 2.5
#: Longest summary sentence, in words; longer runs of text are cut at a word.
_MAX_SENTENCE_WORDS = 80

#: Capture leftovers inside article text: photo credits and advertisement markers.
_CREDIT = re.compile(r"^(?:(?:FILE )?PHOTO|IMAGE|PICTURE)S?\s*:\s*[^–—]{1,60}[–—]\s*", re.IGNORECASE)
#: A link list's site tag closing an item ("... doing with it (ca98am79.medium.com)", "(github.com/x)"):
#: where the link goes, not what the sentence says. Lowercase only, and never a file's extension.
_SITE_TAG = re.compile(rf"\s*\((?![a-z0-9.-]*\.(?:js|py|rs|ts|md)\))(?:{SITE})\)(?=[.!?]?$)")
_AD_MARKER = re.compile(r"\bAdvertisement\s+(?=[A-Z])")
#: A line that credits or captions rather than tells: bylines, photo and image credits.
_NOT_TOLD = re.compile(
    r"^(?:by|written by|reporting by|words by|edited by|editing by)\s+[A-Z]"
    r"|^(?:photo|image|picture|illustration|graphic|video|caption|source)s?(?:\s+(?:by|credit|courtesy))?\s*[:：]"
    r"|\b(?:photo|image|picture)s?\s+(?:by|credit|courtesy)\b|\bcredit\s*:|\bgetty images\b|\bshutterstock\b",
    re.IGNORECASE,
)
#: A label leading a capture ("(Score: 176, Comments: 30): ..."), not part of the sentence; or the
#: colon left when the label, a credit link, was taken out of the text (:func:`_uncredited`).
_LEADING_LABEL = re.compile(r"^(?:\([^()]{0,60}\)\s*)?:\s*")
_LINK = re.compile(r"https?://|www\.\w")
#: Every match of ``_NOT_TOLD`` opens with one of these words (in ASCII text, in lower case)...
_NOT_TOLD_OPENINGS = ("by", "written", "reporting", "words", "edited", "editing")
#: ...or holds one of these.
_NOT_TOLD_WORDS = (
    "photo", "image", "picture", "illustration", "graphic", "video", "caption", "source", "credit", "getty",
    "shutterstock",
)  # fmt: skip
#: A text opening with an aside, no label ("(deferred tool loading) cuts ...", not "(Score: 9): ..."):
#: the rest of a sentence whose subject, set in bold before it, the splitter made the title.
_OPENING_ASIDE = re.compile(r"\([^()]{1,80}\)(?!\s*:)\s*[^\W\d_]")
#: Reports, and characters of each, read for the figures reports agree on (copies add none).
_AGREEING_REPORTS = 50
_AGREEING_CHARS = 2_000
#: A figure of one digit, bare or a share: common to many events.
_COMMON_FIGURE = re.compile(r"\d(?:\.\d+)?(?: %)?")
#: Besides a connective (:func:`is_connective`: "It", "The company"), a sentence opening with one
#: of these leans on the sentence before it.
_LEANS_BACK = re.compile(
    r"(?:the (?:startup|group|company's|firm's|report|model|tool|app|paper))\b", re.IGNORECASE
)
#: A sentence turning to another matter, even right after one about the event: a turn word, or
#: the people of a forum thread opening a new point ("Members discussed ...", "One user ...").
_TURNS = re.compile(
    r"(?:however|but|meanwhile|separately|elsewhere|also|additionally|simultaneously|concurrently|"
    r"another|other|others|in other news|"
    r"(?:a |one |some |several |many |the )?(?:members?|users?|people|someone|commenters?|engineers))\b",
    re.IGNORECASE,
)
#: A sentence asking its reader to subscribe ("If you liked this piece, please subscribe to my
#: newsletter.", "To read more essays like this, subscribe to Every.", "You can sign up for the magazine
#: here."): a word of subscribing, and the reader addressed or the call made ("..., subscribe").
#: "A member asked whether it was too late to sign up for the course" tells what someone did.
_SUBSCRIBING = re.compile(r"\b(?:subscrib(?:e|ed|ing)|sign(?:ing)?[ -]up)\b", re.IGNORECASE)
_TO_THE_READER = re.compile(
    r"\b(?:you|your|you['’](?:re|ve|ll)|please)\b|(?:^|[,;:]\s*)(?:subscribe|sign up)\b", re.IGNORECASE
)


def _asks_to_subscribe(text: str) -> bool:
    """Whether a sentence calls its reader to subscribe or sign up (``_SUBSCRIBING``)."""
    return _SUBSCRIBING.search(text) is not None and _TO_THE_READER.search(text) is not None


#: Words for the ``stems`` of a sentence (runs of letters; a CJK run is one "word" here).
_WORD = re.compile(r"[^\W\d_]+")
_CJK_RUN = re.compile(CJK_CHAR + "+")
#: Words a sentence can share with an event without being about it: function words, and the
#: people of a forum thread ("users", "members") who are in every chat summary.
_NOT_ABOUT = STOPWORDS | frozenset("user users member members people someone others another".split())
#: A sentence about a picture, not the news: the picture is its subject ("The image is a tweet by
#: ...", "The image, sourced from an article, depicts ...", "This meme adds to ..."), after a label
#: ("Title (Score: 378): The image shows ..."). A recap writes it as the picture's alt text.
_PICTURE = re.compile(
    r"^(?:[^\s:]{1,60}(?:\s+\([^()]{0,40}\))?:\s+)?(?:the|this|that)\s+"
    r"(?:image|photo|photograph|picture|screenshot|meme|illustration|depiction|gif|graphic|infographic)s?\b"
    r"(?:\s+(?:in|from|of|on)\s+the\s+[\w-]+(?:\s+post)?|\s*,[^,]{1,80},)?\s+"
    r"(?:is|are|was|shows?|presents?|depicts?|highlights?|demonstrates?|illustrates?|features?|captures?|"
    r"displays?|contains?|compares?|lists?|contrasts?|adds?|can be)\b",
    re.IGNORECASE,
)
_PULL_QUOTE = re.compile(r"^[\"“‘'].*[\"”’']\W{0,3}(?:[–—-]\s*[A-Z][\w .'-]{0,40})?$")

#: A report's sentences as the summary reads them, one at a time (:func:`_pool`); closed when the
#: report is done.
_Pool = Generator[Sentence, None, None]


def summarise(
    ranked: Sequence[Story],
    headline: str,
    limit: int,
    word_limit: int,
    told: Mapping[str, Iterable[str]] | None = None,
) -> tuple[Sentence, ...]:
    """The lead of the first report, then what each other report adds, within the limits.

    The lead gives its first sentence (two when it is the only report); every
    other report then gives its first sentence with a new fact; remaining room
    is filled in turn. ``told``: each story's whole sentences (by id) where the
    caller has read them already (:class:`Told`).
    """
    told = told or {}
    chosen = _summarise(ranked, headline, limit, word_limit, told, loose=False)
    if not chosen and len(ranked) > 1:
        # Nothing told: the lead printed only its title, and no later sentence shares two words with
        # it. Read again, a sentence sharing one of the headline's words is about the event.
        chosen = _summarise(ranked, headline, limit, word_limit, told, loose=True)
    return chosen


def _summarise(
    ranked: Sequence[Story],
    headline: str,
    limit: int,
    word_limit: int,
    told: Mapping[str, Iterable[str]],
    *,
    loose: bool,
) -> tuple[Sentence, ...]:
    """:func:`summarise`'s reading; ``loose``: see :attr:`_Summary.loose`."""
    pools = [_pool(story, told.get(story.id)) for story in ranked]
    summary = _Summary(headline, limit, word_limit, loose=loose)
    summary.reported = _reported(ranked)
    lead, *others = pools
    summary.take(lead, on_headline=bool(others))
    if not others:
        summary.take(lead)
    else:
        summary.know_event(ranked)
        summary.aside = {
            pool for story, pool in zip(ranked, pools, strict=True) if _titled_aside(story, summary.named)
        }
    for pool in others:
        if len(summary.chosen) >= limit:
            break  # full: no report can add a sentence (a cluster of copies has many)
        summary.take(pool, relevant=True)
    while len(summary.chosen) < limit and any(
        summary.take(pool, relevant=k > 0) for k, pool in enumerate(pools)
    ):
        pass
    if not summary.chosen and summary.pictured is not None:
        return (summary.pictured,)  # no report tells more than its picture
    return tuple(summary.chosen)


def _reported(ranked: Sequence[Story]) -> bool:
    """Whether reports of the event tell ``ranked``: most of them, or one from a publication whose
    stories in it are not chat (what unnamed members of a chat said is then talk about it)."""
    chat = [opens_with_participants(story.text) for story in ranked]
    if 2 * sum(chat) < len(ranked):
        return True
    chatting = {story.source for story, said in zip(ranked, chat, strict=True) if said}
    return any(not said and story.source not in chatting for story, said in zip(ranked, chat, strict=True))


class _Summary:
    """The sentences chosen so far, and the facts and figures they state."""

    def __init__(self, headline: str, limit: int, word_limit: int, *, loose: bool = False) -> None:
        self.headline = headline
        self.limit = limit
        self.word_limit = word_limit
        self.chosen: list[Sentence] = []
        self.said = facts(headline) | _opening_name(headline)
        self.figures: set[str] = set()
        self.content = _content(headline)
        self.words = 0
        #: What the event is about, once the lead is chosen (:meth:`know_event`): the stems of the
        #: headline and lead, those and the stems told since, the figures reports agree on.
        self.core: AbstractSet[str] = frozenset()
        #: The stems of the names the headline and lead give ("Gemini", "Flash"), not common words.
        self.named: AbstractSet[str] = frozenset()
        self.core_cjk = False
        self.event: set[str] = set()
        self.agreed = _Agreement(())
        #: Per later report: whether its sentence read last was about the event.
        self.followed: dict[_Pool, bool] = {}
        #: The lead's first sentence about a picture (:func:`pictures`), told only if nothing else is.
        self.pictured: Sentence | None = None
        #: Reports that described a picture, and those whose sentence read last did or leant on one.
        self.shown: set[_Pool] = set()
        self.leaning: set[_Pool] = set()
        #: Whether some report tells the event itself, not what a chat's members said of it: then
        #: a sentence whose actor is an unnamed participant ("A member mentioned ...", "Users
        #: praised ...") is their talk, told only as the first sentence (see :meth:`take`).
        self.reported = False
        #: Whether, before a sentence is told, one sharing a single word with the headline is about
        #: the event (:func:`_about_headline`): a second reading when the first told nothing.
        self.loose = loose
        #: Per report, the sentence read before the one being judged; the sentence told last (or
        #: the one the headline tells); the stems of the headline and the sentences told.
        #: Later reports whose titles open with a name the event has not given ("Qwen Challenges
        #: Deepseek" under DeepSeek R1's news): about another thing, compared with the event at most.
        self.aside: set[_Pool] = set()
        self.previous: dict[_Pool, Sentence] = {}
        self.last_told: Sentence | None = None
        self.spoken: set[str] = set(stems(headline))

    def _follows(self, before: Sentence | None) -> bool:
        """Whether the sentence its report printed ``before`` the one judged is the summary's last."""
        return before is not None and before is self.last_told

    def know_event(self, ranked: Sequence[Story]) -> None:
        """Learn what the event is about from the headline, the lead told and the reports."""
        self._learn_lead()
        self.agreed = _Agreement(ranked)

    def _learn_lead(self) -> None:
        told = self.headline + " " + " ".join(s.text for s in self.chosen)
        self.core = stems(told)
        self.named = _named_stems(told)
        self.core_cjk = _cjk(self.core)
        self.event = set(self.core)

    def take(self, pool: _Pool, *, relevant: bool = False, on_headline: bool = False) -> bool:
        """Add the pool's next sentence that says something new; False when none fits.

        ``relevant``: the sentence must also be about the event (:meth:`_about`), as a later
        report's sentences are not always (a chat summary moves on to other threads).
        ``on_headline``: when the headline is the report's own first sentence (an item printed
        without a title), what follows it is told only if it is about the headline's event: a
        list that lost its separators runs on into the next item ("Elon Musk's lawsuit against
        OpenAI is set to begin this week. King Charles and Queen Camilla arrive ..."), and
        other reports tell the event instead.
        """
        headlined = False
        for candidate in pool:
            text = candidate.text
            before, self.previous[pool] = self.previous.get(pool), candidate
            if self._about_picture(pool, candidate, lead=not relevant):
                continue
            # A later report's every sentence is judged, skipped or not: the next one may follow it.
            if relevant and not self._about(pool, text):
                continue
            stated: set[str] | None = None  # its figures, read when it is judged that far
            if self.chosen and self.reported and (opens_with_participants(text) or _SHARED.match(text)):
                self.followed[pool] = False
                self.leaning.add(pool)  # "They added ...": what leans on it carries on the talk
                continue
            if relevant and self.core:
                kept = _own_clauses(text, self.core)
                if kept != text:  # a roundup's sentence moved on to another subject: told up to there
                    text, stated = kept, figures(kept)
            if _restates(text, self.headline):
                if not self.chosen:
                    self.last_told = candidate  # the headline tells it: what follows may refer to it
                    headlined = True
                continue
            if on_headline and headlined and not self.chosen and _new_subject(text, stems(self.headline)):
                continue
            if any(_alike(text, s.text) for s in self.chosen):
                continue
            if self.chosen and self._retold(text, candidate.story_id):
                continue
            if self.chosen and not ends_sentence(text):
                continue  # a fragment may stand alone, never follow a sentence
            if self.chosen and not self._follows(before) and _refers_back(text, self.spoken):
                continue  # "It aims ...", "Kimmel made the comment ...": only right after what it refers to
            if stated is None:
                stated = figures(text)
            if (
                stated & self.figures
                or (self.chosen and not self._adds(text, stated))
                or _asks_to_subscribe(text)
            ):
                continue  # a figure said twice, nothing new, or the publication's call to its reader
            if self.chosen and len(self.chosen) >= self.limit:
                return False
            length = len(text.split())
            if self.chosen and self.words + length > self.word_limit:
                # The report is done: its next sentence may lean on this one. Closed, not read to
                # its end: its other sentences would be cut and cleaned only to be passed over.
                pool.close()
                return False
            self._tell(candidate, text, stated, length)
            return True
        return False

    def _tell(self, candidate: Sentence, text: str, stated: set[str], length: int) -> None:
        """Tell ``text`` (``candidate``'s, perhaps cut to its own clauses) and learn what it says."""
        self.chosen.append(
            candidate if text == candidate.text else Sentence(text, candidate.story_id, candidate.source)
        )
        self.last_told = candidate
        self.spoken |= stems(text)
        self.said |= facts(text, stated) | _opening_name(text)
        self.figures |= stated
        self.content |= _content(text)
        if self.core:
            self.event |= stems(text)
        self.words += length
        if self.loose and len(self.chosen) == 1 and self.core:
            self._learn_lead()  # read loosely, the first sentence told is the event's lead

    def _retold(self, text: str, story_id: str) -> bool:
        """Whether another report's sentence chosen tells ``text`` again in other words: no name or
        figure that is new, and the same stems (:func:`_retells`). A recap retells one event in
        several channels' sections ("Discussions arose around Samsung's interest in acquiring
        Perplexity" and "Members discussed whether Samsung intends to acquire Perplexity")."""
        if not (_names(text) <= self.said and figures(text) <= self.said):  # a new fact (:func:`facts`)
            return False
        return any(s.story_id != story_id and _retells(text, s.text) for s in self.chosen)

    def _about_picture(self, pool: _Pool, candidate: Sentence, *, lead: bool) -> bool:
        """Whether a sentence describes a picture (:func:`pictures`), names the one its report
        described ("see the tech report and the image"), or leans on such a sentence right
        before it ("It features a puppy ...", "The tweet contrasts this with ..."). ``lead``: the
        sentence is the lead report's, whose first picture is told if nothing else is."""
        text = candidate.text
        if pictures(text):
            if lead and self.pictured is None:
                self.pictured = candidate
            self.shown.add(pool)
            self.leaning.add(pool)
            return True
        if pool in self.shown and _THE_PICTURE.search(text):
            return True
        if pool in self.leaning:
            if _leans_on_before(text):
                return True
            self.leaning.discard(pool)
        return False

    def _about(self, pool: _Pool, text: str) -> bool:
        """Whether a later report's sentence is about the event: it follows one of its report that
        was (and does not turn away: "However, ..."), states a figure two reports agree on, or
        shares the event's words (:func:`_about`) without leaning on a sentence before it ("The
        company, which ...")."""
        if (
            self.followed.get(pool, False)
            and not _TURNS.match(text)
            and not _new_subject(text, self.event, self.named)
        ):
            about = True
        else:
            # Its words first: the figures two reports agree on are read from their openings, and the
            # sentence's own figures only when its words do not tie it to the event.
            about = not (is_connective(text) or _LEANS_BACK.match(text)) and (
                _about(text, self.core, self.core_cjk, self.event, self.named)
                or self.agreed.any_of(figures(text))
                or (self.loose and not self.chosen and _about_headline(text, self.core))
            )
        about = about and not (pool in self.aside and _only_compared(text, self.named))
        self.followed[pool] = about
        return about

    def _adds(self, text: str, stated: set[str]) -> bool:
        """Whether ``text`` states a new figure, names something new in words not yet said, or says
        mostly new things in other words.

        A new name alone in a sentence most of whose words are said is the same fact retold
        ("..., reported by Varun Mohan" after the report itself).
        """
        new = facts(text, stated) - self.said
        if new & stated:  # ``stated``: the figures of ``text``
            return True
        content = _content(text)
        fresh = len(content - self.content)
        if new and fresh * _NEW_WITH_NAME >= len(content):
            return True
        return fresh * 2 > len(content)


#: Texts whose figures and stems are kept, per process: a cluster of copies repeats its sentences
#: in every report, and the summary judges each report's sentences.
_KEPT = 4096


@functools.lru_cache(maxsize=_KEPT)
def stems(text: str) -> frozenset[str]:
    """What ``text`` is about: its words of three letters or more other than function words,
    without a plural "s" and cut to their first five letters ("valuation", "valued"), and
    the character pairs of its CJK runs (no spaces tell their words)."""
    found: set[str] = set()
    for word in _WORD.findall(text.casefold()):
        if not word.isascii() and _CJK_RUN.fullmatch(word):
            found.update(word[k : k + 2] for k in range(max(len(word) - 1, 1)))
        elif len(word) >= 3 and word not in _NOT_ABOUT:
            found.add((word[:-1] if len(word) > 3 and word[-1] == "s" and word[-2] != "s" else word)[:5])
    return frozenset(found)


class _Agreement:
    """The figures (:func:`figures`) at least two of a cluster's reports state near their start: a
    sentence stating one is about the event, whatever its words; a one-digit share or count ("1%")
    is too common to say which event. Asked a figure at a time (the summary asks only about the
    figures of the later reports' sentences it judges): a report's opening is read
    for its figures only when it prints the figure's digits (its text without commas holds the
    number: "77,000" reads "77000"), and reports are read only until two state the figure."""

    __slots__ = ("_figures", "_known", "_plain", "_reports")

    def __init__(self, ranked: Sequence[Story]) -> None:
        self._reports = ranked[:_AGREEING_REPORTS]
        #: Per report, once needed: its opening without commas, and the opening's figures.
        self._plain: list[str | None] = [None] * len(self._reports)
        self._figures: list[set[str] | None] = [None] * len(self._reports)
        self._known: dict[str, bool] = {}

    def any_of(self, stated: AbstractSet[str]) -> bool:
        """Whether ``stated`` holds a figure two reports agree on."""
        return any(self._agreed(figure) for figure in stated)

    def _agreed(self, figure: str) -> bool:
        known = self._known.get(figure)
        if known is None:
            known = self._known[figure] = not _COMMON_FIGURE.fullmatch(figure) and self._stated_twice(figure)
        return known

    def _stated_twice(self, figure: str) -> bool:
        number = figure.split(" ", 1)[0]  # a figure's number is printed in its report, maybe with commas
        count = 0
        for k in range(len(self._reports)):
            if number in self._plain_opening(k) and figure in self._opening_figures(k):
                count += 1
                if count == 2:
                    return True
        return False

    def _plain_opening(self, k: int) -> str:
        plain = self._plain[k]
        if plain is None:
            plain = self._plain[k] = self._reports[k].text[:_AGREEING_CHARS].replace(",", "")
        return plain

    def _opening_figures(self, k: int) -> set[str]:
        found = self._figures[k]
        if found is None:
            found = self._figures[k] = figures(self._reports[k].text[:_AGREEING_CHARS])
        return found


#: A sentence opening with a pronoun: who "it" or "they" is, the sentence before it says.
_PRONOUN = re.compile(
    r"^\W*(?:it|its|it's|it’s|they|their|them|he|she|his|her|this|these|that|those)\b"
    r"(?!\s+(?:week|weekend|month|year|morning|afternoon|evening|time|season|quarter|spring|summer|fall|"
    r"autumn|winter|day|days|weeks|months|years)\b)",  # "This week, ..." tells when, not whom
    re.IGNORECASE,
)
#: "It" standing for what follows, not for something told before: "It was suggested that ...",
#: "It is unclear whether ...", "It's worth noting ...".
_IT_FOR_WHAT_FOLLOWS = re.compile(
    r"^\W*it(?:'s|’s|\s+is|\s+was|\s+has\s+been|\s+had\s+been|\s+remains|\s+seems|\s+appears|\s+would\s+be)"
    r"(?:\s+(?:also|not|now|still|widely|generally|often))?\s+[\w-]+\s+(?:that|whether|if|how|why|what|who|when)\b",
    re.IGNORECASE,
)
#: A sentence opening with a word that goes on from the sentence before ("But ...", "Instead, ...").
_GOES_ON_FROM = re.compile(
    r"^\W*(?:but|and|so(?!\s+far\b)|yet|still|instead|thus|hence|nonetheless|nevertheless|otherwise|moreover|"
    r"furthermore|as a result|in response|in turn)\b",
    re.IGNORECASE,
)
#: A definite word for something said, shown or counted before, a part of the event rather than the
#: event ("the comment", "the figure", "the letter"; "the move" or "the deal" is the event itself).
#: Not "this": a recap's "shared in this post", "detailed in this tweet" is a link.
_SHELL_NOUN = re.compile(
    r"\b(?:the|that|these|those)\s+(comments?|remarks?|statements?|figures?|numbers?|incident|"
    r"episode|claims?|post|tweet|letter|speech|interview|ruling|findings|request|warning|threat|jokes?|"
    r"accusations?|allegations?|revelations?|quote|message|video|photo|footage)\b",
    re.IGNORECASE,
)


def pictures(text: str) -> bool:
    """Whether a sentence describes a picture ("The image is a tweet by ...", "The image shows a
    screenshot of ..."): what the picture shows, told by whoever wrote its alt text, not the news."""
    return _PICTURE.match(text) is not None


#: A picture named as one the reader has seen ("see the tech report and the image").
_THE_PICTURE = re.compile(
    r"\b(?:the|this|that)\s+(?:image|photo|photograph|picture|screenshot|meme|illustration|gif|graphic|infographic)s?\b",
    re.IGNORECASE,
)


def _leans_on_before(text: str) -> bool:
    """Whether a sentence reads right only after the one before it: it opens pointing back ("It
    ...", "This view ...", "The company ..."), refers back soon after its opening ("The tweet
    contrasts this ..."), or opens in lower case, the rest of a sentence."""
    return (
        is_connective(text)
        or _LEANS_BACK.match(text) is not None
        or _REFERS_BACK.search(" ".join(text.split()[1:_REFERS_WITHIN])) is not None
        or text[:1].islower()
    )


def _refers_back(text: str, spoken: AbstractSet[str]) -> bool:
    """Whether a sentence refers back to something a reader must have been told: it opens with a
    pronoun or a word that goes on from the sentence before ("It aims to ...", "They said ...",
    "But ...", "Instead, ..."; not "This week ..." nor "It was suggested that ..."), or names a
    thing by a definite word for what was said, shown or counted before ("Kimmel made the comment on
    Thursday.", "The figure reflects ...") that the headline and the summary have not named
    (``spoken``: their stems). It reads right only right after the sentence of its own report
    it refers to."""
    if _PRONOUN.match(text) is not None and _IT_FOR_WHAT_FOLLOWS.match(text) is None:
        return True
    if _GOES_ON_FROM.match(text) is not None:
        return True
    return any(not stems(noun) & spoken for noun in _SHELL_NOUN.findall(text))


def _about(
    text: str, core: AbstractSet[str], core_cjk: bool, event: set[str], named: AbstractSet[str]
) -> bool:
    """Whether a sentence is about the event: it shares a word (a stem) with the headline and
    lead (``core``, mostly CJK when ``core_cjk``) and another with them or the sentences told
    since (``event``); a short sentence needs one, and it a name the headline or lead gives
    (``named``): "GPT-5.2 is a frontier model only for the frontier." shares only "model" with
    a report of Gemini 3 Flash. A sentence in another script than the event's words cannot be
    judged by them: it is kept (a Chinese retelling of an English report shares its figures,
    not its words)."""
    about = stems(text)
    if (not text.isascii() and _cjk(about)) != core_cjk:  # ASCII text has no CJK stems
        return True
    if not about & core:
        return False
    if len(about) <= 3:
        return bool(about & named)
    return len(about & event) >= 2


def _about_headline(text: str, core: AbstractSet[str]) -> bool:
    """Whether a report's sentence shares a word with the headline, when the first reading told
    nothing (:func:`summarise`): the lead report printed only its title ("Cursor adds GPT-5.5 at
    50% off" in a list of one-line signals), so the headline is all the event is known by, and a
    later report's sentence naming its subject ("GPT-5.5 is a broad upgrade") is the first to tell
    it; a word and another, as :func:`_about` asks once a lead is told, left the summary empty."""
    return bool(stems(text) & core)


#: Where a sentence may join a second claim: ", and" or ", while" / ", whereas" (named "while").
_CLAUSE = re.compile(r",\s+(?:and|(?P<while>while|whereas))\s+")
#: Words a joined clause needs to be a claim of its own (a list's last item is shorter).
_CLAUSE_WORDS = 5
_PARENTHESISED = re.compile(r"\([^()]*\)")


def _own_clauses(text: str, core: AbstractSet[str]) -> str:
    """``text`` up to a joined clause about another subject, one that names someone or something the
    event's headline and lead do not and shares no word with them, or one word only when it opens
    with a name of its own (:func:`_opens_with_new_name`): "..., while OpenAI's anticipated o3 Pro
    remains elusive" in a report of Gemini 2.5 Pro, "..., and Figure-01 vs. Figure-02
    humanoid robots show step-changes" in one of Cerebras' chips. After ", and" the clause must
    open with its own subject, a name, and not end a list ("cloud services, meeting recordings,
    and MCP connection support ..."); a clause naming nothing new goes on telling the event."""
    if ", " not in text:
        return text
    for joint in _CLAUSE.finditer(text):
        before = text[: joint.start()]
        if before.count("(") > before.count(")"):
            continue  # inside a parenthesis: sources or examples, not a claim
        clause = text[joint.end() :]
        words = clause.split()
        if len(words) < _CLAUSE_WORDS:
            continue
        if not joint.group("while"):
            opening = words[0].casefold().rstrip("'’s")
            if not _NAME.match(clause) or opening in STOPWORDS:
                continue  # no subject of its own: the same claim goes on
            if "," in _PARENTHESISED.sub("", before.rsplit(", and ", 1)[-1]):
                continue  # the last item of a list ("A, B, and C ...")
        names = {stem for name in _NAME.findall(clause) for stem in stems(name)}
        shared = stems(clause) & core
        if names - core and (not shared or (len(shared) == 1 and _opens_with_new_name(clause, core))):
            return before.rstrip(" ,;:") + "."
    return text


def _opens_with_new_name(clause: str, core: AbstractSet[str]) -> bool:
    """Whether ``clause`` opens with a name the event's headline and lead do not give: its subject
    is another's, and one word it shares with the event ("OpenAI's o3 Pro" after "Gemini 2.5 Pro")
    is part of another name, no sign of the same event."""
    opening = _NAME.match(clause)
    return opening is not None and opening[0].casefold() not in STOPWORDS and not stems(opening[0]) & core


#: A pronoun soon after a sentence's opening name refers to what the sentence before told ("Neel
#: Nanda connects it to ..."): the sentence goes on with the event.
_REFERS_BACK = re.compile(r"\b(?:it|its|it's|it’s|they|their|them|this|these)\b", re.IGNORECASE)
_REFERS_WITHIN = 5
#: A word written as a name: a capital, then a capital or digit inside ("FedRAG", "GPT4o").
_INNER_CAPITAL = re.compile(r"\w+[A-Z\d]")


#: A chat's act told with no actor: a link or post "was shared" ("A Perplexity link was shared
#: regarding an Apple study on AirPods"): what the chat passed round, not the news.
_SHARED = re.compile(
    r"^\W*(?:an?|the|one|another|several|some)\s+(?:[\w.'’-]+\s+){0,3}?"
    r"(?:link|post|tweet|thread|video|clip|screenshot|article|paper|blog post|repo|meme|image)s?\s+"
    r"(?:was|were|has been|have been|got)\s+(?:shared|posted|linked|dropped|circulated)\b",
    re.IGNORECASE,
)
#: Words comparing the thing a sentence is about with another ("... surpassing DeepSeek R1",
#: "... contrasting with the busy DeepSeek server"); not "than", which counts ("more than 40,000").
_COMPARED = re.compile(
    r"\b(?:surpass\w*|outperform\w*|outscor\w*|outpac\w*|overtak\w*|beat(?:s|ing)?|unlike|"
    r"versus|vs\.?|compared (?:to|with)|contrast\w* with|instead of)\s+",
    re.IGNORECASE,
)
#: Most words between a word of comparison and the event's name it compares with.
_COMPARED_WITHIN = 3


def _titled_aside(story: Story, named: AbstractSet[str]) -> bool:
    """Whether ``story``'s title opens with a name the event has not given (``named``)."""
    first = next((n for n in _NAME.findall(story.title) if n.casefold() not in STOPWORDS), None)
    return first is not None and not stems(first) & named


def _only_compared(text: str, named: AbstractSet[str]) -> bool:
    """Whether a sentence has another thing for its subject, compared with the event: a name before
    its first word of comparison, none of the event's (``named``), and one of the event's right after
    ("The Qwen model ... is gaining traction for surpassing DeepSeek R1"). "Compared to GPT-5.1, the
    model ..." names nothing before it: the event's model is its subject."""
    found = _COMPARED.search(text)
    if found is None or not named:
        return False
    before = _named_stems(text[: found.start()])
    after = _named_stems(" ".join(text[found.end() :].split()[:_COMPARED_WITHIN]))
    return bool(before) and not before & named and bool(after & named)


def _new_subject(text: str, *known: AbstractSet[str]) -> bool:
    """Whether a sentence opens with a name no set of ``known`` stems gives, and does not refer back:
    a subject of its own ("Higgsfield AI also launched ..." after a sentence of Eleven v3 in one
    roundup item; "King Charles and Queen Camilla arrive ..." after a headline of Musk's lawsuit)."""
    name = _opening_name_of(text)
    if name is None:
        return False
    said = stems(name)
    if any(said & stems_known for stems_known in known):
        return False
    return not _REFERS_BACK.search(" ".join(text.split()[1:_REFERS_WITHIN]))


def _opening_name_of(text: str) -> str | None:
    """The name a sentence opens with, when its first word is surely one and not only capitalised
    because it opens the sentence: it has an inner capital ("FedRAG"), the next word is a name too
    ("Higgsfield AI", "Neel Nanda") or the sentence writes it again ("Higgsfield ... Higgsfield
    Speak")."""
    words = text.split(maxsplit=2)
    if not words:
        return None
    first = words[0].strip(".,;:'’\"()")
    if not _NAME.fullmatch(first) or first.casefold() in STOPWORDS:
        return None
    following = words[1] if len(words) > 1 else ""
    if (
        _INNER_CAPITAL.match(first)
        or (_NAME.match(following) and following.casefold() not in STOPWORDS)
        or first in text[len(words[0]) :]
    ):
        return first
    return None


def _named_stems(text: str) -> frozenset[str]:
    """The stems (:func:`stems`) of the words ``text`` writes as names, other than function words."""
    return frozenset(
        stem for name in _NAME.findall(text) if name.casefold() not in STOPWORDS for stem in stems(name)
    )


def _cjk(stems: AbstractSet[str]) -> bool:
    """Whether most of ``stems`` are CJK character pairs."""
    return sum(1 for stem in stems if _CJK_RUN.match(stem)) * 2 > len(stems)


def _content(text: str) -> set[str]:
    """The longer words of ``text`` (four letters or more), lower-cased: what it talks about."""
    return set(re.findall(r"[^\W\d_]{4,}", text.casefold()))


def figures(text: str) -> set[str]:
    """The figures ``text`` states, normalised ("US$77,000" and "$77,000" are one); years left out."""
    if _DIGIT.search(text) is None:
        return set()  # every figure has a digit; most sentences have none
    return set(_figures(text))


@functools.lru_cache(maxsize=_KEPT)
def _figures(text: str) -> frozenset[str]:
    """:func:`figures` of a text with a digit, kept: copies repeat their sentences."""
    found: set[str] = set()
    for match in _FIGURE_SCAN.finditer(text):
        number = match["number"].rstrip(",.").replace(",", "")
        unit = (match["unit"] or "").strip().casefold()
        unit = _MAGNITUDE.get(unit, "%" if unit in ("percent", "per cent") else unit)
        before = text[: match.start()].rsplit(maxsplit=1)[-1:] if match.start() else []
        part_of_name = bool(before) and before[0][:1].isupper() and not match["currency"]
        if (
            not match["currency"]
            and not unit
            and (_YEAR.fullmatch(number) or len(number) < 2 or part_of_name)
        ):
            continue  # a year, a small count, or a version of a name ("Gemini 2.5")
        found.add(f"{number} {unit}".strip())
    return frozenset(found)


def facts(text: str, stated: set[str] | None = None) -> set[str]:
    """What ``text`` names: names (after its first word) and figures, in one case.

    ``stated``: ``figures(text)`` where the caller has it already.
    """
    return _names(text) | (figures(text) if stated is None else stated)


def _names(text: str) -> set[str]:
    """The names of :func:`facts`: those after ``text``'s first word, in one case."""
    words = text.split(maxsplit=1)
    rest = words[1] if len(words) > 1 else ""
    return {name.casefold().strip(".'’") for name in _NAME.findall(rest)}


def _opening_name(text: str) -> set[str]:
    """The first word when it is a name ("Acme bought..."): said, though not counted as news."""
    first = text.split(maxsplit=1)[:1]
    return {m.casefold().strip(".'’") for m in _NAME.findall(first[0])} if first else set()


def informative(story: Story, told: Iterable[str] | None = None) -> int:
    """How much a report's opening says: the names and figures of its first two sentences.

    ``told``: the story's whole sentences where the caller has read them (:class:`Told`).
    """
    read = whole_sentences(story) if told is None else told
    ending = (sentence for sentence in read if ends_sentence(sentence))  # not fragments
    return _fact_count(" ".join(sentence for _, sentence in zip(range(2), ending, strict=False)))


@functools.lru_cache(maxsize=_KEPT)
def _fact_count(opening: str) -> int:
    """How many facts (:func:`facts`) ``opening`` states, kept: copies open alike."""
    return len(facts(opening))


class Told:
    """A story's whole sentences (:func:`whole_sentences`), read as far as asked and kept: the
    ranking of a cluster's reports reads their openings, the summary reads them again."""

    __slots__ = ("_kept", "_source")

    def __init__(self, story: Story, cleaned: dict[str, str | None] | None = None) -> None:
        self._source = whole_sentences(story, cleaned)
        self._kept: list[str] = []

    def __iter__(self) -> Iterator[str]:
        k = 0
        while True:
            if k == len(self._kept):
                following = next(self._source, None)
                if following is None:
                    return
                self._kept.append(following)
            yield self._kept[k]
            k += 1


def _pool(story: Story, told: Iterable[str] | None = None) -> _Pool:
    for text in whole_sentences(story) if told is None else told:
        yield Sentence(text, story.id, story.source)


def _uncredited(text: str, credits: Iterable[str]) -> str:
    """``text`` without its credit groups ("Sam Altman boosts the work (tweet)." -> "... the work.")."""
    for group in credits:
        text = text.replace(f" {group}", "").replace(group, "")
    return text


def whole_sentences(story: Story, cleaned: dict[str, str | None] | None = None) -> Iterator[str]:
    """Whole sentences a reader can be told, in order; a story of fragments only gives its first one.

    ``cleaned``: sentences cleaned before (:func:`_clean`), kept by the caller for one cluster
    (copies repeat their sentences); the same sentences as cleaning them again.
    """
    text = _uncredited(story.text[:_MAX_TEXT].strip(), story.credits) or story.title
    if (
        story.title
        and not ends_sentence(story.title)
        and (_OPENING_ASIDE.match(text) or _runs_on(text, story.title))
    ):
        # "**Tool Search Tool** (deferred loading) cuts ...": its subject; "Oil gained as the strait
        # stayed shut" over "and talks stayed in limbo.": the headline is the sentence's start.
        joint = ": " if _ARTICLE.match(text) else "" if _COMMA_ON.match(text) else " "
        text = f"{story.title}{joint}{text}"  # "Logging Sucks: an opinion piece about ..."
    first = None
    whole = False
    for paragraph in text.split("\n\n"):
        plain = _AD_MARKER.sub("", paragraph) if "Advertisement" in paragraph else paragraph
        for sentence in iter_sentences(plain):  # cut as far as read: most reports give a sentence or two
            if cleaned is None:
                clean = _clean(sentence)
            elif sentence in cleaned:
                clean = cleaned[sentence]
            else:
                clean = cleaned[sentence] = _clean(sentence)
            if clean is None:
                continue
            if len(clean.split()) >= 6:
                whole = True
                yield clean
            elif first is None and clean:
                first = clean
    if not whole and first is not None:
        yield first


#: A text opening in lower case with a word that cannot start a sentence's subject ("and talks
#: stayed in limbo.", "which cut prices"): it goes on from its headline.
_RUNS_ON = re.compile(r"[a-z]+\b")
#: Words that go on from what came before and never open a sentence, even a newsletter's casual
#: one ("now it's a cheese war." does): conjunctions, relatives, prepositions, verbs, articles.
_GOES_ON = frozenset(
    "a an the and but or nor which who whose whom that as while with without for to of in on at by from"
    " into onto after before than is are was were has have had will would can could should may might"
    " also its their his her".split()
)
#: A text opening with a comma or a semicolon then a word (", as tensions remain."): the rest of the
#: sentence its headline began, joined to it with no space.
_COMMA_ON = re.compile(r"[,;]\s+\w")
#: An article opening such a text: what follows describes the headline's subject.
_ARTICLE = re.compile(r"(?:a|an|the)\s")


def _runs_on(text: str, title: str) -> bool:
    """Whether ``text`` opens with a comma or with a lower-case function word ("and", "but", "which",
    "as"): the rest of a sentence its headline began, not a sentence of its own (unless it prints the headline
    again: "a quiet day" over "a quiet day in AI ...")."""
    if _COMMA_ON.match(text):
        return True  # "King visits today" over ", as tensions remain.": a link cut the sentence there
    found = _RUNS_ON.match(text)
    return (
        found is not None and found.group() in _GOES_ON and not text.casefold().startswith(title.casefold())
    )


def _clean(sentence: str) -> str | None:
    """The sentence without capture leftovers, or None when it is not one to tell."""
    text = _LEADING_LABEL.sub("", sentence.replace("**", "").replace("__", ""))
    text = _SITE_TAG.sub("", _CREDIT.sub("", strip_symbols(_shortened(text))))
    if _not_told(text) or _PULL_QUOTE.match(text) or _TEASER.match(text) or not _balanced(text):
        return None
    return None if _POINTER.match(text) else text


#: An edition's teaser of its other items, not a sentence of this one ("Plus: The ballroom
#: truthers have a theory.").
_TEASER = re.compile(r"plus\s*:\s", re.IGNORECASE)
#: Where more is told: "in the article", "on the company blog", "in the blog post".
_POINTER_TAIL = (
    r"\s+(?:in|on|at|from|via|through)\s+(?:the\s+|this\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:article|post|blog|paper|report|link|thread|video|announcement|repo|repository|documentation|docs|"
    r"website|site|page|changelog)s?\b"
)
_INFO = r"(?:details|information|info)"
_ABOUT = r"\b[^.!?,]{0,60}?"
_AVAILABLE = r"\s+(?:is|are)\s+(?:available|provided)"
#: A sentence that only says where more is told ("Details are available in the article.", "Full
#: details about the training are available."): no fact of the event, a pointer to the link.
#: "More details ... are available (in ...)", "Details are available (in ...)", "Details about X are
#: available in ...": an opener, nothing between, or where, for the sentence to be only a pointer.
_POINTER = re.compile(
    rf"(?:(?:full|more|further|additional)\s+{_INFO}{_ABOUT}{_AVAILABLE}(?:{_POINTER_TAIL})?"
    rf"|{_INFO}{_AVAILABLE}(?:{_POINTER_TAIL})?"
    rf"|{_INFO}{_ABOUT}{_AVAILABLE}{_POINTER_TAIL})[.!]?$",
    re.IGNORECASE,
)


def credit_or_link(text: str) -> bool:
    """Whether ``text`` credits or captions (a byline, "Photo: ...", "Getty Images") or holds a
    link: a line no reader is told as news."""
    return _not_told(text)


def _not_told(text: str) -> bool:
    """Whether ``text`` credits or captions (``_NOT_TOLD``) or holds a link."""
    if ("http" in text or "www." in text) and _LINK.search(text):
        return True
    if text.isascii():  # IGNORECASE matches other letters only outside ASCII (K, ſ, İ)
        lowered = text.lower()
        if not lowered.startswith(_NOT_TOLD_OPENINGS) and not any(w in lowered for w in _NOT_TOLD_WORDS):
            return False
        return _not_told_lowered(lowered)
    return _NOT_TOLD.search(text) is not None


#: ``_NOT_TOLD``'s parts on ASCII text in lower case: its openings at the start, each other part
#: searched only when its word is there (the whole pattern, tried at every position with
#: IGNORECASE, cost about twenty times as much on the sentences that hold one of the words).
_NOT_TOLD_START = re.compile(
    r"(?:by|written by|reporting by|words by|edited by|editing by)\s+[a-z]"
    r"|(?:photo|image|picture|illustration|graphic|video|caption|source)s?(?:\s+(?:by|credit|courtesy))?\s*[:：]"
)
_NOT_TOLD_CREDITED = re.compile(r"\b(?:photo|image|picture)s?\s+(?:by|credit|courtesy)\b")
_NOT_TOLD_CREDIT = re.compile(r"\bcredit\s*:")
_NOT_TOLD_GETTY = re.compile(r"\bgetty images\b")
_NOT_TOLD_SHUTTERSTOCK = re.compile(r"\bshutterstock\b")


def _not_told_lowered(lowered: str) -> bool:
    """``_NOT_TOLD.search(text) is not None`` for ASCII ``text`` given as ``lowered`` (lower case)."""
    if _NOT_TOLD_START.match(lowered):
        return True
    if ("photo" in lowered or "image" in lowered or "picture" in lowered) and _NOT_TOLD_CREDITED.search(
        lowered
    ):
        return True
    if "credit" in lowered and _NOT_TOLD_CREDIT.search(lowered):
        return True
    if "getty" in lowered and _NOT_TOLD_GETTY.search(lowered):
        return True
    return "shutterstock" in lowered and _NOT_TOLD_SHUTTERSTOCK.search(lowered) is not None


def _balanced(text: str) -> bool:
    """Whether every quotation opened is closed (a sentence cut mid-quote is not)."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _shortened(sentence: str) -> str:
    words = sentence.split(maxsplit=_MAX_SENTENCE_WORDS)
    if len(words) <= _MAX_SENTENCE_WORDS:
        return sentence
    return " ".join(words[:_MAX_SENTENCE_WORDS]) + "…"


def _restates(sentence: str, headline: str) -> bool:
    """Whether a sentence only says the headline again (a headline's site tag aside, :data:`_SITE_TAG`)."""
    return fuzz.ratio(sentence.rstrip(".!? ").casefold(), _SITE_TAG.sub("", headline).casefold()) >= 90


def _retells(text: str, told: str) -> bool:
    """Whether ``text`` says ``told`` again in other words: their stems (:func:`stems`, inflections
    and function words gone) agree as :func:`_alike` asks of their words, and ``text`` holds no
    more than :data:`_RETOLD_EXTRA` stems besides all of ``told``'s (a longer sentence saying more)."""
    about, told_about = stems(text), stems(told)
    if told_about <= about and len(about - told_about) > _RETOLD_EXTRA:
        return False
    return fuzz.token_set_ratio(" ".join(sorted(about)), " ".join(sorted(told_about))) >= _RETOLD


def _alike(first: str, second: str) -> bool:
    return fuzz.token_set_ratio(first, second) >= _SAME_SENTENCE
