"""Dialogs of the PlusDesk window."""
