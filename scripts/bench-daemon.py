#!/usr/bin/env python3
"""make bench, end to end: `wharf serve` (release), local folder in → HTTP out, with the SQLite store.

A partner profile made for the run takes X12 855s from a local folder and pushes each one's canonical JSON to an
HTTP receiver on 127.0.0.1 (a threaded Python server answering 200).
Phase 1 (throughput): N distinct 855 interchanges are placed in the inbox at once; documents/s is N over the time
from the first intake commit to the last delivery commit (each document: stored, translated, pushed over HTTP with
its idempotency key, its delivery recorded; every commit with synchronous=FULL).
Phase 2 (latency): documents dropped at a steady rate well below capacity; p50/p99 from intake commit to the
delivery of its output, and from the drop to that delivery (which includes the poller's two-listing stability
wait, pollInterval 50 ms). Peak RSS of the daemon from /proc.
"""
import argparse, http.server, os, shutil, signal, sqlite3, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENDOR = "bench-vendor"
PROFILE = """id: bench-vendor
name: Benchmark vendor
status: test
identities:
  x12:
    - {qualifier: ZZ, id: MEDSUPPLYCO}
channels:
  inbound:
    - name: drop
      transport: directory
      directory: {path: %(inbox)s, archive: %(archive)s}
  outbound:
    - name: push
      transport: http
      http: {url: "http://127.0.0.1:%(port)d/receive", timeout: 10s}
acknowledgments:
  send: {x12: none}
routes:
  - match: {format: x12, messageType: "855"}
    output: {format: canonical}
    channel: push
"""


class Receiver(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    count = 0
    lock = threading.Lock()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with Receiver.lock:
            Receiver.count += 1
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def interchange(template, index):
    control = "%09d" % (200000 + index)
    return template.replace("000005310", control).replace("PO-88231", "PO-%06d" % (800000 + index))


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(q * len(values) + 0.5)) - 1))]


def peak_rss_mb(pid):
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def drop(inbox, name, text):
    temporary = os.path.join(inbox, "." + name + ".tmp")
    with open(temporary, "w", newline="") as out:
        out.write(text)
    os.rename(temporary, os.path.join(inbox, name))


def wait_for(db, count, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with sqlite3.connect(db, timeout=5) as connection:
                done = connection.execute(
                    "SELECT COUNT(*) FROM message WHERE direction='outbound' AND state='delivered'").fetchone()[0]
            if done >= count:
                return True
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wharf", default=os.path.join(ROOT, ".build/release/wharf"))
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--rate", type=int, default=200, help="documents/s in the latency phase")
    parser.add_argument("--latency-documents", type=int, default=1000)
    args = parser.parse_args()
    template = open(os.path.join(ROOT, "examples/x12/855-order-acknowledgment.edi"), newline="").read()
    work = tempfile.mkdtemp(prefix="wharf-bench-daemon-")
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        inbox = os.path.join(work, "inbox")
        os.makedirs(inbox)
        os.makedirs(os.path.join(work, "partners", VENDOR))
        with open(os.path.join(work, "partners", VENDOR, "profile.yaml"), "w") as out:
            out.write(PROFILE % {"inbox": inbox, "archive": os.path.join(work, "archive"), "port": server.server_port})
        config = os.path.join(work, "wharf.yaml")
        with open(config, "w") as out:
            out.write("store: var/wharf.sqlite\npartners: partners\nlogFormat: json\nlogLevel: warning\n"
                      "pollInterval: 50ms\n")
        db = os.path.join(work, "var/wharf.sqlite")
        for index in range(args.documents):
            drop(inbox, "t-%06d.edi" % index, interchange(template, index))
        size = len(template.encode())
        daemon = subprocess.Popen([args.wharf, "serve", "--config", config], stderr=subprocess.DEVNULL)
        if not wait_for(db, args.documents, 600):
            print("daemon did not finish phase 1", file=sys.stderr)
            return 1
        with sqlite3.connect(db) as connection:
            first = connection.execute("SELECT MIN(created_at) FROM message WHERE direction='inbound'").fetchone()[0]
            last = connection.execute("SELECT MAX(updated_at) FROM message WHERE direction='outbound'").fetchone()[0]
        seconds = last - first
        print("daemon, local folder in → HTTP out (loopback receiver), SQLite store, synchronous=FULL:")
        print("  throughput: %d documents (855, %d bytes each) in %.2f s = %.0f documents/s, %.2f MB/s"
              % (args.documents, size, seconds, args.documents / seconds, args.documents * size / seconds / 1e6))
        drops = {}
        base = args.documents
        interval = 1.0 / args.rate
        start = time.time()
        for offset in range(args.latency_documents):
            index = base + offset
            target = start + offset * interval
            pause = target - time.time()
            if pause > 0:
                time.sleep(pause)
            name = "l-%06d.edi" % index
            drops[name] = time.time()
            drop(inbox, name, interchange(template, index))
        if not wait_for(db, args.documents + args.latency_documents, 600):
            print("daemon did not finish phase 2", file=sys.stderr)
            return 1
        rss = peak_rss_mb(daemon.pid)
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=60)
        with sqlite3.connect(db) as connection:
            rows = connection.execute(
                "SELECT i.remote, i.created_at, MAX(o.updated_at) FROM message i JOIN message o ON o.parent_id = i.id "
                "WHERE i.remote LIKE 'l-%' AND o.role = 'output' GROUP BY i.id").fetchall()
        stored = [(delivered - created) * 1000 for _, created, delivered in rows]
        dropped = [(delivered - drops[remote]) * 1000 for remote, _, delivered in rows]
        print("  latency at %d documents/s (%d documents): intake commit → delivered p50 %.1f ms, p99 %.1f ms; "
              "drop → delivered p50 %.1f ms, p99 %.1f ms (includes the two-listing stability wait)"
              % (args.rate, len(rows), percentile(stored, 0.5), percentile(stored, 0.99),
                 percentile(dropped, 0.5), percentile(dropped, 0.99)))
        print("  peak RSS of the daemon: %.0f MB; exit status after SIGTERM: %d; HTTP requests received: %d"
              % (rss, daemon.returncode, Receiver.count))
        server.shutdown()
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
