"""The layers' direction (core knows no Qt; data flows one way) is checked by import-linter."""

import shutil
import subprocess
from pathlib import Path


def test_layer_contracts_hold():
    root = Path(__file__).resolve().parents[1]
    lint = shutil.which("lint-imports")
    assert lint, "import-linter is a test dependency: pip install -e '.[test]'"
    result = subprocess.run([lint], cwd=root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
