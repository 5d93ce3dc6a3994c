import WharfCore
import Yams

/// Where each key path of a profile is written (line and column), so that problems found after the schema check
/// (ties, unknown channels, widening overlays) are located as precisely as schema problems.
struct NodeIndex {
    private var marks: [String: Mark] = [:]
    let path: String

    init(_ root: Node, path: String) {
        self.path = path
        self.visit(root, at: "")
    }

    private mutating func visit(_ node: Node, at keyPath: String) {
        if let mark = node.mark, self.marks[keyPath] == nil { self.marks[keyPath] = mark }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                let child = keyPath.isEmpty ? name : "\(keyPath).\(name)"
                if let mark = key.mark { self.marks[child] = mark }
                self.visit(value, at: child)
            }
        case .sequence(let sequence):
            for (index, element) in sequence.enumerated() { self.visit(element, at: "\(keyPath)[\(index)]") }
        default:
            break
        }
    }

    /// The location of `keyPath` (or of its closest written ancestor).
    func location(_ keyPath: String) -> SourceLocation {
        var probe = keyPath
        while self.marks[probe] == nil, let cut = probe.lastIndex(where: { $0 == "." || $0 == "[" }) {
            probe = String(probe[..<cut])
        }
        let mark = self.marks[probe]
        return .profile(ProfileLocation(path: self.path, keyPath: keyPath.isEmpty ? nil : keyPath, line: mark?.line,
                                        column: mark?.column))
    }
}
