"""Links: unwrap tracking redirects, drop tracking parameters, canonicalise.

Two links to the same article should compare equal after :func:`canonical_url`,
whichever newsletter's click tracker wrapped them. The functions are pure and
never raise on any string.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Sequence
from urllib.parse import SplitResult, unquote, urlsplit

__all__ = [
    "article_link",
    "canonical_url",
    "find_links",
    "is_bare_url",
    "is_front_page",
    "is_job_board",
    "is_media",
    "is_shop_page",
    "is_sign_up_page",
    "is_writer_page",
    "reader_marks",
    "redact",
    "shown_url",
    "without_marks",
]

#: Unwrapping rounds before giving up (trackers wrapping trackers).
_MAX_UNWRAP = 6

#: Query parameters whose value, when it is an absolute http(s) URL, is the real target.
_REDIRECT_KEYS = frozenset(
    {
        "url", "u", "q", "target", "target_url", "redirect", "redirect_url", "redirect_to", "redir",
        "dest", "destination", "dest_url", "link", "r", "to", "out", "goto", "href", "uri", "l",
    }
)  # fmt: skip

#: Path segments "key=value" whose value is the target.
_PATH_REDIRECT_KEYS = _REDIRECT_KEYS | {"ru"}

#: Query parameters that identify a reader, campaign or click, never the page.
_TRACKING_KEYS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "ttclid", "li_fat_id", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp",
        "hsctatracking", "mkt_tok", "igshid", "igsh", "s_cid", "cmpid", "cmp", "ncid", "ocid",
        "sr_share", "spm", "_ga", "_gl", "ck_subscriber_id", "_bhlid", "last_resource_guid",
        "_kx", "__s", "_branch_match_id", "_branch_referrer", "_openstat", "xtor", "smid", "smtyp",
        "ref_src", "ref_url", "referrer", "trk", "trkcampaign", "trackingid", "lipi", "mbid",
        "rss", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
        "wt.mc_id", "wt.mc_ev", "vero_conv", "vero_id", "oly_anon_id", "oly_enc_id", "ito",
        "elqtrackid", "elqtrack", "sc_cid", "icid", "sfmc_id", "sfmc_sub", "cid_tracking",
    }
)  # fmt: skip

#: An e-mail address as a query parameter's whole value (the subscriber a link was sent to).
_MAIL_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

#: Keys without "mail" in them whose e-mail address value is the reader's.
_READER_KEYS = frozenset(
    {"e", "em", "to", "recipient", "subscriber", "sub", "user", "uid", "contact", "address"}
)

#: Prefixes of tracking-parameter families (utm_source, pk_campaign, hsa_acc...).
_TRACKING_PREFIXES = ("utm_", "pk_", "piwik_", "mtm_", "matomo_", "hsa_", "oly_", "vero_", "stm_")

#: Per-site share and referral parameters that are tracking only on that site.
_SITE_TRACKING: tuple[tuple[str, frozenset[str]], ...] = (
    ("twitter.com", frozenset({"s", "t", "ref_src", "ref_url"})),
    ("x.com", frozenset({"s", "t"})),
    ("youtube.com", frozenset({"si", "feature", "pp"})),
    ("youtu.be", frozenset({"si", "feature"})),
    ("spotify.com", frozenset({"si", "nd"})),
    ("instagram.com", frozenset({"igsh", "igshid", "img_index"})),
    ("linkedin.com", frozenset({"trk", "trackingid", "lipi", "midtoken", "midsig", "trkemail", "eid"})),
    ("substack.com", frozenset({"r", "triedredirect", "isfreemail", "publication_id", "post_id",
                                "showwelcomeonshare", "token", "utm_campaign"})),
    ("medium.com", frozenset({"source", "sk"})),
    ("reddit.com", frozenset({"share_id", "utm_name", "rdt"})),
    ("tiktok.com", frozenset({"is_from_webapp", "sender_device", "_r", "_t"})),
    # A share's token and referral marks: the sharer's, never the article's.
    ("wsj.com", frozenset({"st", "reflink", "mod"})),
    ("bloomberg.com", frozenset({"accesstoken", "sref", "leadsource", "srnd", "cmpid"})),
)  # fmt: skip

#: Sites where ``ref`` names a branch or tag, not a referrer.
_REF_IS_CONTENT = ("github.com", "gitlab.com", "bitbucket.org", "githubusercontent.com")

_DEFAULT_PORTS = {"http": 80, "https": 443}
_HOST_OK = re.compile(r"^(?:[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$")
_IPV6_OK = re.compile(r"^\[[0-9a-f:.]+\]$")
_ABSOLUTE = re.compile(r"^https?://[^/?#\s]", re.IGNORECASE)
_BASE64_SEGMENT = re.compile(r"^[A-Za-z0-9_+\-/]{12,}={0,2}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")
#: Characters left as they are in a path or query; anything else is percent-encoded.
_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?%")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

#: An http(s) URL in running text: ASCII URL characters only, so CJK punctuation ends it.
_URL_IN_TEXT = re.compile(r"(?<![A-Za-z0-9_@])https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+", re.IGNORECASE)
_TRAILING = ".,;:!?'\"*_"
#: A Markdown link's address, brackets inside it balanced ("(https://x.org/Foo_(bar))"), as group 1.
_MARKDOWN_TARGET = re.compile(r"\]\((https?://[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)\)", re.IGNORECASE)


def _normalise_escapes(part: str) -> str:
    """Percent-encode unsafe characters, upper-case escapes, decode needless ones.

    Applying it twice gives the same result, so canonical URLs are stable.
    """

    def fix(m: re.Match[str]) -> str:
        char = chr(int(m[1], 16))
        return char if char in _UNRESERVED else "%" + m[1].upper()

    out: list[str] = []
    for i, char in enumerate(part):
        if char == "%" and not re.match(r"[0-9A-Fa-f]{2}", part[i + 1 : i + 3]):
            out.append("%25")  # a stray percent sign stands for itself
        elif char in _SAFE:
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
    return _PERCENT.sub(fix, "".join(out))


def _as_target(value: str) -> str | None:
    """``value`` as an absolute http(s) URL when it plainly or after decoding is one."""
    candidate = value.strip()
    for _ in range(5):
        if _ABSOLUTE.match(candidate):
            return candidate
        decoded = unquote(candidate).strip()
        if decoded == candidate:
            break
        candidate = decoded
    return _from_base64(candidate)


def _from_base64(value: str) -> str | None:
    """The URL a base64 or base64url token encodes, plainly or in a JSON payload."""
    token = value.strip()
    # A signed payload ("<base64>.<signature>", as Substack sends) keeps the URL in its first part.
    candidates = [token, token.partition(".")[0]]
    if token.startswith("a1"):
        candidates.append(token[2:])  # Bing's click links prefix the base64 target with "a1"
    for candidate in candidates:
        text = _b64_text(candidate)
        if text is None:
            continue
        if _ABSOLUTE.match(text):
            first = text.split()[0]
            return first if first.isprintable() else None
        if text.startswith("{"):
            return _url_in_json(text)
    return None


def _b64_text(token: str) -> str | None:
    """The UTF-8 text a base64 or base64url token decodes to, if any."""
    if not _BASE64_SEGMENT.match(token):
        return None
    token = token.rstrip("=")
    padded = token + "=" * (-len(token) % 4)
    for decode in (base64.urlsafe_b64decode, base64.b64decode):
        try:
            return decode(padded.encode("ascii")).decode("utf-8")
        except (binascii.Error, ValueError):
            continue
    return None


def _url_in_json(text: str) -> str | None:
    """The first absolute http(s) URL among the top-level values of a JSON object."""
    try:
        payload = json.loads(text)
    except ValueError:
        return None
    if not isinstance(payload, dict):
        return None
    for item in payload.values():
        if isinstance(item, str) and _ABSOLUTE.match(item) and item.isprintable():
            return item
    return None


def _amp_target(host: str, path: str) -> str | None:
    """The publisher's page behind a Google AMP viewer or AMP cache address."""
    if host.startswith(("google.", "www.google.")) and path.startswith("/amp/s/"):
        return "https://" + path[len("/amp/s/") :]
    if host.endswith(".cdn.ampproject.org"):
        m = re.match(r"^/[cv]/(s/)?([^/]+\.[^/]+/.*)$", path)
        if m:
            return ("https://" if m[1] else "http://") + m[2]
    return None


