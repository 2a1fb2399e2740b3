"""The command line: the same services as the window, for batch work and scripts.

Its names, options, JSON documents and exit codes are a stable interface that scripts
rely on (the README; the design's cli.md). Exit codes:

- 0: done.
- 1: an error nobody expected (a bug, a lost database connection). Its traceback is
  written to the log (`accountdesk.logs`) and stderr gets one line that names the log.
- 2: refused: a user's mistake or a rule that turns the request down (also a usage
  mistake, an unwritable file). One sentence on stderr, never a traceback, and nothing
  written.
- 130: interrupted (Ctrl+C). One line on stderr; the command's transaction was rolled
  back.

Where things are: `parser` declares every command and option; `run` parses, opens the
database, runs the command and turns what went wrong into an exit code (`errors`);
`commands/` holds one module per subject, each function calling the services; what
they print is shaped in `shapes` (JSON) and `text` (tables and longer text), and
printed by `Context.out`. The command line knows no Qt: `accountdesk` without a
command opens the window through `accountdesk.launch`.
"""

from accountdesk.cli.run import main, parse, run

__all__ = ["main", "parse", "run"]
