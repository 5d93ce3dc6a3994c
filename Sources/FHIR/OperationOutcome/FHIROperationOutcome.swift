import WharfCore

/// An `OperationOutcome` resource listing diagnostics: what `wharf validate --format fhir` prints.
///
/// Each diagnostic becomes one issue: `severity` (``FHIRIssueType/severity(of:)``), `code` from the IssueType value
/// set (``FHIRIssueType/code(of:)``), `details.text` with Wharf's diagnostic code, `diagnostics` with the message,
/// and `expression` with the FHIRPath of a JSON-pointer location (other locations, X12 or HL7 v2, go to
/// `location` as text). With no diagnostics the outcome holds one `informational` issue saying so, since
/// `OperationOutcome.issue` is required.
///
/// ```swift
/// let outcome = FHIROperationOutcome(diagnostics: diagnostics.all, document: resource.document)
/// print(String(decoding: outcome.json(), as: UTF8.self))
/// ```
public struct FHIROperationOutcome: Sendable {
    /// The resource.
    public let resource: JSONValue
    /// The release it is written for.
    public let release: FHIRRelease

    /// Builds the outcome.
    /// - Parameters:
    ///   - diagnostics: the problems, in order.
    ///   - document: the FHIR document they are about, if any: gives expressions their resource types and choice
    ///     types.
    ///   - release: the release of the document and of the outcome; default R4.
    public init(diagnostics: some Sequence<Diagnostic>, document: JSONDocument? = nil, release: FHIRRelease = .r4) {
        let definitions = FHIRDefinitions.forRelease(release)
        var issues: [JSONValue] = []
        for diagnostic in diagnostics {
            var issue: JSONObject = [
                "severity": .string(FHIRIssueType.severity(of: diagnostic)),
                "code": .string(FHIRIssueType.code(of: diagnostic)),
                "details": ["text": .string(diagnostic.code.rawValue)],
                "diagnostics": .string(diagnostic.message),
            ]
            switch diagnostic.location {
            case .jsonPointer(let pointer)?:
                if let expression = FHIRPathExpression.expression(forPointer: pointer, in: document,
                                                                  definitions: definitions), !expression.isEmpty {
                    issue["expression"] = [.string(expression)]
                }
            case let location?:
                issue["location"] = [.string(location.text)]
            case nil:
                break
            }
            issues.append(.object(issue))
        }
        if issues.isEmpty {
            issues.append(["severity": "information", "code": "informational", "diagnostics": "no problems found"])
        }
        self.resource = .object(["resourceType": "OperationOutcome", "issue": .array(issues)])
        self.release = release
    }

    /// The outcome as FHIR JSON in definition order.
    public func json(style: JSONWriter.Style = .pretty(indent: 2)) -> [UInt8] {
        FHIRJSONWriter(release: self.release, style: style).write(self.resource)
    }
}
