"""The command line's own error: bad input from the user, shown as one sentence with exit code 2.

Kept apart from cli.py so that the commands can raise it without importing the command line.
"""

from __future__ import annotations


class UsageError(Exception):
    """Bad input from the user: the message is shown as is, exit code 2."""
