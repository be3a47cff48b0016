"""The run-wide vectors equal the per-story dict path, entry for entry."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.cluster import tokens
from digest.cluster import vectors as _vectors
from digest.cluster.fingerprint import TokenCache
from digest.cluster.vectors import run_vectors
from digest.ingest import read_stories
from digest.models import Story
from tests.oracle import features, tfidf_matrix

ROOT = Path(__file__).resolve().parents[1]


def _assert_same(stories: list[Story], workers: int = 1) -> None:
    cache = TokenCache()
    bags = [features(s, cache) for s in stories]
    vectors = run_vectors(stories, workers)
    for (expected, _), got in (
        (tfidf_matrix([b.words for b in bags]), vectors.words),
        (tfidf_matrix([b.names for b in bags]), vectors.names),
    ):
        assert expected.shape == got.shape
        assert np.array_equal(expected.indptr, got.indptr)
        assert np.array_equal(expected.indices, got.indices)
        assert np.array_equal(expected.data, got.data)  # bit for bit, not approximately
    words_terms = tfidf_matrix([b.words for b in bags])[1]
    assert vectors.terms == [t if isinstance(t, str) else None for t in words_terms]
    assert vectors.single.tolist() == [isinstance(t, str) for t in words_terms]
    assert vectors.years == [b.years for b in bags]


def test_fixture_and_ecbplus_vectors_equal_the_dict_path() -> None:
    """Every newsletter fixture and the ECB+ articles: same matrices, same columns, same years."""
    reading = read_stories(
        [ROOT / "fixtures", ROOT / "benchmarks" / "ecbplus", ROOT / "tests" / "newsletters"]
    )
    _assert_same(list(reading.stories))


def test_blocks_counted_in_workers_equal_the_dict_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of 50 stories counted by two workers, each with its own word ids, renumbered: still equal."""
    monkeypatch.setattr(_vectors, "_BLOCK", 50)
    reading = read_stories([ROOT / "benchmarks" / "ecbplus"])
    _assert_same(list(reading.stories)[:400], workers=2)


_WORDS = st.sampled_from(
    ["China", "china", "CATL", "the", "of", "IPO", "listing", "listings", "HK$41", "2025", "a", "Xi's", "x"]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(_WORDS, max_size=6), st.lists(_WORDS, max_size=25), st.sampled_from([" ", "\n", ". "])
        ),
        max_size=8,
    )
)
def test_random_runs_equal_the_dict_path(drafts: list[tuple[list[str], list[str], str]]) -> None:
    """Empty stories, stop words only, repeats and pairs across sentences: still equal."""
    stories = [
        Story(id=f"s{k}", title=" ".join(title), text=glue.join(text), source="s", path="p")
        for k, (title, text, glue) in enumerate(drafts)
    ]
    _assert_same(stories)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 12-_.a\u00e9\u0661\u00a0x", max_size=40))
def test_years_read_fast_are_the_years(text: str) -> None:
    """The year pattern that opens with its digit finds the years the word-boundary one finds."""
    assert tokens._YEAR_FAST.findall(text) == tokens._YEAR.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_ascii_tokens_normalise_as_any_token(token: str) -> None:
    """The ASCII shortcut of ``normalise`` gives what NFKC and case folding give."""
    plain = unicodedata.normalize("NFKC", token).casefold().replace("’", "'")
    plain = plain[:-2] if plain.endswith("'s") else plain
    plain = plain.strip("'.-")
    if len(plain) > 4 and plain.endswith("s") and not plain.endswith(("ss", "us", "is")):
        plain = plain[:-1]
    assert tokens.normalise(token) == plain


def _block(keys: list[int]) -> _vectors._Entries:
    """A block's entries with the keys ``keys`` in entry order (counts and lengths unused here)."""
    distinct, first, local = np.unique(
        np.asarray(keys, dtype=np.int64), return_index=True, return_inverse=True
    )
    shuffle = np.random.default_rng(len(keys)).permutation(len(distinct))  # workers' ids: any order
    rank = np.empty(len(distinct), dtype=np.int64)
    rank[shuffle] = np.arange(len(distinct))
    empty = np.zeros(0, dtype=np.int64)
    return _vectors._Entries(distinct[shuffle], rank[local.ravel()], first[shuffle], empty, empty)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(min_value=0, max_value=60), max_size=30), max_size=40))
def test_columns_numbered_in_order_of_first_entries(blocks: list[list[int]]) -> None:
    """Block after block, a key's column is the number of keys met before its first entry,
    whatever runs the met keys are kept in; each run is under half the one before (log2 runs)."""
    columns = _vectors._Columns()
    expected: dict[int, int] = {}
    for keys in blocks:
        columns.add(_block(keys))
        for key in keys:
            expected.setdefault(key, len(expected))
        assert columns.size == len(expected)
        assert len(columns.runs) <= columns.size.bit_length()
        assert all(np.all(np.diff(k) > 0) for k, _ in columns.runs)  # each run sorted, no repeat
    got = [c.tolist() for c in columns.entry_columns]
    assert got == [[expected[key] for key in keys] for keys in blocks]
    assert dict(zip(columns.keys.tolist(), columns.columns.tolist(), strict=True)) == expected
