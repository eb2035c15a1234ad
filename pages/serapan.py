"""Serapan Anggaran: pagu vs realisasi, serapan ranking, efficiency."""

import streamlit as st

from dashboard import charts, colours, components, formatting, levels, queries, slides
from dashboard.db import query
from dashboard.filters import YEAR_HELP, current
from dashboard.shell import through_app

through_app()  # before anything is drawn (dashboard/shell.py)

st.title("Serapan anggaran")
st.caption("Pagu, realisasi dan serapan (realisasi / pagu × 100) menurut laporan tiap kecamatan.")
f = current()
totals = query(queries.budget_series, **f.params())
if totals.empty:
    components.empty("data anggaran")
    st.stop()

years = [int(y) for y in sorted(totals["tahun"].dropna().unique())]
year = st.selectbox("Tahun yang ditampilkan", years, index=len(years) - 1, key="serapan-year", help=YEAR_HELP)
this_year = query(queries.budget_totals, **{**f.params(), "y0": year, "y1": year})
level = levels.level_for(totals)
components.summary_note(totals, level)
by_place = levels.total_by(this_year, level)
shown = by_place.rename(columns={"label": level.name})
per = "kecamatan" if level == levels.KECAMATAN else f"{level.label} (jumlah kecamatannya)"

SOURCE = components.source(this_year["doc_id"], "Tabel realisasi anggaran")
place_colours = colours.for_places(by_place, "label", level.key)
place_name = level.label.capitalize()
title = f"Pagu dan realisasi per {per} {year}"
scale, unit = charts.money_scale(by_place["pagu"])
billions = by_place.assign(pagu_m=by_place["pagu"] / scale, realisasi_m=by_place["realisasi"] / scale)
components.chart(
    charts.pagu_vs_realisasi(by_place, "label", title, place_colours),
    shown[[level.name, "pagu", "realisasi", "serapan", "n_kecamatan"]],
    f"Pagu dan realisasi {year}",
    formatting.budget_table(this_year, "kecamatan", "Kecamatan") if level == levels.KECAMATAN else None,
    slide=slides.from_columns(
        title, "bar", billions, "label", {"Pagu": "pagu_m", "Realisasi": "realisasi_m"}, unit, SOURCE,
        place_colours, place_name,
    ),
)  # fmt: skip
title = f"Peringkat serapan anggaran {year}" + ("" if level == levels.KECAMATAN else f" per {level.label}")
components.chart(
    charts.serapan_ranking(by_place, title, place_colours),
    shown[[level.name, "serapan", "n_kecamatan"]],
    f"Peringkat serapan {year}",
    slide=slides.from_columns(
        title,
        "barh",
        by_place.sort_values("serapan"),
        "label",
        {"Serapan (%)": "serapan"},
        "Serapan anggaran (%)",
        SOURCE,
        place_colours,
        place_name,
    ),
)
if level != levels.KECAMATAN:
    st.subheader(f"Semua kecamatan {year}")
    st.dataframe(formatting.budget_table(this_year, "kecamatan", "Kecamatan"), hide_index=True)

st.subheader("Per program")
names = levels.labels(this_year, levels.KECAMATAN).sort_values()
kec = st.selectbox("Kecamatan", list(names.index), format_func=names.get, key="serapan-kec")
programs = query(queries.budget_programs, **{**f.params(), "kec": (kec,), "y0": year, "y1": year})
if programs.empty:
    components.empty("rincian program")
else:
    name = names[kec]
    title = f"Pagu dan realisasi per program, {name} {year}"
    one_colour = {str(p): colours.place_colour(kec) for p in programs["name"]}  # the kecamatan's own colour
    scale, unit = charts.money_scale(programs["pagu"])
    in_billions = programs.assign(pagu_m=programs["pagu"] / scale, realisasi_m=programs["realisasi"] / scale)
    components.chart(
        charts.pagu_vs_realisasi(programs, "name", title, one_colour, horizontal=True),
        programs[["name", "tahun", "pagu", "realisasi", "serapan_reported", "serapan_recomputed"]],
        f"Program {name} {year}",
        formatting.budget_table(programs, "name", "Program"),
        slide=slides.from_columns(
            title, "barh", in_billions.iloc[::-1], "name", {"Pagu": "pagu_m", "Realisasi": "realisasi_m"}, unit,
            components.source(programs["doc_id"], "Tabel realisasi anggaran per program"), one_colour, "Program",
        ),
    )  # fmt: skip

st.subheader("Efisiensi: capaian kinerja dibanding serapan anggaran")
eff = query(queries.efficiency, **{**f.params(), "y0": year, "y1": year})
if eff.empty:
    components.empty("pasangan capaian kinerja dan serapan")
else:
    eff_source = components.source([*eff["doc_id"], *eff["budget_doc_id"]],
                                   "Tabel pengukuran kinerja dan tabel realisasi anggaran")  # fmt: skip
    eff = levels.median_by(eff, level, ["capaian_kinerja", "serapan", "n_indikator"])
    eff_colours = colours.for_places(eff, "label", level.key)
    eff["efisiensi"] = eff["capaian_kinerja"] / eff["serapan"]  # where the point sits against the line
    eff["efisien"] = eff["efisiensi"].map(lambda e: "Efisien (≥ 1,0)" if e >= 1 else "Kurang efisien (< 1,0)")
    title = f"Capaian kinerja dan serapan anggaran {year}" + (
        "" if level == levels.KECAMATAN else f" (median per {level.label})"
    )
    components.chart(
        charts.efficiency(eff, title, eff_colours),
        eff[["label", "capaian_kinerja", "serapan", "efisiensi", "n_indikator", "n_kecamatan"]].rename(
            columns={"label": level.name}
        ),
        f"Efisiensi {year}",
        slide=slides.scatter(
            title,
            eff,
            "label",
            "serapan",
            "capaian_kinerja",
            "Serapan anggaran (%)",
            "Capaian kinerja (%)",
            eff_source,
            eff_colours,
        ),
    )
    st.caption(
        "Capaian kinerja = rata-rata capaian (dihitung ulang dari target dan realisasi) indikator di tabel "
        "pengukuran kinerja laporan tahun itu. Di atas garis putus-putus: capaian lebih tinggi dari serapan "
        "(efisiensi ≥ 1,0)."
    )
