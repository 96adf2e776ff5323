"""Handlers of the larger `opn-desk` sub-commands (import, report); `cli.py` parses and dispatches."""
