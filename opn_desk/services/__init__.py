"""Use cases. Functions take a Session first and return plain values; they never commit.

`Desk` runs them as operations: one transaction per user action, audited and undoable.
"""
