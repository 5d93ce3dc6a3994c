#!/usr/bin/env bash
# make run: a short tour of Wharf on the sample files in examples/ (until the daemon lands, this is what `run` shows).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
wharf="${1:-$root/.build/debug/wharf}"
cd "$root"
step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; echo "(exit $?)"; }
echo "Wharf tour: X12 read, inspected and validated with exact positions. Sample files are in examples/x12/."
step "$wharf" inspect examples/x12/850-hospital-order.edi
step "$wharf" validate examples/x12/850-hospital-order.edi
step "$wharf" validate examples/x12/850-bad-quantity.edi
step "$wharf" validate --format json examples/x12/850-bad-quantity.edi
step "$wharf" inspect examples/x12/mixed-two-interchanges.edi
step "$wharf" translate examples/x12/850-hospital-order.edi --to canonical
step "$wharf" ack examples/x12/850-bad-quantity.edi
echo
echo "More: $wharf --help, and $wharf <command> --help for each command."
