"""Reconcile the figures a cluster reports: one figure where sources agree, a conflict where not.

Two figures are compared only when they measure the same thing: the same kind
(money, percent, count of the same noun, multiple), a shared measure ("sales",
"stake", "listing"), and compatible names in their sentences. They agree when
the intervals their printed precision and qualifiers allow overlap, after
converting money to one currency at each story's date (with a small
allowance for the rate an outlet used). Otherwise it is a conflict, listing
every value with its source and date; a configurable resolution picks the
headline value, but the conflict is always shown. Comparisons are only made
where each report gives one figure for the measure, so a range or a list of
figures never produces a false conflict.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from attrs import evolve, frozen
from rapidfuzz import fuzz

from digest.figures.currency import Rates
from digest.figures.event import Event, about_event, event_of, subjects
from digest.figures.extract import extract_figures
from digest.models import AgreedFigure, Conflict, Figure, FigureKind, FigureValue, Reconciliation, Story
from digest.settings import FigureSettings

__all__ = ["reconcile", "stated_in"]

#: Allowance for the exchange rate an outlet used on another day, as a share of the amount.
_FX_ALLOWANCE = 0.02
#: The same allowance when no report of the cluster is dated (the rate's day is unknown).
_FX_UNDATED = 0.1
#: Relative width below which two interval ends count as touching, not overlapping (float noise).
_EPSILON = 1e-9
#: Characters of a story searched for figures.
_MAX_TEXT = 50_000
#: Two figures are only called a conflict when their sentences are at least this alike (rapidfuzz).
_SAME_CONTEXT = 55


#: One expression per distinct (value, unit): "30%" and "30 percent" are said once.
_Expressions = dict[tuple[float, str], str]


@frozen
class _Reported:
    """A figure of one story, with its bracketed restatement folded in."""

    figure: Figure
    story: Story
    #: The figure's text, value and unit, then its bracketed equivalent's.
    expressions: tuple[tuple[str, float, str], ...]
    #: Interval in base currency (money) or own unit; None when the currency cannot be converted.
    low: float | None
    high: float | None
    key: int
    #: The report as shown: printed value, interval, converted amount and sentence.
    shown: FigureValue


def reconcile(
    stories: Sequence[Story],
    settings: FigureSettings,
    rates: Rates | None = None,
    *,
    single: bool = False,
    read: Mapping[str, Sequence[Figure]] | None = None,
) -> Reconciliation:
    """The figures ``stories`` (one cluster) agree on, and where they conflict.

    With ``single``, figures only one report states are listed with the agreed ones. ``read``:
    the figures of stories read before (:func:`stated_in`, with an empty entry for each story
    read that states none); a story it lacks is read here, to the same figures.
    """
    rates = rates or Rates(settings.base_currency)
    reported, conflicts, event = _reports(stories, rates, read)
    agree, disputed = _judged(reported, event or _NO_EVENT)  # None: nothing reported to judge
    conflicts.extend(_conflicts(disputed, agree, reported, settings))
    stated, agreed = _agreed(agree, reported)
    return Reconciliation(figures=stated if single else agreed, conflicts=tuple(conflicts), stated=stated)


#: The event of a cluster none of whose reports states a figure with a measure: never read (no
#: figure is judged, so no pair of figures asks who they are about).
_NO_EVENT = Event(frozenset(), frozenset(), frozenset())


def _reports(
    stories: Sequence[Story], rates: Rates, read: Mapping[str, Sequence[Figure]] | None = None
) -> tuple[list[_Reported], list[Conflict], Event | None]:
    """The figures of ``stories`` about their event that have a measure, in story order; the
    conflicts of figures with their bracketed equivalents; the event (None when no report states
    a figure with a measure: it is worked out only for the first such figure, as most clusters
    of one or two reports have none)."""
    ordered = sorted(stories, key=lambda s: s.id)
    # An undated report is converted at the rate of the cluster's latest dated report.
    dated = [s.date for s in ordered if s.date is not None]
    fallback = max(dated) if dated else None
    reported: list[_Reported] = []
    conflicts: list[Conflict] = []
    event: Event | None = None
    seen: dict[str, list[Figure]] = {}  # copies of one report repeat its sentences
    for story in ordered:
        printed = read.get(story.id) if read is not None else None
        if printed is None:
            printed = _read(story, seen)
        found, inconsistent = _story_figures(story, printed, rates, len(reported), fallback)
        if not found and not inconsistent:
            continue
        if event is None:
            event = event_of(ordered)
        # Only figures about the cluster's event are reconciled and shown.
        found = [r for r in found if about_event(r.figure.sentence, event)]
        reported.extend(found)
        conflicts.extend(c for c in inconsistent if about_event(c.values[0].sentence, event))
    return reported, conflicts, event


def _sharing_a_measure(reported: Sequence[_Reported]) -> list[tuple[_Reported, _Reported]]:
    """The pairs of ``reported`` (in the order of ``itertools.combinations``) that share a measure:
    no other pair is ever compared, and a cluster of many copies has many figures."""
    by_measure: dict[str, list[int]] = {}
    for k, item in enumerate(reported):
        for measure in item.figure.measures:
            by_measure.setdefault(measure, []).append(k)
    pairs: set[tuple[int, int]] = set()
    for positions in by_measure.values():
        pairs.update(itertools.combinations(positions, 2))
    return [(reported[i], reported[j]) for i, j in sorted(pairs)]


def _judged(reported: Sequence[_Reported], event: Event) -> tuple[dict[int, set[int]], dict[str, set[int]]]:
    """The groups of agreeing figures (by key) and, per measure, the keys of disputed figures.

    What :func:`_judged_pairwise` finds by judging every pair of figures that share a measure,
    found by judging each pair of distinct figures once: copies of one report repeat the same
    figures, and every check of a pair but the per-story uniqueness (and, for a dispute, the
    sentences) reads only the figures' kinds, units, names, objects, measures and intervals.
    Falls back to the plain version when keys are not in the order of ``reported``.
    """
    keys = [item.key for item in reported]
    if any(b <= a for a, b in itertools.pairwise(keys)) or len({r.story.id for r in reported}) != len(
        {id(r.story) for r in reported}
    ):
        return _judged_pairwise(reported, event)
    judge = _Judge(reported)
    return judge.groups(), judge.disputed(event)


def _agreement_key(item: _Reported) -> tuple[object, ...]:
    """All that whether two figures agree reads of one of them (see :class:`_Judge`)."""
    figure = item.figure
    return (
        figure.kind,
        figure.unit,
        figure.names,
        figure.about,
        figure.measures,
        figure.low,
        figure.high,
        item.low,
        item.high,
    )


class _Judge:
    """The figures of a cluster as classes of alike figures (equal :func:`_agreement_key`).

    Two figures of different stories agree when their classes do (they share a measure, are
    comparable, of one object and overlap: :meth:`agrees`); two of one story count as agreeing
    in a group when they overlap (:meth:`overlap`), as in :func:`_groups`.
    """

    def __init__(self, reported: Sequence[_Reported]) -> None:
        self.reported = reported
        index: dict[tuple[object, ...], int] = {}
        self.heads: list[_Reported] = []
        self.class_of: list[int] = []
        for item in reported:
            c = index.setdefault(_agreement_key(item), len(index))
            if c == len(self.heads):
                self.heads.append(item)
            self.class_of.append(c)
        story_index: dict[str, int] = {}
        self.story_of = [story_index.setdefault(item.story.id, len(story_index)) for item in reported]
        self.members: list[list[int]] = [[] for _ in self.heads]
        for k, c in enumerate(self.class_of):
            self.members[c].append(k)
        by_measure: dict[str, list[int]] = {}
        for c, head in enumerate(self.heads):
            for measure in head.figure.measures:
                by_measure.setdefault(measure, []).append(c)
        sharing = {(c, c) for c in range(len(self.heads))}  # every figure reconciled has a measure
        for classes in by_measure.values():
            sharing.update(itertools.combinations(classes, 2))
        #: Class pairs (c <= d) whose figures agree across stories; comparable ones that do not overlap.
        self.agreeing: set[tuple[int, int]] = set()
        self.apart: list[tuple[int, int]] = []
        for c, d in sorted(sharing):
            first, second = self.heads[c].figure, self.heads[d].figure
            if not (_comparable(first, second) and _same_object(first, second)):
                continue
            if _overlap(self.heads[c], self.heads[d]):
                self.agreeing.add((c, d))
            else:
                self.apart.append((c, d))
        self._overlaps: dict[tuple[int, int], bool] = {}

    def agrees(self, c: int, d: int) -> bool:
        return (c, d) in self.agreeing if c <= d else (d, c) in self.agreeing

    def overlap(self, c: int, d: int) -> bool:
        pair = (c, d) if c <= d else (d, c)
        known = self._overlaps.get(pair)
        if known is None:
            known = self._overlaps[pair] = _overlap(self.heads[pair[0]], self.heads[pair[1]])
        return known

    def groups(self) -> dict[int, set[int]]:
        """:func:`_groups` of the agreeing pairs: the same pairs in the same order, each group kept
        as its classes and their stories, so that checking two groups costs a look-up per pair of
        classes, and pairs within one group are skipped without being made."""
        n = len(self.reported)
        near: list[list[int]] = [[] for _ in self.heads]
        for c, d in self.agreeing:
            near[c].append(d)
            if c != d:
                near[d].append(c)
        classes = np.asarray(self.class_of, dtype=np.int64)
        stories = np.asarray(self.story_of, dtype=np.int64)
        label = list(range(n))
        labels = np.arange(n, dtype=np.int64)
        inside: dict[int, list[int]] = {k: [k] for k in range(n)}
        kinds: dict[int, dict[int, set[int]]] = {k: {self.class_of[k]: {self.story_of[k]}} for k in range(n)}
        version = [0] * n
        refused: set[tuple[int, int, int, int]] = set()
        agreeing = np.zeros(len(self.heads), dtype=bool)
        for a in range(n - 1):
            # The figures after this one that agree with it (another story's, of an agreeing class),
            # not yet in its group: the pairs (a, b) of ``_groups`` that can still join two groups.
            agreeing[:] = False
            agreeing[near[self.class_of[a]]] = True
            later = slice(a + 1, n)
            around = (
                agreeing[classes[later]] & (stories[later] != self.story_of[a]) & (labels[later] != label[a])
            )
            for b in (np.flatnonzero(around) + a + 1).tolist():
                la, lb = label[a], label[b]
                if la == lb:
                    continue
                tried = (la, version[la], lb, version[lb])
                if tried in refused:
                    continue
                if not self._fit(kinds[la], kinds[lb]):
                    refused.add(tried)
                    continue
                big, small = (la, lb) if len(inside[la]) >= len(inside[lb]) else (lb, la)
                moved = inside.pop(small)
                for k in moved:
                    label[k] = big
                labels[moved] = big
                inside[big].extend(moved)
                for c, told in kinds.pop(small).items():
                    kinds[big].setdefault(c, set()).update(told)
                version[big] += 1
        by_label = {lab: {self.reported[k].key for k in ks} for lab, ks in inside.items()}
        return {item.key: by_label[label[k]] for k, item in enumerate(self.reported)}

    def _fit(self, first: dict[int, set[int]], second: dict[int, set[int]]) -> bool:
        """Whether every figure of one group agrees with every figure of the other."""
        for c, told in first.items():
            for d, others in second.items():
                if self.agrees(c, d):
                    continue
                # Two figures of one story agree when they overlap; of two stories, when their classes do.
                if not (len(told) == 1 and told == others and self.overlap(c, d)):
                    return False
        return True

    def disputed(self, event: Event) -> dict[str, set[int]]:
        """Per measure, the keys of figures in dispute (:func:`_disputed`) with one of another story."""
        found: dict[str, set[int]] = {}
        by_story: dict[str, list[_Reported]] = {}
        for item in self.reported:
            by_story.setdefault(item.story.id, []).append(item)
        unique: dict[tuple[str, int, str, int], bool] = {}
        context: dict[tuple[str, str], bool] = {}

        def alone(k: int, other: int, measure: str) -> bool:
            item = self.reported[k]
            known = (item.story.id, self.class_of[k], measure, other)
            if known not in unique:
                unique[known] = _unique(item, self.heads[other], measure, by_story[item.story.id])
            return unique[known]

        for c, d in self.apart:
            first, second = self.heads[c].figure, self.heads[d].figure
            if not _same_subject(first, second, event):
                continue
            measure = min(first.measures & second.measures)
            told_c = _by_sentence(self.reported, [k for k in self.members[c] if alone(k, d, measure)])
            told_d = _by_sentence(self.reported, [k for k in self.members[d] if alone(k, c, measure)])
            for sentence, these in told_c.items():
                for other, those in told_d.items():
                    pair = (sentence, other) if sentence <= other else (other, sentence)
                    if pair not in context:
                        context[pair] = _same_context(
                            self.reported[these[0]].figure, self.reported[those[0]].figure
                        )
                    if not context[pair]:
                        continue
                    for near, far in ((these, those), (those, these)):
                        stories = {self.story_of[k] for k in far}
                        # A figure is disputed when a figure of another story disputes it.
                        keys = [
                            self.reported[k].key
                            for k in near
                            if len(stories) > 1 or self.story_of[k] not in stories
                        ]
                        if keys:
                            found.setdefault(measure, set()).update(keys)
        return found


def _by_sentence(reported: Sequence[_Reported], positions: Sequence[int]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for k in positions:
        out.setdefault(reported[k].figure.sentence, []).append(k)
    return out


def _judged_pairwise(
    reported: Sequence[_Reported], event: Event
) -> tuple[dict[int, set[int]], dict[str, set[int]]]:
    """The plain version of :func:`_judged`: every pair of figures that share a measure, one by one."""
    agreeing: set[tuple[int, int]] = set()
    disputed: dict[str, set[int]] = {}
    by_story: dict[str, list[_Reported]] = {}
    for item in reported:
        by_story.setdefault(item.story.id, []).append(item)
    for first, second in _sharing_a_measure(reported):
        if first.story.id == second.story.id:
            continue
        if not (_comparable(first.figure, second.figure) and _same_object(first.figure, second.figure)):
            continue
        # The pair is judged on the first measure the two share (in sorted order).
        measure = min(first.figure.measures & second.figure.measures)
        if _overlap(first, second):
            agreeing.add((first.key, second.key))
        elif _disputed(first, second, measure, by_story, event):
            disputed.setdefault(measure, set()).update({first.key, second.key})
    return _groups(agreeing, reported), disputed


def _disputed(
    first: _Reported, second: _Reported, measure: str, by_story: dict[str, list[_Reported]], event: Event
) -> bool:
    """Two figures that do not overlap are a conflict when each report gives one and both tell one thing."""
    return (
        _unique(first, second, measure, by_story[first.story.id])
        and _unique(second, first, measure, by_story[second.story.id])
        and _same_context(first.figure, second.figure)
        and _same_subject(first.figure, second.figure, event)
    )


def _same_object(first: Figure, second: Figure) -> bool:
    """Whether what the figures pay for or measure can be one thing ("the stake", "the fine for X")."""
    return not (first.about and second.about and not first.about & second.about)


def _same_subject(first: Figure, second: Figure, event: Event) -> bool:
    """Whether the sentences name the same subject among the headlines' names (when both name one)."""
    a, b = subjects(first.names, event), subjects(second.names, event)
    return not (a and b and not a & b)


