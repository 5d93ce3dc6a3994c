import HL7v2
import PropertyBased
import Testing
import WharfCore

/// Property: on any input made of HL7-like pieces — headers, batch segments, separators, escapes, line breaks, NUL
/// and other control bytes, a byte order mark — the reader never crashes and gives the same events whole, in random
/// chunks and byte by byte.
@Suite struct StreamingPropertyTests {
    static let pieces: [[UInt8]] = [
        "MSH|^~\\&|A|B|C|D|1||X^Y|C1|P|2.5", "MSH|^~|", "MSH#$%@!#", "MSH", "FHS|^~\\&", "BHS|^~\\&", "BTS|1", "FTS|1",
        "BTS|x", "PID|1|A^B~C&D", "ZZZ|\\F\\|\\Q\\|\\X41\\|\\", "|", "^", "~", "&", "\\", "\"\"", "x", "é",
    ].map { Array($0.utf8) }
        + [[0x0D], [0x0A], [0x0D, 0x0A], [0x00], [0x01], [0x0B], [0x1C], [0xEF, 0xBB, 0xBF], [0xFF]]

    static let input = Gen<Int>.int(in: 0...(Self.pieces.count - 1)).array(of: 0...40)
        .map { $0.flatMap { Self.pieces[$0] } }

    @Test func chunkingNeverChangesEvents() async {
        await propertyCheck(count: 300, input: Self.input, Gen<Int>.int(in: 1...9)) { bytes, chunk in
            let whole = HL7v2Fixtures.events(bytes, chunk: max(1, bytes.count), maximumMessageSize: 64)
            #expect(HL7v2Fixtures.events(bytes, chunk: chunk, maximumMessageSize: 64) == whole)
            #expect(HL7v2Fixtures.events(bytes, chunk: 1, maximumMessageSize: 64) == whole)
            for event in whole {
                guard case .message(let message) = event else { continue }
                for segment in message.segments {
                    for field in segment.fields {
                        _ = field.repetitions.map { $0.components.map { $0.subcomponents.map(\.text) } }
                    }
                }
            }
        }
    }
}
