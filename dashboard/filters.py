"""The shared filter bar: provinsi, kabupaten/kota, kecamatan, tahun.

Rendered by app.py on every page; values persist across pages and live in the URL
(`bind="query-params"`, whitelisted keys only: prov, kab, kec, tahun).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

KEYS = ("prov", "kab", "kec", "tahun")
YEARS_HELP = (
    "Rentang tahun kinerja (tahun yang dilaporkan, bukan tahun terbit) untuk semua halaman. Halaman IKM, SAKIP "
    "dan Serapan Anggaran lalu memilih satu tahun di dalam rentang ini untuk peringkat dan tabel; grafik tren "
    "memakai seluruh rentang."
)
YEAR_HELP = (
    "Satu tahun untuk peringkat, tabel dan sebaran di halaman ini, dipilih dari rentang Tahun di panel kiri. "
    "Grafik tren memakai seluruh rentang itu."
)


@dataclass(frozen=True)
class Filters:
    prov: tuple[str, ...] = ()  # provinsi keys (official codes, "35")
    kab: tuple[str, ...] = ()  # kabupaten/kota keys ("35.72")
    kec: tuple[str, ...] = ()  # kecamatan keys ("35.72.03")
    y0: int = 1900
    y1: int = 2100

    def params(self) -> dict:
        """Keyword arguments for dashboard.queries functions."""
        return {"prov": self.prov, "kab": self.kab, "kec": self.kec, "y0": self.y0, "y1": self.y1}

    @property
    def years(self) -> range:
        return range(self.y0, self.y1 + 1)


def profile_label(kecamatan: str, kabupaten_kota: str | None) -> str:
    """How a kecamatan is named in the profile's selector and its URL."""
    return f"{kecamatan} ({kabupaten_kota})" if kabupaten_kota else kecamatan


def _choices(options: pd.DataFrame, key: str, name: str, within: str | None = None) -> dict[str, str]:
    """key -> shown name (also the value written in the URL), sorted by name; a name
    two places share gets its kabupaten/kota added ("Sukorejo (Kota Blitar)")."""
    pairs = options.dropna(subset=[key, name]).drop_duplicates(key)
    shared = pairs[name].value_counts()
    names = {
        k: profile_label(n, w) if within and shared[n] > 1 else n
        for k, n, w in zip(pairs[key], pairs[name], pairs[within or name], strict=True)
    }
    return dict(sorted(names.items(), key=lambda kv: kv[1]))


def sidebar(options: pd.DataFrame) -> Filters:
    """Draw the filters in the sidebar and return the current choice (official codes)."""
    with st.sidebar:
        st.header("Filter")
        if options.empty:
            st.caption("Belum ada dokumen yang dimuat.")
            return Filters()
        provs = _choices(options, "prov_key", "provinsi")
        prov = st.multiselect(
            "Provinsi", list(provs), format_func=provs.get, key="prov", bind="query-params", select_all=False,
            placeholder="Semua provinsi", disabled=not provs,
        )  # fmt: skip
        scope = options[options["prov_key"].isin(prov)] if prov else options
        kabs = _choices(scope, "kab_key", "kabupaten_kota")
        kab = st.multiselect(
            "Kabupaten/Kota", list(kabs), format_func=kabs.get, key="kab", bind="query-params", select_all=False,
            placeholder="Semua kabupaten/kota",
        )  # fmt: skip
        scope = scope[scope["kab_key"].isin(kab)] if kab else scope
        kecs = _choices(scope, "kec_key", "kecamatan", within="kabupaten_kota")
        kec = st.multiselect(
            "Kecamatan", list(kecs), format_func=kecs.get, key="kec", bind="query-params", select_all=False,
            placeholder="Semua kecamatan",
        )  # fmt: skip
        years = sorted(int(y) for y in options["tahun"].dropna().unique())
        if len(years) > 1:
            y0, y1 = st.slider(
                "Tahun", min_value=years[0], max_value=years[-1], value=(years[0], years[-1]), key="tahun",
                bind="query-params", help=YEARS_HELP,
            )  # fmt: skip
        else:
            y0 = y1 = years[0] if years else 1900
            st.caption(f"Tahun kinerja: {y0}")
        st.caption("Pilihan kosong berarti semua.")
        st.caption("Nama dan kode wilayah menurut Kepmendagri 300.2.2-2138/2025.")
        return Filters(tuple(prov), tuple(kab), tuple(kec), int(y0), int(y1))


def current() -> Filters:
    """The filters app.py set for this run."""
    return st.session_state.get("filters", Filters())
