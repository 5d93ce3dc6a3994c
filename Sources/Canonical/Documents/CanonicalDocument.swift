import Foundation

/// One business document in canonical form: what every parser produces and every serializer consumes.
///
/// Encodes as an object with the document's kind beside the document itself:
/// ```json
/// {"kind": "order", "document": {"orderNumber": "PO-1001", "lines": [ … ]}}
/// ```
/// The document sits under `"document"` rather than beside `"kind"` so that no document member can collide
/// with the discriminator (`Consumption` has a `kind` of its own). Decoding rejects an unknown `kind`.
///
/// Example:
/// ```swift
/// let documents: [CanonicalDocument] = [.order(order), .invoice(invoice)]
/// let bytes = try CanonicalJSON.encode(documents)
/// ```
public enum CanonicalDocument: Hashable, Sendable {
    /// A purchase order.
    case order(Order)
    /// A seller's answer to a purchase order.
    case orderResponse(OrderResponse)
    /// An advance ship notice.
    case shipNotice(ShipNotice)
    /// An invoice or credit memo.
    case invoice(Invoice)
    /// An item master or price catalog.
    case itemMaster(ItemMaster)
    /// A record of supplies used, charged or dispensed.
    case consumption(Consumption)
    /// A receiver's acknowledgment of an interchange, its groups and its transaction sets (X12 997, 999, TA1).
    case functionalAcknowledgment(FunctionalAcknowledgment)

    /// The kind of a canonical document: the `"kind"` member of its JSON.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// `"order"`: an ``Order``.
        case order
        /// `"orderResponse"`: an ``OrderResponse``.
        case orderResponse
        /// `"shipNotice"`: a ``ShipNotice``.
        case shipNotice
        /// `"invoice"`: an ``Invoice``.
        case invoice
        /// `"itemMaster"`: an ``ItemMaster``.
        case itemMaster
        /// `"consumption"`: a ``Consumption``.
        case consumption
        /// `"functionalAcknowledgment"`: a ``FunctionalAcknowledgment``.
        case functionalAcknowledgment
    }

    /// The kind of this document.
    public var kind: Kind {
        switch self {
        case .order: .order
        case .orderResponse: .orderResponse
        case .shipNotice: .shipNotice
        case .invoice: .invoice
        case .itemMaster: .itemMaster
        case .consumption: .consumption
        case .functionalAcknowledgment: .functionalAcknowledgment
        }
    }
}

extension CanonicalDocument: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, document
    }

    /// Decodes a document from `{"kind": …, "document": {…}}`.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when `kind` is missing or unknown, or the document is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .kind)
        guard let kind = Kind(rawValue: text) else {
            let expected = Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.canonicalRule(
                "Unknown document kind; expected one of \(expected).",
                at: container.codingPath + [CodingKeys.kind]
            )
        }
        switch kind {
        case .order: self = .order(try container.decode(Order.self, forKey: .document))
        case .orderResponse: self = .orderResponse(try container.decode(OrderResponse.self, forKey: .document))
        case .shipNotice: self = .shipNotice(try container.decode(ShipNotice.self, forKey: .document))
        case .invoice: self = .invoice(try container.decode(Invoice.self, forKey: .document))
        case .itemMaster: self = .itemMaster(try container.decode(ItemMaster.self, forKey: .document))
        case .consumption: self = .consumption(try container.decode(Consumption.self, forKey: .document))
        case .functionalAcknowledgment:
            self = .functionalAcknowledgment(try container.decode(FunctionalAcknowledgment.self, forKey: .document))
        }
    }

    /// Encodes the document as `{"kind": …, "document": {…}}`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.kind, forKey: .kind)
        switch self {
        case .order(let document): try container.encode(document, forKey: .document)
        case .orderResponse(let document): try container.encode(document, forKey: .document)
        case .shipNotice(let document): try container.encode(document, forKey: .document)
        case .invoice(let document): try container.encode(document, forKey: .document)
        case .itemMaster(let document): try container.encode(document, forKey: .document)
        case .consumption(let document): try container.encode(document, forKey: .document)
        case .functionalAcknowledgment(let document): try container.encode(document, forKey: .document)
        }
    }
}
