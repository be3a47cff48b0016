"""A feed entry that carries a whole e-mail (an email-to-feed bridge, an archive of sent issues).

Its content is the message's HTML document, headlines set in big type rather than heading tags, so
the entry is an edition to split when the page shows a newsletter's shape: short lines standing
alone, each over a paragraph of text.
"""

from __future__ import annotations

import re

#: The content is an e-mail's HTML, not a fragment of a post: a document of its own, or laid out in
#: tables the way e-mail builders lay out every issue (the feed parser's cleaning drops the
#: document's own tags, keeps the tables).
_DOCUMENT = re.compile(
    r"<(?:!doctype\s+html|html|body)\b|<table\b[^>]*\b(?:cellpadding|cellspacing|role=.presentation)",
    re.IGNORECASE,
)
#: A headline set alone: one line of a few words, no closing stop, comma or colon, no bullet.
_SET_LINE = re.compile(r"^(?![-*+>#|]|\[[^\]]*\]\([^)]*\)$)\S.{0,120}(?<![.,;:!?…])$")
#: A headline's words: fewer is a label ("Axios"), more is a sentence.
_HEADLINE_WORDS = (2, 16)
#: A paragraph of text under a headline has at least this many words.
_TEXT_WORDS = 15
#: Short paragraphs (a caption, a credit, a kicker) allowed between a headline and its text.
_BETWEEN = 2


def is_email_document(content: str) -> bool:
    """Whether a feed entry's content is an e-mail's HTML: a whole document, or a table layout."""
    return bool(_DOCUMENT.search(content[:4000]))


def set_headlines(body: str) -> int:
    """How many headlines an e-mail's Markdown sets alone over text: a paragraph that is one short
    line without a closing stop, followed within a caption or two by a paragraph of text."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    count = 0
    for k, paragraph in enumerate(paragraphs):
        if "\n" in paragraph or not _SET_LINE.match(paragraph):
            continue
        if not _HEADLINE_WORDS[0] <= len(paragraph.split()) <= _HEADLINE_WORDS[1]:
            continue
        after = paragraphs[k + 1 : k + 2 + _BETWEEN]
        if any(len(p.split()) >= _TEXT_WORDS for p in after):
            count += 1
    return count
