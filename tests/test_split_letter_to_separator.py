"""A long letter runs to the separator under it when its writer signs it further down.

A creator's weekly opened "Hey Will," over twenty paragraphs of one personal essay, then a
separator, the week's episode and a partner's offer, and only then "Keep going," and "Jay". The
letter rule wants the closing line right after the letter's paragraphs, so the essay was told as
seventeen stories, one per paragraph ("The refrigerator hum of anxiety I often feel"). A greeting
over five paragraphs or more (over 360 words) running to a separator, with the closing line and
the writer's name further down, is one letter ending at the separator; an editor's short note under
a greeting is still a note.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories

_PARAGRAPH = (
    "When the ferry to Vigo stopped running at night, the harbour changed in ways nobody planned for,"
    " and the crews who had worked the late shift for twenty years had to find other work, other"
    " hours and other reasons to be down at the docks before dawn."
)


def _titles(tmp_path: Path, paragraphs: int) -> list[str]:
    letter = "\n\n".join(f"On day {k}, w{_PARAGRAPH[1:]}" if k else _PARAGRAPH for k in range(paragraphs))
    body = (
        "# This one's personal\n\n**From:** Maren Holt <maren@harbor.example>\n"
        "**Date:** Sun, 26 Apr 2026 13:10:20 +0000\n\n---\n\nhttps://harbor.example/\n\nHey Ada,\n\n"
        f"{letter}\n\n***\n\n"
        "NEW EPISODE\n\n"
        "#12: The night ferry's last captain\n\n"
        "Captain Ruiz ran the night ferry for thirty years and tells us what the harbour lost when it"
        " stopped, and what it might get back.\n\n"
        "Keep going,\nMaren\n\n"
        "Unsubscribe from all emails\n\nSend mail to 2025 Harbour Drive, Columbus, OH 43221.\n"
    )
    path = tmp_path / "harbor-letter-2026-04-26.md"
    path.write_text(body, encoding="utf-8")
    return [s.title for s in read_stories([path]).stories]


def test_a_long_letter_signed_below_the_separator_is_one_story(tmp_path: Path) -> None:
    titles = _titles(tmp_path, 8)
    assert titles[0].startswith("When the ferry to Vigo stopped running at night")
    assert not any(title.startswith("On day") for title in titles)


def test_a_short_note_over_a_separator_is_no_letter(tmp_path: Path) -> None:
    titles = _titles(tmp_path, 2)
    assert any(title.startswith("On day 1") for title in titles)  # two paragraphs: no letter joins them
