/// A FHIR release Wharf reads and writes.
public enum FHIRRelease: String, Hashable, Sendable, CaseIterable, Codable, CustomStringConvertible {
    /// FHIR R4 (4.0.1), the default.
    case r4 = "R4"
    /// FHIR R5 (5.0.0).
    case r5 = "R5"

    /// The technical version of the release: `4.0.1`, `5.0.0`.
    public var fhirVersion: String {
        switch self {
        case .r4: "4.0.1"
        case .r5: "5.0.0"
        }
    }

    /// The release of a `fhirVersion` such as `4.0.1`, `4.0` or `5.0.0` (R4B, 4.3, is not one Wharf speaks).
    public init?(fhirVersion: String) {
        if fhirVersion == "4.0" || fhirVersion.hasPrefix("4.0.") {
            self = .r4
        } else if fhirVersion == "5.0" || fhirVersion.hasPrefix("5.0.") {
            self = .r5
        } else {
            return nil
        }
    }

    /// The release named `R4`/`R5` (any case) or by its version.
    public init?(name: String) {
        if let release = FHIRRelease(rawValue: name.uppercased()) {
            self = release
        } else {
            self.init(fhirVersion: name)
        }
    }

    public var description: String { self.rawValue }
}
