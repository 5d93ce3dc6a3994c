#!/usr/bin/env bash
# make bench: generates 10 MB and 100 MB X12 inputs and a 10 MB HL7 v2 input (once) and measures the readers,
# validators and canonical mappings on them, and the ACK latency of the MLLP listener.
# Each measurement runs in its own process so that its peak RSS is its own.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$root/bench-data}"
bench="$root/.build/release/wharf-bench"
mkdir -p "$data"
for spec in "850 10" "850 100" "856 10"; do
    read -r set size <<<"$spec"
    file="$data/$set-${size}mb-seed1.x12"
    [[ -s $file ]] || python3 "$root/scripts/gen-x12.py" --set "$set" --size-mb "$size" --seed 1 -q -o "$file"
done
echo "Wharf benchmarks on $(nproc) cores ($(uname -m)); best of 3; readers and validators on one thread, input streamed"
echo "in 1 MiB chunks; x12-canonical maps transaction sets on every core while the next ones are validated"
for file in "$data/850-10mb-seed1.x12" "$data/856-10mb-seed1.x12" "$data/850-100mb-seed1.x12"; do
    "$bench" x12-reader "$file" 3
    "$bench" x12-validate "$file" 3
done
for file in "$data/850-10mb-seed1.x12" "$data/856-10mb-seed1.x12"; do
    "$bench" x12-canonical "$file" 3
done
hl7="$data/hl7-10mb-seed1.hl7"
[[ -s $hl7 ]] || python3 "$root/scripts/gen-hl7.py" --size-mb 10 --seed 1 -o "$hl7"
"$bench" hl7v2-reader "$hl7" 3
"$bench" hl7v2-canonical "$hl7" 3
fhir="$data/fhir-orders-10mb.json"; csv="$data/order-lines-10mb.csv"
if [[ ! -s $fhir || ! -s $csv ]]; then
    "$root/.build/release/wharf" translate "$root/examples/x12/850-hospital-order.edi" --to csv:order-lines >"$data/order-lines-sample.csv"
    python3 "$root/scripts/gen-fhir-csv.py" --size-mb 10 --csv-sample "$data/order-lines-sample.csv" --fhir-out "$fhir" --csv-out "$csv"
fi
"$bench" fhir-canonical "$fhir" 3
"$bench" csv-canonical "$csv" 3
"$bench" mllp-latency 2000
echo
"$root/scripts/bench-sftp.sh" "$bench" || echo "SFTP benchmark failed"
echo
python3 "$root/scripts/bench-daemon.py" --wharf "$root/.build/release/wharf" || echo "daemon benchmark failed"
echo
echo "Peers (pyx12 on the same 10 MB 850 and 856: its segment reader, and its full processing with maps made from"
echo "specs/x12; python-hl7 and hl7apy on the same 10 MB HL7 file):"
WHARF="$root/.build/release/wharf" WHARF_BENCH="$bench" BENCH_FILE="$data/850-10mb-seed1.x12" \
    BENCH_FILE_856="$data/856-10mb-seed1.x12" HL7_FILE="$hl7" \
    "$root/scripts/bench-peers.sh" || true
