"""Links: canonical forms, unwrapped tracking redirects, tracking parameters, links in text."""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from digest.models import Document, Edition, Format
from digest.settings import ReadSettings
from digest.split.splitter import split_document
from digest.text import links
from digest.text.links import article_link, canonical_url, find_links, is_media

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
ARTICLE = "https://example.com/news/2026/02/story-title?id=42"


def _b64(url: str, *, urlsafe: bool = True, pad: bool = False) -> str:
    """``url`` base64-encoded as a click tracker would put it in a path."""
    raw = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(url.encode())
    text = raw.decode()
    return text if pad else text.rstrip("=")


def _enc(url: str, times: int = 1) -> str:
    """``url`` percent-encoded ``times`` times, as nested redirect parameters carry it."""
    for _ in range(times):
        url = quote(url, safe="")
    return url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a", "https://example.com/a"),
        ("HTTPS://Example.COM/Path/Case", "https://example.com/Path/Case"),
        ("https://www.example.com/a", "https://www.example.com/a"),
        ("http://example.com", "http://example.com/"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("http://example.com:443/a", "http://example.com:443/a"),
        ("https://example.com/a#section-2", "https://example.com/a"),
        ("https://example.com/app#!/item/3", "https://example.com/app#!/item/3"),
        ("https://example.com/a?", "https://example.com/a"),
        ("https://example.com/a?&&id=1&", "https://example.com/a?id=1"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://example.com./a", "https://example.com/a"),
        ("https://user:pw@example.com/a", "https://example.com/a"),
        ("https://example.com/%7Euser/a%2fb", "https://example.com/~user/a%2Fb"),
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("https://example.com/100%", "https://example.com/100%25"),
        ("https://例え.jp/パス", "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9"),
        ("http://[::1]:80/a", "http://[::1]/a"),
        ("http://127.0.0.1:8080/x", "http://127.0.0.1:8080/x"),
        ("http://localhost/x", "http://localhost/x"),
    ],
)
def test_canonical_form(url: str, expected: str) -> None:
    """Scheme and host are lowercased, default ports and fragments go, the path keeps its case."""
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/a?utm_source=nl&utm_medium=email&utm_campaign=x", "https://example.com/a"),
        ("https://example.com/a?id=3&utm_source=nl&p=2", "https://example.com/a?id=3&p=2"),
        ("https://example.com/a?UTM_Source=nl&story=9", "https://example.com/a?story=9"),
        ("https://example.com/a?fbclid=IwAR0abc", "https://example.com/a"),
        ("https://example.com/a?gclid=x&dclid=y&msclkid=z&yclid=w", "https://example.com/a"),
        ("https://example.com/a?mc_cid=1&mc_eid=2&p=123", "https://example.com/a?p=123"),
        ("https://example.com/a?_hsenc=p2&_hsmi=9", "https://example.com/a"),
        ("https://example.com/a?mkt_tok=eyJp", "https://example.com/a"),
        ("https://example.com/a?igshid=abc&oly_enc_id=1&oly_anon_id=2", "https://example.com/a"),
        ("https://example.com/a?vero_conv=1&vero_id=2&s_cid=3&cmpid=4", "https://example.com/a"),
        ("https://example.com/a?pk_campaign=x&mtm_source=y", "https://example.com/a"),
        ("https://example.com/a?ref=newsletter", "https://example.com/a"),
        ("https://example.com/a?ref_src=twsrc%5Etfw", "https://example.com/a"),
        ("https://news-en.asiabits.com/subscribe?ref=PLACEHOLDER", "https://news-en.asiabits.com/subscribe"),
        ("https://github.com/o/r/blob/x.py?ref=main", "https://github.com/o/r/blob/x.py?ref=main"),
        ("https://example.com/watch?v=abc&t=30", "https://example.com/watch?v=abc&t=30"),
        ("https://x.com/u/status/1?s=20&t=abc", "https://x.com/u/status/1"),
        ("https://www.youtube.com/watch?v=abc&si=xyz", "https://www.youtube.com/watch?v=abc"),
        ("https://open.spotify.com/episode/1?si=abc", "https://open.spotify.com/episode/1"),
        ("https://foo.substack.com/p/post?r=2abc&utm_medium=email", "https://foo.substack.com/p/post"),
        ("https://example.com/search?q=china+ipo", "https://example.com/search?q=china+ipo"),
        ("https://example.com/a?q=hello%20world", "https://example.com/a?q=hello%20world"),
        ("https://example.com/?p=123", "https://example.com/?p=123"),
        # The subscriber's own address, whatever the key: it names the reader, never the page.
        ("https://news.example/s/5icl66?email=reader@mail.example", "https://news.example/s/5icl66"),
        ("https://example.com/a?id=3&e=reader%40mail.example.co.uk", "https://example.com/a?id=3"),
        ("https://example.com/a?q=a@b", "https://example.com/a?q=a@b"),
        ("https://example.com/u/@someone?tab=1", "https://example.com/u/@someone?tab=1"),
        (
            "https://cal.example/embed?src=abc%40group.cal.example",
            "https://cal.example/embed?src=abc%40group.cal.example",
        ),
        # A shared article's token and referral marks are the sharer's, never the article's.
        (
            "https://www.wsj.com/tech/a-1f?st=153ei8&reflink=desktopwebshare_permalink&mod=nl",
            "https://www.wsj.com/tech/a-1f",
        ),
        (
            "https://www.bloomberg.com/news/articles/2025-12-18/a?accessToken=eyJhbGc.x.y",
            "https://www.bloomberg.com/news/articles/2025-12-18/a",
        ),
        ("https://example.com/a?st=1&mod=2", "https://example.com/a?st=1&mod=2"),
    ],
)
def test_tracking_parameters_are_dropped(url: str, expected: str) -> None:
    """Tracking parameters go; meaningful ones stay in their original order."""
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"https://www.google.com/url?q={ARTICLE}&sa=D&ust=1", ARTICLE),
        (f"https://www.google.com/url?sa=t&url={_enc(ARTICLE)}", ARTICLE),
        (f"https://l.facebook.com/l.php?u={_enc(ARTICLE)}&h=AT0", ARTICLE),
        (f"https://nam02.safelinks.protection.outlook.com/?url={_enc(ARTICLE)}&data=05", ARTICLE),
        (f"https://www.linkedin.com/redir/redirect?url={_enc(ARTICLE)}&urlhash=x", ARTICLE),
        (f"https://click.example.net/c?target={_enc(ARTICLE, 2)}", ARTICLE),
        (f"https://t.example.net/r?redirect_url={_enc(ARTICLE, 3)}", ARTICLE),
        (f"https://t.example.net/r?dest={_enc(ARTICLE)}", ARTICLE),
        (f"https://t.example.net/r?destination={_enc(ARTICLE)}", ARTICLE),
        (f"https://t.example.net/r?link={_enc(ARTICLE)}", ARTICLE),
        (f"https://t.example.net/r?r={_enc(ARTICLE)}", ARTICLE),
        (f"https://t.example.net/r?to={_enc(ARTICLE)}", ARTICLE),
        (f"https://t.example.net/r?out={_enc(ARTICLE)}", ARTICLE),
        (f"https://t.example.net/r?redirect={_b64(ARTICLE)}", ARTICLE),
        (f"https://t.example.net/r?u={_b64(ARTICLE, urlsafe=False, pad=True)}", ARTICLE),
        (f"https://t.example.net/r?url={_enc(ARTICLE + '&utm_source=nl')}", ARTICLE),
        (f"https://abc.r.us-east-1.awstrack.me/L0/{_enc(ARTICLE)}/1/0100018c-aa/Xyz=123", ARTICLE),
        (f"https://substack.com/redirect/2/{_b64(ARTICLE)}", ARTICLE),
        (f"https://link.mail.beehiiv.com/ss/c/{_b64(ARTICLE)}/4ab/h1/Yz", ARTICLE),
        (f"https://clicks.example.net/CL0/{_enc(ARTICLE, 2)}/1/abc", ARTICLE),
        (  # a tracker wrapping a tracker
            f"https://t.example.net/r?url={_enc('https://www.google.com/url?q=' + _enc(ARTICLE))}",
            ARTICLE,
        ),
        ("HTTPS://T.EXAMPLE.NET/r?url=https%3A%2F%2FExample.com%2FA", "https://example.com/A"),
        (  # a signed JSON payload: base64 of {"e": url, ...}, a dot, then a signature
            f"https://substack.com/redirect/2/{_b64(json.dumps({'e': ARTICLE, 'p': 7}))}.Sig-n4ture_x?j=eyJ1",
            ARTICLE,
        ),
        (f"https://www.bing.com/ck/a?!&&p=3f1&u=a1{_b64(ARTICLE)}&ntb=1", ARTICLE),
        (f"https://r.search.yahoo.com/_ylt=AwrE/RV=2/RE=17/RO=10/RU={_enc(ARTICLE)}/RK=2/RS=xy-", ARTICLE),
        ("https://www.google.com/amp/s/example.com/news/a.amp", "https://example.com/news/a.amp"),
        ("https://example-com.cdn.ampproject.org/c/s/example.com/news/a", "https://example.com/news/a"),
        ("https://example-com.cdn.ampproject.org/v/example.com/a", "http://example.com/a"),
    ],
)
def test_tracking_redirects_are_unwrapped(url: str, expected: str) -> None:
    """The real destination inside a click-tracking link replaces the link."""
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.google.com/search?q=china", "https://www.google.com/search?q=china"),
        ("https://example.com/login?next=/home", "https://example.com/login?next=/home"),
        ("https://t.co/AbCdEf123", "https://t.co/AbCdEf123"),
        ("https://web.archive.org/web/2020/https://example.com/", "https://web.archive.org/web/2020/https://example.com/"),
        ("https://x.us1.list-manage.com/track/click?u=0a1b2c&id=3d4e&e=5f", "https://x.us1.list-manage.com/track/click?u=0a1b2c&id=3d4e&e=5f"),
        ("https://example.com/r?url=mailto:a@b.org", "https://example.com/r?url=mailto:a@b.org"),
        ("https://example.com/r?url=javascript:alert(1)", "https://example.com/r?url=javascript:alert(1)"),
        ("https://example.com/r?url=https%3A%2F%2F", "https://example.com/r?url=https%3A%2F%2F"),
    ],
)  # fmt: skip
def test_links_without_an_embedded_http_target_stay(url: str, expected: str) -> None:
    """Only a complete http(s) target is unwrapped; search queries and opaque trackers stay."""
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "mailto:editor@example.com",
        "javascript:void(0)",
        "data:text/html;base64,PGgxPg==",
        "ftp://example.com/file",
        "tel:+15551234",
        "/relative/path",
        "relative/path",
        "//example.com/protocol-relative",
        "#anchor",
        "example.com",
        "www.example.com/a",
        "https://",
        "https:///path",
        "http://exa mple.com/",
        "http://example..com/",
        "http://-bad-.com/",
        "http://[::1/",
        "http://example.com:99999/",
        "http://example.com:port/",
        "http://singlelabel/",
        "garbage",
        "\x00https://example.com",
    ],
)
def test_not_http_links_give_none(url: str) -> None:
    """Anything that is not an absolute http(s) link to a plausible host gives None."""
    assert canonical_url(url) is None


