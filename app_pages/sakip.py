"""SAKIP: the yearly SAKIP/AKIP evaluation score and its predicates."""

import streamlit as st

from dashboard import formatting, queries
from dashboard.db import query
from dashboard.filters import current
from dashboard.indicator_page import render

render("SAKIP", "Nilai SAKIP (evaluasi AKIP)", "Nilai SAKIP")

data = query(queries.indicator_headline, kind="SAKIP", **current().params())
if not data.empty:
    st.subheader("Perpindahan predikat antar tahun")
    st.dataframe(formatting.predicate_movement(data), hide_index=True)
    st.caption("↑ naik, ↓ turun, = tetap: predikat tahun terakhir dibanding tahun pertama yang tercatat.")
