"""Undoable changes as QUndoCommands on the window's one undo stack (`DeskContext.undo`,
in the Edit menu): logging, changing and deleting a ledger entry, recording a
correction, reopening an issued month, recording a review's outcome, and a support
case's steps (opened, answered, waiting on the customer, escalated, resolved).

Every command goes through the services (`desk.ledger.log/update/delete_many`,
`desk.reviews.mark/restore`) and tells the window that data changed. A command is
first carried out by `perform`, which raises `Refused` and pushes nothing when the
rules turn it down (or, made already by a dialog, put on the stack by `performed`);
afterwards undo and redo replay it. Deleting and logging again gives an entry a new
id, so commands refer to an entry through a shared `EntryHandle` that follows it.

Should an undo or a redo be refused later (the month was issued meanwhile), or fail on
a database error, the user is told why (an unexpected error with where its log is), the
data stays as it was, and the command leaves the stack.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.gui import format as fmt
from accountdesk.gui.tasks import saving, unexpected_message
from accountdesk.services.cases import CaseInfo, Cases
from accountdesk.services.ledger import EntryInfo, Ledger, NewEntry
from accountdesk.services.reviews import ReviewInfo, Reviews
from accountdesk.wording import month_title

# A review's outcome, as the undo history names it (by the state's stored value).
MARKED = {
    "held": str(QT_TRANSLATE_NOOP("Undo", "Mark the {review} with {customer} on {day} held")),
    "missed": str(QT_TRANSLATE_NOOP("Undo", "Mark the {review} with {customer} on {day} missed")),
    "cancelled": str(
        QT_TRANSLATE_NOOP("Undo", "Mark the {review} with {customer} on {day} cancelled")
    ),
    "planned": str(QT_TRANSLATE_NOOP("Undo", "Mark the {review} with {customer} on {day} planned")),
}


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


class Edits(QObject):
    """What commands need besides their service: what to call after a change
    (`changed`) and when an undo or redo is refused (`refused`).

    Changes made in one go (deleting fifty entries, undoing that) are announced once,
    as soon as the event loop runs again, rather than fifty times."""

    def __init__(
        self,
        changed: Callable[[], None],
        refused: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.refused = refused
        self._announce = QTimer(self, singleShot=True, interval=0)
        self._announce.timeout.connect(changed)

    def notify(self) -> None:
        self._announce.start()


class LedgerEdits(Edits):
    """Ledger commands work with the ledger service and the entries' handles."""

    def __init__(
        self,
        ledger: Ledger,
        changed: Callable[[], None],
        refused: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(changed, refused, parent)
        self.ledger = ledger
        self.handles = EntryHandles()


class ReviewEdits(Edits):
    def __init__(
        self,
        reviews: Reviews,
        changed: Callable[[], None],
        refused: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(changed, refused, parent)
        self.reviews = reviews


def as_new_entry(info: EntryInfo) -> NewEntry:
    """The entry as it would be logged again."""
    return NewEntry(
        customer=info.customer_id,
        day=info.day,
        seconds=info.seconds,
        category=info.category,
        engineer=info.engineer,
        description=info.description,
        note=info.note,
        case=info.case,
    )


class Command(QUndoCommand):
    def __init__(self, edits: Edits, text: str) -> None:
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
        self._replay(self.apply, "redone")

    def undo(self) -> None:
        self._replay(self.revert, "undone")

    def _replay(self, step: Callable[[], None], done: str) -> None:
        try:
            saving(step)
        except Refused as refused:
            message = str(refused)
        except Exception as error:  # the database failed: logged, and the user told
            what = f"“{self.text()}” could not be {done}."
            message = f"{what} {unexpected_message(error, what)}"
        else:
            self.edits.notify()
            return
        self.setObsolete(True)  # the stack drops a command that can no longer run
        self.edits.refused(message)


class LogEntry(Command):
    edits: LedgerEdits

    def __init__(self, edits: LedgerEdits, entry: NewEntry, customer: str) -> None:
        super().__init__(
            edits,
            QCoreApplication.translate("Undo", "Log {hours} for {customer} on {day}").format(
                hours=fmt.hours_text(entry.seconds), customer=customer, day=fmt.day(entry.day)
            ),
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


class EditEntry(Command):
    edits: LedgerEdits

    def __init__(self, edits: LedgerEdits, before: EntryInfo, after: NewEntry, what: str) -> None:
        super().__init__(
            edits,
            QCoreApplication.translate("Undo", "Change the {field} of {customer}'s entry").format(
                field=what, customer=before.customer
            ),
        )
        self.handle = edits.handles.of(before.id)
        self.before = as_new_entry(before)
        self.after = after
        # The version the user saw: the first change is refused once someone else changed
        # the entry since; undo and redo are the user's own, without one.
        self.version: int | None = before.version

    def apply(self) -> None:
        version, self.version = self.version, None
        self.edits.ledger.update(self.handle.id, self.after, version)

    def revert(self) -> None:
        self.edits.ledger.update(self.handle.id, self.before, restoring=True)


class DeleteEntries(Command):
    """A selection of entries deleted in one transaction, all or nothing: one undo step
    brings them all back."""

    edits: LedgerEdits

    def __init__(self, edits: LedgerEdits, entries: Sequence[EntryInfo]) -> None:
        if len(entries) == 1:
            entry = entries[0]
            text = QCoreApplication.translate(
                "Undo", "Delete {hours} for {customer} on {day}"
            ).format(
                hours=fmt.hours_text(entry.seconds), customer=entry.customer, day=fmt.day(entry.day)
            )
        else:
            text = QCoreApplication.translate("Undo", "Delete {count} entries").format(
                count=QLocale().toString(len(entries))
            )
        super().__init__(edits, text)
        self.handles = [edits.handles.of(entry.id) for entry in entries]
        self.entries = [as_new_entry(entry) for entry in entries]

    def apply(self) -> None:
        self.edits.ledger.delete_many([handle.id for handle in self.handles])

    def revert(self) -> None:
        # Undoing logs the entries again (they get new ids), in one transaction: all come
        # back, or none.
        logged = self.edits.ledger.log_many(self.entries)
        for handle, new_id in zip(self.handles, logged, strict=True):
            self.edits.handles.moved(handle, new_id)


class RecordCorrection(Command):
    """A correction of an entry of an issued month; undo takes the correction back
    (while its own month is open)."""

    edits: LedgerEdits

    def __init__(self, edits: LedgerEdits, entry: EntryInfo, seconds: int, reason: str) -> None:
        super().__init__(
            edits,
            QCoreApplication.translate(
                "Undo", "Correct {customer}'s entry of {day} to {hours}"
            ).format(
                customer=entry.customer, day=fmt.day(entry.day), hours=fmt.hours_text(seconds)
            ),
        )
        self.entry_id = entry.id
        self.seconds = seconds
        self.reason = reason
        self.handle: EntryHandle | None = None

    def apply(self) -> None:
        new_id = self.edits.ledger.correct(self.entry_id, self.seconds, self.reason)
        if self.handle is None:
            self.handle = self.edits.handles.of(new_id)
        else:
            self.edits.handles.moved(self.handle, new_id)

    def revert(self) -> None:
        assert self.handle is not None
        self.edits.ledger.delete(self.handle.id)


class ReopenMonth(Command):
    """An issued month reopened with a reason; undo lets its statement stand again."""

    edits: LedgerEdits

    def __init__(self, edits: LedgerEdits, customer: str, month: Month, reason: str) -> None:
        super().__init__(
            edits,
            QCoreApplication.translate("Undo", "Reopen {month} for {customer}").format(
                month=month_title(month.label), customer=customer
            ),
        )
        self.customer = customer
        self.month = month
        self.reason = reason

    def apply(self) -> None:
        self.edits.ledger.reopen_month(self.customer, self.month, self.reason)

    def revert(self) -> None:
        self.edits.ledger.undo_reopen(self.customer, self.month)


class RecordOutcome(Command):
    """A review marked held, cancelled or missed; undo puts back what it was before."""

    edits: ReviewEdits

    def __init__(self, edits: ReviewEdits, before: ReviewInfo, after: ReviewInfo) -> None:
        super().__init__(
            edits,
            QCoreApplication.translate("Undo", MARKED[after.state.value]).format(
                review=after.kind.label.lower(), customer=after.customer, day=fmt.day(after.due)
            ),
        )
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.edits.reviews.restore(self.after)

    def revert(self) -> None:
        self.edits.reviews.restore(self.before)


class CaseEdits(Edits):
    def __init__(
        self,
        cases: Cases,
        changed: Callable[[], None],
        refused: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(changed, refused, parent)
        self.cases = cases


def case_ref(case: CaseInfo) -> str:
    """A case named so that no other customer's case of the same reference is meant."""
    return f"{case.customer}:{case.reference}"


class OpenCase(Command):
    """A case opened; undo removes it, redo opens it again as it was."""

    edits: CaseEdits

    def __init__(
        self,
        edits: CaseEdits,
        customer: int,
        name: str,
        severity: str,
        title: str,
        reference: str,
        at: datetime,
    ) -> None:
        super().__init__(
            edits,
            QCoreApplication.translate("Undo", "Open a {severity} case for {customer}").format(
                severity=severity, customer=name
            ),
        )
        self.customer, self.severity, self.title = customer, severity, title
        self.reference, self.at = reference, at
        self.opened: CaseInfo | None = None

    def apply(self) -> None:
        self.opened = self.edits.cases.open(
            self.customer, self.severity, self.title, self.reference or None, self.at
        )
        # Redone, it keeps the reference it was given the first time.
        self.reference = self.opened.reference
        self.setText(
            QCoreApplication.translate("Undo", "Open case {reference} for {customer}").format(
                reference=self.opened.reference, customer=self.opened.customer
            )
        )

    def revert(self) -> None:
        assert self.opened is not None
        self.edits.cases.withdraw(case_ref(self.opened))


class CaseStep(Command):
    """One step on an existing case, named by customer and reference."""

    edits: CaseEdits

    def __init__(self, edits: CaseEdits, case: CaseInfo, text: str) -> None:
        """`text` names the step with `{reference}` and `{customer}` (translated)."""
        super().__init__(edits, text.format(reference=case.reference, customer=case.customer))
        self.ref = case_ref(case)
        self.after: CaseInfo | None = None


class RespondToCase(CaseStep):
    def __init__(self, edits: CaseEdits, case: CaseInfo, at: datetime) -> None:
        super().__init__(
            edits, case, QCoreApplication.translate("Undo", "Answer case {reference} of {customer}")
        )
        self.at = at

    def apply(self) -> None:
        self.after = self.edits.cases.respond(self.ref, self.at)

    def revert(self) -> None:
        self.edits.cases.clear_response(self.ref)


class WaitOnCustomer(CaseStep):
    def __init__(self, edits: CaseEdits, case: CaseInfo, start: datetime, until: datetime) -> None:
        super().__init__(
            edits,
            case,
            QCoreApplication.translate(
                "Undo", "Wait on the customer in case {reference} of {customer}"
            ),
        )
        self.start, self.until = start, until

    def apply(self) -> None:
        self.after = self.edits.cases.wait(self.ref, self.start, self.until)

    def revert(self) -> None:
        self.edits.cases.clear_wait(self.ref, self.start, self.until)


class EscalateCase(CaseStep):
    def __init__(self, edits: CaseEdits, case: CaseInfo, level: int, reason: str) -> None:
        super().__init__(
            edits,
            case,
            QCoreApplication.translate(
                "Undo", "Escalate to level {level} case {reference} of {customer}"
            ).replace("{level}", str(level)),
        )
        self.level, self.reason = level, reason

    def apply(self) -> None:
        self.after = self.edits.cases.escalate(self.ref, self.level, self.reason)

    def revert(self) -> None:
        self.edits.cases.undo_escalation(self.ref)


class ResolveCase(CaseStep):
    def __init__(self, edits: CaseEdits, case: CaseInfo, at: datetime) -> None:
        super().__init__(
            edits,
            case,
            QCoreApplication.translate("Undo", "Resolve case {reference} of {customer}"),
        )
        self.at = at

    def apply(self) -> None:
        self.after = self.edits.cases.resolve(self.ref, self.at)

    def revert(self) -> None:
        self.edits.cases.reopen(self.ref)


def perform(stack: QUndoStack, command: Command) -> None:
    """Carry `command` out and put it on `stack`; raises `Refused` (and pushes nothing)
    when the rules turn it down."""
    saving(command.apply)
    performed(stack, command)


def performed(stack: QUndoStack, command: Command) -> None:
    """Put `command`, already carried out (by a dialog), on `stack`."""
    command.mark_performed()
    stack.push(command)
    command.edits.notify()
