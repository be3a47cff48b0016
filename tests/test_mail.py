"""Mailing the digest through a real SMTP server on loopback: STARTTLS or TLS, AUTH, once per week."""

from __future__ import annotations

import datetime as dt
import email
import re
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from smtp_server import PASSWORD, USER, Received, smtp_server

from digest.cli.config import load_config
from digest.cli.main import main
from digest.deliver.mail import MailSettings, build_message
from digest.errors import SettingsError

WEEKS = Path(__file__).parent / "newsletters" / "weekly"
W05, W06 = WEEKS / "2026-W05", WEEKS / "2026-W06"
ENV = "DIGEST_TEST_SMTP_PASSWORD"


def _config(tmp_path: Path, port: int, cert: Path | None, *, scheme: str = "smtp+starttls") -> Path:
    ca = f'ca_file = "{cert}"\n' if cert is not None else ""
    config = tmp_path / "digest.toml"
    config.write_text(
        f'state = "{tmp_path / "history.sqlite"}"\n'
        f'output = "{tmp_path / "digest-{year}-W{week}.md"}"\n'
        "[mail]\n"
        'to = ["Reader One <one@example.org>", "two@example.org"]\n'
        'from = "Weekly Digest <digest@example.org>"\n'
        f'smtp = "{scheme}://127.0.0.1:{port}"\n'
        f'user = "{USER}"\n'
        f'password_env = "{ENV}"\n' + ca,
        encoding="utf-8",
    )
    return config


def _run(config: Path, folder: Path, week: str, *extra: str) -> int:
    return main(["compile", str(folder), "--config", str(config), "--week", week, *extra])


