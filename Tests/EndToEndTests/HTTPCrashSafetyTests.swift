import Foundation
import Testing
import WharfTestSupport
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// Nothing lost over HTTP: 1,000 files from a local folder are pushed to a real HTTP receiver on 127.0.0.1 while
    /// the daemon is killed with SIGKILL at random moments five times; every document arrives, and a document that
    /// arrives twice (sent, then the daemon died before recording it) carries the same idempotency key both times.
    @Suite struct HTTPCrashSafetyTests {
        static let count = 1_000

        @Test func everyDocumentReachesTheReceiverAcrossFiveKills() async throws {
            let receiver = ScriptedHTTPServer { _, _ in .respond(200) }
            let port = try await receiver.start()
            let fixture = try ServeFixture("crash-http", partners: "partners/examples")
            defer { fixture.folder.remove() }
            let inbox = fixture.folder.url.appendingPathComponent("in").path
            try fixture.writeVendor("push-vendor", inbound: """
                - name: drop
                  transport: directory
                  directory: {path: \(inbox), archive: \(fixture.folder.url.appendingPathComponent("archive").path)}
                """, outbound: """
                - name: push
                  transport: http
                  http: {url: "http://127.0.0.1:\(port)/receive", timeout: 5s}
                """, to: "push")
            try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
            let template = String(decoding: try ServeFixture.example("examples/x12/855-order-acknowledgment.edi"),
                                  as: UTF8.self)
            for index in 0..<Self.count {
                let text = CrashSafetyTests.interchange(index, template: template)
                let temporary = (inbox as NSString).appendingPathComponent(".\(index).tmp")
                try Data(text).write(to: URL(fileURLWithPath: temporary))
                try FileManager.default.moveItem(atPath: temporary, toPath: (inbox as NSString).appendingPathComponent("c-\(index).edi"))
            }
            func start() throws -> DaemonProcess { try fixture.startWithOwnPartners() }
            func received() -> Set<String> {
                Set(receiver.requests.compactMap { $0.headers.first(name: "Idempotency-Key") })
            }
            var generator = SystemRandomNumberGenerator()
            var kills: [Int] = []
            for round in 0..<5 {
                let daemon = try start()
                let target = round * 180 + Int.random(in: 20..<160, using: &generator)
                _ = await DaemonProcess.eventually(timeout: 120) { received().count >= target }
                daemon.send(SIGKILL)
                #expect(await daemon.exit(timeout: 20) == 128 + SIGKILL)
                kills.append(received().count)
            }
            #expect(kills.allSatisfy { $0 > 0 && $0 < Self.count }, "killed after \(kills) documents")
            let daemon = try start()
            defer { daemon.stop() }
            #expect(await DaemonProcess.eventually(timeout: 240) { received().count >= Self.count },
                    "received \(received().count); log: \(daemon.standardError.suffix(2000))")
            try await Task.sleep(for: .milliseconds(500))
            daemon.send(SIGTERM)
            #expect(await daemon.exit(timeout: 30) == 0)
            await receiver.stop()

            // Every document once by key; a key seen twice always carried the same bytes.
            var bodies: [String: Set<[UInt8]>] = [:]
            for request in receiver.requests {
                guard let key = request.headers.first(name: "Idempotency-Key") else { continue }
                bodies[key, default: []].insert(request.body)
            }
            #expect(bodies.count == Self.count)
            #expect(bodies.values.allSatisfy { $0.count == 1 })
            var orders: Set<String> = []
            for body in bodies.values.compactMap(\.first) {
                let text = String(decoding: body, as: UTF8.self)
                if let range = text.range(of: #"PO-7\d{5}"#, options: .regularExpression) { orders.insert(String(text[range])) }
            }
            #expect(orders.count == Self.count, "every purchase order arrived")
            let repeats = receiver.requests.count - bodies.count
            print("HTTP crash safety: \(receiver.requests.count) requests for \(bodies.count) documents (\(repeats) redeliveries, each with its key); kills after \(kills)")
        }
    }
}
