"""A headline linking the sender's own front page has no article of its own.

Bloomberg's e-mail links some headlines to https://www.bloomberg.com/ and a columnist's briefing to
its e-reader's front page: every story of the publication is under that page, so it is no story's
link. Told as the story's article, it was the link of the digest's headline, and two stories
linking it looked like one event to the clusterer ("US stocks hit fresh highs" and a pollster's
figures on Putin). Another site's front page is a product's own page ("https://aider.chat/" for an
editor's release) and stays.
"""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document
from digest.text.links import is_front_page


def _split(body: str, source: str = "Harbour Weekly") -> Split:
    edition = Edition(path="harbour-weekly.md", format=Format.MARKDOWN, source=source)
    return split_document(Document(edition, body), ReadSettings())


WEEKLY = """\
# Harbour Weekly

## [Crane orders rise above 1,000](https://www.harbourweekly.example/)

Port operators ordered 1,040 driverless cranes in the first quarter, up from 610 a year earlier, as
Lisbon and Rotterdam finished their trials and ordered twelve more each.

## [Ferry fares rise six percent](https://news.example.com/2026/04/ferry-fares)

Fares on the northern crossing rise by six percent in June, the operator said on Monday, the second
rise this year.

## [Quaytool 2.0 is out](https://quaytool.example/)

Quaytool 2.0, the open-source planner for berths, now schedules tugboats and pilots as well as
cranes, its makers said.
"""


def test_a_headline_linking_the_senders_front_page_has_no_article() -> None:
    split = _split(WEEKLY)
    urls = {s.title: s.url for s in split.stories}
    assert urls["Crane orders rise above 1,000"] is None
    assert urls["Ferry fares rise six percent"] == "https://news.example.com/2026/04/ferry-fares"
    # Another site's front page is that product's page.
    assert urls["Quaytool 2.0 is out"] == "https://quaytool.example/"


def test_front_pages_have_no_path_and_no_query() -> None:
    assert is_front_page("https://www.bloomberg.com/")
    assert is_front_page("http://ereader.wsj.net")
    assert not is_front_page("https://www.bloomberg.com/news/articles/2026-04-28/oil")
    assert not is_front_page("https://example.com/?p=123")  # a blog's post by its number
    assert not is_front_page("mailto:desk@example.com")
