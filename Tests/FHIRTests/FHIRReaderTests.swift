import FHIR
import Testing
import WharfCore

@Suite("FHIR reader")
struct FHIRReaderTests {
    @Test("reads, detects the release and validates")
    func reads() throws {
        var diagnostics = Diagnostics()
        let resource = try FHIRReader().read(try FHIRTestSupport.fixture("valid/r5-SupplyRequest.json"),
                                             diagnostics: &diagnostics)
        #expect(resource.release == .r5)
        #expect(resource.resourceType == "SupplyRequest")
        #expect(resource.root["quantity"]?["value"]?.numberText == "1.50")
        #expect(diagnostics.all.isEmpty)
    }

    @Test("unreadable JSON throws with pointer, line and column")
    func unreadable() {
        var diagnostics = Diagnostics()
        #expect {
            _ = try FHIRReader().read(Array("{\"resourceType\": \"Invoice\",\n \"status\": issued}".utf8),
                                      diagnostics: &diagnostics)
        } throws: { error in
            guard let error = error as? TranslationError else { return false }
            return error.code == .fhirJSONSyntax && error.location == .jsonPointer("/status")
                && error.message.hasSuffix("(line 2, column 12)")
        }
    }

    @Test("a root without resourceType throws", arguments: [#"{"id": "1"}"#, #"[]"#, #""x""#])
    func notAResource(text: String) {
        var diagnostics = Diagnostics()
        #expect(throws: TranslationError.self) {
            _ = try FHIRReader().read(Array(text.utf8), diagnostics: &diagnostics)
        }
    }

    @Test("comments can be allowed, with warnings")
    func comments() throws {
        var diagnostics = Diagnostics()
        let options = FHIRReadOptions(json: JSONReadOptions(allowsComments: true))
        let bytes = Array("// note\n{\"resourceType\": \"Organization\", /* x */ \"name\": \"A\"}".utf8)
        let resource = try FHIRReader(options: options).read(bytes, diagnostics: &diagnostics)
        #expect(resource.resourceType == "Organization")
        #expect(diagnostics.all.map(\.code) == [.fhirJSONComment, .fhirJSONComment])
        #expect(!diagnostics.hasErrors)
    }

    @Test("an unsupported resource is read and reported")
    func unsupported() throws {
        var diagnostics = Diagnostics()
        let resource = try FHIRReader().read(Array(#"{"resourceType": "Patient"}"#.utf8), diagnostics: &diagnostics)
        #expect(!resource.isSupported)
        #expect(diagnostics.all.map(\.code) == [.fhirResourceUnsupported])
    }

    @Test("validation can be turned off")
    func withoutValidation() throws {
        var diagnostics = Diagnostics()
        let options = FHIRReadOptions(release: .r4, validates: false)
        let bytes = Array(#"{"resourceType": "Invoice", "x": 1}"#.utf8)
        _ = try FHIRReader(options: options).read(bytes, diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
    }
}
