"""Sentences an e-mail's conversion to text cut at each inline element, joined again.

Some senders' HTML, turned into text, puts every inline element on a line of its own: a
link, a bold phrase or a styled span opens a line, and the rest of the sentence opens the
next ("OpenAI just dropped" / "GPT-5.5" / ", and the big idea is simple: ..."). Read line by
line, the pieces became headlines (", and the big idea ...") and section names. Such a body
says so itself: several of its lines open with a comma, a semicolon or a period right after
a line that ends no sentence, which a writer never does and a wrapper never does (it breaks
at a space, and a comma follows its word); so do names set apart on lines of their own between
two pieces of one sentence ("... ranks second on the" / "Artificial Analysis Index" / "behind
Kimi."), a link's words cut out of it. In such a body only, a line that continues the
unfinished line above it (it opens with punctuation that cannot open a sentence, or with a
lower-case word) is joined to it, and so is a short inline element between the two; any
other body is returned as it is.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from digest.text.shape import ends_sentence, kicker_title, title_case
from digest.text.stopwords import OPEN_WORDS

__all__ = ["join_inline_breaks"]

#: A line opening with punctuation that continues a sentence (", and", "; then", ". Next", ") and",
#: "” help repair": a closing quote, the quotation's last word a link cut out of it; ".” — Name": the
#: sentence and its quotation closed after a link cut out of it).
_PUNCTUATION_OPENING = re.compile(r"^(?:[,;)”]|[.:](?:\s|$|[”’\"]))")
#: A line opening with a plain lower-case word ("just beat", "(think: ..."), maybe the words of a link
#: ("[watchlist](https://...)" under "... delays. Your"): no brand ("iPhone", "exe.dev"), which may open
#: a headline.
_WORD_OPENING = re.compile(
    r"^\(?[a-z][a-z'’-]*(?=[\s,;:.!?)]|$)|^\[[a-z][a-z'’-]*(?=[\s\],;:!?])"
    # A link's words, or the next word, glued to the word before them when the space was lost
    # ("[andSAP](url)", "ofBusinessweek, and more").
    rf"|^\[?(?:{'|'.join(sorted(OPEN_WORDS, key=lambda w: (-len(w), w)))})(?-i:[A-Z])"
)
#: Fewest lines opened by continuing punctuation under an unfinished line for the body to read as
#: cut at its inline elements.
_EVIDENCE = 3
#: Most words of an inline element (a link, a bold phrase) standing between two pieces of a sentence.
_ELEMENT_WORDS = 6


#: An article opening a sentence, alone on its line: the words after it were a link cut out of it
#: ("A" / "27B model" / "just beat a 397B one on coding.").
_LONE_ARTICLE = frozenset({"A", "An", "The"})


#: A line that is one address and nothing else ("<https://...>"): no sentence, so none goes on from it.
_ADDRESS_ONLY = re.compile(r"^<?https?://\S+$")


#: Words with a full stop that never end a sentence: "versus" in a case's name ("Musk v." over "Altman,
#: ...") and a title before a name ("Dr." over "Ada Lund").
_OPEN_ABBREVIATIONS = frozenset({"v.", "vs.", "Mr.", "Mrs.", "Ms.", "Dr."})


def _unfinished(line: str) -> bool:
    text = line.strip()
    if _ADDRESS_ONLY.match(text):
        return False
    if _abbreviated(text):
        return True
    return (len(text) > 1 or text in _LONE_ARTICLE) and not ends_sentence(line, colon=True)


def _abbreviated(line: str) -> bool:
    """Whether ``line`` ends with a word that never ends a sentence, its full stop an abbreviation's."""
    last = line.rsplit(maxsplit=1)[-1] if line.split() else ""
    return last in _OPEN_ABBREVIATIONS


#: A line opening with a dash before a lower-case word: the rest of a sentence, its aside set off by a
#: dash after a link cut out of it ("... with solar energy collected in [space](url)" / "— far out.").
_DASH_OPENING = re.compile(r"^[—–]\s+[a-z]")


def _continues(line: str) -> bool:
    """Whether ``line`` opens as the rest of a sentence begun above it."""
    text = line.strip()
    return len(text) > 1 and (
        _PUNCTUATION_OPENING.match(text) is not None
        or _WORD_OPENING.match(text) is not None
        or _DASH_OPENING.match(text) is not None
    )


def _ends_open(line: str) -> bool:
    """Whether ``line`` ends with a word no sentence ends with ("... with a")."""
    last = line.rsplit(maxsplit=1)[-1] if line.split() else ""
    return last in OPEN_WORDS or line.strip() in _LONE_ARTICLE or _abbreviated(line)


