/// The explicit list of sniffers, parsers and serializers a program uses.
///
/// Formats are registered by the executable at start-up; nothing is looked up by a string name at run time.
///
/// ```swift
/// var registry = FormatRegistry()
/// registry.register(sniffer: X12Sniffer())
/// let envelopes = try registry.sniff(payload)
/// ```
public struct FormatRegistry: Sendable {
    private var sniffers: [any EnvelopeSniffer] = []
    private var parsers: [any MessageParser] = []
    private var serializers: [any MessageSerializer] = []

    /// Creates an empty registry.
    public init() {}

    /// Adds a sniffer; sniffers are asked in registration order.
    public mutating func register(sniffer: any EnvelopeSniffer) { self.sniffers.append(sniffer) }
    /// Adds a parser.
    public mutating func register(parser: any MessageParser) { self.parsers.append(parser) }
    /// Adds a serializer.
    public mutating func register(serializer: any MessageSerializer) { self.serializers.append(serializer) }

    /// The envelopes of the first sniffer that recognizes `payload`.
    /// - Throws: ``TranslationError`` `format.unrecognized` when no sniffer recognizes it,
    ///   or the sniffer's error when its envelope is broken.
    public func sniff(_ payload: Payload) throws(TranslationError) -> [Envelope] {
        try self.sniff(payload, head: false)
    }

    /// As ``sniff(_:)``, for a payload of which only the first bytes are at hand (``EnvelopeSniffer/sniff(head:)``).
    public func sniff(head payload: Payload) throws(TranslationError) -> [Envelope] {
        try self.sniff(payload, head: true)
    }

    private func sniff(_ payload: Payload, head: Bool) throws(TranslationError) -> [Envelope] {
        for sniffer in self.sniffers {
            if let envelopes = try head ? sniffer.sniff(head: payload) : sniffer.sniff(payload) { return envelopes }
        }
        let known = self.sniffers.map(\.family.rawValue).joined(separator: ", ")
        throw TranslationError(
            code: .formatUnrecognized,
            message: "the input is not in any known format (looked for: \(known)); check the file or name it with --from"
        )
    }

    /// The first parser that reads `format`, if any.
    public func parser(for format: FormatID) -> (any MessageParser)? {
        self.parsers.first { parser in parser.formats.contains { $0.matches(format) } }
    }

    /// The first serializer that writes `format`, if any.
    public func serializer(for format: FormatID) -> (any MessageSerializer)? {
        self.serializers.first { $0.format.matches(format) }
    }

    /// The formats that have a parser, for help and error texts.
    public var parsableFormats: [FormatID] { self.parsers.flatMap(\.formats).sorted { $0.description < $1.description } }
    /// The formats that have a serializer, for help and error texts.
    public var writableFormats: [FormatID] { self.serializers.map(\.format).sorted { $0.description < $1.description } }
}
