"""The audit log's entry hash (a module of its own: migration 0005 and the log both use it)."""

from __future__ import annotations

import hashlib
import json


def entry_hash(
    prev_hash: str,
    entry_id: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    details: str,
) -> str:
    """SHA-256 (hex) of an entry's content and the previous entry's hash.

    Frozen: migration 0005 hashed the existing entries with it; changing it breaks every
    stored chain.
    """
    content = [prev_hash, entry_id, at, actor, action, entity, entity_id, details]
    canonical = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
