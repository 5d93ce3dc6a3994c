/// One value of a ``JSONDocument`` in document order (pre-order): where its text is, where its key is when it is
/// the value of an object member, and how it hangs in the tree. 36 bytes; offsets are 32-bit (inputs up to 4 GiB).
struct JSONTapeNode: Sendable {
    /// ``Flags`` bits.
    enum Flags {
        /// A boolean that is `true`.
        static let isTrue: UInt8 = 1
        /// A string whose text contains backslash escapes.
        static let stringEscaped: UInt8 = 2
        /// A member key that contains backslash escapes.
        static let keyEscaped: UInt8 = 4
    }

    var kind: JSONKind
    var flags: UInt8
    /// The offset of the value's first byte (the opening quote, bracket or brace, the sign or digit).
    var start: UInt32
    /// The offset just past the value's last byte.
    var end: UInt32
    /// For an object member: the offset just after the key's opening quote; otherwise 0.
    var keyStart: UInt32
    /// For an object member: the offset of the key's closing quote; otherwise 0.
    var keyEnd: UInt32
    /// The index of the enclosing object or array, -1 for the root.
    var parent: Int32
    /// The 0-based index among the parent's members or elements.
    var position: Int32
    /// The number of members or elements (containers only).
    var count: Int32
    /// The index of the first node after this value's subtree.
    var next: Int32

    var isMember: Bool { self.keyEnd != 0 }
}
