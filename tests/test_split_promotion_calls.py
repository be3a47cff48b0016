"""Calls to get another newsletter, to upgrade a subscription and to share the newsletter with one
person are the publication's promotions.

"Coming soon: Get the Harbour AI newsletter — chronicling ...", "Come to the top level and upgrade
your sub!" and "_Share Harbour Post with one person. You will help us grow _" (its italic marks left
by the conversion) had been stories: the first a story of each edition, told in the digest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import read_stories
from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.chrome import block_verdict
from digest.split.splitter import split_document


def _split(body: str) -> Split:
    edition = Edition(path="harbour-post.md", format=Format.MARKDOWN, source="Harbour Post")
    return split_document(Document(edition, body), ReadSettings())


@pytest.mark.parametrize(
    "line",
    [
        "Coming soon: Get the Harbour AI newsletter",
        "Get the Tideline Daily newsletter for fresh perspectives on ports and shipping.",
        "Come to the Captains level and upgrade your sub!",
        "_Share Harbour Post with one person. You will help us grow _",
    ],
)
def test_a_call_to_get_upgrade_or_share_is_a_promotion(line: str) -> None:
    verdict = block_verdict(line)
    assert verdict is not None
    assert verdict.reason is DropReason.PROMOTION


@pytest.mark.parametrize(
    "line",
    [
        "Readers can get the harbour newsletter free at the library, the council said on Monday.",
        "The port will upgrade your berth if the ferry is late, the operator said.",
    ],
)
def test_news_naming_a_newsletter_or_an_upgrade_stays(line: str) -> None:
    assert block_verdict(line) is None


def test_a_newsletter_call_over_its_pitch_is_no_story() -> None:
    body = (
        "# Harbour Post\n\n## Cranes return to the quay\n\n"
        "The port of Lisbon finished its trial of driverless cranes, which moved 4,000 containers in a"
        " week without a stop, and will order twelve more by the summer.\n\n"
        "Coming soon: Get the Harbour AI newsletter\n"
        "—chronicling the disruptions of AI on ports, crews and shipping lines with analysis from our"
        " newsroom.\n"
    )
    split = _split(body)
    assert [s.title for s in split.stories] == ["Cranes return to the quay"]


def test_the_rest_of_a_calls_sentence_goes_with_it(tmp_path: Path) -> None:
    """The call's sentence going on in the paragraph under its address ("—chronicling ...", a dash
    before a lower-case word) is the call's, never a story of its own."""
    body = "\n".join(
        (
            "---",
            'newsletter_name: "Harbour Evening"',
            'subject: "Cranes return"',
            "date: Tue, 05 May 2026 11:19:37 +0000",
            "---",
            "",
            "# Cranes return",
            "",
            "at a ceremony on the quay, the mayor twice thanked the crews who had ",
            "“worked the night.” The port is believed to have moved record tonnage  ",
            "<https://news.example.com/news/articles/2026-05-04/record-tonnage-on-the-quay?cmpid=evening>",
            "over the week, with 4,000 containers moved by the driverless cranes.",
            "",
            "Coming soon: Get the Harbour AI newsletter ",
            "<https://links.example.com/a/sc/qOB1WK93RMYz3LdMBQEuHHzyJHsifuLIxunS8Vb6sl5t5kPw5E5/20>",
            "—chronicling the disruptions and threats of AI on ports, crews, ",
            "shipping lines and harbours with analysis from our newsroom.",
            "",
            " ",
            "<https://ads.example.com/click?s=1099764&stpe=default&li=17886021>",
            "",
            " ",
            "<https://ads.example.com/click?s=1099764&stpe=default&li=17886022>",
        )
    )
    path = tmp_path / "harbour-evening.md"
    path.write_text(body + "\n", encoding="utf-8")
    reading = read_stories([path])
    assert not [s for s in reading.stories if "chronicling" in s.text]
    tail = [d for d in reading.dropped if d.text.startswith("—chronicling")]
    assert [d.reason for d in tail] == [DropReason.PROMOTION]


def test_a_pitch_closing_on_its_call_to_subscribe_is_a_promotion() -> None:
    """Another newsletter's pitch in the edition's box for plugs, its last link "Subscribe today", is a
    promotion however long its pitch; a report whose last link is news stays."""
    pitch = (
        "Get the coast in your inbox with the Tide Brief. Each weekday, our free newsletter curates port"
        " news with analysis from the Harbour Institute. For more than a century, the institute has"
        " guided pilots through storms. [Subscribe today](https://tide.example/s/brief) to understand"
        " the choices shaping the coast."
    )
    body = (
        "# Harbour Post\n\n## Cranes return to the quay\n\n"
        "The port of Lisbon finished its trial of driverless cranes, which moved 4,000 containers in a"
        " week without a stop, and will order twelve more by the summer.\n\n"
        f"## Plug\n\n{pitch}\n\n## Ferry fares rise\n\n"
        "Fares on the northern crossing rise by six percent in June, the operator"
        " [said on Monday](https://news.example.com/fares).\n"
    )
    split = _split(body)
    assert [s.title for s in split.stories] == ["Cranes return to the quay", "Ferry fares rise"]
    assert [
        d.reason for d in split.dropped if d.detail == "a pitch whose last link is its call to subscribe"
    ] == [DropReason.PROMOTION]