def _embedded_target(parts: SplitResult, host: str) -> str | None:
    """The destination a tracking link carries in its query or path, if any."""
    for piece in parts.query.split("&"):
        key, sep, value = piece.partition("=")
        if sep and unquote(key).lower() in _REDIRECT_KEYS:
            target = _as_target(value)
            if target is not None:
                return target
    amp = _amp_target(host, parts.path)
    if amp is not None:
        return amp
    for segment in parts.path.split("/"):
        # Plain "https://" inside a path (web archives) is a page address, not a redirect.
        if "%" not in segment and len(segment) < 12:
            continue
        target = _as_target(segment)
        key, sep, value = segment.partition("=")
        if target is None and sep and key.lower() in _PATH_REDIRECT_KEYS:
            target = _as_target(value)  # Yahoo's ".../RU=https%3a%2f%2f.../RK=2"
        if target is not None:
            return target
    return None


def _is_tracking(key: str, value: str, host: str) -> bool:
    """Whether a query parameter only tracks the click or the reader.

    An e-mail address under a key that names a person ("?email=reader@example.com", ``e``,
    ``recipient``) is the subscriber the newsletter was sent to: never the page, and never to be
    printed in a digest. (A calendar's ``src=...@group.calendar.google.com`` is the page's.)
    """
    name = unquote(key).lower()
    if name in _TRACKING_KEYS or name.startswith(_TRACKING_PREFIXES):
        return True
    if (
        ("mail" in name or name in _READER_KEYS)
        and ("@" in value or "%40" in value)
        and _MAIL_ADDRESS.fullmatch(unquote(value).strip())
    ):
        return True
    if name == "ref":
        return not _on_site(host, _REF_IS_CONTENT) and "/" not in unquote(value)
    return any(name in keys for site, keys in _SITE_TRACKING if _on_site(host, (site,)))


