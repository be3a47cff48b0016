"""A short note signed over the edition's items signs that note only: the items after it are news.

A conference's recap opened "Hi Will - Hope you're doing well.", three short paragraphs, "Best," and
"Brook", then its takeaways under plain labels, then an unsubscribe line. With no heading below, the
note's paragraphs were stories; the signature then read as the writer signing off after two stories,
and every takeaway went to the ledger as back matter ("after the writer's signature"). A name under
the closing line of paragraphs a greeting opened, too short for a letter, signs that note, not the
edition: what follows the signature is the edition's news.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories
from digest.models import DropReason

_NOTE = """Hi Ada - Hope you're doing well.

Last week we hosted Harbor Summit, the first conference on how ports measure their crane crews. We \
gathered some 500 harbour masters for a day of talks.

I wanted to send along a few takeaways while we finalize the recordings.

Don't hesitate to reach out if any of these spark questions, or if you'd like to meet one of the speakers.

Best,
Maren

****
"""

_ITEMS = """Takeaways:

Cranes are no longer the bottleneck

* Lisbon found its cranes idle 40% of the time, waiting on trucks at the gate.
* Porto cut its gate queue by half once trucks booked a slot the day before.

Night shifts pay for themselves

* Vigo runs two night shifts and moved 12% more containers this spring.
* Its crews asked for shorter shifts, and the port agreed to eight hours.

unsubscribe ( https://mail.example/unsubscribe/abc123 )
"""


def _read(tmp_path: Path, body: str) -> tuple[list[str], list[tuple[DropReason, str]]]:
    path = tmp_path / "harbor-summit-2026-04-24.md"
    head = (
        "# Harbor Summit recap // Key takeaways\n\n**From:** Maren at Harbor <maren@harbor.example>\n"
        "**Date:** Fri, 24 Apr 2026 22:49:01 +0000\n\n---\n\n"
    )
    path.write_text(head + body, encoding="utf-8")
    reading = read_stories([path])
    return [s.title for s in reading.stories], [(d.reason, d.detail) for d in reading.dropped]


def test_the_items_after_a_signed_note_are_the_news(tmp_path: Path) -> None:
    titles, dropped = _read(tmp_path, _NOTE + "\n" + _ITEMS)
    assert titles[-2:] == ["Cranes are no longer the bottleneck", "Night shifts pay for themselves"]
    assert not any("after the writer's signature" in detail for _, detail in dropped)


def test_a_signature_after_the_stories_still_ends_them(tmp_path: Path) -> None:
    body = (
        "## Cranes are no longer the bottleneck\n\nLisbon found its cranes idle 40% of the time.\n\n"
        "## Night shifts pay for themselves\n\n"
        "Vigo runs two night shifts and moved 12% more containers this spring than last.\n\n"
        "Much love to you and yours,\n\nMaren\n\n"
        "Listen to the Harbor Show\n\nThe Harbor Show is one of the most popular podcasts on ports.\n\n"
        "unsubscribe ( https://mail.example/unsubscribe/abc123 )\n"
    )
    titles, _ = _read(tmp_path, body)
    assert titles == ["Cranes are no longer the bottleneck", "Night shifts pay for themselves"]
