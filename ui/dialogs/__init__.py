"""Dialogs the panes open. They never call services: they say what was typed, the pane runs it."""
