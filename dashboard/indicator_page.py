"""Layout shared by the IKM and SAKIP pages: ranking with bands, trend, target vs
realisasi, distribution by category, and the values with their sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from checks.rules import band_for, bands, regulation
from dashboard import charts, components, formatting, queries, slides
from dashboard.db import query
from dashboard.filters import current, profile_label
from ingest.regions import official_name

PEER_NOTE = "Dilaporkan kecamatan lain"
SOURCE = "LKjIP kecamatan (tabel pengukuran dan perbandingan kinerja), dihimpun dasbor LKjIP"


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
        "Tampilkan angka yang dilaporkan kecamatan lain",
        value=True,
        key=f"{kind}-peers",
        help="Beberapa laporan membandingkan dirinya dengan kecamatan lain; angka itu ditandai berbeda.",
    )
    this_year = own[own["tahun"] == year]
    _ranking(kind, this_year, peers[peers["tahun"] == year] if show_peers else peers.iloc[0:0], year, axis)
    st.subheader("Nilai dan sumbernya")
    st.dataframe(formatting.indicator_table(this_year, _band_code(kind)), hide_index=True)
    _finding_links(this_year)
    left, right = st.columns(2)
    with left:
        title = f"Tren {kind} per kecamatan"
        components.chart(
            charts.trend(own, "realisasi", title, axis),
            own[["kecamatan", "kabupaten_kota", "tahun", "realisasi"]],
            f"Tren {kind}",
            slide=slides.from_long(title, "line", own, "tahun", "kecamatan", "realisasi", axis, SOURCE),
        )
    with right:
        title = f"Target dan realisasi {kind} {year}"
        components.chart(
            charts.target_vs_realisasi(this_year, title, axis),
            this_year[["kecamatan", "tahun", "target", "realisasi"]],
            title,
            slide=slides.from_columns(
                title, "bar", this_year, "kecamatan", {"Target": "target", "Realisasi": "realisasi"}, axis, SOURCE
            ),
        )
    counts = this_year["realisasi"].map(_band_code(kind)).value_counts().rename_axis("kategori").reset_index()
    counts.columns = ["kategori", "jumlah"]
    title = f"Sebaran kategori {kind} {year}"
    components.chart(
        charts.distribution(counts, title),
        counts,
        f"Sebaran {kind} {year}",
        slide=slides.from_columns(title, "bar", counts, "kategori", {"Jumlah kecamatan": "jumlah"}, "Jumlah", SOURCE),
    )


def _ranking(kind: str, own: pd.DataFrame, peers: pd.DataFrame, year: int, axis: str) -> None:
    mine = own.assign(label=own["kecamatan"], sumber="Laporan sendiri")
    # A kecamatan's own report beats what another report says about it.
    others = peers[(peers["kecamatan"] != "Nasional") & ~peers["kode_kecamatan"].isin(own["kec_key"])]
    others = others.assign(label=[f"{_peer_name(r)} *" for r in others.to_dict("records")], sumber=PEER_NOTE)
    data = pd.concat([mine, others])[["label", "realisasi", "sumber"]]
    fig = charts.ranking(data, "realisasi", "label", f"Peringkat {kind} {year}", bands(kind), axis)
    national = peers[peers["kecamatan"] == "Nasional"]
    for value in national["realisasi"]:
        fig.add_vline(x=value, line_dash="dot", annotation_text="Nasional")
    title = f"Peringkat {kind} {year}"
    ranked = data.sort_values("realisasi")
    components.chart(
        fig,
        data.rename(columns={"label": "kecamatan"}),
        title,
        slide=slides.from_columns(title, "barh", ranked, "label", {axis: "realisasi"}, axis, SOURCE),
    )
    if len(others):
        by = ", ".join(sorted(set(peers["reported_by"])))
        st.caption(f"\\* Angka kecamatan lain menurut laporan Kecamatan {by}, bukan laporan mereka sendiri.")


def _peer_name(peer: dict) -> str:
    """Official name of a kecamatan another report names, with its kabupaten/kota when
    that is not the reporting one ("Sukorejo (Kabupaten Pasuruan)")."""
    code, kab = peer["kode_kecamatan"], peer["kode_kabkota"]
    if not isinstance(code, str):
        return peer["kecamatan"]
    name = official_name(code) or peer["kecamatan"]
    return name if kab == peer["reported_by_kode_kabkota"] else f"{name} ({official_name(kab)})"


def _finding_links(data: pd.DataFrame) -> None:
    flagged = data[data["n_findings"] > 0].drop_duplicates("kec_key")
    for kec, kab in zip(flagged["kecamatan"], flagged["kabupaten_kota"], strict=True):
        st.page_link(
            "app_pages/profil.py",
            label=f"Lihat temuan di laporan {kec}",
            icon=":material/warning:",
            query_params={"profil": profile_label(kec, kab)},
        )
