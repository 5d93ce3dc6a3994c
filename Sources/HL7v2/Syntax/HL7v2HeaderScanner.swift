/// Reads the separators a header segment (MSH, FHS, BHS) declares in its first two fields.
enum HL7v2HeaderScanner {
    /// What a header declares.
    enum Outcome {
        /// No usable field separator: nothing of the message can be split. Carries what is wrong.
        case unreadable(String)
        /// The separators, with what is wrong with the encoding characters (empty when nothing is).
        case read(HL7v2Separators, problems: [String])
    }

    /// The position of the escape character among the encoding characters (0-based).
    private static let escapePosition = 2

    /// Reads the separators from `bytes`, the header segment's content starting with its identifier.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        let fieldOffset = HL7v2HeaderLayout.fieldSeparatorOffset
        guard bytes.count > fieldOffset else {
            return .unreadable("the header segment ends before its field separator (MSH-1)")
        }
        let field = bytes[fieldOffset]
        guard !HL7v2HeaderLayout.isUnusable(field) else {
            return .unreadable("the field separator (MSH-1) must not be a letter, a digit, CR or LF")
        }
        var declared: [UInt8] = []
        var problems: [String] = []
        var index = HL7v2HeaderLayout.encodingCharactersOffset
        while index < bytes.count, bytes[index] != field {
            // `^~\\&`: a program escaped the backslash; the escape character is read once.
            if declared.count == Self.escapePosition + 1, bytes[index] == declared[Self.escapePosition] {
                problems.append("the escape character (MSH-2, 3rd character) is doubled; it was read once")
            } else {
                declared.append(bytes[index])
            }
            index += 1
        }
        let required = HL7v2HeaderLayout.requiredEncodingCharacters
        let maximum = HL7v2HeaderLayout.maximumEncodingCharacters
        if declared.count < required {
            problems.append(declared.isEmpty
                ? "the encoding characters (MSH-2) are missing; \(required) are required (component, repetition, "
                    + "escape, subcomponent)"
                : "MSH-2 declares \(declared.count) encoding character\(declared.count == 1 ? "" : "s") where "
                    + "\(required) are required (component, repetition, escape, subcomponent); the message was "
                    + "read without the missing ones")
        } else if declared.count > maximum {
            problems.append("MSH-2 declares \(declared.count) encoding characters where at most \(maximum) are "
                + "allowed; only the first \(maximum) were used")
            declared.removeLast(declared.count - maximum)
        }
        // Each unusable or repeated character is left undeclared, so that it is read as data.
        var usable: [UInt8?] = []
        var seen: [UInt8] = [field]
        for (position, byte) in declared.enumerated() {
            let name = HL7v2HeaderLayout.separatorNames[position + 1]
            if HL7v2HeaderLayout.isUnusable(byte) {
                problems.append("the \(name) is a letter or digit; it was ignored")
                usable.append(nil)
            } else if let first = seen.firstIndex(of: byte) {
                problems.append("the \(name) repeats the \(HL7v2HeaderLayout.separatorNames[first]); it was ignored")
                usable.append(nil)
            } else {
                usable.append(byte)
            }
            seen.append(byte)
        }
        while usable.count < maximum { usable.append(nil) }
        let separators = HL7v2Separators(
            unchecked: field, component: usable[0], repetition: usable[1], escape: usable[2],
            subcomponent: usable[3], truncation: usable[4])
        return .read(separators, problems: problems)
    }
}