def stated_in(
    stories: Iterable[Story], seen: dict[str, list[Figure]] | None = None
) -> dict[str, tuple[Figure, ...]]:
    """The figures :func:`reconcile` reads in each of ``stories``, by id (a story that states none
    is left out).

    ``seen``: the figures of sentences read before (:func:`digest.figures.extract.extract_figures`),
    kept by the caller across calls for one run (copies repeat their sentences).
    """
    seen = {} if seen is None else seen
    return {story.id: tuple(figures) for story in stories if (figures := _read(story, seen))}


def _read(story: Story, seen: dict[str, list[Figure]]) -> list[Figure]:
    # Figures are read from the first part of very long texts: a 6 MB line is not a news story.
    # Only figures with a measure are reconciled: sentences that can give none are not read.
    return extract_figures(f"{story.title}\n{story.text[:_MAX_TEXT]}", seen, measured=True)


def _story_figures(
    story: Story, figures: Sequence[Figure], rates: Rates, start: int, fallback: dt.date | None
) -> tuple[list[_Reported], list[Conflict]]:
    when = story.date or fallback
    restated = {f.restates: k for k, f in enumerate(figures) if f.restates >= 0}
    found: list[_Reported] = []
    conflicts: list[Conflict] = []
    for k, printed in enumerate(figures):
        if printed.restates >= 0 or not printed.measures:
            continue
        other = figures[restated[k]] if k in restated else None
        figure = _settle_yen(printed, other, rates, when)
        low, high = _base(figure, figure.low, figure.high, rates, when)
        expressions: tuple[tuple[str, float, str], ...] = ((figure.text, figure.value, figure.unit),)
        if other is not None:
            expressions = (*expressions, (other.text, other.value, other.unit))
            if not _equivalent(figure, other, rates, when):
                values = tuple(_value(f, story, rates, when) for f in (figure, other))
                conflicts.append(
                    Conflict(
                        kind=str(figure.kind),
                        measure=sorted(figure.measures)[0],
                        values=values,
                        chosen=values[0],
                        note=f"{figure.text} and its equivalent {other.text} do not match",
                    )
                )
        shown = _value(figure, story, rates, when)
        found.append(_Reported(figure, story, expressions, low, high, start + len(found), shown))
    return found, conflicts


