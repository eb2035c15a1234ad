"""Serapan Anggaran: pagu vs realisasi, serapan ranking, efficiency."""

import streamlit as st

from dashboard import charts, components, formatting, queries, slides
from dashboard.db import query
from dashboard.filters import current

st.title("Serapan anggaran")
st.caption("Pagu, realisasi dan serapan (realisasi / pagu × 100) menurut laporan tiap kecamatan.")
f = current()
totals = query(queries.budget_totals, **f.params())
if totals.empty:
    components.empty("data anggaran")
    st.stop()

years = sorted(totals["tahun"].dropna().astype(int).unique())
year = st.selectbox("Tahun", years, index=len(years) - 1, key="serapan-year")
this_year = totals[totals["tahun"] == year].assign(label=lambda d: d["kecamatan"])

SOURCE = "LKjIP kecamatan (tabel realisasi anggaran), dihimpun dasbor LKjIP"
title = f"Pagu dan realisasi per kecamatan {year}"
billions = this_year.assign(pagu_m=this_year["pagu"] / 1e9, realisasi_m=this_year["realisasi"] / 1e9)
components.chart(
    charts.pagu_vs_realisasi(this_year, "kecamatan", title),
    this_year[["kecamatan", "kabupaten_kota", "tahun", "pagu", "realisasi", "serapan"]],
    f"Pagu dan realisasi {year}",
    formatting.budget_table(this_year, "kecamatan", "Kecamatan"),
    slide=slides.from_columns(
        title, "bar", billions, "kecamatan", {"Pagu": "pagu_m", "Realisasi": "realisasi_m"}, "Miliar rupiah", SOURCE
    ),
)
title = f"Peringkat serapan anggaran {year}"
components.chart(
    charts.serapan_ranking(this_year, title),
    this_year[["kecamatan", "tahun", "serapan"]],
    f"Peringkat serapan {year}",
    slide=slides.from_columns(
        title,
        "barh",
        this_year.sort_values("serapan"),
        "kecamatan",
        {"Serapan (%)": "serapan"},
        "Serapan anggaran (%)",
        SOURCE,
    ),
)

st.subheader("Per program")
programs = query(queries.budget_programs, **f.params())
programs = programs[programs["tahun"] == year]
if programs.empty:
    components.empty("rincian program")
else:
    kec = st.selectbox("Kecamatan", sorted(programs["kecamatan"].unique()), key="serapan-kec")
    mine = programs[programs["kecamatan"] == kec]
    components.chart(
        charts.pagu_vs_realisasi(mine, "name", f"Pagu dan realisasi per program, {kec} {year}"),
        mine[["name", "tahun", "pagu", "realisasi", "serapan_reported", "serapan_recomputed"]],
        f"Program {kec} {year}",
        formatting.budget_table(mine, "name", "Program"),
    )

st.subheader("Efisiensi: capaian kinerja dibanding serapan anggaran")
eff = query(queries.efficiency, **f.params())
eff = eff[eff["tahun"] == year]
if eff.empty:
    components.empty("pasangan capaian kinerja dan serapan")
else:
    eff = eff.assign(
        label=eff["kecamatan"],
        efisien=eff["efisiensi"].map(lambda e: "Efisien (≥ 1,0)" if e >= 1 else "Kurang efisien (< 1,0)"),
    )
    title = f"Capaian kinerja dan serapan anggaran {year}"
    components.chart(
        charts.efficiency(eff, title),
        eff[["kecamatan", "tahun", "capaian_kinerja", "serapan", "efisiensi", "n_indikator"]],
        f"Efisiensi {year}",
        slide=slides.scatter(
            title, eff, "kecamatan", "serapan", "capaian_kinerja", "Serapan anggaran (%)", "Capaian kinerja (%)", SOURCE
        ),
    )
    st.caption(
        "Capaian kinerja = rata-rata capaian (dihitung ulang dari target dan realisasi) indikator di tabel "
        "pengukuran kinerja laporan tahun itu. Di atas garis putus-putus: capaian lebih tinggi dari serapan "
        "(efisiensi ≥ 1,0)."
    )
