"""Undoable ledger edits: logging, changing and deleting an entry, as QUndoCommands on
the window's one undo stack (`DeskContext.undo`, in the Edit menu).

Every command goes through the services (`desk.ledger.log/update/delete`) and tells
the window that data changed. A command is first carried out by `perform`, which
raises `Refused` and pushes nothing when the rules turn it down; afterwards undo and
redo replay it. Deleting and logging again gives an entry a new id, so commands refer
to an entry through a shared `EntryHandle` that follows it.

Should an undo or a redo be refused later (the month was issued meanwhile), the user
is told why, the data stays as it was, and the command leaves the stack.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from accountdesk.domain.errors import Refused
from accountdesk.gui import format as fmt
from accountdesk.services.ledger import EntryInfo, Ledger, NewEntry


class EntryHandle:
    """An entry as the undo history knows it: its id follows it when it is logged again."""

    def __init__(self, entry_id: int) -> None:
        self.id = entry_id


class EntryHandles:
    """One handle per entry, shared by every command about it."""

    def __init__(self) -> None:
        self._handles: weakref.WeakValueDictionary[int, EntryHandle] = weakref.WeakValueDictionary()

    def of(self, entry_id: int) -> EntryHandle:
        handle = self._handles.get(entry_id)
        if handle is None:
            handle = EntryHandle(entry_id)
            self._handles[entry_id] = handle
        return handle

    def moved(self, handle: EntryHandle, new_id: int) -> None:
        self._handles.pop(handle.id, None)
        handle.id = new_id
        self._handles[new_id] = handle


class LedgerEdits(QObject):
    """What the commands work with: the ledger service, the handles, and what to call
    after a change (`changed`) or when an undo or redo is refused (`refused`).

    Changes made in one go (deleting fifty entries, undoing that) are announced once,
    as soon as the event loop runs again, rather than fifty times."""

    def __init__(
        self,
        ledger: Ledger,
        changed: Callable[[], None],
        refused: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.handles = EntryHandles()
        self.refused = refused
        self._announce = QTimer(self, singleShot=True, interval=0)
        self._announce.timeout.connect(changed)

    def notify(self) -> None:
        self._announce.start()


def as_new_entry(info: EntryInfo) -> NewEntry:
    """The entry as it would be logged again."""
    return NewEntry(
        customer=info.customer_id,
        day=info.day,
        minutes=info.minutes,
        category=info.category,
        engineer=info.engineer,
        note=info.note,
    )


class LedgerCommand(QUndoCommand):
    def __init__(self, edits: LedgerEdits, text: str) -> None:
        super().__init__(text)
        self.edits = edits
        self._performed = False

    def mark_performed(self) -> None:
        """The change is made: the stack's first redo (on push) must not make it again."""
        self._performed = True

    def apply(self) -> None:  # pragma: no cover - every command overrides it
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - every command overrides it
        raise NotImplementedError

    def redo(self) -> None:
        if self._performed:  # `perform` already did it; the stack's first redo is that
            self._performed = False
            return
        self._replay(self.apply)

    def undo(self) -> None:
        self._replay(self.revert)

    def _replay(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Refused as refused:
            self.setObsolete(True)  # the stack drops a command that can no longer run
            self.edits.refused(str(refused))
            return
        self.edits.notify()


class LogEntry(LedgerCommand):
    def __init__(self, edits: LedgerEdits, entry: NewEntry, customer: str) -> None:
        super().__init__(
            edits, f"Log {fmt.hours_text(entry.minutes)} for {customer} on {fmt.day(entry.day)}"
        )
        self.entry = entry
        self.handle: EntryHandle | None = None

    def apply(self) -> None:
        new_id = self.edits.ledger.log(self.entry)
        if self.handle is None:
            self.handle = self.edits.handles.of(new_id)
        else:
            self.edits.handles.moved(self.handle, new_id)

    def revert(self) -> None:
        assert self.handle is not None
        self.edits.ledger.delete(self.handle.id)


class EditEntry(LedgerCommand):
    def __init__(self, edits: LedgerEdits, before: EntryInfo, after: NewEntry, what: str) -> None:
        super().__init__(edits, f"Change the {what} of {before.customer}'s entry")
        self.handle = edits.handles.of(before.id)
        self.before = as_new_entry(before)
        self.after = after

    def apply(self) -> None:
        self.edits.ledger.update(self.handle.id, self.after)

    def revert(self) -> None:
        self.edits.ledger.update(self.handle.id, self.before)


class DeleteEntry(LedgerCommand):
    def __init__(self, edits: LedgerEdits, entry: EntryInfo) -> None:
        super().__init__(
            edits,
            f"Delete {fmt.hours_text(entry.minutes)} for {entry.customer} on {fmt.day(entry.day)}",
        )
        self.handle = edits.handles.of(entry.id)
        self.entry = as_new_entry(entry)

    def apply(self) -> None:
        self.edits.ledger.delete(self.handle.id)

    def revert(self) -> None:
        # Undoing a delete logs the entry again (it gets a new id).
        self.edits.handles.moved(self.handle, self.edits.ledger.log(self.entry))


def perform(stack: QUndoStack, command: LedgerCommand) -> None:
    """Carry `command` out and put it on `stack`; raises `Refused` (and pushes nothing)
    when the rules turn it down."""
    command.apply()
    command.mark_performed()
    stack.push(command)
    command.edits.notify()
