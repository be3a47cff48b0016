"""A body whose HTML was escaped once more by the sender's editor: its anchors arrive as text
("&lt;a href=...&gt;Title&lt;/a&gt;") inside real tags. Read once, the reader would print the
markup; its links are read as links, and its entities decoded to the end. Prose naming a tag
("the &lt;div&gt; element") is left as text. Minimal synthetic reproducers, never a real text."""

from __future__ import annotations

from digest.readers._markup import strip_html

ESCAPED = (
    '<p>&lt;a href="https://harbour.example/review?utm_source=x&amp;amp;utm_medium=email" rel="noopener" '
    'target="_blank"&gt;&lt;span style="color: rgb(0, 0, 0);"&gt;The Weekend Special&lt;/span&gt;&lt;/a&gt;'
    '<span style="color: rgb(0, 0, 0);"> Reviews of the week, with '
    '&lt;a href="https://harbour.example/tides"&gt;&lt;span&gt;the tide tables&lt;/span&gt;&lt;/a&gt;.'
    "</span></p>"
)


def test_escaped_anchors_are_read_as_links() -> None:
    text = strip_html(ESCAPED)
    for markup in ("<a", "<span", "&lt;"):
        assert markup not in text
    assert "[The Weekend Special](https://harbour.example/review?utm_source=x&utm_medium=email)" in text
    assert "[the tide tables](https://harbour.example/tides)" in text


def test_a_tag_named_in_prose_stays_text() -> None:
    body = "<p>Wrap the card in a &lt;div&gt; element, not a &lt;span&gt;.</p>"
    assert strip_html(body).strip() == "Wrap the card in a <div> element, not a <span>."
