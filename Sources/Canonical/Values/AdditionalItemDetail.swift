import Foundation

/// More about a line's item (X12 PO3): a change reason, a further price or quantity, a description.
public struct AdditionalItemDetail: Hashable, Sendable, Codable {
    /// Why the item changed (X12 PO301, e.g. `PC` price change).
    public var changeReason: String?
    /// The date of the change (X12 PO302).
    public var date: CanonicalDate?
    /// Which price `price` is (X12 PO303).
    public var priceIdentifier: String?
    /// A price, with its basis (X12 PO304/PO305).
    public var price: Price?
    /// A quantity (X12 PO306/PO307).
    public var quantity: Quantity?
    /// A description (X12 PO308).
    public var description: String?

    /// Creates an additional item detail.
    @inlinable
    public init(
        changeReason: String? = nil,
        date: CanonicalDate? = nil,
        priceIdentifier: String? = nil,
        price: Price? = nil,
        quantity: Quantity? = nil,
        description: String? = nil
    ) {
        self.changeReason = changeReason
        self.date = date
        self.priceIdentifier = priceIdentifier
        self.price = price
        self.quantity = quantity
        self.description = description
    }
}
