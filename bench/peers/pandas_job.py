"""The peer job for bench/whole.sh, in pandas: read OpenElections CSVs, drop TOTAL and statistic rows, sum votes by
contest and candidate, print JSON. Usage: python3 pandas_job.py FILE..."""
import sys

import pandas as pd

frames = [pd.read_csv(f, dtype=str, keep_default_na=False) for f in sys.argv[1:]]
rows = pd.concat(frames, ignore_index=True)
rows = rows[(rows["precinct"] != "TOTAL") & (rows["office"] != "Voters")]
rows = rows.assign(votes=rows["votes"].astype("int64"))
totals = rows.groupby(["office", "district", "candidate"], sort=False)["votes"].sum().reset_index()
sys.stdout.write(totals.to_json(orient="records"))
