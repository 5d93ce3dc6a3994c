import Canonical
import FHIR
import Foundation
import Testing
import WharfCore
import WharfTestSupport

@testable import FHIRMapping

/// The readers of ChargeItem, MedicationDispense (consumptions) and InventoryItem, Device, Medication (item masters).
@Suite struct FHIRConsumptionItemReaderTests {
    @Test(arguments: FHIRMappingFixtures.readableByRelease)
    func r5ToCanonicalMatchesTheGolden(name: String) throws {
        let url = WharfProcess.repositoryRoot.appendingPathComponent("Tests/FHIRMappingTests/Goldens/\(name).R5.json")
        let (read, diagnostics) = try FHIRMappingFixtures.canonical(Array(try Data(contentsOf: url)))
        #expect(diagnostics.all.filter { $0.severity == .error }.map(\.text) == [])
        let json = String(decoding: try CanonicalJSON.encode(read), as: UTF8.self)
        let failure = Goldens.check(json, against: "Tests/FHIRMappingTests/Goldens/\(name).R5.read.json")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func aChargeItemWithoutQuantityOrCodeIsReportedAtTheMissingElement() throws {
        let bundle = #"""
        {"resourceType": "Bundle", "type": "collection", "entry": [
          {"resource": {"resourceType": "ChargeItem", "status": "billable",
            "identifier": [{"system": "urn:wharf:transaction-number", "value": "T-1"}],
            "code": {"coding": [{"system": "urn:wharf:charge-code", "code": "CHG-SECRET"}], "text": "gauze"},
            "subject": {"identifier": {"system": "urn:wharf:patient", "value": "MRN-SECRET"}}}},
          {"resource": {"resourceType": "ChargeItem", "status": "billable",
            "identifier": [{"system": "urn:wharf:transaction-number", "value": "T-1"}],
            "subject": {"identifier": {"system": "urn:wharf:patient", "value": "MRN-SECRET"}},
            "quantity": {"value": 3, "code": "EA"}}},
          {"resource": {"resourceType": "ChargeItem", "status": "billable",
            "identifier": [{"system": "urn:wharf:transaction-number", "value": "T-1"}],
            "code": {"text": "tape"},
            "subject": {"identifier": {"system": "urn:wharf:patient", "value": "MRN-SECRET"}},
            "quantity": {"value": "many", "code": "EA"}}}
        ]}
        """#
        let (documents, diagnostics) = try FHIRMappingFixtures.canonical(Array(bundle.utf8))
        let missing = diagnostics.all.filter { $0.code == .fhirMappingRequiredMissing }.map { $0.location?.text ?? "" }
        #expect(missing.contains("/entry/0/resource/quantity"))
        #expect(missing.contains("/entry/1/resource/code"))
        #expect(diagnostics.all.contains {
            $0.severity == .error && $0.location == .jsonPointer("/entry/2/resource/quantity/value")
        })
        #expect(!diagnostics.all.contains { diagnostic in
            ["SECRET", "gauze", "tape", "many"].contains { diagnostic.message.contains($0) }
        })
        guard case .consumption(let consumption) = documents.first, documents.count == 1 else {
            Issue.record("no single consumption")
            return
        }
        #expect(consumption.kind == .charge && consumption.transactionNumber == "T-1")
        #expect(consumption.lines.map(\.quantity) == [Quantity(3, .each)])
        #expect(consumption.lines.first?.itemIdentifiers == [])
    }

    @Test func chargesAndDispensesWithOneNumberAreTwoConsumptions() throws {
        let bundle = #"""
        {"resourceType": "Bundle", "type": "collection", "entry": [
          {"resource": {"resourceType": "MedicationDispense", "status": "completed",
            "identifier": [{"system": "urn:wharf:transaction-number", "value": "T-2"}],
            "medicationCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc", "code": "00409488801"}]},
            "quantity": {"value": 1, "code": "VL"}, "whenHandedOver": "2026-11-21"}},
          {"resource": {"resourceType": "ChargeItem", "status": "billable",
            "identifier": [{"system": "urn:wharf:transaction-number", "value": "T-2"}],
            "code": {"coding": [{"system": "urn:wharf:charge-code", "code": "C1"}]},
            "subject": {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
                                       "valueCode": "unknown"}]},
            "account": [{"identifier": {"system": "urn:wharf:account", "value": "A-1"}}],
            "quantity": {"value": 2, "code": "EA"}, "priceOverride": {"value": 10.10, "currency": "USD"}}},
          {"resource": {"resourceType": "MedicationDispense", "status": "completed",
            "identifier": [{"system": "urn:wharf:transaction-number", "value": "T-2"}],
            "medicationCodeableConcept": {"text": "saline"},
            "quantity": {"value": 4, "code": "VL"}, "whenHandedOver": "2026-11-22"}}
        ]}
        """#
        let (documents, diagnostics) = try FHIRMappingFixtures.canonical(Array(bundle.utf8))
        #expect(diagnostics.all.filter { $0.severity == .error }.map(\.text) == [])
        guard documents.count == 2, case .consumption(let dispense) = documents[0],
              case .consumption(let charge) = documents[1] else {
            Issue.record("expected a dispense and a charge")
            return
        }
        #expect(dispense.kind == .dispense && charge.kind == .charge)
        #expect(dispense.date == nil)
        #expect(dispense.lines.map(\.date) == [try CanonicalDate(year: 2026, month: 11, day: 21),
                                               try CanonicalDate(year: 2026, month: 11, day: 22)])
        #expect(dispense.lines.first?.itemIdentifiers == [ItemIdentifier(kind: .ndc, value: "00409488801")])
        #expect(charge.patient == PatientReference(accountNumber: "A-1"))
        #expect(charge.lines.first?.amount == Money(Decimal(string: "10.10", locale: nil)!, CurrencyCode(rawValue: "USD")))
    }

    @Test func anInventoryItemWithoutWharfExtensionsUsesItsOwnElements() throws {
        let resource = #"""
        {"resourceType": "InventoryItem", "status": "inactive",
         "code": [{"coding": [{"system": "https://www.gs1.org/gtin", "code": "00614141000418"}]},
                  {"coding": [{"system": "urn:wharf:vendor-part", "code": "V-1"}], "text": "gloves"}],
         "baseUnit": {"coding": [{"system": "urn:wharf:unit-of-measure", "code": "BX"}]}}
        """#
        let (documents, diagnostics) = try FHIRMappingFixtures.canonical(Array(resource.utf8))
        #expect(diagnostics.all.filter { $0.severity == .error }.map(\.text) == [])
        guard case .itemMaster(let master) = documents.first else {
            Issue.record("no item master")
            return
        }
        #expect(master.items == [ItemMasterItem(
            identifiers: [ItemIdentifier(kind: .gtin, value: "00614141000418"), ItemIdentifier(kind: .vendorPart, value: "V-1")],
            description: nil, status: .inactive, baseUnit: .box)])
    }

    @Test func aDeviceWithoutTypeIsReportedAtTheMissingElement() throws {
        let bundle = #"""
        {"resourceType": "Bundle", "type": "collection", "identifier": {"system": "urn:wharf:catalog-number",
          "value": "CAT-1"}, "entry": [
          {"resource": {"resourceType": "Device", "status": "active"}},
          {"resource": {"resourceType": "Medication",
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc", "code": "00409488801"}], "text": "heparin"}}}
        ]}
        """#
        let (documents, diagnostics) = try FHIRMappingFixtures.canonical(Array(bundle.utf8))
        #expect(diagnostics.all.contains {
            $0.code == .fhirMappingRequiredMissing && $0.location == .jsonPointer("/entry/0/resource/type")
        })
        guard case .itemMaster(let master) = documents.first, documents.count == 1 else {
            Issue.record("no single item master")
            return
        }
        #expect(master.catalogNumber == "CAT-1")
        #expect(master.items.map(\.status) == [.active, nil])
        #expect(master.items.last?.description == "heparin")
    }
}