def test_find_links_in_markdown_angle_and_bare_forms() -> None:
    """Markdown, angle-bracket and bare links are found in order, canonical and without repeats."""
    text = (
        "Read [the story](https://example.com/a?utm_source=nl) and <https://example.com/b>.\n"
        "Also https://example.com/c, then (https://example.com/d). Again: https://example.com/a\n"
        "[wiki](https://en.wikipedia.org/wiki/Foo_(bar)) [mail](mailto:x@example.com) [rel](/x)\n"
        '[titled](https://example.com/e "Title") 详见https://example.com/f，谢谢。 '
        '<a href="https://example.com/g">g</a> https://example.com/h!'
    )
    assert find_links(text) == [
        "https://example.com/a",
        "https://example.com/b",
        "https://example.com/c",
        "https://example.com/d",
        "https://en.wikipedia.org/wiki/Foo_(bar)",
        "https://example.com/e",
        "https://example.com/f",
        "https://example.com/g",
        "https://example.com/h",
    ]


def test_find_links_dedupes_by_canonical_form() -> None:
    """Two tracked variants of one article count once, at the first mention."""
    text = (
        f"[x](https://t.example.net/r?url={_enc(ARTICLE)}) "
        f"[y]({ARTICLE}&utm_campaign=z) [z](https://EXAMPLE.com/other#top)"
    )
    assert find_links(text) == [ARTICLE, "https://example.com/other"]


