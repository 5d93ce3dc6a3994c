import Foundation

/// A receiver's acknowledgment of one interchange as a whole: an X12 TA1.
///
/// Example:
/// ```swift
/// InterchangeAcknowledgment(controlNumber: "000000905", status: .rejected, sourceCode: "R", noteCode: "006")
/// ```
public struct InterchangeAcknowledgment: Hashable, Sendable, Codable {
    /// The control number of the acknowledged interchange (TA101, its ISA13).
    public var controlNumber: String
    /// The date and time of the acknowledged interchange (TA102 and TA103, its ISA09 and ISA10), if given.
    public var date: CanonicalDate?
    /// What the receiver did with the interchange (TA104).
    public var status: AcknowledgmentStatus
    /// The source format's status code (TA104 `A`, `E` or `R`), if it had one.
    public var sourceCode: String?
    /// The receiver's note code (TA105: `000` for no error, otherwise what was wrong with the envelope), if given.
    public var noteCode: String?

    /// Creates an interchange acknowledgment.
    ///
    /// - Parameters:
    ///   - controlNumber: The acknowledged interchange's control number.
    ///   - date: Its date and time.
    ///   - status: What the receiver did with it.
    ///   - sourceCode: The source's status code.
    ///   - noteCode: The receiver's note code.
    @inlinable
    public init(
        controlNumber: String,
        date: CanonicalDate? = nil,
        status: AcknowledgmentStatus,
        sourceCode: String? = nil,
        noteCode: String? = nil
    ) {
        self.controlNumber = controlNumber
        self.date = date
        self.status = status
        self.sourceCode = sourceCode
        self.noteCode = noteCode
    }
}
