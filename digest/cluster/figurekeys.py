"""Figures as keys that read the same in any language: "410亿港元" and "HK$41 billion" are both 4.1e10.

A Chinese retelling of an English report shares almost no word with it, but it keeps
its figures and the names written in Latin letters ("CATL", "GPU"). Numbers are read
with their scale (English "billion", "bn", "million"; Chinese 万, 亿, 万亿) and percent
signs ("%", "％", "percent", "个百分点" is not a percent), then written in six
significant digits. Bare small numbers and years say nothing about an event and are
left out; whether a key is distinctive is decided by the run (how many stories have it).
"""

from __future__ import annotations

import re

__all__ = ["figure_keys", "is_cjk", "latin_names"]

_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8,
    "万亿": 1e12, "萬億": 1e12, "千亿": 1e11, "千億": 1e11, "百亿": 1e10, "百億": 1e10,
}  # fmt: skip

_FIGURE = re.compile(
    r"(?<![0-9A-Za-z.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*"
    r"(?:(万亿|萬億|千亿|千億|百亿|百億|千|万|萬|亿|億)"
    r"|(thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?"
    r"\s*(%|％|percent\b|per cent\b)?",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9$])")
_LATIN = re.compile(r"[A-Za-z]")
_YEARS = range(1900, 2101)
#: Characters of a story read to tell its script.
_HEAD = 2000


def figure_keys(text: str) -> frozenset[str]:
    """The figures of ``text`` in a language-free form: "4.1e+10", "30%", "2.1e+05"."""
    keys = set()
    for whole, fraction, cjk_scale, scale, percent in _FIGURE.findall(text):
        number = float(whole.replace(",", "") + fraction)
        factor = _SCALES.get((cjk_scale or scale).lower(), 1.0)
        if percent:
            keys.add(f"{number:.6g}%")
        elif factor > 1:
            keys.add(f"{number * factor:.6g}")
        elif number >= 1000 and not (not fraction and "," not in whole and int(number) in _YEARS):
            keys.add(f"{number:.6g}")  # a bare number: only large ones, and not a year
    return frozenset(keys)


def latin_names(text: str) -> frozenset[str]:
    """Words written in Latin letters with a capital first ("CATL", "Moore"), lower-cased."""
    return frozenset(m.casefold() for m in _LATIN_NAME.findall(text) if len(m) >= 2)


def is_cjk(text: str) -> bool:
    """Whether ``text`` is written mostly in Chinese or Japanese characters."""
    head = text[:_HEAD]
    if head.isascii() or _CJK.search(head) is None:  # isascii: a flag CPython keeps, no scan
        return False  # the common case, without counting letters
    return len(_CJK.findall(head)) >= len(_LATIN.findall(head))
