"""Places for the dashboard: official region lists (which kecamatan a kabupaten/kota
has) and names for frames that carry keys only."""

from __future__ import annotations

import pandas as pd

from ingest.regions import kecamatan_of, official_name


def expected_kecamatan(kab_keys: tuple[str, ...]) -> pd.DataFrame:
    """Every kecamatan of the chosen kabupaten/kota (keys that are official codes)."""
    rows = [
        {"kab_key": kab, "kabupaten_kota": official_name(kab), "kec_key": code, "kecamatan": name}
        for kab in kab_keys
        if not kab.startswith("?")
        for code, name in kecamatan_of(kab)
    ]
    return pd.DataFrame(rows, columns=["kab_key", "kabupaten_kota", "kec_key", "kecamatan"])


def with_names(data: pd.DataFrame, names: pd.DataFrame) -> pd.DataFrame:
    """`data` (with `kec_key`) and the names of its kecamatan, kabupaten/kota and provinsi,
    from dashboard.queries.place_names."""
    if data.empty or names.empty:  # no database yet, or nothing in the filter
        return data
    return data.merge(names[["kec_key", "kecamatan", "kabupaten_kota", "provinsi"]], on="kec_key", how="left")
