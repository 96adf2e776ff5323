"""OPN Desk: the coordination desk's tool for One Planet network programmes."""

__version__ = "0.1.0"
