/// The first bytes of a partner's error answer, shown in a delivery error only when they read as text.
///
/// The answer comes from the partner's server, not from the message, so it carries no patient data; binary answers
/// are left out all the same, and line breaks are folded so the error stays on one line.
package enum ResponseExcerpt {
    /// How many bytes of an answer are kept.
    package static let limit = 200

    /// The excerpt of `prefix` as one line, or `nil` when it is empty or not text.
    package static func text(_ prefix: [UInt8]) -> String? {
        var bytes = Array(prefix.prefix(Self.limit))
        // A cut may split a UTF-8 sequence: drop an incomplete tail (at most 3 bytes).
        for _ in 0..<3 where !bytes.isEmpty && String(validating: bytes, as: UTF8.self) == nil {
            bytes.removeLast()
        }
        guard !bytes.isEmpty, let text = String(validating: bytes, as: UTF8.self) else { return nil }
        var line = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t", "\n", "\r":
                line.append(" ")
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                return nil
            default:
                line.unicodeScalars.append(scalar)
            }
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}
