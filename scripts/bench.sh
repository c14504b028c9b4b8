#!/usr/bin/env bash
# Times `kb ingest` on N synthetic articles (examples/ replicated under varied names, each with a unique
# closing line so that every file hashes differently): five fresh ingests, then five re-ingests of the
# unchanged corpus (the sha256 skip). Prints the median of each and articles per second.
set -euo pipefail

KB=${1:-.build/release/kb}
N=${N:-5000}
RUNS=${RUNS:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
KB=$(cd "$(dirname "$KB")" && pwd)/$(basename "$KB")
work=$(mktemp -d "${TMPDIR:-/tmp}/kb-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

mapfile -t sources < <(find "$root/examples" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' \) | sort)
[ "${#sources[@]}" -gt 0 ] || { echo "bench: no articles in examples/" >&2; exit 1; }

mkdir -p "$work/corpus"
for ((i = 0; i < N; i++)); do
    src=${sources[i % ${#sources[@]}]}
    dir=$work/corpus/$((i / 500))
    mkdir -p "$dir"
    name=$(basename "$src")
    { cat "$src"; printf '\n\nReference %05d of the kb benchmark corpus.\n' "$i"; } > "$dir/${i}_${name}"
done

# Seconds elapsed running "$@", with its output discarded.
elapsed() {
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

fresh=()
for ((r = 0; r < RUNS; r++)); do
    rm -f "$work/bench.db" "$work/bench.db-wal" "$work/bench.db-shm"
    fresh+=("$(elapsed "$KB" ingest --quiet --db "$work/bench.db" "$work/corpus")")
done
again=()
for ((r = 0; r < RUNS; r++)); do
    again+=("$(elapsed "$KB" ingest --quiet --db "$work/bench.db" "$work/corpus")")
done

fresh_median=$(printf '%s\n' "${fresh[@]}" | median)
again_median=$(printf '%s\n' "${again[@]}" | median)
articles=$("$KB" sql --db "$work/bench.db" --format csv "SELECT count(*) FROM articles" | tail -n 1 | tr -d '\r')
awk -v n="$N" -v a="$articles" -v f="$fresh_median" -v g="$again_median" -v runs="$RUNS" 'BEGIN {
    printf "bench: %d files, %d articles stored\n", n, a
    printf "ingest, fresh database:   median %.2f s of %d runs, %.0f articles/s\n", f, runs, n / f
    printf "re-ingest, unchanged:     median %.2f s of %d runs, %.0f articles/s\n", g, runs, n / g
}'
