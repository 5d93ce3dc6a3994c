import WharfCore

/// Writes a whole interchange: a fixed-width ISA, one functional group, the transaction sets with computed SE counts
/// and control numbers, GE and IEA.
///
/// ```swift
/// let bytes = try X12InterchangeWriter(settings: .neutral(date: "20261122", time: "1200"))
///     .write(functionalGroup: "PO", version: "004010", sets: [[X12OutputSegment("BEG", [...]), …]])
/// ```
public struct X12InterchangeWriter: Sendable {
    /// The envelope values.
    public var settings: X12EnvelopeSettings
    /// The delimiters.
    public var delimiters: X12Delimiters
    /// Whether a line feed follows each segment terminator.
    public var lineBreaks: Bool

    /// Creates a writer.
    public init(settings: X12EnvelopeSettings, delimiters: X12Delimiters = .standard, lineBreaks: Bool = true) {
        self.settings = settings
        self.delimiters = delimiters
        self.lineBreaks = lineBreaks
    }

    /// One functional group to write: its GS01 and GS08, the ST01 of its sets, and each set's body segments.
    public struct Group: Sendable {
        /// GS01.
        public var functionalGroup: String
        /// GS08.
        public var version: String
        /// ST01 of every set.
        public var transactionSetID: String
        /// ST03 (005010 and later), e.g. `005010X231A1`.
        public var implementationReference: String?
        /// Each set's segments without ST and SE.
        public var sets: [[X12OutputSegment]]

        /// Creates a group.
        public init(functionalGroup: String, version: String, transactionSetID: String,
                    implementationReference: String? = nil, sets: [[X12OutputSegment]]) {
            self.functionalGroup = functionalGroup
            self.version = version
            self.transactionSetID = transactionSetID
            self.implementationReference = implementationReference
            self.sets = sets
        }
    }

    /// Writes one interchange holding one group of `sets`, each given by its body segments (without ST and SE);
    /// `transactionSetID` is written in ST01.
    /// - Parameter implementationReference: ST03 (005010 and later), e.g. `005010X231A1`.
    /// - Throws: ``TranslationError`` when a value cannot be written with these delimiters or an envelope value
    ///   does not fit its fixed-width ISA field.
    public func write(functionalGroup: String, version: String, transactionSetID: String,
                      sets: [[X12OutputSegment]], implementationReference: String? = nil) throws(TranslationError) -> [UInt8] {
        try self.write(groups: [Group(functionalGroup: functionalGroup, version: version, transactionSetID: transactionSetID,
                                      implementationReference: implementationReference, sets: sets)])
    }

    /// Writes one interchange with several groups; group control numbers count up from the settings' GS06 and set
    /// control numbers from its first ST02, across groups.
    public func write(groups: [Group]) throws(TranslationError) -> [UInt8] {
        var writer = X12Writer(delimiters: self.delimiters, lineBreaks: self.lineBreaks)
        let settings = self.settings
        writer.appendRaw(try self.isa())
        var setNumber = settings.firstTransactionControlNumber
        for (groupIndex, group) in groups.enumerated() {
            let control = String(settings.groupControlNumber + groupIndex)
            try writer.write(X12OutputSegment("GS", [
                X12Element(group.functionalGroup), X12Element(settings.applicationSender ?? settings.senderID),
                X12Element(settings.applicationReceiver ?? settings.receiverID), X12Element(settings.date),
                X12Element(settings.time), X12Element(control), "X", X12Element(group.version),
            ]))
            for body in group.sets {
                let number = String(setNumber)
                setNumber += 1
                let setControl = String(repeating: "0", count: max(0, 4 - number.count)) + number
                try writer.write(X12OutputSegment("ST", [X12Element(group.transactionSetID), X12Element(setControl),
                                                         X12Element(group.implementationReference ?? "")]))
                for segment in body { try writer.write(segment) }
                try writer.write(X12OutputSegment("SE", [X12Element(String(body.count + 2)), X12Element(setControl)]))
            }
            try writer.write(X12OutputSegment("GE", [X12Element(String(group.sets.count)), X12Element(control)]))
        }
        try writer.write(X12OutputSegment("IEA", [X12Element(String(groups.count)), X12Element(self.interchangeControl)]))
        return writer.bytes
    }

    /// Writes an interchange with no functional group, only interchange-level segments (a TA1): IEA01 is 0.
    public func write(interchangeSegments: [X12OutputSegment]) throws(TranslationError) -> [UInt8] {
        var writer = X12Writer(delimiters: self.delimiters, lineBreaks: self.lineBreaks)
        writer.appendRaw(try self.isa())
        for segment in interchangeSegments { try writer.write(segment) }
        try writer.write(X12OutputSegment("IEA", ["0", X12Element(self.interchangeControl)]))
        return writer.bytes
    }

    private var interchangeControl: String {
        let number = String(self.settings.interchangeControlNumber)
        return String(repeating: "0", count: max(0, 9 - number.count)) + number
    }

    /// The 106-byte ISA (plus line break), every field padded to its fixed width.
    private func isa() throws(TranslationError) -> [UInt8] {
        let settings = self.settings
        let repetition = settings.interchangeVersion >= ISALayout.firstVersionWithRepetitionSeparator
            ? self.delimiters.repetition.map { String(UnicodeScalar($0)) } ?? "U" : "U"
        guard let component = self.delimiters.component else {
            throw TranslationError(code: .writeDelimiterInValue,
                                   message: "an interchange needs a component separator for ISA16")
        }
        let values = [
            "00", "", "00", "", settings.senderQualifier, settings.senderID, settings.receiverQualifier,
            settings.receiverID, String(settings.date.suffix(6)), settings.time, repetition,
            settings.interchangeVersion, self.interchangeControl, settings.acknowledgmentRequested ? "1" : "0",
            settings.usageIndicator,
        ]
        var bytes = Array("ISA".utf8)
        for (index, value) in values.enumerated() {
            let width = ISALayout.elementWidths[index]
            let isRepetitionSeparator = index + 1 == ISALayout.repetitionSeparatorElement
            guard value.utf8.count <= width,
                  isRepetitionSeparator || !value.utf8.contains(where: self.delimiters.isDelimiter)
            else {
                throw TranslationError(
                    code: .writeDelimiterInValue,
                    message: "ISA\(X12EnvelopeTracker.two(index + 1)) does not fit its \(width) characters "
                        + "or contains a delimiter",
                    location: .x12(X12Location(segment: "ISA", element: index + 1)))
            }
            bytes.append(self.delimiters.element)
            bytes.append(contentsOf: value.utf8)
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width - value.utf8.count))
        }
        bytes.append(self.delimiters.element)
        bytes.append(component)
        bytes.append(contentsOf: self.delimiters.segment)
        let terminator = self.delimiters.terminatorByte(self.delimiters.terminatorLength - 1)
        if self.lineBreaks, terminator != 0x0A, terminator != 0x0D { bytes.append(0x0A) }
        return bytes
    }
}
