"""The TOML config file of a scheduled run: inputs, output, state, and every setting.

A config file mirrors :class:`~digest.settings.Settings` (tables ``[reading]``,
``[clustering]``, ``[figures]``, ``[compose]``, ``[history]``), plus what a run
needs besides settings (``inputs``, ``output``, ``format``, ``state``,
``week``), the topics (``[[topics]]``) and per-newsletter settings
(``[sources."Daily Buzz"]``). It is validated on load: an unknown key or a
value of the wrong type is a :class:`ConfigError` naming the file and the
key's location, e.g. ``digest.toml: [clustering] threshold: expected a number,
got 'high'``. See ``docs/cron.md`` for a complete example.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import tomllib
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
from attrs import frozen

from digest.deliver.mail import MailSettings
from digest.errors import ConfigError, DigestError, SettingsError
from digest.history.schedule import week_window
from digest.settings import (
    ClusterSettings,
    ComposeSettings,
    FigureSettings,
    HistorySettings,
    Interest,
    ReadSettings,
    Settings,
    SourceRule,
    Topic,
)

__all__ = ["Config", "ConfigError", "default_config_path", "find_config", "load_config", "parse_config"]


@frozen
class Config:
    """A loaded config file: the run's inputs and outputs, and its settings."""

    settings: Settings
    #: Files, folders, glob matches and ``imaps://`` mailbox URLs, in order.
    inputs: tuple[str, ...] = ()
    #: Output path or pattern (``{year}``, ``{week}``, ``{since}``, ``{until}``).
    output: str | None = None
    format: str | None = None
    #: History database; ``False`` when the config switches history off.
    state: str | bool | None = None
    #: Index of published stories shared by machines and weeks (``redis://...`` or ``memory``).
    index: str | None = None
    #: ``"last"``, ``"this"`` or an ISO week such as ``"2026-W06"``.
    week: str | None = None
    title: str | None = None
    #: Write (and record) a digest even when no story falls in the week.
    write_empty: bool = False
    path: str = ""
    #: Where and how the digest is mailed (``[mail]``), or None.
    mail: MailSettings | None = None


_SECTIONS: dict[str, type[Any]] = {
    "reading": ReadSettings,
    "clustering": ClusterSettings,
    "figures": FigureSettings,
    "compose": ComposeSettings,
    "history": HistorySettings,
}
_TOP = (
    "inputs",
    "output",
    "format",
    "state",
    "index",
    "workers",
    "week",
    "title",
    "write_empty",
    "imap",
    "mail",
    "topics",
    "sources",
    "mute",
    "boost",
    *_SECTIONS,
)
# Settings a config sets through its own tables, not inside the section.
_MANAGED = {
    ("compose", "topics"),
    ("compose", "mute"),
    ("compose", "boost"),
    ("reading", "sources"),
    ("compose", "since"),
    ("compose", "until"),
    ("reading", "imap_password_env"),
    ("reading", "imap_password_file"),
}
_FORMATS = ("markdown", "json", "html")


def default_config_path() -> Path:
    """Where a user's config lives: ``$DIGEST_CONFIG``, else ``digest.toml`` in the user config folder."""
    override = os.environ.get("DIGEST_CONFIG")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path

    return user_config_path("digest", appauthor=False) / "digest.toml"


def find_config() -> Path | None:
    """The user's config file when there is one; ``$DIGEST_CONFIG`` naming no file is an error."""
    path = default_config_path()
    if path.is_file():
        return path
    if os.environ.get("DIGEST_CONFIG"):
        raise ConfigError(f"{path}: no such config file (named by DIGEST_CONFIG)")
    return None


