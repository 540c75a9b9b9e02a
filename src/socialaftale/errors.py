"""Errors about a store itself (not about what is recorded in it), for every frontend.

``open_store`` and the commands of an open store raise :class:`StoreError` when the store
cannot be used: the file is not a database, the server does not answer, the log is damaged.
Each carries a Danish message naming the store and what is wrong, and a rule id, so the CLI,
the web and embedders can show it instead of a traceback.
"""

from __future__ import annotations

__all__ = ["LogDamaged", "StoreError"]


class StoreError(Exception):
    """The store cannot be opened or used; nothing was recorded by the failing call."""

    def __init__(self, message: str, *, rule: str, store: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.rule = rule
        self.store = store


class LogDamaged(StoreError):
    """The stored log disagrees with itself or with what the read models applied from it
    (rows changed or moved outside socialaftale); ``position`` is the first place found."""

    def __init__(self, message: str, *, position: int, rule: str = "log-beskadiget",
                 store: str = "") -> None:
        super().__init__(message, rule=rule, store=store)
        self.position = position
