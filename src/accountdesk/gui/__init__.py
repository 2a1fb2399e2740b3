"""The desktop window (PySide6). Thin: views and dialogs over the services."""
