"""The reader layer on small inputs written here: errors, detection by content, HTML rules, charsets."""

from __future__ import annotations

import codecs
import datetime as dt
import html
import unicodedata
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.errors import DigestError, InputError
from digest.models import Document, Dropped, DropReason, Format, Story
from digest.readers import _decode, _detect, read_path
from digest.readers._decode import _ALLOWED_CONTROLS, _looks_binary, clean_text, decode
from digest.readers._html import parse_html
from digest.readers._meta import source_from_title
from digest.settings import ReadSettings
from digest.split.splitter import split_document
from tests.test_split_layouts import split_file

SUFFIXES = ("", ".txt", ".md", ".html", ".eml", ".mbox", ".rss", ".atom", ".xml", ".jsonl")


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _read(path: Path, **options: object) -> list[Document | Story | Dropped]:
    return list(read_path(path, ReadSettings(**options)))  # type: ignore[arg-type]


def _one(path: Path) -> Document:
    (item,) = _read(path)
    assert isinstance(item, Document)
    return item


def _message(subject: str, text: str | None = None, html: str | None = None, sender: str = "") -> bytes:
    message = EmailMessage()
    message["From"] = sender or '"Daily Buzz" <news@buzz.example>'
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Feb 2026 08:00:00 +0000"
    if text is not None:
        message.set_content(text)
    if html is not None:
        if text is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    return message.as_bytes(policy=policy.default)


# -- whole-file errors ---------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_raise_only_digest_errors(tmp_path: Path, data: bytes, suffix: str) -> None:
    """Whatever the bytes and the extension, a reader yields items or raises a DigestError."""
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    error: DigestError | None = None
    try:
        items = _read(path)
    except DigestError as exc:
        error = exc
        items = []
    if error is not None:
        assert isinstance(error, InputError)
        assert str(path) in str(error)
    assert all(isinstance(item, Document | Story | Dropped) for item in items)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from([b"From x@y Mon Jan  5 00:00:00 2026\n", b"<?xml version='1.0'?><rss>",
                               b"<feed xmlns='http://www.w3.org/2005/Atom'>", b'{"id": 1}\n',
                               b"From: a@b\nSubject: x\n\n", b"<html><body>", b"---\ntitle: x\n---\n"]),
       tail=st.binary(max_size=400))  # fmt: skip
def test_plausible_openings_then_garbage_raise_only_digest_errors(
    tmp_path: Path, prefix: bytes, tail: bytes
) -> None:
    """A file that starts like a known format and then turns to garbage never crashes a reader."""
    path = tmp_path / "input"
    path.write_bytes(prefix + tail)
    try:
        items = _read(path)
    except InputError:
        return
    assert all(isinstance(item, Document | Story | Dropped) for item in items)


# Format characters and the combining grapheme joiner are the invisible padding readers strip.
_VISIBLE = st.characters(
    blacklist_categories=("Cc", "Cs", "Co", "Cn", "Cf", "Zl", "Zp"), blacklist_characters="\u034f"
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.text(_VISIBLE, max_size=40), max_size=12), crlf=st.booleans())
def test_plain_text_body_is_the_text_as_is(tmp_path: Path, lines: list[str], crlf: bool) -> None:
    """Any visible UTF-8 text in a .txt file comes back unchanged (only line ends normalised)."""
    text = "\n".join(["Weekly note", *lines])
    path = tmp_path / "note.txt"
    path.write_bytes(text.replace("\n", "\r\n" if crlf else "\n").encode("utf-8"))
    assert _one(path).body == text


def test_random_binary_is_reported(tmp_path: Path) -> None:
    """Real binary data (seeded, 4 KB) is an InputError that says so."""
    path = _write(tmp_path, "image.txt", bytes(range(256)) * 16)
    with pytest.raises(InputError, match="binary data"):
        _read(path)


