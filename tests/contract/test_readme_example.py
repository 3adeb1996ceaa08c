"""The README's plugin example runs as a user's test file, through the installed pytest plugin."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def _plugin_example() -> str:
    section = README.read_text(encoding="utf-8").split("## Testing your integration with the fake Unico", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "the README's testing section has no python example"
    return match.group(1)


def test_the_readme_example_is_under_ten_lines_of_test() -> None:
    example = _plugin_example()
    test_part = example[example.index("def test_") :].strip().splitlines()
    assert len(test_part) < 10


def test_the_readme_example_passes_as_a_user_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user_integration=_plugin_example())
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
