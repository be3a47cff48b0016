"""Tokens and their normal forms: the one place raw words become terms.

Every stage that compares text (the TF-IDF vectors, the MinHash signatures of the shared
index, follow-ups) reads tokens with :func:`find_tokens` and normalises each distinct token once
through a :class:`TokenCache`: lower case, possessives and a plural ``s`` off, stop words
and one-letter tokens dropped; a token written with a capital or a digit is also a name, and so
is a version mark in lower case ("v4", as "V4").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from digest.text.stopwords import STOPWORDS

__all__ = ["TokenCache", "content_terms", "find_tokens", "normalise", "signature_terms"]

#: A word (a letter, then word characters, apostrophes, dots and hyphens, ending on a word
#: character) or a number with its separators: ``[^\W\d_](?:[\w'’.-]*\w)?|\d+(?:[.,]\d+)*``,
#: written to open with one character class (a letter or a digit) so that the search skips
#: to the next place a token can start instead of trying both branches at every position; a
#: digit then takes the number's branch. The same tokens (a Hypothesis test compares them),
#: a quarter faster.
_TOKEN = re.compile(r"[^\W_](?:(?<=\d)\d*(?:[.,]\d+)*(?:-\d\d(?!\w))*|[\w'’.-]*(?<=\w))")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: ``_YEAR`` written to open with its first digit (the boundary before it looked behind that
#: digit), so the search skips to a 1 or a 2: the same years, about three times faster.
_YEAR_FAST = re.compile(r"(1(?<!\w1)[89]\d\d|2(?<!\w2)0\d\d)(?!\w)")
#: A hyphen after a word character and before a digit, a capital or a version mark ("-v4"), or any
#: non-ASCII letter, which may be a capital: a text without it holds no compound of two names.
_NAMED_AFTER_HYPHEN = re.compile(r"-(?=[0-9A-Z]|v\d|[^\x00-\x7f])(?<=\w-)")
#: A version mark written in lower case ("v4", "v2.1"): a part of a compound of names as "V4" is.
_VERSION_MARK = re.compile(r"v\d+(?:\.\d+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_INTEGER = re.compile(r"\d+")


def _named_parts(compound: str) -> int:
    """How many parts of a hyphenated compound are written as names or numbers."""
    parts = compound.split("-")
    if any(_INTEGER.fullmatch(part) for part in parts):
        return 0  # a serial (AK-47, COVID-19, MS08-067): the number is the identity, keep it whole
    if len(parts) > 2 and any(_NUMBER.fullmatch(part) for part in parts):
        return 0  # a named variant of a version (GPT-5.2-Codex is not GPT-5.2): keep it whole
    return sum(_is_name(part) for part in parts)


def _is_name(raw: str) -> bool:
    """Whether a raw token (or a part of a compound) is written as a name: a capital, a digit, or a
    version mark ("v4" as "V4"); an empty part is none."""
    first = raw[:1]
    return first.isupper() or first.isdigit() or (first == "v" and _VERSION_MARK.fullmatch(raw) is not None)


def find_tokens(text: str) -> list[str]:
    """The raw tokens of ``text``; a hyphenated compound of names is read as its parts.

    ``Qwen3-Embedding-0.6B`` read whole shares nothing with "Qwen3's new embedding model";
    read as ``Qwen3``, ``Embedding``, ``0.6`` it shares two names, and the word pairs
    still keep the compound together. Only compounds of names are split (two parts or
    more written with a capital or a digit, none a bare number): "so-called" and
    "Paris-based" stay whole, and so do serials (AK-47, MS08-067), whose number is the
    identity. A name and its dotted version are two parts: ``GLM-4.7`` is read as ``GLM
    4.7`` and ``GLM‑4.7`` (a non-breaking hyphen) are, three spellings of one release; a
    named variant of a version (``GPT-5.2-Codex``) stays whole, another product than GPT-5.2.
    A version mark in lower case is a named part: ``DeepSeek-v4`` is ``DeepSeek V4``.
    """
    raws: list[str] = _TOKEN.findall(text)
    if not _NAMED_AFTER_HYPHEN.search(text):
        return raws  # most texts: no compound of names to split
    out: list[str] = []
    for raw in raws:
        if "-" in raw and _named_parts(raw) >= 2:
            out.extend(_TOKEN.findall(raw.replace("-", " ")))
        else:
            out.append(raw)
    return out


def normalise(token: str) -> str:
    """Lowercase, strip possessives and a plural ``s`` so reworded forms meet."""
    if token.isascii():  # NFKC leaves ASCII as it is, and its case folding is lower case
        word = token.lower()
    else:
        word = unicodedata.normalize("NFKC", token).casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'.-")
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


class TokenCache:
    """Normal forms of raw tokens, computed once per distinct token for a whole run."""

    __slots__ = ("names", "words")

    def __init__(self) -> None:
        #: raw token -> normal form, "" for stopwords and one-letter tokens.
        self.words: dict[str, str] = {}
        #: raw token -> normal form if written as a name or number, else "".
        self.names: dict[str, str] = {}

    def learn(self, raws: Iterable[str]) -> None:
        """Add the tokens not seen yet."""
        for raw in set(raws).difference(self.words):
            word = normalise(raw)
            if len(word) < 2 or word in STOPWORDS:
                word = ""
            self.words[raw] = word
            self.names[raw] = word if _is_name(raw) else ""

    def words_of(self, raws: list[str]) -> list[str]:
        """The normal forms of ``raws`` that are words, in order (learning the new ones)."""
        self.learn(raws)
        return list(filter(None, map(self.words.__getitem__, raws)))

    def names_of(self, raws: list[str]) -> list[str]:
        """The normal forms of ``raws`` written as names or numbers, in order."""
        self.learn(raws)
        return list(filter(None, map(self.names.__getitem__, raws)))


def content_terms(text: str, cache: TokenCache | None = None) -> frozenset[str]:
    """The normalised words and numbers of ``text`` that carry content (no stop words)."""
    return frozenset((cache or TokenCache()).words_of(find_tokens(text)))


def signature_terms(text: str, cache: TokenCache) -> set[str]:
    """What a text is signed by in the shared index: its names and numbers, else its content words."""
    return set(cache.names_of(find_tokens(text))) or set(content_terms(text, cache))
