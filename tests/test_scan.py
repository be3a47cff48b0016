"""Digit-anchored scanning finds exactly what ``finditer`` finds, for every figure pattern."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.compose import summary
from digest.figures import extract as figures
from digest.figures.scan import DigitAnchored

PATTERNS = {
    "money": figures._MONEY,
    "percent": figures._PERCENT,
    "multiple": figures._MULTIPLE,
    "count": figures._COUNT,
    "score": figures._SCORE,
    "summary figure": summary._FIGURE_SCAN,
}

#: Pieces that figure patterns care about, mixed with plain words and glue.
_PIECES = st.sampled_from(
    [
        "up to", "about", "just over", "more than", "some", "Under", "US$", "HK$", "Rs.", "RS", "$", "¥", "€",
        "USD", "yuan", "dollars", "hong kong dollars", "billion", "bn", "m", "k", "B", "%", "percent",
        "percentage points", "pp", "x", "-fold", "×", "to", "-", "–", "+", "−", "1", "12", "2026", "3.5",
        "41", "1,234", "7,000.5", ",", ".", "(", ")", "cars", "units", "sales", "years", "a", "the",
        "approximately", "over", "sunder", "IE9", "v2", "score", "Elo", "rating of", "of", "nearly", "near",
        "£", "₹", "NT$", "ABC$", "per cent", "tn", "Gemini",
    ]
)  # fmt: skip
_GLUE = st.sampled_from(["", " ", " ", "  ", "\t", "-"])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(_PIECES, _GLUE), max_size=30))
    return "".join(piece + glue for piece, glue in pieces)


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(max_examples=400, deadline=None)
@given(text=_texts())
def test_anchored_scan_equals_finditer(name: str, text: str) -> None:
    """Every match, its span and its groups, as the plain regular expression scan gives them."""
    pattern = PATTERNS[name]
    assert _spans(pattern.finditer(text)) == _spans(pattern.full.finditer(text))


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_anchored_scan_equals_finditer_on_any_text(text: str) -> None:
    """Arbitrary Unicode (other digits, marks, spaces) changes nothing either."""
    for pattern in PATTERNS.values():
        assert _spans(pattern.finditer(text)) == _spans(pattern.full.finditer(text))


def test_seed_sentences_read_the_same() -> None:
    """The figures of a real sentence with qualifiers, ranges and restatements."""
    sentence = (
        "Sales rose about 30% to more than 25,000 cars, and the listing raised HK$41 billion "
        "(S$6.7 billion), up to 3.5x the 2024 deal, worth US$5-6 bn."
    )
    for pattern in PATTERNS.values():
        found = _spans(pattern.finditer(sentence))
        assert found == _spans(pattern.full.finditer(sentence))
    assert [m[0] for m in figures._MONEY.finditer(sentence)] == [
        "HK$41 billion",
        "S$6.7 billion",
        "US$5-6 bn",
    ]


def test_core_must_reach_a_digit() -> None:
    """A core starting ``reach`` characters before its digit is found, with its leading word."""
    loose = DigitAnchored(re.compile(r"(?:(?:about)\s+)?abc\d"), re.compile(r"abc\d"), "about", 3)
    assert [m[0] for m in loose.finditer("about abc1 abc2")] == ["about abc1", "abc2"]


_SENTENCE_PIECES = st.sampled_from(
    ["Mr.", "U.S.", "e.g.", "approx.", "Sept.", "A.", "Inc.", "said", "Xiaomi", "the", "3.5", "2026.",
     "end.", "Why?", "Yes!", "“Quoted.”", "(Aside.)", "中国。", "Co.", "vs.", "x.", "Dr"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_SENTENCE_PIECES, st.sampled_from([" ", "  ", "\n", " "])), max_size=25))
def test_sentences_search_only_the_end_for_abbreviations(pieces: list[tuple[str, str]]) -> None:
    """Looking for an abbreviation only near the stop cuts sentences as searching all the text did."""
    from digest.text import shape as _shape

    text = "".join(piece + glue for piece, glue in pieces)

    def reference(text: str) -> list[str]:
        found, start = [], 0
        for m in _shape._SENTENCE_SPLIT.finditer(text):
            if _shape._ABBREVIATION.search(text[start : m.start()].rstrip()):
                continue
            found.append(text[start : m.start()].strip())
            start = m.end()
        found.append(text[start:].strip())
        return [p for p in found if p]

    assert _shape.sentences(text) == reference(text)


def test_summary_figures_reach_a_currency_of_five_characters() -> None:
    """The summary's figure pattern starts up to five characters before its digit ("ABC$ 41")."""
    pattern = PATTERNS["summary figure"]
    for text in ("Paid ABC$ 41 million", "HK$41bn (S$ 6.7 bn), 12 and 2026", "a$ 5", "Gemini 2.5 at 3%"):
        assert _spans(pattern.finditer(text)) == _spans(pattern.full.finditer(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=".!?。！？\"'”’)“‘( \n\tAbz09中", max_size=40))
