"""Several laptops, one desk: offline edits that merge with nothing lost (docs/SYNC.md).

- identity.py: this laptop's identity, the laptops known, forks of copied files, the clock;
- capture.py: operations from what an operation changed (called by `Desk` before it commits);
- apply.py: received operations merged into the database (field heads, records, references);
- conflicts.py: the decisions waiting, and taking one;
- bundle.py: the encrypted ``.opnsync`` file;
- exchange.py: clone, export, import, status, forget (the command line and the window call these).

The merge rules themselves are pure functions in `opn_desk.domain.sync_merge`.
"""

from opn_desk.services.errors import DeskError


class SyncError(DeskError):
    """An exchange cannot be done; the message is one sentence for the user."""
