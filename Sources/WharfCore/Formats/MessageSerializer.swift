import Canonical

/// Writes canonical documents in one concrete format.
public protocol MessageSerializer: Sendable {
    /// The format written, e.g. `x12:850@004010` or `canonical`.
    var format: FormatID { get }

    /// Serializes `documents` into one payload.
    /// - Throws: ``TranslationError`` when a document cannot be carried by this format.
    func serialize(_ documents: [CanonicalDocument], context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> Payload
}
