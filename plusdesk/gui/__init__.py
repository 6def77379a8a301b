"""The PySide6 desktop interface: a thin layer over plusdesk.core."""
