"""Every page runs inside app.py (page config, filter bar, navigation).

Streamlit (1.67) still treats a top-level `pages/` folder as an old-style multipage app
until `st.navigation` has been called once: in the first run of a new server process
(and in every AppTest run) it may run a page file by itself, without app.py, so without
the page config and the shared filter bar. Each page calls `through_app()` first: when it
was started that way, app.py runs instead (it navigates back to the same page) and the
direct run stops there.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

APP = Path(__file__).resolve().parent.parent / "app.py"


def through_app() -> None:
    if PagesManager.uses_pages_directory:  # st.navigation (app.py) has not run yet
        runpy.run_path(str(APP), run_name="__main__")
        st.stop()
