#!/usr/bin/env bash
# bench-peers.sh — how fast Wharf reads X12 next to a peer: pyx12 (Python, PyPI).
#
# Usage: scripts/bench-peers.sh            (from anywhere; paths are relative to the repo root)
#
# Steps:
#   1. a Python venv for the peers: reuses /tmp/wharf-peers-venv when it exists, otherwise
#      creates ${TMPDIR:-/tmp}/wharf-peers-venv (kept for the next run); `pip install pyx12`
#      into it. No PyPI -> prints "skipped: PyPI not reachable" and exits 0.
#   2. 10 MB X12 850 and 856 files made by scripts/gen-x12.py (seed 1), reused when already there.
#   3. times, best of 3, on the 850:
#        pyx12           pyx12.x12file.X12Reader(path), iterating every segment (the raw
#                        segment reader: it splits segments and checks envelope counts and
#                        control numbers; no map, no schema validation). Timed in-process,
#                        so interpreter start-up and imports are not counted.
#        wharf validate  `$WHARF validate FILE`, wall time of the whole process.
#   4. prints seconds and MB/s (1 MB = 1,000,000 bytes) per tool and Wharf's speed-up.
#   5. full processing, on the 850 and on the 856 (the same job as Wharf's X12 -> canonical):
#        pyx12           pyx12.x12n_document: the interchange read, every transaction set walked
#                        against its 004010 structure and every element checked (type, length,
#                        code list, syntax notes), the XML rendering (x12xml_simple) written to a
#                        temp file and a 997 to another. pyx12 ships no 850/856 map: the maps come
#                        from scripts/pyx12-maps.py, generated from specs/x12/004010 (the standard
#                        Wharf validates against), into $PYX12_MAPS. Timed in-process around the
#                        x12n_document call alone: start-up, imports and map loading (maps.xml,
#                        control map, set map, dataele.xml, codes.xml; done once beforehand and
#                        cached) are not counted. Best of PYX12_RUNS (default 1: ~10-60 s a file).
#                        pyx12's error count is printed: 0 means the map matched the file.
#        wharf           `$WHARF_BENCH x12-canonical FILE 3`: in-process, best of 3, the file read,
#                        validated and mapped to canonical documents.
#      prints MB/s for both and Wharf's speed-up.
#   6. HL7 v2 peers (python-hl7, hl7apy) next to `$WHARF_BENCH hl7v2-canonical`.
#
# Environment:
#   WHARF        wharf binary (default .build/release/wharf); missing -> build hint, exit 0
#   WHARF_BENCH  wharf-bench binary (default .build/release/wharf-bench); missing -> build hint
#   BENCH_FILE   X12 850 file to read (default bench-data/850-10mb-seed1.x12, generated)
#   BENCH_FILE_856  X12 856 file for step 5 (default bench-data/856-10mb-seed1.x12, generated)
#   PEERS_VENV   venv to use instead of the default above
#   PYX12_MAPS   map directory scripts/pyx12-maps.py writes (default ${TMPDIR:-/tmp}/wharf-pyx12-maps)
#   RUNS         repetitions per tool, best kept (default 3)
#   PYX12_RUNS   repetitions of pyx12's full processing per file, best kept (default 1)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

WHARF="${WHARF:-.build/release/wharf}"
WHARF_BENCH="${WHARF_BENCH:-.build/release/wharf-bench}"
BENCH_FILE="${BENCH_FILE:-bench-data/850-10mb-seed1.x12}"
BENCH_FILE_856="${BENCH_FILE_856:-bench-data/856-10mb-seed1.x12}"
PYX12_MAPS="${PYX12_MAPS:-${TMPDIR:-/tmp}/wharf-pyx12-maps}"
RUNS="${RUNS:-3}"
PYX12_RUNS="${PYX12_RUNS:-1}"

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

# --- 2. input files --------------------------------------------------------------------------
for set_and_file in "850 $BENCH_FILE" "856 $BENCH_FILE_856"; do
    read -r x12_set x12_file <<<"$set_and_file"
    if [[ ! -s "$x12_file" ]]; then
        mkdir -p "$(dirname "$x12_file")"
        python3 scripts/gen-x12.py --set "$x12_set" --size-mb 10 --seed 1 -o "$x12_file.tmp"
        mv "$x12_file.tmp" "$x12_file"
    else
        echo "bench-peers: reusing $x12_file"
    fi
