"""The reader layer: the only place that touches input files.

``read_path(path, settings)`` yields, in a deterministic order, one item per
thing found:

- a :class:`~digest.models.Document` for each edition (a text/Markdown/HTML
  file, a message of an ``.eml``/mbox/Maildir, an entry of a feed), its body
  normalised to light Markdown for the splitter;
- a :class:`~digest.models.Story` for each JSON Lines record (ready-made);
- a :class:`~digest.models.Dropped` for anything unreadable inside a
  container (one bad message of an mbox), so the run goes on.

A whole file that cannot be read raises :class:`~digest.errors.InputError`
naming the file and the problem. Directories are walked recursively, in
sorted order. Format is detected from content, not only the extension.

Hidden files and folders are skipped, symbolic-link loops are followed once,
and a folder with ``cur``/``new``/``tmp`` is read as one Maildir. Inside a
directory an unreadable file becomes a :class:`~digest.models.Dropped` and the
walk goes on; a file named directly raises.
"""

from __future__ import annotations

from digest.readers._files import ReadJob, job_size, plan_path, read_job, read_jobs, read_path
from digest.readers._imap import is_imap_url
from digest.readers._inputs import check_input, is_local_input, read_input

__all__ = [
    "ReadJob",
    "check_input",
    "is_imap_url",
    "is_local_input",
    "job_size",
    "plan_path",
    "read_input",
    "read_job",
    "read_jobs",
    "read_path",
]
