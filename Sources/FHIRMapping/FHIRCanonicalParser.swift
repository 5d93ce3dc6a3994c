import Canonical
import FHIR
import WharfCore

/// Reads FHIR JSON (R4 or R5, detected or given) into canonical documents: a Bundle (`collection`, `transaction`,
/// `batch`) or a single resource. SupplyRequests sharing a group identifier become one order, SupplyDeliveries
/// sharing a shipment number one ship notice, each Invoice an invoice, ChargeItems (MedicationDispenses) sharing a
/// transaction number one consumption of kind `charge` (`dispense`), and every InventoryItem, Device and
/// Medication together one item master. Parties are followed through `urn:uuid:`
/// fullUrls, `Type/id` and contained resources (`#id`). Every problem is a diagnostic located by a JSON pointer
/// (`/entry/2/resource/quantity/value`); FHIR validation problems come first.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let documents = try FHIRCanonicalParser().parse(payload, context: TranslationContext(), diagnostics: &diagnostics)
/// ```
public struct FHIRCanonicalParser: MessageParser {
    /// The identifier systems recognized.
    public var systems: FHIRIdentifierSystems
    /// How the FHIR JSON is read and validated.
    public var options: FHIRReadOptions

    /// Creates a parser.
    /// - Parameters:
    ///   - systems: the identifier systems (from the partner profile, else the documented defaults).
    ///   - options: the FHIR reader's options (release detection, validation).
    public init(systems: FHIRIdentifierSystems = .standard, options: FHIRReadOptions = FHIRReadOptions()) {
        self.systems = systems
        self.options = options
    }

    /// The resource types mapped to canonical documents.
    public static let readableTypes = ["Bundle", "SupplyRequest", "SupplyDelivery", "Invoice", "ChargeItem",
                                       "MedicationDispense", "InventoryItem", "Device", "Medication"]

    public var formats: Set<FormatID> { Set(Self.readableTypes.map { FormatID(family: .fhir, messageType: $0) }) }

    /// Parses FHIR JSON bytes.
    /// - Throws: ``TranslationError`` when the bytes are not JSON or not a FHIR resource (`fhir.json.*`,
    ///   `fhir.resource.type-missing`).
    public func parse(_ payload: Payload, context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> [CanonicalDocument] {
        let resource = try FHIRReader(options: self.options).read(payload.bytes, diagnostics: &diagnostics)
        return self.documents(of: resource.root, diagnostics: &diagnostics)
    }

    /// The canonical documents of a FHIR resource or Bundle already read.
    public func documents(of root: JSONNode, diagnostics: inout Diagnostics) -> [CanonicalDocument] {
        if root["resourceType"]?.string == "Bundle", let type = root["type"]?.string,
           !["collection", "transaction", "batch"].contains(type), let node = root["type"] {
            diagnostics.append(Diagnostic(.warning, .fhirMappingResourceUnsupported, at: .jsonPointer(node.pointer),
                                          "Wharf reads collection, transaction and batch bundles; the entries are "
                                            + "read anyway"))
        }
        let index = FHIRResourceIndex(root: root)
        let values = FHIRValueReader(systems: self.systems)
        var requests = Groups()
        var deliveries = Groups()
        var charges = Groups()
        var dispenses = Groups()
        var items: (position: Int, members: [JSONNode])?
        var documents: [(position: Int, document: CanonicalDocument)] = []
        let partyTypes: Set<String> = ["Organization", "Location", "Practitioner", "PractitionerRole", "Patient"]
        for (position, resource) in index.resources.enumerated() {
            switch resource["resourceType"]?.string {
            case "SupplyRequest":
                requests.add(resource, key: values.identifierValue(resource, system: self.systems.orderNumber),
                             position: position)
            case "SupplyDelivery":
                deliveries.add(resource, key: values.identifierValue(resource, system: self.systems.shipmentNumber),
                               position: position)
            case "Invoice":
                documents.append((position, .invoice(InvoiceResourceReader(values: values, index: index)
                    .invoice(resource, diagnostics: &diagnostics))))
            case "ChargeItem":
                charges.add(resource, key: values.identifierValue(resource, system: self.systems.transactionNumber),
                            position: position)
            case "MedicationDispense":
                dispenses.add(resource, key: values.identifierValue(resource, system: self.systems.transactionNumber),
                              position: position)
            case "InventoryItem", "Device", "Medication":
                items = (items?.position ?? position, (items?.members ?? []) + [resource])
            case let type?:
                if !partyTypes.contains(type), let node = resource["resourceType"] {
                    diagnostics.append(Diagnostic(.warning, .fhirMappingResourceUnsupported,
                                                  at: .jsonPointer(node.pointer),
                                                  "Wharf does not read a \(type) into a canonical document yet "
                                                    + "(it reads \(Self.readableTypes.joined(separator: ", ")))"))
                }
            case nil:
                break
            }
        }
        for group in requests.groups {
            documents.append((group.position, .order(SupplyRequestReader(values: values, index: index)
                .order(group.members, number: group.key, diagnostics: &diagnostics))))
        }
        for group in deliveries.groups {
            documents.append((group.position, .shipNotice(SupplyDeliveryReader(values: values, index: index)
                .shipNotice(group.members, number: group.key, diagnostics: &diagnostics))))
        }
        for group in charges.groups {
            documents.append((group.position, .consumption(ChargeItemReader(values: values, index: index)
                .consumption(group.members, number: group.key, diagnostics: &diagnostics))))
        }
        for group in dispenses.groups {
            documents.append((group.position, .consumption(MedicationDispenseReader(values: values, index: index)
                .consumption(group.members, number: group.key, diagnostics: &diagnostics))))
        }
        if let items {
            let identifier = root["resourceType"]?.string == "Bundle" ? root["identifier"] : nil
            let catalogNumber = identifier?["system"]?.string == self.systems.catalogNumber
                ? identifier?["value"]?.string : nil
            documents.append((items.position, .itemMaster(ItemMasterReader(values: values, index: index)
                .itemMaster(items.members, catalogNumber: catalogNumber, diagnostics: &diagnostics))))
        }
        return documents.sorted { $0.position < $1.position }.map(\.document)
    }
}

/// Resources grouped by a key (the order or shipment number) in order of first appearance.
struct Groups {
    struct Group {
        var key: String?
        var position: Int
        var members: [JSONNode]
    }

    private(set) var groups: [Group] = []

    mutating func add(_ resource: JSONNode, key: String?, position: Int) {
        if let index = self.groups.firstIndex(where: { $0.key == key }) {
            self.groups[index].members.append(resource)
        } else {
            self.groups.append(Group(key: key, position: position, members: [resource]))
        }
    }
}
