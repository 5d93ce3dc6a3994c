/// Writes a ``JSONValue`` as JSON text, deterministically: members in the value's order, numbers as their exact
/// text, strings escaped minimally (`"`, `\` and control characters; everything else as UTF-8).
///
/// ```swift
/// JSONWriter(style: .compact).write(["value": .number(JSONNumber("1.50")!)])   // {"value":1.50}
/// ```
public struct JSONWriter: Sendable {
    /// Layout of the output.
    public enum Style: Hashable, Sendable {
        /// No whitespace at all.
        case compact
        /// One member or element per line, indented by the given number of spaces, `"key": value`, a final newline.
        case pretty(indent: Int)
    }

    /// The layout.
    public var style: Style

    /// Creates a writer; the default style is pretty with two spaces, as FHIR's own examples.
    public init(style: Style = .pretty(indent: 2)) { self.style = style }

    /// The JSON text of `value`.
    public func write(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        self.write(value, into: &output)
        if case .pretty = self.style { output.append(0x0A) }
        return output
    }

    /// Appends the JSON text of `value` (without a final newline).
    public func write(_ value: JSONValue, into output: inout [UInt8]) {
        self.write(value, depth: 0, into: &output)
    }

    private func write(_ value: JSONValue, depth: Int, into output: inout [UInt8]) {
        switch value {
        case .string(let text): Self.appendString(text, to: &output)
        case .number(let number): output.append(contentsOf: number.text.utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                self.newline(depth + 1, into: &output)
                self.write(element, depth: depth + 1, into: &output)
            }
            self.newline(depth, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard object.count > 0 else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                self.newline(depth + 1, into: &output)
                Self.appendString(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                if case .pretty = self.style { output.append(0x20) }
                self.write(member.value, depth: depth + 1, into: &output)
            }
            self.newline(depth, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ depth: Int, into output: inout [UInt8]) {
        guard case .pretty(let indent) = self.style else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(0x20, count: depth * indent))
    }

    /// Appends `text` as a JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t`, … or
    /// `\u00XX`, everything else as UTF-8.
    public static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x00..<0x20:
                let digits = Array("0123456789abcdef".utf8)
                output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                           digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