def test_sentence_stops_taken_first_cut_where_the_look_behind_did(text: str) -> None:
    """The split pattern that starts at its stop finds the cuts of the one that looks behind for it (its
    second form, a stop glued to the next sentence, is the only addition)."""
    from digest.text import shape as _shape

    plain = [m.span() for m in _shape._SENTENCE_SPLIT.finditer(text)]
    stops = [m.span(1) for m in _shape._SENTENCE_STOP.finditer(text) if m.group(1) is not None]
    assert stops == plain


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=12) | st.text(alphabet="ab. \t*#>|-–•😀\u200d$%()+~", max_size=12))
def test_symbols_stripped_with_a_plain_fast_path_as_char_by_char(text: str) -> None:
    """Text opening and closing with a plain ASCII character is returned as the loop would return it."""
    from digest.text import shape as _shape

    start, end = 0, len(text)
    while start < end and _shape._is_symbol(text[start]):
        start += 1
    while end > start and _shape._is_symbol(text[end - 1]):
        end -= 1
    assert _shape.strip_symbols(text) == text[start:end].strip()


def test_leftmost_core_near_a_digit_found_in_one_call() -> None:
    """The places before a digit are tried leftmost first by one lazy match, lookbehinds included."""
    guarded = DigitAnchored(
        re.compile(r"(?<![\w.])(?:ab|b)c?\d"), re.compile(r"(?<![\w.])(?:ab|b)c?\d"), None, 3
    )
    for text in ("xab1 ab2 .b3 bc4 abc5", "ab1ab2", "b1 xb2 b3", "abc", "1 2 3"):
        assert _spans(guarded.finditer(text)) == _spans(guarded.full.finditer(text))
    assert len(guarded.within) == 4


def test_sentences_cut_where_a_lost_block_break_glued_two_together() -> None:
    """A stop glued to a sentence-opening word ends a sentence; dotted names and credits stay whole."""
    from digest.text.shape import sentences

    glued = "Google signed a deal for classified work.The US military has quietly increased its use."
    assert sentences(glued) == [
        "Google signed a deal for classified work.",
        "The US military has quietly increased its use.",
    ]
    assert sentences("It was a bad policy.But that could change.") == [
        "It was a bad policy.",
        "But that could change.",
    ]
    for whole in (
        "A member asked about feedback when using dspy.Refine in DSPy.",
        "It raised litellm.exceptions.RateLimitError in the loop.",
        "A home in Austin, Texas.Photographer: Kaylee Greenlee",
        "The U.S.The end",  # an abbreviation's stop, not two lower-case letters
    ):
        assert sentences(whole) == [whole]


def test_sentences_cut_at_a_cjk_full_stop_with_no_space_after_it() -> None:
    """Chinese and Japanese write no space between sentences: the stop, with the marks it closes, ends one."""
    from digest.text.shape import sentences

    assert sentences("宁德时代表示，规模最高可达410亿港元。公司去年五月在港上市。分析人士认为如此。") == [
        "宁德时代表示，规模最高可达410亿港元。",
        "公司去年五月在港上市。",
        "分析人士认为如此。",
    ]
    assert sentences("他说：「我们会增发。」公司随后确认。") == ["他说：「我们会增发。」", "公司随后确认。"]
    assert sentences("日本語の文です！次の文？") == ["日本語の文です！", "次の文？"]
