"""report C --month M: in the customer's language, or --language for one export."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from accountdesk.cli import main


@pytest.fixture(scope="module")
def run(tmp_path_factory, clock_module):
    """One database for the module: the tests only export from it."""
    db = tmp_path_factory.mktemp("lang") / "cli.sqlite3"

    def invoke(*args: str) -> tuple[int, str]:
        code = main(["--db", str(db), *args], clock=clock_module)
        return code, ""

    for name, language in (("Tokyo", "ja"), ("Lisboa", "pt")):
        code, _ = invoke(
            "customer", "add", name, "--tier", "professional", "--start", "2026-01-01",
            "--language", language,
        )  # fmt: skip
        assert code == 0
    return invoke


@pytest.fixture(scope="module")
def clock_module():
    from accountdesk.domain.clock import FixedClock
    from tests.conftest import TODAY

    return FixedClock(TODAY)


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_japanese_customer_gets_a_japanese_report(run, tmp_path):
    assert run("report", "Tokyo", "--month", "2026-10", "-o", str(tmp_path / "t.pdf"))[0] == 0
    text = _text(tmp_path / "t.pdf")
    assert "月次サービスレポート" in text
    assert "2026年10月" in text


def test_language_overrides_the_customers_for_one_export(run, tmp_path):
    out = tmp_path / "de.pdf"
    code, _ = run("report", "Tokyo", "--month", "2026-10", "-o", str(out), "--language", "de")
    assert code == 0
    assert "MONATLICHER SERVICEBERICHT" in _text(out)
    # The customer's own language is unchanged for the next export.
    assert run("report", "Lisboa", "--month", "2026-10", "-o", str(tmp_path / "p.pdf"))[0] == 0
    assert "RELATÓRIO MENSAL DE SERVIÇO" in _text(tmp_path / "p.pdf")


def test_a_language_outside_the_seven_gives_english(run, tmp_path):
    out = tmp_path / "xx.pdf"
    assert run("report", "Tokyo", "--month", "2026-10", "-o", str(out), "--language", "xx")[0] == 0
    assert "MONTHLY SERVICE REPORT" in _text(out)


def test_language_is_refused_with_issue(run, tmp_path, capsys):
    code, _ = run(
        "report", "Tokyo", "--month", "2026-10", "-o", str(tmp_path / "i.pdf"),
        "--issue", "--language", "de",
    )  # fmt: skip
    assert code != 0
    assert "--language" in capsys.readouterr().err
    assert not (tmp_path / "i.pdf").exists()


def test_json_names_the_file(run, tmp_path, capsys):
    capsys.readouterr()
    out = tmp_path / "j.pdf"
    args = ("report", "Tokyo", "--month", "2026-10", "-o", str(out), "--language", "fr", "--json")
    assert run(*args)[0] == 0
    assert json.loads(capsys.readouterr().out)["draft"] is True
