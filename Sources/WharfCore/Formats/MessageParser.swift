import Canonical

/// Turns one inbound payload into canonical documents.
///
/// Recoverable problems go to `diagnostics`; the parser throws only when nothing trustworthy is left.
public protocol MessageParser: Sendable {
    /// The formats this parser reads; a registry looks parsers up by ``FormatID/matches(_:)``.
    var formats: Set<FormatID> { get }

    /// Parses `payload` into canonical documents.
    /// - Parameters:
    ///   - payload: the bytes as received.
    ///   - context: the partner and options of this translation.
    ///   - diagnostics: collects every problem found, with its location.
    /// - Throws: ``TranslationError`` when no trustworthy document can be produced.
    func parse(_ payload: Payload, context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> [CanonicalDocument]
}
