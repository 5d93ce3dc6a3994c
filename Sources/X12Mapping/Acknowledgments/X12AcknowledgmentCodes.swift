import Foundation

/// How diagnostic codes become acknowledgment error codes, read from `specs/mappings/x12-acknowledgment-codes.json`.
public struct X12AcknowledgmentCodes: Sendable, Decodable {
    /// Diagnostic code → AK304/IK304 segment syntax error code.
    public let segment: [String: String]
    /// The AK304 code of a segment whose only problems are in its elements.
    public let segmentHasElementErrors: String
    /// Diagnostic code → AK403/IK403 element syntax error code.
    public let element: [String: String]
    /// Diagnostic code → AK502/IK502 transaction set syntax error code.
    public let transactionSet: [String: String]
    /// The AK502 code of a set whose problems are in its segments.
    public let transactionSetHasSegmentErrors: String
    /// Diagnostic code → AK905 functional group syntax error code.
    public let group: [String: String]
    /// Diagnostic code → TA105 interchange note code.
    public let interchange: [String: String]
    /// ISA element position → TA105 note code for an invalid value there.
    public let isaElement: [String: String]

    /// The embedded tables.
    public static let standard: X12AcknowledgmentCodes = {
        guard let text = EmbeddedMappings.files["x12-acknowledgment-codes.json"],
              let codes = try? JSONDecoder().decode(X12AcknowledgmentCodes.self, from: Data(text.utf8))
        else {
            preconditionFailure("specs/mappings/x12-acknowledgment-codes.json is missing or invalid; run scripts/embed-specs.sh")
        }
        return codes
    }()
}