@pytest.mark.parametrize(
    ("magic", "kind"),
    [
        (b"%PDF-1.7\n", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    ],
)
def test_a_common_binary_format_is_named(tmp_path: Path, magic: bytes, kind: str) -> None:
    """A PDF saved as .html (a probe's mistaken input) is said to be a PDF, not only "binary data"."""
    path = _write(tmp_path, "newsletter.html", magic + bytes(range(256)) * 16)
    with pytest.raises(InputError, match=f"{kind}.*, not text"):
        _read(path)


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\x00 "])
def test_empty_file_is_an_input_error(tmp_path: Path, content: bytes) -> None:
    """An empty (or blank) file is reported as empty."""
    path = _write(tmp_path, "blank.txt", content)
    with pytest.raises(InputError, match="empty file"):
        _read(path)


def test_not_a_mailbox_named_mbox(tmp_path: Path) -> None:
    """A .mbox that does not open with a 'From ' line is not read as text."""
    path = _write(tmp_path, "letters.mbox", "Dear reader,\nthis is a letter, not a mailbox.\n")
    with pytest.raises(InputError, match="not an mbox"):
        _read(path)


def test_broken_feed_is_an_input_error(tmp_path: Path) -> None:
    """A feed cut off before its first entry ends is unreadable, with the parser's reason."""
    path = _write(tmp_path, "cut.rss", '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>X</ti')
    with pytest.raises(InputError, match="feed"):
        _read(path)


def test_large_file_names_the_setting(tmp_path: Path) -> None:
    """A file over max_file_bytes is refused with a message naming the setting."""
    path = _write(tmp_path, "big.txt", "word " * 100)
    with pytest.raises(InputError, match="max_file_bytes"):
        _read(path, max_file_bytes=100)


def test_missing_path(tmp_path: Path) -> None:
    """A path that does not exist is an InputError naming it."""
    with pytest.raises(InputError, match="no such file"):
        _read(tmp_path / "nope.txt")


# -- directories ---------------------------------------------------------------------------------


def test_directory_walk_sorted_hidden_skipped_bad_file_dropped(tmp_path: Path) -> None:
    """Folders are read recursively in name order; hidden files skipped; a bad file is a Dropped."""
    _write(tmp_path, "b/second.txt", "Second edition\n\nBody two.")
    _write(tmp_path, "a.txt", "First edition\n\nBody one.")
    _write(tmp_path, ".secret.txt", "hidden")
    _write(tmp_path, ".git/config", "hidden too")
    _write(tmp_path, "c.txt", b"")
    items = _read(tmp_path)
    assert [type(item).__name__ for item in items] == ["Document", "Document", "Dropped"]
    first, second, bad = items
    assert isinstance(first, Document)
    assert isinstance(second, Document)
    assert first.edition.path.endswith("a.txt")
    assert Path(second.edition.path).parts[-2:] == ("b", "second.txt")
    assert isinstance(bad, Dropped)
    assert bad.reason is DropReason.UNREADABLE
    assert bad.detail == "empty file"


def test_symlink_loop_is_read_once(tmp_path: Path) -> None:
    """A link pointing back up the tree does not make the walk loop."""
    _write(tmp_path, "news/a.txt", "Edition A\n\nText.")
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news", target_is_directory=True)
    items = _read(tmp_path)
    assert len(items) == 1


def test_maildir_with_a_bad_message(tmp_path: Path) -> None:
    """A Maildir message with no text part is dropped; the others are read."""
    image_only = EmailMessage()
    image_only["From"] = "x@example.com"
    image_only["Subject"] = "photo"
    image_only.set_content(b"\x89PNG....", maintype="image", subtype="png")
    _write(tmp_path, "box/cur/2", image_only.as_bytes())
    _write(tmp_path, "box/new/1", _message("Daily Buzz: 3 February 2026", text="# Top\n\nStory."))
    _write(tmp_path, "box/tmp/.keep", "")
    items = _read(tmp_path / "box")
    assert isinstance(items[0], Document)
    assert items[0].edition.format is Format.MAILDIR
    assert isinstance(items[1], Dropped)
    assert items[1].detail == "message 2: message has no text or HTML part"


def test_mbox_with_a_bad_message_goes_on(tmp_path: Path) -> None:
    """One unreadable message of an mbox is a Dropped with its position; the run goes on."""
    image_only = EmailMessage()
    image_only["From"] = "x@example.com"
    image_only.set_content(b"\x89PNG....", maintype="image", subtype="png")
    good = _message("Daily Buzz: 3 February 2026", text="Story one.\n\nStory two.")
    data = b"From a@b Tue Feb  3 08:00:00 2026\n" + image_only.as_bytes() + b"\n"
    data += b"From a@b Tue Feb  3 09:00:00 2026\n" + good + b"\n"
    items = _read(_write(tmp_path, "box.mbox", data))
    assert isinstance(items[0], Dropped)
    assert items[0].position == 0
    assert isinstance(items[1], Document)
    assert items[1].edition.position == 1


# -- detection from content ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<html><body><h1>Weekly</h1><p>Story.</p></body></html>", Format.HTML),
        ('<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>T</title>'
         "<description>Story text.</description></item></channel></rss>", Format.RSS),
        ('<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>T</title>'
         "<summary>Story.</summary></entry></feed>", Format.ATOM),
        ('{"id": "1", "title": "T", "text": "Story."}\n', Format.JSONL),
        ("---\ntitle: Weekly\n---\n# Weekly\n\nStory.\n", Format.MARKDOWN),
        ("Weekly\nTitle: not a header block\n\nStory.\n", Format.TEXT),
    ],
)  # fmt: skip
def test_format_detected_from_content_not_extension(tmp_path: Path, content: str, expected: Format) -> None:
    """A file named .txt is read by what it holds."""
    items = _read(_write(tmp_path, "misnamed.txt", content))
    formats = {item.edition.format if isinstance(item, Document) else item.format for item in items}  # type: ignore[union-attr]
    assert formats == {expected}


