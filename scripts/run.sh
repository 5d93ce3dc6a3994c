#!/usr/bin/env bash
# make run: starts the daemon on the embedded default (examples/wharf.yaml): SQLite store and local folders under
# var/. Stop it with Ctrl-C (SIGINT), which lets in-flight work finish.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
wharf="${1:-$root/.build/debug/wharf}"
cd "$root"
# The example ERP posts FHIR to /fhir/northwind with this bearer token (a real one comes from the environment).
export NORTHWIND_INBOUND_TOKEN="${NORTHWIND_INBOUND_TOKEN:-example-token}"
mkdir -p var/inbox/medsupply-vendor var/inbox/mercy-or-cabinets var/inbox/northwind-erp var/inbox/lakeside-distributor
cat <<TEXT
Wharf is serving the example partners from local folders under var/. In another terminal:

  cp examples/x12/855-order-acknowledgment.edi var/inbox/medsupply-vendor/
  ls var/outbox/medsupply-vendor/           # the canonical 855 and the 997 Wharf returns, within a second
  .build/debug/wharf messages list --config examples/wharf.yaml
  curl -s localhost:8080/metrics | grep wharf_messages
  curl -s -X POST --data-binary @examples/x12/855-with-schedules.edi localhost:8080/v1/inbound/medsupply-vendor
  .build/debug/wharf translate examples/x12/850-hospital-order.edi --to fhir > /tmp/order.json
  curl -s -X POST -H "Authorization: Bearer $NORTHWIND_INBOUND_TOKEN" --data-binary @/tmp/order.json \\
       localhost:8080/fhir/northwind         # the ERP's order, on its way to the vendor as an 850

Ctrl-C stops the daemon.
TEXT
exec "$wharf" serve --config examples/wharf.yaml
