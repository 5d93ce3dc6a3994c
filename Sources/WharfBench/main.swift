// wharf-bench: throughput and peak memory of Wharf's readers. Used by `make bench` (scripts/bench.sh).
//
//     wharf-bench x12-reader FILE [RUNS]     segments only (syntax + envelope checks)
//     wharf-bench x12-validate FILE [RUNS]   segments + dictionary validation, as `wharf validate`
//     wharf-bench x12-canonical FILE [RUNS]  the whole file validated and mapped to canonical documents
//                                            (reported as documents/s)
//     wharf-bench hl7v2-reader FILE [RUNS]   HL7 v2 messages read (syntax, escapes, batches)
//     wharf-bench hl7v2-canonical FILE [RUNS] messages validated against specs/hl7v2 and mapped to canonical
//     wharf-bench fhir-canonical FILE [RUNS]  a FHIR Bundle read and mapped to canonical documents
//     wharf-bench csv-canonical FILE [RUNS]   an order-lines CSV file read and mapped to canonical documents
//     wharf-bench mllp-latency [MESSAGES]    ACK round trips over loopback MLLP, p50/p99
//     wharf-bench sftp-pickup PORT KEY FINGERPRINT INBOX ARCHIVE   SFTP drop-folder pickup (scripts/bench-sftp.sh)
//
// The input streams from disk in 1 MiB chunks, as the CLI reads it; the best of RUNS (default 3) is reported, with the
// process's peak resident set size.
#if canImport(Glibc)
import Glibc
#endif
import X12

let arguments = CommandLine.arguments
if arguments.count >= 2, arguments[1] == "sftp-pickup" {
    print(try await SFTPPickup.measure(Array(arguments.dropFirst(2))))
    exit(0)
}
if arguments.count >= 2, arguments[1] == "mllp-latency" {
    let count = arguments.count > 2 ? Int(arguments[2]) ?? 2000 : 2000
    let samples = try await MLLPLatency.measure(count: count)
    print(BenchReport.latency(mode: "mllp-latency", samples: samples, peakRSS: BenchReport.peakResidentMegabytes()))
    exit(0)
}
guard arguments.count >= 3, let mode = BenchMode(rawValue: arguments[1]) else {
    print("usage: wharf-bench x12-reader|x12-validate|x12-canonical|hl7v2-reader|hl7v2-canonical|fhir-canonical|"
        + "csv-canonical FILE [RUNS]")
    print("       wharf-bench mllp-latency [MESSAGES]")
    exit(2)
}
let path = arguments[2]
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3
var best = Double.infinity
var measured = BenchResult(bytes: 0, segments: 0, diagnostics: 0)
for _ in 0..<runs {
    let start = Clock.now()
    guard let result = mode.run(path: path) else {
        print("wharf-bench: cannot read \(path)")
        exit(2)
    }
    let seconds = Clock.now() - start
    if seconds < best {
        best = seconds
        measured = result
    }
}
let megabytes = Double(measured.bytes) / 1_000_000
print(BenchReport.line(mode: mode.rawValue, file: path, megabytes: megabytes, seconds: best,
                       segments: measured.segments, diagnostics: measured.diagnostics,
                       peakRSS: BenchReport.peakResidentMegabytes()))
