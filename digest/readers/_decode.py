"""Bytes to text: declared charset first, then BOM, in-document declarations, UTF-8, detection."""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from collections import Counter

import charset_normalizer

from digest.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# WHATWG-style supersets: a label names the family, the superset decodes everything its members wrote.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
}

_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")

# Single-byte code pages charset-normalizer may pick for Western text that cp1252 reads as well.
_SINGLE_BYTE = re.compile(
    r"^(cp(?!9[3-5]\d)\d{3,4}|latin_\d+|iso8859_\d+|mac_\w+|koi8_\w+|kz1048|ptcp154|hp_roman8|tis_620)$"
)

#: Share of control/unassigned characters above which decoded "text" is binary data.
_MAX_JUNK_SHARE = 0.02
_BINARY_SAMPLE = 200_000
# Terminal controls (ESC, BEL, backspace) in a text are stripped, not taken as a sign of binary data.
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x00\x1b\x07\x08")
#: Unicode categories of characters no text is made of: controls, unassigned, private use, surrogates.
_JUNK_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
#: The ASCII controls outside ``_ALLOWED_CONTROLS`` (every ASCII junk character is one).
_ASCII_JUNK = re.compile("[\x01-\x06\x0e-\x1a\x1c-\x1f\x7f]")
_NOT_ASCII = re.compile("[^\x00-\x7f]")
#: Most accented letters a Western-language text has (French is near 4%, Czech near 15%).
_MAX_ACCENTED_SHARE = 0.3
_IN_WORD_PUNCTUATION = frozenset("\u2019\u2018\u2013\u2014\u2010\u2011\u00b7\u00ad")


def codec_name(label: str | None) -> str | None:
    """The Python codec for a declared charset label, widened to its superset; None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return _SUPERSETS.get(name, name)


def _try(data: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError):
        return None


def _bom_codec(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _in_document_codec(data: bytes) -> str | None:
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return codec_name(match.group(1).decode("ascii")) if match else None


def _detected(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    # Short Western text is often labelled cp437, cp1250 and the like; cp1252 wins when it reads it well.
    if best.encoding != "cp1252" and _SINGLE_BYTE.match(best.encoding):
        western = _try(data, "cp1252")
        if western is not None and _plausible_western(western):
            return western
        alt = charset_normalizer.from_bytes(data, cp_isolation=["cp1252"]).best()
        if alt is not None and alt.encoding == "cp1252" and alt.chaos <= best.chaos:
            return str(alt)
    return str(best)


def _plausible_western(text: str) -> bool:
    """Text that reads like a Western language: few accented letters, no symbols inside words."""
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if not ch.isascii())
    if not letters or accented > _MAX_ACCENTED_SHARE * len(letters):
        return False  # Cyrillic or Greek bytes read as Latin-1 are nearly all accented letters
    for i in range(1, len(text) - 1):
        ch = text[i]
        if ch.isascii() or ch.isalpha() or ch in _IN_WORD_PUNCTUATION:
            continue
        if text[i - 1].isalpha() and text[i + 1].isalpha():
            return False  # "M³ller": a symbol inside a word means the wrong code page
        if unicodedata.category(ch) in ("Cc", "So") and not 0x20AC <= ord(ch) <= 0x20CF:
            return False
    return True


def _looks_binary(text: str) -> bool:
    # A sample tells binary from text; scanning a 50 MB file character by character would not pay.
    text = text[:_BINARY_SAMPLE]
    if not text:
        return False
    # ASCII control characters by one pattern; each distinct other character looked up once.
    junk = len(_ASCII_JUNK.findall(text))
    for ch, count in Counter(_NOT_ASCII.findall(text)).items():
        if unicodedata.category(ch) in _JUNK_CATEGORIES:
            junk += count
    nuls = text.count("\x00")
    return junk > _MAX_JUNK_SHARE * len(text) or nuls > _MAX_JUNK_SHARE * len(text)


def _utf8_despite(declared: str | None, data: bytes) -> str | None:
    """UTF-8 when a legacy charset is declared but the bytes are valid multi-byte UTF-8.

    Multi-byte UTF-8 sequences almost never occur by chance in legacy encodings, while
    mislabelled UTF-8 mail is common; reading it as declared would garble every accent.
    """
    codec = codec_name(declared)
    if codec is None or codec.replace("_", "-").lower() in {"utf-8", "utf8", "ascii", "us-ascii"}:
        return None
    if data.isascii():
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def _legacy_byte(error: UnicodeError) -> tuple[str, int]:
    """Decode the byte UTF-8 could not read as Windows-1252 (Latin-1 where cp1252 has no character)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    byte = error.object[error.start : error.start + 1]
    try:
        char = byte.decode("cp1252")
    except UnicodeDecodeError:
        char = byte.decode("latin-1")
    return char, error.start + 1


