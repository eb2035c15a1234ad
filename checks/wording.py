"""How findings talk to a non-programmer: Indonesian numbers and places."""

from __future__ import annotations

import math


def number(value: float | None, decimals: int = 2) -> str:
    """Indonesian style: 1234567.8 -> '1.234.567,80'; whole numbers without decimals."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if float(value).is_integer():
        decimals = 0
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def place(source_table: str | None, line, page) -> str:
    """'Tabel 3.1 baris 430' or 'Tabel 3.1 halaman 12'."""
    where = source_table or "dokumen"
    if line is not None and not _missing(line):
        return f"{where} baris {int(line)}"
    if page is not None and not _missing(page):
        return f"{where} halaman {int(page)}"
    return where


def _missing(value) -> bool:
    try:
        return math.isnan(value)
    except TypeError:
        return False
