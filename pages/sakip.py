"""SAKIP: the yearly SAKIP/AKIP evaluation score and its predicates."""

import streamlit as st

from dashboard import formatting, levels, places, queries
from dashboard.db import query
from dashboard.filters import current
from dashboard.indicator_page import render
from dashboard.shell import through_app

through_app()  # before anything is drawn (dashboard/shell.py)

render("SAKIP", "Nilai SAKIP (evaluasi AKIP)", "Nilai SAKIP")

data = places.with_names(
    query(queries.indicator_series, kind="SAKIP", **current().params()), query(queries.place_names)
)
if not data.empty:
    st.subheader("Perpindahan predikat antar tahun")
    if levels.level_for(data) != levels.KECAMATAN:
        st.caption("Jumlah kecamatan menurut predikat tahun pertama (baris) dan tahun terakhir (kolom) yang tercatat.")
        st.dataframe(formatting.predicate_transitions(data))
    st.dataframe(formatting.predicate_movement(data), hide_index=True)
    st.caption("↑ naik, ↓ turun, = tetap: predikat tahun terakhir dibanding tahun pertama yang tercatat.")
