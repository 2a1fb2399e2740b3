"""The Qt binding itself must hold up over a day at the workstation."""

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
