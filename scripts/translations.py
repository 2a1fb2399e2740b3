"""The window's catalogs: `update` extracts every message from the window's code and
layouts into translations/accountdesk_<code>.ts (new messages arrive untranslated, the
translations of kept ones stay); `release` compiles each .ts into the .qm the window
loads. Run both after changing a string in gui/ or ui/, translate the new messages
(Qt Linguist, or any editor: they are marked type="unfinished"), then `release` again:

    python scripts/translations.py update
    python scripts/translations.py release

The test tests/gui/test_translations.py fails while a message is missing, untranslated
or compiled out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from accountdesk.gui.language import LOCALES

TOP = Path(__file__).resolve().parents[1]
FOLDER = TOP / "translations"
# The window's languages, and the locale their plural rules come from (the one the
# window formats dates and numbers in).
LANGUAGES = LOCALES


def sources() -> list[Path]:
    """Every file whose messages the window shows."""
    code = sorted((TOP / "src" / "accountdesk" / "gui").rglob("*.py"))
    return [*code, *sorted((TOP / "ui").glob("*.ui"))]


def catalog(language: str) -> Path:
    return FOLDER / f"accountdesk_{language}.ts"


def extract(target: Path, language: str, *, quiet: bool = False) -> None:
    """Merge the sources' messages into the catalog `target` (created when missing)."""
    command = [
        "pyside6-lupdate",
        *map(str, sources()),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en_US",
        "-target-language",
        LANGUAGES[language],
        "-ts",
        str(target),
    ]
    if quiet:
        command.insert(1, "-silent")
    subprocess.run(command, check=True, cwd=TOP)


def compile_catalog(source: Path, target: Path) -> None:
    subprocess.run(
        ["pyside6-lrelease", "-silent", "-removeidentical", str(source), "-qm", str(target)],
        check=True,
        cwd=TOP,
    )


def main(argv: list[str]) -> int:
    if argv not in (["update"], ["release"]):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    FOLDER.mkdir(exist_ok=True)
    for language in LANGUAGES:
        if argv == ["update"]:
            extract(catalog(language), language)
        else:
            compile_catalog(catalog(language), catalog(language).with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
