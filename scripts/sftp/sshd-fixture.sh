#!/usr/bin/env bash
# A real OpenSSH sshd on 127.0.0.1 for the SFTP tests, in a folder of its own:
#   sshd-fixture.sh start DIR PORT   generate host and client ed25519 keys, write sshd_config, start sshd, wait for it
#   sshd-fixture.sh stop DIR         stop it (SIGTERM, then wait)
#   sshd-fixture.sh kill DIR         kill it and its sessions (SIGKILL), to test recovery
# DIR/client_ed25519 is the user key (its .pub is authorized), DIR/host_ed25519.pub the host key to pin, DIR/root the
# folder the tests use. Run as root (sshd needs /run/sshd); the SFTP subsystem is internal-sftp.
set -euo pipefail
command="${1:?start|stop}"
dir="$(mkdir -p "${2:?DIR}" && cd "$2" && pwd)"
case "$command" in
start)
    port="${3:?PORT}"
    mkdir -p -m 0755 /run/sshd "$dir/root"
    [[ -f $dir/host_ed25519 ]] || ssh-keygen -q -t ed25519 -N '' -f "$dir/host_ed25519"
    [[ -f $dir/client_ed25519 ]] || ssh-keygen -q -t ed25519 -N '' -f "$dir/client_ed25519"
    cp "$dir/client_ed25519.pub" "$dir/authorized_keys"
    cat >"$dir/sshd_config" <<CONFIG
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_ed25519
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
Subsystem sftp internal-sftp
ForceCommand internal-sftp
CONFIG
    /usr/sbin/sshd -t -f "$dir/sshd_config"
    /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log"
    for _ in $(seq 1 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then exit 0; fi
        sleep 0.05
    done
    echo "sshd did not start on port $port; see $dir/sshd.log" >&2
    exit 1
    ;;
stop)
    if [[ -f $dir/sshd.pid ]]; then
        pid="$(cat "$dir/sshd.pid")"
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
        rm -f "$dir/sshd.pid"
    fi
    ;;
kill)
    # A crash: the listener and every session die at once (SIGKILL), as when the server goes away mid-transfer.
    if [[ -f $dir/sshd.pid ]]; then
        pid="$(cat "$dir/sshd.pid")"
        for child in $(pgrep -P "$pid"); do pkill -KILL -P "$child" 2>/dev/null || true; kill -KILL "$child" 2>/dev/null || true; done
        kill -KILL "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
        rm -f "$dir/sshd.pid"
    fi
    ;;
*) echo "usage: $0 start DIR PORT | stop DIR | kill DIR" >&2; exit 2 ;;
esac
