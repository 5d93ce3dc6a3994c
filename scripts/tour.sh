#!/usr/bin/env bash
# make run: a short tour of Wharf on the sample files in examples/ (until the daemon lands, this is what `run` shows).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
wharf="${1:-$root/.build/debug/wharf}"
cd "$root"
step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; echo "(exit $?)"; }
# HL7 v2 ends segments with CR only; shown here with line breaks so a terminal does not overwrite them.
step_hl7() { printf '\n\033[1m$ %s | tr "\\r" "\\n"\033[0m\n' "$*"; "$@" | tr '\r' '\n'; echo "(exit ${PIPESTATUS[0]})"; }
echo "Wharf tour: X12 read, inspected and validated with exact positions. Sample files are in examples/."
step "$wharf" inspect examples/x12/850-hospital-order.edi
step "$wharf" validate examples/x12/850-hospital-order.edi
step "$wharf" validate examples/x12/850-bad-quantity.edi
step "$wharf" validate --format json examples/x12/850-bad-quantity.edi
step "$wharf" inspect examples/x12/mixed-two-interchanges.edi
step "$wharf" translate examples/x12/850-hospital-order.edi --to canonical
step "$wharf" ack examples/x12/850-bad-quantity.edi
echo
echo "HL7 v2 supply messages (examples/hl7v2/): validated against specs/hl7v2, mapped, acknowledged."
step "$wharf" validate examples/hl7v2/oms-o05-supply-requisition.hl7
step "$wharf" translate examples/hl7v2/dft-p03-supply-charge.hl7 --to canonical
step_hl7 "$wharf" translate examples/x12/850-hospital-order.edi --to hl7v2
step_hl7 "$wharf" ack examples/hl7v2/oms-o05-supply-requisition.hl7
echo
echo "Partner profiles (partners/, guide in specs/partners/README.md): checked, then a dry run of a vendor's 855."
step "$wharf" partners check partners/
step "$wharf" partners test medsupply-vendor examples/x12/855-order-acknowledgment.edi
echo
echo "More: $wharf --help, and $wharf <command> --help for each command."
