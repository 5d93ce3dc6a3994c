import Foundation
import Testing
import WharfCore
import WharfTestSupport
@testable import X12

/// The segment dictionaries: embedded copies match specs/, definitions resolve, syntax notes parse.
@Suite struct DictionaryTests {
    @Test func embeddedCopiesMatchTheSpecsFolder() throws {
        let folder = WharfProcess.repositoryRoot.appendingPathComponent("specs/x12")
        let onDisk = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(Set(onDisk) == Set(EmbeddedSpecs.files.keys), "run scripts/embed-specs.sh")
        for path in onDisk {
            let disk = try Data(contentsOf: folder.appendingPathComponent(path))
            let embedded = Data((EmbeddedSpecs.files[path] ?? "").utf8)
            #expect(try JSONValue.canonical(disk) == JSONValue.canonical(embedded),
                    "specs/x12/\(path) changed; run scripts/embed-specs.sh")
        }
    }

    @Test(arguments: ["004010", "005010"])
    func bothReleasesLoad(_ release: String) throws {
        let dictionary = try #require(X12Dictionary.forVersion(release))
        let po1 = try #require(dictionary.segment("PO1"))
        #expect(po1.elements[1].name == "Quantity Ordered")
        guard case .simple(let quantity) = po1.elements[1].content else {
            Issue.record("PO102 is not simple")
            return
        }
        #expect(quantity.type == .decimal)
        #expect(po1.syntax.map(\.description).contains("P0607"))
        for tag in ["ISA", "GS", "ST", "BEG", "BAK", "BSN", "HL", "LIN", "SN1", "BIG", "IT1", "TDS", "AK1", "AK9", "TA1"] {
            #expect(dictionary.segment(tag) != nil, "\(release) lacks \(tag)")
        }
    }

    @Test func releasesAreFoundFromGroupAndInterchangeVersions() {
        #expect(X12Dictionary.release(of: "004010VICS") == "004010")
        #expect(X12Dictionary.release(of: "005010X222A1") == "005010")
        #expect(X12Dictionary.release(of: "00401") == "004010")
        #expect(X12Dictionary.release(of: "X") == nil)
        #expect(X12Dictionary.forVersion("004030") == nil)
        #expect(X12Dictionary.forVersion("005010X231A1")?.segment("IK3") != nil)
    }

    @Test(arguments: [("P0607", X12SyntaxNote.Kind.paired, [6, 7]), ("R020304", .required, [2, 3, 4]),
                      ("C0302", .conditional, [3, 2]), ("L050412", .listConditional, [5, 4, 12]),
                      ("E1011", .exclusion, [10, 11])])
    func syntaxNotesParse(text: String, kind: X12SyntaxNote.Kind, positions: [Int]) throws {
        let note = try #require(X12SyntaxNote(text))
        #expect(note.kind == kind)
        #expect(note.positions == positions)
        #expect(note.description == text)
    }

    @Test(arguments: ["", "P06", "Q0607", "P0X07", "P060"])
    func badSyntaxNotesAreRejected(_ text: String) {
        #expect(X12SyntaxNote(text) == nil)
    }

    @Test func danglingReferencesAreReported() {
        let json = #"{"version":"009999","elements":{},"segments":{"ZZZ":{"name":"x","elements":[{"element":"1","usage":"M"}]}}}"#
        #expect(throws: X12DictionaryError.self) { try X12Dictionary(json: Array(json.utf8)) }
    }

    @Test(arguments: [("20240229", true), ("20230229", false), ("240229", true), ("20241301", false),
                      ("2024010", false), ("20240431", false), ("19000229", false), ("20000229", true)])
    func datesAreCalendarDates(text: String, valid: Bool) {
        #expect(X12ValueRules.isDate(Array(text.utf8)[...]) == valid)
    }

    @Test(arguments: [("1200", true), ("2359", true), ("2400", false), ("1260", false), ("120000", true),
                      ("1200001", true), ("12000012", true), ("12000", false), ("120060", false)])
    func timesAreTimesOfDay(text: String, valid: Bool) {
        #expect(X12ValueRules.isTime(Array(text.utf8)[...]) == valid)
    }
}
