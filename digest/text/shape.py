"""What a block of text looks like: headline, label, paragraph; titles derived from text.

Pure functions over strings, shared by the splitter and its helpers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

#: Characters that close a sentence (quotes and brackets after them are looked through).
_SENTENCE_END = frozenset(".!?。！？")
_CLOSERS = "\"'”’»」』)]*_ "
#: What a link's label says when it names the link, not a story: "link", "PDF", "source", a site.
#: The site a link goes to, and its path, as a link list prints it after an item: "blog.example.com",
#: "github.com/someone" (lower case).
SITE = r"(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}(?:/[^\s()]*)?"
_LINK_WORDS = (
    r"links?|video|audio|paywall|podcast|pdf|source|(?:github |gitlab )?repo(?:sitory)?|website"
    r"|paper|thread|tweet|demo|docs"
    rf"|(?-i:{SITE})"  # the site the link goes to: "(blog.example.com)", "(github.com/someone)"
)
_LINK_SUFFIX = re.compile(
    rf"\s*\((?:(?:{_LINK_WORDS}"
    r"|\d+\s*(?:-\s*)?(?:min(?:ute)?s?(?: read| watch)?|h(?:ou)?rs? (?:read|watch)))"
    r"(?:\s*,\s*)?)+\)\s*$",
    re.IGNORECASE,
)
_LINK_LABEL = re.compile(rf"^\W*(?:{_LINK_WORDS}|https?://\S+)\W*$", re.IGNORECASE)
_READ_MORE = re.compile(
    r"\s*(?:\(?\b(?:read more|more on this|full story|continue reading|details here"
    r"|lee más|leer más|sigue leyendo|seguir leyendo|詳しくはこちら|続きを読む)\b\.?\)?)\s*$",
    re.IGNORECASE,
)
#: One CJK character (kana, ideographs, hangul): scripts that write words without spaces.
CJK_CHAR = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
_CJK = re.compile(CJK_CHAR)
_CONNECTIVE = re.compile(
    r"^\W*(separately|meanwhile|also|additionally|in addition|however|but|and|so|still|yet|moreover|"
    r"furthermore|this|that|these|those|it|its|they|their|the move|the deal|the company|the firm|"
    r"the decision|the announcement|the plan|he|she|his|her|there|then|later|earlier|instead|"
    r"as a result|in response|otherwise"
    # An event the text before told, named again by its kind in lower case ("The probe was shut down
    # ...", "The IPO would ..."; "The Bill Gates-backed ..." names someone).
    r"|(?-i:[Tt]he (?:probe|investigation|inquiry|IPO|offering|listing|pact|agreement|survey|study|report"
    r"|lawsuit|suit|ruling|bill|measure|proposal|talks|exit|sale|merger|acquisition|purchase)))\b"
    # Its subject set against what came before ("Araghchi, however, has not agreed ...").
    r"|^\W*[^\W\d_][^,.!?;:\n]{0,60},\s+however,",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r",\s|;\s|\s[–—]\s|:\s|\s\(|\s(?:which|while|after|as|amid|with|who|where|but)\s")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?。！？])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9\u4e00-\u9fff])")
#: Closed-class words that open English sentences: after a stop with no space, one of them starts a
#: new sentence (see ``_SENTENCE_STOP``).
_GLUED_OPENER = (
    "The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|Our|His|Her|Their|There|Here|In|On|At"
    "|For|But|And|Or|So|As|If|When|While|After|Before|With|Without|Now|Then|Still|Yet|Also|Meanwhile"
    "|However|What|Why|How|Who|Some|Many|Most|One|Each|Both|According|Despite|By|From|Since|Because"
    "|Although|Though|Plus|Even|Not|No"
)
#: ``_SENTENCE_SPLIT`` with its stop taken as the match's first character (the cut is group 1):
#: the same cuts, but the search skips to a stop instead of testing a look-behind at every character.
#: Its second form (group 2) is a stop glued to the next sentence, as a page's blocks run together when
#: their break is lost ("... for classified work.The US military has ..."): two lower-case letters,
#: the stop, then a sentence-opening word and a space (so "dspy.Refine in DSPy",
#: "Texas.Photographer:" and "litellm.exceptions" stay whole). Its third form (group 3) is a CJK
#: full stop, with the quotation marks it closes, before the next sentence: Chinese and Japanese
#: write no space between sentences ("…规模最高可达410亿港元。公司去年五月在港上市…").
_SENTENCE_STOP = re.compile(
    r"[.!?。！？](?:([\"'”’)]*\s+)(?=[\"'“‘(]*[A-Z0-9\u4e00-\u9fff])"
    rf"|(?<=[a-z]{{2}}[.!?])()(?=(?:{_GLUED_OPENER})(?:[’']s)?\s)"
    r"|(?<=[。！？])([」』”’）)]*)(?=[^\s」』”’）)]))"
)
#: The word before a glued stop is a plain word of its own, not the end of a dotted name ("os.path.It").
_GLUED_WORD = re.compile(r"(?:^|\s)[\"'“‘(]*[A-Za-z’'-]*[a-z]{2}[.!?]$")
#: An abbreviation before a full stop does not end a sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Co|Corp|Inc|Ltd|No|vs|etc|e\.g|i\.e|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|Gov|Sen|Rep|Prof|Gen|Jr|Sr))\.$"
)
#: Longer than any abbreviation with its stop ("approx." is 7); word boundaries still see before it.
_ABBREVIATION_REACH = 12


def words(text: str) -> int:
    """Words in ``text``; CJK text counts about one word per two characters."""
    cjk = len(_CJK.findall(text))
    return len(text.split()) + cjk // 2


_STOPWORDS = frozenset(
    "the and for with from into over under about after this that your you are was were has have new".split()
)


def content_words(text: str) -> set[str]:
    """The distinct words of ``text`` that carry meaning: three letters or more, not a stop word."""
    tokens = re.findall(r"[^\W\d_][\w'+.-]*[^\W_]|[^\W\d_]", text.casefold())
    return {t for t in tokens if len(t) >= 3 and t not in _STOPWORDS}


def strip_symbols(text: str) -> str:
    """``text`` without leading and trailing emoji, bullets and other symbols."""
    if text and text[0] in _PLAIN and text[-1] in _PLAIN:
        return text  # most text: nothing to strip at either end
    start, end = 0, len(text)
    while start < end and _is_symbol(text[start]):
        start += 1
    while end > start and _is_symbol(text[end - 1]):
        end -= 1
    return text[start:end].strip()


def _is_symbol(char: str) -> bool:
    if char.isspace() or char in "\u200d\ufe0f\ufe0e|#>•·▪●◦‣-–—*":
        return True
    category = unicodedata.category(char)
    return category in {"So", "Sk", "Sm", "Co", "Cn"} or "\U0001f1e6" <= char <= "\U0001f1ff"


#: The ASCII characters that are no symbol: text opening and closing with one has none to strip.
_PLAIN = frozenset(c for c in map(chr, range(128)) if not _is_symbol(c))


#: A link's label with its engagement count closing a headline: "(post, ~1.8k)", "(~2.3k)".
_ENGAGEMENT_SUFFIX = re.compile(r"\s*\((?:[^\W\d_][\w ]{0,24},\s*)?~\d+(?:\.\d+)?[kKmM]\)\s*$")
#: A count of comments or points after a link ("(412 comments)", "(1.2k points)").
_COUNT_SUFFIX = re.compile(
    r"\s*\(\d[\d,.]*[kK]?\s+(?:comments?|points?|replies|upvotes?|votes?)\)\s*$", re.IGNORECASE
)


#: A plain-text email's link number after a headline ("... (2 MINUTE READ) [15]").
_REFERENCE = re.compile(r"\s+\[\d{1,3}\]\s*$")


def is_engagement_count(text: str) -> bool:
    """Whether ``text`` is only a count of comments or points ("(412 comments)")."""
    return bool(text.strip()) and not _COUNT_SUFFIX.sub("", text).strip()


def strip_link_suffix(text: str) -> str:
    """A headline without its "(link)" / "(link, link)" markers or a "(post, ~1.8k)", "(412 comments)"
    count."""
    while True:
        shorter = _REFERENCE.sub("", text)
        shorter = _LINK_SUFFIX.sub("", _ENGAGEMENT_SUFFIX.sub("", _COUNT_SUFFIX.sub("", shorter)))
        if shorter == text:
            return text.strip()
        text = shorter


def is_link_label(text: str) -> bool:
    """Whether ``text`` only names a link ("Source", "PDF", "GitHub repo", "https://..."), not a story."""
    return _LINK_LABEL.match(text.strip()) is not None


def is_read_more(text: str) -> bool:
    """Whether ``text`` is only a "Read more →" call, a link to the story above it."""
    core = strip_symbols(text)
    return bool(core) and not strip_read_more(core).strip()


def strip_read_more(text: str) -> str:
    """A paragraph without a trailing "Read more" / "More on this." call."""
    return _READ_MORE.sub("", text).rstrip()


def ends_sentence(text: str, *, colon: bool = False) -> bool:
    """Whether ``text`` ends a sentence ("." "!" "?" before closing quotes or brackets).

    With ``colon``, a line ending in ":" ends too: it introduces what follows
    ("Key points:") rather than running on into it.
    """
    if colon and text.rstrip().endswith((":", "：")):
        return True
    tail = strip_symbols(text).rstrip(_CLOSERS)
    if tail.endswith(("...", "…")):
        return False
    return bool(tail) and tail[-1] in _SENTENCE_END


#: Shortest word a title in title case capitalises (shorter ones, "of", "the", "on", may stay in lower
#: case), and the marks around a word that are no letter of it.
_TITLE_WORD_LETTERS = 4
_AROUND_WORD = "“”‘’\"'()[]*_:,;"


def title_case(text: str, fewest: int = 3) -> bool:
    """Whether ``text`` is a title in title case of ``fewest`` words or more ("A Hotter World Will Be
    Pricier", "Mark Carney's Inner Circle Is Selling the World on Canada"): its first word and each
    word of four letters or more capitalised (or a figure), ending no sentence."""
    found = [w.strip(_AROUND_WORD) for w in text.split()]
    found = [w for w in found if any(c.isalnum() for c in w)]  # "&", "–" are no words
    if len(found) < fewest or ends_sentence(text, colon=True):
        return False
    capital = [w[:1].isupper() or w[:1].isdigit() or w[:1] in "$€£" for w in found]
    return capital[0] and all(c for w, c in zip(found, capital, strict=True) if len(w) >= _TITLE_WORD_LETTERS)


#: A title headed by a kicker: a name or label, a colon, then words opening with a capital or a figure
#: ("Falcon-2: The heavyweight contender", "Honorable mention: Cedar-9").
_KICKER = re.compile(r"^[^\s:][^:]{0,40}:\s+[\"“‘']?[A-Z0-9]")
#: Most words of a title so headed.
_KICKER_WORDS = 8


def kicker_title(text: str) -> bool:
    """Whether ``text`` is a short title headed by a kicker ("Falcon-2: The heavyweight contender"):
    eight words at most, ending no sentence and no clause."""
    core = text.strip()
    return (
        _KICKER.match(core) is not None
        and len(core.split()) <= _KICKER_WORDS
        and not ends_sentence(core, colon=True)
        and not core.endswith((",", ";"))
    )


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (see :func:`sentences`); empty for empty text."""
    return next(iter_sentences(text), "")


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences (abbreviations and initials do not cut)."""
    return list(iter_sentences(text))


def iter_sentences(text: str) -> Iterator[str]:
    """The sentences of ``text`` (:func:`sentences`), cut as they are asked for."""
    start = 0
    for m in _SENTENCE_STOP.finditer(text):
        if m.group(1) is not None:
            cut = m.start(1)
        else:  # glued, or a CJK stop: cut after it (and the marks it closes)
            cut = m.end()
            if m.group(2) is not None and not _GLUED_WORD.search(text, max(0, cut - 40), cut):
                continue  # not after a plain word: a dotted name ("os.path.It")
        head = text[start:cut].rstrip()
        # An abbreviation is at most 7 characters before the stop: only the end is searched.
        if _ABBREVIATION.search(head, max(0, len(head) - _ABBREVIATION_REACH)):
            continue
        piece = text[start:cut].strip()
        if piece:
            yield piece
        start = m.end()
    piece = text[start:].strip()
    if piece:
        yield piece


#: A sentence's closing full stop, then the outlet or writer it is credited to after a dash
#: ("... ahead of its potential IPO. — WSJ", "... on campus. – The Atlantic").
_CREDITED_SENTENCE = re.compile(r"\.[\"'”’)]*\s+[—–-]\s*[^\W\d_][^.!?]{0,40}$")


def is_title_like(text: str) -> bool:
    """Whether a line reads as a headline or heading rather than running text.

    A sentence with the name of its source after a dash ("OpenAI missed its own targets for new
    users and revenue. — WSJ") is running text: a briefing's item credited to the outlet that
    reported it, not a headline over the next paragraph.
    """
    core = strip_link_suffix(strip_symbols(text))
    if not core or len(core) > 180 or words(core) > 22:
        return False
    if "." in core and _CREDITED_SENTENCE.search(core):
        return False
    if len(sentences(core)) > 1:
        return False
    if ends_sentence(core):
        # Question and exclamation headlines exist; full stops end sentences.
        return core.rstrip(_CLOSERS)[-1:] in "?!" and words(core) <= 14
    return not core.endswith((",", ";"))


def is_label(text: str) -> bool:
    """Whether a title-like line is a short label ("Top News", "TOP BIT", "Details")."""
    core = strip_symbols(text).rstrip(".…:")
    n = words(" ".join(w for w in core.split() if w not in {"&", "and", "+", "/"}))
    return 0 < n <= 3 or (is_caps(core) and n <= 6)


def is_caps(text: str) -> bool:
    """Whether the letters of ``text`` are all upper case (and there are some)."""
    letters = [c for c in text if c.isalpha() and not _CJK.match(c)]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_connective(text: str) -> bool:
    """Whether a paragraph opens by pointing back ("Separately, ...", "The move ...")."""
    return bool(_CONNECTIVE.match(strip_symbols(text)))


#: A sentence that only greets the reader ("Good morning.", "Hi all!"): no headline.
_BARE_GREETING = re.compile(
    r"^\W*(good (morning|afternoon|evening|day)|hello|hi|hey|greetings|welcome( back)?)"
    r"(,? (all|everyone|everybody|folks|friends|there|readers))?\W*$",
    re.IGNORECASE,
)
#: An outlet credited after a dash ("— WSJ", "— Fox News"): one to three capitalised words.
CREDITED_OUTLET = r"[—–]\s?(?P<name>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,2})"
#: An outlet credited after a sentence's end ("... qualified for the ballot. — WSJ").
_TRAILING_CREDIT = re.compile(rf"(?<=[.!?”’\"])\s*{CREDITED_OUTLET}\s*$")


#: A sentence's opening phrase set before its subject ("In a rare address to Congress, ...",
#: "Following Saturday's shooting, ...", "While the world was focused on X, ..."): a preposition or a
#: subordinating word opening the sentence, up to its comma.
_OPENER = re.compile(
    r"(?:in|on|at|after|before|during|following|amid|amidst|while|as|when|whenever|despite|since|under"
    r"|with|without|for|through|throughout|over|according|although|though|because|once|until|ahead"
    r"|unlike|besides|beyond|within|across|against|among|upon|from|given)\s"
)
#: One or two capitalised words and a comma: the rest of a place's name ("Kentucky, ", "New Mexico, ").
_APPOSITIVE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?, ")
#: What follows a comma but is no main clause: a second verb of the opening sentence ("I came across a
#: word, and looked it up"), the next item of a list ("While you are a student, contingent worker, or
#: ...", "... the war in Iran, a rupturing alliance, and the march of AI"), or a clause that points back
#: to the phrase ("When you look at Titan, it does not look promising": "It" heads nothing), or a
#: relative clause (", which always carried ...": the comma closing the opening phrase was left out).
_NO_MAIN_CLAUSE = re.compile(
    r"(?:and|or|but|nor|so|then|yet|it|this|that|these|those|there|which|who|whom|whose|where)\s"
    r"|[^,]*,\s(?:and|or)\s",
    re.I,
)
#: Most words of an opening phrase skipped, and fewest words of the clause after it.
_OPENER_WORDS = 25
_MAIN_CLAUSE_WORDS = 4


def _in_brackets(text: str, at: int) -> bool:
    """Whether place ``at`` of ``text`` is inside a bracket opened before it."""
    return text.count("(", 0, at) > text.count(")", 0, at)


def _outer_comma(text: str) -> int:
    """Where the first ", " outside brackets is in ``text`` (-1: none): "As every lab sprints toward
    (aka a coding focus, better PDFs), it ..." opens on the whole bracket."""
    at = text.find(", ")
    while at >= 0 and _in_brackets(text, at):
        at = text.find(", ", at + 2)
    return at


def main_clause(sentence: str) -> str | None:
    """The sentence from its main clause on, past the phrases opening it, if it opens with one.

    "In a rare address to Congress, King Charles III emphasized ..." is headed by what King Charles
    did, not where; "While the world was focused on Claude Opus 4.7 and GPT-5.5, we saw the release of
    two open LLMs" names neither in its headline. None when the sentence opens with its subject, or
    what follows the phrases is too short to head it.
    """
    if not sentence[:1].isupper() or not _OPENER.match(sentence[:16].lower()):
        return None
    rest = sentence
    while True:
        comma = _outer_comma(rest)
        if comma < 0 or len(rest[:comma].split()) > _OPENER_WORDS:
            return None
        rest = rest[comma + 2 :].lstrip()
        if not _OPENER.match(rest) and not _APPOSITIVE.match(rest):
            break  # a phrase opening in lower case goes too ("In 1946, in a cabinet meeting, Bevin said"),
            # and a place's second name ("In Trigg County, Kentucky, on the way back, I ...")
    if len(rest.split()) < _MAIN_CLAUSE_WORDS or not rest[:1].isalnum() or _NO_MAIN_CLAUSE.match(rest):
        return None
    word = rest.split(maxsplit=1)[0]
    return rest[:1].upper() + rest[1:] if word.isalpha() and word.islower() else rest


#: Words that neither name the subject nor tell what it did: articles, prepositions, conjunctions.
_FUNCTION_WORDS = frozenset("a an the of for in on at to by from and or its their his her".split())


def _names_and_noun(clause: str) -> bool:
    """Whether ``clause`` is a sentence's subject alone: its names capitalised and one word in lower
    case besides function words, its last, the noun they name ("A U.S. Special Forces soldier" cut
    before "who participated ... was charged"), no verb telling what happened. A title in capitals
    ("Triton LSTM Implementation, ...") has no such noun; "Kenya's Sawe won the marathon" has a verb."""
    told = clause.split()
    lower = [w for w in told if w[:1].islower() and w.lower() not in _FUNCTION_WORDS]
    return len(lower) == 1 and lower[0] == told[-1]


def derive_title(text: str, limit: int = 12) -> str:
    """A short headline from the first sentence, cut at a clause boundary."""
    told = iter_sentences(text) if text.strip() else iter(())
    first = strip_symbols(next(told, ""))
    if _BARE_GREETING.match(first):
        first = strip_symbols(next(told, "")) or first  # "Good morning." greets: the news is next
    first = strip_link_suffix(first) or first  # a marker alone ("(video)") stays a title
    first = _TRAILING_CREDIT.sub("", first)  # "... for the ballot. — WSJ": the outlet is no headline
    core = first.rstrip(_CLOSERS)
    opened = core.count("(") - core.count(")")  # "... WebDev leaderboard (leaderboard, ~0.5k)"
    if 0 < opened <= first[len(core) :].count(")"):
        core += ")" * opened
    first = core.rstrip(".!?。！？").strip()
    # A quotation the headline opens, it closes: “I am a citizen of the United States of America”
    # (the sentence closes it, or the quotation goes on to the next paragraph), “A half-century
    # after it was published, The Soul of a New Machine…” (never cut at a comma inside it).
    title = _title_of(first, limit)
    return title + _open_quote(title)


def _title_of(first: str, limit: int) -> str:
    """:func:`derive_title` of a first sentence as cleaned: whole when short, else cut at a clause
    boundary (never inside brackets or a quotation), else at ``limit`` words."""
    if _CJK.search(first) and " " not in first:
        return first if len(first) <= 30 else first[:28] + "…"
    tokens = first.split()
    if len(tokens) <= limit + 2:
        return first
    main = main_clause(first)
    if main is not None:
        first, tokens = main, main.split()
        if len(tokens) <= limit + 2:
            return first
    for m in _CLAUSE.finditer(first):
        before = len(first[: m.start()].split())
        if before > limit + 2:
            break  # later boundaries are further in: a sentence of a megabyte is not read to its end
        clause = first[: m.start()]
        alone = subject_only(clause, m) or _names_and_noun(clause)  # a subject alone is no headline
        inside = _in_brackets(first, m.start()) or _open_quote(clause) != ""
        if before >= 5 and not inside and not alone:
            # Never inside brackets ("OpenAI Codex (the web app, not ...") nor a quotation (“A
            # half-century after it was published, The Soul of a New Machine does ...”).
            return first[: m.start()].strip()
    return " ".join(tokens[:limit]) + "…"


#: Quotation marks a headline must close when it opens them: curly double, and straight double.
_QUOTES = (("“", "”"), ('"', '"'))


def _open_quote(text: str) -> str:
    """The marks closing the quotations ``text`` opens and does not close, the last opened first
    ("" when every one is closed)."""
    open_at: list[tuple[int, str]] = []
    for opening, closing in _QUOTES:
        count = text.count(opening)
        unclosed = count % 2 if opening == closing else max(count - text.count(closing), 0)
        open_at.extend((text.rfind(opening), closing) for _ in range(unclosed))
    return "".join(closing for _, closing in sorted(open_at, reverse=True))


#: What a clause of the subject opens with, no comma before it ("A U.S. Special Forces soldier who
#: participated ..."): cut there, a headline would be its subject alone.
_QUALIFIER = re.compile(r"\s(?:who|which|where|with)\s")
#: A verb that tells the words before a clause are more than a subject ("The administration is
#: printing passports which ...").
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|says?|said)\b"
)
#: An article opening a noun phrase: what a sentence's subject starts with.
_ARTICLE = re.compile(r"(?:A|An|The)\s")
#: Most words of a sentence's opening noun phrase read as its subject alone.
_SUBJECT_WORDS = 8


