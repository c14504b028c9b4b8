#!/usr/bin/env bash
# `make bench`: times kb on generated corpora (kb-bench generate: FR+EN articles of 1-20 KB with planted facts)
# of BENCH_N articles (default 10000 and 100000; BENCH_N=2000 takes a few minutes) and prints a markdown table:
#   - cold ingest into a fresh database: MB/s, articles/s, wall and CPU time, peak RSS (getrusage of the child),
#     final database size against the text size;
#   - the baseline in the same run (kb-bench baseline: the same texts in a table with an FTS5 index, one
#     transaction per article, no extraction) and the ratio ingest / baseline, run by run;
#   - extraction alone (no SQLite) in MB/s per core, on the first BENCH_SAMPLE files;
#   - re-ingest and `kb refresh` of the unchanged corpus, `kb refresh --reextract --all`;
#   - every report `kb query` lists: p50 and p95 of BENCH_ROUNDS runs with parameters drawn from the data;
#   - precision and recall of the stored facts against the planted ones.
# Every figure is BENCH_RUNS runs (median, min, max). The raw figures go to bench/results/*.json and the table
# to docs/benchmarks.md. Corpora are kept in BENCH_WORK (.build/bench) and reused.
set -euo pipefail

KB=${1:-.build/release/kb}
root=$(cd "$(dirname "$0")/.." && pwd)
BENCH=${BENCH:-$(dirname "$KB")/kb-bench}
cd "$root"
exec "$BENCH" run "$KB" --n "${BENCH_N:-10000,100000}" --runs "${BENCH_RUNS:-3}" --rounds "${BENCH_ROUNDS:-20}" \
    --sample "${BENCH_SAMPLE:-2000}" --work "${BENCH_WORK:-.build/bench}" --results bench/results --doc docs/benchmarks.md
