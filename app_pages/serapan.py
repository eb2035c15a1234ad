"""Serapan Anggaran: pagu vs realisasi, serapan ranking, efficiency."""

import streamlit as st

from dashboard import charts, components, formatting, queries
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

components.chart(
    charts.pagu_vs_realisasi(this_year, "kecamatan", f"Pagu dan realisasi per kecamatan {year}"),
    this_year[["kecamatan", "kabupaten_kota", "tahun", "pagu", "realisasi", "serapan"]],
    f"Pagu dan realisasi {year}", formatting.budget_table(this_year, "kecamatan", "Kecamatan"),
)  # fmt: skip
components.chart(
    charts.serapan_ranking(this_year, f"Peringkat serapan anggaran {year}"),
    this_year[["kecamatan", "tahun", "serapan"]], f"Peringkat serapan {year}",
)  # fmt: skip

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
        f"Program {kec} {year}", formatting.budget_table(mine, "name", "Program"),
    )  # fmt: skip

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
    components.chart(
        charts.efficiency(eff, f"Capaian kinerja dan serapan anggaran {year}"),
        eff[["kecamatan", "tahun", "capaian_kinerja", "serapan", "efisiensi", "n_indikator"]],
        f"Efisiensi {year}",
    )  # fmt: skip
    st.caption(
        "Capaian kinerja = rata-rata capaian (dihitung ulang dari target dan realisasi) indikator di tabel "
        "pengukuran kinerja laporan tahun itu. Di atas garis putus-putus: capaian lebih tinggi dari serapan "
        "(efisiensi ≥ 1,0)."
    )
