"""The command line's help: every command documents itself with an example."""

from __future__ import annotations

import subprocess
import sys

import pytest

from digest.cli.main import EXIT_USAGE, build_parser, main

COMMANDS = ("stories", "compile", "explain")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``digest COMMAND --help`` exits 0 and shows at least one runnable ``digest COMMAND`` example."""
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert f"digest {command} " in out.split("examples:", 1)[1]


def test_parser_lists_every_command() -> None:
    """The top-level help names every command."""
    help_text = build_parser().format_help()
    for command in COMMANDS:
        assert command in help_text


def test_usage_error_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A usage mistake gives exit code 2 and a single line on stderr."""
    with pytest.raises(SystemExit) as info:
        main(["stories"])
    assert info.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("digest: usage error:")


def test_bad_date_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """``--as-of`` takes an ISO date; anything else is a usage error that says the format."""
    with pytest.raises(SystemExit) as info:
        main(["stories", "x.txt", "--as-of", "last tuesday"])
    assert info.value.code == EXIT_USAGE
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_help_does_not_import_heavy_dependencies() -> None:
    """``digest --help`` loads neither datasketch, scipy, rich nor the readers."""
    code = (
        "import sys\n"
        "from digest.cli.main import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "names = ('datasketch', 'scipy', 'numpy', 'rich', 'selectolax', 'feedparser')\n"
        "heavy = [m for m in names if m in sys.modules]\n"
        "print('heavy=' + ','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "heavy="
