import Foundation

/// Freight terms (X12 FOB): who pays for transport, and where the transport terms, title and risk of loss apply.
///
/// Location and terms qualifiers are the source format's codes, kept as they are so nothing is lost.
public struct FreightTerms: Hashable, Sendable, Codable {
    /// Who pays for the transport.
    public var paymentMethod: FreightPaymentMethod?
    /// The source format's payment method code (X12 FOB01).
    public var sourceCode: String?
    /// What kind of place `location` is (X12 FOB02, e.g. `OR` origin, `DE` destination).
    public var locationQualifier: String?
    /// The place the payment method applies to (X12 FOB03).
    public var location: String?
    /// Which list `terms` comes from (X12 FOB04, `01` Incoterms).
    public var termsQualifier: String?
    /// The transportation terms (X12 FOB05, e.g. `FOB`, `DDP`).
    public var terms: String?
    /// What kind of place `titleLocation` is (X12 FOB06).
    public var titleLocationQualifier: String?
    /// Where title passes (X12 FOB07).
    public var titleLocation: String?
    /// Where the risk of loss passes (X12 FOB08 code).
    public var riskOfLoss: String?
    /// The risk of loss, in words (X12 FOB09).
    public var riskOfLossDescription: String?

    /// Creates freight terms.
    @inlinable
    public init(
        paymentMethod: FreightPaymentMethod? = nil,
        sourceCode: String? = nil,
        locationQualifier: String? = nil,
        location: String? = nil,
        termsQualifier: String? = nil,
        terms: String? = nil,
        titleLocationQualifier: String? = nil,
        titleLocation: String? = nil,
        riskOfLoss: String? = nil,
        riskOfLossDescription: String? = nil
    ) {
        self.paymentMethod = paymentMethod
        self.sourceCode = sourceCode
        self.locationQualifier = locationQualifier
        self.location = location
        self.termsQualifier = termsQualifier
        self.terms = terms
        self.titleLocationQualifier = titleLocationQualifier
        self.titleLocation = titleLocation
        self.riskOfLoss = riskOfLoss
        self.riskOfLossDescription = riskOfLossDescription
    }
}
