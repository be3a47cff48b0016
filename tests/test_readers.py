"""The reader layer on the format fixtures: detection, metadata, body structure, decoding."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from digest.models import Document, Dropped, DropReason, Format, Story
from digest.readers import read_path
from digest.settings import ReadSettings

FORMATS = Path(__file__).parent.parent / "fixtures" / "formats"
SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"
ECBPLUS = Path(__file__).resolve().parents[1] / "benchmarks" / "ecbplus" / "ecbplus-dev.jsonl"
_RAW_TAG = re.compile(r"</?(?:p|div|td|tr|table|span|a|b|strong|br|img|h\d|li|ul)\b[^>]*>", re.IGNORECASE)


def _read(name: str, settings: ReadSettings | None = None) -> list[Document | Story | Dropped]:
    return list(read_path(FORMATS / name, settings or ReadSettings()))


def _documents(name: str) -> list[Document]:
    items = _read(name)
    assert all(isinstance(item, Document) for item in items), items
    return [item for item in items if isinstance(item, Document)]


def _headings(body: str) -> list[str]:
    return [line for line in body.splitlines() if re.match(r"#{1,6} ", line)]


def test_eml_table_layout_html_part_is_read() -> None:
    """A quoted-printable multipart/alternative message: HTML part wins, metadata from headers."""
    (doc,) = _documents("china-tech-brief.eml")
    edition = doc.edition
    assert edition.format is Format.EML
    assert edition.source == "China Tech Brief"
    assert edition.date == dt.date(2026, 2, 2)
    assert edition.title == "Moore Threads narrows its loss; Xiaomi’s January deliveries"
    assert _headings(doc.body) == ["# China Tech Brief", "## Chips", "## Electric vehicles"]
    assert "\n\n**Moore Threads narrows its loss as GPU revenue jumps**\n\n" in doc.body
    assert "Shanghai’s STAR Market" in doc.body  # UTF-8 through quoted-printable
    assert "[Reuters](https://www.reuters.com/technology/metax-loss-2026-02-01/?utm_source=" in doc.body
    assert "(https://click.chinatechbrief.example/redirect?url=https%3A%2F%2Fwww.scmp.com" in doc.body
    assert "EV deliveries top 40,000" not in doc.body  # hidden preheader
    assert "open.chinatechbrief.example" not in doc.body  # tracking pixel
    assert "font-family" not in doc.body
    assert not _RAW_TAG.search(doc.body)


def test_mbox_gives_one_document_per_message() -> None:
    """Two editions in an mbox: text/plain and base64 HTML, in file order, with mboxrd unquoting."""
    first, second = _documents("yuan-ledger.mbox")
    assert [first.edition.position, second.edition.position] == [0, 1]
    assert {first.edition.format, second.edition.format} == {Format.MBOX}
    assert first.edition.source == second.edition.source == "The Yuan Ledger"
    assert [first.edition.date, second.edition.date] == [dt.date(2026, 1, 26), dt.date(2026, 2, 2)]
    assert "\nFrom the desk: expect" in first.body
    assert "## PBOC holds loan prime rates" in _headings(first.body)
    assert _headings(second.body) == [
        "# The Yuan Ledger",
        "## Factory activity slips back into contraction",
        "## Bitcoin slides toward US$77,000",
        "## AstraZeneca signs US$17.3bn licensing deal with CSPC",
    ]
    assert "(2026–30)" in second.body
    assert "fell to **49.3** in January" in second.body


def test_maildir_messages_sorted_by_file_name() -> None:
    """A Maildir folder is one mailbox: cur and new messages, sorted, hidden files ignored."""
    docs = _documents("maildir")
    assert [doc.edition.title for doc in docs] == ["HK IPO Watch #48", "HK IPO Watch #49"]
    assert [doc.edition.position for doc in docs] == [0, 1]
    assert all(doc.edition.format is Format.MAILDIR for doc in docs)
    assert all(doc.edition.source == "HK IPO Watch" for doc in docs)
    assert docs[1].edition.date == dt.date(2026, 2, 2)
    assert "record listing — the city's largest" in docs[1].body
    assert _headings(docs[1].body) == ["# CATL follow-on", "# Pipeline"]


def test_rss_entries_are_single_stories() -> None:
    """Each RSS item with one short article is a story: its title and link on the edition."""
    docs = _documents("shanghai-wire.rss")
    assert len(docs) == 3
    assert all(doc.single_story and doc.edition.format is Format.RSS for doc in docs)
    assert all(doc.edition.source == "Shanghai Wire" for doc in docs)
    first = docs[0]
    assert first.edition.title == "Huawei ships Ascend 950 samples to cloud customers"
    assert first.edition.url is not None
    assert first.edition.url.startswith("https://shanghaiwire.example/2026/02/02/huawei-ascend-950")
    assert first.edition.date == dt.date(2026, 2, 2)
    assert "**Ascend 950**" in first.body
    assert "[Reuters](https://www.reuters.com/technology/huawei-ascend-950-2026-02-02/)" in first.body
    assert [doc.edition.position for doc in docs] == [0, 1, 2]


def test_atom_entry_holding_an_edition_is_split_later() -> None:
    """An Atom entry with several headings is an edition; a one-paragraph entry is a story."""
    edition, note = _documents("greater-bay-weekly.atom")
    assert edition.edition.format is Format.ATOM
    assert edition.edition.source == "Greater Bay Weekly"
    assert edition.edition.date == dt.date(2026, 2, 1)
    assert not edition.single_story
    assert len(_headings(edition.body)) == 3
    assert "- Fares are about 30% below ride-hailing prices.\n- Service hours" in edition.body
    assert note.single_story
    assert note.edition.title == "Hong Kong tops global IPO league table for 2025"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("caijing-zaobao-gb18030.txt", ("宁德时代（CATL）", "410亿港元", "退订请回复“退订”")),
        ("keji-zhoubao-big5.txt", ("台積電公布一月份營收", "鴻海", "「取消訂閱」")),
        (
            "euro-china-letter-cp1252.txt",
            ("€1.2 billion", "“China will account", "José Müller", "Zoë Lefèvre", "L’Oréal", "Brandstätter"),
        ),
    ],
)
def test_undeclared_charsets_are_detected(name: str, expected: tuple[str, ...]) -> None:
    """GB18030, Big5 and cp1252 text with no declared charset decodes to the right characters."""
    (doc,) = _documents(name)
    assert doc.edition.format is Format.TEXT
    for fragment in expected:
        assert fragment in doc.body
    assert "\ufffd" not in doc.body
    assert "\n\n" in doc.body  # paragraphs kept as they were


def test_html_newsletter_file() -> None:
    """An HTML page: head metadata, headings and lists kept, script/style/pixel gone."""
    (doc,) = _documents("pearl-river-post.html")
    edition = doc.edition
    assert edition.format is Format.HTML
    assert edition.source == "Pearl River Post"
    assert edition.date == dt.date(2026, 1, 30)
    assert edition.title == "Pearl River Post — 30 January 2026"
    assert "## Temu fined €200 million under the Digital Services Act" in _headings(doc.body)
    assert "- LME copper: US$13,200 a tonne\n- Shanghai stocks: lowest since 2009" in doc.body
    assert "its **Qwen** consumer app" in doc.body
    assert "[Caixin has more](https://pearlriverpost.example/r?target=https%3A%2F%2F" in doc.body
    for junk in ("dataLayer", "font-family", "pixel.pearlriverpost", "<"):
        assert junk not in doc.body


def test_markdown_front_matter_gives_metadata() -> None:
    """YAML front matter sets title, source and date; the body starts after it."""
    (doc,) = _documents("dragon-markets.md")
    edition = doc.edition
    assert edition.format is Format.MARKDOWN
    assert edition.source == "Dragon Markets Weekly"
    assert edition.date == dt.date(2026, 1, 31)
    assert edition.title is not None
    assert edition.title.startswith("Dragon Markets Weekly: Chery")
    assert doc.body.startswith("# Dragon Markets Weekly\n")
    assert "newsletter:" not in doc.body


def test_jsonl_stories_and_bad_lines() -> None:
    """JSON Lines records become stories with their ids; bad lines are dropped with line numbers."""
    items = _read("china-newswire.jsonl")
    stories = [item for item in items if isinstance(item, Story)]
    dropped = [item for item in items if isinstance(item, Dropped)]
    assert [story.id for story in stories] == ["cnw-0001", "cnw-0002", "4"]
    assert all(story.format is Format.JSONL for story in stories)
    first = stories[0]
    assert first.source == "China Newswire"
    assert first.date == dt.date(2026, 2, 1)
    assert first.url is not None
    assert "utm_" not in first.url
    assert first.links == (first.url,)
    assert stories[2].source == "china-newswire"  # no source field: the file's name
    assert stories[2].url is None
    assert all(item.reason is DropReason.UNREADABLE for item in dropped)
    details = [item.detail for item in dropped]
    assert details[0].startswith("line 3: ")
    assert details[1].startswith("line 4: not valid JSON")
    assert details[2] == "line 5: record lacks text"


def test_jsonl_default_source_setting() -> None:
    """A record without a source takes the default_source setting when one is given."""
    items = _read("china-newswire.jsonl", ReadSettings(default_source="Wire"))
    assert [item.source for item in items if isinstance(item, Story)][-1] == "Wire"


def test_ecbplus_reads_every_story() -> None:
    """The ECB+ dev set reads as 772 stories (headline-only records included), nothing dropped."""
    items = list(read_path(ECBPLUS, ReadSettings()))
    assert len(items) == 772
    assert all(isinstance(item, Story) for item in items)
    assert len({item.id for item in items if isinstance(item, Story)}) == 772


def test_fixture_folder_reads_deterministically() -> None:
    """Reading the whole folder twice gives the same items in the same, sorted order."""
    first = list(read_path(FORMATS, ReadSettings()))
    second = list(read_path(FORMATS, ReadSettings()))
    assert first == second
    paths = [item.edition.path if isinstance(item, Document) else item.path for item in first]
    assert paths == sorted(paths)
    assert not any(isinstance(item, Dropped) and item.reason is not DropReason.UNREADABLE for item in first)
    formats = {item.edition.format for item in first if isinstance(item, Document)}
    assert formats == set(Format) - {Format.JSONL, Format.IMAP}  # IMAP: tests/test_imap.py


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda path: path.name)
def test_seed_text_is_read_as_is(path: Path) -> None:
    """The seed captures are plain text: the body is the file's text, untouched."""
    (doc,) = list(read_path(path, ReadSettings()))
    assert isinstance(doc, Document)
    assert doc.edition.format is Format.TEXT
    assert doc.body == path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert (doc.edition.source, doc.edition.date) == (None, None)