def test_message_without_extension_is_eml(tmp_path: Path) -> None:
    """A raw message file with no extension is recognised by its header block."""
    doc = _one(_write(tmp_path, "1770100000.M1P1.host", _message("Weekly", text="Hello\n\nStory.")))
    assert doc.edition.format is Format.EML
    assert doc.edition.source == "Daily Buzz"
    assert doc.edition.date == dt.date(2026, 2, 3)


# -- email details ------------------------------------------------------------------------------


def test_plain_part_kept_when_html_adds_nothing(tmp_path: Path) -> None:
    """The text/plain part is kept when the HTML part carries no more structure."""
    text = "# Top\n\nFirst story [link](https://a.example/1).\n\nSecond story."
    html = "<p>First story. Second story.</p>"
    doc = _one(_write(tmp_path, "m.eml", _message("Weekly", text=text, html=html)))
    assert doc.body.startswith("# Top\n\nFirst story [link]")


def test_source_from_list_id_then_subject(tmp_path: Path) -> None:
    """Without a From display name, List-Id names the source; without either, the subject does."""
    message = EmailMessage()
    message["From"] = "news@letter.example"
    message["List-Id"] = '"Asia Chips Daily" <chips.letter.example>'
    message["Subject"] = "Issue 5"
    message.set_content("Story.")
    assert _one(_write(tmp_path, "a.eml", message.as_bytes())).edition.source == "Asia Chips Daily"
    bare = _message("Yuan Weekly | 3 February 2026", text="Story.", sender="news@letter.example")
    assert _one(_write(tmp_path, "b.eml", bare)).edition.source == "Yuan Weekly"


def test_declared_legacy_charset_in_mail(tmp_path: Path) -> None:
    """A part declared gb2312 holding GB18030-only characters decodes through the superset."""
    body = "香港交易所新上市公司：𠀀集团募资五十亿港元。\n".encode("gb18030")
    raw = (
        b"From: =?utf-8?b?6LSi57uP?= <a@b.example>\nSubject: test\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: 8bit\n\n" + body
    )
    doc = _one(_write(tmp_path, "gb.eml", raw))
    assert "𠀀集团募资五十亿港元" in doc.body
    assert doc.edition.source == "财经"


