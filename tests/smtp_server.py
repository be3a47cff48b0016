"""A real SMTP server on loopback for the mail tests: aiosmtpd with STARTTLS (or TLS) and AUTH.

The certificate is self-signed, made by the ``openssl`` command for 127.0.0.1
when the test starts; the tests trust it through ``ca_file``, as a user would
trust their own authority. The server keeps every message it accepts, as bytes.
"""

from __future__ import annotations

import contextlib
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from servers import binary, free_port, require

USER = "digest-bot"
PASSWORD = "s3cret-Pa55-never-shown"  # noqa: S105 - the test server's own password


@attrs.define
class Received:
    """What the server accepted: one entry per message, and the logins it saw."""

    messages: list[tuple[str, tuple[str, ...], bytes]] = attrs.field(factory=list)
    logins: list[str] = attrs.field(factory=list)


class _Handler:
    def __init__(self, received: Received) -> None:
        self.received = received

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        data = envelope.original_content or envelope.content
        self.received.messages.append((envelope.mail_from, tuple(envelope.rcpt_tos), bytes(data)))
        return "250 OK"


def _authenticate(received: Received) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            USER.encode(),
            PASSWORD.encode(),
        )
        if ok:
            received.logins.append(USER)
        return AuthResult(success=ok, handled=False)

    return check


def certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate and key for 127.0.0.1 and localhost, in ``folder``."""
    openssl = binary("openssl", "/usr/bin/openssl")
    require(openssl, "openssl")
    assert openssl is not None
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


@contextlib.contextmanager
def smtp_server(folder: Path, *, implicit_tls: bool = False) -> Iterator[tuple[int, Path, Received]]:
    """An SMTP server on 127.0.0.1 requiring TLS and AUTH; yields its port, certificate and what it got."""
    cert, key = certificate(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    received = Received()
    options: dict[str, Any] = {"authenticator": _authenticate(received), "auth_required": True}
    if implicit_tls:
        # aiosmtpd does not see that a TLS listener's sessions are encrypted: let AUTH through.
        options.update(ssl_context=context, auth_require_tls=False)
    else:
        options.update(tls_context=context, require_starttls=True)
    port = free_port()
    controller = Controller(_Handler(received), hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield port, cert, received
    finally:
        controller.stop()