def load_config(path: str | Path) -> Config:
    """Read and validate the config file at ``path``."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError(f"{name}: cannot read config file ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{name}: config file is not UTF-8 text") from None
    return parse_config(text, name, base=Path(path).parent)


def parse_config(text: str, name: str = "config", *, base: Path | None = None) -> Config:
    """Validate the TOML ``text``; relative input and output paths are taken from ``base``."""
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{name}: not valid TOML ({exc})") from None
    where = _Where(name)
    _known(table, _TOP, where, "")
    base = base or Path()
    sections = {key: _table(table.get(key, {}), where, f"[{key}]") for key in _SECTIONS}
    sources = _sources(table.get("sources", {}), where)
    reading = _build(ReadSettings, sections["reading"], where, "reading")
    imap = _table(table.get("imap", {}), where, "[imap]")
    _known(imap, ("password_env", "password_file"), where, "[imap]")
    reading = attrs.evolve(
        reading,
        sources=sources,
        imap_password_env=_optional(imap, "password_env", str, where, "[imap] "),
        imap_password_file=_path(_optional(imap, "password_file", str, where, "[imap] "), base),
    )
    compose = _build(ComposeSettings, sections["compose"], where, "compose")
    if "topics" in table:
        compose = _evolve(compose, where, "[[topics]]", topics=_topics(table["topics"], where))
    interests = {key: _interest(table.get(key, {}), where, key) for key in ("mute", "boost")}
    compose = _evolve(compose, where, "[mute] / [boost]", **interests)
    figures = _build(FigureSettings, sections["figures"], where, "figures")
    ranked = sorted((r for r in sources if r.priority is not None), key=lambda r: (r.priority, r.name))
    if ranked and "source_priority" not in sections["figures"]:
        order = tuple(r.display_name or r.name for r in ranked)
        resolution = sections["figures"].get("resolution", "priority")
        figures = _evolve(figures, where, "[figures]", source_priority=order, resolution=resolution)
    settings = Settings(
        reading=reading,
        clustering=_build(ClusterSettings, sections["clustering"], where, "clustering"),
        figures=figures,
        compose=compose,
        history=_build(HistorySettings, sections["history"], where, "history"),
    )
    if "workers" in table:
        workers = _convert(table["workers"], int, where, "workers")
        settings = _evolve(settings, where, "workers", workers=workers)
    return Config(
        settings=settings,
        inputs=_inputs(table.get("inputs", []), where, base),
        output=_path(_optional(table, "output", str, where), base),
        format=_choice(_optional(table, "format", str, where), _FORMATS, where, "format"),
        state=_state(table.get("state"), where, base),
        index=_optional(table, "index", str, where),
        week=_week(_optional(table, "week", str, where), where),
        title=_optional(table, "title", str, where),
        write_empty=bool(_optional(table, "write_empty", bool, where)),
        path=name,
        mail=_mail(table.get("mail"), where, base),
    )


class _Where:
    """Builds messages that name the config file and the key."""

    def __init__(self, name: str) -> None:
        self.name = name

    def error(self, location: str, problem: str) -> ConfigError:
        place = f"{location}: " if location else ""
        return ConfigError(f"{self.name}: {place}{problem}")


def _known(table: Mapping[str, Any], allowed: tuple[str, ...], where: _Where, location: str) -> None:
    for key in table:
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(allowed)}"
            raise where.error(location, f"unknown key {key!r}{hint}")


def _table(value: Any, where: _Where, location: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise where.error(location, f"expected a table, got {_shown(value)}")
    return value


def _build(cls: type[Any], table: Mapping[str, Any], where: _Where, section: str) -> Any:
    """An attrs settings class from a TOML table, every value checked against its type hint."""
    hints = typing.get_type_hints(cls)
    names = tuple(f.name for f in attrs.fields(cls) if (section, f.name) not in _MANAGED)
    location = f"[{section}]"
    _known(table, names, where, location)
    values = {key: _convert(value, hints[key], where, f"{location} {key}") for key, value in table.items()}
    return _evolve(cls(), where, location, **values)


def _evolve(instance: Any, where: _Where, location: str, **values: Any) -> Any:
    try:
        return attrs.evolve(instance, **values)
    except SettingsError as exc:
        raise where.error(location, str(exc)) from None


def _convert(value: Any, hint: Any, where: _Where, location: str) -> Any:
    """``value`` as ``hint`` (str, int, float, bool, date, tuple[str, ...], or X | None)."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = [h for h in typing.get_args(hint) if h is not type(None)]
        return _convert(value, options[0], where, location)
    if origin is tuple:
        (item, _) = typing.get_args(hint)
        if not isinstance(value, list):
            raise where.error(location, f"expected a list, got {_shown(value)}")
        return tuple(_convert(v, item, where, f"{location}[{k}]") for k, v in enumerate(value))
    if hint is bool:
        if not isinstance(value, bool):
            raise where.error(location, f"expected true or false, got {_shown(value)}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise where.error(location, f"expected a whole number, got {_shown(value)}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise where.error(location, f"expected a number, got {_shown(value)}")
        return float(value)
    if hint is dt.date:
        return _date(value, where, location)
    if hint is str:
        if not isinstance(value, str):
            raise where.error(location, f"expected a string, got {_shown(value)}")
        return value
    raise where.error(location, f"cannot be set in a config file ({hint})")  # pragma: no cover


def _date(value: Any, where: _Where, location: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise where.error(location, f"expected a date (YYYY-MM-DD), got {_shown(value)}")


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _optional(table: Mapping[str, Any], key: str, kind: type[Any], where: _Where, prefix: str = "") -> Any:
    if key not in table:
        return None
    return _convert(table[key], kind, where, f"{prefix}{key}")


def _choice(value: str | None, allowed: tuple[str, ...], where: _Where, key: str) -> str | None:
    if value is not None and value not in allowed:
        raise where.error(key, f"expected one of {', '.join(allowed)}, got {value!r}")
    return value


def _week(value: str | None, where: _Where) -> str | None:
    if value is None or value in ("last", "this"):
        return value
    try:
        week_window(value, dt.date.min)
    except DigestError:
        problem = f'expected "last", "this" or an ISO week like "2026-W06", got {value!r}'
        raise where.error("week", problem) from None
    return value.upper()


def _path(value: str | None, base: Path) -> str | None:
    if value is None:
        return None
    path = Path(value).expanduser()
    return str(path if path.is_absolute() else base / path)


def _state(value: Any, where: _Where, base: Path) -> str | bool | None:
    if value is None:
        return None
    if value is False:
        return False
    if not isinstance(value, str) or not value:
        raise where.error("state", f"expected a file path or false, got {_shown(value)}")
    return _path(value, base)


def _inputs(value: Any, where: _Where, base: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise where.error("inputs", f"expected a list of paths, got {_shown(value)}")
    found: list[str] = []
    for k, item in enumerate(value):
        if not isinstance(item, str) or not item:
            raise where.error(f"inputs[{k}]", f"expected a path, glob or imaps:// URL, got {_shown(item)}")
        # Globs are expanded when the run reads them (digest.ingest), not when the file is loaded.
        found.append(item if item.startswith(("imap://", "imaps://")) else str(_path(item, base)))
    return tuple(found)


def _topics(value: Any, where: _Where) -> tuple[Topic, ...]:
    if not isinstance(value, list):
        raise where.error("topics", "expected an array of tables ([[topics]])")
    topics = []
    for k, item in enumerate(value):
        location = f"[[topics]] #{k + 1}"
        table = _table(item, where, location)
        if not isinstance(table.get("name"), str) or not table["name"].strip():
            raise where.error(location, "needs a name")
        _known(table, ("name", "sections", "keywords"), where, location)
        topics.append(
            Topic(
                name=table["name"],
                sections=_convert(table.get("sections", []), tuple[str, ...], where, f"{location} sections"),
                keywords=_convert(table.get("keywords", []), tuple[str, ...], where, f"{location} keywords"),
            )
        )
    return tuple(topics)


def _sources(value: Any, where: _Where) -> tuple[SourceRule, ...]:
    table = _table(value, where, "[sources]")
    rules = []
    for name in sorted(table):
        location = f"[sources.{name!r}]"
        item = _table(table[name], where, location)
        _known(item, ("display_name", "priority", "boilerplate", "date_order"), where, location)
        order = item.get("date_order")
        _choice(order, ("day-first", "month-first"), where, f"{location} date_order")
        try:
            rules.append(
                SourceRule(
                    name=name,
                    display_name=_convert(item["display_name"], str, where, f"{location} display_name")
                    if "display_name" in item
                    else None,
                    priority=_convert(item["priority"], int, where, f"{location} priority")
                    if "priority" in item
                    else None,
                    boilerplate=_convert(
                        item.get("boilerplate", []), tuple[str, ...], where, f"{location} boilerplate"
                    ),
                    day_first=None if order is None else order == "day-first",
                )
            )
        except ConfigError:
            raise
        except SettingsError as exc:
            raise where.error(location, str(exc)) from None
    return tuple(rules)


def _interest(value: Any, where: _Where, key: str) -> Interest:
    """``[mute]`` or ``[boost]``: lists of sources, sections, keywords and topics."""
    location = f"[{key}]"
    table = _table(value, where, location)
    fields = ("sources", "sections", "keywords", "topics")
    _known(table, fields, where, location)
    lists = {}
    for name in fields:
        lists[name] = _convert(table.get(name, []), tuple[str, ...], where, f"{location} {name}")
    return Interest(**lists)


_MAIL_KEYS = ("to", "from", "smtp", "user", "password_env", "password_file", "ca_file", "timeout")


def _mail(value: Any, where: _Where, base: Path) -> MailSettings | None:
    """``[mail]``: recipients, sender, server URL, user, where the password is, trusted authorities."""
    if value is None:
        return None
    table = dict(_table(value, where, "[mail]"))
    _known(table, _MAIL_KEYS, where, "[mail]")
    if isinstance(table.get("to"), str):
        table["to"] = [table["to"]]
    if "from" in table:
        table["sender"] = table.pop("from")
    for key in ("password_file", "ca_file"):
        if key in table:
            table[key] = _path(_convert(table[key], str, where, f"[mail] {key}"), base)
    mail: MailSettings = _build(MailSettings, table, where, "mail")
    return mail
