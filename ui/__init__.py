"""The PySide6 desk: windows, panes, models, background tasks. The only layer that imports Qt."""
