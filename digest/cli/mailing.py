"""The ``compile`` command's mail: ``[mail]`` in the config, ``--mail-to`` on top, and the sender it runs."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from digest.errors import SettingsError, UsageError

if TYPE_CHECKING:
    from digest.deliver.mail import MailSettings
    from digest.models import Digest, Mailed


def mail_settings(args: argparse.Namespace, configured: MailSettings | None) -> MailSettings | None:
    """The run's mail settings, or None when nobody is to be mailed."""
    from digest.deliver.mail import MailSettings

    settings = configured or MailSettings()
    if args.mail_to:
        try:
            settings = attrs.evolve(settings, to=tuple(args.mail_to))
        except SettingsError as exc:
            raise UsageError(f"--mail-to: {exc}") from None
    if not settings.to:
        if args.resend:
            raise UsageError("--resend mails the digest again: give --mail-to, or `to` in [mail]")
        return None
    if settings.sender is None:
        raise UsageError("mailing needs a From address: set `from` in the config's [mail] table")
    return settings


def mailer(settings: MailSettings, now: dt.datetime) -> Callable[[Digest], Mailed]:
    """Sends a digest as one message (Markdown text and HTML) to ``settings.to``, dated ``now``."""

    def mail(digest: Digest) -> Mailed:
        from digest.deliver.mail import build_message, send, subject
        from digest.models import Mailed
        from digest.render.html import to_html
        from digest.render.markdown import to_markdown

        assert settings.sender is not None  # noqa: S101 - mail_settings checked
        message = build_message(
            subject=subject(digest),
            text=to_markdown(digest),
            html=to_html(digest),
            sender=settings.sender,
            to=settings.to,
            now=now,
        )
        send(message, settings)
        return Mailed(recipients=settings.to, message_id=str(message["Message-ID"]), server=settings.where)

    return mail