def _on_site(host: str, sites: tuple[str, ...]) -> bool:
    """Whether ``host`` is one of ``sites`` or a subdomain of one."""
    return any(host == site or host.endswith("." + site) for site in sites)


def _host_part(netloc: str) -> str:
    """The host of a netloc, without user information and port."""
    host = netloc.rpartition("@")[2]
    return host[: host.find("]") + 1] if host.startswith("[") else host.partition(":")[0]


def _clean_host(netloc_host: str) -> str | None:
    """The lower-case ASCII host, or None when it is not a usable host name."""
    host = netloc_host.strip().lower().rstrip(".")
    if _IPV6_OK.match(host):
        return host
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    if not _HOST_OK.match(host):
        return None
    if "." not in host and host != "localhost":
        return None
    return host


def _canonical_once(url: str) -> tuple[str | None, str | None]:
    """(canonical form, embedded redirect target) of one URL; None when unusable."""
    url = url.strip()
    if _CONTROL.search(url):
        return None, None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None, None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.netloc:
        return None, None
    host = _clean_host(_host_part(parts.netloc))
    if host is None:
        return None, None
    target = _embedded_target(parts, host)
    netloc = host if port is None or port == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    path = _normalise_escapes(parts.path) or "/"
    kept = [
        _normalise_escapes(piece)
        # "&amp;" is an ampersand escaped for HTML that a capture kept: the separator it stands for.
        for piece in parts.query.replace("&amp;", "&").split("&")
        if piece and not _is_tracking(piece.partition("=")[0], piece.partition("=")[2], host)
    ]
    query = "?" + "&".join(kept) if kept else ""
    # Hash-bang fragments are routes of single-page sites, so they name the page.
    fragment = "#" + _normalise_escapes(parts.fragment) if parts.fragment.startswith("!") else ""
    return f"{scheme}://{netloc}{path}{query}{fragment}", target


def canonical_url(url: str) -> str | None:
    """The canonical form of ``url``, or None when it is not an http(s) link.

    Tracking redirects whose target is inside the URL are unwrapped
    (``?url=``, ``?u=``, ``?target=``, base64 targets...); ``utm_*``, ``fbclid``,
    ``mc_eid`` and similar parameters are dropped; scheme and host are lowercased,
    default ports and fragments removed.
    """
    if not isinstance(url, str):
        return None
    current = url
    best: str | None = None
    for _ in range(_MAX_UNWRAP):
        canonical, target = _canonical_once(current)
        if canonical is None:
            return best
        best = canonical
        if target is None:
            break
        current = target
    if best is not None and best != url:
        # One more pass so that canonical_url(canonical_url(x)) == canonical_url(x).
        again, target = _canonical_once(best)
        if target is None and again is not None:
            return again
    return best


def _trim(url: str) -> str:
    """``url`` without the punctuation and unbalanced brackets that end its sentence."""
    while url and (url[-1] in _TRAILING or _unbalanced_close(url)):
        url = url[:-1]
    return url


def _unbalanced_close(url: str) -> bool:
    """Whether ``url`` ends with a bracket it never opened, as in "(see https://x.org)"."""
    pairs = {")": "(", "]": "["}
    last = url[-1]
    return last in pairs and url.count(pairs[last]) < url.count(last)


