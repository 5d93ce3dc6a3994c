/// A definitions file that cannot be read or resolved (a Wharf build problem, not an input problem).
public struct FHIRDefinitionsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, e.g. `R4/resources.json`.
    public var file: String
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "specs/fhir/\(self.file): \(self.message)" }
}
