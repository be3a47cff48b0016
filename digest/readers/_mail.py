"""Email editions: a single ``.eml`` message, an mbox file, a Maildir folder."""

from __future__ import annotations

import email.errors
import email.utils
import mailbox
import re
from collections.abc import Callable, Iterator
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from pathlib import Path

from digest.errors import InputError
from digest.models import Document, Dropped, DropReason, Edition, Format
from digest.readers._decode import clean_text, decode
from digest.readers._detect import headers_end
from digest.readers._html import parse_html
from digest.readers._meta import clean_name, sender_name, source_from_title
from digest.readers._references import inline_references

# The stdlib header parser still raises these on some malformed headers instead of recording a defect.
MAIL_ERRORS = (
    email.errors.MessageError,
    ValueError,
    LookupError,
    TypeError,
    AttributeError,
    UnicodeError,
)
_MBOXRD_QUOTED = re.compile(rb"^>(>*From )", re.MULTILINE)
_LIST_ID = re.compile(r"^\s*(.*?)\s*<[^>]*>\s*$")
_STRUCTURE = re.compile(r"^#{1,6} |\]\(|\n\n", re.MULTILINE)
#: The first tag of an HTML document or fragment, after blank space, a doctype or comments.
_HTML_START = re.compile(
    r"\A(?:\s+|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:html|head|body|table|div|center|p|meta|style)[\s>/]",
    re.DOTALL | re.IGNORECASE,
)


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message.get(name)
    except MAIL_ERRORS:
        return None
    return str(value) if value is not None else None


def _source(message: EmailMessage, subject: str | None) -> str | None:
    sender = _header(message, "From")
    if sender:
        name, _address = email.utils.parseaddr(sender)
        if sender_name(name):
            return sender_name(name)
    list_id = _header(message, "List-Id")
    if list_id:
        match = _LIST_ID.match(list_id)
        if match and clean_name(match.group(1)):
            return clean_name(match.group(1))
    return source_from_title(subject)


def _unflow(text: str, delsp: bool) -> str:
    """Undo RFC 3676 format=flowed soft line breaks (a line ending in a space continues)."""
    out: list[str] = []
    joining = False
    for raw in text.split("\n"):
        line = raw[1:] if raw.startswith(" ") else raw
        if joining and out:
            out[-1] += line
        else:
            out.append(line)
        joining = line.endswith(" ") and line != "-- "
        if joining and delsp:
            out[-1] = out[-1][:-1]
    return "\n".join(out)


def _part_text(part: MIMEPart, path: str) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    text = clean_text(decode(data, path, part.get_content_charset())) if data else ""
    if part.get_content_subtype() == "plain" and str(part.get_param("format") or "").lower() == "flowed":
        text = _unflow(text, delsp=str(part.get_param("delsp") or "").lower() == "yes")
    return text


def _unparted_body(message: EmailMessage, path: str) -> str:
    """The text of a message declared multipart whose body never opens its boundary (an export
    that kept the headers and one flattened part): the payload is the message's one text, HTML
    when it opens with an HTML tag, else plain text."""
    payload = message.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    text = clean_text(decode(data, path, message.get_content_charset())) if data else ""
    if not text.strip():
        raise InputError(path, "message has no text or HTML part")
    if _HTML_START.match(text):
        return clean_text(parse_html(text).markdown)
    return inline_references(text)


def _is_unparted(message: EmailMessage) -> bool:
    return message.get_content_maintype() == "multipart" and any(
        isinstance(defect, email.errors.StartBoundaryNotFoundDefect) for defect in message.defects
    )


def _body(message: EmailMessage, path: str) -> str:
    html_part = message.get_body(preferencelist=("html",))
    plain_part = message.get_body(preferencelist=("plain",))
    if html_part is None and plain_part is None:
        if _is_unparted(message):
            return _unparted_body(message, path)
        raise InputError(path, "message has no text or HTML part")
    plain = inline_references(_part_text(plain_part, path)) if plain_part is not None else ""
    html = parse_html(_part_text(html_part, path)).markdown if html_part is not None else ""
    # The HTML part wins only when it carries more structure (headings, links, paragraphs).
    if html and (not plain.strip() or len(_STRUCTURE.findall(html)) > len(_STRUCTURE.findall(plain))):
        return clean_text(html)
    return plain


