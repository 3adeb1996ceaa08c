"""A generated model as JSON with its personal data masked: the fields the spec marks ``x-sensitive`` (whose
``repr`` the generated models already mask) and the values of fields the spec does not list.

Which JSON key holds which attribute is learnt from the model itself (``to_dict`` with and without the attribute),
once per class and attribute, so the rule follows the spec through regeneration instead of a list kept here.
"""

from __future__ import annotations

from typing import Any

import attrs
from unico_idcloud_client.types import UNSET, Unset, mask_repr

MASK = "***"

_KEYS: dict[tuple[type, str], str | None] = {}


def _json_key(model: Any, name: str, full: dict[str, Any]) -> str | None:
    cache_key = (type(model), name)
    if cache_key not in _KEYS:
        without = attrs.evolve(model, **{name: UNSET})
        without.additional_properties = model.additional_properties
        missing = set(full) - set(without.to_dict())
        _KEYS[cache_key] = missing.pop() if len(missing) == 1 else None
    return _KEYS[cache_key]


def _mask_into(model: Any, data: dict[str, Any]) -> None:
    for key in getattr(model, "additional_properties", {}):
        data[key] = MASK
    for attribute in attrs.fields(type(model)):
        if not attribute.init:
            continue
        value = getattr(model, attribute.name)
        if value is None or isinstance(value, Unset):
            continue
        key = _json_key(model, attribute.name, data)
        if key is None or key not in data:
            continue
        if attribute.repr is mask_repr:
            data[key] = MASK
        elif attrs.has(type(value)) and isinstance(data[key], dict):
            _mask_into(value, data[key])
        elif isinstance(value, list) and isinstance(data[key], list):
            for item, item_data in zip(value, data[key], strict=False):
                if attrs.has(type(item)) and isinstance(item_data, dict):
                    _mask_into(item, item_data)


def to_json(model: Any, *, show_pii: bool = False) -> dict[str, Any]:
    """``model.to_dict()``, with personal data replaced by ``"***"`` unless ``show_pii``."""
    data: dict[str, Any] = model.to_dict()
    if not show_pii:
        _mask_into(model, data)
    return data
