import Canonical
import FHIR
import WharfCore

/// Writes canonical documents as one FHIR JSON Bundle of type `collection` (R4 by default, R5 on request): an order
/// as SupplyRequests (one per line, grouped by the PO number), a ship notice as SupplyDeliveries, an invoice as an
/// Invoice, a consumption as ChargeItems (kind `charge`) or MedicationDispenses (kind `dispense`), an item master as
/// InventoryItems (R5) or Devices and Medications (R4). Parties become Organization, Location and Practitioner
/// entries with `urn:uuid:` fullUrls derived from their content, so the same documents always give the same bytes.
/// The mapping is documented in `specs/mappings/fhir.md`.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let payload = try FHIRCanonicalSerializer(release: .r5)
///     .serialize([.order(order)], context: TranslationContext(), diagnostics: &diagnostics)
/// ```
public struct FHIRCanonicalSerializer: MessageSerializer {
    /// The FHIR release written.
    public var release: FHIRRelease
    /// The identifier and code systems written.
    public var systems: FHIRIdentifierSystems
    /// The JSON layout (pretty with two spaces by default, as FHIR's examples).
    public var style: JSONWriter.Style

    /// Creates a serializer.
    /// - Parameters:
    ///   - release: the FHIR release to write; default R4.
    ///   - systems: the identifier systems (from the partner profile, else the documented defaults).
    ///   - style: the JSON layout.
    public init(release: FHIRRelease = .r4, systems: FHIRIdentifierSystems = .standard,
                style: JSONWriter.Style = .pretty(indent: 2)) {
        self.release = release
        self.systems = systems
        self.style = style
    }

    /// `fhir:Bundle@R4` or `fhir:Bundle@R5`.
    public var format: FormatID { FormatID(family: .fhir, messageType: "Bundle", version: self.release.rawValue) }

    /// Writes `documents` as one Bundle.
    /// - Throws: ``TranslationError`` `format.unsupported` for a document FHIR does not carry (an order response or
    ///   a functional acknowledgment).
    public func serialize(_ documents: [CanonicalDocument], context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> Payload {
        Payload(bytes: FHIRJSONWriter(release: self.release, style: self.style).write(try self.bundle(documents)))
    }

    /// The Bundle of `documents` as a JSON value (before member ordering).
    /// - Throws: ``TranslationError`` `format.unsupported` for a document FHIR does not carry.
    public func bundle(_ documents: [CanonicalDocument]) throws(TranslationError) -> JSONValue {
        let values = FHIRValueBuilder(systems: self.systems, release: self.release)
        var builder = FHIRBundleBuilder(values: values)
        var identifier: JSONValue?
        for document in documents {
            switch document {
            case .order(let order):
                identifier = identifier ?? values.identifier(system: self.systems.orderNumber, value: order.orderNumber)
                OrderResourceWriter(values: values).write(order, into: &builder)
            case .shipNotice(let notice):
                identifier = identifier ?? values.identifier(system: self.systems.shipmentNumber,
                                                             value: notice.shipmentNumber)
                ShipNoticeResourceWriter(values: values).write(notice, into: &builder)
            case .invoice(let invoice):
                identifier = identifier ?? values.identifier(system: self.systems.invoiceNumber,
                                                             value: invoice.invoiceNumber)
                InvoiceResourceWriter(values: values).write(invoice, into: &builder)
            case .consumption(let consumption):
                if let number = consumption.transactionNumber {
                    identifier = identifier ?? values.identifier(system: self.systems.transactionNumber, value: number)
                }
                ConsumptionResourceWriter(values: values).write(consumption, into: &builder)
            case .itemMaster(let master):
                if let number = master.catalogNumber {
                    identifier = identifier ?? values.identifier(system: self.systems.catalogNumber, value: number)
                }
                ItemMasterResourceWriter(values: values).write(master, into: &builder)
            case .orderResponse, .functionalAcknowledgment:
                throw TranslationError(
                    code: .formatUnsupported,
                    message: "Wharf cannot write a \(document.kind.rawValue) as FHIR (it writes orders, ship notices, "
                        + "invoices, consumptions and item masters; see specs/mappings/fhir.md)")
            }
        }
        return builder.bundle(identifier: identifier)
    }
}
