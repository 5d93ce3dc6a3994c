import HL7v2
import WharfCore

/// Small synthetic HL7 v2 inputs (made-up supply data, no patient data) and helpers to read them.
///
/// Segments are written one per line here for reading; ``HL7v2Fixtures/cr(_:)`` turns the line feeds into the CR
/// terminators the standard uses.
enum HL7v2Fixtures {
    /// A supply order (OMS^O05) with repetitions, subcomponents, escapes, an explicit null and a Z-segment.
    static let supplyOrder = """
        MSH|^~\\&|WHARF|CENTRAL-STORES|MMIS|GENERAL-HOSP|20261122083000||OMS^O05^OMS_O05|CTRL-0001|P|2.5.1
        ORC|NW|PO-4711^WHARF||||||||||
        RQD|1|GZ-44^Gauze pad 4\\T\\4 sterile^VENDOR|EA-100&Each&UCUM~BX-10&Box&UCUM|50|""|Aisle 3\\F\\Bin 7
        RQ1|12.50^USD|VEND-9|Acme\\E\\Medical|Y
        ZSP|1|Note: deliver to dock \\.br\\ ring bell|\\H\\urgent\\N\\
        """

    /// A second message with non-default separators (`#$%@!` with field separator `#`).
    static let otherSeparators = """
        MSH#$%@!#WHARF#STORES#MMIS#HOSP#20261122083100##OMS$O05#CTRL-0002#P#2.5.1
        RQD#1#SY-3$Syringe 3ml@T@luer lock#EA!Each%BX!Box#20
        """

    /// A v2.7 header with a truncation character.
    static let truncation = """
        MSH|^~\\&#|WHARF|STORES|MMIS|HOSP|20261122083200||OMS^O05|CTRL-0003|P|2.7
        RQD|1|LONG-DESCRIPTION-CUT#|cost \\P\\ 4
        """

    /// Every fixture by name, for table tests.
    static let named: [String: String] = [
        "supplyOrder": Self.supplyOrder, "otherSeparators": Self.otherSeparators, "truncation": Self.truncation,
        "twoMessages": Self.supplyOrder + "\n" + Self.otherSeparators,
        "batch": Self.batch(messages: [Self.supplyOrder, Self.otherSeparators], btsCount: "2", ftsCount: "1"),
    ]

    /// A batch file around `messages`, with the given BTS-1 and FTS-1.
    static func batch(messages: [String], btsCount: String, ftsCount: String) -> String {
        (["FHS|^~\\&|WHARF|STORES|||20261122", "BHS|^~\\&|WHARF|STORES|||20261122"] + messages
            + ["BTS|\(btsCount)", "FTS|\(ftsCount)"]).joined(separator: "\n")
    }

    /// `text` with CR segment terminators.
    static func cr(_ text: String) -> [UInt8] { Array(text.utf8).map { $0 == 0x0A ? 0x0D : $0 } }

    /// `text` with CRLF segment terminators.
    static func crlf(_ text: String) -> [UInt8] {
        Array(text.utf8).flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
    }

    /// `text` with LF segment terminators.
    static func lf(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Every event of `bytes`, fed in chunks of `chunk` bytes.
    static func events(_ bytes: [UInt8], chunk: Int, maximumMessageSize: Int = HL7v2Reader.defaultMaximumMessageSize)
        -> [HL7v2Reader.Event]
    {
        var reader = HL7v2Reader(maximumMessageSize: maximumMessageSize)
        var events: [HL7v2Reader.Event] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + max(chunk, 1))
            reader.append(bytes[start..<end])
            while let event = reader.next() { events.append(event) }
            start = end
        }
        reader.finish()
        while let event = reader.next() { events.append(event) }
        return events
    }

    /// Reads `bytes` whole.
    static func read(_ bytes: [UInt8]) -> HL7v2ReadResult { HL7v2Reader.read(bytes) }

    /// The codes of every diagnostic, inside messages too.
    static func codes(_ result: HL7v2ReadResult) -> [String] { result.diagnostics.map(\.code.rawValue) }

    /// The one message of `text` (CR terminators).
    static func message(_ text: String) -> HL7v2Message? { HL7v2Reader.read(Self.cr(text)).messages.first }
}
