#!/usr/bin/env bash
# make fuzz: builds the X12 libFuzzer target with AddressSanitizer and runs it.
#   FUZZ_RUNS   executions (default 1000000)      FUZZ_SECONDS  wall-clock limit (default 3600)
# Seeds: the team's fixtures and, when present, ../shared/corpus/x12. Crashes are written to fuzz-artifacts/.
# Reproduce one in an ordinary build:  swift run X12Fuzz fuzz-artifacts/crash-…
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${FUZZ_RUNS:-1000000}"
seconds="${FUZZ_SECONDS:-3600}"
swift build -c release --scratch-path .build-fuzz --product X12Fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
corpus="$root/fuzz-corpus/x12"
mkdir -p "$corpus" "$root/fuzz-artifacts"
cp Tests/X12Tests/Fixtures/*.edi "$corpus/"
if [[ -d "$root/../shared/corpus/x12" ]]; then cp "$root/../shared/corpus/x12/"*.edi "$corpus/"; fi
echo "fuzzing the X12 reader: $runs runs (at most ${seconds}s)"
set +e
LSAN_OPTIONS="suppressions=$root/scripts/fuzz/lsan.supp:print_suppressions=0" \
"$root/.build-fuzz/release/X12Fuzz" "$corpus" -dict="$root/scripts/fuzz/x12.dict" -runs="$runs" \
    -max_total_time="$seconds" -max_len=2048 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$root/fuzz-artifacts/" >"$root/fuzz-artifacts/last-run.log" 2>&1
status=$?
set -e
grep -vE '^#[0-9]+\s+(NEW|REDUCE|pulse)' "$root/fuzz-artifacts/last-run.log" | tail -25
exit "$status"
