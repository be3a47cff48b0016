"""Figures in story text: money, percentages, counts and multiples, with what they measure.

Each figure keeps the exact text as printed, its value and the interval its
stated precision allows ("US$5.2 billion" is 5.15 to 5.25 billion), its unit
(an ISO currency, "%", "x" or the counted noun), its qualifier ("up to",
"about"), the sentence, the names in that sentence and the measure words near
it ("sales", "stake", "IPO"). A parenthesised equivalent, "HK$41 billion
(S$6.7 billion)", is linked to the figure it restates.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick
from attrs import evolve

from digest.figures.objects import figure_object
from digest.figures.precision import interval, printed_value
from digest.figures.scan import DigitAnchored
from digest.models import Figure, FigureKind
from digest.text.shape import sentences

__all__ = ["extract_figures", "may_measure", "measure_family", "names_in"]


_PREFIX_CURRENCY = {
    "us$": "USD", "usd": "USD", "$": "USD", "hk$": "HKD", "hkd": "HKD", "s$": "SGD", "sgd": "SGD",
    "nt$": "TWD", "twd": "TWD", "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD", "€": "EUR",
    "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "JPY|CNY", "rmb": "CNY", "cny": "CNY", "jpy": "JPY", "₩": "KRW",
    "krw": "KRW", "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR", "chf": "CHF", "r$": "BRL",
}  # fmt: skip
_SUFFIX_CURRENCY = {
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "yen": "JPY", "won": "KRW", "rupee": "INR",
    "rupees": "INR",
    "euro": "EUR", "euros": "EUR", "dollars": "USD", "us dollars": "USD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "pounds": "GBP", "baht": "THB", "ringgit": "MYR", "pesos": "MXN",
    "patacas": "MOP", "new taiwan dollars": "TWD",
}  # fmt: skip
_QUALIFIERS = (
    "up to", "as much as", "as many as", "more than", "over", "above", "at least", "about", "around",
    "roughly", "nearly", "almost", "approximately", "some", "close to", "less than", "under", "below",
    "an estimated", "estimated", "just over", "just under", "well over", "upwards of", "fewer than", "near",
)  # fmt: skip

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"trillion|billion|million|thousand|tn|bn|mln|mn|[bmk](?![a-z])"
#: A currency before its number; a code in letters only as a word of its own ("Rs 500", never the
#: end of "users 500 million" or "members 2,000").
_PREFIX = (
    r"US\$|HK\$|S\$|NT\$|A\$|C\$|R\$|[$€£¥₩₹]"
    r"|(?<![^\W\d_])(?:USD|HKD|SGD|TWD|AUD|CAD|EUR|GBP|RMB|CNY|JPY|KRW|INR|CHF|Rs\.?)"
)
_SUFFIX = "|".join(sorted((re.escape(k) for k in _SUFFIX_CURRENCY), key=len, reverse=True))
_QUALIFIER = "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True))

_MONEY_CORE = (
    rf"(?P<pre>{_PREFIX})\s?(?P<num>{_NUMBER})(?:\s?(?P<scale>{_SCALE}))?"
    rf"(?:\s?(?:-|–|to)\s?(?P<num2>{_NUMBER})(?:\s?(?P<scale2>{_SCALE}))?)?\b"
)
_MONEY_SUFFIXED = rf"(?P<num_s>{_NUMBER})(?:\s?(?P<scale_s>{_SCALE}))?\s(?P<suf>{_SUFFIX})\b"
_PERCENT_CORE = (
    rf"(?P<sign>[+\-−])?(?P<num>{_NUMBER})\s?"
    r"(?P<unit>%|percent\b|per cent\b|percentage points?\b|pp\b|ppts?\b)"
)
_MULTIPLE_CORE = rf"(?P<num>{_NUMBER})\s?(?:x\b|×|-fold\b|fold\b)"
#: A bare number that a score names: "a score of 1470", "Elo 1460", "a rating of 4.5".
_SCORE_CORE = rf"(?P<noun>score|rating|elo)\s(?:of\s)?(?P<num>{_NUMBER})\b(?![%.,]?\d|\s?%)"
_COUNT_CORE = (
    rf"(?<![\w$€£¥.,])(?:(?P<lo>{_NUMBER})\s?(?:-|–|to)\s?)?(?P<num>{_NUMBER})"
    r"(?:\s?(?P<scale>trillion|billion|million|thousand))?"
    r"(?:\s|-)(?P<noun>[a-z][a-z-]{2,})"
)


def _anchored(
    core: str, flags: int, reach: int, *, money: bool = False, needs: tuple[str, ...] = ()
) -> DigitAnchored:
    """The figure pattern: an optional qualifier, then ``core`` (``reach``: its characters before a digit).

    ``needs``: text one of which every match holds, in lower case (none of them has a letter
    that matches another under IGNORECASE, as k, s and i do).
    """
    if money:
        full = rf"(?:(?P<qual>{_QUALIFIER})\s+)?{core}|(?:(?P<qual_s>{_QUALIFIER})\s+)?{_MONEY_SUFFIXED}"
        core = f"{core}|{_MONEY_SUFFIXED}"
    else:
        full = rf"(?:(?P<qual>{_QUALIFIER})\s+)?{core}"
    return DigitAnchored(re.compile(full, flags), re.compile(core, flags), _QUALIFIER, reach, needs)


#: A currency prefix is at most 3 characters and a space before the number.
_MONEY = _anchored(_MONEY_CORE, re.IGNORECASE, 4, money=True)
_PERCENT = _anchored(_PERCENT_CORE, re.IGNORECASE, 1, needs=("%", "per", "pp"))
_MULTIPLE = _anchored(_MULTIPLE_CORE, re.IGNORECASE, 0, needs=("x", "×", "fold"))
_COUNT = _anchored(_COUNT_CORE, 0, 0)
_SCORE = _anchored(_SCORE_CORE, re.IGNORECASE, 10, needs=("core", "rat", "elo"))

#: Measure families: the words near a figure that say what it measures.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "listing": (
        "ipo",
        "listing",
        "listed",
        "debut",
        "offering",
        "float",
        "share sale",
        "follow-on",
        "placement",
        "raise",
        "raising",
        "funding",
    ),
    "investment": ("invest", "investment", "commit", "pledge", "capex", "capital expenditure"),
    "stake": ("stake", "shareholding", "shares in"),
    "sales": ("sales", "sold", "deliveries", "delivered", "shipments", "shipped"),
    "orders": ("orders", "pre-orders", "preorders", "bookings", "reservations", "order book"),
    "production": ("production", "produced", "output", "manufactured"),
    "revenue": ("revenue", "turnover", "income"),
    "profit": ("profit", "earnings", "net income"),
    "loss": ("loss", "losses", "deficit"),
    "fine": ("fine", "fined", "penalty"),
    "valuation": ("valuation", "valued", "market cap", "market value", "worth"),
    "deal": ("deal", "agreement", "licens", "upfront", "milestone", "acquisition", "acquire", "takeover"),
    "gains": ("gains", "return", "upside"),
    "price": ("price", "priced", "trading at", "traded at"),
    "exports": ("export",),
    "imports": ("import",),
    "users": ("users", "subscribers", "customers"),
    "jobs": ("jobs", "employees", "workforce", "staff", "layoffs"),
    "rate": ("rate", "yield"),
}
_NAME = re.compile(
    r"(?<![\w'’])(?:[A-Z][\w&'’.-]*[A-Za-z0-9]|[A-Z]{2,})(?:\s+(?:[A-Z][\w&'’.-]*[A-Za-z0-9]|of|de|and))*"
)
_COMMON_CAPS = frozenset(
    "the a an in on at for its it this that these those but and or as by with from to of after before while "
    "he she they we our their his her".split()
)
#: A number written with a leading zero ("0605", "06-05", "007") names something; it counts nothing.
_CODE = re.compile(r"0\d")

_NOT_COUNTED = frozenset(
    "percent per cent percentage years year months month days day weeks week hours hour minutes times fold "
    "am pm billion million trillion thousand and or to from of in on at by for".split()
)


def measure_family(words: str) -> frozenset[str]:
    """The measure families named in ``words``."""
    return frozenset(name for _, _, name in _measure_words(words))


#: A measure word continued as the agent who does it ("investors", "dealers") names who, not what.
_AGENT = re.compile(r"(?:or|er)s?\b")


def names_in(sentence: str) -> frozenset[str]:
    """Names in ``sentence`` (lower case), common sentence openers left out."""
    found = set()
    for m in _NAME.finditer(sentence):
        name = m[0].strip()
        words = name.split()
        if len(words) == 1 and words[0].casefold() in _COMMON_CAPS:
            continue
        found.add(name.casefold())
    return frozenset(found)


def extract_figures(
    text: str, seen: dict[str, list[Figure]] | None = None, *, measured: bool = False
) -> list[Figure]:
    """Every figure in ``text``, in order; never raises on any text.

    ``seen``: the figures of sentences read before, kept by the caller for one batch of
    texts (wire copies repeat their sentences); the same figures as reading them again.
    With ``measured``, sentences whose figures cannot measure anything (no measure word, see
    :func:`may_measure`) are not read: their figures are left out.
    """
    figures: list[Figure] = []
    for paragraph in text.split("\n"):
        # Every figure has a digit: most paragraphs and sentences of news have none.
        if _DIGIT.search(paragraph) is None:
            continue
        for sentence in sentences(paragraph):
            if _DIGIT.search(sentence) is None or (measured and not may_measure(sentence)):
                continue
            if seen is None:
                figures.extend(_in_sentence(sentence, len(figures)))
                continue
            found = seen.get(sentence)
            if found is None:
                found = seen[sentence] = _in_sentence(sentence, 0)
            offset = len(figures)
            figures.extend(
                _with_restates(f, f.restates + offset) if f.restates >= 0 and offset else f for f in found
            )
    return figures


_DIGIT = re.compile(r"\d")


#: What may stand between a figure and its equivalent in brackets: "X (about Y)".
_BRACKET = re.compile(r"\s*,?\s*\(\s*(?:about|around|roughly|approximately|approx\.|or|=|≈|some)?\s*")


def _in_sentence(sentence: str, offset: int) -> list[Figure]:
    spans: list[tuple[int, int]] = []
    found: list[tuple[int, Figure]] = []
    names = names_in(sentence)
    for start, end, figure in _candidates(sentence, names):
        if any(start < e and s < end for s, e in spans):
            continue
        spans.append((start, end))
        found.append((start, figure))
    found.sort(key=lambda item: item[0])
    found = _ranges(sentence, found)
    figures = [f for _, f in found]
    starts = [s for s, _ in found]
    # "X (Y)": Y restates X when it directly follows X in brackets.
    for k in range(1, len(figures)):
        between = sentence[spans_end(figures[k - 1], starts[k - 1]) : starts[k]]
        bracketed = _BRACKET.fullmatch(between) is not None
        if bracketed and figures[k].kind is figures[k - 1].kind is FigureKind.MONEY:
            figures[k] = _with_restates(figures[k], offset + k - 1)
    return figures


_BETWEEN = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
#: What stands between the two ends of a range: "X (X') and Y", "X to Y".
_RANGE_AND = re.compile(r"\s*(?:\([^()]*\))?\s*(?:and|to)\s+", re.IGNORECASE)


def _ranges(sentence: str, found: list[tuple[int, Figure]]) -> list[tuple[int, Figure]]:
    """ "between X (X') and Y" is one figure from X to Y: X's bracketed equivalent and Y fold into it."""
    kept: list[tuple[int, Figure]] = []
    k = 0
    while k < len(found):
        start, figure = found[k]
        lead = _BETWEEN.search(sentence, max(0, start - 16), start)
        end = next(
            (
                j
                for j in range(k + 1, min(k + 3, len(found)))
                if found[j][1].kind is figure.kind
                and found[j][1].unit == figure.unit
                and figure.value < found[j][1].value < 100 * figure.value
                and _RANGE_AND.fullmatch(sentence, spans_end(figure, start), found[j][0])
            ),
            None,
        )
        if lead is None or end is None:
            kept.append((start, figure))
            k += 1
            continue
        top_start, top = found[end]
        low, high = figure.low, top.high
        text = sentence[lead.start() : spans_end(top, top_start)]
        kept.append(
            (
                lead.start(),
                evolve(
                    figure,
                    text=text,
                    value=(low + high) / 2,
                    low=low,
                    high=high,
                    half=(high - low) / 2,
                    qualifier="between",
                ),
            )
        )
        k = end + 1
    return kept


