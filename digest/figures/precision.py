"""How much a printed number allows: its precision, and what its qualifier does to it.

"US$5.2 billion" is 5.15 to 5.25 billion; "3,000" is rounded to the thousand and
"1470" to the ten (at most 5% either way: "1 trillion" is a round figure, not
0.5 to 1.5 trillion). A qualifier moves the interval: "nearly $15 billion" is
14.5 to 15 billion (not $14 billion), "more than" and "at least" reach above the
number, "up to" and "under" below it, "about" around it.
"""

from __future__ import annotations

__all__ = ["SCALES", "interval", "printed_value"]

SCALES = {
    "trillion": 1e12, "tn": 1e12, "tr": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6,
    "mln": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
}  # fmt: skip


def printed_value(number: str, scale: str | None) -> tuple[float, float]:
    """The number and half the step of its last printed digit, scaled."""
    digits = number.replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    factor = SCALES.get((scale or "").casefold(), 1.0)
    if scale and scale in {"B", "M", "K"}:
        factor = SCALES[scale.casefold()]
    value = float(digits) * factor
    # "3,000" is rounded to the thousand, "1470" to the ten; "3.10" to the hundredth.
    whole = digits.split(".")[0]
    zeros = len(whole) - len(whole.rstrip("0")) if not decimals and whole.strip("0") else 0
    step = (10.0**-decimals if decimals else 10.0**zeros) * factor
    half = step / 2
    if not decimals and value:
        # "1 trillion" is a round figure, not "anything from 0.5 to 1.5 trillion".
        half = min(half, abs(value) * 0.05)
    return value, half


_APPROXIMATE = frozenset({"about", "around", "roughly", "approximately", "some", "an estimated", "estimated"})
#: At most the number: "up to", "under" (the true figure may be well below it).
_AT_MOST = frozenset({"up to", "as much as", "as many as", "less than", "fewer than", "under", "below"})
#: Just below the number, within its printed precision: "nearly $15 billion" is not $14 billion.
_JUST_BELOW = frozenset({"nearly", "near", "almost", "close to", "just under"})
#: At least the number: "more than", "over" (the true figure may be well above it).
_AT_LEAST = frozenset({"more than", "over", "above", "at least", "well over", "upwards of"})


def interval(value: float, half: float, qualifier: str | None) -> tuple[float, float]:
    """The interval a printed number allows, narrowed or widened by its qualifier."""
    low, high = value - half, value + half
    q = (qualifier or "").casefold()
    if q in _AT_MOST:
        return min(low, value * 0.75), value
    if q in _JUST_BELOW:
        return low, value
    if q in _AT_LEAST:
        return value, max(high, value * 1.25)
    if q == "just over":
        return value, high
    if q in _APPROXIMATE:
        return min(low, value * 0.95), max(high, value * 1.05)
    return low, high
