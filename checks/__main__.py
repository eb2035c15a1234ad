"""python -m checks [--db data/lkjip.duckdb]: the same as python -m ingest --recheck."""

import sys

from ingest.cli import main

sys.exit(main(["--recheck", *sys.argv[1:]]))