def test_format_flowed_is_unwrapped(tmp_path: Path) -> None:
    """format=flowed soft line breaks are joined back into one paragraph line."""
    raw = (
        b"From: Brief <a@b.example>\nSubject: s\nMIME-Version: 1.0\n"
        b"Content-Type: text/plain; charset=utf-8; format=flowed\n\n"
        b"BYD sold 210,051 vehicles in January, \ndown 30% from a year earlier.\n\nNext story.\n"
    )
    doc = _one(_write(tmp_path, "f.eml", raw))
    assert "BYD sold 210,051 vehicles in January, down 30% from a year earlier.\n\nNext story." in doc.body


# -- HTML to light Markdown ---------------------------------------------------------------------


def test_html_structure_rules() -> None:
    """Headings, br paragraphs, styled bold, lists, block links; hidden and pixel content dropped."""
    html = """<html><head><title>T</title><style>.x{}</style></head><body>
    <span style="display:none">preview only</span>
    <table><tr><td><h2>Markets</h2></td></tr>
    <tr><td><span style="font-weight:700">Yuan steadies</span></td></tr>
    <tr><td>Line one<br>line two<br><br>New paragraph with
    <a href="https://x.example/a b">a link</a>.</td></tr>
    <tr><td><a href="https://x.example/card"><h3>Card title</h3></a></td></tr>
    <tr><td><ol><li>one<ul><li>inner</li></ul></li><li>two</li></ol></td></tr>
    <tr><td><a href="https://t.example/p"><img src="p.gif" width="1" height="1"></a></td></tr>
    <tr><td>## not a heading</td></tr></table><script>var x = 1;</script></body></html>"""
    markdown = parse_html(html).markdown
    assert markdown == (
        "## Markets\n\n**Yuan steadies**\n\nLine one\nline two\n\n"
        "New paragraph with [a link](https://x.example/a%20b).\n\n"
        "### [Card title](https://x.example/card)\n\n- one\n  - inner\n- two\n\n\\## not a heading\n"
    )


@pytest.mark.parametrize(
    "hidden",
    [
        '<div style="display: none !important">PREVIEW</div>',
        '<span style="max-height:0px;overflow:hidden;mso-hide:all">PREVIEW</span>',
        '<div class="preheader">PREVIEW</div>',
        '<div id="mcnPreviewText">PREVIEW</div>',
        "<p hidden>PREVIEW</p>",
        '<table style="visibility:hidden"><tr><td>PREVIEW</td></tr></table>',
    ],
)
def test_hidden_preheaders_are_dropped(hidden: str) -> None:
    """Inbox-preview text hidden by style, attribute or builder class names is not content."""
    markdown = parse_html(f"<body>{hidden}<p>Visible story.</p></body>").markdown
    assert markdown == "Visible story.\n"


@given(words=st.lists(st.from_regex(r"[A-Za-z0-9]{1,12}", fullmatch=True), min_size=1, max_size=30),
       wrapper=st.sampled_from(["p", "td", "div", "li", "b", "span"]))  # fmt: skip
def test_html_keeps_every_word_and_no_tags(words: list[str], wrapper: str) -> None:
    """Every visible word survives conversion, in order, and no HTML tag is passed through."""
    cells = "".join(f"<{wrapper}>{word}</{wrapper}>" for word in words)
    markdown = parse_html(f"<table><tr><td>{cells}</td></tr></table>").markdown
    flat = markdown.replace("*", " ").replace("-", " ").split()
    assert "".join(flat) == "".join(words)
    assert "<" not in markdown


