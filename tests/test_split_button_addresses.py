"""A button a text part prints with its address after its words is read on its words.

A plain-text part prints a button as its words and its address in brackets: "Upgrade today
(https://.../upgrade)", "Leave a Comment (https://...?comments=true)". Read with the address, the
line matched no prompt, stood alone as a short line and labelled the section over the edition's
main essay and its notes ("Upgrade today (https://www.turingpost.com/upgrade)" as the section of a
weekly's editorial). Read on its words it is the prompt it is; a headline printed with its article's
address stays a headline.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories
from digest.models import DropReason

_BODY = """# Harbor Post

## This Week in Harbor Post:

* **Wednesday** / Explainer: **How tide tables are built**

* **Friday** / Interview: **The pilot of the night ferry**

Upgrade today (https://harbor.example/upgrade)

———————————————————————————

**To the main topic → Ports are learning to share their cranes**

This week the port authority of Lisbon signed a deal with Porto to share six container cranes
over the summer, the first such agreement between the two ports in twenty years.

The cranes will move by barge, and each port keeps the right to call two of them back.

———————————————————————————

Leave a Comment (https://harbor.example/p/150?comments=true)

Materials mentioned in the editorial:

* The port authority's [memo](https://port.example/memo.pdf)

* A [thread](https://social.example/crane) on the crane schedule
"""


def _read(tmp_path: Path, body: str) -> tuple[list[tuple[str | None, str]], list[tuple[DropReason, str]]]:
    path = tmp_path / "harbor-post-2026-04-27.md"
    path.write_text(body, encoding="utf-8")
    reading = read_stories([path])
    return [(s.section, s.title) for s in reading.stories], [(d.reason, d.text) for d in reading.dropped]


def test_a_button_printed_with_its_address_labels_no_section(tmp_path: Path) -> None:
    stories, dropped = _read(tmp_path, _BODY)
    assert all(section is None or "https://" not in section for section, _ in stories)
    assert any(title.startswith(("To the main topic", "Ports are")) for _, title in stories)
    assert (DropReason.PROMOTION, "Upgrade today (https://harbor.example/upgrade)") in dropped
    prompts = [text for reason, text in dropped if reason is DropReason.BOILERPLATE]
    assert any(text.startswith("Leave a Comment") for text in prompts)


def test_a_headline_printed_with_its_address_stays(tmp_path: Path) -> None:
    body = (
        "# Harbor Post\n\n"
        "Lisbon and Porto share six cranes (https://news.example/cranes)\n\n"
        "The two ports signed a deal on Monday to share six container cranes over the summer.\n"
    )
    stories, _ = _read(tmp_path, body)
    assert [title.startswith("Lisbon and Porto share six cranes") for _, title in stories] == [True]
