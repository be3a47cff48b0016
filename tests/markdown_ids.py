"""The ids GitHub gives a Markdown document's headings, worked out from the rendered text (for tests)."""

from __future__ import annotations

import unicodedata

from markdown_it import MarkdownIt


def github_ids(markdown: str) -> list[str]:
    """The ids GitHub gives the document's headings, computed from the rendered heading text."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    texts = [tokens[k + 1].children for k, t in enumerate(tokens) if t.type == "heading_open"]
    seen: dict[str, int] = {}
    ids = []
    for children in texts:
        text = "".join(c.content for c in children or [] if c.type in ("text", "code_inline"))
        base = "".join(c for c in text.lower() if c in " -_" or unicodedata.category(c)[0] in "LMN")
        base = base.replace(" ", "-")
        slug = base
        while slug in seen:
            seen[base] += 1
            slug = f"{base}-{seen[base]}"
        seen[slug] = 0
        ids.append(slug)
    return ids
