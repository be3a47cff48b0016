"""Benchmark: what the vector workers' per-token work costs, and what a compiled tokenizer would.

Run: ``python benchmarks/tokens.py CORPUS [--repeats 2] [--library]``

In one process (CPU seconds, ``time.process_time``), over the stories of ``CORPUS`` in the
vector workers' blocks of 2,048: the token pattern (``find_tokens``), learning new tokens and
the id look-up (interleaved per field, as ``_count_block`` does them), numpy's counting, and the
whole ``_count_block`` of each block. With ``--library`` (needs Hugging Face ``tokenizers``,
not a dependency) the same blocks through the library as ``docs/performance.md`` (issue 21,
round sixteen) measured it: a ``Split`` pre-tokenizer with the project's token pattern, or
splitting on whitespace only, and a ``WordLevel`` vocabulary learned in Rust per block, then
token ids for every text (``encode_batch_fast``); and whether the library's tokens of each
ASCII text equal ``find_tokens`` without the splitting of name compounds.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from digest.cluster.tokens import _TOKEN, TokenCache, find_tokens  # noqa: E402
from digest.cluster.vectors import _BLOCK, _count, _count_block, _Ids  # noqa: E402
from digest.ingest import read_stories  # noqa: E402
from digest.models import Story  # noqa: E402
from digest.settings import Settings  # noqa: E402


def python_path(blocks: Sequence[Sequence[Story]], lead_from: int, lead_size: int) -> dict[str, float]:
    """CPU seconds of each part of the workers' counting, summed over ``blocks``."""
    spent = dict.fromkeys(("find_tokens", "learn + look-up", "counting", "whole _count_block"), 0.0)
    clock = time.process_time
    for block in blocks:
        start = clock()
        raws = [(find_tokens(s.title), find_tokens(s.text)) for s in block]
        found = clock()
        ids = _Ids(TokenCache())
        words, names = [], []
        for title, text in raws:
            for field in (title, text):
                ids.learn(field)
                word, name = ids.of(field)
                words.append(word)
                names.append(name)
        looked_up = clock()
        _count(words, len(block), pairs=True)
        _count(names, len(block), pairs=False)
        counted = clock()
        _count_block(block, lead_from, lead_size)
        spent["find_tokens"] += found - start
        spent["learn + look-up"] += looked_up - found
        spent["counting"] += counted - looked_up
        spent["whole _count_block"] += clock() - counted
    return spent


def library_path(blocks: Sequence[Sequence[Story]], pattern: bool) -> tuple[dict[str, float], int]:
    """CPU seconds of the library's learning and encoding, and the ASCII texts whose tokens differ."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # one thread: CPU as the workers spend it
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers, trainers

    def splitter() -> Any:
        if pattern:
            return pre_tokenizers.Split(Regex(_TOKEN.pattern), behavior="isolated")
        return pre_tokenizers.WhitespaceSplit()

    spent = dict.fromkeys(("learn vocabulary", "encode", "ids to numpy"), 0.0)
    differ = 0
    clock = time.process_time
    for block in blocks:
        texts = [field for s in block for field in (s.title, s.text)]
        start = clock()
        tokenizer = Tokenizer(models.WordLevel(unk_token="\x00"))  # noqa: S106 - the unknown-token mark
        tokenizer.pre_tokenizer = splitter()
        trainer = trainers.WordLevelTrainer(
            vocab_size=1 << 30, min_frequency=0, special_tokens=["\x00"], show_progress=False
        )
        tokenizer.train_from_iterator(texts, trainer)
        learned = clock()
        encodings = tokenizer.encode_batch_fast(texts, add_special_tokens=False)
        encoded = clock()
        ids = [np.asarray(e.ids, dtype=np.int64) for e in encodings]
        spent["learn vocabulary"] += learned - start
        spent["encode"] += encoded - learned
        spent["ids to numpy"] += clock() - encoded
        if pattern:
            differ += _differing(tokenizer, texts, ids)
    return spent, differ


def _differing(tokenizer: Any, texts: list[str], ids: list[np.ndarray[Any, Any]]) -> int:
    """ASCII texts whose tokens (the pieces the pattern matched) are not ``_TOKEN.findall``'s."""
    pieces = [""] * tokenizer.get_vocab_size()
    for piece, number in tokenizer.get_vocab().items():
        pieces[number] = piece
    # Between two matches lie only characters no token starts with: a piece is a token or a gap.
    token = np.fromiter((bool(_TOKEN.match(p)) for p in pieces), dtype=bool, count=len(pieces))
    table = np.asarray(pieces, dtype=object)
    return sum(
        table[found[token[found]]].tolist() != _TOKEN.findall(text)
        for text, found in zip(texts, ids, strict=True)
        if text.isascii()
    )


def _show(name: str, spent: dict[str, float]) -> None:
    parts = ", ".join(f"{part} {seconds:.2f}" for part, seconds in spent.items())
    print(f"{name}: {parts} s CPU")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--library", action="store_true", help="also Hugging Face tokenizers")
    args = parser.parse_args(argv)
    settings = Settings()
    stories = list(read_stories([args.corpus], settings, workers=1).stories)
    blocks = [stories[k : k + _BLOCK] for k in range(0, len(stories), _BLOCK)]
    tokens = sum(len(find_tokens(s.title)) + len(find_tokens(s.text)) for s in stories)
    print(f"{len(stories)} stories, {tokens} tokens, {len(blocks)} blocks; load {os.getloadavg()[0]:.2f}")
    clustering = settings.clustering
    runs: list[tuple[str, Callable[[], None]]] = [
        (
            "python",
            lambda: _show("python", python_path(blocks, clustering.passage_from, clustering.passage_words)),
        )
    ]
    if args.library:
        for pattern in (True, False):
            name = "tokenizers, project's pattern" if pattern else "tokenizers, whitespace only"

            def run(pattern: bool = pattern, name: str = name) -> None:
                spent, differ = library_path(blocks, pattern)
                _show(name, spent)
                if pattern:
                    print(f"  ASCII texts whose tokens differ from _TOKEN.findall: {differ}")

            runs.append((name, run))
    for repeat in range(args.repeats):
        for _, run in runs:
            print(f"repeat {repeat + 1}, load {os.getloadavg()[0]:.2f}: ", end="")
            run()


if __name__ == "__main__":
    main()
