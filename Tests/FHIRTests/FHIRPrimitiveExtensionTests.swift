import FHIR
import Testing
import WharfCore

@Suite("FHIR primitive extensions")
struct FHIRPrimitiveExtensionTests {
    static let ext = #"{"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason", "#
        + #""valueCode": "unknown"}]}"#

    @Test("a primitive extension stands in for a required value")
    func extensionInsteadOfValue() throws {
        let json = #"{"resourceType": "Invoice", "_status": \#(Self.ext)}"#
        #expect(try FHIRTestSupport.validate(json).isEmpty)
    }

    @Test("value and extension side by side")
    func valueAndExtension() throws {
        let json = #"{"resourceType": "Invoice", "status": "draft", "_status": {"id": "s1", "#
            + #""extension": [{"url": "http://example.org/x", "valueString": "y"}]}}"#
        #expect(try FHIRTestSupport.validate(json).isEmpty)
    }

    @Test("aligned arrays with nulls where one side is absent")
    func alignedArrays() throws {
        let json = #"{"resourceType": "Organization", "alias": ["A", null, "C"], "#
            + #""_alias": [null, \#(Self.ext), \#(Self.ext)]}"#
        #expect(try FHIRTestSupport.validate(json).isEmpty)
    }

    @Test("extensions alone for a repeating element")
    func extensionsAlone() throws {
        let json = #"{"resourceType": "Organization", "_alias": [\#(Self.ext)]}"#
        #expect(try FHIRTestSupport.validate(json).isEmpty)
    }

    @Test("misaligned extensions are located", arguments: [
        (#"{"resourceType": "Organization", "alias": ["A", "B"], "_alias": [null]}"#,
         ["fhir.extension.misaligned /_alias"]),
        (#"{"resourceType": "Organization", "alias": ["A", null], "_alias": [null, null]}"#,
         ["fhir.value.null /alias/1", "fhir.extension.misaligned /_alias/1"]),
        (#"{"resourceType": "Organization", "alias": ["A"], "_alias": \#(ext)}"#,
         ["fhir.extension.misaligned /_alias"]),
        (#"{"resourceType": "Invoice", "status": "draft", "_status": [\#(ext)]}"#,
         ["fhir.extension.misaligned /_status"]),
        (#"{"resourceType": "Invoice", "status": "draft", "_status": "x"}"#, ["fhir.element.type /_status"]),
        (#"{"resourceType": "Invoice", "status": "draft", "_recipient": \#(ext)}"#,
         ["fhir.extension.misaligned /_recipient"]),
        (#"{"resourceType": "Invoice", "status": "draft", "_nothing": \#(ext)}"#, ["fhir.element.unknown /_nothing"]),
        (#"{"resourceType": "Invoice", "status": "draft", "_status": {"extension": [{"valueString": "x"}]}}"#,
         ["fhir.element.required-missing /_status/extension/0"]),
        (#"{"resourceType": "Invoice", "status": "draft", "_status": {"color": "red"}}"#,
         ["fhir.element.unknown /_status/color"]),
    ])
    func misaligned(json: String, expected: [String]) throws {
        #expect(FHIRTestSupport.summary(try FHIRTestSupport.validate(json)) == expected)
    }

    @Test("a choice type's primitive extension counts as the same choice")
    func choiceExtension() throws {
        let json = #"{"resourceType": "SupplyDelivery", "occurrenceDateTime": "2024", "#
            + #""_occurrenceDateTime": \#(Self.ext)}"#
        #expect(try FHIRTestSupport.validate(json).isEmpty)
        let two = #"{"resourceType": "SupplyDelivery", "occurrenceDateTime": "2024", "#
            + #""_occurrencePeriod": \#(Self.ext)}"#
        #expect(FHIRTestSupport.summary(try FHIRTestSupport.validate(two))
            == ["fhir.choice.multiple /_occurrencePeriod", "fhir.extension.misaligned /_occurrencePeriod"])
    }
}
