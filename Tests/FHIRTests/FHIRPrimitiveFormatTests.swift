import FHIR
import Testing

@Suite("FHIR primitive formats")
struct FHIRPrimitiveFormatTests {
    /// Sample values per format: (text, valid).
    static let samples: [FHIRPrimitiveFormat: [(String, Bool)]] = [
        .date: [("2024", true), ("2024-02", true), ("2024-02-29", true), ("0385-07-25", true), ("0001-01-01", true),
                ("2023-02-29", false), ("2024-13-01", false), ("2024-04-31", false), ("0000", false), ("24", false),
                ("2024-1-01", false), ("2024-01-01T10:00:00Z", false), ("2024/01/01", false), ("1900-02-29", false),
                ("2000-02-29", true)],
        .dateTime: [("2024", true), ("2024-03", true), ("2024-03-01", true), ("2024-03-01T08:00:00Z", true),
                    ("2024-03-01T08:00:00.125+01:00", true), ("0385-07-25T07:06:40.000000+00:00", true),
                    ("2024-03-01T23:59:60-14:00", true), ("2024-03-01T23:59:60+14:00", true),
                    ("2024-03-01T08:00:00", false), ("2024-03-01T08:00Z", false), ("2024-03-01T24:00:00Z", false),
                    ("2024-03T08:00:00Z", false), ("2024-03-01T08:00:00.Z", false), ("2024-03-01T08:00:00+1:00", false),
                    ("2024-03-01 08:00:00Z", false), ("2024-03-01T08:00:00+13:59", true),
                    ("2024-03-01T08:00:00+14:01", false)],
        .instant: [("2024-03-01T08:00:00Z", true), ("2024-03-01T08:00:00.1-05:00", true), ("2024-03-01", false),
                   ("2024-03-01T08:00:00", false), ("2024-02-30T08:00:00Z", false)],
        .time: [("08:00:00", true), ("23:59:60.5", true), ("24:00:00", false), ("8:00:00", false), ("08:00", false),
                ("08:00:00Z", false)],
        .decimal: [("1.50", true), ("-0", true), ("6.022e23", true), ("1E-7", true), ("01", false), ("1.", false),
                   (".5", false), ("+1", false), ("1,5", false)],
        .integer: [("0", true), ("-5", true), ("+5", true), ("123", true), ("01", false), ("1.0", false),
                   ("1e3", false), ("-", false)],
        .code: [("active", true), ("entered-in-error", true), ("a b", true), ("<=", true), (" a", false), ("a ", false),
                ("a  b", false), ("a\tb", true), ("a\t b", false)],
        .id: [("po-4500012345.1", true), (String(repeating: "a", count: 64), true),
              (String(repeating: "a", count: 65), false), ("a_b", false), ("a b", false), ("é", false)],
        .uri: [("http://example.org/x", true), ("urn:oid:1.2", true), ("a b", false), ("a\tb", false)],
        .oid: [("urn:oid:1.2.840.10008", true), ("urn:oid:2.0", true), ("urn:oid:3.1", false), ("urn:oid:1.02", false),
               ("urn:oid:1", false), ("1.2.3", false), ("urn:oid:1..2", false)],
        .uuid: [("urn:uuid:8f14e45f-ceea-467f-a2b5-7e3f1d2c0a01", true),
                ("urn:uuid:8F14E45F-CEEA-467F-A2B5-7E3F1D2C0A01", false),
                ("8f14e45f-ceea-467f-a2b5-7e3f1d2c0a01", false),
                ("urn:uuid:8f14e45f-ceea-467f-a2b5-7e3f1d2c0a0", false)],
        .base64Binary: [("SGVsbG8=", true), ("SGVs bG8=", true), ("a+/9", true), ("SGVsbG8", false),
                        ("SG=sbG8=", false), ("S===", false), ("SGVsbG8*", false)],
        .string: [("any text", true), ("tab\tand\nnewline\r", true), ("   ", true), ("é 😀", true)],
        .xhtml: [("<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>", true), ("<div/>", true), ("<p>x</p>", false),
                 ("<divx>x</divx>", false)],
    ]

    static let stricterFormats: Set<FHIRPrimitiveFormat> = [.date, .dateTime, .instant, .base64Binary]

    @Test("each format accepts and rejects its samples", arguments: FHIRPrimitiveFormat.allCases)
    func samples(format: FHIRPrimitiveFormat) {
        for (text, valid) in Self.samples[format] ?? [] {
            #expect(format.accepts(text) == valid, "\(format) \(text)")
        }
    }

    @Test("the checks agree with the specification's regular expressions", arguments: FHIRRelease.allCases)
    func regexAgreement(release: FHIRRelease) throws {
        let definitions = FHIRDefinitions.forRelease(release)
        for type in definitions.primitives.values.sorted(by: { $0.name < $1.name }) {
            guard let pattern = type.regex, type.json == .string || type.format == .decimal else { continue }
            // Scalar semantics, as the specification's (XML Schema / Java) expressions mean them.
            let regex = try Regex(pattern).matchingSemantics(.unicodeScalar)
            for (text, _) in Self.samples[type.format] ?? [] {
                let byRegex = (try? regex.wholeMatch(in: text)) != nil
                let byCheck = type.format.accepts(text)
                // Stricter than the expressions where the specification's prose is: calendar dates, base64 padding.
                let stricter = byRegex && !byCheck && Self.stricterFormats.contains(type.format)
                #expect(byRegex == byCheck || stricter, "\(type.name) \(text): regex \(byRegex), check \(byCheck)")
            }
        }
    }
}
