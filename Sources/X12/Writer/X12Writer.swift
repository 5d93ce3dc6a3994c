import WharfCore

/// Writes segments with a chosen set of delimiters; trailing empty elements and components are left out.
///
/// ```swift
/// var writer = X12Writer(delimiters: .standard, lineBreaks: true)
/// try writer.write(X12OutputSegment("BEG", ["00", "SA", "PO-1", "", "20261122"]))
/// let bytes = writer.bytes
/// ```
public struct X12Writer: Sendable {
    /// The delimiters used.
    public let delimiters: X12Delimiters
    /// What has been written so far.
    public private(set) var bytes: [UInt8] = []
    /// Bytes written after each terminator: `\n` with line breaks.
    private let suffix: [UInt8]

    /// Creates a writer.
    /// - Parameters:
    ///   - delimiters: the interchange's delimiters.
    ///   - lineBreaks: write a line feed after each segment terminator.
    public init(delimiters: X12Delimiters = .standard, lineBreaks: Bool = false) {
        self.delimiters = delimiters
        let terminatorIsLineBreak = [0x0A, 0x0D].contains(delimiters.terminatorByte(delimiters.terminatorLength - 1))
        self.suffix = lineBreaks && !terminatorIsLineBreak ? [0x0A] : []
        self.bytes.reserveCapacity(4096)
    }

    /// Appends one segment.
    /// - Throws: ``TranslationError`` `x12.write.delimiter-in-value` when a value contains a delimiter (X12 has no
    ///   escape), or holds several components or repetitions where the interchange has no separator for them.
    public mutating func write(_ segment: X12OutputSegment) throws(TranslationError) {
        var count = segment.elements.count
        while count > 0, segment.elements[count - 1].isEmpty { count -= 1 }
        self.bytes.append(contentsOf: segment.tag.utf8)
        for (index, element) in segment.elements.prefix(count).enumerated() {
            self.bytes.append(self.delimiters.element)
            try self.append(element, tag: segment.tag, position: index + 1)
        }
        self.bytes.append(contentsOf: self.delimiters.segment)
        self.bytes.append(contentsOf: self.suffix)
    }

    /// Appends raw bytes already in X12 form (the fixed-width ISA).
    mutating func appendRaw(_ raw: [UInt8]) { self.bytes.append(contentsOf: raw) }

    private mutating func append(_ element: X12Element, tag: String, position: Int) throws(TranslationError) {
        var repetitions = element.repetitions
        while repetitions.count > 1, repetitions.last!.allSatisfy(\.isEmpty) { repetitions.removeLast() }
        for (repetitionIndex, components) in repetitions.enumerated() {
            if repetitionIndex > 0 {
                guard let separator = self.delimiters.repetition else {
                    throw self.failure(tag, position, "has repetitions but the interchange has no repetition separator")
                }
                self.bytes.append(separator)
            }
            var used = components.count
            while used > 1, components[used - 1].isEmpty { used -= 1 }
            for (componentIndex, component) in components.prefix(used).enumerated() {
                if componentIndex > 0 {
                    guard let separator = self.delimiters.component else {
                        throw self.failure(tag, position, "has components but the interchange has no component separator")
                    }
                    self.bytes.append(separator)
                }
                for byte in component.utf8 {
                    if self.delimiters.isDelimiter(byte) || byte == 0x0A || byte == 0x0D {
                        throw self.failure(tag, position, "contains a delimiter or line break; X12 cannot escape it")
                    }
                    self.bytes.append(byte)
                }
            }
        }
    }

    private func failure(_ tag: String, _ position: Int, _ problem: String) -> TranslationError {
        TranslationError(code: .writeDelimiterInValue, message: "\(tag)\(X12EnvelopeTracker.two(position)) \(problem)",
                         location: .x12(X12Location(segment: tag, element: position)))
    }
}
