import Foundation

/// An element a receiver found in error: an X12 AK4 (997) or IK4 (999).
///
/// AK401 is a composite (C030) of the element's position in its segment, the component's position in a
/// composite element and the repetition's position in a repeating element; each is kept in its own member.
///
/// Example: `ElementError(position: 3, componentPosition: 2, elementReference: "235", errorCode: "7")`.
public struct ElementError: Hashable, Sendable, Codable {
    /// The element's position in its segment, counting from 1 (AK401-1).
    public var position: Int
    /// The component's position in a composite element, counting from 1 (AK401-2), if given.
    public var componentPosition: Int?
    /// The repetition's position in a repeating element, counting from 1 (AK401-3), if given.
    public var repetitionPosition: Int?
    /// The element's data element reference number in the X12 dictionary (AK402), if given.
    public var elementReference: String?
    /// The receiver's error code for the element (AK403).
    public var errorCode: String

    /// Creates an element error.
    ///
    /// - Parameters:
    ///   - position: The element's position in its segment.
    ///   - componentPosition: The component's position.
    ///   - repetitionPosition: The repetition's position.
    ///   - elementReference: The data element reference number.
    ///   - errorCode: The receiver's error code.
    @inlinable
    public init(
        position: Int,
        componentPosition: Int? = nil,
        repetitionPosition: Int? = nil,
        elementReference: String? = nil,
        errorCode: String
    ) {
        self.position = position
        self.componentPosition = componentPosition
        self.repetitionPosition = repetitionPosition
        self.elementReference = elementReference
        self.errorCode = errorCode
    }
}
