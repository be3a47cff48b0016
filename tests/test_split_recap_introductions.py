"""A recap's items telling of its chat server's small talk: members introducing themselves, a welcome.

A recap of a chat server summarises each channel in titled bullets; a channel of introductions gives
"**Community Server Welcomes New Members**: The Harbor Devs Discord server welcomes new members and
encourages them to introduce themselves." Such an item is the community's small talk (ledger: chat),
and its sub-bullets with it; the news items of the recap stay, and so does a report of new members
of a board, which names no chat.
"""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def _split(body: str) -> Split:
    edition = Edition(path="harbor-recap.md", format=Format.MARKDOWN)
    return split_document(Document(edition, body), ReadSettings())


RECAP = """\
# Harbor Recap

## Harbor Devs ▷ #general (53 messages🔥):

- **Crane firmware 2.1 ships**: The maintainers released firmware 2.1 with a fix for the brake bug \
that stopped three cranes last week.
   - Several members confirmed the fix on their own cranes.

## Harbor Devs ▷ #introductions (4 messages):

- **Community Server Welcomes New Members**: The Harbor Devs Discord server welcomes new members and \
encourages them to introduce themselves.
   - New members are asked to share their company, what they are working on and their favourite tools.
- **Another Introduction to the Server**: Another new member introduced themselves in the channel, \
sharing their background in port logistics.

## Harbor Devs ▷ #news (2 messages):

- **Port authority welcomes new members to its board**: The harbour's port authority welcomed new \
members to its board on Monday, two of them from the ferry unions.
"""


def test_introductions_and_welcomes_in_a_chat_recap_are_chat() -> None:
    split = _split(RECAP)
    titles = [story.title for story in split.stories]
    assert "Crane firmware 2.1 ships" in titles
    assert "Port authority welcomes new members to its board" in titles
    assert not [t for t in titles if "Welcomes New Members" in t or "Introduction" in t]
    chat = [d.text for d in split.dropped if d.reason is DropReason.CHAT]
    assert any("introduce themselves" in text for text in chat)
    assert any("introduced themselves" in text for text in chat)
    assert not [s for s in split.stories if "favourite tools" in s.text]
