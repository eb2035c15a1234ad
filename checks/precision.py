"""Compare figures at the precision the document printed them."""

from __future__ import annotations

import math
import re

_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_EPS = 1e-9


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


def agrees(printed: float, exact: float, decimals: int) -> bool:
    """Whether `printed` (with `decimals` digits) is `exact` rounded or truncated."""
    unit = 10.0**-decimals
    if abs(printed - exact) <= unit / 2 + _EPS:
        return True  # rounded
    truncated = math.floor(abs(exact) / unit + _EPS) * unit
    return abs(abs(printed) - truncated) <= _EPS * max(1.0, abs(exact)) and printed * exact >= 0


def printed_agrees(printed: float, raw: str | None, exact: float) -> bool:
    return agrees(printed, exact, printed_decimals(raw, printed))


def same_at_precision(a: float, a_raw: str | None, b: float, b_raw: str | None, truncated_whole: bool = True) -> bool:
    """Equal once the finer figure is taken at the coarser one's printed precision. With
    `truncated_whole` False, a whole number is the same as a finer figure only rounded
    (87 is 86,5-87,49, not 87,55): two places giving one figure round it, a whole number
    that drops ,55 is another figure."""
    da, db = printed_decimals(a_raw, a), printed_decimals(b_raw, b)
    coarse, fine, decimals = (a, b, da) if da <= db else (b, a, db)
    if decimals == 0 and not truncated_whole and max(da, db) > 0:
        return abs(coarse - fine) <= 0.5 + 1e-9
    return agrees(coarse, fine, decimals)
