import WharfCore

/// Finds the delimiters of an interchange from the bytes of its ISA segment.
///
/// The element separator is the byte after `ISA`; ISA16 follows the 16th separator; the segment terminator is the
/// byte after ISA16 (a whole UTF-8 character when that byte starts one). An ISA that is not 106 bytes is read by its
/// separators, with a warning.
enum ISAScanner {
    /// What a scan found.
    enum Result {
        /// More bytes are needed to decide.
        case needMoreData
        /// A readable ISA: its delimiters, where its content ends, where the next segment may start, and remarks.
        case found(delimiters: X12Delimiters, contentEnd: Int, next: Int, diagnostics: [Diagnostic])
        /// Not a readable ISA; the reader skips the `ISA` tag and looks for the next one.
        case unreadable(Diagnostic)
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, finished: Bool, line: Int,
                     byteOffset: Int) -> Result {
        let isaLocation = X12Location(segment: "ISA", line: line, byteOffset: byteOffset)
        let location = SourceLocation.x12(isaLocation)
        guard bytes.count - start > ISALayout.elementSeparatorOffset else {
            return finished ? .unreadable(Self.truncated(location)) : .needMoreData
        }
        let separator = bytes[start + ISALayout.elementSeparatorOffset]
        var separators: [Int] = []
        separators.reserveCapacity(ISALayout.elementCount)
        var index = start + ISALayout.elementSeparatorOffset
        let limit = min(bytes.count, start + ISALayout.maximumScanLength)
        while index < limit, separators.count < ISALayout.elementCount {
            if bytes[index] == separator { separators.append(index) }
            index += 1
        }
        guard separators.count == ISALayout.elementCount else {
            if !finished, limit == bytes.count, bytes.count - start < ISALayout.maximumScanLength { return .needMoreData }
            return .unreadable(Diagnostic(
                .error, .isaMalformed, at: location,
                "the ISA segment has \(max(0, separators.count - 1)) elements before the data ends or runs on; "
                    + "an ISA has 16 elements separated by the byte after 'ISA'"))
        }
        let componentIndex = separators[ISALayout.elementCount - 1] + 1
        let terminatorIndex = componentIndex + 1
        guard terminatorIndex < bytes.count else {
            return finished ? .unreadable(Self.truncated(location)) : .needMoreData
        }
        if !finished, terminatorIndex + Self.characterLength(bytes[terminatorIndex]) > bytes.count { return .needMoreData }
        var diagnostics: [Diagnostic] = []
        var component: UInt8? = bytes[componentIndex]
        var terminator = Self.character(bytes, at: terminatorIndex)
        guard terminatorIndex + terminator.count <= bytes.count else {
            return finished ? .unreadable(Self.truncated(location)) : .needMoreData
        }
        var next = terminatorIndex + terminator.count
        var contentEnd = terminatorIndex
        // An ISA that lost ISA16: the byte after the 16th separator is the real terminator, followed by a line break.
        if terminator == [Self.lineFeed] || terminator == [Self.carriageReturn],
           let ending = Self.lineEnding(bytes, from: next, finished: finished)
        {
            guard case .some(let lastByte) = ending else { return .needMoreData }
            if lastByte == bytes[componentIndex], !Self.isAlphanumeric(lastByte) {
                terminator = [lastByte]
                component = nil
                contentEnd = componentIndex
                next = componentIndex + 1
                diagnostics.append(Diagnostic(
                    .warning, .isaComponentSeparatorMissing, at: .x12(isaLocation.element(16)),
                    "ISA16 (component separator) is missing: the byte after the last separator is the segment "
                        + "terminator; composite elements cannot be split in this interchange"))
            }
        }
        let repetitionByte = bytes[separators[ISALayout.repetitionSeparatorElement - 1] + 1]
        let versionStart = separators[ISALayout.versionElement - 1] + 1
        let version = String(decoding: bytes[versionStart..<separators[ISALayout.versionElement]], as: UTF8.self)
        let repetition: UInt8? = version >= ISALayout.firstVersionWithRepetitionSeparator
            && !Self.isAlphanumeric(repetitionByte) && repetitionByte != separator ? repetitionByte : nil
        let length = contentEnd - start + 1
        let isFixedWidth = contentEnd == start + ISALayout.segmentTerminatorOffset
            && componentIndex == start + ISALayout.componentSeparatorOffset
        if !isFixedWidth {
            diagnostics.append(Diagnostic(
                .warning, .isaLength, at: location,
                "the ISA segment is \(length) bytes, not \(ISALayout.length); its fields were read by their separators"))
        }
        return .found(
            delimiters: X12Delimiters(element: separator, component: component, repetition: repetition,
                                      segment: terminator),
            contentEnd: contentEnd, next: next, diagnostics: diagnostics)
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func truncated(_ location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, .isaMalformed, at: location,
                   "the data ends inside the ISA segment; an interchange needs a complete ISA with its terminator")
    }

    /// The UTF-8 character (1–4 bytes) starting at `index`, or the single byte when it does not start one.
    private static func character(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> [UInt8] {
        let lead = bytes[index]
        let length = Self.characterLength(lead)
        guard length > 1, index + length <= bytes.count else { return [lead] }
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return [lead] }
        return Array(bytes[index..<(index + length)])
    }

    /// The length of the UTF-8 sequence a lead byte announces (1 for ASCII and for bytes that lead nothing).
    private static func characterLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 1
        }
    }

    /// The last byte before the next line break after `start`: `.some(nil)` means more data is needed,
    /// `nil` that there is no next line to look at.
    private static func lineEnding(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, finished: Bool) -> UInt8?? {
        var index = start
        while index < bytes.count, bytes[index] == lineFeed || bytes[index] == carriageReturn { index += 1 }
        let lineStart = index
        while index < bytes.count, bytes[index] != lineFeed, bytes[index] != carriageReturn { index += 1 }
        guard index < bytes.count else { return finished ? nil : .some(nil) }
        return index > lineStart ? .some(bytes[index - 1]) : nil
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
