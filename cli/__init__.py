"""The command line: the GUI by default, sub-commands for administration and checks."""
