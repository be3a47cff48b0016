"""A list item linked to a page of its own with a point nested under it (an event and its time and
place, a post and a comment) is an item with its text, never a topic label over its nested points."""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories

#: An invented club newsletter's events, laid out as an e-mail builder prints them (Mailjet's list
#: blocks): a day in bold, then each event linked to its page with its time and place nested under it.
EVENTS = """# Harbour Riders: May newsletter

## News

### Pier Street protected lane approved

The council approved a protected lane on Pier Street after two years of petitions, with work due
to start in June.

Upcoming Events

**Monday May 5**

- [Harbour Cleanup Crew](https://riders.example.org/event/cleanup/)
  - 5:30pm - 6:30pm | Pier Park
- [Night Ride Social](https://riders.example.org/event/night-ride/)
  - 7:00 pm - 9:00 pm | Pier Park

**Tues May 6th**

- [Lantern Hill Trail Walk](https://riders.example.org/event/lantern-hill/)
  - 6:30pm-8pm | Lantern Hill Gate
"""

#: A plain label over its nested items still names their topic.
TOPICS = """# Chip Notes

- **Chips**
  - Kestrel Foundry starts a 2nm line in Ostrava, the first in Europe, with 900 workers.
  - Lumen Semi raises $40 million to build photonic interconnects for data centres.
- **Cloud**
  - Nimbus cuts storage prices by a fifth for customers who commit to three years.
"""


def test_a_linked_item_takes_the_point_nested_under_it(tmp_path: Path) -> None:
    """'- [Harbour Cleanup Crew](url)' over '  - 5:30pm - 6:30pm | Pier Park' is one story, the event,
    with its time and place as its text (the item had been the section of a story titled by its
    time and place)."""
    path = tmp_path / "riders.md"
    path.write_text(EVENTS, encoding="utf-8")
    stories = read_stories([path]).stories
    titles = {s.title for s in stories}
    assert {"Harbour Cleanup Crew", "Night Ride Social", "Lantern Hill Trail Walk"} <= titles
    assert not any(s.title.startswith(("5:30pm", "7:00 pm", "6:30pm")) for s in stories)
    cleanup = next(s for s in stories if s.title == "Harbour Cleanup Crew")
    assert "Pier Park" in cleanup.text
    assert cleanup.url == "https://riders.example.org/event/cleanup/"
    assert all(s.section not in titles for s in stories)


def test_a_plain_label_over_nested_items_still_names_their_topic(tmp_path: Path) -> None:
    """'- **Chips**' with no link of its own over its nested items is their section."""
    path = tmp_path / "chips.md"
    path.write_text(TOPICS, encoding="utf-8")
    stories = read_stories([path]).stories
    assert {s.section for s in stories} == {"Chips", "Cloud"}
    assert len(stories) == 3
