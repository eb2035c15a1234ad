"""Dashboard entry point: page config, the shared filter bar, navigation."""

import streamlit as st

from dashboard import filters, queries
from dashboard.db import query

st.set_page_config(page_title="Kinerja Kecamatan (LKjIP)", page_icon=":material/analytics:", layout="wide")

pages = [
    st.Page("pages/ringkasan.py", title="Ringkasan", icon=":material/home:", default=True),
    st.Page("pages/ikm.py", title="IKM", icon=":material/sentiment_satisfied:"),
    st.Page("pages/sakip.py", title="SAKIP", icon=":material/workspace_premium:"),
    st.Page("pages/serapan.py", title="Serapan Anggaran", icon=":material/payments:"),
    st.Page("pages/profil.py", title="Profil Kecamatan", icon=":material/location_city:"),
    st.Page("pages/perbandingan.py", title="Perbandingan", icon=":material/compare_arrows:"),
    st.Page("pages/konsistensi.py", title="Konsistensi", icon=":material/fact_check:"),
    st.Page("pages/presentasi.py", title="Presentasi", icon=":material/slideshow:"),
    st.Page("pages/unggah.py", title="Unggah Dokumen", icon=":material/upload_file:"),
]
page = st.navigation(pages)
st.session_state["filters"] = filters.sidebar(query(queries.filter_options))
page.run()
