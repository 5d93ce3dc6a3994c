#!/usr/bin/env bash
# make bench, SFTP: pickup throughput from a real sshd on loopback (scripts/sftp/sshd-fixture.sh), with the poller
# of the daemon: 2,000 small files (EDI-sized, 2 KB), then one 200 MB file (peak RSS shows the memory it takes).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="${1:-$root/.build/release/wharf-bench}"
work="$(mktemp -d /tmp/wharf-bench-sftp.XXXXXX)"
port=$((20000 + RANDOM % 20000))
trap '"$root/scripts/sftp/sshd-fixture.sh" stop "$work/sshd"; rm -rf "$work"' EXIT
"$root/scripts/sftp/sshd-fixture.sh" start "$work/sshd" "$port"
fingerprint="$(ssh-keygen -lf "$work/sshd/host_ed25519.pub" | awk '{print $2}')"
inbox="$work/sshd/root/inbox"
mkdir -p "$inbox"
python3 - "$inbox" <<'PY'
import os, sys
for index in range(2000):
    with open(os.path.join(sys.argv[1], "f%05d.edi" % index), "w") as out:
        out.write(("ISA*%05d*" % index) + "PO1*1*10*BX*45.50~" * 110)
PY
"$bench" sftp-pickup "$port" "$work/sshd/client_ed25519" "$fingerprint" "$inbox" "$work/sshd/root/archive"
head -c 200000000 /dev/urandom > "$inbox/large.dat"
"$bench" sftp-pickup "$port" "$work/sshd/client_ed25519" "$fingerprint" "$inbox" "$work/sshd/root/archive-large"
