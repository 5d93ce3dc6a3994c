import Foundation

/// Compares JSON documents by value, whatever their whitespace.
public enum JSONValue {
    /// The document re-serialized with sorted keys and no whitespace: equal for equal JSON values.
    public static func canonical(_ data: Data) throws -> Data {
        try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
                                   options: [.sortedKeys, .fragmentsAllowed])
    }
}
