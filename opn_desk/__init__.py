"""OPN Desk: the coordination desk's tool for One Planet network programmes."""

import time as _time

__version__ = "0.1.0"
# When the process began importing OPN Desk: the start-up benchmark measures from here.
STARTED = _time.perf_counter()