def find_links(text: str) -> list[str]:
    """Canonical URLs in ``text``, in order of appearance, without repeats.

    Finds Markdown ``[text](url)``, ``<url>`` and bare URLs; non-http(s) links
    are ignored.
    """
    seen: set[str] = set()
    links: list[str] = []
    # "[https://x.org/a](https://x.org/a)": a link whose label is its own URL; the label ends at "]".
    # A Markdown link's address ends at its closing bracket, whatever follows it unspaced
    # ("[struck by it](https://x.org/a)I hear ..." in text converted from HTML).
    if "](" in text:
        text = _MARKDOWN_TARGET.sub(r"] (\1) ", text)
    for m in _URL_IN_TEXT.finditer(text.replace("](", "] (")):
        canonical = canonical_url(_trim(m.group()))
        if canonical is not None and canonical not in seen:
            seen.add(canonical)
            links.append(canonical)
    return links


#: File types a link opens as a picture, a clip or a sound, not as an article to read.
_MEDIA = re.compile(
    r"\.(?:png|jpe?g|gif|webp|svg|bmp|heic|avif|mp4|mov|webm|m4v|mp3|m4a|wav|ogg)$", re.IGNORECASE
)


def is_media(url: str) -> bool:
    """Whether ``url`` is a picture, clip or sound file (its path's extension), not a page.

    An item whose only link in its text is a screenshot attachment is not *about* that
    screenshot: its headline should not send a reader to it.
    """
    return _MEDIA.search(urlsplit(url).path) is not None


def is_front_page(url: str) -> bool:
    """Whether ``url`` is a web site's front page ("https://www.bloomberg.com/", "http://ereader.wsj.net"):
    no path and no query (a front page with a query may be a post: "https://example.com/?p=123")."""
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and parts.path in {"", "/"} and not parts.query


def article_link(links: Sequence[str]) -> str | None:
    """The first of ``links`` that is an article's page: not a media file, not a writer's page (None if
    there is none)."""
    return next((link for link in links if not is_media(link) and not is_writer_page(link)), None)


#: The first path segment of a job board's or a careers section's page ("/jobs/", "/job/37979437/...",
#: "/careers", "/career-resources").
_JOB_SEGMENTS = frozenset({"job", "jobs", "careers", "career", "career-resources", "vacancies", "openings"})
#: The first label of a job board's host ("jobs.chronicle.com", "careers.example.com").
_JOB_HOSTS = frozenset({"jobs", "careers", "career"})


def is_job_board(url: str) -> bool:
    """Whether ``url`` is a job board's or a careers section's page ("jobs.example.com/job/3797/dean",
    "example.com/careers", "example.com/career-resources"): where a job listing or a publication's
    careers promotion sends its reader, never a report's article."""
    host = urlsplit(url).netloc.casefold().removeprefix("www.")
    return host.split(".", 1)[0] in _JOB_HOSTS or next(iter(_segments(url)), "") in _JOB_SEGMENTS


#: The first label of a shop's host ("store.example.com", "shop.example.com").
_SHOP_HOSTS = frozenset({"store", "shop"})


def is_shop_page(url: str) -> bool:
    """Whether ``url`` is a page of a shop ("store.example.com/products/research-funds-report",
    "shop.example.com/...", "example.myshopify.com/..."): where a publication's store box sends its
    reader to buy a report, a book or merchandise, never a report's article."""
    host = urlsplit(url).netloc.casefold().removeprefix("www.")
    return host.split(".", 1)[0] in _SHOP_HOSTS or host.endswith(".myshopify.com")


#: Path segments naming a writer's page on a publication's site ("/author/david-a-graham/").
_WRITER_SEGMENTS = frozenset({"author", "authors", "writer", "writers", "contributor", "contributors"})


def is_writer_page(url: str) -> bool:
    """Whether ``url`` is a writer's page on a publication's site ("theatlantic.com/author/will-gottsegen/",
    "example.com/authors/ana-ruiz/page/2"): a byline's link, which every article of the writer carries,
    never the article itself. The writer's name is the path's last part, or comes before a page number;
    an article filed under its writer's name ("example.com/author/ana-ruiz/2026/04/27/pier-vote") and
    a post on a social network's profile ("bsky.app/profile/ana.bsky.social/post/3mk...") are pages of
    their own."""
    segments = _segments(url)
    for k, segment in enumerate(segments):
        if segment in _WRITER_SEGMENTS:
            rest = segments[k + 1 :]
            paged = len(rest) == 3 and rest[1] == "page" and rest[2].isdigit()
            return (len(rest) == 1 or paged) and not any(ch.isdigit() for ch in rest[0])
    return False


