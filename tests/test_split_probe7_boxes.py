"""Plain-text mail magazines: titles boxed between separator lines, CJK text wrapped by hand.

Japanese mail magazines print each story's title between two lines of box-drawing
marks ("────" above and below), wrap their paragraphs near one width with no space
to tell a continuation by, list the stories in a numbered contents box, and print an
ad as one more numbered box with a "【PR】" mark and a call to action over its address.
"""

from __future__ import annotations

from digest.models import DropReason
from digest.split.blocks import Kind, parse_blocks
from tests.test_split_layouts import split_text, titles

_RULE = "─" * 30
_EDITION = f"""\
{"━" * 30}
　港湾ニュース　2026年4月2日号
{"━" * 30}

※このメールは配信登録をいただいた方にお送りしています。

■ 目次
　1. 横浜港、自動運転トラックの実証を開始
　2. 【PR】物流管理なら「ハコブ」
　3. 神戸港のコンテナ取扱量が過去最高

{_RULE}
■1. 横浜港、自動運転トラックの実証を開始
{_RULE}
横浜市は1日、本牧ふ頭で自動運転トラックによるコンテナ輸送の実証実験を
始めたと発表した。期間は6月末までで、夜間の無人走行も試す。

▼詳しくはこちら
https://port.example.jp/news/yokohama-trucks

{_RULE}
■2. 【PR】物流管理なら「ハコブ」
{_RULE}
配送の手配から請求までをひとつの画面で。いまなら3か月無料です。

▼無料で試す
https://hakobu.example.jp/?utm_source=port

{_RULE}
■3. 神戸港のコンテナ取扱量が過去最高
{_RULE}
神戸港の2025年のコンテナ取扱量は前年比4%増の300万個となり、
過去最高を更新した。

Copyright (C) 2026 Port News Inc. 無断転載を禁じます。
"""


def test_boxed_titles_head_their_text_and_the_ad_box_is_dropped_whole() -> None:
    """Each boxed title is a story with its wrapped paragraph joined and its link; the numbered
    contents, the ad box with its call to action, and the Japanese footer lines are chrome."""
    split = split_text(_EDITION, path="port-news.txt")
    assert titles(split) == ["横浜港、自動運転トラックの実証を開始", "神戸港のコンテナ取扱量が過去最高"]
    first, second = split.stories
    assert first.url == "https://port.example.jp/news/yokohama-trucks"
    assert "輸送の実証実験を始めた" in first.text  # the line cut at the body's width is joined, no space
    assert "取扱量は前年比4%増の300万個となり、過去最高" in second.text
    assert split.edition.source == "港湾ニュース"
    reasons = {d.text: d.reason for d in split.dropped}
    assert reasons["▼無料で試す"] is DropReason.SPONSOR
    assert reasons["※このメールは配信登録をいただいた方にお送りしています。"] is DropReason.FOOTER
    assert reasons["横浜港、自動運転トラックの実証を開始"] is DropReason.NAVIGATION
    assert reasons["神戸港のコンテナ取扱量が過去最高"] is DropReason.NAVIGATION


def test_a_line_boxed_between_rules_is_a_heading_and_a_katakana_dot_opens_an_item() -> None:
    """ "────" over and under a short line make it a heading (the top box the edition's title); "・"
    at the start of a line marks a list item, with or without a space after it."""
    blocks = parse_blocks(
        f"{_RULE}\n見出し\n{_RULE}\n本文です。\n\n{_RULE}\n次の見出し\n{_RULE}\n・項目その一\n・項目その二\n"
    )
    assert [(b.kind, b.level, b.text) for b in blocks if b.kind is not Kind.RULE] == [
        (Kind.HEADING, 1, "見出し"),
        (Kind.TEXT, 0, "本文です。"),
        (Kind.HEADING, 2, "次の見出し"),
        (Kind.BULLET, 0, "項目その一"),
        (Kind.BULLET, 0, "項目その二"),
    ]
