import Foundation
import Testing
import WharfTestSupport
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// `wharf serve` as a process over local folders, and `wharf messages` on its store.
    @Suite struct ServeTests {
        static let vendor = "medsupply-vendor"

        @Test func aDroppedFileIsTranslatedIntoTheOutboxAndSIGTERMExitsZero() throws {
            let fixture = try ServeFixture("serve-flow")
            defer { fixture.folder.remove() }
            let daemon = try fixture.start()
            defer { daemon.stop() }
            try fixture.drop(try ServeFixture.example("examples/x12/855-order-acknowledgment.edi"), as: "po-ack.edi",
                             for: Self.vendor)
            let arrived = DaemonProcess.waitUntil(timeout: 60) { fixture.files("outbox", Self.vendor).count == 2 }
            #expect(arrived, "outbox: \(fixture.files("outbox", Self.vendor)); log: \(daemon.standardError)")
            daemon.send(SIGTERM)
            #expect(daemon.waitForExit(timeout: 20) == 0)
            #expect(fixture.files("outbox", Self.vendor) == ["m2-855.json", "m3-997.edi"])
            #expect(fixture.files("archive", Self.vendor) == ["po-ack.edi"])
            #expect(fixture.files("inbox", Self.vendor).isEmpty)

            // Logs are JSON lines with namespaced metadata and no payload text.
            let lines = daemon.standardError.split(separator: "\n")
            #expect(!lines.isEmpty)
            for line in lines {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                #expect(object?["level"] != nil && object?["message"] != nil, "not a JSON log line: \(line)")
            }
            #expect(lines.contains { $0.contains("\"wharf.message\":\"m1\"") && $0.contains("translated") })
            for secret in ["NITRILE", "GLV-NTR-M", "MERCY GENERAL"] { #expect(!daemon.standardError.contains(secret)) }

            let list = try fixture.wharf(["messages", "list"])
            #expect(list.status == 0)
            let rows = list.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").prefix(3).joined(separator: " ") }
            #expect(rows == ["m3 delivered outbound", "m2 delivered outbound", "m1 translated inbound"])
            let show = try fixture.wharf(["messages", "show", "m1"])
            #expect(show.stdout.contains("state: translated"))
            #expect(show.stdout.contains("control: ISA13 000005310"))
            #expect(show.stdout.contains("produced: m2 output canonical 855 → medsupply-vendor/erp-drop delivered"))
            #expect(show.stdout.contains("produced: m3 acknowledgment x12 997 → medsupply-vendor/"))
            let replay = try fixture.wharf(["messages", "replay", "m2"])
            #expect(replay.status == 1)
            #expect(replay.stderr.contains("m2 is delivered; only dead, rejected, duplicate or failed messages are replayed"))
            let dead = try fixture.wharf(["messages", "dead"])
            #expect(dead.status == 0 && dead.stdout.split(separator: "\n").count == 1, "only the header: \(dead.stdout)")
            let overdue = try fixture.wharf(["messages", "overdue"])
            #expect(overdue.stdout == "message\tpartner\texpected\tcontrol\tdue\n")
            let purge = try fixture.wharf(["messages", "purge", "--older-than", "0s"])
            #expect(purge.status == 0)
            #expect(purge.stdout.hasPrefix("removed 3 message(s); store "), "\(purge.stdout)")
        }

        @Test func anInvalidPartnerProfileStopsTheDaemonFromStarting() throws {
            let fixture = try ServeFixture("serve-invalid")
            defer { fixture.folder.remove() }
            let partners = fixture.folder.url.appendingPathComponent("partners")
            _ = try fixture.folder.write("""
                id: broken
                name: Broken
                status: production
                chanels: {}
                """, to: "partners/broken/profile.yaml")
            let daemon = try DaemonProcess(["serve", "--config", fixture.config], environment: ["WHARF_PARTNERS": partners.path],
                                           logFolder: fixture.folder.url)
            defer { daemon.stop() }
            #expect(daemon.waitForExit(timeout: 30) == 1)
            #expect(daemon.standardError.contains("profile.key.unknown"))
            #expect(daemon.standardError.contains("chanels"))
            #expect(daemon.standardError.contains("channels"), "a suggestion for the misspelt key")
            #expect(daemon.standardError.contains("the daemon does not start with an invalid profile"))
        }
    }
}
