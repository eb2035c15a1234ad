"""Layout shared by the IKM and SAKIP pages: ranking with bands, trend, target vs
realisasi, distribution by category, and the values with their sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from checks.rules import band_for, bands, regulation
from dashboard import charts, components, formatting, queries
from dashboard.db import query
from dashboard.filters import current, profile_label

PEER_NOTE = "Dilaporkan kecamatan lain"


def _band_code(kind: str):
    def code(value) -> str:
        band = None if pd.isna(value) else band_for(kind, value)
        return f"{band.code} ({band.name})" if band else "–"

    return code


def render(kind: str, title: str, axis: str) -> None:
    st.title(title)
    st.caption(f"Kategori menurut {regulation(kind)}. Angka dari tabel pengukuran kinerja tiap laporan.")
    f = current()
    own = query(queries.indicator_headline, kind=kind, **f.params())
    peers = query(queries.peer_values, kind=kind, prov=f.prov, kab=f.kab, y0=f.y0, y1=f.y1)
    if own.empty:
        components.empty(f"nilai {kind}")
        return
    years = sorted(own["tahun"].dropna().astype(int).unique())
    year = st.selectbox("Tahun", years, index=len(years) - 1, key=f"{kind}-year")
    show_peers = st.toggle(
        "Tampilkan angka yang dilaporkan kecamatan lain", value=True, key=f"{kind}-peers",
        help="Beberapa laporan membandingkan dirinya dengan kecamatan lain; angka itu ditandai berbeda.",
    )  # fmt: skip
    this_year = own[own["tahun"] == year]
    _ranking(kind, this_year, peers[peers["tahun"] == year] if show_peers else peers.iloc[0:0], year, axis)
    st.subheader("Nilai dan sumbernya")
    st.dataframe(formatting.indicator_table(this_year, _band_code(kind)), hide_index=True)
    _finding_links(this_year)
    left, right = st.columns(2)
    with left:
        components.chart(
            charts.trend(own, "realisasi", f"Tren {kind} per kecamatan", axis),
            own[["kecamatan", "kabupaten_kota", "tahun", "realisasi"]], f"Tren {kind}",
        )  # fmt: skip
    with right:
        components.chart(
            charts.target_vs_realisasi(this_year, f"Target dan realisasi {kind} {year}", axis),
            this_year[["kecamatan", "tahun", "target", "realisasi"]], f"Target dan realisasi {kind} {year}",
        )  # fmt: skip
    counts = this_year["realisasi"].map(_band_code(kind)).value_counts().rename_axis("kategori").reset_index()
    counts.columns = ["kategori", "jumlah"]
    components.chart(charts.distribution(counts, f"Sebaran kategori {kind} {year}"), counts, f"Sebaran {kind} {year}")


def _ranking(kind: str, own: pd.DataFrame, peers: pd.DataFrame, year: int, axis: str) -> None:
    mine = own.assign(label=own["kecamatan"], sumber="Laporan sendiri")
    # A kecamatan's own report beats what another report says about it.
    others = peers[(peers["kecamatan"] != "Nasional") & ~peers["kode_kecamatan"].isin(own["kec_key"])]
    others = others.assign(label=others["kecamatan"] + " *", sumber=PEER_NOTE)
    data = pd.concat([mine, others])[["label", "realisasi", "sumber"]]
    fig = charts.ranking(data, "realisasi", "label", f"Peringkat {kind} {year}", bands(kind), axis)
    national = peers[peers["kecamatan"] == "Nasional"]
    for value in national["realisasi"]:
        fig.add_vline(x=value, line_dash="dot", annotation_text="Nasional")
    components.chart(fig, data.rename(columns={"label": "kecamatan"}), f"Peringkat {kind} {year}")
    if len(others):
        by = ", ".join(sorted(set(peers["reported_by"])))
        st.caption(f"\\* Angka kecamatan lain menurut laporan Kecamatan {by}, bukan laporan mereka sendiri.")


def _finding_links(data: pd.DataFrame) -> None:
    flagged = data[data["n_findings"] > 0].drop_duplicates("kec_key")
    for kec, kab in zip(flagged["kecamatan"], flagged["kabupaten_kota"], strict=True):
        st.page_link(
            "app_pages/profil.py", label=f"Lihat temuan di laporan {kec}", icon=":material/warning:",
            query_params={"profil": profile_label(kec, kab)},
        )  # fmt: skip
