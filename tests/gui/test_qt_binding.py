"""The Qt binding itself must hold up over a day at the workstation."""

import json
import os
import subprocess
import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(int)


def test_signals_do_not_leak_references_that_end_a_long_session():
    # PySide6 6.12.0 dropped a reference to True on every emit, and after some tens of
    # thousands of signals the interpreter aborted; pyproject excludes that release.
    emitter = Emitter()
    emitter.changed.connect(lambda value: None)
    before = sys.getrefcount(True)
    for value in range(1000):
        emitter.changed.emit(value)
    assert sys.getrefcount(True) - before > -10


# In a fresh process: the window's modules loaded as the window loads them, after the
# GUI package; then each module PySide6 judged, judged again by its own check.
IMPORT_CHECK = """
import inspect, json, linecache, sys
import PySide6.QtWidgets
import accountdesk.gui
import accountdesk.app, accountdesk.gui.main_window, accountdesk.gui.views.home
feature = sys.modules["shibokensupport.feature"]
# Files only (SQLAlchemy puts the code it generates there itself), of our modules and
# the database layer's (PySide6's own first few imports are read before the mend).
kept = sorted(
    name
    for name in linecache.cache
    if name.endswith(".py") and ("accountdesk" in name or "sqlalchemy" in name)
)
differ = []
for name, verdict in feature.pyside_feature_dict.items():
    module = sys.modules.get(name)
    if not str(getattr(module, "__file__", "")).endswith(".py"):
        continue
    try:
        own = 0 if "PySide6" in inspect.getsource(module) else -1
    except (OSError, TypeError, SyntaxError):  # an empty file: PySide6 says no, too
        own = -1
    if verdict != own:
        differ.append(name)
print(json.dumps({"judged": len(feature.pyside_feature_dict), "kept": kept, "differ": differ}))
"""


def test_pysides_import_check_keeps_no_module_source():
    """PySide6 reads every module imported after it to see whether it names PySide6;
    through `inspect.getsource` the line cache kept the source of every module the
    window loads (27 MB, and a quarter of a second of each start). The GUI package
    asks the same question from the file's bytes: no source is kept, and every module
    gets the verdict PySide6's own check gives."""
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["judged"] > 300  # the database layer's modules and ours were judged
    assert found["kept"] == []
    assert found["differ"] == []
