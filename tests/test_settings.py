"""Settings are validated when built, and their messages say how to fix the value."""

from __future__ import annotations

import attrs
import pytest

from digest.errors import DigestError, SettingsError
from digest.settings import ClusterSettings, FigureSettings, ReadSettings, Settings


def test_defaults_build() -> None:
    """The default settings are valid and grouped by stage."""
    settings = Settings()
    assert isinstance(settings.reading, ReadSettings)
    assert isinstance(settings.clustering, ClusterSettings)
    assert isinstance(settings.figures, FigureSettings)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: ClusterSettings(threshold=1.5), "threshold must be in (0, 1]; got 1.5"),
        (lambda: ClusterSettings(num_perm=0), "num_perm must be > 0; got 0"),
        (lambda: ReadSettings(max_file_bytes=-1), "max_file_bytes must be > 0"),
        (lambda: ReadSettings(boilerplate=("(unclosed",)), "is not a valid regular expression"),
        (lambda: FigureSettings(resolution="loudest"), "resolution must be one of"),
    ],
)
def test_bad_values_raise_settings_error_with_fix(build: object, message: str) -> None:
    """A bad value raises SettingsError (also a ValueError and a DigestError) naming the fix."""
    with pytest.raises(SettingsError) as info:
        build()  # type: ignore[operator]
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, DigestError)


def test_settings_are_frozen_and_evolve() -> None:
    """Settings cannot be changed in place; ``attrs.evolve`` makes a validated copy."""
    settings = ReadSettings()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        settings.max_file_bytes = 1  # type: ignore[misc]
    with pytest.raises(SettingsError):
        attrs.evolve(settings, max_file_bytes=0)
