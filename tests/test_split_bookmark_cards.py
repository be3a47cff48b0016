"""A bookmark card inside a blog post's e-mail (Ghost's text part): the linked post's title, its
excerpt cut with "…", the publisher's name, "•" and the author's name, then the card's address.
The card is a link in the post, navigation in the ledger; the post's text goes on after it in the
same story, never under the publisher's name as a headline. Minimal synthetic reproducers, never a
real text."""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories

POST = """\
---
newsletter: tidewatch
newsletter_name: "Tidewatch"
subject: "The cranes nobody asked for"
date: Tue, 28 Apr 2026 13:50:16 +0000
---

# The cranes nobody asked for

**From:** Ana from Tidewatch <ana@tidewatch.example>
**Date:** Tue, 28 Apr 2026 13:50:16 +0000
**Source:** [View original](https://tidewatch.example/r/0)

---

The cranes nobody asked for [https://tidewatch.example/r/1]

By Ana Ruiz • 28 Apr 2026

View in browser [https://tidewatch.example/r/2]

The port bought six automated cranes last year without asking the pilots, the dockers or the
harbour master, and this week they stood idle again while the operator and the union argued.

Automation Is Eating the Docks, One Berth at a Time
“Nobody on the quay was asked, and nobody on the quay is running them.”…

Tidewatch
•Ben Ortiz

[https://tidewatch.example/r/3]

The operator says the cranes will run by June; the union says not without a deal on who drives
them, and the harbour master says she learned of the purchase from a press release.

Tidewatch © 2026 – Unsubscribe [https://tidewatch.example/unsubscribe/]
"""


def test_a_bookmark_card_is_a_link_in_the_post(tmp_path: Path) -> None:
    path = tmp_path / "tidewatch-2026-04-28-the-cranes-nobody-asked-for.md"
    path.write_text(POST, encoding="utf-8")
    reading = read_stories([str(path)])
    assert [s.title for s in reading.stories] == ["The cranes nobody asked for"]
    text = reading.stories[0].text
    assert "The port bought six automated cranes" in text
    assert "learned of the purchase from a press release" in text
    assert "Ben Ortiz" not in text
    assert "Nobody on the quay" not in text


AFTER_A_PROMPT = POST.replace(
    "Tidewatch © 2026",
    """Subscribe already! [https://tidewatch.example/r/4]

----------------------------------------

Dockers and their cranes
“The quay has changed more in five years than in fifty before them.”…

Tidewatch
•Ana Ruiz

[https://tidewatch.example/r/5]

Eat

The harbour's fish market reopened on Saturday with forty stalls, its first since the fire of 2019,
and sold out of sardines by noon, the market's manager said.

Tidewatch © 2026""",
)


def test_a_prompt_owns_no_card_under_it(tmp_path: Path) -> None:
    """A prompt over a card ("Subscribe already!") ends at the card: the label after the card heads
    its section, never covered by the prompt."""
    path = tmp_path / "tidewatch-2026-04-28-the-cranes-nobody-asked-for.md"
    path.write_text(AFTER_A_PROMPT, encoding="utf-8")
    stories = read_stories([str(path)]).stories
    market = next(s for s in stories if "fish market" in s.text)
    assert market.section == "Eat"
    assert not [s for s in stories if "The quay has changed" in s.text]
