"""The chrome of recap newsletters: channel headers, chat lines, empty-channel notices, keyword lists.

A recap (of a chat server, a forum, a feed of posts) prints each channel under
a header with a message count, quotes raw messages ("user_123: hi guys"),
notes channels with nothing new, and tops each channel with a list of its
topics. None of these is news; the bullets that report something are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.models import DropReason
from digest.split.blocks import Block, Kind, item_body
from digest.split.chrome import Verdict
from digest.text.shape import ends_sentence, strip_symbols, words

__all__ = ["chat_in_context", "is_channel_header", "phrase_list", "recap_verdict"]

#: "(1241 messages🔥🔥🔥):", "(3 posts)", "(12 comments):" closing a header.
_COUNT = re.compile(
    r"\(\s*\d[\d,.]*\s*(?:messages?|msgs?|posts?|comments?|replies|threads?)\b[^()]*\)\W*$", re.IGNORECASE
)
#: "server ▷ #channel", "server » #channel", "server / #channel".
_CHANNEL = re.compile(r"[▷▶»>/|]\s*#\s*\S")
#: A chat handle opening a raw message: "user_123:", "jacklee0897:", "shadow.lilac:".
_HANDLE = re.compile(
    r"^@?(?=[a-z0-9_.]*[a-z])(?=[a-z0-9_.]*(?:_|\d\d|[a-z]\.[a-z]))[a-z0-9][a-z0-9_.]{1,30}[a-z0-9_]:\s+\S"
)
#: Any lowercase handle: a chat line only where chat is expected (under a channel header, after chat).
_LOOSE_HANDLE = re.compile(r"^@?[a-z][a-z0-9_.]{2,31}:\s+\S")
_MENTION = re.compile(r"<@!?&?\d{5,}>")
_QUIET = re.compile(
    r"\b(?:has|had|with) no new (?:messages|posts|activity|updates)\b|\bno new messages\b", re.IGNORECASE
)
#: Separators of a list of phrases ("Danube levels, ship locks, live dashboards").
_PHRASE_SEPARATORS = re.compile(r"\s*[,;|·•]\s+|\s+[-–—]\s+")


def is_channel_header(text: str) -> bool:
    """A header naming a channel with a message count ("Server ▷ #general (53 messages):")."""
    core = text.strip()
    return bool(_COUNT.search(core)) or (bool(_CHANNEL.search(core)) and core.endswith(":"))


#: A short call with an arrow after the last sentence of a paragraph ("Full survey →", "Weiterlesen »").
_ARROW_CALL = re.compile(r"(?<=[.!?。])\s*[^.!?。]{1,30}?\s*[→»›➜➔▶]+\s*$")


def phrase_list(text: str, *, stopped: bool = False) -> list[str]:
    """The phrases of a list of three or more short phrases ("A, B, C"), else an empty list; with
    ``stopped``, also of one closed by a full stop ("A, B, and C.")."""
    # A call closing a paragraph ("... before 2028. Full survey →") is the paragraph's link, not a phrase.
    core = text.strip().strip("`*_ ")
    core = strip_symbols(_ARROW_CALL.sub("", core) or core)
    if stopped and core.endswith(".") and not core.endswith(".."):
        core = core[:-1]
    if not core or ends_sentence(core) or re.search(r":(?:\s|$)", core):
        return []
    parts = [strip_symbols(p) for p in _PHRASE_SEPARATORS.split(core)]
    parts = [re.sub(r"^(?:and|or|&)\s+", "", p, flags=re.IGNORECASE) for p in parts if p]
    sizes = sorted(words(p) for p in parts)
    if len(parts) < 3 or sizes[0] == 0 or sizes[-1] > 10 or sizes[len(sizes) // 2] > 6:
        return []  # phrases are short: a few words each, none a sentence
    return parts


#: A member's introduction, or a welcome to new members, that a recap of a chat server tells ("The
#: Community Discord Server welcomes new members and encourages them to introduce themselves",
#: "Another new member introduced themselves in the channel"), in a chat's words: its community's
#: small talk, no news ("OpenAI welcomes new members to its board" names no chat).
_INTRODUCTION = re.compile(
    r"\b(?:welcom(?:es?|ed|ing)|extend(?:s|ed)? a welcome to) (?:the |all |our )?new members?\b"
    r"|\bintroduc(?:e|es|ed|ing) (?:themselves|himself|herself)\b",
    re.IGNORECASE,
)
_CHAT_PLACE = re.compile(r"\b(?:discord|server|channel)\b", re.IGNORECASE)
#: Most words of an introduction told as a recap's item.
_INTRODUCTION_WORDS = 80


def _introduction(text: str) -> bool:
    return (
        words(text) <= _INTRODUCTION_WORDS
        and _INTRODUCTION.search(text) is not None
        and _CHAT_PLACE.search(text) is not None
    )


def recap_verdict(block: Block) -> Verdict | None:
    """Why a block is the chrome of a recap (a chat line, an empty-channel notice, a member's
    introduction), or None."""
    text = block.text.strip()
    if block.kind is not Kind.HEADING and _introduction(text):
        return Verdict(DropReason.CHAT, "a member's introduction or a welcome in a chat server")
    if (
        block.kind is not Kind.HEADING
        and words(text) <= 80
        and (_HANDLE.match(text) or (_MENTION.search(text) and not _titled(block)))
    ):
        return Verdict(DropReason.CHAT, "chat message quoted in a recap")
    if words(text) <= 40 and _QUIET.search(text):
        return Verdict(DropReason.EMPTY, "channel with no new messages")
    if words(text) <= 40 and _says_nothing_found(block):
        return Verdict(DropReason.EMPTY, "a notice that nothing was found")
    return None


#: A part that opens by saying there is nothing: "No Topics Found", "There were no discussions ...".
_ABSENCE = re.compile(
    r"^\W*(?:there\s+(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:no|nothing)\b", re.IGNORECASE
)
#: A summariser speaking of its own input: "... in the provided messages", "... in the given text".
_IN_THE_INPUT = re.compile(r"\bin\s+the\s+(?:provided|given|supplied)\b", re.IGNORECASE)
#: Nothing *found* or *to report*, said by a titled item's title and text alike.
_FOUND = re.compile(r"\b(?:found|to\s+(?:report|summari[sz]e))\b", re.IGNORECASE)


def _says_nothing_found(block: Block) -> bool:
    """An item that only says its summariser found nothing ("**No Topics Found**: There were no
    topics found in the provided messages."): a stub, not a story. A title and its text must both
    say so; a paragraph alone must also speak of the summariser's input."""
    if block.kind is Kind.HEADING:
        return False  # a headline with nothing under it goes to the ledger as a headline
    parts = [part for part in (block.lead or (block.text,)) if part.strip()]
    if not parts or not all(_ABSENCE.match(part) for part in parts):
        return False
    marker = _FOUND if len(parts) > 1 else _IN_THE_INPUT
    return any(marker.search(part) or _IN_THE_INPUT.search(part) for part in parts)


def _titled(block: Block) -> bool:
    """A summary item with its own bold or linked title ("**FastVideo event starting now!**: ..."):
    a raw chat message has none, whatever "<@123>" mentions the summary kept."""
    return block.lead is not None and item_body(block.raw).startswith(("**", "__", "["))


def chat_in_context(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """``verdicts`` with "handle: message" lines under a channel header or after chat marked as chat."""
    out = list(verdicts)
    for block in blocks[1:]:
        before = blocks[block.index - 1]
        previous = out[before.index]
        after_chat = previous is not None and previous.reason is DropReason.CHAT
        chat_expected = after_chat or is_channel_header(before.text)
        text = block.text.strip()
        if (
            out[block.index] is None
            and block.kind is Kind.TEXT
            and chat_expected
            and _LOOSE_HANDLE.match(text)
        ):
            out[block.index] = Verdict(DropReason.CHAT, "chat message quoted in a recap")
    return out
