"""SAKIP: the yearly SAKIP/AKIP evaluation score and its predicates."""

import pandas as pd
import streamlit as st

from checks.rules import band_for
from dashboard import queries
from dashboard.db import query
from dashboard.filters import current
from dashboard.indicator_page import render

render("SAKIP", "Nilai SAKIP (evaluasi AKIP)", "Nilai SAKIP")

data = query(queries.indicator_headline, kind="SAKIP", **current().params())
if not data.empty:
    st.subheader("Perpindahan predikat antar tahun")
    data = data.assign(predikat=data["realisasi"].map(lambda v: band_for("SAKIP", v).code if pd.notna(v) else "–"))
    grid = data.pivot_table(index="kecamatan", columns="tahun", values="predikat", aggfunc="first").fillna("–")
    st.dataframe(grid.rename(columns=str), column_config={"kecamatan": "Kecamatan"})