def spans_end(figure: Figure, start: int) -> int:
    """Where a figure's printed text ends in its sentence."""
    return start + len(figure.text)


def _with_restates(figure: Figure, index: int) -> Figure:
    return evolve(figure, restates=index)


#: Where a clause ends: a figure measures what its own clause names.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:while|whereas|but|and|as|compared with|versus|vs\.?)\s|\s[–—]\s")


#: Characters around a figure, outside its clause, searched for what it measures.
_REACH = 120


def _context(sentence: str, start: int, end: int) -> frozenset[str]:
    """Measure families of the figure's clause, else of the clauses before it, else of the sentence."""
    breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
    left = max(b for b in breaks if b <= start)
    right = min((b for b in breaks if b >= end), default=len(sentence))
    words = _measure_words(sentence)
    # Outside its clause, a measure word counts only near the figure: long sentences tell several things.
    near, far = max(0, start - _REACH), min(len(sentence), end + _REACH)
    for low, high in ((left, right), (near, left), (near, far)):
        nearest = _nearest_family(words, low, high, start, end)
        if nearest:
            return nearest
    return frozenset()


#: Any measure word as a substring: one search rules a short text (a word) out.
_ANY_MEASURE_WORD = re.compile(
    "|".join(sorted({re.escape(key) for keys in _FAMILIES.values() for key in keys}, key=len, reverse=True))
)
#: What a sentence holds when one of its figures can have a measure: a measure word, the first
#: word of a measure of two words (an object's words are joined: "market" "value"), or a score.
_MAY_MEASURE_WORDS = tuple(sorted({key.split()[0] for keys in _FAMILIES.values() for key in keys}))


