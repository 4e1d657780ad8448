"""A follow-up letter's inputs as JSON and back, so a sent letter can be printed again exactly
as it was sent (the register's ledger and savings change; the letter must not).

Dates are ``{"$date": "2025-12-20"}``, messages ``{"$msg": code, "params": {...}}`` and the
domain's dataclasses ``{"$dc": name, ...fields}``; lists come back as tuples. Floats survive a
JSON round trip exactly, so the rebuilt request renders the same bytes.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from ..domain.arrears import ArrearsFacts, EscalationRules
from ..domain.messages import Message
from ..domain.pathway import Agreement, PathwayRules, PathwayStatus
from ..domain.payment_agreement import Instalment
from ..domain.register import Unit
from .followup import FollowupRequest

_CLASSES: dict[str, Any] = {
    c.__name__: c
    for c in (Unit, Agreement, PathwayStatus, PathwayRules, ArrearsFacts, EscalationRules)
}


def _encode(value: object) -> object:
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Message):
        return {"$msg": value.code, "params": {k: _encode(v) for k, v in value.params.items()}}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if name not in _CLASSES:
            raise TypeError(f"cannot store a {name} with a letter")
        fields = {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$dc": name, **fields}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def _decode(value: object) -> object:
    if isinstance(value, dict):
        if "$date" in value:
            return date.fromisoformat(str(value["$date"]))
        if "$msg" in value:
            params = value.get("params") or {}
            assert isinstance(params, dict)
            return Message(str(value["$msg"]), {k: _decode(v) for k, v in params.items()})
        if "$dc" in value:
            cls = _CLASSES[str(value["$dc"])]
            return cls(**{k: _decode(v) for k, v in value.items() if k != "$dc"})
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    return value


def request_to_json(request: FollowupRequest) -> dict[str, object]:
    """Every input of the letter, JSON-ready."""
    return {f.name: _encode(getattr(request, f.name)) for f in dataclasses.fields(request)}


def request_from_json(data: dict[str, Any]) -> FollowupRequest:
    """The request :func:`request_to_json` stored (instalments as ``Instalment`` again)."""
    values: dict[str, Any] = {k: _decode(v) for k, v in data.items()}
    values["instalments"] = tuple(Instalment(str(m), float(a)) for m, a in values["instalments"])
    return FollowupRequest(**values)
