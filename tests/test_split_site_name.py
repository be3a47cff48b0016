"""A blog's e-mail printing its site's name, linked, over the post's title at the top ("Tidewatch
[link]" over "Tide gauges go online [link]"): the publication's name in the masthead, never a
story of its own. Minimal synthetic reproducers, never a real text."""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories

POST = """\
---
newsletter: ana-ruiz
newsletter_name: "Ana Ruiz"
subject: "Tide gauges go online"
date: Tue, 28 Apr 2026 00:29:12 +0000
---

# Tide gauges go online

**From:** Ana Ruiz <ana@tidewatch.example>
**Date:** Tue, 28 Apr 2026 00:29:12 +0000
**Source:** [View original](https://tidewatch.example/r/0)

---

Tidewatch [https://tidewatch.example/r/1]

Tide gauges go online [https://tidewatch.example/r/2]

The harbour's tide gauges now report every minute. PLUS: ferry fares rise again

By Ana Ruiz • 27 Apr 2026

View in browser [https://tidewatch.example/r/3]

The harbour's twelve tide gauges went online on Monday, reporting the water's height every minute to
a public page that skippers can read from their phones.

The harbour master said the printed tables would be kept for a year.
"""


def test_the_sites_name_over_the_posts_title_is_no_story(tmp_path: Path) -> None:
    path = tmp_path / "ana-ruiz-2026-04-28-tide-gauges-go-online.md"
    path.write_text(POST, encoding="utf-8")
    reading = read_stories([str(path)])
    titles = [s.title for s in reading.stories]
    assert "Tidewatch" not in titles
    assert "Tide gauges go online" in titles
    assert any(d.text.startswith("Tidewatch") for d in reading.dropped)
