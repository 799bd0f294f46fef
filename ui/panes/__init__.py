"""The desk's panes: one dock widget per file; ``registry`` says which exist and who sees them."""
