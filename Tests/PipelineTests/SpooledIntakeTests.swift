import Foundation
import Logging
import Partners
import Pipeline
import Store
import Testing
import Transport
import WharfCore
import WharfTestSupport

/// A payload spooled to disk (too large to hold) is described from its first bytes: for FHIR, from the members and
/// entries wholly in them.
@Suite struct SpooledIntakeTests {
    @Test func aLargeFHIRBundleIsStoredWithItsFormatTypeAndControlNumber() async throws {
        let folder = try TemporaryFolder("spooled-fhir")
        defer { folder.remove() }
        let store = try SQLiteMessageStore(path: folder.url.appendingPathComponent("wharf.sqlite").path)
        var diagnostics = Diagnostics()
        let partners = PartnerDirectory.load(folder.url.appendingPathComponent("no-partners"), into: &diagnostics)
        let sink = StoreInboundSink(store: store, partners: partners, translationWork: WorkSignal(),
                                    logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let requests = (0..<3_000).map { index in
            #"{"resource":{"resourceType":"SupplyRequest","id":"r\#(index)","status":"active","#
                + #""quantity":{"value":\#(index + 1),"unit":"EA"}}}"#
        }
        let text = #"{"resourceType":"Bundle","identifier":{"value":"PO-SPOOLED-9"},"type":"collection","entry":["#
            + requests.joined(separator: ",") + "]}"
        let bytes = Array(text.utf8)
        let file = try folder.write(text, to: "spool/bundle.json")
        let payload = SpooledPayload(path: file.path, name: "bundle.json", size: bytes.count,
                                     contentHash: SHA256.hex(bytes), head: Array(bytes.prefix(SpooledPayload.headLimit)))
        #expect(payload.size > payload.head.count, "the head is only the beginning")
        _ = try await sink.accept(spooled: payload, from: Origin(transport: "sftp", partner: "erp", channel: "sftp-in"))
        let stored = try #require(try await store.messages(matching: MessageFilter(direction: .inbound)).first)
        #expect(stored.format == "fhir")
        #expect(stored.messageType == "SupplyRequest")
        #expect(stored.controlKey == "ID PO-SPOOLED-9")
        #expect(try await store.body(of: stored.id) == bytes)
    }
}
