import Foundation
import Testing
import WharfTestSupport
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// Nothing lost, nothing processed twice: 1,000 files through local folders while the daemon is killed with SIGKILL
    /// at random moments, five times, and stopped once with SIGTERM mid-run, and restarted each time.
    @Suite struct CrashSafetyTests {
        static let vendor = "medsupply-vendor"
        static let count = 1_000

        /// A distinct 855 interchange: its own control numbers and purchase order number.
        static func interchange(_ index: Int, template: String) -> [UInt8] {
            let control = String(format: "%09d", 100_000 + index)
            return Array(template
                .replacingOccurrences(of: "000005310", with: control)
                .replacingOccurrences(of: "PO-88231", with: "PO-\(700_000 + index)").utf8)
        }

        private func progress(_ fixture: ServeFixture) -> Int {
            fixture.files("archive", Self.vendor).count + fixture.files("outbox", Self.vendor).count
        }

        @Test func everyFileIsDeliveredOnceAcrossFiveKills() throws {
            let fixture = try ServeFixture("crash-safety", extra: "duplicates:\n  default: reject")
            defer { fixture.folder.remove() }
            let template = String(decoding: try ServeFixture.example("examples/x12/855-order-acknowledgment.edi"),
                                  as: UTF8.self)
            for index in 0..<Self.count {
                try fixture.drop(Self.interchange(index, template: template), as: "ack-\(index).edi", for: Self.vendor)
            }
            // Progress runs from 0 to 3,000 (each file archived, translated to an 855, acknowledged with a 997); each
            // round kills the daemon at a random point of its own stretch, so every kill lands mid-work.
            var generator = SystemRandomNumberGenerator()
            var kills: [Int] = []
            for round in 0..<5 {
                let daemon = try fixture.start()
                let target = round * 500 + Int.random(in: 50..<450, using: &generator)
                _ = DaemonProcess.waitUntil(timeout: 120) { self.progress(fixture) >= target }
                daemon.send(SIGKILL)
                #expect(daemon.waitForExit(timeout: 20) == 128 + SIGKILL, "round \(round)")
                kills.append(self.progress(fixture))
            }
            #expect(kills.allSatisfy { $0 > 0 && $0 < 3 * Self.count }, "killed at progress \(kills)")
            // SIGTERM in the middle of the work: intake stops, in-flight work finishes or is parked, exit 0.
            let stopped = try fixture.start()
            let before = self.progress(fixture)
            _ = DaemonProcess.waitUntil(timeout: 120) { self.progress(fixture) >= before + 100 }
            stopped.send(SIGTERM)
            #expect(stopped.waitForExit(timeout: 30) == 0, "SIGTERM mid-run: \(stopped.standardError.suffix(1000))")
            #expect(self.progress(fixture) < 3 * Self.count, "the SIGTERM landed mid-run")
            let daemon = try fixture.start()
            defer { daemon.stop() }
            let finished = DaemonProcess.waitUntil(timeout: 240) {
                fixture.files("inbox", Self.vendor).isEmpty
                    && fixture.files("outbox", Self.vendor).filter { $0.hasSuffix("-855.json") }.count >= Self.count
                    && fixture.files("outbox", Self.vendor).filter { $0.hasSuffix("-997.edi") }.count >= Self.count
            }
            #expect(finished, "inbox \(fixture.files("inbox", Self.vendor).count), outbox \(fixture.files("outbox", Self.vendor).count)")
            daemon.send(SIGTERM)
            #expect(daemon.waitForExit(timeout: 30) == 0)

            // Every file archived once, under its own name.
            #expect(fixture.files("archive", Self.vendor) == (0..<Self.count).map { "ack-\($0).edi" }.sorted())
            // Exactly one translation per file: every purchase order once among the outputs.
            let outputs = fixture.files("outbox", Self.vendor).filter { $0.hasSuffix("-855.json") }
            #expect(outputs.count == Self.count)
            var orders: [String: Int] = [:]
            for name in outputs {
                let text = try String(contentsOf: fixture.folder("outbox", Self.vendor).appendingPathComponent(name),
                                      encoding: .utf8)
                guard let range = text.range(of: #"PO-7\d{5}"#, options: .regularExpression) else { continue }
                orders[String(text[range]), default: 0] += 1
            }
            #expect(orders.count == Self.count)
            #expect(orders.values.allSatisfy { $0 == 1 })
            // The store agrees: every inbound translated, none a duplicate, nothing dead or pending.
            let list = try fixture.wharf(["messages", "list", "--limit", "100000"])
            let states = list.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[1] }
            #expect(states.filter { $0 == "translated" }.count == Self.count)
            #expect(states.filter { $0 == "delivered" }.count == 2 * Self.count)
            #expect(states.count == 3 * Self.count, "no duplicate, dead or pending message")
        }
    }
}
