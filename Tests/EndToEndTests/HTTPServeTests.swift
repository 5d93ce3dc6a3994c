import Foundation
import Testing
import WharfTestSupport
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// `wharf serve` with its HTTP listener: intake answered 202 after the store commit, health and metrics.
    @Suite struct HTTPServeTests {
        static let vendor = "medsupply-vendor"

        /// Waits for the daemon to log its HTTP port.
        static func waitForPort(of daemon: DaemonProcess) -> Int? {
            var port: Int?
            #expect(DaemonProcess.waitUntil(timeout: 60) {
                port = Self.port(of: daemon)
                return port != nil
            }, "log: \(daemon.standardError)")
            return port
        }

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
            let port = Self.waitForPort(of: daemon)
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

        @Test func aChannelThatRejectsInvalidInputAnswers422WithTheDiagnosticsAndStoresNothing() throws {
            let fixture = try ServeFixture("serve-http-reject", extra: "http:\n  port: 0")
            defer { fixture.folder.remove() }
            let out = fixture.folder.url.appendingPathComponent("out").path
            try fixture.writeVendor("http-vendor", inbound: """
                - name: post
                  transport: http
                  http: {path: /in, rejectInvalid: true}
                """, outbound: """
                - name: drop
                  transport: directory
                  directory: {path: \(out)}
                """, to: "drop", acknowledged: true)
            let daemon = try fixture.startWithOwnPartners()
            defer { daemon.stop() }
            let port = Self.waitForPort(of: daemon)
            let url = "http://127.0.0.1:\(try #require(port))/v1/inbound/http-vendor"
            let good = String(decoding: try ServeFixture.example("examples/x12/855-order-acknowledgment.edi"), as: UTF8.self)
            let bad = good.replacingOccurrences(of: "PO1*1*10*BX", with: "PO1*1*1X*BX")
            let refused = try BlockingHTTP.request("POST", url, body: Array(bad.utf8))
            #expect(refused.status == 422)
            let answer = try JSONSerialization.jsonObject(with: Data(refused.body.utf8)) as? [String: Any]
            #expect(answer?["error"] as? String == "invalid-document")
            let diagnostics = answer?["diagnostics"] as? [[String: Any]] ?? []
            #expect(diagnostics.contains { $0["code"] as? String == "x12.element.not-numeric"
                && ($0["location"] as? String)?.hasPrefix("PO102") == true }, "\(refused.body)")
            #expect(!refused.body.contains("1X"))
            let unrouted = try BlockingHTTP.request("POST", url, body: try ServeFixture.example("examples/x12/810-invoice.edi"))
            #expect(unrouted.status == 404)
            #expect(unrouted.body.contains("\"error\":\"no-route\""))
            let accepted = try BlockingHTTP.request("POST", url, body: Array(good.utf8))
            #expect(accepted.status == 202)
            daemon.send(SIGTERM)
            #expect(daemon.waitForExit(timeout: 30) == 0)
            let list = try fixture.wharf(["messages", "list", "--state", "received,translated,rejected"])
            #expect(list.stdout.split(separator: "\n").count == 2, "only the accepted document was stored: \(list.stdout)")
        }

        @Test func aChannelWithABearerTokenAdmitsOnlyItsSenderOnItsOwnPath() throws {
            let fixture = try ServeFixture("serve-http-auth", extra: "http:\n  port: 0")
            defer { fixture.folder.remove() }
            let out = fixture.folder.url.appendingPathComponent("out").path
            try fixture.writeVendor("http-vendor", inbound: """
                - name: edi-post
                  transport: http
                  http: {path: /edi/vendor, auth: {bearer: {env: VENDOR_INBOUND_TOKEN}}}
                """, outbound: """
                - name: drop
                  transport: directory
                  directory: {path: \(out)}
                """, to: "drop", acknowledged: true)
            let daemon = try fixture.startWithOwnPartners(environment: ["VENDOR_INBOUND_TOKEN": "t0ken-of-the-vendor"])
            defer { daemon.stop() }
            let base = "http://127.0.0.1:\(try #require(Self.waitForPort(of: daemon)))"
            let body = try ServeFixture.example("examples/x12/855-order-acknowledgment.edi")
            for (path, headers) in [
                ("/edi/vendor", [:]), ("/edi/vendor", ["Authorization": "Bearer another"]),
                ("/v1/inbound/http-vendor", [:]),
            ] as [(String, [String: String])] {
                let refused = try BlockingHTTP.request("POST", base + path, body: body, headers: headers)
                #expect(refused.status == 401, "\(path) \(headers)")
                #expect(refused.headers["www-authenticate"] == #"Bearer realm="wharf""#)
            }
            let accepted = try BlockingHTTP.request("POST", base + "/edi/vendor", body: body,
                                                    headers: ["Authorization": "Bearer t0ken-of-the-vendor"])
            #expect(accepted.status == 202, "\(accepted.body)")
            #expect(try BlockingHTTP.request("POST", base + "/edi/other", body: body).status == 404)
            daemon.send(SIGTERM)
            #expect(daemon.waitForExit(timeout: 30) == 0)
            #expect(!daemon.standardError.contains("t0ken-of-the-vendor"), "the token is never logged")
            #expect(daemon.standardError.contains("credentials missing or wrong"))
            let list = try fixture.wharf(["messages", "list", "--state", "received,translated,rejected"])
            #expect(list.stdout.split(separator: "\n").count == 2, "only the admitted message was stored: \(list.stdout)")
        }
    }
}
