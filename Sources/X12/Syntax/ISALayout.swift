/// Named facts about the fixed-width ISA segment: 106 bytes, 16 elements of fixed widths.
public enum ISALayout {
    /// The length of a conforming ISA segment including its terminator.
    public static let length = 106
    /// The offset of the element separator (the byte after `ISA`).
    public static let elementSeparatorOffset = 3
    /// The offset of ISA16, the component element separator.
    public static let componentSeparatorOffset = 104
    /// The offset of the segment terminator.
    public static let segmentTerminatorOffset = 105
    /// The number of elements.
    public static let elementCount = 16
    /// The fixed width of each element, ISA01 first.
    public static let elementWidths = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1]
    /// ISA11: repetition separator from version 00402 on, otherwise the interchange control standards identifier.
    public static let repetitionSeparatorElement = 11
    /// ISA12: the interchange control version number.
    public static let versionElement = 12
    /// The first ISA12 version in which ISA11 is the repetition separator.
    public static let firstVersionWithRepetitionSeparator = "00402"
    /// How far a reader looks for the 16 separators of an ISA that is not fixed-width before giving up.
    public static let maximumScanLength = 512
}
