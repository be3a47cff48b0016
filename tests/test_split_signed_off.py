"""A weekly signed off by its writer after its items: the farewell, the closing line and the name are
no part of the last item, and what follows the signature down to the footer is the edition's back
matter (the writer's other products, links to follow, the address), never stories."""

from __future__ import annotations

from pathlib import Path

from digest.models import DropReason
from tests.test_split_layouts import split_file

_ITEMS = """\
Hi everyone!

Here is this week's short list of what I am reading, watching and trying out.

What I'm watching
-----------------

The Lantern Keeper, a quiet film about a lighthouse family, is one I have seen four times over the
years. It is warm, funny and it will make you want to cook for your friends.

What I'm reading
----------------

"Notes on Slow Rivers" by Mara Quist collects essays about canals, barges and the towns that grew
around them. Her chapter on lock keepers is the best thing I read this month.

Have a restful weekend, everyone.

All my best to you all,

Oren

Forwarded this message? Sign up here.
---------------------------------------

Join thousands of curious readers. Get bonus essays, reader Q&As and more.

Listen to The Oren Vale Show
----------------------------

The Oren Vale Show is a long-form interview podcast with more than ten million downloads, often the
top interview show in its category.

Read Oren's Books
-----------------

Harbor Books

Follow Oren:

No longer want these emails? Unsubscribe

12 Quay St., Box 4,
Portland OR 97201, United States
"""


def test_what_follows_the_writers_signature_is_back_matter(tmp_path: Path) -> None:
    path = tmp_path / "weekly.md"
    path.write_text(_ITEMS, encoding="utf-8")
    split = split_file(path)
    assert [s.title for s in split.stories] == ["What I'm watching", "What I'm reading"]
    assert split.stories[-1].text.endswith("the best thing I read this month.")
    reasons = {d.text: (d.reason, d.detail) for d in split.dropped}
    assert reasons["All my best to you all,"][0] is DropReason.BOILERPLATE
    assert reasons["Oren"][1].startswith("signature")
    assert reasons["Have a restful weekend, everyone."][0] is DropReason.BOILERPLATE
    back = [d.text for d in split.dropped if d.detail.startswith("after the writer's signature")]
    assert "Listen to The Oren Vale Show" in back
    assert "Read Oren's Books" in back
    assert any(text.startswith("Join thousands of curious readers") for text in back)


def test_a_note_signed_over_the_stories_leaves_them_stories(tmp_path: Path) -> None:
    """A name signing the opening note (the edition's first story) is no sign-off: the stories below it
    are told, though a footer ends the edition."""
    path = tmp_path / "note.md"
    path.write_text(
        "Dear readers,\n\nThis week we look at canals, lock keepers and the barges that still carry grain "
        "through the old river towns of the north.\n\nWarm wishes,\n\nOren\n\n"
        "## Canal towns vote to restore their locks\n\nThree towns voted on Tuesday to restore the locks "
        "that closed in 1962, at a cost of 4 million euros.\n\n"
        "## Grain barges return to the northern river\n\nTwo barges carried grain past the mill for the "
        "first time in forty years, the port authority said.\n\n"
        "No longer want these emails? Unsubscribe\n",
        encoding="utf-8",
    )
    titles = [s.title for s in split_file(path).stories]
    assert "Canal towns vote to restore their locks" in titles
    assert "Grain barges return to the northern river" in titles


def test_a_heading_under_a_stray_mark_is_no_sign_off(tmp_path: Path) -> None:
    """A two-word section heading ("Ripple Effects") under a lone "!" left by a link cut out of its
    sentence is no writer's name under a closing line: the items below it stay stories."""
    path = tmp_path / "weekend.md"
    path.write_text(
        "Welcome to the weekend!\n\nThis weekend we bring you river barges, lock keepers and a canal "
        "town's vote, and a look at the ferry fares that went up again this spring.\n\n"
        "Live coverage of the vote airs from 7 to 10 a.m. on our channel and wherever you get your "
        "podcasts. For unlimited access to our stories, please subscribe\n\n!\n\n"
        "Ripple Effects\n\nSometimes small votes change a whole valley, and this week three towns showed "
        "how a canal can pay for itself again.\n\n"
        "Feature\n\nCanal towns vote to restore their locks\n\nThree towns voted on Tuesday to restore "
        "the locks that closed in 1962, at a cost of 4 million euros.\n\n"
        "Essay\n\nGrain barges return to the northern river\n\nTwo barges carried grain past the mill "
        "for the first time in forty years, the port authority said.\n\n"
        "No longer want these emails? Unsubscribe\n",
        encoding="utf-8",
    )
    titles = [s.title for s in split_file(path).stories]
    assert "Canal towns vote to restore their locks" in titles
    assert "Grain barges return to the northern river" in titles


def test_a_byline_under_an_item_signs_that_item_only(tmp_path: Path) -> None:
    """A name under an item's closing dash is its byline, not the writer signing off the edition:
    the items below it stay stories."""
    path = tmp_path / "evening.md"
    path.write_text(
        "## Canal towns vote to restore their locks\n\nThree towns voted on Tuesday to restore the locks "
        "that closed in 1962, at a cost of 4 million euros, after a decade of quiet maneuvering. —\n\n"
        "Dara Quist\n\n"
        "## Grain barges return to the northern river\n\nTwo barges carried grain past the mill for the "
        "first time in forty years, the port authority said on Wednesday. —\n\nOren Vale\n\n"
        "## Ferry fares rise again this spring\n\nThe river ferry raised its fares by 6 percent, the "
        "third rise in two years, its operator said.\n\n"
        "No longer want these emails? Unsubscribe\n",
        encoding="utf-8",
    )
    titles = [s.title for s in split_file(path).stories]
    assert "Ferry fares rise again this spring" in titles


#: A monthly letter of sections headed in bold, closed by a sign-off line, a feedback request and a
#: forwarding prompt, the writer's closing line and name, and a postscript; no footer below.
_MONTHLY = """\
# Harbour notes: May 2026

**Tide tables**

The tide tables layer now covers the northern ports. It took three weeks of cleaning the old survey
data, and the charts finally line up with the pilots' own notes.

**Ferries**

The ferry timetable scraper runs every hour now. It found two cancelled crossings the operator never
announced, which the islanders were glad to hear about.

**Tools I'm using**

A few readers asked which tools I use for all this. A plain text editor for the notes, and a small
script that turns the survey files into tables.

**That's it for May!**

Please reply with any thoughts on how I can make these notes better.

If these notes were useful, forward them to a friend who might like them too.

Thanks for reading,

Oren Vale
https://harbour.example.org/

(I'm also taking on a few mapping projects this summer: write to me at oren@harbour.example.org.)
"""


def test_a_sign_off_over_the_writers_signature_ends_the_last_story(tmp_path: Path) -> None:
    """A sign-off line ("That's it for May!") a few paragraphs over the writer's name under a letter's
    closing line ends the stories: the feedback request, the forwarding prompt and the postscript are
    the letter's back matter, no words of the last section."""
    path = tmp_path / "monthly.md"
    path.write_text(_MONTHLY, encoding="utf-8")
    split = split_file(path)
    last = split.stories[-1]
    assert last.title == "Tools I'm using"
    assert last.text.rstrip().endswith("survey files into tables.")
    told = " ".join(s.text for s in split.stories)
    for closing in ("Please reply", "forward them to a friend", "mapping projects"):
        assert closing not in told
    assert {d.text for d in split.dropped} >= {"That's it for May!", "Oren Vale"}
