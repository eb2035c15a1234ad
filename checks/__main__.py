"""python -m checks [--db data/lkjip.duckdb]: re-run every check over the whole database."""

import argparse
import sys

from checks.run import run_checks
from ingest.store import connect

parser = argparse.ArgumentParser(prog="python -m checks", description="Periksa ulang seluruh basis data.")
parser.add_argument("--db", default="data/lkjip.duckdb")
args = parser.parse_args()
with connect(args.db) as con:
    counts = run_checks(con)
print("Temuan per pemeriksaan: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "tidak ada"))
sys.exit(0)
