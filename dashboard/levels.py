"""How much detail a chart of many kecamatan shows.

A bar or line chart stays readable up to about one kabupaten's worth of kecamatan
(`MAX_ITEMS`). A wider selection is summarised per kabupaten/kota, and a wider one
still per provinsi (Indonesia has 38): the median of its kecamatan, with how many
there are. Tables always keep every kecamatan.

The frames given here come from dashboard.queries and carry every level's key and
name (`kec_key`/`kecamatan`, `kab_key`/`kabupaten_kota`, `prov_key`/`provinsi`).
Results name the place in a `label` column, unique within the frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

MAX_ITEMS = 40


@dataclass(frozen=True)
class Level:
    key: str  # column of the place's key
    name: str  # column of its name
    label: str  # what it is called in titles


KECAMATAN = Level("kec_key", "kecamatan", "kecamatan")
KABUPATEN = Level("kab_key", "kabupaten_kota", "kabupaten/kota")
PROVINSI = Level("prov_key", "provinsi", "provinsi")


def level_for(data: pd.DataFrame) -> Level:
    """The most detailed level at which `data` has at most MAX_ITEMS places."""
    for level in (KECAMATAN, KABUPATEN):
        if data[level.key].nunique() <= MAX_ITEMS:
            return level
    return PROVINSI


def median_by(data: pd.DataFrame, level: Level, values: list[str], by: tuple[str, ...] = ()) -> pd.DataFrame:
    """One row per place of `level` (and per `by`): the median of each value over its
    kecamatan, and `n_kecamatan`. At the kecamatan level the values are the kecamatan's own."""
    grouped = data.groupby([level.key, *by], dropna=False, sort=False)
    out = grouped[values].median()
    out["n_kecamatan"] = grouped["kec_key"].nunique()
    return _with_labels(out.reset_index(), data, level)


def total_by(data: pd.DataFrame, level: Level, by: tuple[str, ...] = ()) -> pd.DataFrame:
    """Pagu and realisasi summed per place of `level` (and per `by`), serapan recomputed
    from the sums (not an average of percentages), and `n_kecamatan`."""
    grouped = data.groupby([level.key, *by], dropna=False, sort=False)
    out = grouped[["pagu", "realisasi"]].sum(min_count=1)
    out["serapan"] = out["realisasi"] / out["pagu"] * 100
    out["n_kecamatan"] = grouped["kec_key"].nunique()
    return _with_labels(out.reset_index(), data, level)


def labels(data: pd.DataFrame, level: Level) -> pd.Series:
    """A name per key of `level`; a name two places share gets its parent's name added
    ("Sukorejo (Kabupaten Pasuruan)"), so bars and lines never merge."""
    parent = {KECAMATAN: KABUPATEN.name, KABUPATEN: PROVINSI.name}.get(level)
    places = data.drop_duplicates(level.key).set_index(level.key)
    names = places[level.name].fillna("?").astype(str)
    if parent is not None:
        shared = names.duplicated(keep=False)
        names[shared] = names[shared] + " (" + places.loc[shared, parent].fillna("?").astype(str) + ")"
    return names.rename("label")


def _with_labels(out: pd.DataFrame, data: pd.DataFrame, level: Level) -> pd.DataFrame:
    return out.join(labels(data, level), on=level.key)
