"""PlusDesk: offline registration and benchmarking for PlusPraktijk general practices."""

__version__ = "0.1.0"
