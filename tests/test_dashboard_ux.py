"""The dashboard as a new user meets it (issue 15): each item has its test here, on the
real sample database through Streamlit's AppTest. Expected figures are read in the
samples (data/samples/*.txt), named with their table and line."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT, open_app, walk

_app, _walk = open_app, walk


# --- 15: the pages live in a top-level pages/ folder -----------------------------------------


def test_pages_live_in_a_top_level_pages_folder_and_all_are_navigated():
    assert not (ROOT / "app_pages").exists()
    files = sorted(p.name for p in (ROOT / "pages").glob("*.py"))
    assert len(files) == 9
    tree = ast.parse((ROOT / "app.py").read_text(encoding="utf-8"))
    navigated = sorted(
        node.args[0].value.removeprefix("pages/")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Page"
    )
    assert navigated == files
    for path in [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("dashboard/*.py")]:
        assert "app_pages" not in path.read_text(encoding="utf-8"), path
