import Foundation

/// How a shipment travels: carrier, service, weight and package count.
public struct ShipmentTransport: Hashable, Sendable, Codable {
    /// The carrier's code (a SCAC by convention), if given.
    public var carrierCode: String?
    /// The carrier's name, if given.
    public var carrierName: String?
    /// The source format's transport method code (an X12 transportation method code, say), if given.
    public var method: String?
    /// The carrier's service level in the source's words or code, if given.
    public var serviceLevel: String?
    /// The gross weight, if given.
    public var grossWeight: Quantity?
    /// The number of packages (lading quantity), if given.
    public var packageCount: Int?

    /// Creates transport details.
    ///
    /// - Parameters:
    ///   - carrierCode: The carrier's code.
    ///   - carrierName: The carrier's name.
    ///   - method: The transport method code.
    ///   - serviceLevel: The service level.
    ///   - grossWeight: The gross weight.
    ///   - packageCount: The number of packages.
    public init(
        carrierCode: String? = nil,
        carrierName: String? = nil,
        method: String? = nil,
        serviceLevel: String? = nil,
        grossWeight: Quantity? = nil,
        packageCount: Int? = nil
    ) {
        self.carrierCode = carrierCode
        self.carrierName = carrierName
        self.method = method
        self.serviceLevel = serviceLevel
        self.grossWeight = grossWeight
        self.packageCount = packageCount
    }
}

