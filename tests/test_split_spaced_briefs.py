"""Briefs run together on one line, two spaces between them, are a story each.

A newsletter's HTML turned into text lost the breaks between the items of its headlines list and
printed them on one line, each after two spaces: "... tried to slip past the blockade. Follow our
[live coverage](url) of the conflict.  Behind Meta's huge layoffs is [a relentless shift](url)
toward artificial intelligence.  Law firms are ...". Under the item's number ("1" alone on its line)
the whole line was one story, five events told as one. Two spaces also part a writer's sentences,
so a line is parted only where two pieces or more are briefs each linking a page of its own; a call
to follow more ("Follow our live coverage ...") stays with the brief above it.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories

_HEADLINES = (
    "A Navy destroyer [chased down a tanker](https://news.example/world/tanker) that tried to slip past"
    " the blockade. Follow our [live coverage](https://news.example/live/war) of the conflict.  Behind"
    " the carmaker's layoffs is [a relentless shift](https://news.example/tech/layoffs) toward"
    " automation.  Law firms are [fighting over star litigators](https://news.example/law/litigators),"
    " dangling $10 million pay packages.   The port authority said it [could buy the ferry"
    " line](https://news.example/business/ferry), the ailing carrier that sought a bailout this week."
)

_BODY = f"""# The Harbor Ten

Ada Lund

Editor in Chief

TODAY'S HEADLINES

1

{_HEADLINES}

READ IT HERE FIRST

2

Lisbon's cranes run on their own.

The port of Lisbon began a trial of six driverless cranes on Monday, the first in Europe to move \
containers without a driver in the cab, [reports Tom Bell](https://news.example/ports/cranes).

3

A ferry line bets on night crossings.

The night ferry between Porto and Vigo doubled its crossings this spring, and its owner said on \
Tuesday that bookings [rose by a third](https://news.example/ports/ferry) over last year.
"""


def _titles(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "harbor-ten-2026-04-24.md"
    path.write_text(body, encoding="utf-8")
    return [s.title for s in read_stories([path]).stories]


def test_briefs_run_together_on_one_line_are_a_story_each(tmp_path: Path) -> None:
    titles = _titles(tmp_path, _BODY)
    assert titles[:4] == [
        "A Navy destroyer chased down a tanker that tried to slip past the blockade",
        "Behind the carmaker's layoffs is a relentless shift toward automation",
        "Law firms are fighting over star litigators, dangling $10 million pay packages",
        "The port authority said it could buy the ferry line",
    ]
    assert len(titles) == 6


def test_a_paragraph_whose_sentences_are_set_apart_by_two_spaces_stays_whole(tmp_path: Path) -> None:
    feature = (
        "Lynn Meinor, 70, spends $86,000 a year on her house by the harbour.  She told us that when"
        " the ferry fares rose she [moved her savings](https://news.example/money/savings) into bonds."
        "  Her neighbours did the same, and the bank's branch closed in March."
    )
    body = f"# The Harbor Ten\n\n## Retiring by the sea\n\n{feature}\n"
    assert _titles(tmp_path, body) == ["Retiring by the sea"]
