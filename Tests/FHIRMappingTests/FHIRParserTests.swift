import Canonical
import FHIR
import Foundation
import Testing
import WharfCore
import WharfTestSupport

@testable import FHIRMapping

@Suite struct FHIRParserTests {
    static let roundTrips = FHIRMappingFixtures.readable.flatMap { name in FHIRRelease.allCases.map { (name, $0) } }

    @Test(arguments: Self.roundTrips)
    func canonicalToFHIRToCanonicalKeepsEveryCarriedField(name: String, release: FHIRRelease) throws {
        let documents = try FHIRMappingFixtures.documents(name)
        let (read, diagnostics) = try FHIRMappingFixtures.canonical(try FHIRMappingFixtures.fhir(documents, release))
        #expect(diagnostics.all.filter { $0.severity == .error }.map(\.text) == [])
        #expect(read == documents.map { FHIRCarriedFields.carried($0, release: release) })
    }

    @Test(arguments: FHIRMappingFixtures.readable)
    func fhirToCanonicalMatchesTheGolden(name: String) throws {
        let url = WharfProcess.repositoryRoot.appendingPathComponent("Tests/FHIRMappingTests/Goldens/\(name).R4.json")
        let (read, _) = try FHIRMappingFixtures.canonical(Array(try Data(contentsOf: url)))
        let json = String(decoding: try CanonicalJSON.encode(read), as: UTF8.self)
        let failure = Goldens.check(json, against: "Tests/FHIRMappingTests/Goldens/\(name).read.json")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func everyOrderLineKeepsQuantityUnitPriceAndIdentifiers() throws {
        for name in ["850-hospital-order", "850-complete-order"] {
            guard case .order(let order) = try FHIRMappingFixtures.documents(name)[0] else { return }
            for release in FHIRRelease.allCases {
                let (read, _) = try FHIRMappingFixtures.canonical(try FHIRMappingFixtures.fhir([.order(order)], release))
                guard case .order(let back) = read.first else {
                    Issue.record("no order read back")
                    return
                }
                #expect(back.orderNumber == order.orderNumber)
                #expect(back.lines.map(\.lineNumber) == order.lines.map(\.lineNumber))
                #expect(back.lines.map(\.quantity) == order.lines.map(\.quantity))
                #expect(back.lines.map(\.price) == order.lines.map(\.price))
                #expect(back.lines.map(\.itemIdentifiers) == order.lines.map(\.itemIdentifiers))
            }
        }
    }

    @Test func aBadQuantityIsReportedAtItsExactPointer() throws {
        let bundle = #"""
        {"resourceType": "Bundle", "type": "collection", "entry": [
          {"fullUrl": "urn:uuid:5b1c6a4e-0000-5000-8000-000000000001", "resource": {"resourceType": "Organization",
            "name": "Acme"}},
          {"resource": {"resourceType": "SupplyRequest", "status": "active",
            "identifier": [{"system": "urn:wharf:order-number", "value": "PO-1"}],
            "itemCodeableConcept": {"coding": [{"system": "https://www.gs1.org/gtin", "code": "00614141000418"}]},
            "quantity": {"value": "ten", "code": "BX"}}},
          {"resource": {"resourceType": "SupplyRequest", "status": "active",
            "identifier": [{"system": "urn:wharf:order-number", "value": "PO-1"}],
            "itemCodeableConcept": {"text": "gloves"}}}
        ]}
        """#
        let (documents, diagnostics) = try FHIRMappingFixtures.canonical(Array(bundle.utf8))
        let pointers = diagnostics.all.filter { $0.severity == .error }.map { $0.location?.text ?? "" }
        #expect(pointers.contains("/entry/1/resource/quantity/value"))
        #expect(diagnostics.all.contains {
            $0.code == .fhirMappingRequiredMissing && $0.location == .jsonPointer("/entry/2/resource")
        })
        #expect(!diagnostics.all.contains { $0.message.contains("ten") || $0.message.contains("gloves") })
        guard case .order(let order) = documents.first else {
            Issue.record("no order")
            return
        }
        #expect(order.orderNumber == "PO-1" && order.lines.isEmpty)
    }

    @Test func aSingleResourceWithAContainedSupplierIsRead() throws {
        let resource = #"""
        {"resourceType": "SupplyRequest", "status": "active",
         "contained": [{"resourceType": "Organization", "id": "s1", "name": "MedSupply",
                        "identifier": [{"system": "https://www.gs1.org/gln", "value": "0614141000036"}]}],
         "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                               "code": "PGN"}]}, "value": "PO-9"}],
         "itemCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc", "code": "00409488801"}]},
         "quantity": {"value": 1.50, "system": "http://unitsofmeasure.org", "code": "{box}"},
         "authoredOn": "2026-11-20",
         "supplier": [{"reference": "#s1"}]}
        """#
        let (documents, diagnostics) = try FHIRMappingFixtures.canonical(Array(resource.utf8))
        #expect(diagnostics.all.filter { $0.severity == .error }.map(\.text) == [])
        guard case .order(let order) = documents.first else {
            Issue.record("no order")
            return
        }
        #expect(order.orderNumber == "PO-9")
        #expect(order.orderDate == (try CanonicalDate(year: 2026, month: 11, day: 20)))
        #expect(order.parties == [Party(role: .seller, name: "MedSupply",
                                        identifiers: [PartyIdentifier(system: .gln, value: "0614141000036")])])
        #expect(order.lines.first?.quantity == Quantity(Decimal(string: "1.50", locale: nil)!, .box))
        #expect(order.lines.first?.itemIdentifiers == [ItemIdentifier(kind: .ndc, value: "00409488801")])
    }
}
