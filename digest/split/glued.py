"""Sentences an e-mail's conversion to text glued together, parted again.

Some senders' HTML, turned into text, loses the break between two paragraphs (or two lines) and
glues the next sentence to the period of the last: "maybe we just needed some GPUs.There is now
so much data ...", "“universal high income.”The new spin ...", "[... using AI.](https://...)I
hear ...". Told as printed, the summaries carried the two sentences as one word. A writer never
glues a sentence so, but a name may look the same ("Fish.Audio", "dspy.Refine", "U.S.", a
domain), so one join proves nothing: a body with many distinct joins of a sentence's end to a
capitalised word says it lost its breaks, and in such a body only each join is parted by a space.
Addresses, code spans and e-mail addresses are never touched, nor is a dotted word (a capital or
a dot, slash or "@" before the period, or a capital inside the next word: "Fiction.LiveBench").
"""

from __future__ import annotations

import itertools
import re

from digest.text.shape import CREDITED_OUTLET

__all__ = ["cut_byline", "glued_label", "part_credits", "part_glued", "part_labels", "part_titles"]

#: What no join is looked for in: a code span, a Markdown link's address, a bare address, an e-mail
#: address (tried at the start of a token only: tried inside a long one, the address's first part
#: would run to the token's end from every character, in time growing with the square of its length).
_KEPT = re.compile(
    r"`[^`]*`|\]\([^)\s]*\)?|<?(?:https?://|www\.)[^\s<>]*>?|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
#: The capitalised word of a sentence glued to the end of the last: a plain word followed by a
#: space or punctuation (no "LiveBench", no "Int64"), maybe opening a link or a quotation.
_NEXT = r"\[?[“\"‘]?[A-Z][a-z]*(?:[’'][a-z]+)?(?=[\s,;:]|$)"
#: A sentence's end glued to the next: a whole word ending with a lower-case letter (or a
#: percentage, an aside's close) then ".", "!" or "?" and maybe a closing quote; or a link's text
#: ending a sentence, closed, then the next word ("...AI.](https://...)I hear"); or a link closed,
#: then the period. Two capitalised words joined by a period are a name ("Fish.Audio"), no join.
_JOIN = re.compile(
    r"(?:(?<![\w.@/\\&+’'-])(?![A-Z][a-z]+\.[A-Z])[A-Za-z0-9’'-]*[a-z%)][.!?][”’\"]?|[.!?][”’\"]?\]\([^)\s]*\)|\]\([^)\s]*\)[.!?])"
    rf"(?={_NEXT})"
)
#: A sentence's end followed by a space and the next sentence: a line without one is no running
#: text but titles glued together ("... life in space?Robots take on sports", a table of contents),
#: whose joins are not parted.
_RUNNING = re.compile(r"[.!?][”’\")]?\s+[\[“\"‘]?[A-Z]")
#: Fewest distinct joins in one body for it to read as having lost its breaks.
_EVIDENCE = 5
#: Fewest words of a sentence no title runs to: a line holding one is running text, though none of
#: its sentences is followed by a space ("... for classified work.The US military has ...").
_RUNNING_WORDS = 15


def _running(line: str, joins: list[tuple[int, str]]) -> bool:
    """Whether ``line`` is running text: a sentence followed by a space and the next, or a part
    between its joins (a sentence, link addresses left out) longer than any title."""
    if _RUNNING.search(line):
        return True
    cuts = [0, *(at for at, _ in joins), len(line)]
    parts = (_KEPT.sub("", line[a:b]) for a, b in itertools.pairwise(cuts))
    return any(len(part.split()) >= _RUNNING_WORDS for part in parts)


def _joins(line: str) -> list[tuple[int, str]]:
    """Where ``line`` glues a sentence to the next, outside its addresses and code spans: the
    position of the next sentence and the join's two words."""
    kept = [m.span() for m in _KEPT.finditer(line)]
    out = []
    for m in _JOIN.finditer(line):
        start, end = m.span()
        link_close = "](" in m[0]
        if any(s < end and start < e for s, e in kept if not (link_close and line[s] == "]")):
            continue
        nxt = re.match(_NEXT, line[end:])
        if nxt is None:
            continue
        out.append((end, f"{m[0].lower()}|{nxt[0].lower()}"))
    return out


def part_glued(lines: list[str]) -> list[str]:
    """``lines`` with each sentence glued to the next parted by a space when the body shows five
    distinct joins or more (see the module docstring); any other body is returned as it is."""
    found = [_joins(line) for line in lines]
    if len({words for joins in found for _, words in joins}) < _EVIDENCE:
        return lines
    out = []
    for line, joins in zip(lines, found, strict=True):
        parted = line
        for at, _ in reversed(joins if _running(line, joins) else []):
            parted = parted[:at] + " " + parted[at:]
        out.append(parted)
    return out


#: An outlet credited at a line's end after a dash ("... for the ballot. — WSJ", "— Fox News"): one to
#: three capitalised words.
_CREDIT_END = re.compile(rf"\s{CREDITED_OUTLET}\s*$")
#: A credit glued to the next item's first word, a plain capitalised word ("— WSJTech billionaire
#: ...", "— WaPoTrump tapped ...", "— Fox NewsVisa applicants ...") or the article "A" before a word in
#: lower case ("— CBSA former adviser ..."): the shortest name that leaves one.
_CREDIT_GLUED = re.compile(
    r"(?<=\s)[—–]\s?(?P<name>[A-Z][\w.&]*?(?: [A-Z][\w.&]*?){0,2}?)"
    r"(?P<next>[A-Z][a-z]+|A(?=\s+[a-z]))(?=[\s,;:’']|$)"
)
#: Fewest lines of a body ending with a credit for its items to read as credited so.
_CREDITS = 2


def part_credits(lines: list[str]) -> list[str]:
    """``lines`` with items glued after an outlet's credit parted into paragraphs of their own.

    A brief that credits each item to its outlet ("... has qualified for the ballot. — WSJ") may
    lose, in its conversion to text, the break after a credit: "— WSJTech billionaire Sergey Brin
    confronted ...". Where two lines or more of the body end with a credit, a credit glued to a
    capitalised word is cut after the outlet's name, when that name is credited at a line's end
    elsewhere in the body, is glued so to two different words, or is an abbreviation in capitals
    ("WSJ", "FT", "NYT"); a name such as "DeepSeek" after a dash is left whole.
    """
    credited = [m["name"] for line in lines if (m := _CREDIT_END.search(line))]
    if len(credited) < _CREDITS:
        return lines
    names = set(credited) | _glued_names(lines)
    out: list[str] = []
    for line in lines:
        rest = line
        while (found := _glued_credit(rest, names)) is not None:
            out.extend((rest[:found].rstrip(), ""))
            rest = rest[found:]
        out.append(rest)
    return out


def _glued_names(lines: list[str]) -> set[str]:
    """Names a dash credits glued to two different words or more ("— AxiosZambia ...", "— AxiosPresident
    ..."): an outlet credited after items whose breaks were lost. A name printed in camel case after
    a dash ("— DeepSeek released ...") splits the same way wherever it stands, into one pair."""
    after: dict[str, set[str]] = {}
    for line in lines:
        for m in _CREDIT_GLUED.finditer(line):
            after.setdefault(m["name"], set()).add(m["next"])
    return {name for name, nexts in after.items() if len(nexts) >= _CREDITS}


def _glued_credit(line: str, names: set[str]) -> int | None:
    """Where the item after a glued credit opens in ``line``, if a credit is glued there."""
    for m in _CREDIT_GLUED.finditer(line):
        name = m["name"]
        if m["next"] == "A" and not (name in names or (name.isupper() and 3 <= len(name) <= 5)):
            continue  # "— CIA agents": a name of two capitals is no outlet glued to the article "A"
        if name in names or (name.isupper() and 2 <= len(name) <= 5):
            return m.start("next")
    return None


#: A word of an item's label: a capitalised name ("WitnessAI", "Thinking", "OpenAI") or a joining mark.
_LABEL_WORD = re.compile(r"(?:[A-Z][\w.'’-]*|&|\+)")
#: Capitalised words that open sentences, never an item's label.
_OPENERS = frozenset(
    "The A An In On At As This That These Those It Its We I Our Why How What When Where After Before "
    "New Here There If But And Or So For From By With To Today".split()
)
#: Most words of a label; fewest words of the sentence after it.
_LABEL_WORDS, _SENTENCE_WORDS = 4, 6
#: Fewest lines of one run of lines opening with a glued label, for the run to be items printed so.
_LABELLED_LINES = 3
#: Most lines from one labelled line to the next in a run of them (one other line between).
_LABEL_GAP = 2
#: A list item's mark before the label.
_ITEM_MARK = re.compile(r"^\s*(?:[-*+•]\s+)?")


def glued_label(line: str) -> int | None:
    """Where the sentence starts in a line opening with its item's label glued on, the label's words
    (one to four capitalised words) each named again in the sentence: "WitnessAI WitnessAI has raised
    ...", "Thinking Machines Lab Mira Murati’s AI startup, Thinking Machines Lab, is ...", "OpenAI &
    Cerebras OpenAI has signed a deal ... from chipmaker Cerebras." None for any other line."""
    at = _ITEM_MARK.match(line)
    start = at.end() if at else 0
    tokens: list[re.Match[str]] = []
    for token in re.finditer(r"\S+", line[start:]):
        if len(tokens) > _LABEL_WORDS:
            break
        tokens.append(token)
    best = None
    for k in range(1, min(_LABEL_WORDS, len(tokens) - 1) + 1):
        label = [t[0] for t in tokens[:k]]
        if label[0] in _OPENERS or not all(_LABEL_WORD.fullmatch(word) for word in label):
            break
        if label[-1] in ("&", "+"):
            continue
        rest = start + tokens[k].start()
        sentence = line[rest:]
        opens = sentence[:1].isupper() or sentence[:1].isdigit()
        if not opens or len(sentence.split()) < _SENTENCE_WORDS:
            continue
        names = [word for word in label if word not in ("&", "+")]
        if all(re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", sentence) for word in names):
            best = rest
    return best


def part_labels(lines: list[str]) -> list[str]:
    """``lines`` with the labels glued to their items' sentences taken off, where three lines or more
    print items so one after another (at most one other line between two of them): an e-mail's bold
    label over each item, its break lost in the conversion to text. The label's words are all in
    the sentence, so nothing is lost; without its label, the item is titled by its own sentence."""
    starts = [glued_label(line) if line.strip() else None for line in lines]
    labelled = [k for k, at in enumerate(starts) if at is not None]
    out = list(lines)
    group: list[int] = []
    for k in [*labelled, len(lines) + _LABEL_GAP + 1]:
        if group and k - group[-1] > _LABEL_GAP:
            if len(group) >= _LABELLED_LINES:
                for line in group:
                    mark = _ITEM_MARK.match(lines[line])
                    out[line] = (mark[0] if mark else "") + lines[line][starts[line] or 0 :]
            group = []
        group.append(k)
    return out


#: A person's name in a byline: two or three capitalised words, each with a lower-case letter ("Burgess
#: Everett", "Mary Ann Lee", "Ngozi O'Neill"); an outlet's abbreviation ("WSJ") is no person's name.
_PERSON = r"[A-Z][a-zà-ÿ'’.-]*[a-zà-ÿ][a-zà-ÿ'’.-]*(?: [A-Z][a-zà-ÿ'’.-]*[a-zà-ÿ][a-zà-ÿ'’.-]*){1,2}"
#: Writers credited after a story's last sentence, their names joined by commas and "and", maybe their
#: outlet after a comma: "... funding plan.— Burgess Everett and Nicholas Wu", "... — Ana Ruiz,
#: Harbor Weekly". After a closing quotation mark the names are a quotation's speaker, and stay.
_BYLINE = re.compile(
    rf"(?<=[.!?])\s*[—–]\s?(?P<names>{_PERSON}(?:(?:,| and| &|, and) {_PERSON})*)"
    r"(?:, (?:[A-Z][\w.&’'-]*)(?: [A-Z][\w.&’'-]*){0,2})?\s*$"
)
#: Fewest words a story tells before a byline: under them, the last sentence and its names may be a
#: quotation and its author printed without quotation marks ("Speed is a feature. — Ada Lovelace").
_BYLINE_AFTER_WORDS = 40


def cut_byline(text: str) -> tuple[str, str | None]:
    """``text`` without the writers credited after its last sentence, and that credit (None when none).

    A brief that signs each item with its reporters ("... their party-line immigration enforcement
    funding plan.— Burgess Everett and Nicholas Wu") names them in every item they wrote: read as the
    story's names they tell two items of one team alike, and told in a summary they end its last
    sentence. Only a story of more than a few sentences is read for one; a short quotation followed by
    its author is left whole.
    """
    found = _BYLINE.search(text)
    if found is None or len(text[: found.start()].split()) < _BYLINE_AFTER_WORDS:
        return text, None
    return text[: found.start()].rstrip(), text[found.start() :].strip()


#: Where a title's last word is glued to what follows it (the next title, or the paragraph under a
#: heading): a whole word in lower case of four letters or more, or a word closed by "?", "!" or a
#: closing quotation mark, then a capitalised word or one in capitals ("bailoutKing Charles", "space?Robots",
#: "SCIFs’PDB:"); or any word, then an opening quotation mark and a capital ("OPEC‘Chinamaxxing’"). A
#: name never reads so: "iPhone", "useState" and "readFile" are shorter, "DeepSeek" and "OpenAI" open
#: with a capital.
_TITLE_JOIN = re.compile(
    r"(?:(?<![\w’'.@/-])[a-z]{4,}|(?<=\w)[?!’”])(?=[A-Z](?:[a-z]+|[A-Z]+s?)(?=[\s,;:’'?!.-]|$))"
    r"|(?<=\w)(?=[‘“][A-Z])"
)
#: Fewest titles a line of glued titles names; the most and fewest words of one of them.
_GLUED_TITLES, _TITLE_MOST, _TITLE_FEWEST = 3, 14, 2
#: Most words of a heading glued to its paragraph; fewest words of that paragraph.
_HEAD_WORDS, _PARAGRAPH_WORDS = 6, 8
#: A sentence's end inside a line, after a word of three letters or more ("vs." ends none): the line
#: runs on as text.
_SENTENCE_END = re.compile(r"[a-z]{3}[.!?][”’\")]?(?:\s|$)")


def _title_joins(line: str) -> list[int]:
    """Where ``line`` glues a title to what follows, outside its addresses and code spans."""
    kept = [m.span() for m in _KEPT.finditer(line)]
    return [m.end() for m in _TITLE_JOIN.finditer(line) if not any(s <= m.start() < e for s, e in kept)]


def _glued_parts(line: str) -> list[str]:
    """The pieces of ``line`` glued together: itself alone when it glues nothing in a title's way.

    A line of three titles or more, each two to fourteen words with no sentence's end, is a table
    of contents whose breaks were lost ("GOP hates Spirit bailoutKing Charles in CongressFCC pressures
    Disney"): each title is a piece. A line opening with a short heading glued to a paragraph of
    eight words or more ("Victory conditionsEarly last year, things looked bad ..."), gluing no other
    word to a capital (a sentence glued after "?" is its own, parted by ``part_glued``), is two pieces."""
    joins = _title_joins(line)
    if not joins:
        return [line]
    bounds = [0, *joins, len(line)]
    parts = [line[a:b].strip() for a, b in itertools.pairwise(bounds)]
    if len(parts) >= _GLUED_TITLES and all(
        _TITLE_FEWEST <= len(part.split()) <= _TITLE_MOST and not _SENTENCE_END.search(part.rstrip(".?!"))
        for part in parts
    ):
        return parts
    head, rest = line[: joins[0]].strip(), line[joins[0] :].strip()
    if (
        not [at for at in joins[1:] if line[at - 1].isalpha()]
        and line[joins[0] - 1].isalpha()
        and head[:1].isupper()
        and len(head.split()) <= _HEAD_WORDS
        and not _SENTENCE_END.search(head)
        and len(rest.split()) >= _PARAGRAPH_WORDS
        and _SENTENCE_END.search(rest)
    ):
        return [head, rest]
    return [line]


def part_titles(lines: list[str]) -> tuple[list[str], frozenset[str]]:
    """``lines`` with titles glued to what follows them set apart again, each piece a paragraph of its
    own (blank lines around it), and the titles parted from a line of glued titles: an e-mail's block
    breaks lost in its conversion to text left a table of contents on one line, its titles run
    together, or a heading glued to its first sentence."""
    out: list[str] = []
    listed: set[str] = set()
    for line in lines:
        parts = _glued_parts(line) if line.strip() else [line]
        if len(parts) == 1:
            out.append(line)
            continue
        if len(parts) >= _GLUED_TITLES:
            listed.update(parts)
        for part in parts:
            if out and out[-1].strip():
                out.append("")
            out.extend((part, ""))
    return out, frozenset(listed)
