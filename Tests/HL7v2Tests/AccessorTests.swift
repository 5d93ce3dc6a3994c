import HL7v2
import Testing
import WharfCore

/// Accessors and paths count in HL7's own terms: 1-based, MSH-1 the field separator, MSH-2 the encoding characters.
@Suite struct AccessorTests {
    static let order = HL7v2Fixtures.message(HL7v2Fixtures.supplyOrder)!

    @Test(arguments: [
        ("MSH-1", "|"), ("MSH-2", "^~\\&"), ("MSH-3", "WHARF"), ("MSH-9", "OMS^O05^OMS_O05"), ("MSH-9.1", "OMS"),
        ("MSH-9.2", "O05"), ("MSH-9.3", "OMS_O05"), ("MSH-10", "CTRL-0001"), ("MSH-12", "2.5.1"),
        ("ORC-2.1", "PO-4711"),
        ("RQD-1", "1"), ("RQD(1)-2.1", "GZ-44"), ("RQD-3", "EA-100&Each&UCUM"), ("RQD-3[1].1", "EA-100&Each&UCUM"),
        ("RQD-3[1].1.2", "Each"), ("RQD-3[2].1.1", "BX-10"), ("RQD-3[2].1.3", "UCUM"), ("RQD-3.1.1", "EA-100"),
        ("RQ1-1.2", "USD"), ("RQD-4", "50"),
    ])
    func pathsReadValues(_ path: String, _ expected: String) throws {
        let parsed = try #require(HL7v2Path(path))
        #expect(Self.order.value(at: parsed) == expected)
    }

    @Test(arguments: [
        "RQD-3[3]", "RQD-3[2].2", "RQD-3[2].1.4", "RQD(2)-1", "PID-3", "MSH-40", "ORC-3", "RQD-2.9", "MSH-1.2",
        "MSH-2[2]",
    ])
    func absentPositionsAreNil(_ path: String) throws {
        #expect(Self.order.value(at: try #require(HL7v2Path(path))) == nil)
    }

    @Test func segmentFieldsCountMSHFromItsSeparator() {
        let msh = Self.order.header
        #expect(msh.id == "MSH")
        #expect(msh.fieldCount == 12)
        #expect(msh.field(1).rawText == "|")
        #expect(msh.field(2).rawText == "^~\\&")
        #expect(msh.field(9).component(2).text == "O05")
        let rqd = Self.order.segment("RQD")!
        #expect(rqd.fieldCount == 6)
        #expect(rqd.field(0).isEmpty)
        #expect(rqd.field(3).repetitionCount == 2)
        #expect(rqd.field(3).repetitions.map { $0.subcomponents.map(\.text) } == [["EA-100", "Each", "UCUM"],
                                                                                   ["BX-10", "Box", "UCUM"]])
        #expect(rqd.field(2).componentCount == 3)
        #expect(rqd.field(2).components.map(\.text) == ["GZ-44", "Gauze pad 4&4 sterile", "VENDOR"])
        #expect(rqd.value(field: 3, repetition: 2, component: 1, subcomponent: 2) == "Box")
        #expect(Array(rqd.bytes.prefix(4)) == Array("RQD|".utf8))
    }

    @Test func trailingEmptyFieldsAreCounted() {
        let orc = Self.order.segment("ORC")!
        #expect(orc.fieldCount == 12)
        #expect(orc.fields.filter { !$0.isEmpty }.count == 2)
    }

    @Test func segmentsByIdentifierAndOrdinal() throws {
        let message = try #require(HL7v2Fixtures.message("MSH|^~\\&|A|B|C|D|1||X|1|P|2.5\nOBX|1|A\nNTE|1\nOBX|2|B"))
        #expect(message.segments("OBX").map(\.ordinal) == [1, 2])
        #expect(message.value(at: "OBX(2)-2") == "B")
        #expect(message.segment("OBX", ordinal: 2)?.line == 4)
        #expect(message.segment("OBX", ordinal: 3) == nil)
    }

    @Test func aStandaloneSegmentIsSplitToo() {
        let segment = HL7v2Segment(bytes: Array("PID|1||A1^^^MR~B2".utf8))
        #expect(segment.id == "PID")
        #expect(segment.value(field: 3, repetition: 2) == "B2")
        #expect(segment.value(field: 3, component: 4) == "MR")
        let header = HL7v2Segment(bytes: Array("MSH".utf8))
        #expect(header.fieldCount == 0)
        #expect(header.field(1).isEmpty)
    }

    @Test(arguments: [
        ("RQD-2.1", "RQD", 1, 2, nil, 1, nil), ("RQD(1)-2.1", "RQD", 1, 2, nil, 1, nil),
        ("PID-3[2].1", "PID", 1, 3, 2, 1, nil), ("MSH-9.2", "MSH", 1, 9, nil, 2, nil),
        ("PID-3[2].4.1", "PID", 1, 3, 2, 4, 1), ("OBX(12)-5", "OBX", 12, 5, nil, nil, nil),
        ("Z01-1", "Z01", 1, 1, nil, nil, nil),
    ] as [(String, String, Int, Int, Int?, Int?, Int?)])
    func pathsParse(_ text: String, _ segment: String, _ ordinal: Int, _ field: Int, _ repetition: Int?,
                    _ component: Int?, _ subcomponent: Int?) throws {
        let path = try #require(HL7v2Path(text))
        #expect(path == HL7v2Path(segment: segment, ordinal: ordinal, field: field, repetition: repetition,
                                  component: component, subcomponent: subcomponent))
        #expect(HL7v2Path(path.description) == path)
    }

    @Test(arguments: [
        "", "PID", "PID-", "PID-0", "pid-1", "PI-1", "PIDX-1", "1ID-1", "PID-1.", "PID-1[2", "PID-1[0]", "PID(0)-1",
        "PID-1.2.3.4", "PID-1 ", "PID-1234567", "PID--1",
    ])
    func invalidPathsAreRefused(_ text: String) {
        #expect(HL7v2Path(text) == nil)
    }

    @Test func pathLocationPrintsLikeADiagnostic() {
        #expect(HL7v2Path("RQD-2.1").location.text == "RQD(1)-2.1")
        #expect(HL7v2Path("PID-3[2].4.1").location.text == "PID(1)-3[2].4.1")
    }
}
