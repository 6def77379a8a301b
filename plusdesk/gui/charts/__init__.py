"""Charts (pyqtgraph) that draw what the Qt-free core computes."""