def _automaton(words: Iterable[tuple[str, object]]) -> Any:
    """An Aho-Corasick automaton of ``(word, value)``: every place of every word in one pass of a text
    (in compiled code), where a substring test per word is a Python call per word."""
    automaton = ahocorasick.Automaton()
    for word, value in words:
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


#: The words of ``_MAY_MEASURE_WORDS``, found in one pass.
_MAY_MEASURE_AUTOMATON = _automaton((word, word) for word in _MAY_MEASURE_WORDS)
#: Every measure key with its place in ``_FAMILIES`` (family, then key: the order of the plain loop),
#: its length and its family.
_MEASURE_KEYS = _automaton(
    (key, (order, len(key), name))
    for order, (name, key) in enumerate((name, key) for name, keys in _FAMILIES.items() for key in keys)
)
_SCORE_WORD = re.compile(r"score|rating|elo", re.IGNORECASE)
_SCORE_WORDS = ("score", "rating", "elo")


def may_measure(sentence: str) -> bool:
    """Whether a figure of ``sentence`` can have a measure (False: every figure's is empty).

    A figure's measures are the measure words of its sentence, those of its object's words
    (words of the sentence, joined by spaces) or its score's noun: a sentence with none of
    these words even as a part of a word has none. Each word is a substring test (one
    alternation of them all searched at every position cost about three times as much).
    """
    lowered = sentence.casefold()
    for _ in _MAY_MEASURE_AUTOMATON.iter(lowered):  # any of ``_MAY_MEASURE_WORDS`` in ``lowered``
        return True
    if sentence.isascii():  # IGNORECASE matches other letters only outside ASCII (K, ſ, İ)
        return any(word in lowered for word in _SCORE_WORDS)
    return _SCORE_WORD.search(sentence) is not None


