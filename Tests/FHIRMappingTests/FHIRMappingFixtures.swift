import Canonical
import FHIR
import Foundation
import WharfCore
import WharfTestSupport

@testable import FHIRMapping

/// The canonical fixtures (copied from the X12 and HL7 v2 mapping goldens) and helpers shared by the FHIR mapping
/// tests.
enum FHIRMappingFixtures {
    /// Every fixture, by file name without `.json`.
    static let all = ["850-hospital-order", "850-complete-order", "oms-o05-supply-requisition", "856-pick-pack",
                      "810-invoice", "810-complete-invoice", "dft-p03-supply-charge", "rds-o13-dispense",
                      "mfn-m16-item-master"]
    /// The fixtures whose documents FHIRMapping reads back (orders, ship notices, invoices, consumptions, item
    /// masters).
    static let readable = ["850-hospital-order", "850-complete-order", "oms-o05-supply-requisition", "856-pick-pack",
                           "810-invoice", "810-complete-invoice", "dft-p03-supply-charge", "rds-o13-dispense",
                           "mfn-m16-item-master"]
    /// The readable fixtures whose R5 resources differ from R4 in what the reader sees (ChargeItem amount,
    /// MedicationDispense medication, InventoryItem for Device/Medication): they also have an R5 read golden.
    static let readableByRelease = ["dft-p03-supply-charge", "rds-o13-dispense", "mfn-m16-item-master"]

    /// The documents of a fixture.
    static func documents(_ name: String) throws -> [CanonicalDocument] {
        let url = WharfProcess.repositoryRoot.appendingPathComponent("Tests/FHIRMappingTests/Fixtures/\(name).json")
        return try CanonicalJSON.decode(Array(try Data(contentsOf: url)))
    }

    /// The FHIR JSON of documents.
    static func fhir(_ documents: [CanonicalDocument], _ release: FHIRRelease) throws -> [UInt8] {
        var diagnostics = Diagnostics()
        return try FHIRCanonicalSerializer(release: release)
            .serialize(documents, context: TranslationContext(), diagnostics: &diagnostics).bytes
    }

    /// The canonical documents of FHIR JSON, with the diagnostics.
    static func canonical(_ bytes: [UInt8]) throws -> ([CanonicalDocument], Diagnostics) {
        var diagnostics = Diagnostics()
        let documents = try FHIRCanonicalParser()
            .parse(Payload(bytes: bytes), context: TranslationContext(), diagnostics: &diagnostics)
        return (documents, diagnostics)
    }
}