def _ends_in_words(line: str) -> bool:
    """Whether ``line`` ends with a lower-case word, as running text does (a label or a count,
    "13,025 Likes", ends otherwise)."""
    last = line.rsplit(maxsplit=1)[-1] if line.split() else ""
    return last[:1].islower()


#: A line that is one link and nothing else ("[underemployment](https://...)").
_LINK_ONLY = re.compile(r"^\[(?P<words>[^\[\]]+)\]\([^()\s]+\)$")


def _named_between(previous: str, line: str, following: str, fixed: Callable[[str], bool]) -> bool:
    """Whether ``line`` is a name set apart between two pieces of one sentence: the line above ends
    unfinished in a lower-case word ("... ranks second on the"), ``line`` is a few words opening with
    a capital or a digit and ending nothing ("Artificial Analysis Intelligence Index"), or a link of a
    few words of any case ("[underemployment](url)"), and the line below opens with a plain
    lower-case word ("behind Kimi-K2.6.", "and how ..."): a link's words, cut out of their sentence."""
    text = line.strip()
    link = _LINK_ONLY.match(text)
    if link is not None:
        text = link["words"].strip()  # "[underemployment](url)": a link's words, whatever their case
    return (
        not fixed(following)
        and _ends_in_words(previous)
        and (text[:1].isupper() or text[:1].isdigit() or link is not None)
        and "://" not in text
        and len(text.split()) <= _ELEMENT_WORDS
        and _unfinished(line)
        and _WORD_OPENING.match(following.strip()) is not None
    )


def _cut_body(lines: list[str], fixed: Callable[[str], bool]) -> bool:
    """Whether the body reads as cut at its inline elements (see the module docstring): lines that
    open with continuing punctuation under an unfinished line, names set apart between two pieces of
    one sentence, and lines opening with a lower-case word right under a line that is one link (its
    sentence's opening words, "[Our reporters spoke with parents](url)" over "to land their kids a
    job."), counted together."""
    cuts = 0
    for i, (previous, line) in enumerate(itertools.pairwise(lines)):
        text = line.strip()
        if fixed(previous) or fixed(line) or not _unfinished(previous):
            continue
        following = lines[i + 2] if i + 2 < len(lines) else ""
        if (
            (len(text) > 1 and _PUNCTUATION_OPENING.match(text))
            or _named_between(previous, line, following, fixed)
            or (_LINK_ONLY.match(previous.strip()) and _WORD_OPENING.match(text))
        ):
            cuts += 1
    return cuts >= _EVIDENCE


def _title_line(line: str, following: str, fixed: Callable[[str], bool]) -> bool:
    """Whether ``line`` is a heading in title case ending its paragraph ("A Hotter World Will Be
    Pricier" over a blank line): nothing under it. A line ending with an open word ("... built in")
    never takes such a line as the rest of its sentence: the words of a link cut out of a sentence go
    on into it, or close it with a mark."""
    return fixed(following) and title_case(line.strip())


def _kicker_headline(line: str, above: str) -> bool:
    """Whether ``line`` is a headline headed by a kicker ("Falcon-2: The heavyweight contender"),
    standing at the start of its paragraph (blank above, or a sentence's end): a few words ending in
    a name or a noun, never the opening of a sentence cut at a link. The linked name under it
    ("Falcon-2" / "was the most awaited model") opens the text under the headline."""
    return kicker_title(line) and not _ends_open(line) and (not above.strip() or ends_sentence(above))


def _glue(joined: str, line: str) -> str:
    text = line.strip()
    return joined + text if _PUNCTUATION_OPENING.match(text) else joined + " " + text


def join_inline_breaks(
    lines: list[str], fixed: Callable[[str], bool], opens_item: Callable[[str], bool]
) -> list[str]:
    """``lines`` with the pieces of each sentence cut at its inline elements joined on one line.

    ``fixed`` tells a line that joins nothing and is joined to nothing (blank, a heading, a rule,
    a list item's opening); a list item's opening (``opens_item``) may still take the rest of its
    sentence.
    """
    if not _cut_body(lines, fixed):
        return lines
    out: list[str] = []
    for i, line in enumerate(lines):
        previous = out[-1] if out else ""
        closed = not previous.strip() or (fixed(previous) and not opens_item(previous))
        joinable = bool(out) and not fixed(line) and not closed and _unfinished(previous)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        opened = _ends_open(previous) and not _title_line(line, following, fixed)
        if joinable and (_continues(line) or opened):
            out[-1] = _glue(previous, line)
            continue
        if (
            joinable
            and _ends_in_words(previous)
            and not _kicker_headline(previous, out[-2] if len(out) > 1 else "")
            and len(line.split()) <= _ELEMENT_WORDS
            and _unfinished(line)
            and not fixed(following)
            and _continues(following)
        ):
            out[-1] = _glue(previous, line)  # an inline element between two pieces of a sentence
            continue
        out.append(line)
    return out