def test_html_head_metadata(tmp_path: Path) -> None:
    """Source comes from og:site_name or the title; the date from a meta tag or <time>."""
    page = "<html><head><title>Weekly China Chips | 2 February 2026</title></head><body><p>x</p>"
    page += '<time datetime="2026-02-02">Feb 2</time></body></html>'
    doc = _one(_write(tmp_path, "p.html", page))
    assert doc.edition.source == "Weekly China Chips"
    assert doc.edition.date == dt.date(2026, 2, 2)
    assert doc.edition.url is None
    page = page.replace("</title>", '</title><link rel="canonical" href="https://chips.example/2026-02-02">')
    assert _one(_write(tmp_path, "q.html", page)).edition.url == "https://chips.example/2026-02-02"


# -- decoding -----------------------------------------------------------------------------------


def test_utf8_preferred_when_it_decodes() -> None:
    """Bytes that are valid UTF-8 decode as UTF-8 even with a few non-ASCII characters."""
    assert decode("Café – 5 €".encode(), "x") == "Café – 5 €"


def test_bom_and_meta_declarations() -> None:
    """A UTF-16 BOM and an HTML meta charset are honoured."""
    assert decode(codecs.BOM_UTF16_LE + "台積電 News".encode("utf-16-le"), "x") == "台積電 News"
    html = '<meta charset="big5"><p>鴻海</p>'.encode("big5")
    assert "鴻海" in decode(html, "x")


def test_short_cp1252_letter_is_not_misread() -> None:
    """A short Western letter in cp1252 decodes as cp1252, not a neighbouring code page."""
    text = (
        "Dear Mr Müller, the “Shenzhen–Lyon” deal is worth €4.5 million – "
        "Zoë Lefèvre and François Dubois signed it on Friday.\n"
    ) * 2
    assert decode(text.encode("cp1252"), "x") == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Price: €5m – “good”", "cp1252"),
        ("Müller sagte, dass die Gespräche über Zölle weitergehen.", "cp1252"),
        ("Zażółć gęślą jaźń. Łódź i Wrocław są pięknymi miastami, powiedział minister.", "cp1250"),
    ],
)
def test_one_line_single_byte_text(text: str, codec: str) -> None:
    """One-liners: cp1252 is preferred when it reads as Western text, other code pages still win."""
    assert decode(text.encode(codec), "x") == text


def test_cyrillic_one_liner_is_not_read_as_latin() -> None:
    """Cyrillic bytes are all "accented letters" in cp1252, so the Western preference stays out."""
    text = "Привет, как дела? Это тестовый текст о Китае и его экономике."
    assert "тестовый текст о" in decode(text.encode("cp1251"), "x")


def test_clean_text_removes_junk_but_keeps_emoji() -> None:
    """NULs, zero-width padding and CR line ends go; emoji joiner sequences stay."""
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean_text(f"a\r\nb\x00c\u200b \u200c\u00a0d {family}\rx") == f"a\nbc \u00a0d {family}\nx"


def test_clean_text_removes_invisible_padding_written_as_character_references(tmp_path: Path) -> None:
    """An e-mail's preview padding converted to Markdown as "&zwnj;" references (line after line of
    them) is invisible padding like the characters themselves: it goes, and no story is made of it;
    other references ("&amp;") are the text's own."""
    assert clean_text("Week’s highlights &zwnj; &#8204;&#x34F;\n&zwnj; &shy;") == "Week’s highlights  \n "
    assert clean_text("R&amp;D &zwnjx; &nbsp;") == "R&amp;D &zwnjx; &nbsp;"
    padding = "\n".join(["&zwnj; " * 12] * 6)
    (tmp_path / "weekend.md").write_text(
        f"# Weekend Read\n\nThe week’s highlights {padding}\n\n## Leaders under strain\n\n"
        "Leaders can help their teams turn pressure into focus, a new study finds.\n",
        encoding="utf-8",
    )
    docs = [d for d in read_path(tmp_path, ReadSettings()) if isinstance(d, Document)]
    assert "zwnj" not in docs[0].body


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \n\r\x00\x0b\u00e9\u200b\u200c\u200d\u2028\U0001f468", max_size=30))
def test_clean_text_skips_the_joiner_pattern_only_where_it_finds_nothing(text: str) -> None:
    """Text without a joiner is returned as the joiner pattern would leave it; the same text either way."""
    plain = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    plain = _decode.strip_controls(plain)
    if not plain.isascii():
        plain = _decode._LOOSE_JOINER.sub("", _decode._ZERO_WIDTH.sub("", plain))
    assert clean_text(text) == plain


