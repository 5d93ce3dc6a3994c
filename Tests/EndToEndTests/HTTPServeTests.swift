import Foundation
import Testing
import WharfTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `wharf serve` with its HTTP listener: intake answered 202 after the store commit, health and metrics.
@Suite(.serialized) struct HTTPServeTests {
    static let vendor = "medsupply-vendor"

    /// The port the daemon logged it listens on.
    static func port(of daemon: DaemonProcess) -> Int? {
        for line in daemon.standardError.split(separator: "\n") where line.contains("HTTP intake listening") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let port = (object["wharf.port"] as? String).flatMap(Int.init) else { continue }
            return port
        }
        return nil
    }

    @Test func intakeHealthAndMetrics() throws {
        let fixture = try ServeFixture("serve-http", extra: "http:\n  port: 0")
        defer { fixture.folder.remove() }
        let daemon = try fixture.start()
        defer { daemon.stop() }
        var port: Int?
        #expect(DaemonProcess.waitUntil(timeout: 60) {
            port = Self.port(of: daemon)
            return port != nil
        }, "log: \(daemon.standardError)")
        let base = "http://127.0.0.1:\(try #require(port))"
        #expect(try BlockingHTTP.request("GET", base + "/health/live").status == 200)
        #expect(try BlockingHTTP.request("GET", base + "/health/ready").status == 200)

        let bytes = try ServeFixture.example("examples/x12/855-order-acknowledgment.edi")
        let accepted = try BlockingHTTP.request("POST", "\(base)/v1/inbound/\(Self.vendor)", body: bytes,
                                                headers: ["Content-Type": "application/edi-x12"])
        #expect(accepted.status == 202)
        #expect(accepted.body.contains("\"message\":\"m1\""), "\(accepted.body)")
        let unknown = try BlockingHTTP.request("POST", "\(base)/v1/inbound/nobody", body: bytes)
        #expect(unknown.status == 404)
        #expect(DaemonProcess.waitUntil(timeout: 60) { fixture.files("outbox", Self.vendor).count == 2 })

        let metrics = try BlockingHTTP.request("GET", base + "/metrics")
        #expect(metrics.status == 200)
        #expect(metrics.headers["content-type"]?.hasPrefix("text/plain") == true)
        let samples = metrics.body.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(samples.contains {
            $0 == #"wharf_messages{direction="inbound",format="x12",partner="medsupply-vendor",state="translated"} 1"#
        }, "\(metrics.body)")
        #expect(samples.contains { $0.hasPrefix(#"wharf_translation_seconds_count{partner="medsupply-vendor"} 1"#) })
        #expect(PrometheusCheck.problems(in: metrics.body).isEmpty, "\(PrometheusCheck.problems(in: metrics.body))")

        daemon.send(SIGTERM)
        #expect(daemon.waitForExit(timeout: 30) == 0)
    }
}
