"""IMAP input against a real dovecot server on loopback: window, read-only, errors, the CLI."""

from __future__ import annotations

import datetime as dt
import imaplib
import json
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from imap_server import PASSWORD, USER, dovecot, imap_server
from servers import require

from digest import Settings, compile_digest
from digest.cli.main import main
from digest.errors import InputError
from digest.models import Document, Dropped
from digest.readers._imap import ImapSource, read_imap

WEEKS = Path(__file__).parent / "newsletters" / "weekly"
FOLDER = "Newsletters"


def _message(path: Path, sender: str, when: dt.datetime) -> bytes:
    """A newsletter file of the weekly set as the e-mail it arrived as."""
    text = path.read_text(encoding="utf-8").split("---", 2)[2].strip()
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "me@example.org"
    message["Subject"] = text.splitlines()[0].lstrip("# ")
    message["Date"] = format_datetime(when)
    message.set_content(text)
    return message.as_bytes()


@pytest.fixture(scope="module")
def server() -> Iterator[int]:
    require(dovecot(), "dovecot-imapd")
    with imap_server() as port:
        client = imaplib.IMAP4("127.0.0.1", port)
        client.login(USER, PASSWORD)
        client.create(FOLDER)
        deliveries = [
            (
                "2026-W05/auto-wire.md",
                "Auto Wire <news@autowire.example>",
                dt.datetime(2026, 1, 28, 7, 0, tzinfo=dt.UTC),
            ),
            (
                "2026-W06/auto-wire.md",
                "Auto Wire <news@autowire.example>",
                dt.datetime(2026, 2, 4, 7, 0, tzinfo=dt.UTC),
            ),
            (
                "2026-W06/china-markets.md",
                "China Markets Letter <cml@markets.example>",
                dt.datetime(2026, 2, 5, 7, tzinfo=dt.UTC),
            ),
        ]
        for name, sender, when in deliveries:
            data = _message(WEEKS / name, sender, when)
            status, _ = client.append(FOLDER, "", imaplib.Time2Internaldate(when), data)
            assert status == "OK"
        client.logout()
        yield port


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_IMAP_PASSWORD", PASSWORD)


def _url(port: int, folder: str = FOLDER) -> str:
    return f"imap://{USER}@127.0.0.1:{port}/{folder}"


@pytest.mark.usefixtures("password")
def test_reads_the_window_and_leaves_the_mailbox_untouched(server: int) -> None:
    items = list(read_imap(ImapSource(_url(server)), dt.date(2026, 2, 2), dt.date(2026, 2, 8)))
    assert all(isinstance(item, Document) for item in items)
    editions = [item.edition for item in items if isinstance(item, Document)]
    assert [(e.source, e.date) for e in editions] == [
        ("Auto Wire", dt.date(2026, 2, 4)),
        ("China Markets Letter", dt.date(2026, 2, 5)),
    ]
    assert editions[0].path == f"imap://127.0.0.1:{server}/{FOLDER};UID=2"  # no user in what is shown
    client = imaplib.IMAP4("127.0.0.1", server)
    client.login(USER, PASSWORD)
    client.select(FOLDER, readonly=True)
    status, unseen = client.search(None, "UNSEEN")
    client.logout()
    assert status == "OK"
    assert unseen[0].split() == [b"1", b"2", b"3"]  # nothing marked as read


@pytest.mark.usefixtures("password")
def test_compile_a_week_from_the_mailbox(server: int, tmp_path: Path) -> None:
    out = tmp_path / "w06.json"
    args = [
        "compile",
        _url(server),
        "--week",
        "2026-W06",
        "--no-state",
        "-q",
        "--format",
        "json",
        "-o",
        str(out),
    ]
    assert main(args) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    headlines = {c["headline"] for c in data["clusters"]}
    assert "Nio ET9 orders pass 25,000" in headlines
    assert "Nio opens orders for the ET9 flagship" not in headlines  # last week's mail is not fetched
    assert {e["format"] for e in data["editions"]} == {"imap"}


def test_password_from_a_file_named_in_the_config(server: int, tmp_path: Path) -> None:
    secret = tmp_path / "imap-password"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    config = tmp_path / "digest.toml"
    config.write_text(
        f'inputs = ["{_url(server)}"]\nweek = "2026-W05"\nstate = false\n'
        '[imap]\npassword_file = "imap-password"\n',
        encoding="utf-8",
    )
    out = tmp_path / "w05.md"
    assert main(["compile", "--config", str(config), "-q", "-o", str(out)]) == 0
    assert "Nio opens orders for the ET9 flagship" in out.read_text(encoding="utf-8")


@pytest.mark.usefixtures("password")
@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("imap://{user}@127.0.0.1:{port}/Nowhere", "no folder named 'Nowhere'"),
        ("imap://nobody-here@127.0.0.1:{port}/Newsletters", "login failed for nobody-here"),
        ("imap://{user}:pw@127.0.0.1:{port}/Newsletters", "not in the URL"),
        ("imap://{user}@example.org/Newsletters", "only allowed to this machine"),
        ("imap://127.0.0.1:{port}/Newsletters", "expected imaps://user@host"),
    ],
)
def test_mailbox_errors_are_one_line(server: int, url: str, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        list(read_imap(ImapSource(url.format(user=USER, port=server))))


def test_missing_password_and_closed_port(server: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIGEST_IMAP_PASSWORD", raising=False)
    with pytest.raises(InputError, match="no password: set DIGEST_IMAP_PASSWORD"):
        list(read_imap(ImapSource(_url(server))))
    monkeypatch.setenv("DIGEST_IMAP_PASSWORD", PASSWORD)
    with pytest.raises(InputError, match="cannot connect"):
        list(read_imap(ImapSource(f"imap://{USER}@127.0.0.1:1/{FOLDER}")))


@pytest.mark.usefixtures("password")
def test_unreachable_mailbox_is_recorded_unless_strict(server: int) -> None:
    url = f"imap://{USER}@127.0.0.1:1/{FOLDER}"
    digest = compile_digest([url, WEEKS / "2026-W06"], Settings())
    shown = f"imap://127.0.0.1:1/{FOLDER}"  # the ledger names the mailbox without its user
    assert any(d.path == shown and "cannot connect" in d.detail for d in digest.dropped)
    assert digest.stories
    with pytest.raises(InputError):
        compile_digest([url], Settings(), strict=True)
    assert not any(isinstance(d, Dropped) and d.path.startswith(_url(server)) for d in digest.dropped)
