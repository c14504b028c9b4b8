#!/usr/bin/env bash
# Times kb on N articles of ordinary length (5-10 KB, made by `kb-bench corpus` from the paragraphs of examples/):
#   - extraction alone (`kb-bench extract`: decode + extract on one thread, no SQLite), in MB/s per core;
#   - `kb ingest` into a fresh database, in MB/s and articles/s, and re-ingest of the unchanged corpus;
#   - a baseline in the same run: the same texts stored by `kb-bench baseline` (a table with an FTS5 index,
#     one transaction per article, no extraction), and the ratio of kb's ingest to it;
#   - scaling: extraction of one long article made of the corpus 1, 10 and 100 times over.
# Every figure is the median of RUNS runs; ingest and baseline runs alternate so that load on the machine
# weighs on both alike. When ../shared/eval/dev/corpus exists, extraction is also timed on those real articles.
set -euo pipefail

KB=${1:-.build/release/kb}
N=${N:-1000}
RUNS=${RUNS:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
KB=$(cd "$(dirname "$KB")" && pwd)/$(basename "$KB")
BENCH=${BENCH:-$(dirname "$KB")/kb-bench}
work=$(mktemp -d "${TMPDIR:-/tmp}/kb-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$BENCH" corpus "$root/examples" "$work/corpus" "$N"
mapfile -t files < <(find "$work/corpus" -type f | sort)
bytes=$(cat "${files[@]}" | wc -c)

# Seconds elapsed running "$@", with its output discarded.
elapsed() {
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# Seconds reported by kb-bench ("bytes seconds").
timed() { "$BENCH" "$@" 2> /dev/null | awk '{ print $2 }'; }

extract=() fresh=() base=() again=()
for ((r = 0; r < RUNS; r++)); do
    extract+=("$(timed extract "${files[@]}")")
    rm -f "$work/base.db"*
    base+=("$(timed baseline "$work/base.db" "${files[@]}")")
    rm -f "$work/bench.db"*
    fresh+=("$(elapsed "$KB" ingest --quiet --db "$work/bench.db" "$work/corpus")")
done
for ((r = 0; r < RUNS; r++)); do
    again+=("$(elapsed "$KB" ingest --quiet --db "$work/bench.db" "$work/corpus")")
done
articles=$("$KB" sql --db "$work/bench.db" --format csv "SELECT count(*) FROM articles" | tail -n 1 | tr -d '\r')

e=$(printf '%s\n' "${extract[@]}" | median)
f=$(printf '%s\n' "${fresh[@]}" | median)
b=$(printf '%s\n' "${base[@]}" | median)
g=$(printf '%s\n' "${again[@]}" | median)
awk -v n="$N" -v a="$articles" -v mb="$bytes" -v e="$e" -v f="$f" -v b="$b" -v g="$g" -v runs="$RUNS" 'BEGIN {
    mb /= 1e6
    printf "bench: %d files (%.1f MB, %.1f KB each), %d articles stored; medians of %d runs\n", n, mb, mb * 1000 / n, a, runs
    printf "extraction only, one core:  %6.2f s  %6.2f MB/s\n", e, mb / e
    printf "ingest, fresh database:     %6.2f s  %6.2f MB/s  %5.0f articles/s\n", f, mb / f, n / f
    printf "baseline, SQLite + FTS5:    %6.2f s  %6.2f MB/s  (same texts, no extraction)\n", b, mb / b
    printf "ingest / baseline:          %6.2f\n", b / f
    printf "re-ingest, unchanged:       %6.2f s  %5.0f articles/s\n", g, n / g
}'

# Real press, when the shared evaluation set is there (read by path, never copied).
dev="$root/../shared/eval/dev/corpus"
if [ -d "$dev" ]; then
    mapfile -t real < <(find "$dev" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' \) | sort)
    real_bytes=$(cat "${real[@]}" | wc -c)
    runs=()
    for ((r = 0; r < RUNS; r++)); do runs+=("$(timed extract "${real[@]}")"); done
    awk -v mb="$real_bytes" -v s="$(printf '%s\n' "${runs[@]}" | median)" -v n="${#real[@]}" \
        'BEGIN { printf "extraction only, real press (%d articles): %6.2f MB/s\n", n, mb / 1e6 / s }'
fi

# Scaling: one article made of the corpus's first articles, 1, 10 and 100 times over.
unit="$work/unit.txt"
cat "${files[@]:0:5}" > "$unit"
for times in 1 10 100; do
    for ((k = 0; k < times; k++)); do cat "$unit"; done > "$work/long-$times.txt"
done
scaling=()
for times in 1 10 100; do
    runs=()
    for ((r = 0; r < RUNS; r++)); do runs+=("$(timed extract "$work/long-$times.txt")"); done
    scaling+=("$(printf '%s\n' "${runs[@]}" | median)")
done
awk -v kb="$(wc -c < "$unit")" -v s1="${scaling[0]}" -v s10="${scaling[1]}" -v s100="${scaling[2]}" 'BEGIN {
    printf "scaling, one article of %.0f KB x1 / x10 / x100: %.3f / %.3f / %.3f s (x10: %.1f times, x100: %.1f times)\n",
        kb / 1000, s1, s10, s100, s10 / s1, s100 / s1
}'
