"""Layouts of newsletters the splitter was never tuned on (a research letter's bold headlines with a
dek, MDX and Markdown site archives): each test is a minimal synthetic reproducer of one mechanism,
in the structure of the real issue, never its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.models import Document, DropReason, Edition, Format, Split
from digest.readers import read_path
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


def told(split: Split) -> str:
    """Every title and text told, as one string."""
    return "\n".join(f"{s.title}\n{s.text}" for s in split.stories)


def test_a_headline_sentence_that_mentions_a_partner_is_news_not_a_sponsor_section() -> None:
    """A bold headline of a whole sentence over its item ("If we want robots to be a partner rather
    than a tool, we need new benchmarks:") opens a story: "partner" labels a sponsor's section only
    in a short label ("**Our partners**"), so the item's paragraphs are told, not dropped as ads."""
    body = (
        "**If we want robots to be more a partner than a tool, we need better benchmarks:**\n\n"
        "_…A survey of twelve labs finds that nobody measures cooperation…_\n\n"
        "Researchers at the Kestrel Institute surveyed twelve robotics labs about how they test robots"
        " that work beside people.\n\n"
        "**Why this matters:** Cooperation is the missing benchmark.\n\n"
        "***\n\n"
        "**Our partners**\n\n"
        "Acme Cloud gives you 40% off GPUs this month. [Claim it](https://acme.example/offer)\n\n"
        "***\n\n"
        "**Harbor Labs releases a weather model that runs on a phone:**\n\n"
        "Harbor Labs released Nimbus-2, a 300-million-parameter forecasting model.\n"
    )
    split = split_text(body)
    assert "Kestrel Institute surveyed twelve robotics labs" in told(split)
    assert "Nimbus-2" in told(split)
    assert "Acme Cloud" not in told(split)
    sponsor = [d.text for d in split.dropped if d.reason is DropReason.SPONSOR]
    assert any("Acme Cloud" in text for text in sponsor)
    assert not any("Kestrel" in text for text in sponsor)


def read_markdown(tmp_path: Path, text: str, name: str = "issue.mdx") -> Split:
    """Read and split one Markdown file the way ``digest compile`` does."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (document,) = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    return split_document(document, ReadSettings())


_SITE_ISSUE = (
    '---\nslug: /42\ntitle: "Frontend Notes #42: Vite, Remix"\ndate: 09-18-2024\n---\n\n'
    "Hi everyone!\n\n<!-- truncate -->\n\n---\n\n"
    'import Support from "../_support.mdx";\n\n<Support />\n\n---\n\n'
    "## 💸 Sponsor {#sponsor1}\n\n**[Ship faster with Acme](https://acme.example/)**\n\n"
    "Acme builds your app in the cloud.\n\n---\n\n"
    "## ⚛️ React {#react}\n\n"
    "- 📦 [Vite 7 beta \\- Environment API, faster builds](https://vite.example/7): The new API"
    " models browser and server builds apart.\n"
    "- 📦 [Remix 3.1](https://remix.example/3.1): Single fetch is now the default\\!\n\n"
    '<SubscribeFormEmbed placement="middle" />\n\n---\n\n'
    "## 🔀 Other {#other}\n\n"
    "- 📦 [Node 24.2 \\- getCallSite API](https://node.example/24.2)\n"
    "- 📦 [Biome 2.1 \\- Stable CSS formatter](https://biome.example/2.1)\n"
    "- 📜 [Understanding concurrency in JS](https://concurrency.example/)\n"
)


def test_an_mdx_issue_keeps_no_module_statement_component_or_comment(tmp_path: Path) -> None:
    """An MDX archive page's module statements ("import Support from ..."), lone components
    ("<Support />") and HTML comments ("<!-- truncate -->") are code for the site, not stories, and
    a comment is no section heading over the stories after it."""
    split = read_markdown(tmp_path, _SITE_ISSUE)
    assert "import" not in told(split)
    assert "Support" not in told(split)
    assert "truncate" not in told(split)
    assert not any("truncate" in s.section for s in split.stories)


def test_a_heading_attribute_is_no_word_of_the_heading_and_no_title(tmp_path: Path) -> None:
    """ "## 🔀 Other {#other}" over a list: the anchor is the page's, so the heading is a section
    named "Other" and each link under it is its own story (with the anchor left in, the heading
    read as a headline and the list was glued into one story titled "Other {#other}")."""
    split = read_markdown(tmp_path, _SITE_ISSUE)
    other = [s.title for s in split.stories if s.section == "Other"]
    assert other == [
        "Node 24.2 - getCallSite API",
        "Biome 2.1 - Stable CSS formatter",
        "Understanding concurrency in JS",
    ]
    assert not any("{#" in s.section or "{#" in s.title for s in split.stories)


def test_a_backslash_escape_prints_its_mark() -> None:
    """Markdown escapes a mark with a backslash ("Vite 7 beta \\- ...", "default\\!"); the reader sees
    the mark alone, in titles and text."""
    split = split_text(
        "- [Vite 7 beta \\- Environment API](https://vite.example/7): Faster builds \\+ a new API.\n"
        "- [Remix 3.1](https://remix.example/3.1): Single fetch is now the default\\!\n"
    )
    assert split.stories[0].title == "Vite 7 beta - Environment API"
    assert "\\" not in told(split)


_RESEARCH_LETTER = (
    "Welcome to Field Notes, a letter about robotics research.\n\n"
    "**Robots learn to fold laundry from a thousand videos:**\n\n"
    "_…A cheap recipe for household skills…_\n\n"
    "Researchers at the Kestrel Institute trained a two-armed robot on a thousand home videos of people"
    " folding shirts.\n\n"
    "**What they did:** They paired each video with the robot's own camera view.\n\n"
    "  * **Methods:**\n\n"
    "    * **Filtering** : They kept the clips where both hands stay in view.\n\n"
    "    * **Retargeting** : They mapped each hand onto a gripper.\n\n"
    "**Results** : The robot folded 70% of shirts it had never seen.\n\n"
    "**Why this matters - chores are near:** Household robots need skills learned cheaply.\n\n"
    "**Read more:** [Folding from video (arXiv)](https://arxiv.example/1234).\n\n"
    "***\n\n"
    "**Harbor Labs releases a weather model that runs on a phone:**\n\n"
    "_…Small forecasts, big reach…_\n\n"
    "Harbor Labs released Nimbus-2, a 300-million-parameter forecasting model.\n"
)


def test_a_bold_headline_with_an_italic_dek_is_one_story_with_its_lead_ins() -> None:
    """A research letter's item: a bold headline closed by a colon, a dek in italics under it, then
    paragraphs and bold lead-ins ("**What they did:**", "- **Methods:**" over nested points,
    "**Why this matters - ...:**", "**Read more:**") up to the next rule. The item is one story
    titled by its headline, with no section: the dek is no headline that would make the item's own
    headline a section, and a lead-in closed by a colon is no topic over the points under it."""
    split = split_text(_RESEARCH_LETTER)
    assert [(s.section, s.title) for s in split.stories] == [
        (None, "Robots learn to fold laundry from a thousand videos"),
        (None, "Harbor Labs releases a weather model that runs on a phone"),
    ]
    first = split.stories[0].text
    assert first.startswith("…A cheap recipe for household skills…")
    for part in (
        "They paired each video",
        "Retargeting",
        "folded 70%",
        "Household robots",
        "Folding from video",
    ):
        assert part in first
    assert "_" not in told(split)


def test_a_link_list_item_behind_an_emoji_is_titled_by_its_whole_link_text() -> None:
    """A site's link list heads each item with an emoji for its kind ("📜" a post, "🎥" a video,
    "📦" a release): the linked title is whole, whatever colon, question mark or quote is inside
    it, and the text is what follows the link (the emoji hid the link, so the title was cut at the
    link text's first colon or question mark and the text repeated it)."""
    split = split_text(
        "## Posts\n\n"
        "- 📜 [Routing: a field guide](https://a.example/): A long look at nested routes and their data.\n"
        "- 📜 [Islands or SPAs? A comparison](https://b.example/): Two teams measured both for a year.\n"
        "- 🎥 [Kit Hale - Why did Acme move to Vite?](https://c.example/)\n"
        "- 🎥 [Dee Lo - The riskiest option (“use cache”)](https://d.example/)\n"
        "- 📦 [tiny-router](https://e.example/): A router in two kilobytes, with typed links.\n"
    )
    assert [(s.title, s.text) for s in split.stories] == [
        ("Routing: a field guide", "A long look at nested routes and their data."),
        ("Islands or SPAs? A comparison", "Two teams measured both for a year."),
        ("Kit Hale - Why did Acme move to Vite?", ""),
        ("Dee Lo - The riskiest option (“use cache”)", ""),
        ("tiny-router", "A router in two kilobytes, with typed links."),
    ]


def test_a_bold_linked_headline_keeps_the_paragraph_under_it() -> None:
    """A page of tight link lists (no blank line between items, so a blank line may end a story)
    prints its lead item as a picture, a bold linked headline, a blank line and a paragraph, then a
    rule before the list: the
    headline and the paragraph are one story, not a title-only story and a story titled by the
    paragraph's first sentence."""
    web = "".join(f"- 📜 [Routing note {n}: nested layouts](https://web{n}.example/)\n" for n in range(8))
    split = split_text(
        f"## 🌐 Web\n\n{web}\n---\n\n"
        "## 📱 Mobile\n\n"
        "[![Quartz Bridges](/img/quartz.jpg)](https://quartz.example/)\n\n"
        "**[Quartz Bridges](https://quartz.example/)**\n\n"
        "Ines Moreau released a framework for fast native modules, with bindings generated from types.\n\n"
        "---\n\n"
        "- 📜 [Focus handling on TV apps](https://tv.example/)\n"
        "- 📦 [Gesture Kit 3.0 - macOS support](https://gk.example/)\n"
        "- 🎥 [Building a pager with springs](https://pager.example/)\n"
    )
    assert [(s.title, s.text[:20]) for s in split.stories if s.section == "Mobile"] == [
        ("Quartz Bridges", "Ines Moreau released"),
        ("Focus handling on TV apps", ""),
        ("Gesture Kit 3.0 - macOS support", ""),
        ("Building a pager with springs", ""),
    ]


@pytest.mark.parametrize(
    ("front_matter", "name"),
    [
        ('title: "Frontend Notes #42: Vite, Remix, routing"\n', "Frontend Notes"),
        ('title: "Frontend Notes #43: ..."\n', "Frontend Notes"),
        (
            'title: "Field Notes 385: Robots fold laundry; phone forecasts"\nsource: "substack_fieldnotes"\n',
            "Field Notes",
        ),
        ('title: "Field Notes 386: Robots fold laundry"\nsource: "Kestrel Weekly"\n', "Kestrel Weekly"),
        ('title: "Robots fold laundry"\nsource: "substack_fieldnotes"\n', "substack_fieldnotes"),
    ],
)
def test_the_source_is_the_publication_its_title_names(tmp_path: Path, front_matter: str, name: str) -> None:
    """An archive page titled "<Name> #42: subtitle" or "<Name> 385: subtitle" is from <Name>: not
    its file's name ("42.mdx"), nor an archive's id for it in front matter ("substack_fieldnotes"),
    which names it only when nothing else does. A source written as a name stays the source."""
    body = "**Robots fold laundry:**\n\nThe Kestrel Institute trained a robot on videos.\n"
    text = f"---\n{front_matter}---\n\n{body}"
    split = read_markdown(tmp_path, text, name="42.mdx")
    assert split.edition.source == name
    assert {s.source for s in split.stories} == {name}


def test_a_static_sites_metadata_lines_are_the_editions_title_date_and_name(tmp_path: Path) -> None:
    """An archive's Markdown opening with "Key: value" lines (Pelican, MultiMarkdown: "Title:",
    "Date:", "Category:") over a blank line: they are the edition's title and date, not a story,
    and a title of a name and its issue number ("Field Notes 144") names the publication."""
    body = (
        "Title: Field Notes 144\nNumber: 144\nDate: 2016-08-23\nCategory: Field Notes\n\n"
        "## News\n\n"
        "* [Kestrel ships Quill 1.11](https://kestrel.example/quill-1-11). The release adds "
        "gamepad support and a faster compiler.\n"
    )
    split = read_markdown(tmp_path, body, name="2016-08-23-field-notes.md")
    assert split.edition.title == "Field Notes 144"
    assert split.edition.date is not None
    assert split.edition.date.isoformat() == "2016-08-23"
    assert split.edition.source == "Field Notes"
    assert [s.title for s in split.stories] == ["Kestrel ships Quill 1.11"]


def test_calls_for_next_issues_material_and_the_editors_line_are_not_news(tmp_path: Path) -> None:
    """A weekly asking its readers for next week's material ("Submit your quotes for next week!",
    "... please add it to the calendar to get it mentioned here") and naming its editors ("Field
    Notes is edited by: [ada](url), [bo](url)") is talking about itself; the items are told."""
    body = (
        "# Field Notes 144\n\n"
        "## News\n\n"
        "* [Kestrel ships Quill 1.11](https://kestrel.example/quill). The release adds gamepad support.\n"
        "* [Orbit raises $20 million](https://orbit.example/round) for robot arms.\n\n"
        "# Quote of the Week\n\n"
        "[Submit your quotes for next week][submit]!\n\n"
        "[submit]: https://forum.example/quotes\n\n"
        "# Upcoming Events\n\n"
        "If you are running a meetup please add it to the [calendar](https://cal.example) to get it"
        " mentioned here.\n\n"
        "*Field Notes is edited by: [ada](https://example.org/ada) and [bo](https://example.org/bo).*\n"
    )
    split = read_markdown(tmp_path, body, name="field-notes-144.md")
    assert [s.title for s in split.stories] == [
        "Kestrel ships Quill 1.11",
        "Orbit raises $20 million for robot arms",
    ]
    assert not any(word in told(split) for word in ("Submit", "calendar", "edited by"))


def test_a_link_with_a_title_after_its_address_is_a_link() -> None:
    """CommonMark lets a link carry a title after its address ("[Title](url "tooltip")"); a site
    generator puts one on each heading's anchor ("## 🧪 Lab[](#lab "Direct link to Lab")"). Read as
    text, the anchor hid the heading's role and the items under it became one story; the tooltip
    is no word of the page."""
    body = (
        '## 🧪 Lab[](#lab "Direct link to 🧪 Lab")\n\n'
        '-   📜 [Kestrel ships Quill 1.11](https://kestrel.example/quill "Quill"): The release adds'
        " gamepad support and a new renderer.\n"
        "-   📦 [Orbit 2.0 - Faster arms](https://orbit.example/v2): Orbit rewrites its planner in Zig.\n"
        "-   🎥 [Harbor Labs - Weather on a phone](https://harbor.example/talk)\n\n"
        '## 🔀 Other[](#other "Direct link to 🔀 Other")\n\n'
        "-   📜 [Pallas triples revenue](https://pallas.example/q3) - a look at its third quarter.\n"
    )
    split = split_text(body)
    assert [(s.section, s.title) for s in split.stories] == [
        ("Lab", "Kestrel ships Quill 1.11"),
        ("Lab", "Orbit 2.0 - Faster arms"),
        ("Lab", "Harbor Labs - Weather on a phone"),
        ("Other", "Pallas triples revenue"),
    ]
    assert split.stories[0].url == "https://kestrel.example/quill"
    assert "Direct link" not in told(split)


def test_a_heading_at_the_sections_level_or_above_ends_the_section() -> None:
    """A Markdown heading at the level of the open section's heading or above ends that section, even
    when it heads a story of its own ("# Pick of the Week" over its text after "## New Tools"): the
    story under it, and what follows, are no part of the section above."""
    body = (
        "# Community\n\n"
        "## New Tools\n\n"
        "* [quill](https://quill.example). Renders maps from the command line.\n"
        "* [orbit](https://orbit.example). Plans robot arm paths.\n\n"
        "# Pick of the Week\n\n"
        "This week's pick is [harbor](https://harbor.example), a weather model that runs on a phone.\n\n"
        "# Quote of the Week\n\n"
        "> Speed is a feature until it is a bug.\n\n"
        "— [Ada on the forum](https://forum.example/ada)\n"
    )
    split = split_text(body)
    sections = {s.title: s.section for s in split.stories}
    assert sections["quill"] == "New Tools"
    assert sections["Pick of the Week"] is None
    assert sections["Quote of the Week"] is None


def test_front_matter_keys_are_read_by_meaning(tmp_path: Path) -> None:
    """An archive's front matter names its fields its own way ("publishedDate", "feedName") and may
    give the edition's page as its "source": the address is the edition's link, not the name of the
    publication, and a date field by another name dates the edition."""
    body = (
        "---\n"
        'title: "Field Notes #88: Quill, Orbit"\n'
        'source: "https://fieldnotes.example/issue/88"\n'
        'publishedDate: "2026-01-14"\n'
        'feedName: "Field Notes"\n'
        "---\n\n"
        "## News\n\n"
        "-   [Kestrel ships Quill 1.11](https://kestrel.example/quill): The release adds gamepad support.\n"
        "-   [Orbit raises $20 million](https://orbit.example/round): The round funds robot arms.\n"
    )
    split = read_markdown(tmp_path, body, name="88.mdx")
    assert split.edition.source == "Field Notes"
    assert split.edition.date is not None
    assert split.edition.date.isoformat() == "2026-01-14"
    assert split.edition.url == "https://fieldnotes.example/issue/88"
    assert {s.source for s in split.stories} == {"Field Notes"}


def test_a_sentence_over_a_heading_closes_what_is_above_it_and_names_no_section() -> None:
    """A plain or italic sentence right over a Markdown heading ("*Write to us to get your event
    listed here!*" over "# Quote of the Week") is the last line of what is above it: the heading
    opens what follows, and the stories under it are in no section named by that sentence."""
    body = (
        "# Meetups\n\n"
        "* [Harbor Labs demo night in Lisbon](https://harbor.example/demo), with three talks on"
        " weather models.\n\n"
        "*Write to [@fieldnotes](https://social.example/fieldnotes) to get your event listed here!*\n\n"
        "# Quote of the Week\n\n"
        "> Speed is a feature until it is a bug, and then it is a postmortem.\n\n"
        "— [Ada on the forum](https://forum.example/ada)\n"
    )
    split = split_text(body)
    assert not any(s.section and s.section.startswith("Write to") for s in split.stories)
    assert not any(s.title.startswith("Write to") for s in split.stories)
    quote = next(s for s in split.stories if s.title == "Quote of the Week")
    assert quote.section is None


def test_a_linked_title_by_its_author_over_a_quotation_is_one_story() -> None:
    """A community weekly's link list: each item a linked title, "by" its author, and a quotation of
    the post indented under it ("- [Title](url) by Ada Lovelace" over "  > What the post says"). The
    item is one story titled by the whole link text (its colon and full stop are the title's), its
    text the quotation; the author's name is no word of either. Whatever the quotation's indent, it
    is the item's, not a story of its own."""
    body = (
        "## Featured\n\n"
        "- [Quill 2.0 released](https://quill.example/2.0) by Ada Lovelace\n"
        "  > The Quill team is happy to announce a faster compiler.\n\n"
        "- [Orbit. A history of robot arms](https://orbit.example/history) by Bo Li and Cy Tan\n"
        "  > We look back at ten years of open hardware.\n\n"
        "-   [Harbor: weather on a phone, part 2](https://harbor.example/2) by Dee van Dam\n"
        "    > This post measures the model on six phones.\n\n"
        "## Show and tell\n\n"
        "- [kestrel](https://kestrel.example/) by Pallas Labs\n"
        "  > A map renderer for the command line.\n"
    )
    split = split_text(body)
    assert [(s.title, s.text) for s in split.stories] == [
        ("Quill 2.0 released", "The Quill team is happy to announce a faster compiler."),
        ("Orbit. A history of robot arms", "We look back at ten years of open hardware."),
        ("Harbor: weather on a phone, part 2", "This post measures the model on six phones."),
        ("kestrel", "A map renderer for the command line."),
    ]
    assert [s.url for s in split.stories][:1] == ["https://quill.example/2.0"]


def test_a_list_of_bare_names_under_a_heading_is_no_story() -> None:
    """A weekly credits its new contributors as a list of names under a sub-heading ("## New
    Contributors" over "* Ada Lovelace", "* quillsmith", ...): people thanked, not news. The names
    go to the ledger with a reason, and the next sub-heading is no part of the last name's story."""
    body = (
        "# Updates from Core\n\n"
        "* [Faster incremental builds](https://code.example/pull/1).\n"
        "* [Drop support for old linkers](https://code.example/pull/2).\n\n"
        "## New Contributors\n\n"
        "* Ada Lovelace\n"
        "* quillsmith\n"
        "* Dee van Dam\n"
        "* Bo Li\n\n"
        "## Approved Proposals\n\n"
        "* [Proposal 12: async closures](https://code.example/rfc/12).\n"
        "* [Proposal 13: a stable plugin interface](https://code.example/rfc/13).\n"
    )
    split = split_text(body)
    assert not any(name in told(split) for name in ("Ada Lovelace", "quillsmith", "Dee van Dam", "Bo Li"))
    roster = [d.text for d in split.dropped if d.reason is DropReason.BOILERPLATE]
    assert {"Ada Lovelace", "quillsmith", "Dee van Dam", "Bo Li"} <= set(roster)
    assert [s.title for s in split.stories][-2:] == [
        "Proposal 12: async closures",
        "Proposal 13: a stable plugin interface",
    ]


def test_a_picture_printed_between_every_section_is_a_separator() -> None:
    """A weekly divides its sections with one picture printed alone on a line each time (a festive
    divider, "![](https://.../divider.png)"), three times or more: it separates as a rule does, so a
    card's story ends at it and the list after it is one story per item, not the card's text."""
    divider = "![](https://frontend.example/img/divider.png)\n\n"
    body = (
        "## Web\n\n"
        "- 📜 [Routing: a field guide](https://a.example/): A long look at nested routes.\n"
        "- 📦 [tiny-router 2.0](https://b.example/): A router in two kilobytes.\n\n"
        f"{divider}"
        "## Mobile\n\n"
        "[![Quartz Bridges](https://frontend.example/img/quartz.jpg)](https://quartz.example/)\n\n"
        "[**Quartz Bridges 1.0 - native modules from types**](https://quartz.example/)\n\n"
        "Ines Moreau released a framework for fast native modules, with bindings generated from types.\n\n"
        f"{divider}"
        "-   👀 [Gesture Kit enabled by default in Pallas 3](https://gk.example/): The new engine ships on.\n"
        "-   📦 [Focus Ring 1.2](https://fr.example/): Focus handling for TV apps.\n\n"
        f"{divider}"
        "## Other\n\n"
        "-   📦 [Orbit 2.0 - Faster arms](https://orbit.example/v2)\n"
    )
    split = split_text(body)
    assert [(s.section, s.title) for s in split.stories if s.section == "Mobile"] == [
        ("Mobile", "Quartz Bridges 1.0 - native modules from types"),
        ("Mobile", "Gesture Kit enabled by default in Pallas 3"),
        ("Mobile", "Focus Ring 1.2"),
    ]
    quartz = next(s for s in split.stories if s.title.startswith("Quartz"))
    assert "Gesture Kit" not in quartz.text


@pytest.mark.parametrize(
    "call",
    [
        "[Please submit quotes and vote for next week!](https://forum.example/quotes)",
        "*Write to [@fieldnotes](https://social.example/fieldnotes) to get your event listed here!*",
    ],
)
def test_a_call_for_next_issues_material_in_other_words_is_not_news(call: str) -> None:
    """A weekly asks its readers for material in many words ("Please submit quotes and vote for next
    week!", "... to get your job offers listed here!"): talking about itself, in the ledger as a call
    for readers' submissions, never a story nor a part of the story above it."""
    body = (
        "# Quote of the Week\n\n"
        "> Speed is a feature until it is a bug, and then it is a postmortem.\n\n"
        "— [Ada on the forum](https://forum.example/ada)\n\n"
        f"{call}\n\n"
        "# Meetups\n\n"
        "* [Harbor Labs demo night in Lisbon](https://harbor.example/demo), with three talks on weather.\n"
    )
    split = split_text(body)
    assert not any(word in told(split) for word in ("vote for next week", "listed here"))
    calls = [d for d in split.dropped if d.detail == "call for readers' submissions"]
    assert len(calls) == 1


def test_a_linked_job_opening_closed_by_a_full_stop_is_a_job_listing() -> None:
    """A list item that is a linked job opening and the full stop closing the item ("* [Senior Quill
    Developer at Kestrel Lisbon, PT](url).") is a job listing: the mark closes the list's item, it
    does not make the opening a sentence of news."""
    body = (
        "# News\n\n"
        "* [Kestrel ships Quill 1.11](https://kestrel.example/quill). The release adds gamepad support.\n\n"
        "# fn work(on: Project) -> Pay\n\n"
        "* [Senior Quill Developer at Kestrel Lisbon, PT](https://jobs.example/kestrel/42).\n"
    )
    split = split_text(body)
    assert [s.title for s in split.stories] == ["Kestrel ships Quill 1.11"]
    assert any("Senior Quill Developer" in d.text for d in split.dropped if d.reason is DropReason.JOBS)


def test_a_sentence_wrapped_before_a_link_is_one_paragraph() -> None:
    """A Markdown wrapper never breaks inside a link: when a link's markup would not fit, the whole link
    goes to the next line, and the line above stops mid-sentence ("... you should keep an eye on the"
    over "[#512 renamed options](url) thread, ..."). The cut is a wrap, not a paragraph: no story is
    titled by the half sentence."""
    body = (
        "# Core changes\n\n"
        "> **Heads-up**: if you maintain an extension for Quillpad, you should keep an eye on the\n"
        "> [#512 renamed options in the nightly builds](https://tracker.example/quillpad/issues/512)"
        " thread, since it lists\n"
        "> every renamed setting before the next release of the editor is published for everyone.\n\n"
        "- [#530](https://tracker.example/quillpad/pull/530) made the spell checker load its word lists"
        " lazily, so that\n"
        "  opening a large document no longer waits for every dictionary installed on the machine.\n\n"
        "Quillpad 4.2 also ships a new theme picker that previews each palette on the open document.\n"
    )
    split = split_text(body)
    titles = [s.title for s in split.stories]
    assert not any(t.endswith("keep an eye on the") for t in titles)
    assert "Heads-up: if you maintain an extension for Quillpad" in told(split)
    assert "thread, since it lists every renamed setting" in told(split)


_HTML_HEADED_ISSUE = (
    "# Core changes\n\n"
    "> Changes to Quillpad itself, in the nightly builds.\n\n"
    "- [#530](https://tracker.example/quillpad/pull/530) made the spell checker load lazily.\n\n"
    "# Quillpad plugin community updates\n\n"
    "> Quillpad has many plugin authors. This part is about what they did this week.\n\n"
    "## [New plugins](#new-plugins) {#new-plugins}\n\n"
    '<h3 id="new-inkwell">\n  <a href="#new-inkwell">\n    <span class="icon-text">\n'
    '      <span class="icon"><i class="fa-solid fa-book"></i></span>\n'
    "      <span>inkwell.qp</span>\n    </span>\n  </a>\n</h3>\n\n"
    "A new plugin by Ada Lovelace that counts the words of the open document as you type.\n\n"
    "- [Forum](https://forum.example/inkwell)\n\n---\n\n"
    '<h3 id="new-margins">\n  <a href="#new-margins">\n    <span class="icon-text">\n'
    "      <span>margins.qp</span>\n    </span>\n  </a>\n</h3>\n\n"
    "Margins sets the width of the page from the document's own settings file.\n\n"
    "- [Forum](https://forum.example/margins)\n\n---\n\n"
    "## [Updates](#updates) {#updates}\n\n"
    '<h3 id="update-ruler">\n  <a href="#update-ruler">\n    <span>ruler.qp</span>\n  </a>\n</h3>\n\n'
    "Ruler 2.0 draws its marks in the theme's colours and no longer slows scrolling down.\n"
)


def test_html_headings_in_markdown_are_headings_under_the_section_heading(tmp_path: Path) -> None:
    """An HTML heading pasted into Markdown ('<h3 id=...><a href="#..."><span>Title</span></a></h3>') is a
    heading of its level, its anchor to itself no link; and a Markdown heading right over such headings
    ("## [New plugins](#new-plugins)") names their section, though a heading with text of its own is
    above it: it heads headings, it is no sub-heading of that story."""
    split = read_markdown(tmp_path, _HTML_HEADED_ISSUE, name="08.md")
    sections = {s.title: s.section for s in split.stories}
    assert sections.get("inkwell.qp") == "New plugins"
    assert sections.get("margins.qp") == "New plugins"
    assert sections.get("ruler.qp") == "Updates"


def test_a_fenced_code_block_is_one_block_of_the_storys_text() -> None:
    """A fenced code block ("```" ... "```") is code, not Markdown: its lines are one block of the text of
    the story it sits in, never a heading, a section's name or a story of their own, and a line of it
    that looks like a heading ("# set the width") is code too."""
    body = (
        "## [Tips](#tips) {#tips}\n\n"
        "Quillpad can wrap every paragraph of the open document at a width of your choice. For instance,"
        " put this in your settings file:\n\n"
        "```\n"
        "# set the width\n"
        "wrap = 72\n"
        "- keep lists\n"
        "```\n\n"
        "And if you want to wrap only the selection, press `gq`, which translates to:\n\n"
        "```\n"
        "g = go\n"
        "q = format\n"
        "```\n\n"
        "The wrap keeps the indent of each list item, so nested lists stay nested after it.\n\n"
        "# Want to help?\n\n"
        "Send us your tips for the next issue on the forum, every one is read.\n"
    )
    split = split_text(body)
    titles = [s.title for s in split.stories]
    sections = {s.section for s in split.stories}
    assert not {"set the width", "g = go", "keep lists"} & set(titles)
    assert not {"g = go q = format", "set the width", "And if you want to wrap only the selection"} & sections
    (tip,) = [s for s in split.stories if s.title == "Tips"]
    assert "# set the width wrap = 72 - keep lists" in tip.text
    assert "g = go q = format" in tip.text
    assert "nested lists stay nested" in tip.text


@pytest.mark.parametrize(
    "subject",
    [
        "Weekly Ledger for March 3, 2019",
        "Weekly Ledger, 3 March 2019",
        "Weekly Ledger #12 / Kites and clocks",
    ],
)
def test_a_name_before_a_date_or_an_issue_number_names_the_publication(tmp_path: Path, subject: str) -> None:
    """An edition titled by its publication's name and its date ("<Name> for March 3, 2019", "<Name>, 3 March
    2019") or its issue's number before a subtitle ("<Name> #12 / ...") is from <Name>, not from its
    file's name ("12.md"); a year closing the title is no issue number."""
    body = (
        "## Links\n\n### [Kites that tell the time](https://kites.example/)\n\nA kite maker built a clock.\n"
    )
    front_matter = f'---\nnumber: 12\nsubject: "{subject}"\n---\n\n'
    text = front_matter + body
    split = read_markdown(tmp_path, text, name="12.md")
    assert split.edition.source == "Weekly Ledger"


def test_an_archives_dated_folders_date_the_edition_and_the_folder_over_them_names_it(tmp_path: Path) -> None:
    """An edition kept as "quillnews/2023/Mar/06.md" (year, month, day in the folders and the file's name),
    with no date and no name on its page, is dated by its path (2023-03-06) and named by the folder
    that holds the dated folders ("quillnews"), not by its day ("06"): the next issue, "29.md", is
    from the same publication."""
    body = "# Core updates\n\n> Changes to Quillpad itself.\n\nQuillpad 4.2 loads its word lists lazily.\n"
    editions = []
    for month, day in (("Mar", "06"), ("03", "29")):
        folder = tmp_path / "quillnews" / "2023" / month
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{day}.md").write_text(body, encoding="utf-8")
        (document,) = [d for d in read_path(folder / f"{day}.md", ReadSettings()) if isinstance(d, Document)]
        editions.append(split_document(document, ReadSettings()).edition)
    assert [e.date.isoformat() if e.date else None for e in editions] == ["2023-03-06", "2023-03-29"]
    assert {e.source for e in editions} == {"quillnews"}


def test_a_linked_heading_over_its_own_short_paragraph_is_a_headline() -> None:
    """Under "## Reading", each "### [Title](url)" over a paragraph is one story; one whose paragraph is
    a short exclamation with a link of its own ("A fine primer on [Tide Tables](url)!") is a headline
    too, not a section named by its title that the stories after it would fall into."""
    body = (
        "## Reading\n\n"
        "### [How lighthouses were lit](https://lamps.example/history)\n\n"
        "A long look at the oil lamps and lenses that kept ships off the rocks for two centuries.\n\n"
        "### [Sailing by the stars - Harbor Notes](https://harbor.example/stars)\n\n"
        "A fine primer on [Tide Tables](https://books.example/tides)!\n\n"
        "### [Knots for beginners](https://ropes.example/knots)\n\n"
        "Seven knots every new sailor should learn before the first trip out.\n"
    )
    stories = split_text(body).stories
    assert [s.title for s in stories] == [
        "How lighthouses were lit",
        "Sailing by the stars - Harbor Notes",
        "Knots for beginners",
    ]
    assert {s.section for s in stories} == {"Reading"}
    assert stories[1].url == "https://harbor.example/stars"


@pytest.mark.parametrize(
    "closing",
    [
        "## Goodbye for now\n\nThank you for subscribing to the Pier Letter! If you know a friend who"
        " would like it, please forward it along.\n",
        "# Write for us?\n\nSpotted something we missed? You can open a PR at [Pier Letter Sources]"
        "(https://code.example/pier/sources). Read how to contribute to get started.\n",
    ],
)
def test_an_editions_closing_prompt_to_its_reader_is_no_story(closing: str) -> None:
    """An edition's last section, a few sentences that ask the reader to pass the edition on or to
    write for it, is a prompt, not a story; the same words in a section before the end are told."""
    news = "## Harbor news\n\nThe harbor opened a second ferry pier on Monday, doubling its crossings.\n\n"
    split = split_text(news + closing)
    assert [s.title for s in split.stories] == ["Harbor news"]
    assert any(d.reason is DropReason.PROMOTION for d in split.dropped)
    assert len(split_text(closing + "\n" + news).stories) == 2


def test_tagged_issues_offered_to_contributors_are_no_stories() -> None:
    """Under "# Help wanted", items that offer a task to the reader, a tag in brackets before a link to
    an issue in a tracker ("* [easy] [tidewatch: Support --dry-run](.../issues/24)"), are a call for
    contributors, not news; an item that links an issue without such a tag is still told."""
    body = (
        "# Help wanted\n\n"
        "Looking for a first project? Here are some tasks to pick up.\n\n"
        "* [easy] [tidewatch: Support --dry-run](https://code.example/tidewatch/tidewatch/issues/24).\n"
        "* [medium] [buoyd: Log dropped packets](https://code.example/buoyd/buoyd/issues/311).\n\n"
        "# Project news\n\n"
        "* [Tidewatch 2.0 ships offline charts](https://code.example/tidewatch/tidewatch/issues/400)\n"
        "* [Buoyd moves to a yearly release](https://buoyd.example/blog/yearly)\n"
    )
    split = split_text(body)
    assert "Support --dry-run" not in told(split)
    assert "Log dropped packets" not in told(split)
    assert "Tidewatch 2.0 ships offline charts" in told(split)
    assert sum("task offered to contributors" in d.detail for d in split.dropped) == 2


def test_a_bold_line_printed_between_every_section_is_no_section() -> None:
    """A short bold line the edition prints again word for word between its sections ("**Never miss a
    tide!**") is its refrain: it names no section, so the story under its first print is in none, and
    it is never told; a bold line printed once still heads what follows."""
    body = (
        "**Never miss a tide!**\n\n"
        "**[Harbor opens a second ferry pier](https://harbor.example/pier)**\n\n"
        "The harbor opened a second ferry pier on Monday, doubling its crossings to the island.\n\n"
        "## Boats\n\n"
        "- [Keelworks launches a solar dinghy](https://keel.example/solar): A six-metre boat for lakes.\n\n"
        "**Never miss a tide!**\n\n"
        "## Gear\n\n"
        "- [Ropeline sells a knot-free mooring line](https://rope.example/line): It clips to any cleat.\n"
    )
    split = split_text(body)
    assert [s.section for s in split.stories] == [None, "Boats", "Gear"]
    assert "Never miss a tide" not in told(split)
    refrain = [d for d in split.dropped if d.detail == "a line the edition repeats between its sections"]
    assert len(refrain) == 2


def test_markup_inside_a_fenced_code_block_is_the_codes_text(tmp_path: Path) -> None:
    """HTML shown in a fenced code block ('<span class="tide">High water</span>'), and a module
    statement shown in one ('import Clock from "./clock.js";'), are the code's text, kept as printed;
    the same markup outside code is still read as markup."""
    text = (
        "## Tips\n\n"
        "Quillpad can rename a tag in one keystroke. If your page holds this HTML:\n\n"
        "```html\n"
        '<span class="tide">High water</span>\n'
        "```\n\n"
        "and your script starts with:\n\n"
        "```js\n"
        'import Clock from "./clock.js";\n'
        "```\n\n"
        "press `ct` and type the new name; the closing tag follows. <b>Try it</b> on a long page.\n"
    )
    shown = told(read_markdown(tmp_path, text, name="tips.md"))
    assert '<span class="tide">High water</span>' in shown
    assert 'import Clock from "./clock.js";' in shown
    assert "<b>" not in shown
    assert "Try it on a long page" in shown


def read_html(tmp_path: Path, text: str, name: str = "issue.html") -> Split:
    """Read and split one HTML file the way ``digest compile`` does."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (document,) = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    return split_document(document, ReadSettings())


def _event_day(day: str, title: str, url: str, place: str, blurb: str) -> str:
    return (
        f'<tr><td><div><p><span><b>{day}</b></span></p><ul><li><a href="{url}"><span><i><u>{title}'
        f"</u></i></span></a><br/><span><i>{place}</i></span><br/><br/><span><i>{blurb}</i></span>"
        "</li></ul></div></td></tr>"
    )


def test_a_list_item_parted_by_line_breaks_is_one_story(tmp_path: Path) -> None:
    """A table-layout calendar puts each event in one list item: its linked name, its place, two
    line breaks, then what it is about ("<li><a>Harbor Walk</a><br/>Library<br/><br/>Come ...</li>").
    The paragraph after the breaks is the item's, told in the event's story, never a story of its
    own titled by its first words."""
    page = (
        "<html><head><title>Riverside Riders October Newsletter</title></head><body><table>"
        "<tr><td><h1>Upcoming Events</h1></td></tr>"
        + _event_day(
            "Monday, October 6",
            "Harbor Walk Public Meeting",
            "https://riders.example/events/harbor-walk",
            "Town Library (12 Quay St.) | 6 pm - 7:30 pm",
            "Tell the Harbor Board you want a wider shared path along the quay, and bring a neighbour"
            " who rides to school every day.",
        )
        + _event_day(
            "Saturday, October 11",
            "Ridge Trail Clean-up",
            "https://riders.example/events/ridge-clean-up",
            "Ridge Park gate | 10 am - 12 pm",
            "We will sweep the ridge trail with the Friends of Ridge Park; gloves and bags are"
            " provided for everyone who comes along.",
        )
        + "</table></body></html>"
    )
    split = read_html(tmp_path, page)
    assert [s.title for s in split.stories] == ["Harbor Walk Public Meeting", "Ridge Trail Clean-up"]
    assert "wider shared path" in split.stories[0].text
    assert "gloves and bags" in split.stories[1].text


def test_the_senders_postal_address_at_the_editions_end_is_its_footer(tmp_path: Path) -> None:
    """An e-mail newsletter prints its sender's name and postal address at its end ("Riverside
    Riders / PO Box 418 / Springfield, IL 62701"): the edition's footer, never a story; an address
    told inside the edition's news stays."""
    page = (
        "<html><head><title>Riverside Riders October Newsletter</title></head><body><table>"
        "<tr><td><h3>The quay path opens</h3><p>The Harbor Board opened the shared path along the"
        " quay on Monday, after two years of work; its office moved to 12 Quay St., Springfield, IL"
        " 62701.</p></td></tr>"
        "<tr><td><h3>Ridge trail swept clean</h3><p>Forty neighbours swept the ridge trail with the"
        " Friends of Ridge Park and filled thirty bags.</p></td></tr>"
        "<tr><td><p>This e-mail has been sent to you.</p><p>Riverside Riders</p><p>PO Box 418</p>"
        "<p>Springfield, IL 62701</p><p>Riverside Riders is a nonprofit.</p></td></tr>"
        "</table></body></html>"
    )
    split = read_html(tmp_path, page)
    assert [s.title for s in split.stories] == ["The quay path opens", "Ridge trail swept clean"]
    assert "12 Quay St." in split.stories[0].text
    assert "PO Box" not in told(split)
    footer = [d.text for d in split.dropped if d.reason is DropReason.FOOTER]
    assert any("PO Box 418" in text for text in footer)


def test_a_button_under_a_list_opens_the_block_below_it(tmp_path: Path) -> None:
    """A button printed outside a list ("<a>JOIN</a>" in its own row under the list's last item),
    with a bold headline under it, opens the block below: its link is that block's, never the link
    of the list item above it."""
    page = (
        "<html><head><title>Riverside Riders October Newsletter</title></head><body><table>"
        "<tr><td><h1>Get Involved</h1><ul>"
        "<li><b>Want to lead a ride?</b> Every ride we run is led by a neighbour who"
        ' <a href="https://riders.example/lead">signed up to lead one</a> on a Saturday.</li>'
        "<li><b>Got a trail to fix?</b> Tell us which trail needs work and we will bring the"
        ' <a href="https://riders.example/tools">tools and gloves</a> for the crew.</li>'
        "</ul></td></tr>"
        '<tr><td><p><a href="https://riders.example/join">JOIN</a></p></td></tr>'
        "<tr><td><p><b>The winter ride series starts in December</b></p><p>Twelve rides across the"
        " county, one every Sunday morning, each with a coffee stop half way.</p></td></tr>"
        "</table></body></html>"
    )
    split = read_html(tmp_path, page)
    urls = {s.title: s.url for s in split.stories}
    assert urls["Got a trail to fix?"] == "https://riders.example/tools"
    assert urls["The winter ride series starts in December"] == "https://riders.example/join"


def test_the_sender_over_the_postal_address_names_an_unnamed_edition(tmp_path: Path) -> None:
    """When neither the page's title ("RR October Newsletter!") nor its masthead names the edition,
    the sender's name an e-mail newsletter prints over its postal address at its end does
    ("Riverside Riders" over "PO Box 418"), never the file's name."""
    page = (
        "<html><head><title>RR October Newsletter!</title></head><body><table>"
        "<tr><td><h3>The quay path opens</h3><p>The Harbor Board opened the shared path along the"
        " quay on Monday, after two years of work and three public meetings.</p></td></tr>"
        "<tr><td><p>Riverside Riders</p><p>PO Box 418</p><p>Springfield, IL 62701</p></td></tr>"
        "</table></body></html>"
    )
    split = read_html(tmp_path, page, name="20931_rr-newsletter-october.html")
    assert split.edition.source == "Riverside Riders"
    assert {s.source for s in split.stories} == {"Riverside Riders"}


def test_a_sentence_closed_by_a_colon_inside_a_boxed_story_is_its_text(tmp_path: Path) -> None:
    """Inside a box headed by its own heading ("<h3>"), a sentence closed by a colon over the points
    it introduces ("... the Board will act to:" over "➡ Lower the speed limit") is the story's text:
    the box is one story, never two parted at the colon."""
    page = (
        "<html><head><title>Riverside Riders October Newsletter</title></head><body><table>"
        "<tr><td><h3>Drivers speed on the quay</h3>"
        "<p>In September we counted cars on the quay with a radar gun every morning.</p>"
        "<p><b>Forty people came</b> to our quay picnic in the hopes that the Board will act to:</p>"
        "<p>➡ Lower the speed limit on the quay to 15 mph.</p>"
        "<p>➡ Mend the broken paths along the water.</p>"
        '<p><a href="https://riders.example/petition">SIGN PETITION</a></p></td></tr>'
        "<tr><td><h3>The ridge trail is clean</h3><p>Forty neighbours swept the ridge trail with the"
        " Friends of Ridge Park and filled thirty bags.</p></td></tr>"
        "</table></body></html>"
    )
    split = read_html(tmp_path, page)
    assert [s.title for s in split.stories] == ["Drivers speed on the quay", "The ridge trail is clean"]
    assert "Mend the broken paths" in split.stories[0].text


def test_a_display_name_in_front_matter_names_the_publication_over_its_id(tmp_path: Path) -> None:
    """An archive may give a publication's id and its display name side by side ("newsletter:
    the-free-line", "newsletter_name: The Free Line"): the display name is the source. The id alone
    reads as a machine's name, and a title opening with an author's name ("Dana Reyes: Why ...")
    must not name the publication instead. An emoji decorating the name is not part of it."""
    body = (
        "---\n"
        "newsletter: the-free-line\n"
        'newsletter_name: "📰 The Free Line"\n'
        'subject: "Dana Reyes: Why the Harbor Strike Matters. Plus..."\n'
        "date: Tue, 28 Apr 2026 10:03:27 +0000\n"
        "---\n\n"
        "# Dana Reyes: Why the Harbor Strike Matters. Plus...\n\n"
        "## The strike\n\n"
        "Dock workers in three ports walked out on Monday over automation plans, halting container"
        " traffic for the day and stranding forty ships at anchor.\n\n"
        "## The vote\n\n"
        "The city council approved the new transit budget on Tuesday by a vote of seven to two, adding"
        " twelve bus lines and a night service.\n"
    )
    split = read_markdown(tmp_path, body, name="the-free-line-2026-04-28.md")
    assert split.edition.source == "The Free Line"
    assert {s.source for s in split.stories} == {"The Free Line"}
