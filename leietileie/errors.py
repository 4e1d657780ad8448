"""Errors people can act on (architecture habit 10)."""

from __future__ import annotations


class InputError(Exception):
    """Bad input: one line per problem, each naming the field or row and what is allowed."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


class RulesUnconfirmed(InputError):
    """A letter would cite rule groups that nobody in the municipality has checked against their
    source. Each surface says how to confirm them (the app: Innstillinger; the command line:
    its own option), so the message itself names no command-line flag."""


class ConflictError(Exception):
    """Someone else changed the record since it was read (optimistic locking)."""