def _settle_yen(figure: Figure, other: Figure | None, rates: Rates, date: dt.date | None) -> Figure:
    """Decide "¥" between yen and yuan: by the bracketed equivalent, else yuan."""
    if figure.unit != "JPY|CNY":
        return figure
    if other is not None:
        for code in ("JPY", "CNY"):
            candidate = evolve(figure, unit=code)
            if _equivalent(candidate, other, rates, date):
                return candidate
    return evolve(figure, unit="CNY")


def _base(
    figure: Figure, low: float, high: float, rates: Rates, date: dt.date | None
) -> tuple[float | None, float | None]:
    if figure.kind is not FigureKind.MONEY:
        return low, high
    converted = (rates.convert(low, figure.unit, date), rates.convert(high, figure.unit, date))
    if converted[0] is None or converted[1] is None:
        return None, None
    return converted


def _equivalent(first: Figure, second: Figure, rates: Rates, date: dt.date | None) -> bool:
    """Whether "X (Y)" states one amount: precision intervals overlap after conversion."""
    a = _base(first, first.value - first.half, first.value + first.half, rates, date)
    b = _base(second, second.low, second.high, rates, date)
    if None in a or None in b:
        return True  # cannot convert: nothing to say against it
    allowance = _FX_ALLOWANCE if date is not None else _FX_UNDATED
    return _intervals_overlap(a, b, allowance)  # type: ignore[arg-type]


