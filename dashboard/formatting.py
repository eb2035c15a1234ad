"""Number and date formatting for the dashboard, Indonesian style, in one place."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

_SCALES = ((1e12, "T"), (1e9, "M"), (1e6, "jt"), (1e3, "rb"))


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def number(value, decimals: int = 0) -> str:
    """1234567.891 -> '1.234.567,89' (decimals=2); missing -> '–'."""
    if _missing(value):
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def percent(value, decimals: int = 2) -> str:
    return "–" if _missing(value) else f"{number(value, decimals)}%"


def rupiah(value) -> str:
    return "–" if _missing(value) else f"Rp {number(value, 0)}"


def rupiah_short(value) -> str:
    """34_670_350_601 -> 'Rp 34,7 M' (miliar); 'jt' juta, 'T' triliun."""
    if _missing(value):
        return "–"
    for scale, suffix in _SCALES:
        if abs(value) >= scale:
            return f"Rp {number(value / scale, 1)} {suffix}"
    return rupiah(value)


def date_time(value) -> str:
    if _missing(value):
        return "–"
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    return value.strftime("%d-%m-%Y %H:%M") if isinstance(value, dt.datetime) else str(value)


STATUS_LABELS = {"ok": "Berhasil", "failed": "Gagal"}


def documents_table(docs: pd.DataFrame) -> pd.DataFrame:
    """The documents list as shown to users: Indonesian headers, formatted values."""
    docs = docs.reset_index(drop=True)
    return pd.DataFrame(
        {
            "Kecamatan": docs["kecamatan"].fillna("(tidak terbaca)"),
            "Kabupaten/Kota": docs["kabupaten_kota"].fillna("(tidak terbaca)"),
            "Tahun kinerja": docs["tahun"].map(lambda y: "–" if _missing(y) else str(int(y))),
            "Nilai indikator": docs["n_indicator_values"].map(number),
            "Baris anggaran": docs["n_budget_lines"].map(number),
            "Ditampilkan": docs["is_current"].map({True: "Ya", False: "Tidak (versi lain lebih baru)"}),
            "Berkas": docs["file_name"],
            "Dimuat": docs["ingested_at"].map(date_time),
        }
    )


def failed_table(docs: pd.DataFrame) -> pd.DataFrame:
    docs = docs.reset_index(drop=True)
    return pd.DataFrame(
        {"Berkas": docs["file_name"], "Alasan": docs["error"], "Dimuat": docs["ingested_at"].map(date_time)}
    )