@pytest.mark.parametrize(
    ("title", "source"),
    [
        ("Daily Buzz: 2 February 2026", "Daily Buzz"),
        ("Issue #12 | China Tech Brief", "China Tech Brief"),
        ("Moore Threads narrows its loss", None),
        ("Chips: Moore Threads narrows its loss", None),
        ("Harbor Light #87: Ferries, tolls and a pier", "Harbor Light"),  # the name before its number
        ("Hafenblatt – Ausgabe 46/2026", "Hafenblatt"),
        (None, None),
    ],
)
def test_source_from_title(title: str | None, source: str | None) -> None:
    """A name is taken from a title only when the other part clearly names the issue."""
    assert source_from_title(title) == source


def test_front_matter_that_is_not_yaml_stays_in_body(tmp_path: Path) -> None:
    """A Markdown file opening with a rule and prose keeps it all as body."""
    content = "---\nthis: is: not: yaml: [\n---\n# Weekly\n"
    doc = _one(_write(tmp_path, "w.md", content))
    assert doc.body == content
    assert doc.edition.source is None


def _looks_binary_plainly(text: str) -> bool:
    """The binary test read character by character (what ``_looks_binary`` counts faster)."""
    text = text[:200_000]
    if not text:
        return False
    junk = sum(
        1
        for ch in text
        if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in _ALLOWED_CONTROLS
    )
    nuls = text.count("\x00")
    return junk > 0.02 * len(text) or nuls > 0.02 * len(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec=None), max_size=300), st.integers(0, 40))
def test_the_binary_test_counts_as_reading_each_character_would(text: str, controls: int) -> None:
    """Pattern counting of controls and per distinct character lookups give the plain verdict."""
    for sample in (text, text + "\x01" * controls, "\x00" * controls + text, text + "\ue000" * controls):
        assert _looks_binary(sample) == _looks_binary_plainly(sample)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([b"From: a", b"Subject: b", b'{"id": 1}', b"\n", b"\r\n", b" folded", b"x", b":"]),
        max_size=12,
    ).map(b"".join)
)
def test_mail_headers_without_a_blank_line_are_ruled_out_as_the_pattern_does(data: bytes) -> None:
    """The blank-line check before the header pattern says no only where the pattern does."""
    headers = _detect._BLANK_LINE.split(data[:16384], maxsplit=1)[0]
    plain = bool(_detect._HEADER_BLOCK.match(data.lstrip(b"\r\n"))) and (
        _detect._MAIL_HEADER.search(headers) is not None
    )
    assert _detect._looks_like_mail_headers(data) == plain


def test_a_maildir_left_with_only_tmp_is_not_read(tmp_path: Path) -> None:
    """A Maildir with only tmp/ (no cur/ or new/): its half-delivered message is not read as an
    edition; the folder is an unreadable ledger entry, so a --strict run stops on it."""
    _write(tmp_path, "box/tmp/1.host", _message("Daily Buzz: 3 February 2026", text="# Top\n\nStory."))
    items = _read(tmp_path / "box")
    assert len(items) == 1
    assert isinstance(items[0], Dropped)
    assert items[0].reason is DropReason.UNREADABLE
    assert "tmp/" in items[0].detail


