"""Every test runs in its own data home, with no provider keys and no network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

KEY_VARIABLES = (
    "FAL_KEY",
    "REPLICATE_API_TOKEN",
    "RUNWAYML_API_SECRET",
    "LUMAAI_API_KEY",
    "OPENAI_API_KEY",
    "GEMINI_API_KEY",
    "GOOGLE_API_KEY",
    "ANTHROPIC_API_KEY",
    "OPENAI_BASE_URL",
    # Vertex AI (Veo on Google Cloud) and a local model server: a developer's shell may have them
    "GOOGLE_CLOUD_ACCESS_TOKEN",
    "GOOGLE_CLOUD_PROJECT",
    "GOOGLE_CLOUD_LOCATION",
    "OLLAMA_BASE_URL",
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def pytest_configure(config: pytest.Config) -> None:
    """No test may reach a real LLM: models are FunctionModels, the offline model or cassettes."""
    from pydantic_ai import models

    models.ALLOW_MODEL_REQUESTS = False


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    monkeypatch.setenv("SHOTCALLER_HOME", str(home))
    for name in (*KEY_VARIABLES, "SHOTCALLER_CATALOG", "SHOTCALLER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    yield home


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The seeded suites' trial counts (tests/trials.py), whatever the verbosity."""
    from tests.trials import REPORT

    if REPORT:
        terminalreporter.section("seeded trials")
        for suite, tally in sorted(REPORT.items()):
            terminalreporter.write_line(tally.line(suite))
