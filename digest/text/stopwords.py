"""Words that say nothing about which event a text reports (English function words and
reporting verbs): the clustering leaves them out of its terms, the summary out of what a
sentence is about."""

from __future__ import annotations

__all__ = ["OPEN_WORDS", "STOPWORDS"]

#: Words that say nothing about which event a story reports.
STOPWORDS = frozenset(
    """a about above after again against ago all also am among an and any are around as at be
    because been before being below between both but by can could did do does doing down during each
    either even every few for from further had has have having he her here hers him his how however
    i if in into is it its itself just last least less like made make many may me might more most
    much must my near new news no nor not now of off on once one only or other our out over own per
    said same say says she should since so some such than that the their them then there these they
    this those though three through to told too two under until up upon us very via was we week were
    what when where whether which while who whom whose why will with within without would year years
    yet you your according report reported reports reuters
    likely unlikely probably possibly perhaps maybe reportedly allegedly apparently seemingly
    already still really actually currently recently""".split()
)

#: Words no sentence or phrase ends with: a line ending with one was cut before its next word
#: ("... with a"), and a headline cut after one breaks off mid-phrase.
OPEN_WORDS = frozenset(
    "a an the of to with for and or but nor in on at by from into onto than as via per "
    "its their his her our your my whose".split()
)
