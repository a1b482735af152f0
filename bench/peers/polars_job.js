// The peer job for bench/whole.sh, in nodejs-polars (the same Rust engine as Python's polars): read OpenElections
// CSVs, drop TOTAL and statistic rows, sum votes by contest and candidate, print JSON. Usage: node polars_job.js FILE...
const pl = require("nodejs-polars");

const frames = process.argv.slice(2).map((f) => pl.readCSV(f, { inferSchemaLength: 0 })
  .withColumns(pl.col("votes").cast(pl.Int64)));
const rows = pl.concat(frames).filter(pl.col("precinct").neq(pl.lit("TOTAL")).and(pl.col("office").neq(pl.lit("Voters"))));
const totals = rows.groupBy(["office", "district", "candidate"]).agg(pl.col("votes").sum());
process.stdout.write(JSON.stringify(totals.toRecords()));
