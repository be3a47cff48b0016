"""HTML (web pages and table-layout email templates) to the light Markdown the splitter reads."""

from __future__ import annotations

import re

from attrs import frozen
from selectolax.lexbor import LexborHTMLParser, LexborNode

_SKIP = frozenset(
    {
        "script", "style", "head", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "title", "meta", "link", "base", "input", "select", "textarea", "option", "img", "picture",
        "video", "audio", "canvas", "map", "source", "track",
    }
)  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = frozenset({"ul", "ol", "menu"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header",
        "hr", "html", "li", "main", "nav", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", *_HEADINGS, *_LISTS,
    }
)  # fmt: skip
_BLOCK_SELECTOR = ",".join(sorted(_BLOCKS - {"html", "body"}))
_BOLD_TAGS = frozenset({"b", "strong"})

_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|max-height\s*:\s*0(?:px)?\s*(?:;|$|!)",
    re.IGNORECASE,
)
# Email builders name their hidden inbox-preview text this way and hide it from a <style> block.
_PREHEADER_NAME = re.compile(r"pre-?header|preview-?text", re.IGNORECASE)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)
_WHITESPACE = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_SPACES = re.compile(r"[ \t]+")
_HEADING_LIKE = re.compile(r"^(#{1,6}\s)")

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "published_time",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "pubdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
)


@frozen
class HtmlPage:
    """What an HTML document gave: its body as light Markdown and the metadata in its head."""

    markdown: str
    title: str | None = None
    site_name: str | None = None
    date_text: str | None = None
    url: str | None = None
    #: Tags whose attributes past the limit were cut before parsing (0 for a normal page).
    capped_tags: int = 0


#: Attributes kept per tag. The parser checks each new attribute against the tag's others, so a
#: tag with 200,000 attributes takes minutes; real pages stay far below this.
MAX_ATTRIBUTES = 256
# Only tags this long can hold that many attributes: the scan for them stays linear.
_LONG_TAG = re.compile(rf"<[A-Za-z][^<>]{{{4 * MAX_ATTRIBUTES},}}>?")
_ATTRIBUTE = re.compile(r"""\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']*))?""")


def _cap_attributes(html: str) -> tuple[str, int]:
    """``html`` with every tag cut to its first :data:`MAX_ATTRIBUTES` attributes, and how many were cut."""
    capped = 0

    def cap(match: re.Match[str]) -> str:
        nonlocal capped
        tag = match[0]
        found = list(_ATTRIBUTE.finditer(tag))
        if len(found) <= MAX_ATTRIBUTES:
            return tag
        capped += 1
        return tag[: found[MAX_ATTRIBUTES - 1].end()] + (">" if tag.endswith(">") else "")

    return _LONG_TAG.sub(cap, html), capped


def _hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(attrs.get("style") or ""):
        return True
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return bool(_PREHEADER_NAME.search(names))


def _has_blocks(node: LexborNode) -> bool:
    # css_first matches the node itself too, so ask each child.
    return any(child.css_first(_BLOCK_SELECTOR) is not None for child in node.iter())


