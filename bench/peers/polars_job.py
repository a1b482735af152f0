"""The peer job for bench/whole.sh, in polars: read OpenElections CSVs, drop TOTAL and statistic rows, sum votes by
contest and candidate, print JSON. Usage: python polars_job.py FILE..."""
import sys

import polars as pl

frames = [pl.read_csv(f, infer_schema=False).with_columns(pl.col("votes").cast(pl.Int64)) for f in sys.argv[1:]]
rows = pl.concat(frames).filter((pl.col("precinct") != "TOTAL") & (pl.col("office") != "Voters"))
totals = rows.group_by(["office", "district", "candidate"], maintain_order=True).agg(pl.col("votes").sum())
sys.stdout.write(totals.write_json())
