"""Official region lists for the dashboard (which kecamatan a kabupaten/kota has)."""

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
