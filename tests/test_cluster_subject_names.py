"""A rare name both headlines share is one subject only if it is one name in both: a first name
that each headline goes on with differently ("Peter Wehner", "Peter Turchin") is two people, and a
maker's name with two products after it ("Claude Design", "Claude Opus") two products. The
headline-subject raise (``subject_boost``) is for one subject told twice."""

from __future__ import annotations

import datetime as dt

import numpy as np

from digest.cluster.grouping import similarity_in
from digest.cluster.model import Model
from digest.models import Story
from digest.settings import ClusterSettings

_DAY = dt.date(2026, 4, 27)


def _story(sid: str, title: str, text: str, day: int = 0) -> Story:
    return Story(
        id=sid,
        title=title,
        text=text,
        source=f"Source {sid}",
        path=f"{sid}.md",
        date=_DAY + dt.timedelta(day),
    )


_RUN = [
    _story(
        f"r{k}", f"Council {k} approves budget", f"The council of town {k} approved its budget for next year."
    )
    for k in range(8)
]


def _subject(a: Story, b: Story) -> float:
    return similarity_in([a, b, *_RUN], a, b).subject_factor


def test_two_people_sharing_a_first_name_are_two_subjects() -> None:
    wehner = _story(
        "a",
        "Kestrin Wehner: the pope and the president",
        "Kestrin Wehner writes that the pope spoke plainly.",
    )
    turchin = _story(
        "b", "You ever read Kestrin Turchin", "Kestrin Turchin is the historian of cycles, and I read him.", 1
    )
    assert _subject(wehner, turchin) == 1.0


def test_one_person_named_in_full_and_by_surname_is_one_subject() -> None:
    full = _story(
        "a", "Senator Kestrin Wehner drops his hold", "Kestrin Wehner dropped his hold on the vote."
    )
    short = _story("b", "Wehner backs the vote", "Kestrin Wehner said he would back the nominee.", 1)
    assert _subject(full, short) == ClusterSettings().subject_boost


def test_two_products_of_one_maker_are_two_subjects() -> None:
    design = _story("a", "Orrin Design opens to teams", "Orrin Design is now open to teams, the maker said.")
    opus = _story(
        "b", "Orrin Opus launches with longer memory", "Orrin Opus launched with a longer memory.", 1
    )
    assert _subject(design, opus) == 1.0
    again = _story("c", "Orrin Design adds exports", "Orrin Design added exports to slides.", 1)
    assert _subject(design, again) == ClusterSettings().subject_boost


def test_the_pairs_worked_out_together_agree_with_each_pair_alone() -> None:
    """``Model._one_names`` (sparse rows of each headline's names) gives what ``_one_name`` gives."""
    titles = [
        "Kestrin Wehner and Orrin Design meet",
        "Kestrin Turchin reviews Orrin Opus",
        "Orrin Design adds exports for Kestrin Wehner",
        "Wehner backs Orrin",
        "Orrin Opus and Orrin Design ship",
        "Kestrin Wehner on Marlow Tessaly",
    ]
    stories = [
        _story(f"s{k}", title, f"{title}, the report said. {title} again, it said.", k % 2)
        for k, title in enumerate(titles)
    ]
    run = [
        _story(f"f{k}", f"Council {k} approves budget", f"The council of town {k} approved its budget.")
        for k in range(40)
    ]
    model = Model([*stories, *run], ClusterSettings())
    rows, cols = np.triu_indices(len(stories), k=1)
    alone = np.asarray([model._one_name(int(a), int(b)) for a, b in zip(rows, cols, strict=True)])
    assert alone.any()
    assert not alone.all()
    assert (model._one_names(rows, cols) == alone).all()