done
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
          "(which only reads segments; pyx12 doing the same job as Wharf follows)")
PY

if [[ ! -x "$WHARF" ]]; then
    echo
    echo "wharf not found at $WHARF; build it with:"
    echo "    swift build -c release --product wharf"
    echo "(or point WHARF at a wharf binary) and run scripts/bench-peers.sh again."
fi

# --- 5. full processing: pyx12 x12n_document with generated 850/856 maps vs wharf-bench x12-canonical ---------------
# pyx12: prints "<best seconds> <errors> <sets> <rejected sets> <map load seconds> <XML bytes> <ok 0|1> <first error>",
# or "failed <exception>" when x12n_document raises.
pyx12_full() {
    "$py" - "$PYX12_MAPS" "$1" "$PYX12_RUNS" <<'PY'
import io, json, logging, os, sys, tempfile, time
import pyx12.errh_json, pyx12.error_handler, pyx12.map_if, pyx12.map_index, pyx12.params, pyx12.x12file
import pyx12.x12n_document

maps, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
quiet = logging.getLogger("pyx12")  # errors are counted below, not logged one by one
quiet.addHandler(logging.NullHandler())
quiet.propagate = False
param = pyx12.params.params()
param.set("map_path", maps)

# Map loading, not timed: maps.xml, the control map and the set's map (each map loads dataele.xml and
# codes.xml) are loaded once here; x12n_document gets them back from this cache.
t0 = time.perf_counter()
index = pyx12.map_index.map_index(maps)
loaded = {}
load_map_file = pyx12.map_if.load_map_file
def cached_load(map_file, param, map_path=None):
    if (map_file, map_path) not in loaded:
        loaded[(map_file, map_path)] = load_map_file(map_file, param, map_path)
    return loaded[(map_file, map_path)]
pyx12.map_if.load_map_file = cached_load
pyx12.map_index.map_index = lambda base_path=None: index
fic = vriic = None
with pyx12.x12file.X12Reader(path) as reader:
    icvn = reader.icvn
    for seg in reader:
        if seg.get_seg_id() == "GS":
            fic, vriic = seg.get_value("GS01"), seg.get_value("GS08")
            break
cached_load("x12.control.00501.xml" if icvn == "00501" else "x12.control.00401.xml", param, maps)
set_map = index.get_filename(icvn, vriic, fic)
if set_map is None:
    print(f"failed no map for icvn={icvn} fic={fic} vriic={vriic} in {maps}")
    sys.exit(0)
cached_load(set_map, param, maps)
load_secs = time.perf_counter() - t0

handlers = []  # the error handler of each run, for the error count
class CountedErrors(pyx12.error_handler.err_handler):
    def __init__(self):
        super().__init__()
        handlers.append(self)
pyx12.error_handler.err_handler = CountedErrors

best, ok, xml_bytes = None, False, 0
with tempfile.TemporaryDirectory(prefix="wharf-pyx12-") as out_dir:
    xml_path, ack_path = os.path.join(out_dir, "out.xml"), os.path.join(out_dir, "out.997")
    for _ in range(runs):
        handlers.clear()
        with open(xml_path, "w", encoding="utf-8") as xml, open(ack_path, "w", encoding="ascii") as ack:
            t0 = time.perf_counter()
            try:
                ok = pyx12.x12n_document.x12n_document(param=param, src_file=path, fd_997=ack, fd_html=None,
                                                       fd_xmldoc=xml, map_path=maps)
            except Exception as error:
                print(f"failed {type(error).__name__}: {error}".replace("\n", " "))
                sys.exit(0)
            secs = time.perf_counter() - t0
        best = secs if best is None else min(best, secs)
    xml_bytes = os.path.getsize(xml_path)

# Every error pyx12 recorded (interchange, group, set, segment, element), from its JSON error report.
report = io.StringIO()
handlers[-1].accept(pyx12.errh_json.errh_json_visitor(report, indent=None))
errors, sets, rejected, first = 0, 0, 0, ""
pending = [json.loads(report.getvalue())]
while pending:
    node = pending.pop()
    if isinstance(node, list):
        pending.extend(reversed(node))
    elif isinstance(node, dict):
        if "trn_set_control_num" in node:
            sets += 1
            rejected += node.get("ack_code") != "A"
        for key, value in node.items():
            if key == "errors" and isinstance(value, list):
                errors += len(value)
                if value and not first:
                    first = value[0].get("err_str", "") if isinstance(value[0], dict) else str(value[0])
            elif isinstance(value, (dict, list)):
                pending.append(value)
print(f"{best:.6f} {errors} {sets} {rejected} {load_secs:.3f} {xml_bytes} {int(bool(ok))} {first}".rstrip())
PY
}

