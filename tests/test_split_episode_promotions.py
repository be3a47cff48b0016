"""A show's promotion printed among a newsletter's stories: it asks its reader to listen to an episode.

A publication prints the promotion of its own show in each of its newsletters ("On this week's Harbor
Talk, presented by ..., Mia joins Liz to discuss ... Listen to the latest episode of Harbor Talk
now."); read as a story, the copies made one story reported by several newsletters and it was told in
full. It is a promotion; a report that mentions an interview, or goes on after the call, stays.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories
from digest.models import DropReason
from digest.split.chrome import promotes_episode

_PROMO = (
    "Can a pharmacy cooperative cut drug prices? On this week’s Harbor Talk, presented by Tidewater"
    " Supply, Mia Chen joins Liz and Rohan to discuss her plan to skip the middlemen who set prices."
    " She also discussed the port’s new cold-storage depot.Listen to the latest episode of Harbor Talk now."
)


def test_an_episode_s_promotion_is_no_story(tmp_path: Path) -> None:
    body = (
        "# Harbor Brief\n\n## Ferry fares rise\n\n"
        "The ferry authority raised fares by 8% on Monday, its first increase in four years, citing fuel"
        " costs and a shortfall in its maintenance fund.\n\n"
        f"## Harbor Talk\n\n{_PROMO}\n\n"
        "## Dock strike ends\n\n"
        "Dock workers voted on Tuesday to end a three-day strike after the port agreed to delay its"
        " automation plan by a year.\n"
    )
    path = tmp_path / "harbor-brief-2026-04-28.md"
    path.write_text(body, encoding="utf-8")
    reading = read_stories([path])
    assert [s.title for s in reading.stories] == ["Ferry fares rise", "Dock strike ends"]
    assert any(d.reason is DropReason.PROMOTION and "Harbor Talk" in d.text for d in reading.dropped)


def test_reports_about_shows_and_interviews_stay() -> None:
    assert promotes_episode(_PROMO)
    assert not promotes_episode("The senator spoke for an hour on the budget. Listen to the full interview.")
    assert not promotes_episode("Podcast listening rose 20% this year, the company said, led by news shows.")
    assert not promotes_episode(f"{_PROMO} The depot opens in June and will hold 4,000 pallets.")
    assert not promotes_episode(f"{_PROMO} " + "The cooperative's members include ninety pharmacies. " * 12)


def test_a_call_to_listen_followed_by_its_button_arrow_is_a_promotion() -> None:
    """The call may end with its button's arrow ("... Harbor Talk now. →"): still the call."""
    assert promotes_episode(_PROMO + " →")
    assert promotes_episode(_PROMO.replace("depot.Listen", "depot.\nListen") + " →")
    assert not promotes_episode("Listen to the harbour's foghorns at dawn. →")