@pytest.mark.parametrize("text", ["", "no links here", "mailto:a@b.c", "email me at a@https.org", "https://"])
def test_find_links_without_links(text: str) -> None:
    """Text without an http(s) link gives no links."""
    assert find_links(text) == []


def test_seed_asiabits_links() -> None:
    """The asiabits seed's referral link comes back without its referral code."""
    text = (SEEDS / "002_b1f01cfd40dc48a6.txt").read_text(encoding="utf-8")
    links = find_links(text)
    assert "https://news-en.asiabits.com/subscribe" in links
    assert all(link.startswith(("http://", "https://")) for link in links)
    assert all("ref=" not in link and "utm_" not in link for link in links)


urls = st.builds(
    lambda scheme, host, path, query, frag: f"{scheme}://{host}{path}{query}{frag}",
    st.sampled_from(["http", "https", "HTTP", "ftp", "mailto", ""]),
    st.from_regex(r"[A-Za-z0-9.\-\[\]:@]{0,20}", fullmatch=True),
    st.from_regex(r"(/[A-Za-z0-9%~._\-:]{0,10}){0,3}", fullmatch=True),
    st.from_regex(r"(\?([a-z_]{1,8}=[A-Za-z0-9%:/.+=\-]{0,20}&?){0,3})?", fullmatch=True),
    st.from_regex(r"(#[!a-z/]{0,5})?", fullmatch=True),
)


