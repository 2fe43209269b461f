"""The one `Unset` marker all three generated clients share, so values compare across them."""

from __future__ import annotations

from typing import Literal


class Unset:
    """An optional field or argument that was not given (distinct from an explicit None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
