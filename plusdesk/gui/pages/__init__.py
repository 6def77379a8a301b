"""One page per subject of the main window, mirroring the core modules."""
