"""``finditer`` for patterns whose every match holds a digit, trying only the places near one.

Python's regular expressions try a pattern at every position of a text; a
figure pattern that opens with an optional qualifier ("up to", "about") and a
currency alternation is slow to reject at each of them, and most positions of
news text are nowhere near a digit. :class:`DigitAnchored` finds the same
matches as ``pattern.finditer`` (the tests compare them) by trying the
pattern's *core*, which starts at most ``reach`` characters before its first
digit, only around digits, then looking back for an optional leading word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["DigitAnchored"]

_DIGIT = re.compile(r"\d")
#: How far back from the core a leading word and its spaces are looked for.
_LOOKBACK = 64


class DigitAnchored:
    """Matches of ``(?:(?P<lead>LEAD)\\s+)?CORE`` in order, as ``finditer`` gives them.

    ``full`` is the whole pattern (its groups are what callers read), ``core``
    the part after the optional leading word and ``lead`` the leading words (None when
    there are none: ``full`` is ``core``).
    Every core match must start at most ``reach`` characters before its first
    digit. A leading word more than ``_LOOKBACK`` characters (of spaces) away
    from its core is not looked for.
    """

    __slots__ = ("before", "core", "full", "needs", "reach", "within")

    def __init__(
        self,
        full: re.Pattern[str],
        core: re.Pattern[str],
        lead: str | None,
        reach: int,
        needs: tuple[str, ...] = (),
    ) -> None:
        self.full, self.core, self.reach = full, core, reach
        #: None: the pattern has no leading word (``full`` is ``core``).
        self.before = None if lead is None else re.compile(rf"(?:{lead})\s+\Z", full.flags)
        #: Every match holds one of these (lower case); a text without any has no match.
        self.needs = needs
        #: ``within[k].match(text, place)`` ends at the leftmost of ``place`` .. ``place + k`` where
        #: ``core`` matches (its lazy prefix tries them in order): one call instead of ``k + 1``.
        self.within = tuple(
            re.compile(rf"(?s:.{{0,{k}}}?)(?=(?:{core.pattern}))", core.flags) for k in range(reach + 1)
        )

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``full`` in ``text``, left to right, without overlaps."""
        if self.needs:
            lowered = text.lower()
            if not any(need in lowered for need in self.needs):
                return
        pos = tried = 0
        within = self.within
        for digit in _DIGIT.finditer(text):
            at = digit.start()
            if at < pos:
                continue
            # The leftmost core start at or after pos: only near a digit, each place tried once.
            low = max(pos, at - self.reach, tried)
            tried = at + 1
            found = within[at - low].match(text, low) if low <= at else None
            if found is None:
                continue
            start = found.end()
            before = self.before
            lead = None if before is None else before.search(text, max(pos, start - _LOOKBACK), start)
            match = self.full.match(text, lead.start() if lead is not None else start)
            if match is None:  # pragma: no cover - the core matched here, so the whole pattern does
                continue
            yield match
            pos = max(match.end(), match.start() + 1)
