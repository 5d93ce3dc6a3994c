import Foundation

/// How a shipment travels: carrier and routing, service, equipment, weight, volume and package count.
///
/// Codes (method, status, packaging) are the source format's, kept as they are.
public struct ShipmentTransport: Hashable, Sendable, Codable {
    /// The order of this leg among several (X12 TD501 routing sequence code), if given.
    public var routingSequence: String?
    /// What kind of code `carrierCode` is (X12 TD502, `2` for a SCAC), if given.
    public var carrierQualifier: String?
    /// The carrier's code (a SCAC by convention), if given.
    public var carrierCode: String?
    /// The carrier's name or routing text, if given.
    public var carrierName: String?
    /// The source format's transport method code (an X12 transportation method code, say), if given.
    public var method: String?
    /// The shipment or order status code (X12 TD506, CAD06), if given.
    public var statusCode: String?
    /// The carrier's service level in the source's words or code, if given.
    public var serviceLevel: String?
    /// The equipment type (X12 TD301, e.g. `TL` trailer), if given.
    public var equipmentType: String?
    /// The equipment initial (X12 TD302, CAD02), if given.
    public var equipmentInitial: String?
    /// The equipment number (X12 TD303, CAD03), if given.
    public var equipmentNumber: String?
    /// The seal number (X12 TD309), if given.
    public var sealNumber: String?
    /// The packaging code of the packages counted (X12 TD101, e.g. `CTN25`), if given.
    public var packagingCode: String?
    /// The gross weight, if given.
    public var grossWeight: Quantity?
    /// The volume, if given.
    public var volume: Quantity?
    /// The number of packages (lading quantity), if given.
    public var packageCount: Int?

    /// Creates transport details.
    @inlinable
    public init(
        routingSequence: String? = nil,
        carrierQualifier: String? = nil,
        carrierCode: String? = nil,
        carrierName: String? = nil,
        method: String? = nil,
        statusCode: String? = nil,
        serviceLevel: String? = nil,
        equipmentType: String? = nil,
        equipmentInitial: String? = nil,
        equipmentNumber: String? = nil,
        sealNumber: String? = nil,
        packagingCode: String? = nil,
        grossWeight: Quantity? = nil,
        volume: Quantity? = nil,
        packageCount: Int? = nil
    ) {
        self.routingSequence = routingSequence
        self.carrierQualifier = carrierQualifier
        self.carrierCode = carrierCode
        self.carrierName = carrierName
        self.method = method
        self.statusCode = statusCode
        self.serviceLevel = serviceLevel
        self.equipmentType = equipmentType
        self.equipmentInitial = equipmentInitial
        self.equipmentNumber = equipmentNumber
        self.sealNumber = sealNumber
        self.packagingCode = packagingCode
        self.grossWeight = grossWeight
        self.volume = volume
        self.packageCount = packageCount
    }
}
