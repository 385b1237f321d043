#!/usr/bin/env bash
# Issue 12's benchmark table in one run: JMH (per-message cost against community size and history, replay against
# a bare Jackson pass, the promotion detector with -prof gc) and the retained heap per person, then one table.
#   bench/run-table.sh            the full table (about 20-30 minutes on a quiet 2-core machine)
#   QUICK=1 bench/run-table.sh    a smaller run: 300 and 30,000 people, 200,000-message replay, 100,000-message week
# Extra JMH options go through JMH_OPTS, e.g. JMH_OPTS="-f 2 -i 5".
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/target/table
mkdir -p "$out"
[[ -f bench/target/benchmarks.jar ]] || mvn -B -q -pl bench -am package -DskipTests
jar=bench/target/benchmarks.jar
if [[ "${QUICK:-}" == 1 ]]; then
  scale=(-p people=300,30000 -p history=10000,200000)
  replay=(-p messages=200000)
  heap=(30000 200000)
else
  scale=(-p people=300,3000,30000,100000 -p history=10000,1000000)
  replay=(-p messages=1000000)
  heap=(100000 1000000)
fi
java -jar "$jar" 'ScaleBenchmark' "${scale[@]}" -rf json -rff "$out/scale.json" ${JMH_OPTS:-} >"$out/scale.log"
java -jar "$jar" 'ReplayBenchmark' "${replay[@]}" -rf json -rff "$out/replay.json" ${JMH_OPTS:-} >"$out/replay.log"
java -jar "$jar" 'PromoBenchmark' -prof gc -rf json -rff "$out/promo.json" ${JMH_OPTS:-} >"$out/promo.log"
java -Xmx3g -cp "$jar" dev.rapport.bench.RetainedHeap "${heap[@]}" >"$out/heap.json"
# One JSON array of every JMH result, for the table.
{ echo '['; for f in scale replay promo; do sed -e '1s/^\[//' -e '$s/\]$//' "$out/$f.json"; [[ $f != promo ]] && echo ','; done; echo ']'; } >"$out/jmh.json"
java -cp "$jar" dev.rapport.bench.BenchTable "$out/jmh.json" "$out/heap.json" | tee "$out/table.md"
