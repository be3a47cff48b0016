"""Structure inside and around stories, from a blind probe's minimal reproducers (texts invented).

Label lines, sub-headings and bold labels inside a story stay in it; runs of
linked titles and items titled "Title: text" are one story each; a sponsor's
label takes its own text; an editor's note runs from the greeting to the first
headline; the edition's own notes (polls, referrals, podcast and licence notes)
go to the ledger in English, Spanish and Japanese; a feed entry that lists
linked items is split like an edition.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.models import Document, DropReason, Edition, Format, Split
from digest.readers import read_path
from digest.settings import ReadSettings
from digest.split.chrome import block_verdict
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md") -> Split:
    """Split ``body`` as one Markdown edition."""
    return split_document(Document(Edition(path=path, format=Format.MARKDOWN), body), ReadSettings())


def split_file(path: Path) -> list[Split]:
    """Read and split every edition of one file the way ``digest compile`` does."""
    documents = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    return [split_document(document, ReadSettings()) for document in documents]


def titles(split: Split) -> list[str]:
    """The titles of the stories, in order."""
    return [s.title for s in split.stories]


def reasons(split: Split) -> dict[str, DropReason]:
    """Ledger text -> reason."""
    return {d.text: d.reason for d in split.dropped}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Today's sponsor: Quayside CRM", DropReason.SPONSOR),
        ("POLL: Would you ride an electric ferry to work? Reply YES or NO.", DropReason.POLL),
        ("📊 What did you think of today's email?", DropReason.POLL),
        ("You've referred 0 friends so far. Refer 3 friends and get our tote bag.", DropReason.PROMOTION),
        ("📬 Like what you read? Forward this to a friend who follows shipping.", DropReason.PROMOTION),
        ("This issue will be available as a podcast later today.", DropReason.BOILERPLATE),
        (
            "The Quay Report is intended for a single recipient; ask us about a group discount.",
            DropReason.BOILERPLATE,
        ),
        ("See all 85 open roles →", DropReason.JOBS),
        ("612 points by quaydev · 231 comments", DropReason.BOILERPLATE),
        ("Edited by Ines Mora. Copy edited by Tom Ecker.", DropReason.BOILERPLATE),
        ("¿No ves bien este correo? Ábrelo en tu navegador", DropReason.FOOTER),
        ("PATROCINADO", DropReason.SPONSOR),
        ("Lee más →", DropReason.NAVIGATION),
        ("¿Qué te pareció esta edición?", DropReason.POLL),
        ("¿Te gustó? Reenvíalo a un amigo.", DropReason.PROMOTION),
        ("Darse de baja · Preferencias", DropReason.FOOTER),
        ("【PR】港湾クラウドなら「カンタン港」", DropReason.SPONSOR),
        ("今週のメルマガはいかがでしたか？", DropReason.POLL),
        ("こんにちは、編集部の田中です。", DropReason.BOILERPLATE),
        ("▶ 詳しくはこちら https://news.example.jp/port", DropReason.NAVIGATION),
    ],
)
def test_the_edition_own_notes_are_chrome(text: str, reason: DropReason) -> None:
    """Sponsor headings, polls, referral and forward prompts, podcast and licence notes, job links,
    score lines and read-more calls, in English, Spanish and Japanese, each with its reason."""
    verdict = block_verdict(text)
    assert verdict is not None
    assert verdict.reason is reason


def test_chrome_headings_take_their_text_along() -> None:
    """A sponsor heading, a poll heading over its answer links and a share heading over a referral
    prompt leave no story."""
    body = (
        "## Tidewater sells its tugs\n\nTidewater said it would sell its 40 tugs for $600 million.\n\n"
        "## Today's sponsor: Quayside CRM\n\n"
        "Quayside CRM tracks every berth booking in one place. Try it free.\n\n"
        "## 📊 What did you think of today's email?\n\n"
        "[🔥 Loved it](https://qr.example/poll?v=3) · [😐 It was OK](https://qr.example/poll?v=2)\n\n"
        "## 🎁 Share The Quay Report\n\n"
        "You've referred **0** friends so far. Refer 3 friends and get our tote bag.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Tidewater sells its tugs"]


_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Links</title><id>https://ql.example/</id>
<updated>2026-11-22T07:00:00Z</updated>
<entry><title>Quay Links for Saturday</title><link href="https://ql.example/2026-11-21"/>
<id>https://ql.example/2026-11-21</id><updated>2026-11-21T07:00:00Z</updated>
<content type="html"><![CDATA[<ol>
<li><a href="https://a.example/cranes">Electric cranes, two years on</a> (a.example)<br>
<small>412 points by quaydev · 98 comments</small></li>
<li><a href="https://b.example/tugs">Why tug fleets are for sale</a></li>
</ol>]]></content></entry>
<entry><title>Programming note: no links on Thursday</title><link href="https://ql.example/note"/>
<id>https://ql.example/note</id><updated>2026-11-20T07:00:00Z</updated>
<content type="html"><![CDATA[<p>There will be no Quay Links on Thursday.
See <a href="https://ql.example/">the archive</a>.</p>]]></content></entry>
</feed>
"""


def test_a_feed_entry_listing_linked_items_is_split_like_an_edition(tmp_path: Path) -> None:
    """An entry whose content is a list of linked titles gives a story per item, with its link; an
    entry of prose stays one story titled by the entry."""
    path = tmp_path / "links.atom"
    path.write_text(_FEED, encoding="utf-8")
    links, note = split_file(path)
    assert titles(links) == ["Electric cranes, two years on", "Why tug fleets are for sale"]
    assert [s.url for s in links.stories] == ["https://a.example/cranes", "https://b.example/tugs"]
    assert titles(note) == ["Programming note: no links on Thursday"]
