#!/usr/bin/env bash
# Issue 12's benchmark table in one run: JMH (per-message cost against community size and history, replay against
# a bare Jackson pass, JDA with and without the coach, every weekly digest from SQLite and PostgreSQL against a plain
# SELECT, the promotion detector with -prof gc) and the retained heap per person, then one table.
#   bench/run-table.sh            the full table (about an hour on a shared 2-core machine)
#   QUICK=1 bench/run-table.sh    a smaller run: 300 and 30,000 people, 200,000-message replay, 100,000-message week
#   ROWS="3 5" bench/run-table.sh only those rows (1 size and history, 2 replay, 3 JDA, 4 memory, 5 digests,
#                                 6 detector); rows not run keep their last results in bench/target/table
# Extra JMH options go through JMH_OPTS, e.g. JMH_OPTS="-f 2 -i 5".
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/target/table
mkdir -p "$out"
[[ -f bench/target/benchmarks.jar ]] || mvn -B -q -pl bench -am package -DskipTests
jar=bench/target/benchmarks.jar
rows=" ${ROWS:-1 2 3 4 5 6} "
if [[ "${QUICK:-}" == 1 ]]; then
  scale=(-p people=300,30000 -p history=10000,200000)
  replay=(-p messages=200000)
  heap=(30000 200000)
  digests=(-p people=30000)
else
  scale=(-p people=300,3000,30000,100000 -p history=10000,1000000)
  replay=(-p messages=1000000)
  heap=(100000 1000000)
  digests=(-p people=100000)
fi
run() { [[ "$rows" == *" $1 "* ]]; }
# A benchmark that fails leaves its rows out of the table; its log says why.
if run 1; then java -jar "$jar" 'ScaleBenchmark' "${scale[@]}" -rf json -rff "$out/scale.json" ${JMH_OPTS:-} >"$out/scale.log" || true; fi
if run 2; then java -jar "$jar" 'ReplayBenchmark' "${replay[@]}" -rf json -rff "$out/replay.json" ${JMH_OPTS:-} >"$out/replay.log" || true; fi
if run 3; then java -jar "$jar" 'JdaOverheadBenchmark' -rf json -rff "$out/jda.json" ${JMH_OPTS:-} >"$out/jda.log" || true; fi
if run 4; then java -Xmx3g -cp "$jar" dev.rapport.bench.RetainedHeap "${heap[@]}" >"$out/heap.json" || true; fi
if run 5; then java -jar "$jar" 'StoredDigestBenchmark' "${digests[@]}" -rf json -rff "$out/digests.json" ${JMH_OPTS:-} >"$out/digests.log" || true; fi
if run 6; then java -jar "$jar" 'PromoBenchmark' -prof gc -rf json -rff "$out/promo.json" ${JMH_OPTS:-} >"$out/promo.log" || true; fi
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/when.txt"
java -cp "$jar" dev.rapport.bench.BenchTable "$out/heap.json" "$out/scale.json" "$out/replay.json" "$out/jda.json" \
  "$out/digests.json" "$out/promo.json" | tee "$out/table.md"
