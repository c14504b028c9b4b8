#!/usr/bin/env bash
# Refresh of an unchanged folder: 1,000 small articles ingested once, then `kb refresh` timed 5 times; prints each
# time, the median, and the summary line (which must say "0 files read"). Usage: scripts/bench-refresh.sh [KB] [COUNT]
set -euo pipefail
KB=${1:-.build/release/kb}
COUNT=${2:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/press"
for i in $(seq 1 "$COUNT"); do
    mkdir -p "$work/press/$((i % 20))"
    printf 'Article %d\n\nMicrosoft gave $%d million to the Trump inaugural fund on 12 December 2024, the company said.\n' \
        "$i" "$i" > "$work/press/$((i % 20))/a$i.txt"
done
# Stamps taken within two seconds of a file's last change are not trusted: date the files in the past.
find "$work/press" -type f -exec touch -d '2020-01-01' {} +
"$KB" source add --db "$work/kb.db" "$work/press" --name press 2>/dev/null
"$KB" refresh --db "$work/kb.db" 2>/dev/null
times=()
for run in 1 2 3 4 5; do
    start=$(date +%s.%N)
    line=$("$KB" refresh --db "$work/kb.db" 2>&1)
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
done
echo "refresh of $COUNT unchanged articles: ${times[*]} s"
printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | xargs printf 'median: %.3f s\n'
echo "last summary: $line"
case "$line" in *"(0 files read)"*) ;; *) echo "FAIL: files were read"; exit 1 ;; esac