#: Path segments naming a newsletter's sign-up or subscription page.
_SIGN_UP_SEGMENTS = frozenset({
    "newsletter", "newsletters", "subscribe", "subscription", "subscriptions", "signup", "sign-up",
})  # fmt: skip
#: Most path segments after a sign-up segment: a page per newsletter ("/account/newsletters/markets-daily").
_SIGN_UP_DEPTH = 2


def _segments(url: str) -> list[str]:
    """The non-empty parts of ``url``'s path, case folded ("/Author/ana-ruiz/" -> ["author", "ana-ruiz"])."""
    return [part for part in urlsplit(url).path.casefold().split("/") if part]


def is_sign_up_page(url: str) -> bool:
    """Whether ``url`` is a newsletter's sign-up page: a path segment naming newsletters or a
    subscription, then at most two segments with no digit ("example.com/account/newsletters/markets-daily",
    "example.com/newsletters", "x.substack.com/subscribe"), never an article of a newsletter, whose
    path carries its date or number ("example.com/news/newsletters/2026-04-26/rates-rise")."""
    segments = _segments(url)
    for k, segment in enumerate(segments):
        if segment in _SIGN_UP_SEGMENTS:
            rest = segments[k + 1 :]
            return len(rest) <= _SIGN_UP_DEPTH and not any(ch.isdigit() for part in rest for ch in part)
    return False


_USERINFO = re.compile(r"\b([a-z][a-z0-9+.\-]*://)[^/?#@\s]*@", re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with the user and password of each URL in it removed (``imaps://me:pw@h`` -> ``imaps://h``).

    Every URL the program shows (messages, progress, edition paths) goes through this.
    """
    return _USERINFO.sub(r"\1", text) if "@" in text else text


_LINK_SCHEMES = ("http://", "https://", "mailto:")


def shown_url(url: str | None) -> str | None:
    """``url`` when it may be shown as a link (http, https or mailto, no spaces or controls), else None.

    The one URL policy of every output: ``javascript:``, ``data:`` and the like never pass.
    """
    if not url:
        return None
    candidate = url.strip()
    if not candidate.lower().startswith(_LINK_SCHEMES) or _SPACE_OR_CONTROL.search(candidate):
        return None
    return candidate


#: What a shown URL may not hold: a space (what ``str.isspace`` calls one) or a control character;
#: one search instead of a test per character (a run shows every story's links).
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f]")


_BARE = re.compile(r"\s*<?https?://\S+>?\s*", re.IGNORECASE)


def is_bare_url(text: str) -> bool:
    """Whether ``text`` is one http(s) URL and nothing else (``<`` ``>`` around it allowed)."""
    return _BARE.fullmatch(text) is not None


#: A query value that identifies someone, not a page: a dozen letters and digits or more, with both,
#: and nothing that would make it a word, a path or a date ("cee68ef49e1e07dda471dbc72a2057c6").
_OPAQUE = re.compile(r"(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{12,}")
#: Fewest distinct pages of one edition a parameter must be on, the same value each time, to mark
#: its reader rather than any page.
_MARKED_PAGES = 3


def _query_pairs(query: str) -> list[tuple[str, str]]:
    pairs = (piece.partition("=") for piece in query.split("&"))
    return [(key, value) for key, equals, value in pairs if equals]


def reader_marks(urls: Iterable[str]) -> frozenset[tuple[str, str]]:
    """The query parameters that mark the reader an edition was sent to, not a page.

    A newsletter writes its subscriber's id into every link it sends (``?ueid=cee68ef4...``,
    ``&bxid=682e81e5...``): the same opaque value under the same key on links to different pages.
    A parameter on at least three distinct pages (host and path) of one edition, with one value
    that is an opaque id, is such a mark, whatever its name; a page's own parameters differ from
    page to page, and a word ("?lang=en") is no id.
    """
    pages: dict[tuple[str, str], set[str]] = {}
    for url in set(urls):
        parts = urlsplit(url)
        page = f"{parts.netloc}{parts.path}"
        for key, value in _query_pairs(parts.query):
            if _OPAQUE.fullmatch(value):
                pages.setdefault((key, value), set()).add(page)
    return frozenset(pair for pair, found in pages.items() if len(found) >= _MARKED_PAGES)


def without_marks(url: str, marks: frozenset[tuple[str, str]]) -> str:
    """``url`` without the query parameters in ``marks`` (see :func:`reader_marks`)."""
    if not marks or "?" not in url:
        return url
    parts = urlsplit(url)
    kept = [piece for piece in parts.query.split("&") if piece.partition("=")[::2] not in marks]
    return parts._replace(query="&".join(kept)).geturl()
