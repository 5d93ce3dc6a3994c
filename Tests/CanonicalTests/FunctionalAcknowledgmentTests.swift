import Foundation
import Testing

@testable import Canonical

@Suite("Canonical functional acknowledgments")
struct FunctionalAcknowledgmentTests {
    /// The exact file `CanonicalJSON.encode` writes for `CanonicalFixtures.smallAcknowledgment()`.
    static let smallAcknowledgmentJSON = """
        {
          "canonicalVersion" : "1",
          "documents" : [
            {
              "document" : {
                "acknowledgmentType" : "997",
                "groups" : [
                  {
                    "controlNumber" : "1001",
                    "functionalGroup" : "PO",
                    "sourceCode" : "P",
                    "status" : "partiallyAccepted",
                    "transactionSets" : [
                      {
                        "controlNumber" : "0001",
                        "sourceCode" : "A",
                        "status" : "accepted",
                        "transactionSetID" : "850"
                      },
                      {
                        "controlNumber" : "0002",
                        "errorCodes" : [
                          "5"
                        ],
                        "segmentErrors" : [
                          {
                            "elementErrors" : [
                              {
                                "elementReference" : "330",
                                "errorCode" : "1",
                                "position" : 2
                              }
                            ],
                            "errorCode" : "8",
                            "loop" : "PO1",
                            "position" : 12,
                            "segmentID" : "PO1"
                          }
                        ],
                        "sourceCode" : "R",
                        "status" : "rejected",
                        "transactionSetID" : "850"
                      }
                    ],
                    "transactionSetsAccepted" : 1,
                    "transactionSetsIncluded" : 2,
                    "transactionSetsReceived" : 2
                  }
                ],
                "standard" : "x12"
              },
              "kind" : "functionalAcknowledgment"
            }
          ]
        }

        """

    static func decode(_ document: String) throws(CanonicalJSONError) -> [CanonicalDocument] {
        try CanonicalJSON.decode(Array(#"{"canonicalVersion": "1", "documents": [\#(document)]}"#.utf8))
    }

    @Test("A small 997 encodes to exactly the golden text and decodes back")
    func smallAcknowledgmentGolden() throws {
        let document = CanonicalDocument.functionalAcknowledgment(CanonicalFixtures.smallAcknowledgment())
        let bytes = try CanonicalJSON.encode([document])
        #expect(String(decoding: bytes, as: UTF8.self) == Self.smallAcknowledgmentJSON)
        #expect(try CanonicalJSON.decode(bytes) == [document])
        #expect(try CanonicalJSON.decode(Array(Self.smallAcknowledgmentJSON.utf8)) == [document])
    }

    @Test("A TA1 alone decodes with absent arrays as empty")
    func interchangeOnly() throws {
        let documents = try Self.decode(#"""
            {"kind": "functionalAcknowledgment", "document": {"standard": "x12", "acknowledgmentType": "TA1",
             "interchange": {"controlNumber": "000000905", "date": "2024-03-05T16:02", "status": "rejected",
                             "sourceCode": "R", "noteCode": "006"}}}
            """#)
        let expected = FunctionalAcknowledgment(standard: .x12, acknowledgmentType: "TA1", interchange:
            InterchangeAcknowledgment(controlNumber: "000000905",
                                      date: try CanonicalDate(year: 2024, month: 3, day: 5, hour: 16, minute: 2),
                                      status: .rejected, sourceCode: "R", noteCode: "006"))
        #expect(documents == [.functionalAcknowledgment(expected)])
        #expect(documents.first?.kind == .functionalAcknowledgment)
    }

    /// The error decoding a 997 whose one group holds the one transaction set `set`, if any.
    static func setError(_ set: String) -> CanonicalJSONError? {
        let document = #"""
            {"kind": "functionalAcknowledgment", "document": {"standard": "x12", "acknowledgmentType": "997",
             "groups": [{"functionalGroup": "PO", "controlNumber": "1", "status": "rejected",
                         "transactionSets": [\#(set)]}]}}
            """#
        do {
            _ = try Self.decode(document)
            return nil
        } catch {
            return error
        }
    }

    @Test("A missing status or a position written as text is rejected with its location")
    func rejections() throws {
        let missing = try #require(Self.setError(#"{"transactionSetID": "850", "controlNumber": "0001"}"#))
        #expect(missing.code == .missingValue)
        #expect(missing.path == "/documents/0/document/groups/0/transactionSets/0/status")

        let text = try #require(Self.setError(#"""
            {"transactionSetID": "850", "controlNumber": "1", "status": "rejected",
             "segmentErrors": [{"segmentID": "PO1", "position": "12"}]}
            """#))
        #expect(text.code == .typeMismatch)
        #expect(text.path == "/documents/0/document/groups/0/transactionSets/0/segmentErrors/0/position")
    }
}
