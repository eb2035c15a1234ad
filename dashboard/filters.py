"""The shared filter bar: provinsi, kabupaten/kota, kecamatan, tahun.

Rendered by app.py on every page; values persist across pages and live in the URL
(`bind="query-params"`, whitelisted keys only: prov, kab, kec, tahun).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

KEYS = ("prov", "kab", "kec", "tahun")


@dataclass(frozen=True)
class Filters:
    prov: tuple[str, ...] = ()
    kab: tuple[str, ...] = ()
    kec: tuple[str, ...] = ()
    y0: int = 1900
    y1: int = 2100

    def params(self) -> dict:
        """Keyword arguments for dashboard.queries functions."""
        return {"prov": self.prov, "kab": self.kab, "kec": self.kec, "y0": self.y0, "y1": self.y1}

    @property
    def years(self) -> range:
        return range(self.y0, self.y1 + 1)


def _sorted(values) -> list:
    return sorted({v for v in values if isinstance(v, str) and v})


def sidebar(options: pd.DataFrame) -> Filters:
    """Draw the filters in the sidebar and return the current choice."""
    with st.sidebar:
        st.header("Filter")
        if options.empty:
            st.caption("Belum ada dokumen yang dimuat.")
            return Filters()
        provs = _sorted(options["provinsi"])
        prov = st.multiselect(
            "Provinsi", provs, key="prov", bind="query-params", placeholder="Semua provinsi",
            disabled=not provs, help="Provinsi hanya terisi bila dokumen menyebutkannya.",
        )  # fmt: skip
        scope = options[options["provinsi"].isin(prov)] if prov else options
        kab = st.multiselect(
            "Kabupaten/Kota", _sorted(scope["kabupaten_kota"]), key="kab", bind="query-params",
            placeholder="Semua kabupaten/kota",
        )  # fmt: skip
        scope = scope[scope["kabupaten_kota"].isin(kab)] if kab else scope
        kec = st.multiselect(
            "Kecamatan", _sorted(scope["kecamatan"]), key="kec", bind="query-params", placeholder="Semua kecamatan"
        )
        years = sorted(int(y) for y in options["tahun"].dropna().unique())
        if len(years) > 1:
            y0, y1 = st.slider(
                "Tahun", min_value=years[0], max_value=years[-1], value=(years[0], years[-1]), key="tahun",
                bind="query-params", help="Tahun kinerja (tahun yang dilaporkan, bukan tahun terbit).",
            )  # fmt: skip
        else:
            y0 = y1 = years[0] if years else 1900
            st.caption(f"Tahun kinerja: {y0}")
        return Filters(tuple(prov), tuple(kab), tuple(kec), int(y0), int(y1))


def current() -> Filters:
    """The filters app.py set for this run."""
    return st.session_state.get("filters", Filters())