def read_message(data: bytes, path: str, fmt: Format, position: int = 0) -> Iterator[Document | Dropped]:
    """One edition from the raw bytes of an RFC 822 message; before it, when the message is cut
    short (headers that never end, a multipart without its closing boundary), a ledger entry: the
    edition is read as far as it goes, and a ``--strict`` run stops."""
    document, cut = _message(data, path, fmt, position)
    if cut:
        which = f"message {position + 1}: " if fmt is Format.MBOX else ""
        yield Dropped(
            path=path,
            reason=DropReason.UNREADABLE,
            detail=f"{which}the message is cut short (its headers or MIME parts do not end); read as far as"
            " it goes",
            source=document.edition.source,
            position=position,
        )
    yield document


def _message(data: bytes, path: str, fmt: Format, position: int) -> tuple[Document, bool]:
    try:
        message = BytesParser(_class=EmailMessage, policy=policy.default).parsebytes(data)
        subject = clean_name(_header(message, "Subject"))
        raw_date = _header(message, "Date")
        date = None
        if raw_date:
            try:
                date = email.utils.parsedate_to_datetime(raw_date).date()
            except (TypeError, ValueError, IndexError, OverflowError):
                date = None
        edition = Edition(
            path=path,
            format=fmt,
            source=_source(message, subject),
            date=date,
            title=subject,
            position=position,
        )
        # Cut short: a multipart without its closing boundary, or headers that never end.
        cut = not headers_end(data) or any(
            isinstance(defect, email.errors.CloseBoundaryNotFoundDefect)
            for part in message.walk()
            for defect in part.defects
        )
        return Document(edition=edition, body=_body(message, path)), cut
    except InputError:
        raise
    except MAIL_ERRORS as exc:
        raise InputError(path, f"malformed email message ({type(exc).__name__}: {exc})") from None


def _dropped(path: str, position: int, problem: str) -> Dropped:
    return Dropped(
        path=path,
        reason=DropReason.UNREADABLE,
        detail=f"message {position + 1}: {problem}",
        position=position,
    )


def read_mbox(path: str) -> Iterator[Document | Dropped]:
    """Each message of an mbox file, in file order; a bad message becomes a Dropped."""
    try:
        box = mailbox.mbox(path, create=False)
        keys = list(box.iterkeys())
    except (OSError, mailbox.Error) as exc:
        raise InputError(path, f"cannot read mbox ({exc})") from None
    try:
        for position, key in enumerate(keys):
            try:
                raw = _MBOXRD_QUOTED.sub(rb"\1", box.get_bytes(key))
                yield from read_message(raw, path, Format.MBOX, position)
            except InputError as exc:
                yield _dropped(path, position, exc.problem)
            except (OSError, mailbox.Error, *MAIL_ERRORS) as exc:
                yield _dropped(path, position, f"{type(exc).__name__}: {exc}")
    finally:
        box.close()


def is_maildir(folder: Path) -> bool:
    """A folder with at least two of ``cur``/``new``/``tmp`` (git drops empty ones), one of them cur/new."""
    present = {name for name in ("cur", "new", "tmp") if (folder / name).is_dir()}
    return len(present) >= 2 and bool(present & {"cur", "new"})


def is_tmp_only_maildir(folder: Path) -> bool:
    """A Maildir left with only its ``tmp`` folder (no ``cur``/``new``, nothing else): what ``tmp``
    holds is mail still being delivered, which no Maildir reader reads."""
    try:
        names = {entry.name for entry in folder.iterdir() if not entry.name.startswith(".")}
    except OSError:
        return False
    return names == {"tmp"} and (folder / "tmp").is_dir()


def read_maildir(folder: Path, read_bytes: Callable[[Path], bytes]) -> Iterator[Document | Dropped]:
    """Each message of a Maildir (``cur`` and ``new``), sorted by file name for determinism."""
    files = [
        entry
        for sub in ("cur", "new")
        if (folder / sub).is_dir()
        for entry in (folder / sub).iterdir()
        if not entry.name.startswith(".") and entry.is_file()
    ]
    files.sort(key=lambda entry: (entry.name, entry.parent.name))
    for position, entry in enumerate(files):
        try:
            yield from read_message(read_bytes(entry), str(entry), Format.MAILDIR, position)
        except InputError as exc:
            yield _dropped(str(entry), position, exc.problem)
