#!/usr/bin/env bash
# bench-peers.sh — how fast Wharf reads X12 next to a peer: pyx12 (Python, PyPI).
#
# Usage: scripts/bench-peers.sh            (from anywhere; paths are relative to the repo root)
#
# Steps:
#   1. a Python venv for the peers: reuses /tmp/wharf-peers-venv when it exists, otherwise
#      creates ${TMPDIR:-/tmp}/wharf-peers-venv (kept for the next run); `pip install pyx12`
#      into it. No PyPI -> prints "skipped: PyPI not reachable" and exits 0.
#   2. a 10 MB X12 850 file made by scripts/gen-x12.py (seed 1), reused when already there.
#   3. times, best of 3:
#        pyx12           pyx12.x12file.X12Reader(path), iterating every segment (the raw
#                        segment reader: it splits segments and checks envelope counts and
#                        control numbers; no map, no schema validation). Timed in-process,
#                        so interpreter start-up and imports are not counted.
#        wharf validate  `$WHARF validate FILE`, wall time of the whole process.
#   4. prints seconds and MB/s (1 MB = 1,000,000 bytes) per tool and Wharf's speed-up.
#
# Environment:
#   WHARF        wharf binary (default .build/release/wharf); missing -> build hint, exit 0
#   WHARF_BENCH  wharf-bench binary (default .build/release/wharf-bench); only mentioned
#   BENCH_FILE   X12 file to read (default bench-data/850-10mb-seed1.x12, generated)
#   PEERS_VENV   venv to use instead of the default above
#   RUNS         repetitions per tool, best kept (default 3)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

WHARF="${WHARF:-.build/release/wharf}"
WHARF_BENCH="${WHARF_BENCH:-.build/release/wharf-bench}"
BENCH_FILE="${BENCH_FILE:-bench-data/850-10mb-seed1.x12}"
RUNS="${RUNS:-3}"

if ! command -v python3 >/dev/null 2>&1; then
    echo "bench-peers: skipped: python3 not found"
    exit 0
fi

# --- 1. venv with pyx12 ----------------------------------------------------------------------
if [[ -n "${PEERS_VENV:-}" ]]; then
    venv="$PEERS_VENV"
elif [[ -x /tmp/wharf-peers-venv/bin/python ]]; then
    venv=/tmp/wharf-peers-venv
else
    venv="${TMPDIR:-/tmp}/wharf-peers-venv"
fi
if [[ ! -x "$venv/bin/python" ]]; then
    echo "bench-peers: creating venv $venv"
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
        echo "bench-peers: skipped: cannot create a Python venv (Debian: apt-get install python3-venv)"
        exit 0
    fi
fi
py="$venv/bin/python"
if ! "$py" -c 'import pyx12.x12file' >/dev/null 2>&1; then
    echo "bench-peers: pip install pyx12 into $venv"
    if ! "$py" -m pip install --quiet --disable-pip-version-check --timeout 20 --retries 1 pyx12; then
        echo "bench-peers: skipped: PyPI not reachable (pip install pyx12 failed)"
        exit 0
    fi
fi
pyx12_version="$("$py" -c 'import importlib.metadata as m; print(m.version("pyx12"))')"

# --- 2. input file ---------------------------------------------------------------------------
if [[ ! -s "$BENCH_FILE" ]]; then
    mkdir -p "$(dirname "$BENCH_FILE")"
    python3 scripts/gen-x12.py --set 850 --size-mb 10 --seed 1 -o "$BENCH_FILE.tmp"
    mv "$BENCH_FILE.tmp" "$BENCH_FILE"
else
    echo "bench-peers: reusing $BENCH_FILE"
fi
bytes="$(wc -c <"$BENCH_FILE" | tr -d ' ')"

# --- 3. timings ------------------------------------------------------------------------------
# pyx12: prints "<best seconds> <segments> <reader errors>".
pyx12_out="$("$py" - "$BENCH_FILE" "$RUNS" <<'PY'
import sys, time
import pyx12.x12file

path, runs = sys.argv[1], int(sys.argv[2])
best = None
for _ in range(runs):
    t0 = time.perf_counter()
    segments = 0
    errors = 0
    with pyx12.x12file.X12Reader(path) as reader:
        for seg in reader:
            segments += 1
            if reader.err_list:
                errors += len(reader.pop_errors())
        reader.cleanup()
        errors += len(reader.pop_errors())
    secs = time.perf_counter() - t0
    best = secs if best is None else min(best, secs)
print(f"{best:.6f} {segments} {errors}")
PY
)"
read -r pyx12_secs pyx12_segments pyx12_errors <<<"$pyx12_out"

wharf_secs=""
wharf_note=""
if [[ -x "$WHARF" ]]; then
    # Wall time of `wharf validate FILE`, best of RUNS; prints "<best seconds> <last exit code>".
    wharf_out="$(python3 - "$WHARF" "$BENCH_FILE" "$RUNS" <<'PY'
import subprocess, sys, time

wharf, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def best_of(arguments):
    best, rc = None, 0
    for _ in range(runs):
        t0 = time.perf_counter()
        rc = subprocess.run([wharf] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        secs = time.perf_counter() - t0
        best = secs if best is None else min(best, secs)
    return best, rc
validate, rc = best_of(["validate", path])
translate, translate_rc = best_of(["translate", path, "--to", "canonical", "-o", "/dev/null"])
print(f"{validate:.6f} {rc} {translate:.6f} {translate_rc}")
PY
)"
    read -r wharf_secs wharf_rc translate_secs translate_rc <<<"$wharf_out"
    if [[ "$wharf_rc" != "0" ]]; then
        wharf_note="(exit code $wharf_rc: see \`$WHARF validate $BENCH_FILE\`)"
    fi