def subject_only(before: str, boundary: re.Match[str]) -> bool:
    """Whether ``before``, the words up to a clause ``boundary``, is a sentence's subject alone: a
    short phrase opening with an article and no verb to tell more, then "who", "which", "where" or
    "with" with no comma before it ("A U.S. Special Forces soldier who ... was charged ...")."""
    return (
        _QUALIFIER.fullmatch(boundary.group()) is not None
        and _ARTICLE.match(before) is not None
        and len(before.split()) <= _SUBJECT_WORDS
        and _AUXILIARY.search(before) is None
    )


#: A list number opening a headline ("2. Marlow cloud outage", "5. 1 fun thing: ...", "[1] Title",
#: "【1】見出し").
_ENUMERATOR = re.compile(r"^(?:\d{1,3}[.)]\s+|[\[(]\d{1,3}[\])]\s+|[【［〔（]\d{1,3}[】］〕）]\s*)(?=\S)")


#: A segment's time code before its title, in show notes and timelines ("00:29:30 — ", "[12:04] ").
_TIME_CODE = re.compile(
    r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s*[—–-]\s+|[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)(?=\S)"
)


def strip_time_code(text: str) -> str:
    """``text`` without a segment's time code before it ("00:29:30 — A word from our sponsor")."""
    return _TIME_CODE.sub("", text.lstrip(), count=1)


def clean_title(text: str) -> str:
    """A headline as shown: its list number, time code, symbols, "(link)" markers and the colon that
    hands over to its text ("**Robots need benchmarks:**") off, spacing normalised."""
    title = strip_time_code(_ENUMERATOR.sub("", strip_symbols(text).lstrip(), count=1))
    return " ".join(strip_link_suffix(title).split()).rstrip(" :：")
