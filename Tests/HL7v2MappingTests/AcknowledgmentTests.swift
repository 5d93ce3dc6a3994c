import Foundation
import HL7v2
import Testing
import WharfCore
import WharfTestSupport

@testable import HL7v2Mapping

/// HL7 v2 ACKs: codes by outcome and mode, MSA-2, ERR per problem with location and table 0357 condition.
@Suite struct AcknowledgmentTests {
    static let requisition = try! String(contentsOf: WharfProcess.repositoryRoot
        .appendingPathComponent("examples/hl7v2/oms-o05-supply-requisition.hl7"), encoding: .utf8)

    static func ack(_ text: String, stored: Bool = true) throws -> [String] {
        let message = try #require(HL7v2Reader.read(Array(text.utf8)).messages.first)
        let diagnostics = message.diagnostics + HL7v2StructureValidator().validate(message)
        let bytes = try HL7v2AcknowledgmentWriter().acknowledgment(
            for: message, diagnostics: diagnostics, timestamp: "20261122120000", controlID: "A1", stored: stored)
        return String(decoding: bytes, as: UTF8.self).split(separator: "\r").map(String.init)
    }

    @Test func aValidMessageIsAccepted() throws {
        #expect(try Self.ack(Self.requisition) == [
            "MSH|^~\\&|WHARF|MERCY|ORCAB|MERCY|20261122120000||ACK^O05^ACK|A1|P|2.5.1",
            "MSA|AA|MSG00001",
        ])
    }

    @Test func eachProblemIsOneERR() throws {
        let broken = Self.requisition.replacingOccurrences(of: "|20261124\r", with: "|2026-11-24\r")
            .replacingOccurrences(of: "ORC|NW|REQ-5522", with: "ORC||REQ-5522")
        let ack = try Self.ack(broken)
        #expect(ack[1] == "MSA|AE|MSG00001")
        #expect(ack.dropFirst(2).map { $0.split(separator: "|", omittingEmptySubsequences: false).prefix(5).joined(separator: "|") } == [
            "ERR||RQD^1^10^1|102^Data type error^HL70357|E",
            "ERR||RQD^1^10^1|207^Application internal error^HL70357|W",
            "ERR||ORC^2^1^1|101^Required field missing^HL70357|E",
            "ERR||RQD^2^10^1|102^Data type error^HL70357|E",
            "ERR||RQD^2^10^1|207^Application internal error^HL70357|W",
        ])
        #expect(!ack.joined().contains("2026-11-24"))
    }

    @Test func enhancedModeAndUnsupportedTypes() throws {
        let enhanced = Self.requisition.replacingOccurrences(of: "|P|2.5.1", with: "|P|2.5.1|||AL|NE")
        #expect(try Self.ack(enhanced)[1] == "MSA|CA|MSG00001")
        let other = Self.requisition.replacingOccurrences(of: "OMS^O05^OMS_O05", with: "ADT^A01^ADT_A01")
        let ack = try Self.ack(other)
        #expect(ack[0].contains("|ACK^A01^ACK|"))
        #expect(ack[1] == "MSA|AR|MSG00001")
        #expect(ack[2].hasPrefix("ERR||MSH^1^9^1|200^Unsupported message type^HL70357|E"))
    }

    @Test func nothingIsAcceptedThatWasNotStored() throws {
        let ack = try Self.ack(Self.requisition, stored: false)
        #expect(ack[1] == "MSA|AR|MSG00001")
        #expect(ack[2].hasPrefix("ERR|||207^Application internal error^HL70357|E"))
    }
}
