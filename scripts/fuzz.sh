#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets (X12, HL7 v2) with AddressSanitizer and runs each.
#   FUZZ_RUNS   executions per target (default 1000000)   FUZZ_SECONDS  wall-clock limit per target (default 3600)
#   FUZZ_TARGETS  which targets (default "x12 hl7v2")
# Seeds: the team's fixtures and examples and, when present, ../shared/corpus. Crashes go to fuzz-artifacts/.
# Reproduce one in an ordinary build:  swift run X12Fuzz fuzz-artifacts/x12-crash-…  (HL7v2Fuzz for hl7v2-…)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${FUZZ_RUNS:-1000000}"
seconds="${FUZZ_SECONDS:-3600}"
targets="${FUZZ_TARGETS:-x12 hl7v2}"
status=0
mkdir -p "$root/fuzz-artifacts"
for target in $targets; do
    case "$target" in
        x12) product=X12Fuzz; seeds=(Tests/X12Tests/Fixtures/*.edi); shared="$root/../shared/corpus/x12"; maxlen=2048 ;;
        hl7v2) product=HL7v2Fuzz; seeds=(examples/hl7v2/*.hl7); shared="$root/../shared/corpus/hl7v2"; maxlen=1024 ;;
        *) echo "fuzz: unknown target $target (x12, hl7v2)"; exit 2 ;;
    esac
    swift build -c release --scratch-path .build-fuzz --product "$product" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
    corpus="$root/fuzz-corpus/$target"
    mkdir -p "$corpus"
    cp "${seeds[@]}" "$corpus/"
    if [[ -d "$shared" ]]; then cp "$shared/"* "$corpus/"; fi
    echo "fuzzing the $target reader: $runs runs (at most ${seconds}s)"
    set +e
    LSAN_OPTIONS="suppressions=$root/scripts/fuzz/lsan.supp:print_suppressions=0" \
    "$root/.build-fuzz/release/$product" "$corpus" -dict="$root/scripts/fuzz/$target.dict" -runs="$runs" \
        -max_total_time="$seconds" -max_len="$maxlen" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$root/fuzz-artifacts/$target-" >"$root/fuzz-artifacts/last-run-$target.log" 2>&1
    result=$?
    set -e
    grep -vE '^#[0-9]+\s+(NEW|REDUCE|pulse)' "$root/fuzz-artifacts/last-run-$target.log" | tail -25
    [[ $result -eq 0 ]] || status=$result
done
exit "$status"
