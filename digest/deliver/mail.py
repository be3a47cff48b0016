"""Mailing a digest: one multipart/alternative message (plain text and HTML), sent over SMTP.

The message is built from the two renderings of the same digest; apart from its
``Date`` and ``Message-ID`` it is the same bytes for the same digest (the MIME
boundary is derived from the content, not drawn at random). The server is named
by a URL: ``smtp://`` (plain, no password allowed), ``smtps://`` (TLS from the
start) or ``smtp+starttls://`` (upgraded). Certificates are verified against
the system's authorities, or ``ca_file``. The password comes from an
environment variable or a file, never from the URL or the command line, and no
message this module writes contains it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import smtplib
import ssl
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid, parseaddr
from pathlib import Path
from urllib.parse import urlsplit

from attrs import field, frozen

from digest.errors import DeliveryError, SettingsError
from digest.models import Digest
from digest.periods import period_label
from digest.text.links import redact

__all__ = ["MailSettings", "build_message", "send", "subject"]

_PORTS = {"smtp": 25, "smtps": 465, "smtp+starttls": 587}


def _addresses(_: object, attribute: object, value: tuple[str, ...]) -> None:
    for address in value:
        _check_address(address, "to")


def _check_address(address: str, key: str) -> None:
    _, addr = parseaddr(address)
    if any(c in address for c in "\r\n") or "@" not in addr or " " in addr:
        raise SettingsError(f"mail {key}: {address!r} is not an e-mail address (name@example.org)")


@frozen
class MailSettings:
    """Where and how the digest is mailed (the ``[mail]`` table of the config)."""

    #: Recipients, each "name@example.org" or "Name <name@example.org>".
    to: tuple[str, ...] = field(default=(), validator=_addresses)
    #: The From address; required to send.
    sender: str | None = None
    #: ``smtp://host:port``, ``smtps://host:port`` or ``smtp+starttls://host:port``.
    smtp: str = "smtp://localhost"
    user: str | None = None
    #: The environment variable holding the password.
    password_env: str | None = None
    #: The file holding the password (its first line).
    password_file: str | None = None
    #: Certificate authorities to trust instead of the system's (a PEM file).
    ca_file: str | None = None
    timeout: float = 60.0

    def __attrs_post_init__(self) -> None:
        if self.sender is not None:
            _check_address(self.sender, "from")
        parts = urlsplit(self.smtp)
        if parts.scheme not in _PORTS or not parts.hostname or parts.path not in ("", "/"):
            expected = "smtp://, smtps:// or smtp+starttls://host:port"
            raise SettingsError(f"mail smtp: expected {expected}, got {redact(self.smtp)!r}")
        if parts.password is not None or parts.username is not None:
            raise SettingsError(
                "mail smtp: no user or password in the URL; set `user`, and `password_env` or `password_file`"
            )
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError:
            raise SettingsError(f"mail smtp: bad port in {self.smtp!r}") from None
        if self.password_env and self.password_file:
            raise SettingsError("mail: give password_env or password_file, not both")
        if self.user and parts.scheme == "smtp":
            raise SettingsError("mail: a password is only sent over TLS; use smtps:// or smtp+starttls://")
        if self.user and not (self.password_env or self.password_file):
            raise SettingsError(f"mail: user {self.user!r} needs password_env or password_file")
        if self.timeout <= 0:
            raise SettingsError(f"mail timeout must be positive; got {self.timeout}")

    @property
    def where(self) -> str:
        """The server, as it may be shown: ``smtp+starttls://mail.example.org:587``."""
        parts = urlsplit(self.smtp)
        return f"{parts.scheme}://{parts.hostname}:{parts.port or _PORTS[parts.scheme]}"


def subject(digest: Digest) -> str:
    """The digest's title, with its period when the title does not say it."""
    title = " ".join(digest.title.split())
    if digest.period is None:
        return title
    label = period_label(digest.period)
    return title if label in title else f"{title}, {label}"


def build_message(
    *, subject: str, text: str, html: str, sender: str, to: tuple[str, ...], now: dt.datetime
) -> EmailMessage:
    """One multipart/alternative message: ``text`` first, ``html`` preferred by clients that show it."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = " ".join(subject.split())
    message["From"] = sender
    message["To"] = ", ".join(to)
    message["Date"] = format_datetime(now)
    domain = parseaddr(sender)[1].rpartition("@")[2] or None
    message["Message-ID"] = make_msgid("digest", domain=domain)
    message.set_content(text, subtype="plain", charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    # A boundary drawn from the content, not at random: the same digest gives the same bytes.
    message.set_boundary("=_digest_" + hashlib.sha256((text + "\0" + html).encode()).hexdigest()[:32])
    return message


def password(settings: MailSettings) -> str | None:
    """The password the settings name, read from the environment or the file."""
    if settings.password_env:
        value = os.environ.get(settings.password_env)
        if not value:
            raise DeliveryError(f"mail: the environment variable {settings.password_env} is not set")
        return value
    if settings.password_file:
        try:
            lines = Path(settings.password_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise DeliveryError(f"mail: cannot read password_file {settings.password_file} ({exc})") from None
        return lines[0] if lines else ""
    return None


def send(message: EmailMessage, settings: MailSettings) -> None:
    """Send ``message`` to its recipients through the server ``settings`` name; one-line errors."""
    secret = password(settings)
    parts = urlsplit(settings.smtp)
    host, port = parts.hostname or "", parts.port or _PORTS[parts.scheme]
    try:
        context = ssl.create_default_context(cafile=settings.ca_file)
        client: smtplib.SMTP
        if parts.scheme == "smtps":
            client = smtplib.SMTP_SSL(host, port, timeout=settings.timeout, context=context)
        else:
            client = smtplib.SMTP(host, port, timeout=settings.timeout)
        with client:
            if parts.scheme == "smtp+starttls":
                client.starttls(context=context)
            if settings.user:
                client.login(settings.user, secret or "")
            refused = client.send_message(message)
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"{settings.where}: cannot send the digest ({_reason(exc, secret)})") from None
    if refused:
        raise DeliveryError(f"{settings.where}: recipients refused: {', '.join(sorted(refused))}")


def _reason(error: BaseException, secret: str | None) -> str:
    """Why sending failed, on one line, with the password (if any) blotted out."""
    if isinstance(error, smtplib.SMTPResponseException):
        detail = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else ""
        text = f"{error.smtp_code} {detail}".strip()
    elif isinstance(error, smtplib.SMTPRecipientsRefused):
        text = "every recipient refused: " + ", ".join(sorted(error.recipients))
    elif isinstance(error, ssl.SSLError):
        text = f"TLS: {error.reason or error}"
    elif isinstance(error, OSError) and error.strerror:
        text = error.strerror
    else:
        text = str(error) or type(error).__name__
    if secret:
        text = text.replace(secret, "***")
    return redact(" ".join(text.split()))