#: Texts up to this long are searched for any measure word first (longer ones: the search costs
#: as much as looking for each word).
_SHORT = 32


@functools.lru_cache(maxsize=64)
def _measure_words(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Every measure word in ``sentence`` (start, end, family), found once for all its figures."""
    lowered = sentence.casefold()
    if len(lowered) <= _SHORT and _ANY_MEASURE_WORD.search(lowered) is None:
        return ()
    return _each_measure_word(lowered)


def _each_measure_word(lowered: str) -> tuple[tuple[int, int, str], ...]:
    """The measure words of ``lowered`` (a sentence in lower case): every place of every key, found in
    one pass, in the order of a loop key by key (family, key, place; the tests compare the two)."""
    found = []
    for end, (order, length, name) in _MEASURE_KEYS.iter(lowered):
        at, stop = end + 1 - length, end + 1
        # "rate" in "generate", "float" in "float32"
        inside = (at > 0 and lowered[at - 1].isalpha()) or lowered[stop : stop + 1].isdigit()
        if not inside and _AGENT.match(lowered, stop) is None:
            found.append((order, at, stop, name))
    found.sort()
    return tuple((at, stop, name) for _, at, stop, name in found)


def _nearest_family(
    words: tuple[tuple[int, int, str], ...], low: int, high: int, start: int, end: int
) -> frozenset[str]:
    """The measure family whose word stands closest to the figure within ``[low, high)``."""
    best: tuple[int, str] | None = None
    for at, stop, name in words:
        if at < low or stop > high:
            continue
        distance = abs(start - stop if at < start else at - end)
        if best is None or (distance, name) < best:
            best = (distance, name)
    return frozenset({best[1]}) if best else frozenset()


def _candidates(sentence: str, names: frozenset[str]) -> Iterator[tuple[int, int, Figure]]:
    for m in _MONEY.finditer(sentence):
        yield _money(sentence, m, names)
    for m in _PERCENT.finditer(sentence):
        points = m["unit"].casefold().startswith(("percentage point", "pp", "ppt"))
        value, half = printed_value(m["num"], None)
        if m["sign"] in {"-", "−"}:
            value = -value
        half = half if "." in m["num"] else 0.5
        kind = FigureKind.POINTS if points else FigureKind.PERCENT
        yield _found(
            sentence,
            m,
            names,
            kind=kind,
            unit="pp" if points else "%",
            value=value,
            half=half,
            qualifier=m["qual"],
        )
    for m in _MULTIPLE.finditer(sentence):
        value, half = printed_value(m["num"], None)
        half = half if "." in m["num"] else 0.05
        yield _found(
            sentence,
            m,
            names,
            kind=FigureKind.MULTIPLE,
            unit="x",
            value=value,
            half=half,
            qualifier=m["qual"],
        )
    yield from _counts(sentence, names)


def _counts(sentence: str, names: frozenset[str]) -> Iterator[tuple[int, int, Figure]]:
    """Counts of a noun ("25,000 orders", "3.5-4 bits") and scores ("a score of 1470")."""
    for m in _COUNT.finditer(sentence):
        noun = m["noun"].casefold().rstrip("-")
        digits = m["num"].replace(",", "")
        if noun in _NOT_COUNTED or (len(digits) == 4 and "." not in digits and 1900 <= int(digits) <= 2100):
            continue
        if _CODE.match(digits) or (m["lo"] and _CODE.match(m["lo"])):
            continue  # "the 0605 version", "the 06-05 release": a code or a date, not how many
        value, half = printed_value(m["num"], m["scale"])
        bounds = None
        if m["lo"]:  # "3.5-4 bits": the range, its middle as the value
            low_value, low_half = printed_value(m["lo"], m["scale"])
            if low_value < value:
                bounds = (low_value - low_half, value + half)
                value, half = (bounds[0] + bounds[1]) / 2, (bounds[1] - bounds[0]) / 2
        unit = noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun
        yield _found(
            sentence,
            m,
            names,
            kind=FigureKind.COUNT,
            unit=unit,
            value=value,
            half=half,
            qualifier=m["qual"],
            bounds=bounds,
        )
    for m in _SCORE.finditer(sentence):
        value, half = printed_value(m["num"], None)
        unit = "rating" if m["noun"].casefold() == "rating" else "score"
        yield _found(
            sentence,
            m,
            names,
            kind=FigureKind.COUNT,
            unit=unit,
            value=value,
            half=half,
            qualifier=m["qual"],
            measure=unit,
        )


def _found(
    sentence: str,
    m: re.Match[str],
    names: frozenset[str],
    *,
    kind: FigureKind,
    unit: str,
    value: float,
    half: float,
    qualifier: str | None,
    bounds: tuple[float, float] | None = None,
    measure: str | None = None,
) -> tuple[int, int, Figure]:
    """The figure matched by ``m``; its interval from precision and qualifier unless ``bounds`` says."""
    low, high = bounds or interval(value, half, qualifier)
    about = figure_object(sentence, m.start(), m.end())
    figure = Figure(
        text=m[0].strip(),
        kind=kind,
        value=value,
        low=low,
        high=high,
        half=half,
        unit=unit,
        qualifier=(qualifier or "").casefold() or None,
        sentence=sentence,
        measures=(frozenset({measure}) if measure else _context(sentence, m.start(), m.end()))
        | measure_family(" ".join(sorted(about))),
        names=names,
        about=about,
    )
    return m.start(), m.end(), figure


def _money(sentence: str, m: re.Match[str], names: frozenset[str]) -> tuple[int, int, Figure]:
    bounds = None
    if m["pre"]:
        qualifier = m["qual"]
        unit = _PREFIX_CURRENCY[m["pre"].casefold()]
        value, half = printed_value(m["num"], m["scale"] or m["scale2"])
        if m["num2"]:
            high_value, high_half = printed_value(m["num2"], m["scale2"] or m["scale"])
            bounds = (value - half, high_value + high_half)
            value, half = (bounds[0] + bounds[1]) / 2, (bounds[1] - bounds[0]) / 2
    else:
        qualifier = m["qual_s"]
        unit = _SUFFIX_CURRENCY[m["suf"].casefold()]
        value, half = printed_value(m["num_s"], m["scale_s"])
    if unit == "JPY|CNY" and re.search(r"\bJapan|\bJapanese|\bTokyo|\byen\b", sentence):
        unit = "JPY"
    return _found(
        sentence,
        m,
        names,
        kind=FigureKind.MONEY,
        unit=unit,
        value=value,
        half=half,
        qualifier=qualifier,
        bounds=bounds,
    )