def _intervals_overlap(a: tuple[float, float], b: tuple[float, float], allowance: float) -> bool:
    """Whether the intervals share more than an end ("nearly 15" ends where "14" does: apart)."""
    scale = max(abs(a[1]), abs(b[1]))
    slack = allowance * scale - _EPSILON * scale
    return a[0] - slack < b[1] and b[0] - slack < a[1]


def _comparable(first: Figure, second: Figure) -> bool:
    """Same kind and unit family, and names that do not point at different subjects."""
    if first.kind is not second.kind:
        return False
    if first.kind is FigureKind.COUNT and first.unit != second.unit:
        return False
    return not (first.names and second.names and not first.names & second.names)


def _overlap(first: _Reported, second: _Reported) -> bool:
    if first.low is None or second.low is None or first.high is None or second.high is None:
        return first.figure.unit == second.figure.unit and _intervals_overlap(
            (first.figure.low, first.figure.high), (second.figure.low, second.figure.high), 0.0
        )
    allowance = _FX_ALLOWANCE if first.figure.unit != second.figure.unit else 0.0
    return _intervals_overlap((first.low, first.high), (second.low, second.high), allowance)


#: What a sentence is compared without: its numbers.
_NUMBERS = str.maketrans("", "", "0123456789.,%$")


def _same_context(first: Figure, second: Figure) -> bool:
    """Whether two figures' sentences tell the same thing (numbers aside)."""
    return (
        fuzz.token_set_ratio(first.sentence.translate(_NUMBERS), second.sentence.translate(_NUMBERS))
        >= _SAME_CONTEXT
    )


