import Testing
import WharfCore
@testable import X12

/// Transaction set structures: loops are found, and structural problems are reported with 997 semantics.
@Suite struct StructureTests {
    private func text(_ name: String) throws -> String { String(decoding: try Fixtures.bytes(name), as: UTF8.self) }

    private func loops(_ bytes: [UInt8]) -> [String] {
        Fixtures.events(bytes, chunk: 64).compactMap {
            if case .segment(let segment, let context) = $0, context.position != nil {
                "\(segment.tag):\(context.loop ?? "-")"
            } else {
                nil
            }
        }
    }

    @Test func loopsOfAnOrder() throws {
        #expect(self.loops(try Fixtures.bytes("850-hospital-order.edi")) == [
            "ST:-", "BEG:-", "CUR:-", "REF:-", "PER:-", "DTM:-", "N1:N1", "N1:N1", "N3:N1", "N4:N1", "N1:N1",
            "PO1:PO1", "PID:PID", "PO1:PO1", "PID:PID", "PO1:PO1", "PID:PID", "CTT:CTT", "AMT:CTT", "SE:-",
        ])
    }

    @Test func loopsOfAShipNotice() throws {
        let loops = self.loops(try Fixtures.bytes("856-pick-pack.edi"))
        #expect(loops.filter { $0.hasPrefix("HL") } == ["HL:HL", "HL:HL", "HL:HL", "HL:HL", "HL:HL"])
        #expect(loops.contains("LIN:HL"))
        #expect(loops.contains("N1:N1"))
    }

    @Test(arguments: [
        ("BEG*00*SA*PO-88231**20261120~\n", "", ["x12.segment.mandatory-missing@BEG#2"]),
        ("CUR*BY*USD~\n", "CUR*BY*USD~\nCUR*BY*USD~\n", ["x12.segment.exceeds-maximum-use@CUR#4"]),
        ("DTM*002*20261124~\n", "DTM*002*20261124~\nBSN*00*SHP-1*20261121*1430~\n", ["x12.segment.not-in-transaction-set@BSN#7"]),
        ("PID*F****SYRINGE 10ML LUER LOCK~\n", "PID*F****SYRINGE 10ML LUER LOCK~\nBEG*00*SA*X**20261120~\n",
         ["x12.segment.out-of-sequence@BEG#16"]),
    ])
    func structuralProblems(replace: String, with replacement: String, expected: [String]) throws {
        var text = try self.text("850-hospital-order.edi")
        text = text.replacingOccurrences(of: replace, with: replacement)
        let delta = replacement.components(separatedBy: "~").count - replace.components(separatedBy: "~").count
        text = text.replacingOccurrences(of: "SE*20*0001", with: "SE*\(20 + delta)*0001")
        let errors = Fixtures.errors(Fixtures.events(Array(text.utf8), chunk: 64))
        #expect(errors == expected)
    }

    @Test func everyEmbeddedStructureLoads() {
        for set in ["850", "855", "856", "810", "997"] {
            for release in ["004010", "005010"] {
                #expect(X12TransactionStructure.forSet(set, version: release) != nil, "\(set) \(release)")
            }
        }
        #expect(X12TransactionStructure.forSet("999", version: "005010X231A1") != nil)
        #expect(X12TransactionStructure.forSet("940", version: "004010") == nil)
    }
}
