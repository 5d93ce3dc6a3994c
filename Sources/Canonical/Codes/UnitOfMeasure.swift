import Foundation

/// A unit of measure code.
///
/// By convention canonical units are X12 unit-of-measure codes (data element 355), upper case as X12 writes them;
/// units from other code systems (UCUM, UN/ECE Recommendation 20) are translated by cross-reference tables before
/// they reach a canonical document.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct UnitOfMeasure: CanonicalCode {
    /// The code's text, e.g. `"EA"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension UnitOfMeasure {
    /// `EA`: each.
    public static let each: Self = "EA"

    /// `BX`: box.
    public static let box: Self = "BX"

    /// `CA`: case.
    public static let `case`: Self = "CA"

    /// `CT`: carton.
    public static let carton: Self = "CT"

    /// `PK`: package.
    public static let package: Self = "PK"

    /// `DZ`: dozen.
    public static let dozen: Self = "DZ"

    /// `KT`: kit.
    public static let kit: Self = "KT"

    /// `PL`: pallet or unit load.
    public static let pallet: Self = "PL"
}
