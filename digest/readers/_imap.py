"""A mailbox folder on an IMAP server, read-only: ``imaps://user@host[:port]/Folder``.

The folder is opened with EXAMINE (read-only) and messages are fetched with
``BODY.PEEK[]``, so nothing on the server changes, not even the \\Seen flag.
Only the messages the server dates inside the run's window are fetched (IMAP
dates are days without a time zone, so the search is one day wider on each
side; the window itself is applied to the stories later). The password comes
from an environment variable or a file, never from the URL or the command line.
``imap://`` (no TLS) is accepted for servers on the loopback interface only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import ipaddress
import os
import re
import ssl
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from attrs import frozen

from digest.errors import InputError
from digest.models import Document, Dropped, DropReason, Format
from digest.readers._mail import read_message
from digest.text.links import redact

__all__ = ["ImapSource", "is_imap_url", "read_imap"]

#: Environment variable read for the password when the config names none.
DEFAULT_PASSWORD_ENV = "DIGEST_IMAP_PASSWORD"  # noqa: S105 - the variable's name, not a password
_TIMEOUT = 60.0
_BATCH = 50
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@frozen
class ImapSource:
    """Where a mailbox is and how to log in (the password itself is read when connecting)."""

    url: str
    password_env: str | None = None
    password_file: str | None = None


def is_imap_url(text: str) -> bool:
    """Whether ``text`` names an IMAP mailbox rather than a file."""
    return text.startswith(("imap://", "imaps://"))


def read_imap(
    source: ImapSource, since: dt.date | None = None, until: dt.date | None = None
) -> Iterator[Document | Dropped]:
    """Each message of the mailbox folder (inside ``since``-``until`` when given), oldest first."""
    url = redact(source.url)  # what messages and edition paths show: no user, no password
    parts = urlsplit(source.url)
    if parts.password:
        raise InputError(url, "put the password in an environment variable or a file, not in the URL")
    if not parts.hostname or not parts.username:
        raise InputError(url, "expected imaps://user@host[:port]/Folder")
    secure = parts.scheme == "imaps"
    if not secure and not _loopback(parts.hostname):
        raise InputError(url, "imap:// without TLS is only allowed to this machine; use imaps://")
    folder = unquote(parts.path.lstrip("/")) or "INBOX"
    user = unquote(parts.username)
    password = _password(source)
    try:
        client = _connect(parts.hostname, parts.port, secure)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise InputError(url, f"cannot connect to {parts.hostname} ({exc})") from None
    try:
        try:
            client.login(user, password)
        except imaplib.IMAP4.error as exc:
            raise InputError(url, f"login failed for {user} ({_said(exc)})") from None
        status, _ = client.select(_quoted(folder), readonly=True)
        if status != "OK":
            raise InputError(url, f"no folder named {folder!r} on the server")
        uids = _search(client, url, since, until)
        for start in range(0, len(uids), _BATCH):
            yield from _fetch(client, url, uids[start : start + _BATCH])
    except (OSError, imaplib.IMAP4.error) as exc:
        raise InputError(url, f"connection failed while reading ({exc})") from None
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            client.logout()


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _password(source: ImapSource) -> str:
    if source.password_file:
        path = Path(source.password_file).expanduser()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            problem = f"cannot read password file {path} ({exc.strerror or exc})"
            raise InputError(redact(source.url), problem) from None
        if not lines or not lines[0]:
            raise InputError(redact(source.url), f"password file {path} is empty")
        return lines[0]
    variable = source.password_env or DEFAULT_PASSWORD_ENV
    password = os.environ.get(variable)
    if not password:
        problem = f"no password: set {variable}, or password_file in the config's [imap]"
        raise InputError(redact(source.url), problem)
    return password


def _connect(host: str, port: int | None, secure: bool) -> imaplib.IMAP4:
    if secure:
        context = ssl.create_default_context()
        return imaplib.IMAP4_SSL(host, port or 993, ssl_context=context, timeout=_TIMEOUT)
    return imaplib.IMAP4(host, port or 143, timeout=_TIMEOUT)


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _said(exc: BaseException) -> str:
    text = str(exc)
    match = re.search(r"b['\"](.*)['\"]", text)
    return match.group(1) if match else text


def _imap_date(day: dt.date) -> str:
    return f"{day.day}-{_MONTHS[day.month - 1]}-{day.year}"


def _search(client: imaplib.IMAP4, url: str, since: dt.date | None, until: dt.date | None) -> list[bytes]:
    criteria: list[str] = []
    if since is not None:
        criteria += ["SINCE", _imap_date(since - dt.timedelta(days=1))]
    if until is not None:
        criteria += ["BEFORE", _imap_date(until + dt.timedelta(days=2))]
    status, data = client.uid("SEARCH", *(criteria or ["ALL"]))
    if status != "OK" or not data:
        raise InputError(url, f"the server refused the search ({status})")
    return sorted((uid for uid in (data[0] or b"").split() if uid.isdigit()), key=int)


def _fetch(client: imaplib.IMAP4, url: str, uids: list[bytes]) -> Iterator[Document | Dropped]:
    status, data = client.uid("FETCH", b",".join(uids).decode(), "(UID BODY.PEEK[])")
    if status != "OK":
        raise InputError(url, f"the server refused to send messages ({status})")
    for item in data:
        if not isinstance(item, tuple):
            continue
        head, raw = item
        match = re.search(rb"UID (\d+)", head)
        uid = int(match.group(1)) if match else 0
        name = f"{url};UID={uid}"
        try:
            yield from read_message(raw, name, Format.IMAP, position=uid)
        except InputError as exc:
            yield Dropped(path=name, reason=DropReason.UNREADABLE, detail=exc.problem, position=uid)