def _unique(item: _Reported, other: _Reported, measure: str, reported: Sequence[_Reported]) -> bool:
    """The story gives only this figure of this kind for this measure and ``other``'s object
    (``reported``: the story's figures, or more)."""
    same = [
        r
        for r in reported
        if r.story.id == item.story.id
        and r.figure.kind is item.figure.kind
        and measure in r.figure.measures
        and _comparable(r.figure, other.figure)
        and _same_object(r.figure, other.figure)
    ]
    return len(same) == 1


def _groups(agreeing: set[tuple[int, int]], reported: Sequence[_Reported]) -> dict[int, set[int]]:
    """Groups of figures that all agree pairwise: "3.5-4" agrees with 3.51 and 3.6, which differ."""
    by_key = {r.key: r for r in reported}
    groups: dict[int, set[int]] = {r.key: {r.key} for r in reported}

    def agree(x: int, y: int) -> bool:
        if by_key[x].story.id == by_key[y].story.id:  # one report printing the figure twice
            return _overlap(by_key[x], by_key[y])
        return (min(x, y), max(x, y)) in agreeing

    for a, b in sorted(agreeing):
        if groups[a] is groups[b] or not all(agree(x, y) for x in groups[a] for y in groups[b]):
            continue
        merged = groups[a] | groups[b]
        for key in merged:
            groups[key] = merged
    return groups


