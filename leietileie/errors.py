"""Errors people can act on (architecture habit 10)."""

from __future__ import annotations

from collections.abc import Sequence

from .domain.messages import Message


class InputError(Exception):
    """Bad input: one line per problem, each naming the field or row and what is allowed.

    A problem is a sentence or a ``Message`` (code + figures) that each surface renders in its
    language; ``problems`` holds them all in bokmål (the command line), ``messages`` as given.
    """

    def __init__(
        self, problems: Sequence[str | Message] | str | Message, *, cli_hints: Sequence[str] = ()
    ):
        items = [problems] if isinstance(problems, str | Message) else list(problems)
        self.messages: list[str | Message] = items
        self.problems = [p.text() if isinstance(p, Message) else p for p in items]
        #: What to type on the command line to get on (a flag), printed by the command line
        #: only: no command-line flag appears in a message the app shows.
        self.cli_hints = list(cli_hints)
        super().__init__("\n".join(self.problems))


class ConflictError(Exception):
    """Someone else changed the record since it was read (optimistic locking)."""
