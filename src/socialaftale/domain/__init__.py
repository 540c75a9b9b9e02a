"""The pure domain core: commands, events, state and deciders per context.

Nothing here does I/O or imports infrastructure; import-linter enforces it.
"""
