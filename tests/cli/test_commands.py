"""The grammar and the commands agree: every command a user can type runs a handler,
and every handler can be typed."""

from __future__ import annotations

import argparse

from accountdesk.cli.commands import HANDLERS
from accountdesk.cli.parser import build_parser


def typed_commands(parser: argparse.ArgumentParser) -> set[str]:
    """The handler names of every command the parser accepts."""
    found: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                handler = sub.get_default("handler")
                found |= {handler} if handler else typed_commands(sub)
    return found


def test_every_command_has_a_handler_and_every_handler_a_command() -> None:
    assert typed_commands(build_parser()) == set(HANDLERS)
