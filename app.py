"""Dashboard entry point: page config, the shared filter bar, navigation."""

import streamlit as st

from dashboard import filters, queries
from dashboard.db import query

st.set_page_config(page_title="Kinerja Kecamatan (LKjIP)", page_icon=":material/analytics:", layout="wide")

pages = [
    st.Page("app_pages/ringkasan.py", title="Ringkasan", icon=":material/home:", default=True),
    st.Page("app_pages/ikm.py", title="IKM", icon=":material/sentiment_satisfied:"),
    st.Page("app_pages/sakip.py", title="SAKIP", icon=":material/workspace_premium:"),
    st.Page("app_pages/serapan.py", title="Serapan Anggaran", icon=":material/payments:"),
    st.Page("app_pages/profil.py", title="Profil Kecamatan", icon=":material/location_city:"),
    st.Page("app_pages/perbandingan.py", title="Perbandingan", icon=":material/compare_arrows:"),
    st.Page("app_pages/konsistensi.py", title="Konsistensi", icon=":material/fact_check:"),
    st.Page("app_pages/presentasi.py", title="Presentasi", icon=":material/slideshow:"),
    st.Page("app_pages/unggah.py", title="Unggah Dokumen", icon=":material/upload_file:"),
]
page = st.navigation(pages)
st.session_state["filters"] = filters.sidebar(query(queries.filter_options))
page.run()
