"""The dashboard's access to the DuckDB file.

One read-write connection per server process (st.cache_resource), shared by every
session through cursors: the app itself records reviews and ingests uploads, so it
is the file's single writer while it runs (DuckDB allows one writing process).
Query results are cached per database version: the file's identity (a rebuilt file
is a new inode) and a counter bumped after every write made through `write()`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from dashboard import queries
from ingest.store import connect

ROOT = Path(__file__).resolve().parent.parent
DB_ENV = "LKJIP_DB"


def database_path() -> Path:
    """data/lkjip.duckdb, or the file named by the LKJIP_DB environment variable."""
    return Path(os.environ.get(DB_ENV) or ROOT / "data" / "lkjip.duckdb")


@st.cache_resource(max_entries=4, show_spinner=False)
def _connection(path: str, inode: int) -> duckdb.DuckDBPyConnection:
    return connect(path)


@st.cache_resource(show_spinner=False)
def _versions() -> dict[str, int]:
    return {}


def version() -> tuple[str, int, int]:
    path = database_path()
    inode = path.stat().st_ino if path.exists() else 0
    return str(path), inode, _versions().get(str(path), 0)


def cursor() -> duckdb.DuckDBPyConnection:
    """A cursor on the shared connection (the file is created when missing)."""
    path = database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        connect(str(path)).close()
    return _connection(str(path), path.stat().st_ino).cursor()


@st.cache_data(max_entries=1024, show_spinner=False)
def _cached(name: str, db_version: tuple, params: tuple) -> pd.DataFrame:
    with _connection(db_version[0], db_version[1]).cursor() as cur:
        return getattr(queries, name)(cur, **dict(params))


def query(fn: Callable[..., pd.DataFrame], **params) -> pd.DataFrame:
    """Run a function of dashboard.queries; an empty frame when there is no database yet."""
    if not database_path().exists():
        return pd.DataFrame()
    return _cached(fn.__name__, version(), tuple(sorted(params.items())))


def changed() -> None:
    """Call after writing to the database: every page shows the new data on its next run."""
    key = str(database_path())
    _versions()[key] = _versions().get(key, 0) + 1


def write(fn: Callable[..., object], **params) -> object:
    """Run a write function of dashboard.queries and invalidate cached results."""
    with cursor() as cur:
        result = fn(cur, **params)
    changed()
    return result
