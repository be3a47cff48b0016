"""The sender's postal address an e-mail newsletter prints near its end on one line, after the
sender's name and street and maybe before the country ("Quayside Labs, 12 Dock Rd., Suite 4,
Portland, OR 97201, United States"): the edition's footer, in the ledger as such. Minimal
synthetic reproducers, never a real text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.assemble import _POSTAL, _closes_sentence
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


ADDRESS = "Quayside Labs, 12 Dock Rd., Suite 4, Portland, OR 97201, United States"

_BODY = f"""\
Cranes Speed Up in Porto

The port of Porto cut the time to unload a ship by a fifth with new cranes, its operator said on Monday.

Ferries Go Electric in Lisbon

Lisbon's ferry operator ordered six electric boats for its river crossings, to sail from next spring.

{ADDRESS}

Unsubscribe (https://example.com/unsubscribe)

Manage preferences (https://example.com/preferences)
"""


def test_a_one_line_postal_address_at_the_end_is_the_footer() -> None:
    split = split_text(_BODY)
    reasons = {d.text: (d.reason, d.detail) for d in split.dropped}
    assert reasons[ADDRESS] == (DropReason.FOOTER, "the sender's name and postal address")
    assert len(split.stories) == 2


def test_address_lines() -> None:
    assert _POSTAL.search("Springfield, IL 62701")
    assert _POSTAL.search(ADDRESS)
    assert _POSTAL.search("Harbour Inc. 228 Quay Ave S, Box 5, New York, NY, 10003-1502, USA")
    assert not _POSTAL.search("He moved to Springfield, IL 62701 last year and stayed.")


@given(st.text(alphabet="a ,.AB1234567890", max_size=2000))
def test_any_line_is_searched_without_error(line: str) -> None:
    _POSTAL.search(line)


_LEGAL_NAME_BODY = """\
Cranes Speed Up in Porto

The port of Porto cut the time to unload a ship by a fifth with new cranes, its operator said on Monday.

Ferries Go Electric in Lisbon

Lisbon's ferry operator ordered six electric boats for its river crossings, to sail from next spring.

Unsubscribe <https://example.com/unsubscribe>

Quaynews.com <https://quaynews.example>

Contact Us <https://quaynews.example/help>Quaynews L.P.

12 Dock Road

Portland, OR 97201
"""


def test_a_sender_named_with_its_legal_suffix_over_the_address_is_the_footer() -> None:
    """The sender's links and its name ending in a legal form's abbreviation ("Quaynews L.P.", "Acme
    Inc.") over the street and town are the footer: the full stop closes an abbreviation, not a
    sentence of a story."""
    split = split_text(_LEGAL_NAME_BODY)
    assert [s.title for s in split.stories] == ["Cranes Speed Up in Porto", "Ferries Go Electric in Lisbon"]
    footer = " ".join(d.text for d in split.dropped if d.detail == "the sender's name and postal address")
    for line in ("Quaynews.com", "Quaynews L.P.", "12 Dock Road", "Portland, OR 97201"):
        assert line in footer


def test_a_sentence_over_the_address_is_no_sender_line() -> None:
    """A line closed by a sentence's full stop is not the sender's: only a legal form's abbreviation
    ("L.P.", "Inc.") is no sentence's end."""
    assert _closes_sentence("We ship on Monday.")
    assert _closes_sentence("Write to us:")
    assert not _closes_sentence("Quaynews L.P.")
    assert not _closes_sentence("Acme Widgets Inc.")
    assert not _closes_sentence("Quaynews.com")
