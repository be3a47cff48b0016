"""An edition's notes to its reader laid out like its items: a line introducing what follows with
nothing of its own, a reminder to keep the newsletter out of the spam folder, a pitch for the paid
tier. None is news."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.models import DropReason
from digest.split.chrome import block_verdict
from tests.test_split_layouts import split_file

_ROUNDUP = """\
Happy Sunday, readers!
In case you missed it, here's this week's Wednesday long read:
If you miss my emails, check your "Promotions" tab and mark hi@quill.example as a "Safe Sender."
🗞️ Tool news
Here's what moved in tools this week:
🧰 Releases
Lumen released Lumen 4, a text editor that opens large folders ten times faster than before.
Tern shipped Tern Maps 2.0 with offline routes for hikers in forty countries.
🤦 Fail of the week
Well, at least the parser knows its own limits.
Quill Weekly is proudly reader-supported. Subscribe to get every future post. Go paid to unlock the archive.
"""


def test_a_roundups_notes_to_its_reader_are_no_stories(tmp_path: Path) -> None:
    """The lines introducing a card or a list, alone, go to the ledger as empty; the delivery reminder
    and the paid pitch as chrome; the items stay, and the fail of the week keeps its own line only."""
    path = tmp_path / "roundup.md"
    path.write_text(_ROUNDUP, encoding="utf-8")
    split = split_file(path)
    texts = " ".join(s.title + " " + s.text for s in split.stories)
    assert "In case you missed it" not in texts
    assert "Here's what moved" not in texts
    assert "Safe Sender" not in texts
    assert "reader-supported" not in texts
    assert [s.section for s in split.stories if s.text.startswith(("Lumen", "Tern"))] == ["Releases"] * 2
    fail = next(s for s in split.stories if s.title == "Fail of the week")
    assert fail.text == "Well, at least the parser knows its own limits."
    reasons = {d.text: d.reason for d in split.dropped}
    assert reasons["Here's what moved in tools this week:"] is DropReason.EMPTY
    assert reasons["In case you missed it, here's this week's Wednesday long read:"] is DropReason.EMPTY


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Add news@quill.example to your contacts so we never land in spam.", DropReason.BOILERPLATE),
        ("Check your 'Promotions' tab if this week's issue went missing.", DropReason.BOILERPLATE),
        ("Mark us as not spam to keep getting the roundup.", DropReason.BOILERPLATE),
        ("Lumen Weekly is reader-supported. Go paid for the archive.", DropReason.PROMOTION),
    ],
)
def test_delivery_notes_and_paid_pitches_are_chrome(line: str, reason: DropReason) -> None:
    verdict = block_verdict(line)
    assert verdict is not None
    assert verdict.reason is reason


@pytest.mark.parametrize(
    "line",
    [
        "Gmail changes how its Promotions tab sorts shopping mail for 2 billion users.",
        "Regulators ask whether reader-funded outlets can keep paying reporters.",
        "Microsoft fixed a bug that sent mail from safe domains to junk.",
    ],
)
def test_news_about_mail_stays_news(line: str) -> None:
    assert block_verdict(line) is None
