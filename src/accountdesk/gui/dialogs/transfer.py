"""CSV files from the window: File ▸ Import customers…, Import hours…, Export hours….

An import runs off the GUI thread and says what it did as the command line does: how
the file was read (its encoding and what separates its values), how many rows it
added and which lines it skipped because the database already holds them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QMenu, QWidget

from accountdesk.gui.context import DeskContext
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.tasks import Cancelled, Progress, run_task

if TYPE_CHECKING:  # the window's frame shows before the database layer is imported
    from accountdesk.app import Desk
    from accountdesk.services.transfer import Imported

CSV_FILES = str(QT_TRANSLATE_NOOP("TransferTexts", "CSV files (*.csv *.txt);;All files (*)"))
# What the export offers, and the delimiter each means (translated where offered).
DELIMITERS = {
    str(QT_TRANSLATE_NOOP("TransferTexts", "Commas (,)")): ",",
    str(QT_TRANSLATE_NOOP("TransferTexts", "Semicolons (;), for Excel where 1,5 is a number")): ";",
    str(QT_TRANSLATE_NOOP("TransferTexts", "Tabs")): "\t",
}


class TransferTexts(QObject):
    """The counted phrases of the CSV actions (lupdate reads plural forms from tr())."""

    def wrote(self, count: int, month: str, target: str) -> str:
        return self.tr("Wrote %Ln entries of {month} to {target}.", "", count).format(
            month=month, target=target
        )


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransferTexts", text)


def add_transfer_actions(
    menu: QMenu, parent: QWidget, desk: Callable[[], Desk], context: DeskContext
) -> None:
    """The File menu's CSV actions, on the database `desk()` gives when one is chosen."""
    menu.addAction(
        QCoreApplication.translate("TransferTexts", "Import customers…"),
        lambda: import_csv(parent, desk(), context, "customers"),
    )
    menu.addAction(
        QCoreApplication.translate("TransferTexts", "Import hours…"),
        lambda: import_csv(parent, desk(), context, "hours"),
    )
    menu.addAction(
        QCoreApplication.translate("TransferTexts", "Export hours…"),
        lambda: export_hours(parent, desk(), context),
    )


def import_csv(parent: QWidget, desk: Desk, context: DeskContext, what: str) -> None:
    """Import customers or hours from a CSV file the user picks; all rows or none."""
    customers = what == "customers"
    caption = (
        QCoreApplication.translate("TransferTexts", "Import customers")
        if customers
        else QCoreApplication.translate("TransferTexts", "Import hours")
    )
    path = Prompts.open_file(parent, caption, _tr(CSV_FILES))
    if path is None:
        return
    transfer = desk.transfer

    def work(progress: Progress, cancelled: Cancelled) -> list[str]:
        imported: Imported
        if what == "customers":
            imported = transfer.import_customers(path)
            return imported.sentences("customers")
        imported = transfer.import_hours(path)
        return imported.sentences("hours")

    def done(said: list[str]) -> None:
        context.notify_changed()
        Prompts.info(parent, "\n".join(said))

    run_task(
        parent,
        QCoreApplication.translate("TransferTexts", "Importing customers…")
        if customers
        else QCoreApplication.translate("TransferTexts", "Importing hours…"),
        work,
        done,
        lambda text: Prompts.error(parent, text),
        dialog=True,
        cancellable=False,
    )


def export_hours(parent: QWidget, desk: Desk, context: DeskContext) -> None:
    """The shown month's ledger, every customer, as a CSV file the import reads back."""
    month = context.month
    offered = {_tr(label): delimiter for label, delimiter in DELIMITERS.items()}
    chosen = Prompts.choice(
        parent,
        QCoreApplication.translate("TransferTexts", "Export hours of {month}").format(
            month=month.label
        ),
        QCoreApplication.translate("TransferTexts", "Separate the values by:"),
        list(offered),
    )
    if chosen is None:
        return
    target = Prompts.save_file(
        parent,
        QCoreApplication.translate("TransferTexts", "Export hours"),
        f"hours-{month.label}.csv",
        _tr(CSV_FILES),
    )
    if target is None:
        return
    delimiter = offered[chosen]
    transfer = desk.transfer

    def done(count: int) -> None:
        Prompts.info(parent, TransferTexts().wrote(count, month.label, str(target)))

    run_task(
        parent,
        QCoreApplication.translate("TransferTexts", "Exporting hours…"),
        lambda progress, cancelled: transfer.export_hours(month, Path(target), delimiter),
        done,
        lambda text: Prompts.error(parent, text),
        dialog=True,
        cancellable=False,
    )
