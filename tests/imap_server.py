"""A real IMAP server (Debian's dovecot-imapd) on the loopback interface, for the IMAP tests."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from servers import binary, free_port, running

USER, PASSWORD = "reader", "s3cret-for-tests"

_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""


def dovecot() -> str | None:
    """The dovecot binary, if installed."""
    return binary("dovecot", "/usr/sbin/dovecot", "/usr/local/sbin/dovecot")


@contextlib.contextmanager
def imap_server() -> Iterator[int]:
    """Start dovecot in the foreground on a free loopback port; yields the port, stops it after."""
    program = dovecot()
    assert program is not None
    # Mail is owned by an unprivileged user: dovecot refuses to serve mail as root.
    owner = pwd.getpwnam("nobody") if os.getuid() == 0 else pwd.getpwuid(os.getuid())
    root = Path(tempfile.mkdtemp(prefix="digest-imap-"))
    root.chmod(0o755)
    for name in ("run", "state", "mail", "home"):
        (root / name).mkdir()
    for name in ("mail", "home"):
        os.chown(root / name, owner.pw_uid, owner.pw_gid)
    (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n", encoding="utf-8")
    port = free_port()
    conf = root / "dovecot.conf"
    conf.write_text(_CONF.format(root=root, uid=owner.pw_uid, gid=owner.pw_gid, port=port), encoding="utf-8")
    log = root / "dovecot.log"
    try:
        with running(
            [program, "-F", "-c", str(conf)],
            port,
            lambda: log.read_text(errors="replace") if log.exists() else "",
        ):
            yield port
    finally:
        shutil.rmtree(root, ignore_errors=True)
