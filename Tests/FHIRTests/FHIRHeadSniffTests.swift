import Foundation
@testable import FHIR
import Testing
import WharfCore

/// A FHIR file too large to hold is sniffed from its first bytes: the members and entries wholly in them.
@Suite("FHIR sniffed from its first bytes")
struct FHIRHeadSniffTests {
    @Test("cut JSON is closed after its last complete value", arguments: [
        (#"{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Supp"#,
         #"{"resourceType":"Bundle","entry":[{"resource":{}}]}"#),
        (#"{"a":1"#, "{}"),
        (#"{"a":1,"#, #"{"a":1}"#),
        (#"{"a":"x\"y}","b"#, #"{"a":"x\"y}"}"#),
        (#"[1,[2,{"k":null}"#, #"[1,[2,{"k":null}]]"#),
        (#"{"a":[true,false],"b":{"c":-1.5e3},"d":"e"}"#, #"{"a":[true,false],"b":{"c":-1.5e3},"d":"e"}"#),
        ("\u{FEFF}{\"a\":{\"b\":[", "\u{FEFF}{\"a\":{\"b\":[]}}"),
    ])
    func closed(cut: String, expected: String) throws {
        let closed = try #require(JSONPrefix.closed(Array(cut.utf8)))
        #expect(String(decoding: closed, as: UTF8.self) == expected)
    }

    @Test("what is not a JSON container is left alone", arguments: [#""text""#, #"{"a":1]"#, "", "  ", "12"])
    func notClosed(cut: String) {
        #expect(JSONPrefix.closed(Array(cut.utf8)) == nil)
    }

    @Test("a first byte 0xEF that does not start a byte order mark is not skipped")
    func notAByteOrderMark() {
        // Skipping three bytes would have left `{}` and called this JSON.
        #expect(JSONPrefix.closed([0xEF, 0x41, 0x42, 0x7B, 0x7D]) == nil)
        #expect(JSONPrefix.closed([0xEF, 0xBB, 0xBF, 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x31, 0x2C])
            == Array(#"\#u{FEFF}{"a":1}"#.utf8))
    }

    @Test("every prefix of a bundle closes into JSON the reader accepts")
    func everyPrefixReads() throws {
        let bytes = Array(Self.bundle(entries: 3).utf8)
        for length in 0...bytes.count {
            guard let closed = JSONPrefix.closed(Array(bytes[..<length])) else { continue }
            #expect(throws: Never.self, "prefix of \(length) bytes") { _ = try JSONReader().read(closed) }
        }
    }

    @Test("a large bundle is named by the entries in its first bytes")
    func largeBundleHead() throws {
        let text = Self.bundle(entries: 2_000)
        let head = Payload(bytes: Array(text.utf8.prefix(65_536)))
        #expect(throws: TranslationError.self) { _ = try FHIRSniffer().sniff(head) }
        let envelope = try #require(try FHIRSniffer().sniff(head: head)?.first)
        #expect(envelope.format.description == "fhir:SupplyRequest@R4")
        #expect(envelope.controlNumbers.message == "PO-HEAD-1")
    }

    @Test("a bundle whose first business resource lies beyond the head stays a Bundle")
    func focusBeyondTheHead() throws {
        let supporting = (0..<1_000).map { #"{"resource":{"resourceType":"Organization","id":"org-\#($0)","name":"Supplier \#($0) of a long list of names"}}"# }
        let text = #"{"resourceType":"Bundle","identifier":{"value":"B-7"},"type":"collection","entry":["#
            + supporting.joined(separator: ",") + #",{"resource":{"resourceType":"SupplyRequest","id":"r"}}]}"#
        let envelope = try #require(try FHIRSniffer().sniff(head: Payload(bytes: Array(text.utf8.prefix(65_536))))?.first)
        #expect(envelope.format.messageType == "Bundle")
        #expect(envelope.controlNumbers.message == "B-7")
    }

    @Test("a whole payload is sniffed as usual")
    func wholePayload() throws {
        let bytes = Array(Self.bundle(entries: 2).utf8)
        #expect(try FHIRSniffer().sniff(head: Payload(bytes: bytes)) == FHIRSniffer().sniff(Payload(bytes: bytes)))
    }

    /// A collection bundle: an Organization, then `entries` supply requests.
    static func bundle(entries: Int) -> String {
        let requests = (0..<entries).map { index in
            #"{"fullUrl":"urn:uuid:r\#(index)","resource":{"resourceType":"SupplyRequest","id":"r\#(index)","#
                + #""status":"active","quantity":{"value":\#(index + 1),"unit":"EA"},"#
                + #""itemCodeableConcept":{"text":"Item \"\#(index)\" with a \\ in its name"}}}"#
        }
        return #"{"resourceType":"Bundle","identifier":{"system":"urn:po","value":"PO-HEAD-1"},"#
            + #""type":"collection","entry":[{"resource":{"resourceType":"Organization","id":"o1"}},"#
            + requests.joined(separator: ",") + "]}"
    }
}
