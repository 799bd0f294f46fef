"""The channel-specific parts of the appeal editor: one form per channel (CH-1)."""
