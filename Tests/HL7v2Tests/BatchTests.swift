import HL7v2
import Testing
import WharfCore

/// Batch files (FHS/BHS … BTS/FTS) are recognized, their counts checked, and missing or stray trailers reported.
@Suite struct BatchTests {
    static let two = [HL7v2Fixtures.supplyOrder, HL7v2Fixtures.otherSeparators]

    @Test func aCorrectBatchHasNoDiagnostics() {
        let result = HL7v2Reader.read(HL7v2Fixtures.cr(HL7v2Fixtures.batch(messages: Self.two, btsCount: "2",
                                                                          ftsCount: "1")))
        #expect(result.diagnostics.isEmpty)
        #expect(result.messages.count == 2)
        #expect(result.batchSegments.map(\.id) == ["FHS", "BHS", "BTS", "FTS"])
        #expect(result.batchSegments[0].field(2).text == "^~\\&")
        #expect(result.batchSegments[1].value(field: 3) == "WHARF")
        #expect(result.messages.map { $0.segments.last?.id } == ["ZSP", "RQD"])
    }

    @Test(arguments: [
        ("3", "1", ["hl7.batch.count-mismatch"], "BTS(1)-1"), ("2", "2", ["hl7.batch.count-mismatch"], "FTS(1)-1"),
        ("two", "1", ["hl7.batch.count-invalid"], "BTS(1)-1"), ("", "", [], ""), (" 2 ", "1", [], ""),
    ])
    func countsAreChecked(_ bts: String, _ fts: String, _ codes: [String], _ location: String) {
        let result = HL7v2Reader.read(HL7v2Fixtures.cr(HL7v2Fixtures.batch(messages: Self.two, btsCount: bts,
                                                                          ftsCount: fts)))
        #expect(HL7v2Fixtures.codes(result) == codes)
        #expect(result.diagnostics.first?.location?.text ?? "" == location)
        #expect(result.diagnostics.allSatisfy { !$0.message.contains("two") })
    }

    @Test func eventsComeInInputOrder() {
        let bytes = HL7v2Fixtures.cr(HL7v2Fixtures.batch(messages: Self.two, btsCount: "5", ftsCount: "1"))
        let kinds = HL7v2Fixtures.events(bytes, chunk: 1).map { event -> String in
            switch event {
            case .message(let message): message.controlID ?? "?"
            case .batchSegment(let segment): segment.id
            case .diagnostic(let diagnostic): diagnostic.code.rawValue
            }
        }
        #expect(kinds == ["FHS", "BHS", "CTRL-0001", "CTRL-0002", "BTS", "hl7.batch.count-mismatch", "FTS"])
    }

    @Test func missingTrailersAreReported() {
        let text = ["FHS|^~\\&", "BHS|^~\\&", HL7v2Fixtures.supplyOrder, "BHS|^~\\&", HL7v2Fixtures.supplyOrder]
            .joined(separator: "\n")
        let result = HL7v2Reader.read(HL7v2Fixtures.cr(text))
        #expect(result.messages.count == 2)
        #expect(HL7v2Fixtures.codes(result) == Array(repeating: "hl7.batch.trailer-missing", count: 3))
        #expect(result.diagnostics.map(\.location?.text) == ["BHS(1)", "BHS(2)", "FHS(1)"])
    }

    @Test func strayTrailersAreReported() {
        let text = [HL7v2Fixtures.supplyOrder, "BTS|1", "FTS|1"].joined(separator: "\n")
        let result = HL7v2Reader.read(HL7v2Fixtures.cr(text))
        #expect(result.messages.count == 1)
        #expect(HL7v2Fixtures.codes(result) == ["hl7.batch.unexpected-segment", "hl7.batch.unexpected-segment"])
    }

    @Test func severalBatchesInAFileAreCounted() {
        let batch = ["BHS|^~\\&", HL7v2Fixtures.supplyOrder, "BTS|1"]
        let text = (["FHS|^~\\&"] + batch + batch + batch + ["FTS|3"]).joined(separator: "\n")
        let result = HL7v2Reader.read(HL7v2Fixtures.crlf(text))
        #expect(result.diagnostics.isEmpty)
        #expect(result.messages.count == 3)
        #expect(result.batchSegments.filter { $0.id == "BTS" }.map(\.ordinal) == [1, 2, 3])
    }

    @Test func writtenBatchesReadBackWithoutDiagnostics() throws {
        var writer = HL7v2BatchWriter(terminator: .carriageReturnLineFeed)
        try writer.beginFile(HL7v2OutputSegment("FHS", ["", "", "WHARF", "STORES"]))
        for batch in 0..<2 {
            try writer.beginBatch(HL7v2OutputSegment("BHS", ["", "", "WHARF"]))
            for index in 0..<(batch + 2) {
                var msh = HL7v2OutputSegment("MSH")
                msh[9] = HL7v2OutputField(components: ["OMS", "O05"])
                msh[10] = HL7v2OutputField("B\(batch)-\(index)")
                msh[11] = "P"
                msh[12] = "2.5.1"
                try writer.write(message: [msh, HL7v2OutputSegment("RQD", ["1", "ITEM|\(index)"])])
            }
            try writer.endBatch()
        }
        let bytes = try writer.finish()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("FHS|^~\\&|WHARF|STORES\r\nBHS|^~\\&|WHARF\r\nMSH|^~\\&|||||||OMS^O05|B0-0|P|2.5.1\r\n"))
        #expect(text.contains("BTS|2\r\nBHS|"))
        #expect(text.hasSuffix("BTS|3\r\nFTS|2\r\n"))
        let result = HL7v2Reader.read(bytes)
        #expect(result.diagnostics.isEmpty)
        #expect(result.messages.map(\.controlID) == ["B0-0", "B0-1", "B1-0", "B1-1", "B1-2"])
        #expect(result.messages.map { $0.value(at: "RQD-2") } == ["ITEM|0", "ITEM|1", "ITEM|0", "ITEM|1", "ITEM|2"])
    }

    @Test func batchWriterRefusesBadOrder() throws {
        var writer = HL7v2BatchWriter()
        #expect(throws: TranslationError.self) { try writer.endBatch() }
        #expect(throws: TranslationError.self) { try writer.endFile() }
        try writer.beginBatch()
        #expect(throws: TranslationError.self) { try writer.beginFile() }
        #expect(throws: TranslationError.self) { try writer.beginBatch() }
        #expect(throws: TranslationError.self) { try writer.beginBatch(HL7v2OutputSegment("MSH")) }
        #expect(String(decoding: try writer.finish(), as: UTF8.self) == "BHS|^~\\&\rBTS|0\r")
    }

    @Test func messagesReadFromABatchCanBeRebatched() throws {
        let read = HL7v2Reader.read(HL7v2Fixtures.cr(HL7v2Fixtures.batch(messages: Self.two, btsCount: "2",
                                                                        ftsCount: "1")))
        var writer = HL7v2BatchWriter()
        try writer.beginBatch()
        for message in read.messages { writer.write(message) }
        let reread = HL7v2Reader.read(try writer.finish())
        #expect(reread.diagnostics.isEmpty)
        #expect(reread.messages.map(\.bytes) == read.messages.map(\.bytes))
    }
}
