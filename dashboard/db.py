"""Read-only access to the DuckDB file, cached for the Streamlit server.

The connection is keyed on the file's modification time, so a rebuilt database
is picked up without a restart; query results are cached per database version.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dashboard import queries

ROOT = Path(__file__).resolve().parent.parent
DB_ENV = "LKJIP_DB"


def database_path() -> Path:
    """data/lkjip.duckdb, or the file named by the LKJIP_DB environment variable."""
    return Path(os.environ.get(DB_ENV) or ROOT / "data" / "lkjip.duckdb")


@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(path: str, mtime: float) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(path, read_only=True)


@st.cache_data(max_entries=512, show_spinner=False)
def _cached(name: str, path: str, mtime: float, params: tuple) -> pd.DataFrame:
    with _connection(path, mtime).cursor() as cur:
        return getattr(queries, name)(cur, **dict(params))


def query(fn: Callable[..., pd.DataFrame], **params) -> pd.DataFrame:
    """Run a function of dashboard.queries; an empty frame when there is no database yet."""
    path = database_path()
    if not path.exists():
        return pd.DataFrame()
    return _cached(fn.__name__, str(path), path.stat().st_mtime, tuple(sorted(params.items())))