def _link_target(href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if not re.match(r"https?://", href, re.IGNORECASE):
        return None
    # Spaces and parentheses would end a Markdown link early.
    return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


class _Builder:
    """Walks the tree once, keeping the paragraph being built and the blocks done."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []
        self.inline: list[str] = []
        self.kinds: list[str] = ["p"]
        self.marks: list[tuple[str, int, str | None]] = []
        self.block_links: list[str] = []
        self.list_depth = 0
        self.pre_depth = 0
        #: A footnote's number read before its text: the next paragraph is that footnote ("[^1]: ...").
        self.footnote: str | None = None

    # -- inline content -------------------------------------------------------------------------

    def text(self, value: str) -> None:
        if self.pre_depth:
            self.inline.append(value.replace("\u00a0", " "))
        else:
            self.inline.append(_WHITESPACE.sub(" ", value))

    def line_break(self) -> None:
        self.inline.append("\n")

    def open_mark(self, kind: str, href: str | None = None) -> None:
        self.marks.append((kind, len(self.inline), href))

    def close_mark(self) -> None:
        kind, start, href = self.marks.pop()
        if start < 0:
            return
        segment = "".join(self.inline[start:])
        del self.inline[start:]
        core = segment.strip()
        if not core:
            # An image-only link (button, tracking pixel) leaves nothing worth a link.
            self.inline.append("" if kind == "a" else segment)
            return
        lead = segment[: len(segment) - len(segment.lstrip())]
        trail = segment[len(segment.rstrip()) :]
        if kind == "b":
            lines = [line.strip().replace("**", "") for line in core.split("\n")]
            wrapped = "\n".join(f"**{line}**" if line else "" for line in lines)
        else:
            wrapped = f"[{' '.join(core.split())}]({href})"
        self.inline.append(f"{lead}{wrapped}{trail}")

    # -- blocks ---------------------------------------------------------------------------------

    def flush(self) -> None:
        if not self.inline:
            return
        text = "".join(self.inline)
        self.inline.clear()
        # A block inside an open bold/link breaks it: the mark no longer wraps anything.
        self.marks = [(kind, -1, href) for kind, _, href in self.marks]
        paragraphs: list[list[str]] = [[]]
        for raw in text.split("\n"):
            line = _SPACES.sub(" ", raw).strip()
            if line:
                paragraphs[-1].append(line)
            elif paragraphs[-1]:
                paragraphs.append([])
        kept = [lines for lines in paragraphs if lines]
        if self.kinds[-1].startswith("li") and len(kept) > 1:
            # Paragraphs parted by line breaks inside one list item are the item's, never items.
            kept = [[line for lines in kept for line in ("", *lines)][1:]]
        for lines in kept:
            self._emit(lines)

    def _emit(self, lines: list[str]) -> None:
        kind = self.kinds[-1]
        text = "\n".join(lines)
        if self.block_links and "](" not in text:
            text = f"[{' '.join(text.split())}]({self.block_links[-1]})"
        if kind.startswith("h"):
            heading = " ".join(text.replace("**", "").split())
            if heading:
                self.blocks.append(("h", "#" * int(kind[1:]) + " " + heading))
            return
        if kind.startswith("li"):
            indent = "  " * (int(kind[2:]) - 1)
            item = "\n".join(f"{indent}  {line}" if line else "" for line in text.split("\n"))
            self.blocks.append(("li", f"{indent}- " + item[len(indent) + 2 :]))
            return
        if self.footnote is not None:
            text, self.footnote = f"[^{self.footnote}]: {text}", None
        self.blocks.append(("p", _HEADING_LIKE.sub(r"\\\1", text)))

    def push_kind(self, tag: str) -> None:
        if tag in _HEADINGS:
            self.kinds.append(f"h{_HEADINGS[tag]}")
        elif tag == "li":
            self.kinds.append(f"li{max(self.list_depth, 1)}")
        else:
            # Paragraphs inside a heading or list item belong to it.
            self.kinds.append(self.kinds[-1])

    def markdown(self) -> str:
        out: list[str] = []
        previous = ""
        for kind, text in self.blocks:
            if out:
                out.append("\n" if kind == "li" and previous == "li" else "\n\n")
            out.append(text)
            previous = kind
        return "".join(out).strip() + "\n" if out else ""


def _enter(builder: _Builder, node: LexborNode) -> tuple[bool, bool, bool]:
    """Open ``node``; returns (is_block, opened_mark, pushed_block_link) for its exit."""
    tag = node.tag or ""
    is_block = tag in _BLOCKS
    if is_block:
        builder.flush()
        if tag in _LISTS:
            builder.list_depth += 1
        if tag == "pre":
            builder.pre_depth += 1
        builder.push_kind(tag)
    in_heading = builder.kinds[-1].startswith("h")
    if tag == "a":
        href = _link_target(node.attributes.get("href"))
        if href and _has_blocks(node):
            builder.block_links.append(href)
            return is_block, False, True
        if href and not builder.block_links and not any(m[0] == "a" for m in builder.marks):
            builder.open_mark("a", href)
            return is_block, True, False
        return is_block, False, False
    bold = tag in _BOLD_TAGS or bool(_BOLD_STYLE.search(node.attributes.get("style") or ""))
    # Bold inside bold adds nothing; skipping it also keeps deeply nested markup linear.
    in_bold = any(mark[0] == "b" and mark[1] >= 0 for mark in builder.marks)
    if bold and not in_heading and not in_bold and not _has_blocks(node):
        builder.open_mark("b")
        return is_block, True, False
    return is_block, False, False


def _exit(builder: _Builder, node: LexborNode, state: tuple[bool, bool, bool]) -> None:
    is_block, opened_mark, pushed_link = state
    tag = node.tag or ""
    if opened_mark:
        builder.close_mark()
    if pushed_link:
        builder.flush()
        builder.block_links.pop()
    if is_block:
        builder.flush()
        builder.kinds.pop()
        if tag in _LISTS:
            builder.list_depth -= 1
        if tag == "pre":
            builder.pre_depth -= 1


#: A footnote's number as printed in the text: "1", "[2]", "*".
_FOOTNOTE_NUMBER = re.compile(r"\[?\d{1,3}\]?|[*†‡]")


def _footnote_mark(node: LexborNode) -> bool:
    """A footnote's marker in the text ("<sup><a href='#footnote-1'>1</a></sup>"): read as a digit, it
    would glue onto the sentence ("from 2029.1 The company"); the footnote itself stays."""
    tag = node.tag or ""
    if tag == "sup":
        return _FOOTNOTE_NUMBER.fullmatch(node.text(deep=True).strip()) is not None
    if tag == "a":
        href = node.attributes.get("href") or ""
        text = node.text(deep=True).strip()
        return href.startswith("#") and _FOOTNOTE_NUMBER.fullmatch(text) is not None
    return False


#: A footnote's link back to its marker in the text ("#footnote-anchor-1", "#fnref1", "#fnref:1").
_BACK_REFERENCE = re.compile(r"^#(fn-?ref|footnote-?(anchor|ref)|ref)[-:_]?\w*?\d+$", re.IGNORECASE)


def _footnote_number(node: LexborNode) -> str | None:
    """The number of a footnote printed before its text, linking back to its marker, or None."""
    if node.tag != "a" or not _BACK_REFERENCE.match(node.attributes.get("href") or ""):
        return None
    return node.text(deep=True).strip().strip("[]") or None


#: Blocks at the top of a page in which a logo can stand for the newsletter's name.
_LOGO_BLOCKS = 3
#: A logo's alt text that names the publication: one to four capitalised words ("Morning Pour"),
#: "logo" after them allowed.
_LOGO_ALT = re.compile(r"^(?-i:[A-Z0-9][\w&'’.+-]*)(?:\s+(?-i:[A-Z0-9&][\w&'’.+-]*)){0,3}(?:\s+logo)?$", re.I)


#: Most words of a block above a logo (a menu, "View online"); a longer one is the page's text.
_LOGO_BEFORE_WORDS = 8


def _words(markdown: str) -> int:
    """Words of a light-Markdown block as printed (link targets are not words)."""
    return sum(
        1 for token in re.sub(r"\]\([^)\s]*\)", "]", markdown).split() if any(c.isalnum() for c in token)
    )


def _masthead_logo(builder: _Builder, node: LexborNode) -> str | None:
    """The name on a logo at the top of the page, alone in its block, before any paragraph of text.

    An image is no text, but a logo printed where a masthead goes is the newsletter's name as its
    reader sees it ("<a href=...><img alt="Morning Pour"></a>" over the dateline).
    """
    if len(builder.blocks) > _LOGO_BLOCKS or any(
        _words(text) > _LOGO_BEFORE_WORDS for _, text in builder.blocks
    ):
        return None
    if "".join(builder.inline).strip() or _hidden(node):
        return None
    alt = " ".join((node.attributes.get("alt") or "").split())
    if not _LOGO_ALT.match(alt) or alt.casefold() in {"logo", "image", "banner", "header"}:
        return None
    parent = node.parent
    while parent is not None and (parent.tag or "") not in _BLOCKS:
        parent = parent.parent
    if parent is None or parent.text(deep=True).strip():
        return None  # text beside the image ("<img alt='Kitty'> <b>Launchpad Daily</b>"): that is the name
    return re.sub(r"\s+logo$", "", alt, flags=re.IGNORECASE)


def _convert(root: LexborNode) -> str:
    builder = _Builder()
    # Iterative walk: real-world HTML nests deeper than Python's recursion limit.
    stack: list[tuple[LexborNode, tuple[bool, bool, bool] | None]] = [(root, None)]
    while stack:
        node, state = stack.pop()
        if state is not None:
            _exit(builder, node, state)
            continue
        tag = node.tag or ""
        if tag == "-text":
            builder.text(node.text_content or "")
            continue
        if tag == "img":
            name = _masthead_logo(builder, node)
            if name is not None:
                builder.flush()
                builder.text(name)  # the newsletter's logo at the top: its name, as the reader sees it
                builder.flush()
            continue
        if tag.startswith(("-", "_", "!")) or tag in _SKIP or _hidden(node) or _footnote_mark(node):
            number = _footnote_number(node)
            if number is not None:
                builder.flush()
                builder.footnote = number
            continue
        if tag == "br":
            builder.line_break()
            continue
        if tag == "hr":
            builder.flush()
            builder.blocks.append(("p", "---"))  # a separator the reader sees between two stories
            continue
        stack.append((node, _enter(builder, node)))
        stack.extend((child, None) for child in reversed(list(node.iter(include_text=True))))
    builder.flush()
    return builder.markdown()


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    wanted = {name.lower() for name in names}
    for meta in tree.css("meta"):
        attrs = meta.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = (attrs.get("content") or "").strip()
        if key in wanted and content:
            return content
    return None


def _date_text(tree: LexborHTMLParser) -> str | None:
    found = _meta(tree, *_DATE_META)
    if found:
        return found
    time = tree.css_first("time[datetime]")
    return (time.attributes.get("datetime") or "").strip() or None if time is not None else None


def parse_html(html: str) -> HtmlPage:
    """Convert ``html`` to light Markdown and read the title, site name and date of its head."""
    html, capped = _cap_attributes(html)
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = " ".join((title_node.text() if title_node is not None else "").split()) or None
    title = title or _meta(tree, "og:title", "twitter:title")
    site = _meta(tree, "og:site_name", "application-name")
    root = tree.body if tree.body is not None else tree.root
    markdown = _convert(root) if root is not None else ""
    canonical = tree.css_first('link[rel="canonical"]')
    url = _meta(tree, "og:url") or (canonical.attributes.get("href") if canonical is not None else None)
    return HtmlPage(
        markdown=markdown,
        title=title,
        site_name=site,
        date_text=_date_text(tree),
        url=_link_target(url),
        capped_tags=capped,
    )
