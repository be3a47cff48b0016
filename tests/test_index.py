"""The index of published stories: in memory and on a real redis-server, with the same answers."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from redis_server import redis_binary, redis_server
from servers import require

from digest.cli.main import main
from digest.errors import DigestError
from digest.history.index import IndexUnavailableError, SignatureIndex, open_index, signatures
from digest.settings import ClusterSettings

ROOT = Path(__file__).resolve().parents[1]
ECBPLUS = ROOT / "benchmarks" / "ecbplus" / "ecbplus-dev.jsonl"
WEEKS = Path(__file__).parent / "newsletters" / "weekly"
SETTINGS = ClusterSettings()


@pytest.fixture(scope="module")
def redis_port() -> Iterator[int]:
    require(redis_binary(), "redis-server")
    with redis_server() as port:
        yield port


@pytest.fixture
def redis_url(redis_port: int) -> Iterator[str]:
    """A fresh database for each test (FLUSHDB), so tests do not see each other's keys."""
    import redis

    client = redis.Redis(port=redis_port)
    client.flushdb()
    yield f"redis://127.0.0.1:{redis_port}/0"
    client.flushdb()
    client.close()


def _articles() -> tuple[list[str], list[str]]:
    records = [json.loads(line) for line in ECBPLUS.read_text(encoding="utf-8").splitlines()]
    return [r["id"] for r in records], [f"{r['title']}\n{r['text']}" for r in records]


def test_signatures_do_not_depend_on_the_other_texts() -> None:
    """A story's signature is its own: the same text signs the same alone or in a crowd."""
    _, texts = _articles()
    alone = signatures(texts[:1], SETTINGS)
    crowd = signatures(texts[:50], SETTINGS)
    assert np.array_equal(alone[0], crowd[0])


def test_memory_index_finds_reports_of_one_event_and_few_others() -> None:
    """ECB+: most same-event pairs share a band, few other pairs do (floors pinned)."""
    records = [json.loads(line) for line in ECBPLUS.read_text(encoding="utf-8").splitlines()]
    index = SignatureIndex(SETTINGS)
    rows = signatures([f"{r['title']}\n{r['text']}" for r in records], SETTINGS)
    assert index.add([r["id"] for r in records], rows) == len(records)
    gold = {r["id"]: r["gold"] for r in records}
    found = [
        (r["gold"], gold[key]) for r, keys in zip(records, index.lookup(rows), strict=True) for key in keys
    ]
    sizes = Counter(gold.values())
    same_pairs = sum(n * n for n in sizes.values())
    other_pairs = len(records) ** 2 - same_pairs
    recall = sum(1 for a, b in found if a == b) / same_pairs
    false_share = sum(1 for a, b in found if a != b) / other_pairs
    assert recall >= 0.82
    assert false_share <= 0.03


def test_redis_index_answers_as_the_memory_index(redis_url: str) -> None:
    """Every ECB+ article stored and looked up on Redis and in memory: equal answers, batch by batch."""
    ids, texts = _articles()
    rows = signatures(texts, SETTINGS)
    memory = SignatureIndex(SETTINGS)
    shared = open_index(redis_url, SETTINGS)
    shared.batch = 97  # lookups cross batch boundaries
    try:
        assert memory.add(ids, rows) == shared.add(ids, rows)
        assert len(memory) == len(shared)
        assert shared.lookup(rows) == memory.lookup(rows)
        # Adding again stores nothing new: re-running a week is safe.
        assert shared.add(ids, rows) == 0
    finally:
        shared.close()


def test_redis_index_is_shared_between_connections(redis_url: str) -> None:
    """What one run (or machine) stored, the next one finds."""
    ids, texts = _articles()
    rows = signatures(texts[:40], SETTINGS)
    first = open_index(redis_url, SETTINGS)
    first.add(ids[:40], rows)
    first.close()
    second = open_index(redis_url, SETTINGS)
    try:
        assert len(second) == 40
        assert ids[0] in second.lookup(rows[:1])[0]
    finally:
        second.close()


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("mongodb://x", "an index is `memory` or redis://host:port/db"),
        ("redis://127.0.0.1:1/0", "cannot reach Redis"),
        ("redis://127.0.0.1:6379/zero", "the database must be a number"),
    ],
)
def test_bad_index_urls_are_one_line_errors(url: str, problem: str) -> None:
    """A wrong URL or a server that is not there says so, naming the URL."""
    with pytest.raises(IndexUnavailableError, match=problem) as info:
        open_index(url, SETTINGS)
    assert isinstance(info.value, DigestError)
    assert str(info.value).startswith(url)


