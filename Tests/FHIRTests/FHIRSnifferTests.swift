import FHIR
import Testing
import WharfCore

@Suite("FHIR sniffer")
struct FHIRSnifferTests {
    static func sniff(_ text: String, sniffer: FHIRSniffer = FHIRSniffer()) throws -> [Envelope]? {
        try sniffer.sniff(Payload(bytes: Array(text.utf8)))
    }

    @Test("FHIR JSON gives fhir:<type>@<release>", arguments: [
        (#"{"resourceType": "SupplyRequest", "id": "po-1"}"#, "fhir:SupplyRequest@R4", "po-1"),
        (#"{"meta": {"profile": ["http://hl7.org/fhir/StructureDefinition/SupplyRequest|5.0.0"]}, "#
            + #""resourceType": "SupplyRequest"}"#, "fhir:SupplyRequest@R5", nil),
        (#"{"resourceType": "InventoryReport"}"#, "fhir:InventoryReport@R5", nil),
        (#"{"resourceType": "Bundle", "identifier": {"value": "B-1"}, "id": "x", "#
            + #""entry": [{"resource": {"resourceType": "InventoryItem"}}]}"#, "fhir:InventoryItem@R5", "B-1"),
        (#"{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Organization"}}, "#
            + #"{"resource": {"resourceType": "SupplyRequest"}}]}"#, "fhir:SupplyRequest@R4", nil),
        (#"{"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Patient"}}]}"#, "fhir:Bundle@R4", nil),
        (#"{"resourceType": "Device", "meta": {"profile": ["http://hl7.org/fhir/R4/StructureDefinition/Device"]}}"#,
         "fhir:Device@R4", nil),
        ("\u{FEFF}\n  {\"resourceType\": \"Patient\"}", "fhir:Patient@R4", nil),
    ])
    func recognized(text: String, format: String, control: String?) throws {
        let envelope = try #require(try Self.sniff(text)?.first)
        #expect(envelope.format.description == format)
        #expect(envelope.controlNumbers.message == control)
    }

    @Test("the default release is an option")
    func defaultRelease() throws {
        let envelope = try Self.sniff(#"{"resourceType": "Invoice"}"#, sniffer: FHIRSniffer(defaultRelease: .r5))
        #expect(envelope?.first?.format == FormatID(family: .fhir, messageType: "Invoice", version: "R5"))
    }

    @Test("other inputs are not FHIR", arguments: [
        "ISA*00*          *00*          *ZZ*SENDER~", "MSH|^~\\&|A|B", #"{"canonicalVersion": 1, "documents": []}"#,
        #"[{"resourceType": "Bundle"}]"#, "", "   ", "id,qty\n1,2",
    ])
    func notFHIR(text: String) throws {
        #expect(try Self.sniff(text) == nil)
    }

    @Test("broken FHIR JSON throws a located error")
    func broken() {
        #expect {
            _ = try Self.sniff("{\"resourceType\": \"Bundle\",\n \"entry\": [}")
        } throws: { error in
            guard let error = error as? TranslationError else { return false }
            return error.code == .fhirJSONSyntax && error.location == .jsonPointer("/entry")
        }
        #expect {
            _ = try Self.sniff(#"{"resourceType": 7}"#)
        } throws: { error in
            (error as? TranslationError)?.code == .fhirResourceTypeMissing
        }
    }

    @Test("a registry finds FHIR among other sniffers")
    func registry() throws {
        var registry = FormatRegistry()
        registry.register(sniffer: FHIRSniffer())
        let envelopes = try registry.sniff(Payload(bytes: Array(#"{"resourceType": "SupplyDelivery"}"#.utf8)))
        #expect(envelopes.first?.format.family == .fhir)
    }
}