def _parsed(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def _without_date_and_id(raw: bytes) -> bytes:
    return re.sub(rb"(?im)^(Date|Message-ID): [^\r\n]*\r?\n", b"", raw)


def _check_secret_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, err = capsys.readouterr()
    assert PASSWORD not in out + err
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_weekly_run_mails_once_and_resends_on_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One multipart/alternative message per week; a re-run does not mail again unless --resend, and the
    resent message is the same bytes apart from Date and Message-ID. The password is nowhere."""
    monkeypatch.setenv(ENV, PASSWORD)
    with smtp_server(tmp_path) as (port, cert, received):
        config = _config(tmp_path, port, cert)
        assert _run(config, W06, "2026-W06") == 0
        assert len(received.messages) == 1
        assert received.logins == [USER]
        sender, recipients, raw = received.messages[0]
        assert (sender, recipients) == ("digest@example.org", ("one@example.org", "two@example.org"))
        message = _parsed(raw)
        assert message.get_content_type() == "multipart/alternative"
        parts = [part.get_content_type() for part in message.iter_parts()]
        assert parts == ["text/plain", "text/html"]
        assert "2026-W06" in str(message["Subject"])
        assert message["Message-ID"]
        assert message["Date"]
        text = message.get_body(("plain",))
        html = message.get_body(("html",))
        assert text is not None
        assert html is not None
        written = (tmp_path / "digest-2026-W06.md").read_text(encoding="utf-8")
        assert text.get_content().replace("\r\n", "\n") == written  # CRLF on the wire
        assert "<!DOCTYPE html>" in html.get_content()

        assert _run(config, W06, "2026-W06") == 0
        assert len(received.messages) == 1  # remembered: not mailed twice
        assert "--resend" in capsys.readouterr().err

        assert _run(config, W06, "2026-W06", "--resend") == 0
        assert len(received.messages) == 2
        first, second = (raw for _, _, raw in received.messages)
        assert first != second  # a new Date and Message-ID ...
        assert _without_date_and_id(first) == _without_date_and_id(second)  # ... and nothing else
    _check_secret_kept(tmp_path, capsys)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """smtps:// speaks TLS from the first byte, and logs in."""
    monkeypatch.setenv(ENV, PASSWORD)
    with smtp_server(tmp_path, implicit_tls=True) as (port, cert, received):
        config = _config(tmp_path, port, cert, scheme="smtps")
        assert _run(config, W05, "2026-W05", "-q") == 0
    assert len(received.messages) == 1
    assert received.logins == [USER]


def _fails(tmp_path: Path, capsys: pytest.CaptureFixture[str], config: Path, received: Received) -> str:
    """A failed send: exit 1, one line, the digest written and recorded, nothing received."""
    capsys.readouterr()
    assert _run(config, W06, "2026-W06", "-q") == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert err.startswith("digest: error: ")
    assert (tmp_path / "digest-2026-W06.md").is_file()
    assert received.messages == []
    assert PASSWORD not in err
    return err


def test_wrong_password_is_one_line_and_a_rerun_sends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refused login is one line and exit 1; the digest is still written, and the week is not
    remembered as mailed, so the next run (with the right password) mails it."""
    monkeypatch.setenv(ENV, PASSWORD + "-wrong")
    with smtp_server(tmp_path) as (port, cert, received):
        config = _config(tmp_path, port, cert)
        err = _fails(tmp_path, capsys, config, received)
        assert "535" in err
        assert PASSWORD + "-wrong" not in err
        monkeypatch.setenv(ENV, PASSWORD)
        assert _run(config, W06, "2026-W06", "-q") == 0
        assert len(received.messages) == 1


def test_certificates_are_verified_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without ca_file, a self-signed server is not trusted: nothing is sent, the password never leaves."""
    monkeypatch.setenv(ENV, PASSWORD)
    with smtp_server(tmp_path) as (port, _, received):
        err = _fails(tmp_path, capsys, _config(tmp_path, port, None), received)
        assert "certificate" in err.lower()
        assert received.logins == []


def test_unset_password_variable_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The environment variable the config names is missing: one line naming it."""
    monkeypatch.delenv(ENV, raising=False)
    with smtp_server(tmp_path) as (port, cert, received):
        err = _fails(tmp_path, capsys, _config(tmp_path, port, cert), received)
        assert ENV in err


def test_mail_to_needs_a_sender(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--mail-to without a From address in the config is a usage error, before anything is read."""
    out = tmp_path / "d.md"
    assert main(["compile", str(W06), "--no-state", "-q", "-o", str(out), "--mail-to", "a@example.org"]) == 2
    assert "from" in capsys.readouterr().err
    assert main(["compile", str(W06), "--no-state", "-q", "-o", str(out), "--mail-to", "not an address"]) == 2


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        ({"smtp": "smtp+starttls://bot:hunter2@mail.example.org"}, "no user or password in the URL"),
        ({"smtp": "ftp://mail.example.org"}, "expected smtp://"),
        ({"smtp": "smtp://mail.example.org", "user": "bot", "password_env": "X"}, "only sent over TLS"),
        ({"smtp": "smtps://mail.example.org", "user": "bot"}, "needs password_env or password_file"),
        ({"to": ("someone\r\nBcc: x@example.org",)}, "not an e-mail address"),
    ],
)
def test_mail_settings_refuse_unsafe_setups(settings: dict[str, object], problem: str) -> None:
    """Passwords in URLs or over plain SMTP, unknown schemes and header injection are refused, unquoted."""
    with pytest.raises(SettingsError, match=problem) as caught:
        MailSettings(**settings)  # type: ignore[arg-type]
    assert "hunter2" not in str(caught.value)


def test_password_file_and_config_errors(tmp_path: Path) -> None:
    """A [mail] key that does not exist names the file and the key."""
    config = tmp_path / "digest.toml"
    config.write_text('[mail]\nto = "a@example.org"\npassword = "x"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"\[mail\]: unknown key 'password'"):
        load_config(config)


def test_same_digest_same_message_bytes() -> None:
    """build_message: the same content and time give the same bytes apart from Message-ID."""
    now = dt.datetime(2026, 2, 9, 7, 0, tzinfo=dt.UTC)
    make = lambda: build_message(  # noqa: E731 - twice the same call
        subject="Digest", text="Hello ünïcode\n", html="<p>Hello</p>\n", sender="d@example.org",
        to=("a@example.org",), now=now,
    )  # fmt: skip
    first, second = make().as_bytes(), make().as_bytes()
    assert _without_date_and_id(first) == _without_date_and_id(second)
    assert b"Date: Mon, 09 Feb 2026 07:00:00 +0000" in first
