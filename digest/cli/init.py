"""``digest init``: a commented starter config where ``digest compile`` looks, and how to schedule it."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from digest.cli.output import write_atomic
from digest.errors import OutputError

__all__ = ["starter_config", "write_starter"]

_TEMPLATE = """\
# digest config: `digest compile` with no INPUT reads this file ($DIGEST_CONFIG names another).
# Every key and table is described in docs/cron.md.

# Where last week's newsletters are: files, folders, globs, mbox or Maildir exports,
# or an IMAP folder ("imaps://me@imap.example.org/Newsletters", password from
# $DIGEST_IMAP_PASSWORD).
inputs = [{inputs}]

# Where each digest goes: {{year}}, {{week}}, {{since}}, {{until}} and {{ext}} are filled in.
output = "~/digests/{{year}}-W{{week}}.{{ext}}"

# The week a run covers: "last" for a Monday-morning job, or an ISO week ("2026-W06").
# A weekly run keeps a history, so next week's digest marks updates and skips repeats.
week = "last"

# format = "json"          # default: markdown
# state = "~/digest/history.sqlite"   # default: history.sqlite in the user data folder
# write_empty = true       # write a digest even for a week with no story

# [compose]
# preferred_sources = ["China Insights Weekly"]   # whose headline wins

# [sources."Daily Buzz"]
# priority = 1
"""

_SCHEDULE = """\
Schedule it every Monday at 07:00, either with cron (`crontab -e`):

  0 7 * * 1  {digest} compile --quiet

or with a systemd user timer: ~/.config/systemd/user/digest.service

  [Unit]
  Description=Weekly newsletter digest

  [Service]
  Type=oneshot
  ExecStart={digest} compile --quiet

and ~/.config/systemd/user/digest.timer, then `systemctl --user enable --now digest.timer`:

  [Unit]
  Description=Weekly newsletter digest, Mondays at 07:00

  [Timer]
  OnCalendar=Mon *-*-* 07:00
  Persistent=true

  [Install]
  WantedBy=timers.target
"""


def starter_config(inputs: Sequence[str]) -> str:
    """The commented starter config, reading ``inputs`` (a placeholder when none is given)."""
    names = [str(Path(i).expanduser().resolve()) if "://" not in i else i for i in inputs]
    listed = ", ".join(_toml_string(n) for n in names) or '"~/Mail/newsletters.mbox"'
    return _TEMPLATE.format(inputs=listed)


def write_starter(path: Path, inputs: Sequence[str]) -> str:
    """Write the starter config at ``path`` (never over an existing file); returns how to schedule it."""
    if path.exists():
        raise OutputError(f"{path}: a config is already there; edit it, or remove it to start again")
    write_atomic(str(path), starter_config(inputs))
    digest = shutil.which("digest") or f"{sys.executable} -m digest.cli.main"
    return _SCHEDULE.format(digest=digest)


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