fi

# --- 4. report -------------------------------------------------------------------------------
python3 - "$bytes" "$pyx12_version" "$pyx12_secs" "$pyx12_segments" "$pyx12_errors" "$wharf_secs" "$wharf_note" \
    "${translate_secs:-}" <<'PY'
import sys

size, pyx_ver, pyx_s, pyx_segs, pyx_errs, wharf_s, wharf_note, translate_s = sys.argv[1:9]
size = int(size)
mb = size / 1e6
print(f"\ninput: {size:,} bytes ({mb:.2f} MB), X12 850 004010, {int(pyx_segs):,} segments")
print(f"{'tool':<32} {'seconds':>9} {'MB/s':>9}")
rows = [(f"pyx12 {pyx_ver} X12Reader", float(pyx_s))]
if wharf_s:
    rows.append(("wharf validate", float(wharf_s)))
if translate_s:
    rows.append(("wharf translate --to canonical", float(translate_s)))
for name, secs in rows:
    print(f"{name:<32} {secs:>9.3f} {mb / secs:>9.2f}")
if not wharf_s:
    print(f"{'wharf validate':<32} {'-':>9} {'-':>9}   (not built)")
if int(pyx_errs):
    print(f"note: pyx12's reader reported {pyx_errs} envelope/count errors on this file")
if wharf_s:
    print(f"wharf validate is {float(pyx_s) / float(wharf_s):.1f}x pyx12 X12Reader {wharf_note}".rstrip())
if translate_s:
    print(f"wharf translate --to canonical is {float(pyx_s) / float(translate_s):.1f}x pyx12 X12Reader "
          "(pyx12 only reads segments; it has no 850 map)")
PY

if [[ ! -x "$WHARF" ]]; then
    echo
    echo "wharf not found at $WHARF; build it with:"
    echo "    swift build -c release --product wharf"
    echo "(or point WHARF at a wharf binary) and run scripts/bench-peers.sh again."
fi
if [[ -x "$WHARF_BENCH" ]]; then
    echo "wharf-bench is at $WHARF_BENCH for in-process throughput numbers."
fi

# --- 5. HL7 v2 peers: python-hl7 and hl7apy on the same generated file -------------------------------------------------
HL7_FILE="${HL7_FILE:-bench-data/hl7-10mb-seed1.hl7}"
if [[ ! -s "$HL7_FILE" ]]; then
    mkdir -p "$(dirname "$HL7_FILE")"
    python3 scripts/gen-hl7.py --size-mb 10 --seed 1 -o "$HL7_FILE"
fi
if ! "$py" -c 'import hl7, hl7apy' >/dev/null 2>&1; then
    echo "bench-peers: pip install hl7 hl7apy into $venv"
    "$py" -m pip install --quiet --disable-pip-version-check --timeout 20 --retries 1 hl7 hl7apy \
        || { echo "bench-peers: skipped HL7 peers: PyPI not reachable"; exit 0; }
fi
# Each peer parses every message of the file (split on MSH), best of RUNS, timed in-process.
hl7_peers="$("$py" - "$HL7_FILE" "$RUNS" <<'PY'
import sys, time
import hl7
from hl7apy.parser import parse_message
from hl7apy.consts import VALIDATION_LEVEL

path, runs = sys.argv[1], int(sys.argv[2])
text = open(path, encoding="utf-8", newline="").read()
messages = ["MSH" + part for part in text.split("MSH")[1:]]
def best(fn):
    b = None
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        s = time.perf_counter() - t0
        b = s if b is None else min(b, s)
    return b
python_hl7 = best(lambda: [hl7.parse(m) for m in messages])
sample = messages[: max(1, len(messages) // 10)]
hl7apy_part = best(lambda: [parse_message(m, validation_level=VALIDATION_LEVEL.TOLERANT, find_groups=False) for m in sample])
hl7apy = hl7apy_part * len(messages) / len(sample)
print(f"{python_hl7:.6f} {hl7apy:.6f} {len(messages)}")
PY
)"
read -r python_hl7_secs hl7apy_secs hl7_messages <<<"$hl7_peers"
hl7_wharf=""
if [[ -x "$WHARF_BENCH" ]]; then
    hl7_wharf="$("$WHARF_BENCH" hl7v2-canonical "$HL7_FILE" "$RUNS" | awk '{for (i = 1; i <= NF; i++) if ($i == "s") { print $(i-1); exit }}')"
fi
python3 - "$(wc -c <"$HL7_FILE" | tr -d ' ')" "$python_hl7_secs" "$hl7apy_secs" "$hl7_messages" "${hl7_wharf:-}" <<'PY'
import sys
size, py_s, apy_s, count, wharf_s = sys.argv[1:6]
mb = int(size) / 1e6
print(f"\nHL7 v2 input: {int(size):,} bytes ({mb:.2f} MB), {int(count):,} messages (OMS^O05 and DFT^P03)")
rows = [("python-hl7 hl7.parse", float(py_s)), ("hl7apy parse_message (tolerant, extrapolated from 10 %)", float(apy_s))]
if wharf_s:
    rows.append(("wharf-bench hl7v2-canonical", float(wharf_s)))
for name, secs in rows:
    print(f"{name:<58} {secs:>9.3f} s {mb / secs:>9.2f} MB/s")
if wharf_s:
    w = float(wharf_s)
    print(f"wharf (validated, mapped to canonical) is {float(py_s) / w:.1f}x python-hl7 (parse only) and "
          f"{float(apy_s) / w:.1f}x hl7apy")
PY
