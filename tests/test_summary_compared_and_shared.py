"""A later report's sentence whose subject is another thing, compared with the event ("The Kestrel
model ... is gaining traction for surpassing Harbor R2"), or a chat's link passed round with no actor
("A Perplexity link was shared regarding ..."), does not close an event's summary."""

from __future__ import annotations

from digest.compose.summary import summarise
from digest.models import Format, Story


def _story(sid: str, text: str, source: str, title: str = "A headline") -> Story:
    return Story(id=sid, title=title, text=text, source=source, path=f"{sid}.md", format=Format.MARKDOWN)


def test_a_sentence_about_a_rival_compared_with_the_event_is_left_out() -> None:
    """Three chat recaps titled by a rival model ("Kestrel Challenges Harbor": "surpassing Harbor R2")
    under a brief's item on Harbor R2: their comparisons are about the rival."""
    lead = _story(
        "a",
        "The Harbor team may have switched from training on synthetic Lantern outputs to synthetic Beacon "
        "outputs.",
        "Brief",
    )
    recaps = [
        _story(
            "b",
            "The Kestrel model from Alder Cloud is gaining traction for surpassing Harbor R2 in reasoning "
            "with its 1M context window, and Lumen might tap it for deep research.",
            "Chat Recap",
            "Kestrel Challenges Harbor",
        ),
        _story(
            "c",
            "Members state that Kestrel model is better than Harbor R2 in terms of reasoning, has a 1M "
            "context window.\n\nThe members add that Kestrel is also free, whereas the Harbor server is "
            "often busy.",
            "Chat Recap",
            "Kestrel Reigns Supreme",
        ),
        _story(
            "d",
            "Members stated that the Kestrel model surpasses Harbor R2 in reasoning capabilities.\n\n"
            "Further discussion highlighted Kestrel's accessibility as a free model, contrasting with the "
            "often-busy Harbor server.",
            "Chat Recap",
            "Kestrel Reigns Supreme over Harbor",
        ),
    ]
    told = [
        s.text for s in summarise((lead, *recaps), "Why the new Harbor R2 sounds a bit different", 4, 120)
    ]
    assert not any("Kestrel" in t for t in told), told
    assert told[0].startswith("The Harbor team")


def test_a_sentence_comparing_the_event_with_a_rival_stays() -> None:
    lead = _story("a", "Harbor Labs released Harbor R2, a reasoning model, on Monday.", "Brief")
    other = _story(
        "b", "Harbor R2 scores higher than Kestrel on every coding benchmark, the lab said.", "Wire"
    )
    told = [s.text for s in summarise((lead, other), "Harbor Labs releases Harbor R2", 6, 200)]
    assert any("higher than Kestrel" in t for t in told), told


def test_a_link_passed_round_a_chat_is_not_the_news() -> None:
    lead = _story(
        "a",
        "Orchard is working on new gestures, sleep detection and camera control for its earbuds.",
        "Brief",
    )
    chat = _story("b", "A Lumen link was shared regarding an Orchard study on its earbuds.", "Chat Recap")
    told = [s.text for s in summarise((lead, chat), "Orchard earbuds to get camera control", 6, 200)]
    assert not any("was shared" in t for t in told), told


def test_a_report_titled_by_the_event_keeps_its_comparison() -> None:
    """A report titled by the event ("Harbor R3 released") telling a rival beat it tells of the event."""
    lead = _story("a", "Harbor R3, an open model, was released on Monday with 7B and 32B versions.", "Wire")
    other = _story(
        "b",
        "Observers note that competing models like Kestrel-8B demonstrate stronger benchmark performance "
        "compared to Harbor R3 on 4 of 5 tests.",
        "Chat Recap",
        "Harbor R3 released",
    )
    told = [s.text for s in summarise((lead, other), "Harbor R3 released", 6, 200)]
    assert any("Kestrel-8B" in t for t in told), told
