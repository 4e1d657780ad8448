"""Errors people can act on (architecture habit 10)."""

from __future__ import annotations


class InputError(Exception):
    """Bad input: one line per problem, each naming the field or row and what is allowed."""

    def __init__(self, problems: list[str] | str, *, cli_hints: list[str] | tuple[str, ...] = ()):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        #: What to type on the command line to get on (a flag), printed by the command line
        #: only: no command-line flag appears in a message the app shows.
        self.cli_hints = list(cli_hints)
        super().__init__("\n".join(self.problems))


class ConflictError(Exception):
    """Someone else changed the record since it was read (optimistic locking)."""
