#!/usr/bin/env bash
# Embeds specs/x12 and specs/mappings/x12-*.json into generated Swift sources (see scripts/embed-specs.py).
set -euo pipefail
exec python3 "$(dirname "$0")/embed-specs.py"