def test_folder_readme_and_licence_are_ledger_entries(tmp_path: Path) -> None:
    """A folder's README and licence are its own documents: skipped, in the ledger; named, read."""
    seed = next(p for p in sorted(SEEDS.glob("*.txt")))
    (tmp_path / "issue.txt").write_bytes(seed.read_bytes())
    (tmp_path / "README.md").write_text("# My newsletters\n\nThis folder holds a week of issues.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "License.txt").write_text("MIT License\n\nPermission is hereby granted.\n")
    # Names that only begin like one are newsletters ("The Changelog", "License Plate Weekly").
    (tmp_path / "Changelog News 2025-01-06.txt").write_bytes(seed.read_bytes())
    items = list(read_path(tmp_path, ReadSettings()))
    skipped = [i for i in items if isinstance(i, Dropped) and i.reason is DropReason.SKIPPED]
    assert sorted(Path(d.path).name for d in skipped) == ["License.txt", "README.md"]
    assert all("skip_files" in d.detail for d in skipped)
    documents = [i for i in items if isinstance(i, Document)]
    assert [Path(d.edition.path).name for d in documents] == ["Changelog News 2025-01-06.txt", "issue.txt"]
    # Named as an input, a README is read; with no patterns, the walk reads it too.
    named = [i for i in read_path(tmp_path / "README.md", ReadSettings()) if isinstance(i, Document)]
    assert "a week of issues" in named[0].body
    everything = list(read_path(tmp_path, ReadSettings(skip_files=())))
    assert not any(isinstance(i, Dropped) and i.reason is DropReason.SKIPPED for i in everything)
    assert len([i for i in everything if isinstance(i, Document)]) == 4