codecs.register_error("digest-legacy-byte", _legacy_byte)


def _utf8_mixed(data: bytes) -> str | None:
    """A UTF-8 text with lines pasted in from a Windows-1252 one ("café" in UTF-8, then "cafés" and
    curly quotes as single bytes): each line in its own encoding. Read whole by a detector, one of
    the two parts would be garbled ("caf√©" as Mac Roman). Some line must be UTF-8 beyond ASCII and
    every other line must read as a Western language in cp1252 (GB18030 or Big5 text does not)."""
    utf8 = False
    for line in data.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            if not _plausible_western(line.decode("cp1252", errors="replace")):
                return None
    return data.decode("utf-8", errors="digest-legacy-byte") if utf8 else None


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode ``data`` read from ``path``; InputError when it is not text in any charset."""
    bom = _bom_codec(data)
    text = (
        _try(data, bom)
        or _try(data, _utf8_despite(declared, data))
        or _try(data, codec_name(declared))
        or _try(data, _in_document_codec(data))
        or _try(data, "utf-8")
    )
    if text is None:
        text = _utf8_mixed(data) or _detected(data)
    if text is None or _looks_binary(text):
        kind = binary_kind(data)
        raise InputError(
            path, f"{kind}, not text" if kind else "binary data, not text in any known character set"
        )
    return text


#: The first bytes of common binary formats a newsletter folder may hold by mistake.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, Excel or EPUB file)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def binary_kind(data: bytes) -> str | None:
    """What a binary file is, from its first bytes ("a PDF document"), when it is a common format."""
    return next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)


# Invisible padding, and the bidi embedding/override/isolate controls: in a digest they only
# reorder how the text around them is displayed (text spoofing); the bidi algorithm lays out
# Arabic and Hebrew text without them.
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u00ad\u034f\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# ZWJ/ZWNJ are kept inside emoji sequences and scripts that need them; dropped next to spaces/ASCII.
_LOOSE_JOINER = re.compile(
    r"(?<=[\s\x00-\x7f])[\u200c\u200d]+|[\u200c\u200d]+(?=[\s\x00-\x7f])|^[\u200c\u200d]+"
)


#: An invisible character written as a character reference ("&zwnj;", "&#8203;", "&#x34f;", "&shy;").
_INVISIBLE_REFERENCE = re.compile(
    r"&(?:zwnj|zwj|shy|#8203|#8204|#8205|#847|#173|#65279|#x200[bcd]|#x34f|#xad|#xfeff);", re.IGNORECASE
)


# C0 controls but tab and newline, DEL and C1: terminal escapes and bells, never text.
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_PAGE_BREAKS = re.compile("[\x0b\x0c]")


def strip_controls(text: str) -> str:
    """``text`` without terminal controls (ESC, BEL, C1...); vertical tab and form feed break lines."""
    if text.isprintable():
        return text
    return _TERMINAL_CONTROLS.sub("", _PAGE_BREAKS.sub("\n", text))


def clean_text(text: str) -> str:
    """Normalise newlines and drop NULs, terminal controls and invisible padding characters (also
    written as character references, "&zwnj;", as an e-mail's preview padding is when converted to
    Markdown)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = strip_controls(text)
    if "&" in text:
        text = _INVISIBLE_REFERENCE.sub(lambda m: html.unescape(m[0]), text)
    if text.isascii():
        return text  # the invisible characters below are all outside ASCII
    text = _ZERO_WIDTH.sub("", text)
    if "\u200c" not in text and "\u200d" not in text:
        return text  # every match of the joiner pattern is a joiner (its look-behind was tried everywhere)
    return _LOOSE_JOINER.sub("", text)