full_rows=()
if ! "$py" scripts/pyx12-maps.py "$PYX12_MAPS" >/dev/null; then
    echo "bench-peers: skipped pyx12 full processing: scripts/pyx12-maps.py failed"
else
    for x12_file in "$BENCH_FILE" "$BENCH_FILE_856"; do
        echo "bench-peers: pyx12 x12n_document on $x12_file (${PYX12_RUNS} run(s); slow)" >&2
        full_out="$(pyx12_full "$x12_file" || echo "failed exit $?")"
        wharf_full=""
        if [[ -x "$WHARF_BENCH" ]]; then
            # "<seconds> <diagnostics>" from the wharf-bench line: "... <MB> MB <s> s <MB/s> MB/s ... (<n> diagnostics)".
            wharf_full="$("$WHARF_BENCH" x12-canonical "$x12_file" 3 | awk '{for (i = 1; i <= NF; i++) {
                if ($i == "s" && secs == "") secs = $(i-1); if ($i == "diagnostics)") diags = substr($(i-1), 2) }}
                END { if (secs != "") print secs, diags }' || true)"
        fi
        full_rows+=("$x12_file|$(wc -c <"$x12_file" | tr -d ' ')|$full_out|$wharf_full")
    done
    python3 - "$pyx12_version" "$PYX12_RUNS" "${full_rows[@]}" <<'PY'
import os, sys

pyx_ver, pyx_runs, rows = sys.argv[1], sys.argv[2], sys.argv[3:]
print(f"\nfull processing, in-process (pyx12 {pyx_ver} x12n_document, generated 004010 maps, best of {pyx_runs}: "
      "validate + XML + 997; wharf-bench x12-canonical, best of 3: validate + canonical documents)")
print(f"{'file':<24} {'MB':>6} {'pyx12 s':>9} {'MB/s':>7} {'errors':>6} {'wharf s':>8} {'MB/s':>8} {'speed-up':>9}")
notes = []
for row in rows:
    path, size, pyx, wharf = row.split("|", 3)
    name, mb = os.path.basename(path), int(size) / 1e6
    w = wharf.split()
    w_s = float(w[0]) if w else None
    if pyx.startswith("failed"):
        p_s = None
        notes.append(f"{name}: pyx12 {pyx}")
        p_cols = f"{'-':>9} {'-':>7} {'-':>6}"
    else:
        secs, errors, sets, rejected, load_s, xml_bytes, ok, *first = pyx.split(" ", 7)
        p_s = float(secs)
        p_cols = f"{p_s:>9.3f} {mb / p_s:>7.3f} {int(errors):>6}"
        notes.append(f"{name}: pyx12 {int(sets):,} sets, {int(rejected)} rejected, {int(errors)} errors"
                     + (f" (first: {first[0]})" if first and int(errors) else "")
                     + f"; XML {int(xml_bytes) / 1e6:.1f} MB; maps loaded in {float(load_s):.2f} s (not timed)"
                     + (f"; wharf: {w[1]} diagnostics" if len(w) > 1 else ""))
    w_cols = f"{w_s:>8.3f} {mb / w_s:>8.2f}" if w_s else f"{'-':>8} {'-':>8}"
    ratio = f"{p_s / w_s:>8.0f}x" if p_s and w_s else f"{'-':>9}"
    print(f"{name:<24} {mb:>6.2f} {p_cols} {w_cols} {ratio}")
for note in notes:
    print("  " + note)
PY
fi
if [[ ! -x "$WHARF_BENCH" ]]; then
    echo
    echo "wharf-bench not found at $WHARF_BENCH; build it with:"
    echo "    swift build -c release --product wharf-bench"
    echo "(or point WHARF_BENCH at a wharf-bench binary) and run scripts/bench-peers.sh again."
fi

# --- 6. HL7 v2 peers: python-hl7 and hl7apy on the same generated file -------------------------------------------------
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
