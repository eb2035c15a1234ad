"""Dashboard entry point: page config and navigation only."""

import streamlit as st

st.set_page_config(page_title="Kinerja Kecamatan (LKjIP)", page_icon="📊", layout="wide")

pages = [
    st.Page("pages/ringkasan.py", title="Ringkasan", icon="🏠", default=True),
]
st.navigation(pages).run()
