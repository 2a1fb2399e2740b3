"""What a command runs with: the open desk, the parsed arguments, and the one way to
print a result (JSON with --json, else text for people)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from accountdesk.app import Desk


@dataclass
class Context:
    desk: Desk
    args: argparse.Namespace

    def out(self, document: Any, text: Callable[[], str]) -> None:
        """Print the JSON document with --json, else the human text."""
        if getattr(self.args, "json", False):
            print(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            print(text())
