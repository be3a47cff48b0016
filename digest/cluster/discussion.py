"""Whether a story reports what an unnamed participant said or did: a discussion, not an event.

A community recap (a chat server's digest, a forum's week, a comment thread's summary) tells
what its members talked about: "Members discussed the new Gemini naming", "A user found the
model slower", "Some engineers report rate limits". The actor is an anonymous participant; the
event, if any, is what they talk about. Groups of such items about one product share its
topic by construction: the second clustering pass (:mod:`digest.cluster.centroids`) does not
merge a group made of them alone on its centroid.
"""

from __future__ import annotations

import re

from digest.models import Story

__all__ = ["is_discussion", "opens_with_participants"]

#: Who takes part: an unnamed member of an audience, alone or as a group.
_PARTICIPANT = (
    r"(?:(?:some|many|several|most|other|few|two|three|multiple|various|numerous|the)\s+)?"
    r"(?:community\s+|discord\s+|forum\s+|server\s+|channel\s+)?"
    r"(?:members?|users?|people|folks|participants|commenters?|redditors?|posters?|attendees|"
    r"someone|somebody|everyone|one\s+(?:member|user|person|participant)|"
    r"an?\s+(?:new\s+)?(?:member|user|participant|commenter|redditor|poster|attendee)|the\s+community)"
)
#: Where they are, named after them ("in the Perplexity AI Discord", "on r/LocalLLaMA").
_PLACE = r"(?:\s+(?:in|on|from|of|at|across)\s+[^.,;:]{1,60}?)?"
#: What follows a participant in a sentence about a product ("Users can now share..."): its news.
_NOT_ACTS = r"(?:can|could|will|would|may|might|must|should|now|get|gets|need|needs|no\s+longer)\b"
_OPENING = re.compile(rf"^\W*{_PARTICIPANT}{_PLACE}\s+(?!{_NOT_ACTS})[a-z]", re.IGNORECASE)
#: People of a trade set in a chat's place, its venue named ("Engineers in the Perplexity AI Discord",
#: "Developers on the Aider server"): a community's members too. Without the venue they may be a
#: company's staff ("Engineers at Google built ..."), the news.
_GROUP_IN_CHAT = re.compile(
    r"^\W*(?:(?:some|many|several|most|other|few)\s+)?"
    r"(?:engineers|developers|devs|builders|researchers|practitioners|hackers|coders|creators)\s+"
    r"(?:in|on|from|across)\s+(?:the\s+)?[^.,;:\n]{0,50}?"
    r"\b(?:discord|server|channel|forum|subreddit|community|chat|slack)s?\b(?:\s+\w+)?\s+[a-z]",
    re.IGNORECASE,
)
#: A clause setting the scene before the participants ("Across LMArena and Cursor, ", "On the X server, ").
_SCENE = re.compile(r"^\W*(?:across|on|in|at|over|within|during)\b[^,.;:]{1,60},\s+", re.IGNORECASE)
#: Names qualifying the participants ("LM Studio users", "OpenRouter members"): up to three.
_QUALIFIER = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,3}(?=[a-z])")


def is_discussion(story: Story) -> bool:
    """Whether ``story``'s text opens with an unnamed participant as its actor ("Members discussed...")."""
    return _OPENING.match(story.text.lstrip()) is not None


def opens_with_participants(text: str) -> bool:
    """Whether ``text`` opens with unnamed participants as its actor, after a scene or a qualifier.

    "Across two servers, users said ...", "LM Studio users reported ...", "One user lauded ...":
    what members of a community said or did, as a sentence of a summary or a report's opening.
    """
    text = _SCENE.sub("", text.lstrip(), count=1)
    if _OPENING.match(text) or _GROUP_IN_CHAT.match(text):
        return True
    qualified = _QUALIFIER.sub("", text, count=1)
    return qualified != text and _OPENING.match(qualified) is not None
