"""Edit ▸ Preferences: your own name on the hours you log and the window's language
(this computer's settings), and the company the reports show (kept in the database, the
same for the whole team)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accountdesk.app import Desk
from accountdesk.domain.errors import Field, Refused
from accountdesk.gui import format as fmt
from accountdesk.gui import language, settings
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.tasks import saving
from accountdesk.services.company import MAX_FOOTER, MAX_NAME, CompanyProfile
from accountdesk.shipped import resource_path

LOGO_SIZE = 48


class PreferencesDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.desk = desk
        self.company = desk.company.profile()
        self.logo: Path | None = None  # a new logo chosen, not yet saved
        self.default_logo = False  # the product's logo chosen instead of the company's

        self.engineer = QLineEdit(settings.engineer(desk.user))
        self.engineer.setObjectName("engineer")
        self.language = QComboBox()
        self.language.setObjectName("language")
        system = language.LANGUAGES[language.system_language()]
        self.language.addItem(
            self.tr("The system's language ({language})").format(language=system), ""
        )
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.chosen())))
        yours = QGroupBox(self.tr("You (on this computer)"))
        form = QFormLayout(yours)
        form.addRow(self.tr("Your name on the hours you log:"), self.engineer)
        form.addRow(self.tr("Language of the window:"), self.language)
        later = QLabel(self.tr("A new language applies the next time AccountDesk starts."))
        later.setWordWrap(True)
        form.addRow("", later)

        self.company_name = QLineEdit(self.company.name)
        self.company_name.setMaxLength(MAX_NAME)
        self.service = QLineEdit(self.company.service)
        self.service.setMaxLength(MAX_NAME)
        self.footer = QLineEdit(self.company.footer)
        self.footer.setMaxLength(MAX_FOOTER)
        self.logo_picture = QLabel()
        self.logo_picture.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo_text = QLabel()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_logo)
        self.product_logo = QPushButton(self.tr("Default logo"))
        self.product_logo.clicked.connect(self.use_product_logo)
        logo_row = QHBoxLayout()
        for label in (self.logo_picture, self.logo_text):
            logo_row.addWidget(label)
        logo_row.addStretch(1)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.product_logo)
        company = QGroupBox(self.tr("Company (on every report, for the whole team)"))
        company.setObjectName("company")
        company_form = QFormLayout(company)
        company_form.addRow(self.tr("Company name:"), self.company_name)
        company_form.addRow(self.tr("Service name:"), self.service)
        company_form.addRow(self.tr("Report footer:"), self.footer)
        company_form.addRow(self.tr("Logo:"), logo_row)
        self.fields = {
            Field.COMPANY_NAME: self.company_name,
            Field.COMPANY_SERVICE: self.service,
            Field.COMPANY_FOOTER: self.footer,
        }

        self.error = QLabel()
        self.error.setStyleSheet(f"color: {fmt.ERROR_COLOUR}; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (yours, company, self.error, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(600)
        self._show_logo()

    def _show_logo(self) -> None:
        picture = QPixmap()
        if self.logo is not None:
            picture.load(str(self.logo))
            text = self.logo.name
        elif self.company.logo is not None and not self.default_logo:
            picture.loadFromData(self.company.logo_bytes or b"")
            text = self.tr("Your company's logo")
        else:
            picture.load(str(resource_path("logo.png")))
            text = self.tr("AccountDesk's logo")
        self.logo_picture.setPixmap(
            picture.scaled(
                LOGO_SIZE,
                LOGO_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.logo_text.setText(text)
        self.product_logo.setEnabled(self.logo is not None or not self._showing_default())

    def _showing_default(self) -> bool:
        return self.company.logo is None or self.default_logo

    def choose_logo(self) -> None:
        chosen = Prompts.open_file(
            self, self.tr("Company logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if chosen is not None:
            self.logo, self.default_logo = chosen, False
            self._show_logo()

    def use_product_logo(self) -> None:
        self.logo, self.default_logo = None, True
        self._show_logo()

    def accept(self) -> None:
        company, logo, default_logo = self.desk.company, self.logo, self.default_logo
        name, service, footer = self.company_name.text(), self.service.text(), self.footer.text()
        try:
            self.company = saving(
                lambda: company.update(
                    name=name, service=service, footer=footer, logo=logo, default_logo=default_logo
                )
            )
        except Refused as refused:
            self.error.setText(refused.message)
            self.error.show()
            field = self.fields.get(refused.field) if refused.field else None
            if field is not None:
                field.setFocus()
                field.selectAll()
            return
        name = self.engineer.text().strip()
        if name:  # shared with the command line (accountdesk.preferences)
            settings.set_engineer(name)
        language.choose(str(self.language.currentData()))
        super().accept()

    @property
    def profile(self) -> CompanyProfile:
        return self.company
