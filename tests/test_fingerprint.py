"""Fingerprints: features that survive rewording, and MinHash signatures equal to datasketch's."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from datasketch import MinHash
from datasketch.hashfunc import sha1_hash32 as datasketch_sha1_hash32
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import csr_matrix

from digest.cluster.fingerprint import (
    TokenCache,
    normalise,
    permutations,
    salient_columns,
    sha1_hash32,
    signature_matrix,
)
from digest.models import Story
from digest.settings import ClusterSettings
from tests.oracle import features, tfidf_matrix


def _story(title: str, text: str) -> Story:
    return Story(id="x", title=title, text=text, source="s", path="p")


def test_normalise_meets_reworded_forms() -> None:
    """Case, possessives and plural s do not tell two reports apart."""
    assert normalise("AstraZeneca’s") == normalise("astrazeneca") == "astrazeneca"
    assert normalise("Listings") == normalise("listing")
    assert normalise("Business") == "business"


def test_features_weigh_title_twice_and_keep_names_and_years() -> None:
    """Title words count double, capitalised words and numbers are names, years are collected."""
    f = features(
        _story("CATL lists in Hong Kong", "The listing raised HK$41 billion in May 2025. CATL said so.")
    )
    assert f.words["catl"] == 3.0
    assert "catl" in f.names
    assert "41" in f.names
    assert "listing" not in f.names
    assert f.years == frozenset({"2025"})
    assert ("hong", "kong") in f.words


def test_stopwords_and_single_letters_are_ignored() -> None:
    """Function words carry no evidence about the event."""
    f = features(_story("The a of", "and the it"))
    assert f.words == {}


def test_tfidf_rows_are_unit_length_and_rare_terms_weigh_more() -> None:
    """Rows are L2-normalised; a term in every bag weighs less than a rare one."""
    matrix, terms = tfidf_matrix([{"china": 1.0, "catl": 1.0}, {"china": 1.0, "byd": 1.0}, {"china": 1.0}])
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    assert np.allclose(norms, 1.0)
    row = dict(zip([terms[c] for c in matrix[0].indices], matrix[0].data, strict=True))
    assert row["catl"] > row["china"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=12), min_size=1, max_size=6))
def test_signatures_equal_datasketch_minhash(sets: list[list[str]]) -> None:
    """Our batched signatures are exactly datasketch's MinHash of the same sets."""
    terms = sorted({t for s in sets for t in s})
    index = {t: k for k, t in enumerate(terms)}
    term_sets = [np.asarray(sorted({index[t] for t in s}), dtype=np.int64) for s in sets]
    ours = signature_matrix(term_sets, terms, num_perm=32, seed=3)
    for row, terms_of_set in zip(ours, sets, strict=True):
        reference = MinHash(num_perm=32, seed=3)
        reference.update_batch([t.encode("utf-8") for t in terms_of_set])
        assert np.array_equal(row, reference.hashvalues)


@pytest.mark.parametrize(
    ("num_perm", "seed"), [(ClusterSettings().num_perm, ClusterSettings().seed), (32, 3), (1, 0)]
)
def test_permutations_are_datasketchs(num_perm: int, seed: int) -> None:
    """The permutations made without importing datasketch are its own, value and type."""
    a, b = permutations(num_perm, seed)
    reference_a, reference_b = MinHash(num_perm=num_perm, seed=seed).permutations
    assert a.dtype == reference_a.dtype
    assert b.dtype == reference_b.dtype
    assert np.array_equal(a, reference_a)
    assert np.array_equal(b, reference_b)


@given(st.binary(max_size=64))
def test_term_hash_is_datasketchs(data: bytes) -> None:
    """The term hash is datasketch's ``sha1_hash32``."""
    assert sha1_hash32(data) == datasketch_sha1_hash32(data)


def test_clustering_does_not_import_datasketch() -> None:
    """The clusterer signs stories without datasketch (its import loads scipy.integrate, about 1 s)."""
    code = (
        "import sys\n"
        "from digest.cluster.grouping import cluster_stories\n"
        "from digest.models import Story\n"
        "stories = [Story(id=str(k), title=f'Title {k}', text='Some text about it.', source='s', path='p')"
        " for k in range(3)]\n"
        "cluster_stories(stories)\n"
        "print('datasketch' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_token_cache_is_filled_once_per_distinct_token() -> None:
    """The shared cache normalises each raw token once for a whole run."""
    cache = TokenCache()
    features(_story("Moore Threads", "Moore Threads shares jumped."), cache)
    assert cache.words["Moore"] == "moore"
    assert cache.names["shares"] == ""
    assert sorted(cache.words) == ["Moore", "Threads", "jumped", "shares"]


def _plain_salient(matrix: csr_matrix, eligible: np.ndarray, limit: int) -> list[np.ndarray]:
    """Each row's ``limit`` heaviest eligible columns (ties by column), in ascending column order."""
    out = []
    for k in range(matrix.shape[0]):
        row = matrix[k]
        entries = sorted(
            (-value, int(col)) for col, value in zip(row.indices, row.data, strict=True) if eligible[col]
        )
        out.append(np.asarray(sorted(col for _, col in entries[:limit]), dtype=matrix.indices.dtype))
    return out


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.dictionaries(st.integers(0, 40), st.sampled_from([0.1, 0.25, 0.5, 0.7, 1.0]), max_size=40),
        max_size=12,
    ),
    st.lists(st.booleans(), min_size=41, max_size=41),
    st.integers(0, 25),
)
def test_salient_columns_are_each_rows_heaviest(
    rows: list[dict[int, float]], eligible: list[bool], limit: int
) -> None:
    """Only entries near the top are sorted: the same columns as sorting every row (tied weights too)."""
    entries = [(k, col, value) for k, row in enumerate(rows) for col, value in row.items()]
    matrix = csr_matrix(
        ([e[2] for e in entries], ([e[0] for e in entries], [e[1] for e in entries])), shape=(len(rows), 41)
    )
    mask = np.asarray(eligible)
    found = salient_columns(matrix, mask, limit)
    assert len(found) == len(rows)
    for got, want in zip(found, _plain_salient(matrix, mask, limit), strict=True):
        assert got.tolist() == want.tolist()
        assert got.dtype == want.dtype