def test_a_feed_with_no_entries_is_an_empty_ledger_entry(tmp_path: Path) -> None:
    """An Atom feed with zero entries is said in the ledger as empty, not skipped in silence."""
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Harbor Daily</title><id>urn:x</id><updated>2026-11-20T08:00:00Z</updated></feed>"
    )
    items = _read(_write(tmp_path, "empty.atom", feed))
    assert len(items) == 1
    assert isinstance(items[0], Dropped)
    assert items[0].reason is DropReason.EMPTY
    assert items[0].source == "Harbor Daily"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_pasted_message_headers_are_the_editions_title_and_date(tmp_path: Path, suffix: str) -> None:
    """A newsletter pasted from a mail client keeps "Subject:" and "Date:" over its body: they are
    the edition's title and date, never its first story's title or a section."""
    body = (
        "Subject: Cranes go electric, tugs get batteries\n"
        "Date: Mon, 2 Feb 2026 07:00:00 +0000\n\n"
        "Driverless cranes moved containers for a week at the Lisbon port, the operator said. "
        "The trial cut idle time by 12%.\n\n"
        "Rotterdam's harbour master ordered 14 battery tugs worth EUR 90 million on Friday.\n"
    )
    split = split_file(_write(tmp_path, f"pasted{suffix}", body))
    assert split.edition.title == "Cranes go electric, tugs get batteries"
    assert split.edition.date == dt.date(2026, 2, 2)
    assert len(split.stories) == 2
    for story in split.stories:
        assert "Subject" not in f"{story.title} {story.section} {story.text}"


def _mailed_feed(body: str) -> str:
    """An RSS item carrying an e-mail's table-laid HTML, escaped, as an email-to-feed bridge writes it."""
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbor Brief</title>'
        "<item><title>Cranes and ferries</title><link>https://feeds.example/entries/1.html</link>"
        "<pubDate>Thu, 26 Mar 2026 16:10:50 +0000</pubDate><description>"
        + html.escape(body, quote=False)
        + "</description></item></channel></rss>"
    )


_MAIL_STORY = (
    '<tr><td><span class="hed" style="font-size: 27px">{title}</span></td></tr>'
    '<tr><td><span style="font-size: 13px"><p>Illustration: Ada Park/Harbor</p></span></td></tr>'
    '<tr><td class="post-text"><p><strong>Why it matters:</strong> {text} The port authority said the '
    "change would be reviewed by its board over the coming weeks before any further step.</p></td></tr>"
)


def test_a_feed_item_carrying_an_emails_tables_is_an_edition_to_split(tmp_path: Path) -> None:
    """An e-mail's HTML in a feed item (tables, headlines set in big type, no heading tags) is split
    like the e-mail: a story per headline, never one story of the whole issue."""
    stories = "".join(
        _MAIL_STORY.format(title=title, text=text)
        for title, text in (
            ("1 big thing: Lisbon tests driverless cranes", "Two cranes moved boxes alone overnight."),
            ("2. Ferry fares fall on the river line", "Tickets cost a fifth less from Monday."),
        )
    )
    mail = f'<table cellpadding="0" cellspacing="0" width="100%">{stories}</table>'
    path = tmp_path / "harbor.xml"
    path.write_text(_mailed_feed(mail), encoding="utf-8")
    (doc,) = [item for item in read_path(path, ReadSettings()) if isinstance(item, Document)]
    assert not doc.single_story
    titles = [story.title for story in split_document(doc, ReadSettings()).stories]
    assert titles == ["1 big thing: Lisbon tests driverless cranes", "Ferry fares fall on the river line"]


def test_a_feed_item_carrying_a_one_story_email_stays_one_story(tmp_path: Path) -> None:
    """An e-mail in a feed item with no headline set over text (a survey, a note) is one story."""
    mail = (
        '<table cellpadding="0" cellspacing="0" width="100%"><tr><td><p>Hi reader,</p>'
        "<p><strong>Thank you for reading Harbor Brief!</strong></p><p>We made a short survey and would "
        "love to hear what you think of the newsletter, it takes three minutes at most.</p>"
        '<a href="https://survey.example/1">Take the survey</a></td></tr></table>'
    )
    path = tmp_path / "harbor.xml"
    path.write_text(_mailed_feed(mail), encoding="utf-8")
    (doc,) = [item for item in read_path(path, ReadSettings()) if isinstance(item, Document)]
    assert doc.single_story
