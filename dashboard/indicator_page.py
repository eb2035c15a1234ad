"""Layout shared by the IKM and SAKIP pages: ranking with bands, trend, target vs
realisasi, distribution by category, and the values with their sources."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from checks.rules import band_for, bands, regulation
from dashboard import charts, colours, components, formatting, levels, places, queries, slides
from dashboard.db import query
from dashboard.filters import YEAR_HELP, current, profile_label
from ingest.regions import official_name

PEER_NOTE = charts.PEER_NOTE
SOURCE = "Tabel pengukuran dan perbandingan kinerja"


def _band_code(kind: str):
    def code(value) -> str:
        band = None if pd.isna(value) else band_for(kind, value)
        return f"{band.code} ({band.name})" if band else "–"

    return code


MAX_FINDING_LINKS = 10


def render(kind: str, title: str, axis: str) -> None:
    st.title(title)
    st.caption(f"Kategori menurut {regulation(kind)}. Angka dari tabel pengukuran kinerja tiap laporan.")
    f = current()
    series = places.with_names(query(queries.indicator_series, kind=kind, **f.params()), query(queries.place_names))
    if series.empty:
        components.empty(f"nilai {kind}")
        return
    years = [int(y) for y in sorted(series["tahun"].dropna().unique())]
    year = st.selectbox("Tahun yang ditampilkan", years, index=len(years) - 1, key=f"{kind}-year", help=YEAR_HELP)
    show_peers = st.toggle(
        "Tampilkan angka yang dilaporkan kecamatan lain",
        value=True,
        key=f"{kind}-peers",
        help="Beberapa laporan membandingkan dirinya dengan kecamatan lain; angka itu ditandai berbeda.",
    )
    this_year = query(queries.indicator_headline, kind=kind, **{**f.params(), "y0": year, "y1": year})
    peers = query(queries.peer_values, kind=kind, prov=f.prov, kab=f.kab, y0=year, y1=year)
    level = levels.level_for(series)
    components.summary_note(series, level)
    _ranking(kind, this_year, peers if show_peers else peers.iloc[0:0], year, axis, level)
    place_colours = colours.for_places(levels.labels(series, level).reset_index(), "label", level.key)
    st.subheader("Nilai dan sumbernya")
    st.dataframe(formatting.indicator_table(this_year, _band_code(kind)), hide_index=True)
    _finding_links(this_year)
    left, right = st.columns(2)
    per = "" if level == levels.KECAMATAN else f" (median per {level.label})"
    with left:
        trend = levels.median_by(series, level, ["realisasi"], by=("tahun",))
        title = f"Tren {kind} per {level.label}{per}"
        components.chart(
            charts.trend(trend, "realisasi", title, axis, by="label", colours=place_colours),
            trend[["label", "tahun", "realisasi", "n_kecamatan"]].rename(columns={"label": level.name}),
            f"Tren {kind}",
            slide=slides.from_long(
                title,
                "line",
                trend,
                "tahun",
                "label",
                "realisasi",
                axis,
                components.source(series["doc_id"], SOURCE),
                place_colours,
                "Tahun",
            ),
        )
    with right:
        pair = levels.median_by(this_year, level, ["target", "realisasi"])
        title = f"Target dan realisasi {kind} {year}{per}"
        components.chart(
            charts.target_vs_realisasi(pair, title, axis, by="label", colours=place_colours),
            pair[["label", "target", "realisasi", "n_kecamatan"]].rename(columns={"label": level.name}),
            title,
            slide=slides.from_columns(
                title,
                "bar",
                pair,
                "label",
                {"Target": "target", "Realisasi": "realisasi"},
                axis,
                components.source(this_year["doc_id"], SOURCE),
                place_colours,
                level.label.capitalize(),
            ),
        )
    order = [f"{b.code} ({b.name})" for b in bands(kind)]  # best first, every category (none: 0)
    found = this_year["realisasi"].map(_band_code(kind)).value_counts()
    counts = pd.DataFrame({"kategori": order, "jumlah": [int(found.get(c, 0)) for c in order]})
    title = f"Sebaran kategori {kind} {year}"
    components.chart(
        charts.distribution(counts, title, order),
        counts.rename(columns={"kategori": "Kategori", "jumlah": "Jumlah kecamatan"}),
        f"Sebaran {kind} {year}",
        slide=slides.from_columns(title, "bar", counts, "kategori", {"Jumlah kecamatan": "jumlah"},
                                  "Jumlah kecamatan", components.source(this_year["doc_id"], SOURCE),
                                  category_axis="Kategori"),
    )  # fmt: skip


def _ranking(kind: str, own: pd.DataFrame, peers: pd.DataFrame, year: int, axis: str, level: levels.Level) -> None:
    if level == levels.KECAMATAN:
        names = levels.labels(own, level).reindex(own["kec_key"]).to_numpy()
        mine = own.assign(label=formatting.marked(names, own, "realisasi"), sumber="Laporan sendiri")
        # A kecamatan's own report beats what another report says about it.
        others = peers[(peers["kecamatan"] != "Nasional") & ~peers["kode_kecamatan"].isin(own["kec_key"])]
        others = others.assign(
            label=[f"{_peer_name(r)} *" for r in others.to_dict("records")],
            sumber=PEER_NOTE,
            kec_key=others["kode_kecamatan"].where(
                others["kode_kecamatan"].notna(), "?" + others["kecamatan"].str.lower()
            ),
        )
        data = pd.concat([mine, others])[["label", "realisasi", "sumber", "kec_key"]]
        title = f"Peringkat {kind} {year}"
    else:
        others = peers.iloc[0:0]
        data = levels.median_by(own, level, ["realisasi"]).assign(sumber=charts.MEDIAN)
        data = data[["label", "realisasi", "n_kecamatan", "sumber", level.key]]
        title = f"Peringkat {kind} {year} per {level.label} (median kecamatan)"
    key = "kec_key" if level == levels.KECAMATAN else level.key
    place_colours = colours.for_places(data, "label", key)
    fig = charts.ranking(data, "realisasi", "label", title, bands(kind), axis, place_colours)
    national = peers[peers["kecamatan"] == "Nasional"]
    for value in national["realisasi"].drop_duplicates():
        fig.add_vline(x=value, line_dash="dot", annotation_text="Nasional")
    ranked = data.sort_values("realisasi", kind="stable")
    source = components.source([*own["doc_id"], *peers.get("doc_id", [])], SOURCE)
    components.chart(
        fig,
        data.drop(columns=[key]).rename(columns={"label": level.name}),
        title,
        slide=slides.from_columns(title, "barh", ranked, "label", {axis: "realisasi"}, axis, source, place_colours,
                                  level.label.capitalize()),
    )  # fmt: skip
    if level == levels.KECAMATAN and any(label.endswith(formatting.CORRECTED) for label in data["label"]):
        st.caption(f"{formatting.CORRECTED} angka yang dikoreksi pengguna; angka terbacanya ada di Profil Kecamatan.")
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
    if len(flagged) > MAX_FINDING_LINKS:
        st.page_link(
            "pages/konsistensi.py",
            label=f"{formatting.number(len(flagged))} kecamatan punya temuan pada nilai ini: lihat di Konsistensi",
            icon=":material/warning:",
        )
        return
    for kec, kab in zip(flagged["kecamatan"], flagged["kabupaten_kota"], strict=True):
        st.page_link(
            "pages/profil.py",
            label=f"Lihat temuan di laporan {kec}",
            icon=":material/warning:",
            query_params={"profil": profile_label(kec, kab)},
        )
