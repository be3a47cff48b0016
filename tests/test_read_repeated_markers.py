"""A numbered link's marker printed on both sides of its words, and again, marks one link.

A plain-text list of numbered links printed one item as "Show HN: [62]Mediator.ai [62] – Using Nash
bargaining and LLMs to" over "systematize fairness ( [62]mediator.ai [62]) [62] -- comments [63]":
the first marker ended the title after two words, the rest of the item became the text of the item
above and its second line a story of its own, and taking the markers out glued "Show HN:Mediator.ai".
In an item of one or two lines, a marker printed again goes: the title runs to the last one.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories

_BODY = """#SHOW HN

Show HN: Tidewatch – live tide tables for every port in Europe
(tidewatch.example) [1] -- _comments_ [2]

Show HN: Craneboard, a scheduler for container cranes
(github.com/craneboard) [3] -- _comments_ [4]

Show HN: [5]Harbor.ai [5] – Using auctions and LLMs to
assign berths fairly ( [5]harbor.ai [5]) [5] -- _comments_ [6]

Show HN: Buoyant – we moved our buoys to solar power
(buoyant.example) [7] -- _comments_ [8]

Links:
[1] https://tidewatch.example/
[2] https://news.ycombinator.com/item?id=1
[3] https://github.com/craneboard/craneboard
[4] https://news.ycombinator.com/item?id=3
[5] https://harbor.ai/
[6] https://news.ycombinator.com/item?id=5
[7] https://buoyant.example/
[8] https://news.ycombinator.com/item?id=7
"""


def test_a_link_marked_on_both_sides_is_one_item(tmp_path: Path) -> None:
    path = tmp_path / "quay-links-2026-04-23.txt"
    path.write_text(_BODY, encoding="utf-8")
    stories = read_stories([path]).stories
    titles = [s.title for s in stories]
    assert len(titles) == 4
    harbor = next(s for s in stories if "Harbor.ai" in s.title)
    assert harbor.title.startswith("Show HN: Harbor.ai – Using auctions and LLMs to assign berths fairly")
    assert harbor.url == "https://harbor.ai/"
    assert not any("HN:Harbor" in s.title or "HN:Harbor" in s.text for s in stories)
