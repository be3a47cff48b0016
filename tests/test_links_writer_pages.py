"""A writer's page is no story's article: a byline's link is not what the headline should open.

A post's byline links its writer's page ("By [David Graham](https://example.com/author/david-graham/)");
taken as the story's article, every story of that writer pointed there, and two of them shared an
address as if they were one article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import read_stories
from digest.text.links import article_link, is_writer_page


@pytest.mark.parametrize(
    ("url", "writer"),
    [
        ("https://www.harbor.example/author/dana-reyes/", True),
        ("https://harbor.example/authors/dana-reyes/page/2", True),
        ("https://harbor.example/contributors/dana-reyes", True),
        ("https://harbor.example/author/dana-reyes/2026/04/27/pier-vote", False),
        ("https://harbor.example/news/author-interview", False),
        ("https://harbor.example/author", False),
        ("https://social.example/profile/dana.social.example/post/3mkhyguy4bc25", False),
        ("https://harbor.example/authors/dana-reyes/feed/rss", False),
        ("https://harbor.example/politics/2026/04/pier-vote/686977/", False),
    ],
)
def test_writer_pages(url: str, writer: bool) -> None:
    assert is_writer_page(url) is writer


def test_the_article_is_the_first_link_that_is_no_writer_s_page() -> None:
    links = [
        "https://harbor.example/author/dana-reyes/",
        "https://harbor.example/politics/2026/04/pier-vote/",
    ]
    assert article_link(links) == links[1]
    assert article_link(links[:1]) is None


def test_a_byline_link_does_not_become_the_story_s_link(tmp_path: Path) -> None:
    body = (
        "The pier vote is not a reason to rush the pavilion\n\n"
        "The council will vote on the pier on Tuesday, writes"
        " [Dana Reyes](https://harbor.example/author/dana-reyes/). The pavilion's backers want it attached;"
        " [the plan](https://harbor.example/politics/2026/04/pier-vote/686977/) would cost $40 million"
        " and skip the usual review.\n"
    )
    path = tmp_path / "harbor-daily-2026-04-27.md"
    path.write_text(body, encoding="utf-8")
    (story,) = read_stories([path]).stories
    assert story.url == "https://harbor.example/politics/2026/04/pier-vote/686977/"
