/// The character encoding of a delimited file.
///
/// Whatever the input's encoding, the reader hands out UTF-8 text; the writer can produce any of these.
public enum CSVEncoding: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Decided from the input: a byte order mark names UTF-8 or UTF-16; without one, text that looks like UTF-16
    /// (every other byte zero) is read as UTF-16, and anything else as UTF-8, with records that are not valid UTF-8
    /// read as Latin-1 (reported once, as a warning).
    case automatic = "auto"
    /// UTF-8; invalid sequences are replaced by U+FFFD and reported as errors. A byte order mark is skipped.
    case utf8 = "utf-8"
    /// ISO 8859-1: every byte is one character.
    case latin1 = "latin-1"
    /// UTF-16, little-endian; a byte order mark is skipped.
    case utf16LittleEndian = "utf-16le"
    /// UTF-16, big-endian; a byte order mark is skipped.
    case utf16BigEndian = "utf-16be"

    /// The name used in layouts (`auto`, `utf-8`, `latin-1`, `utf-16le`, `utf-16be`).
    public var description: String { self.rawValue }
}
