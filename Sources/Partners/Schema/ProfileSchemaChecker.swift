import Foundation
import WharfCore
import Yams

/// Checks a parsed profile against ``ProfileSchema``: every problem at once, each located by file, line, column and
/// key path, with the closest allowed key suggested for a misspelt one. Values are never quoted in messages (a
/// profile may hold host names and paths that are nobody's business in a log).
struct ProfileSchemaChecker {
    let path: String

    /// The problems of `node` against `schema`, whose key path is `keyPath`.
    func check(_ node: Node, against schema: ProfileSchema, at keyPath: String, into diagnostics: inout Diagnostics) {
        if !schema.types.isEmpty, !self.matchesType(node, schema.types) {
            let expected = schema.types.sorted().map(Self.article).joined(separator: " or ")
            self.report(.profileValueType, node, keyPath, into: &diagnostics,
                        schema.typeError.map { "\($0) (\(keyPath))" } ?? "\(self.name(keyPath)) must be \(expected)")
            return
        }
        switch node {
        case .mapping(let mapping):
            self.checkMapping(mapping, node: node, schema: schema, keyPath: keyPath, into: &diagnostics)
        case .sequence(let sequence):
            if let minimum = schema.minItems, sequence.count < minimum {
                self.report(.profileValueLength, node, keyPath, into: &diagnostics,
                            "\(self.name(keyPath)) needs at least \(minimum) entr\(minimum == 1 ? "y" : "ies"); remove the key if there are none")
            }
            if let items = schema.items {
                for (index, element) in sequence.enumerated() {
                    self.check(element, against: items, at: "\(keyPath)[\(index)]", into: &diagnostics)
                }
            }
        case .scalar(let scalar):
            self.checkScalar(scalar.string, node: node, schema: schema, keyPath: keyPath, into: &diagnostics)
        case .alias:
            break
        }
    }

    private func checkMapping(_ mapping: Node.Mapping, node: Node, schema: ProfileSchema, keyPath: String,
                              into diagnostics: inout Diagnostics) {
        var present: Set<String> = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            present.insert(key)
            let childPath = keyPath.isEmpty ? key : "\(keyPath).\(key)"
            if let property = schema.properties[key] {
                self.check(value, against: property, at: childPath, into: &diagnostics)
                continue
            }
            switch schema.additionalProperties {
            case .any:
                break
            case .each(let each):
                self.check(value, against: each, at: childPath, into: &diagnostics)
            case .refused:
                var message = "unknown key '\(key)'"
                if !keyPath.isEmpty { message += " in \(keyPath)" }
                if let suggestion = KeySuggestion.closest(to: key, among: schema.propertyNames) {
                    message += "; did you mean '\(suggestion)'?"
                } else {
                    message += "; allowed here: \(schema.propertyNames.joined(separator: ", "))"
                }
                self.report(.profileKeyUnknown, keyNode, childPath, into: &diagnostics, message)
            }
        }
        for key in schema.required where !present.contains(key) {
            let childPath = keyPath.isEmpty ? key : "\(keyPath).\(key)"
            self.report(.profileKeyMissing, node, childPath, into: &diagnostics,
                        "'\(key)' is required \(keyPath.isEmpty ? "at the top of the profile" : "in \(keyPath)")")
        }
        if let minimum = schema.minProperties, present.count < minimum {
            self.report(.profileValueLength, node, keyPath, into: &diagnostics,
                        "\(self.name(keyPath)) needs one of: \(schema.propertyNames.joined(separator: ", "))")
        }
        if let maximum = schema.maxProperties, present.count > maximum {
            self.report(.profileValueLength, node, keyPath, into: &diagnostics,
                        "\(self.name(keyPath)) takes only \(maximum == 1 ? "one" : String(maximum)) of: \(schema.propertyNames.joined(separator: ", "))")
        }
    }

    private func checkScalar(_ text: String, node: Node, schema: ProfileSchema, keyPath: String,
                             into diagnostics: inout Diagnostics) {
        if let allowed = schema.allowed, !allowed.contains(text) {
            var message = "\(self.name(keyPath)) must be one of: \(allowed.joined(separator: ", "))"
            if let suggestion = KeySuggestion.closest(to: text, among: allowed) { message += "; did you mean '\(suggestion)'?" }
            self.report(.profileValueNotAllowed, node, keyPath, into: &diagnostics, message)
            return
        }
        if schema.types.contains("string") {
            if let minimum = schema.minLength, text.count < minimum {
                self.report(.profileValueLength, node, keyPath, into: &diagnostics,
                            minimum == 1 ? "\(self.name(keyPath)) must not be empty"
                                : "\(self.name(keyPath)) must be at least \(minimum) characters long")
            }
            if let maximum = schema.maxLength, text.count > maximum {
                self.report(.profileValueLength, node, keyPath, into: &diagnostics,
                            "\(self.name(keyPath)) must be at most \(maximum) characters long")
            }
            if let pattern = schema.pattern,
               pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                let hint = schema.summary.map { ": \($0)" } ?? " (pattern \(schema.patternText ?? ""))"
                self.report(.profileValuePattern, node, keyPath, into: &diagnostics,
                            "\(self.name(keyPath)) is not in the expected form\(hint)")
            }
        }
        if schema.types.contains("integer"), let value = node.int {
            if let minimum = schema.minimum, value < minimum {
                self.report(.profileValueRange, node, keyPath, into: &diagnostics, "\(self.name(keyPath)) must be at least \(minimum)")
            }
            if let maximum = schema.maximum, value > maximum {
                self.report(.profileValueRange, node, keyPath, into: &diagnostics, "\(self.name(keyPath)) must be at most \(maximum)")
            }
        }
    }

    private func matchesType(_ node: Node, _ types: Set<String>) -> Bool {
        switch node {
        case .mapping: return types.contains("object")
        case .sequence: return types.contains("array")
        case .alias: return true
        case .scalar(let scalar):
            if scalar.style == .plain, node.null != nil, scalar.string.isEmpty || scalar.string == "~"
                || scalar.string == "null" {
                return false
            }
            if types.contains("string") { return true }
            if types.contains("integer"), node.int != nil { return true }
            if types.contains("boolean"), scalar.style == .plain, node.bool != nil { return true }
            if types.contains("number"), node.float != nil { return true }
            return false
        }
    }

    private func name(_ keyPath: String) -> String { keyPath.isEmpty ? "the profile" : keyPath }

    private static func article(_ type: String) -> String {
        switch type {
        case "object": return "a mapping of keys"
        case "array": return "a list"
        case "integer": return "a whole number"
        case "boolean": return "true or false"
        default: return "a \(type)"
        }
    }

    private func report(_ code: DiagnosticCode, _ node: Node, _ keyPath: String, into diagnostics: inout Diagnostics,
                        _ message: String) {
        diagnostics.append(Diagnostic(.error, code, at: .profile(ProfileLocation(
            path: self.path, keyPath: keyPath.isEmpty ? nil : keyPath, line: node.mark?.line,
            column: node.mark?.column)), message))
    }
}
