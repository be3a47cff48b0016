"""An item whose every link goes to a shop is the publication's store box, not a story.

A newsletter's store box prints a label ("FROM THE HARBOR STORE") over a report to order, both
linked to "store.<site>/products/...": without a "Sponsored" heading to cover them, the label was
told as an empty story and the report's pitch as a story, and the two copies of one box in two
editions met as "one event".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import read_stories
from digest.models import DropReason
from digest.text.links import is_shop_page


@pytest.mark.parametrize(
    ("url", "shop"),
    [
        ("https://store.harbor.example/products/the-hunt-for-research-funds", True),
        ("https://shop.harbor.example/collections/mugs", True),
        ("https://harbor-goods.myshopify.com/products/tote", True),
        ("https://blog.example.com/products/gemini/latest-preview/", False),
        ("https://harbor.example/news/2026/04/27/store-closures", False),
        ("https://www.storecheck.example/report", False),
    ],
)
def test_shop_pages(url: str, shop: bool) -> None:
    assert is_shop_page(url) is shop


def test_items_linking_only_to_a_shop_are_the_store_box(tmp_path: Path) -> None:
    body = (
        "# Harbor Weekly\n\n## Ferry fares rise\n\n"
        "The ferry authority raised fares by 8% on Monday, its first increase in four years, citing fuel"
        " costs ([report](https://harbor.example/news/2026/04/27/ferry-fares)).\n\n"
        "## [FROM THE HARBOR STORE](https://store.harbor.example/products/the-hunt-for-research-funds)\n\n"
        "## [The Hunt for Research Funds](https://store.harbor.example/products/the-hunt-for-research-funds)\n\n"
        "Cuts to research budgets have left universities in disarray. Order this report to explore how"
        " institutions are recalibrating their research agendas.\n\n"
        "## Store closures spread\n\n"
        "Three chains closed 40 stores in the harbor district this month, the [city"
        " said](https://harbor.example/news/2026/04/27/store-closures) on Friday.\n"
    )
    path = tmp_path / "harbor-weekly-2026-04-27.md"
    path.write_text(body, encoding="utf-8")
    reading = read_stories([path])
    assert [s.title for s in reading.stories] == ["Ferry fares rise", "Store closures spread"]
    promotions = [d.text for d in reading.dropped if d.reason is DropReason.PROMOTION]
    assert any("Order this report" in t for t in promotions)
