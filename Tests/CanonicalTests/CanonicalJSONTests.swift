import Foundation
import Testing

@testable import Canonical

@Suite("Canonical JSON")
struct CanonicalJSONTests {
    /// The exact file `CanonicalJSON.encode` writes for `CanonicalFixtures.smallOrder()`.
    static let smallOrderJSON = """
        {
          "canonicalVersion" : "1",
          "documents" : [
            {
              "document" : {
                "currency" : "USD",
                "lines" : [
                  {
                    "dates" : [
                      {
                        "date" : "2024-03-08",
                        "kind" : "requestedDelivery",
                        "qualifier" : "002"
                      }
                    ],
                    "itemIdentifiers" : [
                      {
                        "kind" : "vendorPart",
                        "qualifier" : "VC",
                        "value" : "AC-100"
                      }
                    ],
                    "lineNumber" : "1",
                    "price" : {
                      "amount" : "45.5",
                      "basis" : "contract"
                    },
                    "quantity" : {
                      "unit" : "BX",
                      "value" : "10"
                    }
                  }
                ],
                "orderDate" : "2024-03-05",
                "orderNumber" : "PO-1001",
                "parties" : [
                  {
                    "identifiers" : [
                      {
                        "qualifier" : "UL",
                        "system" : "gln",
                        "value" : "0614141000012"
                      }
                    ],
                    "name" : "Dock 3/West",
                    "role" : "shipTo"
                  }
                ],
                "type" : "standard"
              },
              "kind" : "order"
            }
          ]
        }

        """