def _wrapped(url: str) -> list[str]:
    """``url`` behind several click trackers."""
    return [
        f"https://t.example.net/r?url={_enc(url)}",
        f"https://t.example.net/r?u={_b64(url)}",
        f"https://substack.com/redirect/2/{_b64(url)}",
        f"https://abc.awstrack.me/L0/{_enc(url, 2)}/1/x",
        f"https://substack.com/redirect/2/{_b64(json.dumps({'e': url}))}.sig",
    ]


@given(st.one_of(st.text(), urls))
@example("https://t.example.net/r?url=" + _enc(_enc("https://a.org/?url=https%3A%2F%2Fb.org")))
@example("http://a.b/%")
@example("http://a.b/?url=%68ttp://c.d")
def test_canonical_url_is_total_and_idempotent(url: str) -> None:
    """Any string gives None or an http(s) URL that canonicalises to itself."""
    canonical = canonical_url(url)
    assert canonical is None or canonical.startswith(("http://", "https://"))
    if canonical is not None:
        assert canonical_url(canonical) == canonical
        assert " " not in canonical
        assert canonical.isascii()


@given(urls)
def test_unwrapping_is_transparent(url: str) -> None:
    """A link behind a tracker canonicalises like the link itself, when the link is valid."""
    canonical = canonical_url(url)
    if canonical is None:
        return
    for wrapped in _wrapped(canonical):
        assert canonical_url(wrapped) == canonical, wrapped


@given(st.text())
def test_find_links_is_total(text: str) -> None:
    """find_links never raises and gives distinct canonical http(s) links."""
    links = find_links(text)
    assert len(links) == len(set(links))
    assert all(canonical_url(link) == link for link in links)


def test_a_markdown_link_labelled_with_its_own_url_is_one_link() -> None:
    """ "[https://x.org/a](https://x.org/a)" is one link, not "https://x.org/a](https://x.org/a)"."""
    text = "A2A ([https://github.com/google/A2A/](https://github.com/google/A2A/)) and [x](https://e.org/b)."
    assert find_links(text) == ["https://github.com/google/A2A/", "https://e.org/b"]
    assert find_links("[https://x.org/a](https://x.org/b)") == ["https://x.org/a", "https://x.org/b"]


