import Foundation
import Testing
import WharfTestSupport
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// `wharf serve` with a partner's MLLP channel: each HL7 v2 message is stored through the daemon's sink before its
    /// ACK, then translated along the partner's route.
    @Suite struct MLLPServeTests {
        @Test func aRequisitionOverMLLPIsAcknowledgedStoredAndTranslated() throws {
            let fixture = try ServeFixture("serve-mllp")
            defer { fixture.folder.remove() }
            let port = LoopbackPort.free()
            let outbox = fixture.folder.url.appendingPathComponent("erp-inbox").path
            try fixture.writePartner("or-cabinets", """
                id: or-cabinets
                name: OR supply cabinets
                status: production
                identities:
                  hl7v2:
                    - {application: ORCAB, facility: MERCY}
                channels:
                  inbound:
                    - name: mllp-in
                      transport: mllp
                      mllp: {port: \(port)}
                  outbound:
                    - name: erp-drop
                      transport: directory
                      directory: {path: \(outbox)}
                routes:
                  - match: {format: hl7v2, messageType: "OMS^O05"}
                    output: {format: canonical}
                    channel: erp-drop
                """)
            let daemon = try fixture.startWithOwnPartners()
            defer { daemon.stop() }
            #expect(DaemonProcess.waitUntil(timeout: 60) { daemon.standardError.contains("MLLP listening") },
                    "\(daemon.standardError)")
            let sent = try WharfProcess.run(["mllp", "send", "examples/hl7v2/oms-o05-supply-requisition.hl7",
                                             "--port", "\(port)"])
            #expect(sent.status == 0, "\(sent.stderr)")
            #expect(sent.stdout.contains("MSA|AA|"), "\(sent.stdout)")
            #expect(DaemonProcess.waitUntil(timeout: 60) {
                ((try? FileManager.default.contentsOfDirectory(atPath: outbox)) ?? []).contains { $0.hasSuffix(".json") }
            }, "\(daemon.standardError)")
            daemon.send(SIGTERM)
            #expect(daemon.waitForExit(timeout: 30) == 0)
            let list = try fixture.wharf(["messages", "list"])
            #expect(list.stdout.contains("\tor-cabinets\thl7v2\tOMS^O05\tMSH-10 "), "\(list.stdout)")
        }
    }
}
