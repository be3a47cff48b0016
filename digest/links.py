"""Links: unwrap tracking redirects, drop tracking parameters, canonicalise.

(Interface fixed; implementation in progress.)
"""

from __future__ import annotations


def canonical_url(url: str) -> str | None:
    """The canonical form of ``url``, or None when it is not an http(s) link.

    Tracking redirects whose target is inside the URL are unwrapped
    (``?url=``, ``?u=``, ``?target=``, base64 targets...); ``utm_*``, ``fbclid``,
    ``mc_eid`` and similar parameters are dropped; scheme and host are lowercased,
    default ports and fragments removed.
    """
    raise NotImplementedError