@pytest.mark.parametrize(
    ("url", "media"),
    [
        ("https://cdn.discordapp.com/attachments/1/2/image.png?ex=6841", True),
        ("https://x.example/clip.MP4", True),
        ("https://x.example/paper.pdf", False),
        ("https://x.example/news/2025/png-makers-merge", False),
        ("https://x.example/", False),
    ],
)
def test_media_files_are_told_from_pages(url: str, media: bool) -> None:
    assert is_media(url) is media


def test_an_item_links_its_first_page_not_its_screenshot() -> None:
    assert article_link(["https://c.example/a.jpg", "https://x.example/story"]) == "https://x.example/story"
    assert article_link(["https://c.example/a.jpg"]) is None
    assert article_link([]) is None


def test_an_ampersand_escaped_for_html_separates_parameters() -> None:
    """A captured link's "&amp;utm_source=..." is a tracking parameter like any other."""
    url = "https://news.ycombinator.com/item?id=44194120&amp;utm_source=tldrnewsletter"
    assert canonical_url(url) == "https://news.ycombinator.com/item?id=44194120"
    assert canonical_url("https://x.example/a?b=1&amp;c=2") == "https://x.example/a?b=1&c=2"


def test_a_shown_url_rules_out_what_a_test_per_character_does() -> None:
    """The one search for a space or control finds every code point ``isspace`` or ``< 32`` calls one."""
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        assert bool(links._SPACE_OR_CONTROL.match(char)) == (char.isspace() or point < 32), hex(point)


def test_a_markdown_links_address_ends_at_its_bracket_with_text_glued_after_it() -> None:
    """Text converted from HTML glues the next sentence to a link's closing bracket
    ("[struck by it](url)I hear ..."): the address ends at the bracket, brackets inside it kept."""
    text = (
        "[Struck by it](https://news.example.com/s/abc?e=1)I hear it daily. "
        "See [Foo](https://wiki.example.org/wiki/Foo_(bar))and more."
    )
    assert find_links(text) == [
        "https://news.example.com/s/abc?e=1",
        "https://wiki.example.org/wiki/Foo_(bar)",
    ]


def test_the_readers_id_written_into_every_link_of_an_edition_is_dropped() -> None:
    """The same opaque value under one key on links to three pages or more of one edition marks its
    reader ("?ueid=cee68ef4..."), whatever the key's name: dropped from every story's links. A page's
    own parameter (different on each page) and a word ("?lang=en") stay."""
    reader = "ueid=c0ffee68ef49e1e07dda471dbc72a2057c&bxid=682e81e54940259f8504291d"
    body = "\n\n".join(
        f"[{title}](https://news.example.com/{path}?{reader}&lang=en{extra})\n\n{text}"
        for title, path, extra, text in (
            ("Harbour cranes go electric", "ports/cranes", "", "The port bought 12 electric cranes."),
            (
                "Tugboat batteries tested",
                "ports/tugs",
                "&v=9f8e7d6c5b4a3f2e1d",
                "Two tugs ran a week on batteries.",
            ),
            ("Rail timetable for freight", "rail/freight", "", "Freight trains get night slots from May."),
        )
    )
    document = Document(
        edition=Edition(path="weekly.md", source="Harbour Weekly", format=Format.MARKDOWN), body=body
    )
    stories = split_document(document, ReadSettings()).stories
    shown = [story.url or "" for story in stories] + [link for story in stories for link in story.links]
    assert len(stories) == 3
    assert not any("ueid" in url or "bxid" in url for url in shown)
    assert all("lang=en" in (story.url or "") for story in stories)
    assert any("v=9f8e7d6c5b4a3f2e1d" in (story.url or "") for story in stories)
    # Two pages carrying it are not enough to tell a reader's id from a shared page parameter.
    two = links.reader_marks([f"https://a.example/{p}?id=a1b2c3d4e5f6a7b8" for p in ("x", "y")])
    assert two == frozenset()
