"""Shared fixtures: one DuckDB built from the embedded samples for the whole run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from checks.run import run_checks
from ingest.pipeline import ingest_file
from ingest.store import connect

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
EXPECTED = Path(__file__).resolve().parent / "expected"


def sample_files() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def expected_for(sample: Path) -> dict:
    return json.loads((EXPECTED / f"{sample.stem}.json").read_text(encoding="utf-8"))


def open_app(db_path: Path, monkeypatch, page: str | None = None):
    """The dashboard on `db_path` through Streamlit's AppTest, on `page` if given."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("LKJIP_DB", str(db_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    if page:
        at.switch_page(page).run()
    return at


def walk(block):
    """Every element under an AppTest block, depth first."""
    for child in getattr(block, "children", {}).values():
        yield child
        yield from walk(child)


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory) -> Path:
    """A database file with every sample ingested once, through the real pipeline."""
    path = tmp_path_factory.mktemp("db") / "samples.duckdb"
    with connect(str(path)) as con:
        for sample in sample_files():
            result = ingest_file(con, sample)
            assert result.status == "ok", result.message
        run_checks(con)
    return path


@pytest.fixture(scope="module")
def app_db(samples_db, tmp_path_factory) -> Path:
    """A copy of the sample database for the app: the app opens its file read-write
    and keeps it open, so it must not share a file with read-only test connections."""
    path = tmp_path_factory.mktemp("app") / "app.duckdb"
    shutil.copy(samples_db, path)
    return path


@pytest.fixture()
def con(samples_db) -> duckdb.DuckDBPyConnection:
    with duckdb.connect(str(samples_db), read_only=True) as c:
        yield c


@pytest.fixture()
def fresh_db(tmp_path) -> Path:
    return tmp_path / "fresh.duckdb"


@pytest.fixture()
def samples_copy(tmp_path) -> Path:
    folder = tmp_path / "samples"
    shutil.copytree(SAMPLES, folder)
    return folder
