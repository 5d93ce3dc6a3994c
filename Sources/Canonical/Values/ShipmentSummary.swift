import Foundation

/// Totals of what an invoice's shipment carried (X12 ISS): units, weight, volume.
public struct ShipmentSummary: Hashable, Sendable, Codable {
    /// The number of units shipped, in their unit (X12 ISS01/ISS02, e.g. cartons).
    public var units: Quantity?
    /// The weight (X12 ISS03/ISS04).
    public var weight: Quantity?
    /// The volume (X12 ISS05/ISS06).
    public var volume: Quantity?

    /// Creates a shipment summary.
    @inlinable
    public init(units: Quantity? = nil, weight: Quantity? = nil, volume: Quantity? = nil) {
        self.units = units
        self.weight = weight
        self.volume = volume
    }
}
