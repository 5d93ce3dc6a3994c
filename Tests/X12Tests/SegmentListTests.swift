import Testing
import WharfCore
@testable import X12

/// A collected transaction set keeps its segments flat (one buffer, one record each): what comes back out must be
/// exactly the segments the reader produced, with their places in the input.
@Suite struct SegmentListTests {
    /// Every collected set, and the segments the reader emitted between its ST and SE.
    private static func setsAndSegments(_ bytes: [UInt8], chunk: Int)
        -> [(set: X12TransactionSet, emitted: [X12Segment])] {
        var result: [(X12TransactionSet, [X12Segment])] = []
        var current: [X12Segment] = []
        for event in Fixtures.events(bytes, chunk: chunk) {
            switch event {
            case .segment(let segment, _):
                if segment.tagCode == X12TagCode.st { current = [] }
                current.append(segment)
            case .transactionSet(let set):
                // A set without SE is closed by the segment after it (GE, ST or IEA), which is not part of it.
                let closedBySE = current.last?.tagCode == X12TagCode.se
                result.append((set, closedBySE ? current : Array(current.dropLast())))
            case .diagnostic:
                break
            }
        }
        return result
    }

    @Test(arguments: Fixtures.names)
    func aCollectedSetGivesBackTheSegmentsAsRead(name: String) throws {
        let bytes = try Fixtures.bytes(name)
        // Whole, and in chunks that cut segments (the list copies each segment out of the reader's buffer).
        for chunk in [bytes.count, 7] {
            let sets = Self.setsAndSegments(bytes, chunk: chunk)
            #expect(!sets.isEmpty)
            for (set, emitted) in sets {
                #expect(Array(set.segments) == emitted)
                #expect(set.segments.count == emitted.count)
                for (index, segment) in emitted.enumerated() {
                    let record = set.segments.records[index]
                    #expect(record.tagCode == segment.tagCode)
                    #expect(record.line == segment.line)
                    #expect(record.byteOffset == segment.byteOffset)
                    #expect(set.segments.withBytes(of: index) { Array($0) } == segment.bytes)
                }
                #expect(set.segments.delimiters == emitted.first?.delimiters)
            }
        }
    }

    @Test(arguments: ["line breaks", "no SE"])
    func anEditedSetGivesBackTheSegmentsAsRead(edit: String) throws {
        var text = String(decoding: try Fixtures.bytes("850-hospital-order.edi"), as: UTF8.self)
        switch edit {
        case "line breaks":
            // Line breaks inside segments are removed by the reader: the set keeps the segment as read.
            text = text.replacingOccurrences(of: "BEG*00*SA*", with: "BEG*00*\r\nSA*")
        default:
            text = text.replacing(#/SE\*\d+\*\d+~\s*/#, with: "")
        }
        let bytes = Array(text.utf8)
        for chunk in [bytes.count, 7] {
            let sets = Self.setsAndSegments(bytes, chunk: chunk)
            #expect(sets.count == 1)
            for (set, emitted) in sets {
                #expect(Array(set.segments) == emitted)
                #expect(emitted.first?.tagCode == X12TagCode.st)
                #expect(edit != "no SE" || emitted.last?.tagCode != X12TagCode.se)
            }
        }
    }

    @Test func aListMadeFromSegmentsKeepsThemInOrder() {
        let delimiters = X12Delimiters.standard
        let segments = ["ST*850*0001", "BEG*00*SA*PO-1**20240101", "", "SE*4*0001"].enumerated().map { index, text in
            X12Segment(bytes: Array(text.utf8), delimiters: delimiters, byteOffset: index * 30, line: index + 1)
        }
        let list = X12SegmentList(segments)
        #expect(Array(list) == segments)
        #expect(list.storage.count == segments.reduce(0) { $0 + $1.bytes.count })
        #expect(list.withBytes(of: 2) { $0.count } == 0)
        #expect(X12SegmentList([]).isEmpty)
    }
}
