"""Layouts of publications read for the first time: a footer-only alert e-mail and a
weekly roundup of linked titles with bylines, one-line deks and an inbox preview. Each test is a
minimal synthetic reproducer of one mechanism, in the structure of the real issue, never its
text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


def test_an_alert_with_only_its_footer_tells_no_story() -> None:
    """An alert e-mail whose body is its footer only ("This email was intended for ...", "Learn why
    we included this: <url>", an unsubscribe line, a "Help: <url>" line, the copyright): nothing is
    told, every line is in the ledger as footer."""
    body = (
        "# Why ferries may run late\n\n"
        "----------------------------------------\n\n"
        "This email was intended for Ada Lovelace (Engineer at Quill Works)\n\n"
        "Learn why we included this: https://social.example/help/answer/1?lang=en&mid=AbC\n\n"
        "You are receiving Harbor Conversations emails\n\n"
        "Unsubscribe: https://social.example/settings/unsubscribe?mid=AbC\n\n"
        "Help: https://social.example/help/answer/2?lang=en&mid=AbC\n\n"
        "© 2026 Social Example Corp, 12 Quay Street, Porto.\n"
    )
    split = split_text(body)
    assert split.stories == ()
    footer = {d.text.split(":")[0] for d in split.dropped if d.reason is DropReason.FOOTER}
    assert {"This email was intended for Ada Lovelace (Engineer at Quill Works)", "Help"} <= footer
    assert any(t.startswith("Learn why we included this") for t in footer)


def test_a_labelled_address_in_running_text_is_kept() -> None:
    """A "Label: <url>" line among stories, with no footer line around it, stays a story's."""
    body = (
        "Ferry times change on Monday as the harbour dredges its channel.\n\n"
        "Timetable: https://harbour.example/timetable\n\n"
        "The new timetable adds two late boats.\n"
    )
    split = split_text(body)
    told = " ".join(f"{s.section} {s.url} {s.text} {' '.join(s.links)}" for s in split.stories)
    assert "harbour.example/timetable" in told
    assert not any(d.reason is DropReason.FOOTER for d in split.dropped)


ROUNDUP_LINK = "https://weekly.example/{}"


def _roundup_item(slug: str, title: str, byline: str, dek: str) -> str:
    return f"[{title}]({ROUNDUP_LINK.format(slug)})\n\nBy {byline}\n\n{dek}\n\n"


def test_a_one_line_dek_under_a_linked_title_is_its_text_not_a_section() -> None:
    """A roundup prints each item as a linked title, a byline and a one-line dek; a dek with no full
    stop ("What tide tables tell us about “forecasting”") is the item's text, not a section heading
    over the items below it."""
    body = (
        "[Pilots face the night rule](https://weekly.example/pilots)\n\nBy Mara Quist\n\n"
        "The port authority set a new rule on night crossings, to the pilots' dismay.\n\n"
        "From this week\n\n"
        + _roundup_item(
            "tides",
            "Harbour pilots have forgotten the tide",
            "Mara Quist",
            "What tide tables tell us about “forecasting”",
        )
        + _roundup_item(
            "cranes",
            "First cranes — then the port",
            "Ivo Lund",
            "Kestrel plans to automate every berth. It may work.",
        )
        + _roundup_item("ferries", "The ferry strike is here", "Ada Moro", "It is all about the night boats.")
    )
    split = split_text(body)
    titles = [s.title for s in split.stories][1:]
    assert titles == [
        "Harbour pilots have forgotten the tide",
        "First cranes — then the port",
        "The ferry strike is here",
    ]
    assert split.stories[1].text == "What tide tables tell us about “forecasting”"
    assert {s.section for s in split.stories[1:]} == {"From this week"}


LEAD = (
    "Earlier this month, harbour pilots in Porto woke up to a sweeping new rule on night crossings.",
    "The port authority, like other ports, was under pressure to cut the overtime it pays each winter.",
)


def test_the_preview_text_printed_again_under_its_headline_is_navigation() -> None:
    """An e-mail opening with its preview text, the lead story's first paragraphs printed again word
    for word under its headline below: the copy above goes to the ledger, the story is told once."""
    body = (
        "\n\n".join(LEAD)
        + "\n\nSaturday, April 25, 2026\n\n"
        + "Thank you for being a subscriber! Welcome to a roundup of this week's biggest stories.\n\n"
        + "[Pilots face the night rule](https://weekly.example/pilots)\n\nBy Mara Quist\n\n"
        + "\n\n".join(LEAD)
        + "\n\nRead more\n"
    )
    split = split_text(body)
    assert [s.title for s in split.stories] == ["Pilots face the night rule"]
    assert split.stories[0].text.startswith(LEAD[0])
    preview = [d.text for d in split.dropped if d.detail == "preview text: printed again below"]
    assert preview == list(LEAD)
    assert any(d.text.startswith("Thank you for being a subscriber") for d in split.dropped)


def test_paragraphs_printed_twice_further_down_a_story_are_no_preview() -> None:
    """Only the body's opening paragraphs can be its preview: a paragraph quoted twice later (a
    story's own text, then a recap) stays where it is told first."""
    body = (
        "[Pilots face the night rule](https://weekly.example/pilots)\n\n"
        + "\n\n".join(LEAD)
        + "\n\n[Recap of the week](https://weekly.example/recap)\n\n"
        + LEAD[0]
        + "\n"
    )
    split = split_text(body)
    assert not any(d.detail == "preview text: printed again below" for d in split.dropped)
    assert split.stories[0].text.startswith(LEAD[0])
