"""The token pattern: the one written for speed finds the tokens of the plain one."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from digest.cluster.tokens import _TOKEN, TokenCache, find_tokens

#: The token pattern as first written (a word, or a number with its separators and the two-digit
#: numbers it is joined to by hyphens).
_TOKEN_PLAIN = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?|\d+(?:[.,]\d+)*(?:-\d\d(?!\w))*")

#: Characters where the two patterns could part: letters of several scripts, decimal and other
#: digits (superscripts, Roman numerals, fractions are word characters but no decimal digit),
#: the underscore, apostrophes, dots, hyphens, commas, marks and spaces.
_ALPHABET = st.sampled_from(
    list("aZé中ß") + list("09٣²Ⅻ½") + ["_", "'", "’", ".", "-", ",", "\u0301", " ", "\n", "$", "%", "ſ", "İ"]
)


@settings(max_examples=2000, deadline=None)
@given(st.text(_ALPHABET, max_size=40))
@example("Qwen3-Embedding-0.6B is 1,234.5 x_ y' 'z 3D a-b- 2025's ²x ½ Ⅻ foo_ _bar 1.2.3, 4,5.")
def test_token_pattern_finds_the_plain_patterns_tokens(text: str) -> None:
    assert _TOKEN.findall(text) == _TOKEN_PLAIN.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_token_pattern_on_any_text(text: str) -> None:
    assert _TOKEN.findall(text) == _TOKEN_PLAIN.findall(text)


def test_compound_names_still_split() -> None:
    assert find_tokens("Qwen3-Embedding-0.6B and so-called AK-47") == [
        "Qwen3",
        "Embedding",
        "0.6",
        "B",
        "and",
        "so-called",
        "AK-47",
    ]


def test_numbers_joined_by_a_hyphen_are_one_token() -> None:
    """A model's date stamp ("06-05"), a date and a range are one token; their halves are common
    numbers. A longer number after the hyphen, or a letter, ends the token at the hyphen."""
    assert find_tokens("Gemini 2.5 Pro 06-05 beats R1 05-28 on 2025-06-05, up 10-20% in 100-200 runs") == [
        "Gemini", "2.5", "Pro", "06-05", "beats", "R1", "05-28", "on", "2025-06-05", "up", "10-20", "in",
        "100", "200", "runs",
    ]  # fmt: skip
    assert find_tokens("COVID-19 and 3-2 and 12-345") == ["COVID-19", "and", "3", "2", "and", "12", "345"]


def test_a_lower_case_version_after_a_hyphen_is_a_part_of_the_name() -> None:
    """A lower-case version mark: "DeepSeek-v4" is "DeepSeek-V4" and "DeepSeek V4", two tokens in
    every spelling. A compound of lower-case words with a version stays whole ("model-v2")."""
    assert find_tokens("DeepSeek-v4 beats DeepSeek-V4, Llama-v2.1 and model-v2") == [
        "DeepSeek", "v4", "beats", "DeepSeek", "V4", "Llama", "v2.1", "and", "model-v2",
    ]  # fmt: skip


def test_a_lower_case_version_mark_is_a_name() -> None:
    """A version mark is a name however it is written, as a number is: "DeepSeek-v4" and "DeepSeek
    V4" share the names "deepseek" and "v4"; a plain lower-case word is no name."""
    cache = TokenCache()
    assert cache.names_of(find_tokens("DeepSeek-v4 is here")) == ["deepseek", "v4"]
    assert cache.names_of(find_tokens("DeepSeek V4 is here")) == ["deepseek", "v4"]
    assert cache.names_of(find_tokens("the v4 api and a vote")) == ["v4"]
