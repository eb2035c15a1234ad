"""Perbandingan: two to five kecamatan side by side."""

import streamlit as st

from dashboard import charts, colours, components, formatting, queries, slides
from dashboard.db import query
from dashboard.filters import current
from dashboard.shell import through_app

through_app()  # before anything is drawn (dashboard/shell.py)

st.title("Perbandingan kecamatan")
f = current()
coverage = query(queries.coverage, **f.params())
names = (
    {}
    if coverage.empty
    else dict(sorted(zip(coverage["kec_key"], coverage["kecamatan"], strict=True), key=lambda kv: kv[1]))
)
if len(names) < 2:
    components.empty("dua kecamatan atau lebih")
    st.stop()

chosen = st.multiselect("Pilih 2 sampai 5 kecamatan", list(names), default=list(names)[:3], format_func=names.get,
                        max_selections=5, key="banding", bind="query-params", select_all=False)  # fmt: skip
labels = [names[k] for k in chosen]
if len(chosen) < 2:
    st.warning("Pilih paling sedikit dua kecamatan untuk dibandingkan.")
    st.stop()

params = {**f.params(), "kec": tuple(chosen)}
for kind, axis in (("IKM", "Nilai IKM"), ("SAKIP", "Nilai SAKIP"), ("IPP", "Nilai IPP"), ("IKPP", "Nilai IKPP"),
                   ("PATEN", "Nilai PATEN")):  # fmt: skip
    data = query(queries.indicator_headline, kind=kind, **params)
    if data.empty:
        continue
    title = f"{kind}: {', '.join(labels)}"
    place_colours = colours.for_places(data, "kecamatan", "kec_key")
    components.chart(
        charts.side_by_side(data, title, axis, place_colours),
        data[["kecamatan", "kabupaten_kota", "tahun", "target", "realisasi", "capaian_recomputed"]], f"Banding {kind}",
        formatting.indicator_table(data, lambda v: ""),
        slide=slides.from_long(title, "bar", data, "tahun", "kecamatan", "realisasi", axis,
                               components.source(data["doc_id"], "Tabel pengukuran kinerja"), place_colours, "Tahun"),
    )  # fmt: skip

budget = query(queries.budget_totals, **params)
if not budget.empty:
    budget = budget.assign(realisasi=budget["serapan"])
    title = f"Serapan anggaran (%): {', '.join(labels)}"
    place_colours = colours.for_places(budget, "kecamatan", "kec_key")
    components.chart(
        charts.side_by_side(budget, title, "Serapan (%)", place_colours),
        budget[["kecamatan", "tahun", "pagu", "serapan"]], "Banding serapan",
        slide=slides.from_long(title, "bar", budget, "tahun", "kecamatan", "serapan", "Serapan anggaran (%)",
                               components.source(budget["doc_id"], "Tabel realisasi anggaran"), place_colours,
                               "Tahun"),
    )  # fmt: skip
missing = [names[k] for k in chosen if k not in set(budget["kec_key"] if len(budget) else [])]
if missing:
    st.caption(f"Tanpa data anggaran: {', '.join(missing)}.")
