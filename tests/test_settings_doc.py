"""Every setting a user can give is documented in the README: environment variables
read by the product and the command line's options."""

from __future__ import annotations

import re

from ingest.cli import _parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SOURCES = [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("dashboard/*.py"), *ROOT.glob("ingest/*.py"),
           *ROOT.glob("checks/*.py")]  # fmt: skip


def test_every_environment_variable_is_in_the_readme():
    names = {n for f in SOURCES for n in re.findall(r'"(LKJIP_[A-Z_]+)"', f.read_text(encoding="utf-8"))}
    assert {"LKJIP_DB", "LKJIP_MAX_MB", "LKJIP_MEMORY_LIMIT"} <= names  # the scan finds them
    assert sorted(n for n in names if f"`{n}`" not in README) == []


def test_every_ingest_option_is_in_the_readme():
    options = {o for action in _parser()._actions for o in action.option_strings if o.startswith("--")}
    assert {"--db", "--jobs", "--recheck"} <= options
    assert sorted(o for o in options - {"--help"} if o not in README) == []
