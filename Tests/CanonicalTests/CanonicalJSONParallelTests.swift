import Foundation
import Testing

@testable import Canonical

/// Files of many documents are written on every core, a document at a time: the bytes must be exactly those of
/// the one-piece writer (and so of `JSONEncoder`).
@Suite struct CanonicalJSONParallelTests {
    static func sequential(_ documents: [CanonicalDocument]) throws -> [UInt8] {
        try CanonicalJSONWriter.encode(CanonicalFile(canonicalVersion: CanonicalJSON.version, documents: documents),
                                       terminatedByNewline: true)
    }

    @Test(arguments: [63, 64, 65, 200])
    func manyDocumentsGiveTheSameBytesAsOnePiece(count: Int) throws {
        let kinds = try CanonicalFixtures.allKinds()
        // Every kind of document, and an order without lines or parties (empty containers write a blank line).
        var documents = (0..<count).map { kinds[$0 % kinds.count] }
        documents[count / 2] = .order(Order(orderNumber: "EMPTY"))
        let parallel = try CanonicalJSON.encode(documents)
        #expect(parallel == (try Self.sequential(documents)))
        #expect(try CanonicalJSON.decode(parallel) == documents)
    }

    @Test func aDocumentThatCannotBeWrittenIsReportedAtItsPlace() throws {
        var documents = Array(repeating: CanonicalDocument.order(try CanonicalFixtures.smallOrder()), count: 70)
        var broken = try CanonicalFixtures.smallOrder()
        broken.lines[0].quantity = Quantity(Decimal.nan, "EA")
        documents[66] = .order(broken)
        let error = #expect(throws: CanonicalJSONError.self) { try CanonicalJSON.encode(documents) }
        #expect(error?.code == .unencodable)
        #expect(error?.path.hasPrefix("/documents/66/") == true, "\(String(describing: error?.path))")
    }
}
