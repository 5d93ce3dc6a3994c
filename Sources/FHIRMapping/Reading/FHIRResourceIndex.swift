import FHIR

/// The resources of a payload in document order (a Bundle's entries, or the single resource) and how to follow a
/// Reference: `urn:uuid:`/absolute fullUrls, `Type/id` of an entry, and `#id` of a contained resource.
struct FHIRResourceIndex {
    /// The top-level resources, in order.
    let resources: [JSONNode]
    private let byReference: [String: JSONNode]

    /// Indexes `root`: a Bundle's `entry[].resource`, else `root` itself.
    init(root: JSONNode) {
        var resources: [JSONNode] = []
        var byReference: [String: JSONNode] = [:]
        if root["resourceType"]?.string == "Bundle", let entries = root["entry"], entries.kind == .array {
            for entry in entries.children {
                guard let resource = entry["resource"], resource.kind == .object else { continue }
                resources.append(resource)
                if let fullUrl = entry["fullUrl"]?.string { byReference[fullUrl] = resource }
                if let type = resource["resourceType"]?.string, let id = resource["id"]?.string {
                    byReference[type + "/" + id] = byReference[type + "/" + id] ?? resource
                }
            }
        } else {
            resources.append(root)
        }
        self.resources = resources
        self.byReference = byReference
    }

    /// The resource a Reference object points at, looked up in `resource`'s contained resources for `#id` and
    /// among the bundle's entries otherwise; `nil` for a logical reference or an unknown target.
    func resolve(_ reference: JSONNode, in resource: JSONNode) -> JSONNode? {
        guard let target = reference["reference"]?.string else { return nil }
        if target.hasPrefix("#") {
            let id = String(target.dropFirst())
            return resource["contained"]?.children.first { $0["id"]?.string == id }
        }
        if let found = self.byReference[target] { return found }
        let parts = target.split(separator: "/")
        if parts.count >= 2 { return self.byReference[parts.suffix(2).joined(separator: "/")] }
        return nil
    }
}