def _value(figure: Figure, story: Story, rates: Rates, when: dt.date | None) -> FigureValue:
    """One report of ``figure``: as printed, its interval, and (money) in the base currency at ``when``."""
    unit = figure.unit.split("|")[-1]
    converted = rates.convert(figure.value, unit, when) if figure.kind is FigureKind.MONEY else figure.value
    return FigureValue(
        text=figure.text,
        source=story.source,
        date=story.date,
        story_id=story.id,
        value=converted,
        printed=figure.value,
        unit=unit,
        low=figure.low,
        high=figure.high,
        sentence=figure.sentence,
    )


def _agreed(
    groups: dict[int, set[int]], reported: Sequence[_Reported]
) -> tuple[tuple[AgreedFigure, ...], tuple[AgreedFigure, ...]]:
    """Every figure stated, and those two reports agree on (or one report restates), in order."""
    stated: list[AgreedFigure] = []
    agreed: list[AgreedFigure] = []
    for items, distinct in _distinct_groups(groups, reported):
        stories = {r.story.id for r in items}
        restated = any(len(r.expressions) > 1 for r in items)
        expressions = tuple(distinct.values())
        measures = set.intersection(*(set(r.figure.measures) for r in items))
        figure = AgreedFigure(
            kind=str(items[0].figure.kind),
            measure=sorted(measures or items[0].figure.measures)[0],
            text=expressions[0],
            expressions=expressions,
            sources=tuple(dict.fromkeys(r.story.source for r in items)),
            values=tuple(r.shown for r in items),
        )
        stated.append(figure)
        if len(stories) >= 2 or restated:
            agreed.append(figure)
    return tuple(stated), tuple(agreed)


def _distinct_groups(
    groups: dict[int, set[int]], reported: Sequence[_Reported]
) -> list[tuple[list[_Reported], _Expressions]]:
    """Each group of agreeing reports, one expression per amount; groups of the same amounts are one."""
    by_key = {r.key: r for r in reported}
    seen: set[frozenset[int]] = set()
    found: dict[
        tuple[str, frozenset[tuple[float, str]]], tuple[list[_Reported], dict[tuple[float, str], str]]
    ]
    found = {}
    for key in sorted(groups):
        members = frozenset(groups[key])
        if members in seen:
            continue
        seen.add(members)
        items = [by_key[k] for k in sorted(members)]
        # One expression per distinct amount: "30%" and "30 percent" are said once.
        distinct: _Expressions = {}
        for r in items:
            for text, value, unit in r.expressions:
                distinct.setdefault((round(value, 6), unit), text)
        same = (str(items[0].figure.kind), frozenset(distinct))
        if same in found:
            found[same][0].extend(r for r in items if r not in found[same][0])
        else:
            found[same] = (items, distinct)
    return list(found.values())


def _conflicts(
    by_measure: dict[str, set[int]],
    agree: dict[int, set[int]],
    reported: Sequence[_Reported],
    settings: FigureSettings,
) -> list[Conflict]:
    by_key = {r.key: r for r in reported}
    conflicts = []
    for measure, keys in sorted(by_measure.items()):
        items = [by_key[k] for k in sorted(keys)]
        values = tuple(r.shown for r in items)
        chosen, note = _resolve(items, values, agree, settings)
        conflicts.append(
            Conflict(kind=str(items[0].figure.kind), measure=measure, values=values, chosen=chosen, note=note)
        )
    return conflicts


def _resolve(
    items: Sequence[_Reported],
    values: Sequence[FigureValue],
    agree: dict[int, set[int]],
    settings: FigureSettings,
) -> tuple[FigureValue, str]:
    """The headline value of a conflict, by the configured resolution."""
    latest = max(range(len(items)), key=lambda k: (items[k].story.date or dt.date.min, -k))
    if settings.resolution == "priority":
        order = {name.casefold(): rank for rank, name in enumerate(settings.source_priority)}
        ranked = sorted(
            range(len(items)), key=lambda k: (order.get(items[k].story.source.casefold(), len(order)), k)
        )
        return values[ranked[0]], "source priority"
    if settings.resolution == "most-sources":
        support = [
            len({by.story.source for by in items if by.key in agree[items[k].key]}) for k in range(len(items))
        ]
        best = max(range(len(items)), key=lambda k: (support[k], items[k].story.date or dt.date.min, -k))
        if support.count(support[best]) == 1:
            return values[best], "most sources"
        return values[latest], "latest report; sources tied"
    return values[latest], "latest report"
