#!/usr/bin/env bash
# Install reliability: clones HEAD N times into fresh folders and runs the README's install step in each,
# counting failures (docs/install.md records the figures). Usage: test/bench/install-trials.sh [N]
set -u
n=${1:-20}
top=$(git rev-parse --show-toplevel)
pm=$(node -p "require('$top/package.json').packageManager")
fail=0
for i in $(seq 1 "$n"); do
  d=$(mktemp -d)
  git clone -q "$top" "$d"
  start=$(date +%s)
  if (cd "$d" && npx --yes "$pm" install --frozen-lockfile >"$d.log" 2>&1); then status=ok; else status=FAIL; fail=$((fail + 1)); fi
  warn=$(grep -ciE 'WARN|ERR_PNPM' "$d.log")
  echo "run $i: $status in $(( $(date +%s) - start )) s, $warn warning/error lines"
  [ "$status" = FAIL ] && tail -n 5 "$d.log"
  rm -rf "$d" "$d.log"
done
echo "$pm: $fail of $n fresh installs failed"
