import Foundation

/// Free text attached to a document or a line, with the source's code for what kind of note it is.
public struct Note: Hashable, Sendable, Codable {
    /// The source format's code for the note's subject (an X12 note reference code, say), if given.
    public var code: String?
    /// The note's text.
    public var text: String

    /// Creates a note.
    ///
    /// - Parameters:
    ///   - text: The note's text.
    ///   - code: The source's code for the note's subject.
    @inlinable
    public init(_ text: String, code: String? = nil) {
        self.code = code
        self.text = text
    }
}
