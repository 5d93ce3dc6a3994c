@testable import FHIR
import Foundation
import Testing
import WharfTestSupport

@Suite("FHIR definitions")
struct FHIRDefinitionsTests {
    static let specs = WharfProcess.repositoryRoot.appendingPathComponent("specs/fhir")

    @Test("the embedded copies equal specs/fhir, value for value")
    func embeddedCopiesMatch() throws {
        let onDisk = FileManager.default.enumerator(atPath: Self.specs.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".json") }.sorted() ?? []
        #expect(onDisk == EmbeddedFHIRSpecs.files.keys.sorted(), "run scripts/embed-specs.sh")
        for path in onDisk {
            let file = try Data(contentsOf: Self.specs.appendingPathComponent(path))
            let embedded = try #require(EmbeddedFHIRSpecs.files[path])
            let expected = try WharfTestSupport.JSONValue.canonical(file)
            #expect(try WharfTestSupport.JSONValue.canonical(Data(embedded.utf8)) == expected, "\(path) drifted")
        }
    }

    @Test("both releases load and resolve", arguments: FHIRRelease.allCases)
    func releasesLoad(release: FHIRRelease) {
        let definitions = FHIRDefinitions.forRelease(release)
        var expected = ["Bundle", "ChargeItem", "Device", "Invoice", "Location", "Medication", "MedicationDispense",
                        "OperationOutcome", "Organization", "Practitioner", "SupplyDelivery", "SupplyRequest"]
        if release == .r5 { expected += ["InventoryItem", "InventoryReport"] }
        #expect(definitions.supportedResourceTypes == expected.sorted())
        #expect(definitions.resourceTypes.isSuperset(of: expected))
        #expect(definitions.resourceTypes.contains("Patient"))
        #expect(definitions.dataType("Element")?.elements.map(\.name) == ["id", "extension"])
        for name in expected {
            #expect(definitions.resource(name)?.elements.first?.path == "\(name).id")
        }
    }

    @Test("facts from the official definitions")
    func facts() throws {
        let r4 = FHIRDefinitions.forRelease(.r4)
        let r5 = FHIRDefinitions.forRelease(.r5)
        #expect(r4.element("SupplyRequest.quantity")?.cardinality == "1..1")
        let item = try #require(r4.element("SupplyRequest.item[x]"))
        #expect(item.isChoice && item.types == ["CodeableConcept", "Reference"] && item.min == 1)
        #expect(item.jsonName(for: "CodeableConcept") == "itemCodeableConcept")
        #expect(r4.element("Extension.value[x]")?.jsonName(for: "dateTime") == "valueDateTime")
        #expect(r5.element("SupplyRequest.item")?.types == ["CodeableReference"])
        #expect(r4.element("Bundle.entry.link")?.contentReference == "Bundle.link")
        #expect(r4.element("Bundle.type")?.binding?.valueSet == "http://hl7.org/fhir/ValueSet/bundle-type")
        #expect(r4.valueSets["http://hl7.org/fhir/ValueSet/bundle-type"]?.codes.count == 9)
        #expect(r5.valueSets["http://hl7.org/fhir/ValueSet/bundle-type"]?.contains("subscription-notification") == true)
        #expect(r4.valueSets["http://hl7.org/fhir/ValueSet/supplyrequest-status"]?.codes
            == ["draft", "active", "suspended", "cancelled", "completed", "entered-in-error", "unknown"])
        #expect(r4.element("Invoice.status")?.min == 1)
        #expect(r4.element("Organization.alias")?.repeats == true)
        #expect(r4.element("Quantity.value")?.types == ["decimal"])
        #expect(r4.primitives["integer64"] == nil)
        #expect(r5.primitives["integer64"]?.json == .string)
        #expect(r4.primitives["positiveInt"]?.minimum == 1)
        #expect(r4.isResourceType("CatalogEntry") && !r5.isResourceType("CatalogEntry"))
        #expect(!r4.isResourceType("InventoryItem") && r5.isResourceType("InventoryItem"))
        #expect(r4.resource("Bundle")?.children(of: "Bundle.entry").map(\.name)
            == ["id", "extension", "modifierExtension", "link", "fullUrl", "resource", "search", "request", "response"])
    }

    @Test("choice values are found with their type")
    func choiceValues() throws {
        let definitions = FHIRDefinitions.forRelease(.r4)
        let document = try FHIRTestSupport.document(
            #"{"itemReference": {"reference": "Device/1"}, "occurrenceDateTime": "2024"}"#)
        #expect(definitions.choiceValue("SupplyRequest.item[x]", in: document.root)?.type == "Reference")
        #expect(definitions.choiceValue("SupplyRequest.occurrence[x]", in: document.root)?.value.string == "2024")
        #expect(definitions.choiceValue("SupplyRequest.quantity", in: document.root) == nil)
        #expect(definitions.choiceValue("SupplyRequest.nothing[x]", in: document.root) == nil)
        #expect(definitions.choiceValue("SupplyDelivery.occurrence[x]", in: document.root)?.type == "dateTime")
    }

    @Test("every bound element is a code bound to a listed value set", arguments: FHIRRelease.allCases)
    func bindings(release: FHIRRelease) {
        let definitions = FHIRDefinitions.forRelease(release)
        for structure in Array(definitions.resources.values) + Array(definitions.dataTypes.values) {
            for element in structure.elements {
                guard let binding = element.binding else { continue }
                #expect(element.types == ["code"], "\(element.path)")
                #expect(binding.isRequired)
                #expect(definitions.valueSets[binding.valueSet] != nil, "\(element.path)")
            }
        }
    }

    @Test("broken definitions are refused with the file and the problem")
    func brokenDefinitions() {
        var files = EmbeddedFHIRSpecs.files
        files["R4/datatypes.json"] = #"{"release": "R4", "datatypes": {}}"#
        #expect(throws: FHIRDefinitionsError.self) { try FHIRDefinitions(release: .r4, files: files) }
        files = EmbeddedFHIRSpecs.files
        files["R4/valuesets.json"] = nil
        do {
            _ = try FHIRDefinitions(release: .r4, files: files)
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "R4/valuesets.json")
        }
    }
}
