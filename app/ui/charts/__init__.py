"""Charts (pyqtgraph, imported only inside the chart widget) and the Making Data Count icons."""
