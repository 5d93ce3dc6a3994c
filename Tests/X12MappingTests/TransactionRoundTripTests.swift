import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
import X12
@testable import X12Mapping

/// For every mapped transaction set: X12 → canonical JSON (golden), canonical → X12 (golden), and
/// X12 → canonical → X12 → canonical giving the same documents, in 004010 and 005010.
@Suite struct TransactionRoundTripTests {
    static let examples = [
        ("850-hospital-order", "850"), ("855-order-acknowledgment", "855"), ("810-invoice", "810"),
        ("856-pick-pack", "856"), ("850-complete-order", "850"), ("810-complete-invoice", "810"),
        ("855-with-schedules", "855"), ("856-equipment-and-packaging", "856"),
    ]

    private func documents(_ bytes: [UInt8]) throws -> ([CanonicalDocument], Diagnostics) {
        var diagnostics = Diagnostics()
        let documents = try X12CanonicalParser().parse(Payload(bytes: bytes), context: TranslationContext(),
                                                        diagnostics: &diagnostics)
        return (documents, diagnostics)
    }

    private func example(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/x12/\(name).edi")))
    }

    @Test(arguments: Self.examples)
    func canonicalGolden(name: String, set: String) throws {
        let (documents, diagnostics) = try self.documents(try self.example(name))
        #expect(!diagnostics.hasErrors)
        #expect(diagnostics.all.filter { $0.severity == .warning }.isEmpty, "\(diagnostics.all.map(\.text))")
        let json = String(decoding: try CanonicalJSON.encode(documents), as: UTF8.self)
        let failure = Goldens.check(json, against: "Tests/X12MappingTests/Goldens/\(name).json")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test(arguments: Self.examples, ["004010", "005010"])
    func roundTrip(example: (name: String, set: String), release: String) throws {
        let (documents, _) = try self.documents(try self.example(example.name))
        let serializer = X12CanonicalSerializer(
            transactionSet: example.set, release: release,
            settings: X12EnvelopeSettings(senderQualifier: "ZZ", senderID: "SENDER", receiverQualifier: "ZZ",
                                          receiverID: "RECEIVER", date: "20261122", time: "1200"))
        var diagnostics = Diagnostics()
        let written = try serializer.serialize(documents, context: TranslationContext(), diagnostics: &diagnostics)
        let (reread, again) = try self.documents(written.bytes)
        #expect(!again.hasErrors, "\(again.all.map(\.text))")
        #expect(reread == documents)
        let failure = Goldens.check(String(decoding: written.bytes, as: UTF8.self),
                                    against: "Tests/X12MappingTests/Goldens/\(example.name).\(release).edi")
        #expect(failure == nil, "\(failure ?? "")")
    }
}
