/// Tells which FHIR release a resource is written in, from the resource itself.
///
/// In order: a resource type that exists in only one release (InventoryItem and InventoryReport are R5 only);
/// `meta.profile` entries with a version (`…|4.0.1`, `…|5.0.0`) or a release folder (`/R4/`, `/R5/`); for a bundle
/// that says nothing itself, the first entry resource that does; else `nil`.
public enum FHIRReleaseDetector {
    /// The release `root` names, or `nil` when it names none.
    public static func release(of root: JSONNode) -> FHIRRelease? {
        if let release = self.ownRelease(of: root) { return release }
        guard root["resourceType"]?.string == "Bundle", let entries = root["entry"], entries.kind == .array else {
            return nil
        }
        for entry in entries.children {
            if let resource = entry["resource"], let release = self.ownRelease(of: resource) { return release }
        }
        return nil
    }

    private static func ownRelease(of root: JSONNode) -> FHIRRelease? {
        if let type = root["resourceType"]?.string {
            let inR4 = FHIRDefinitions.forRelease(.r4).isResourceType(type)
            let inR5 = FHIRDefinitions.forRelease(.r5).isResourceType(type)
            if inR4 != inR5 { return inR4 ? .r4 : .r5 }
        }
        guard let profiles = root["meta"]?["profile"], profiles.kind == .array else { return nil }
        for profile in profiles.children {
            guard let text = profile.string else { continue }
            if let bar = text.lastIndex(of: "|"),
               let release = FHIRRelease(fhirVersion: String(text[text.index(after: bar)...])) {
                return release
            }
            if text.contains("/R4/") { return .r4 }
            if text.contains("/R5/") { return .r5 }
        }
        return nil
    }
}
