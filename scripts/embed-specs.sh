#!/usr/bin/env bash
# Embeds specs/x12, specs/mappings/x12-*.json and specs/partners/*.json into generated Swift sources (see scripts/embed-specs.py).
set -euo pipefail
exec python3 "$(dirname "$0")/embed-specs.py"
