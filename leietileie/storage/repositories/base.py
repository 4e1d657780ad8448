"""What every repository is: a class working on one session."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..session import Session


class Repository:
    """A repository works on the session it is given (never the register); every statement
    goes through it, so driver errors come out typed."""

    def __init__(self, session: Session):
        self.session = session

    @property
    def conn(self) -> Session:
        """The session under the name the query modules take it by (``Reader``)."""
        return self.session