def _weeks(tmp_path: Path, index: str, tag: str) -> list[bytes]:
    """Compile W05 then W06 with history and ``index``; the two outputs' bytes."""
    state = str(tmp_path / f"{tag}.sqlite")
    outputs = []
    for week in ("2026-W05", "2026-W06"):
        out = tmp_path / f"{tag}-{week}.json"
        args = [str(WEEKS / week), "--week", week, "--state", state, "--index", index, "-q"]
        assert main(["compile", *args, "--format", "json", "-o", str(out)]) == 0
        outputs.append(out.read_bytes())
    return outputs


def test_weekly_runs_with_redis_equal_runs_in_memory(tmp_path: Path, redis_url: str) -> None:
    """Two weeks through the CLI: the Redis index gives the same digests, byte for byte, as memory."""
    in_memory = _weeks(tmp_path, "memory", "memory")
    on_redis = _weeks(tmp_path, redis_url, "redis")
    assert on_redis == in_memory
    week6 = json.loads(on_redis[1])
    follows = [c["follows"] for c in week6["clusters"] if c["follows"]]
    assert follows, "the W06 update of a W05 story is still found through the index"
    # Re-running W06 against the shared index gives the same bytes again.
    assert _weeks(tmp_path, redis_url, "redis")[1] == on_redis[1]


def test_index_without_history_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--index with --no-state cannot keep anything: exit 2 with one line."""
    code = main(
        ["compile", str(WEEKS / "2026-W06"), "--no-state", "--index", "memory", "-o", str(tmp_path / "x")]
    )
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "--index" in err
    assert not (tmp_path / "x").exists()


def test_unreachable_redis_exits_one_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No server at the URL: one line naming it, exit 1, no output file."""
    out = tmp_path / "w.md"
    args = [str(WEEKS / "2026-W06"), "--week", "2026-W06", "--index", "redis://127.0.0.1:1/0", "-o", str(out)]
    assert main(["compile", *args]) == 1
    err = capsys.readouterr().err.strip()
    assert "redis://127.0.0.1:1/0" in err
    assert len(err.splitlines()) == 1
    assert not out.exists()


def test_a_server_gone_while_storing_is_a_one_line_error() -> None:
    """Redis failing after the index was opened (stopped, unreachable) is an IndexUnavailableError."""
    import redis

    storage = {"type": "redis", "basename": b"gone", "redis": {"host": "127.0.0.1", "port": 1}}
    index = SignatureIndex(SETTINGS, storage, errors=(redis.RedisError,))
    _, texts = _articles()
    rows = signatures(texts[:3], SETTINGS)
    with pytest.raises(IndexUnavailableError, match="cannot store signatures"):
        index.add(["a", "b", "c"], rows)
    with pytest.raises(IndexUnavailableError, match="lookup failed"):
        index.lookup(rows)
    assert index.shared
    assert not SignatureIndex(SETTINGS).shared


def test_config_index_key_drives_the_run(tmp_path: Path) -> None:
    """`index = "memory"` in the config works like --index memory; a wrong type names the key."""
    from digest.cli.config import ConfigError, parse_config

    config = parse_config('index = "memory"\n', "digest.toml", base=tmp_path)
    assert config.index == "memory"
    with pytest.raises(ConfigError, match="index"):
        parse_config("index = 6379\n", "digest.toml", base=tmp_path)
    conf = tmp_path / "digest.toml"
    conf.write_text(
        f'inputs = ["{WEEKS / "2026-W06"}"]\nweek = "2026-W06"\nindex = "memory"\n'
        f'state = "{tmp_path / "h.sqlite"}"\noutput = "{tmp_path / "out.md"}"\n',
        encoding="utf-8",
    )
    assert main(["compile", "--config", str(conf), "-q"]) == 0
    assert (tmp_path / "out.md").read_text(encoding="utf-8").startswith("# ")
