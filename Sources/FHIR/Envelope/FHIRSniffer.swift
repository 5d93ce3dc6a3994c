import WharfCore

/// Recognizes FHIR JSON: a JSON object with a `resourceType`. Gives one envelope, `fhir:<ResourceType>@R4|R5`, with
/// the release from ``FHIRReleaseDetector`` (else the default) and, as the message control number, the bundle's
/// `identifier.value` or the resource's `id`.
///
/// ```swift
/// var registry = FormatRegistry()
/// registry.register(sniffer: FHIRSniffer())
/// try registry.sniff(payload).first?.format.description   // "fhir:SupplyRequest@R4"
/// ```
public struct FHIRSniffer: EnvelopeSniffer {
    /// The release assumed when the resource names none.
    public var defaultRelease: FHIRRelease
    /// The JSON reader's options (comments, nesting).
    public var json: JSONReadOptions

    /// Creates a sniffer.
    /// - Parameters:
    ///   - defaultRelease: the release when the resource names none; default R4.
    ///   - json: JSON reader options.
    public init(defaultRelease: FHIRRelease = .r4, json: JSONReadOptions = JSONReadOptions()) {
        self.defaultRelease = defaultRelease
        self.json = json
    }

    public var family: FormatFamily { .fhir }

    private static let marker = Array("\"resourceType\"".utf8)

    /// The envelope of a FHIR payload, or `nil` when the payload does not look like FHIR JSON (it does not start
    /// with `{`, or has no `"resourceType"` key anywhere).
    /// - Throws: ``TranslationError`` when the payload looks like FHIR but is not JSON (`fhir.json.*`, located), or
    ///   its root has no string `resourceType` (`fhir.resource.type-missing`).
    public func sniff(_ payload: Payload) throws(TranslationError) -> [Envelope]? {
        guard Self.looksLikeFHIR(payload.bytes) else { return nil }
        let document: JSONDocument
        do {
            document = try JSONReader(options: self.json).read(payload.bytes)
        } catch {
            throw error.translationError
        }
        let root = document.root
        guard root.kind == .object, let type = root["resourceType"]?.string, !type.isEmpty else {
            throw TranslationError(code: .fhirResourceTypeMissing,
                                   message: "the JSON object has no string 'resourceType' at its top level",
                                   location: .jsonPointer(""))
        }
        let release = FHIRReleaseDetector.release(of: root) ?? self.defaultRelease
        let control = root["identifier"]?["value"]?.string ?? root["id"]?.string
        let focus = type == "Bundle" ? Self.focus(of: root) ?? type : type
        return [Envelope(format: FormatID(family: .fhir, messageType: focus, version: release.rawValue), sender: nil,
                         receiver: nil, controlNumbers: ControlNumbers(message: control))]
    }

    /// The envelope of the first bytes of a larger FHIR payload (a spooled file): read from the members and entries
    /// that lie wholly in those bytes (``JSONPrefix``). A bundle whose first business resource comes later stays
    /// `Bundle`; translation reads the whole payload again.
    /// - Throws: as ``sniff(_:)``, when not even the beginning can be read.
    public func sniff(head payload: Payload) throws(TranslationError) -> [Envelope]? {
        guard Self.looksLikeFHIR(payload.bytes) else { return nil }
        do {
            return try self.sniff(payload)
        } catch {
            guard let closed = JSONPrefix.closed(payload.bytes),
                  let envelopes = try? self.sniff(Payload(bytes: closed, name: payload.name)) else { throw error }
            return envelopes
        }
    }

    /// The business resources a Bundle can carry, in the order they name it: a Bundle is routed by the first of
    /// these among its entries (an order's Bundle is a `SupplyRequest` message; its Organizations and Locations only
    /// support it). A Bundle with none of them stays `Bundle`.
    public static let focalResourceTypes = [
        "SupplyRequest", "SupplyDelivery", "Invoice", "ChargeItem", "MedicationDispense", "InventoryReport",
        "InventoryItem",
    ]

    static func focus(of bundle: JSONNode) -> String? {
        guard let entries = bundle["entry"], entries.kind == .array else { return nil }
        var found: Set<String> = []
        for entry in entries.children {
            if let type = entry["resource"]?["resourceType"]?.string { found.insert(type) }
        }
        return Self.focalResourceTypes.first { found.contains($0) }
    }

    /// True when `bytes` start (after a byte order mark, whitespace and comments) with `{` and contain the key
    /// `"resourceType"`.
    public static func looksLikeFHIR(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else {
                break
            }
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return false }
        let marker = Self.marker
        guard bytes.count - index >= marker.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var position = index
            let last = buffer.count - marker.count
            while position <= last {
                if buffer[position] == marker[0], buffer[position + 13] == marker[13],
                   (1..<marker.count).allSatisfy({ buffer[position + $0] == marker[$0] }) {
                    return true
                }
                position += 1
            }
            return false
        }
    }
}
