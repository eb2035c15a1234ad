"""Compare figures at the precision the document printed them."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def printed_decimals(raw: str | None, value: float | None) -> int:
    """Digits printed after the decimal mark: '100,16%' -> 2, '34.670.350.601' -> 0,
    '2,039,091,915.00' -> 2, '3,064' -> 3 when it was read as 3.064."""
    if not raw or value is None:
        return 0
    tokens = _NUMBER.findall(re.sub(r"(\d),\s+(\d)", r"\1,\2", raw))
    if not tokens:
        return 0
    groups = re.split(r"[.,]", max(tokens, key=len))
    if len(groups) == 1:
        return 0
    last = groups[-1]
    if len(last) == 3 and float(value).is_integer():
        return 0  # a thousands group
    return len(last)


def tolerance(decimals: int) -> float:
    """One unit in the last printed place: covers both rounding and truncation."""
    return 10.0**-decimals + 1e-9


def same_at_precision(a: float, a_raw: str | None, b: float, b_raw: str | None) -> bool:
    """Equal once both are taken at the coarser of the two printed precisions."""
    decimals = min(printed_decimals(a_raw, a), printed_decimals(b_raw, b))
    return abs(a - b) < tolerance(decimals)
