"""The JSON writer: orjson where it writes Python's text, Python's encoder elsewhere; the same bytes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.pipeline import compile_digest
from digest.render.json import _compiled_pieces, digest_dict, dumps

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-(1 << 70), 1 << 70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.floats(0, 10_000).map(lambda x: round(x, 2))
    | st.text()
    | st.sampled_from(["<b>&amp;</b>", "é\u2028\x7f\x00\n\t", "\ud800", "𝄞"])
)
_VALUES = st.recursive(
    _LEAVES,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=6) | st.sampled_from(["a", "<&>"]), children, max_size=4)
    ),
    max_leaves=30,
)


def _python(data: Any) -> str:
    """The canonical text as the standard library writes it."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.text(max_size=8), _VALUES, max_size=6) | _VALUES)
def test_dumps_is_the_standard_library_text(data: Any) -> None:
    """Any JSON-like data (odd floats, big ints, surrogates, empty containers) gives Python's text."""
    assert dumps(data) == _python(data)


def test_a_digest_is_the_standard_library_text() -> None:
    """A whole digest of the fixtures (figures, conflicts, links, ledger) gives Python's text."""
    data = digest_dict(compile_digest([FIXTURES]))
    assert data["clusters"]
    assert _compiled_pieces(data) is not None  # the compiled encoder writes it
    assert dumps(data) == _python(data)