    static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    static func decodeError(_ json: String) -> CanonicalJSONError? {
        do {
            _ = try CanonicalJSON.decode(Array(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    static func file(_ document: String) -> String {
        #"{"canonicalVersion": "1", "documents": [\#(document)]}"#
    }

    @Test("A small order encodes to exactly the golden text")
    func smallOrderGolden() throws {
        let bytes = try CanonicalJSON.encode([.order(try CanonicalFixtures.smallOrder())])
        #expect(Self.text(bytes) == Self.smallOrderJSON)
        #expect(try CanonicalJSON.decode(bytes) == [.order(try CanonicalFixtures.smallOrder())])
    }

    @Test("CanonicalJSON writes what a sorted, pretty, slash-preserving JSONEncoder writes, plus a newline")
    func matchesPlainEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let document = CanonicalDocument.order(try CanonicalFixtures.smallOrder())
        let plain = String(decoding: try encoder.encode(document), as: UTF8.self)
        let indented = plain.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
        let expected = "{\n  \"canonicalVersion\" : \"1\",\n  \"documents\" : [\n"
            + indented.joined(separator: "\n") + "\n  ]\n}\n"
        #expect(Self.text(try CanonicalJSON.encode([document])) == expected)
    }

    @Test("Every document kind round-trips to equal values and equal bytes", arguments: CanonicalDocument.Kind.allCases)
    func roundTrip(kind: CanonicalDocument.Kind) throws {
        let document = try #require(try CanonicalFixtures.allKinds().first { $0.kind == kind })
        let bytes = try CanonicalJSON.encode([document])
        let decoded = try CanonicalJSON.decode(bytes)
        #expect(decoded == [document])
        #expect(try CanonicalJSON.encode(decoded) == bytes)
    }

    @Test("A file of every kind keeps its order and discriminators")
    func allKindsInOneFile() throws {
        let documents = try CanonicalFixtures.allKinds()
        #expect(documents.map(\.kind) == CanonicalDocument.Kind.allCases)
        let bytes = try CanonicalJSON.encode(documents)
        #expect(try CanonicalJSON.decode(bytes) == documents)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["canonicalVersion"] as? String == "1")
        let entries = try #require(object["documents"] as? [[String: Any]])
        #expect(entries.map { $0["kind"] as? String } == CanonicalDocument.Kind.allCases.map(\.rawValue))
        #expect(entries.allSatisfy { Set($0.keys) == ["kind", "document"] })
        let consumption = try #require(entries.first { $0["kind"] as? String == "consumption" }?["document"]
            as? [String: Any])
        #expect(consumption["kind"] as? String == "charge")
    }

    @Test("Empty arrays and nil members are omitted; an empty file still lists its documents")
    func omissions() throws {
        let bytes = try CanonicalJSON.encode([.order(Order(orderNumber: "X"))])
        #expect(Self.text(bytes) == """
            {
              "canonicalVersion" : "1",
              "documents" : [
                {
                  "document" : {
                    "orderNumber" : "X"
                  },
                  "kind" : "order"
                }
              ]
            }

            """)
        let empty = "{\n  \"canonicalVersion\" : \"1\",\n  \"documents\" : [\n\n  ]\n}\n"
        #expect(Self.text(try CanonicalJSON.encode([])) == empty)
    }

    @Test("Absent arrays decode as empty")
    func absentArrays() throws {
        let json = Self.file(#"""
            {"kind": "shipNotice", "document": {"shipmentNumber": "S1", "levels": [{"kind": "pack",
             "children": [{"kind": "item", "quantityShipped": {"value": "2", "unit": "EA"}}]}]}}
            """#)
        let documents = try CanonicalJSON.decode(Array(json.utf8))
        let expected = ShipNotice(shipmentNumber: "S1", levels: [
            PackingLevel(kind: .pack, children: [PackingLevel(kind: .item, quantityShipped: Quantity(2, .each))]),
        ])
        #expect(documents == [.shipNotice(expected)])
    }

    @Test("Codes the model does not name round-trip unchanged")
    func unknownCodes() throws {
        let party = Party(role: "markFor", identifiers: [PartyIdentifier(system: "x-partner", value: "7")])
        let order = Order(orderNumber: "X", type: "standingOrder", parties: [party], lines: [
            OrderLine(itemIdentifiers: [ItemIdentifier(kind: .other, value: "Q", qualifier: "ZZ")],
                      quantity: Quantity(1, "HUNDRED")),
        ])
        let bytes = try CanonicalJSON.encode([.order(order)])
        #expect(try CanonicalJSON.decode(bytes) == [.order(order)])
        #expect(Self.text(bytes).contains(#""role" : "markFor""#))
    }

    @Test("A non-numeric amount is rejected with its location and without its value")
    func nonNumericAmount() throws {
        let json = Self.file(#"""
            {"kind": "invoice", "document": {"invoiceNumber": "I1",
             "lines": [{"quantity": {"value": "1", "unit": "EA"}, "amount": {"amount": "12.5O"}}]}}
            """#)
        let error = try #require(Self.decodeError(json))
        #expect(error.code == .invalidValue)
        #expect(error.path == "/documents/0/document/lines/0/amount/amount")
        #expect(!error.message.contains("12.5O"))
    }

    @Test("A JSON number where a decimal string belongs is a type mismatch")
    func numberForDecimal() throws {
        let json = Self.file(#"{"kind": "order", "document": {"orderNumber": "X", "totalAmount": {"amount": 12.5}}}"#)
        let error = try #require(Self.decodeError(json))
        #expect(error.code == .typeMismatch)
        #expect(error.path == "/documents/0/document/totalAmount/amount")
    }

    @Test("Unknown kinds, missing members, other versions and broken bytes are rejected")
    func rejections() throws {
        let unknownKind = try #require(Self.decodeError(Self.file(#"{"kind": "orders", "document": {}}"#)))
        #expect(unknownKind.code == .invalidValue)
        #expect(unknownKind.path == "/documents/0/kind")

        let missing = try #require(Self.decodeError(Self.file(#"{"kind": "invoice", "document": {}}"#)))
        #expect(missing.code == .missingValue)
        #expect(missing.path == "/documents/0/document/invoiceNumber")

        let emptyCode = try #require(Self.decodeError(Self.file(
            #"{"kind": "consumption", "document": {"kind": ""}}"#
        )))
        #expect(emptyCode.code == .invalidValue)
        #expect(emptyCode.path == "/documents/0/document/kind")

        let badDate = try #require(Self.decodeError(Self.file(
            #"{"kind": "order", "document": {"orderNumber": "X", "orderDate": "2024-02-30"}}"#
        )))
        #expect(badDate.code == .invalidValue)
        #expect(badDate.path == "/documents/0/document/orderDate")

        let version = try #require(Self.decodeError(#"{"canonicalVersion": "2", "documents": []}"#))
        #expect(version.code == .unsupportedVersion)
        #expect(version.path == "/canonicalVersion")

        let noVersion = try #require(Self.decodeError(#"{"documents": []}"#))
        #expect(noVersion.code == .missingValue)

        #expect(Self.decodeError(#"{"canonicalVersion": "1", "#)?.code == .syntax)
        #expect(Self.decodeError("[]")?.code == .typeMismatch)
    }

    @Test("A NaN decimal cannot be encoded")
    func nanIsUnencodable() {
        let order = Order(orderNumber: "X", totalAmount: Money(.nan))
        #expect(throws: CanonicalJSONError.self) {
            try CanonicalJSON.encode([.order(order)])
        }
    }

    @Test("JSON pointers escape ~ and /")
    func pointerEscaping() {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int?
            init(stringValue: String) { self.stringValue = stringValue }
            init(intValue: Int) {
                self.stringValue = String(intValue)
                self.intValue = intValue
            }
        }
        let path: [any CodingKey] = [Key(stringValue: "a/b~c"), Key(intValue: 3)]
        #expect(CanonicalJSONError.pointer(path) == "/a~1b~0c/3")
    }
}
