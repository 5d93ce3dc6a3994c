import Canonical
import FHIR
import Foundation
import Testing
import WharfCore
import WharfTestSupport

@testable import FHIRMapping

@Suite struct FHIRSerializerTests {
    static let cases = FHIRMappingFixtures.all.flatMap { name in FHIRRelease.allCases.map { (name, $0) } }

    @Test(arguments: Self.cases)
    func canonicalToFHIRMatchesTheGolden(name: String, release: FHIRRelease) throws {
        let bytes = try FHIRMappingFixtures.fhir(try FHIRMappingFixtures.documents(name), release)
        let failure = Goldens.check(String(decoding: bytes, as: UTF8.self),
                                    against: "Tests/FHIRMappingTests/Goldens/\(name).\(release).json")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test(arguments: Self.cases)
    func theBundleIsValidFHIR(name: String, release: FHIRRelease) throws {
        let bytes = try FHIRMappingFixtures.fhir(try FHIRMappingFixtures.documents(name), release)
        var diagnostics = Diagnostics()
        FHIRValidator(release: release).validate(try JSONReader().read(bytes), diagnostics: &diagnostics)
        #expect(diagnostics.all.filter { $0.severity == .error }.map(\.text) == [])
    }

    @Test func theSameDocumentsGiveTheSameBytesAndOnePartyIsOneEntry() throws {
        let documents = try FHIRMappingFixtures.documents("850-hospital-order")
        let first = try FHIRMappingFixtures.fhir(documents, .r4)
        #expect(first == (try FHIRMappingFixtures.fhir(documents, .r4)))
        let bundle = try JSONReader().read(first).root
        let types = bundle["entry"]!.children.compactMap { $0["resource"]?["resourceType"]?.string }
        #expect(types.filter { $0 == "SupplyRequest" }.count == 3)
        #expect(types.filter { $0 == "Organization" }.count == 2)
        #expect(types.filter { $0 == "Location" }.count == 1)
        let urls = bundle["entry"]!.children.compactMap { $0["fullUrl"]?.string }
        #expect(urls.allSatisfy { $0.hasPrefix("urn:uuid:") } && Set(urls).count == urls.count)
    }

    @Test func anOrderIsOneSupplyRequestPerLineGroupedByThePONumber() throws {
        let bytes = try FHIRMappingFixtures.fhir(try FHIRMappingFixtures.documents("850-hospital-order"), .r5)
        let bundle = try JSONReader().read(bytes).root
        let requests = bundle["entry"]!.children.compactMap { $0["resource"] }
            .filter { $0["resourceType"]?.string == "SupplyRequest" }
        for request in requests {
            #expect(request["identifier"]?[0]?["value"]?.string == "PO-88231")
            #expect(request["identifier"]?[0]?["type"]?["coding"]?[0]?["code"]?.string == "PGN")
            #expect(request["item"]?["concept"] != nil)
            #expect(request["itemCodeableConcept"] == nil)
        }
        #expect(requests[2]["quantity"]?["value"]?.numberText == "2")
        let unitPrice = requests[2]["extension"]!.children.first { $0["url"]?.string == WharfExtension.unitPrice }
        #expect(unitPrice?["extension"]?[0]?["valueMoney"]?["value"]?.numberText == "310.25")
        let systems = requests[0]["item"]?["concept"]?["coding"]?.children.compactMap { $0["system"]?.string }
        #expect(systems == [FHIRSystem.vendorPart, FHIRSystem.buyerPart, FHIRSystem.gtin])
    }

    @Test func invoiceMoneyAddsUpExactly() throws {
        for release in FHIRRelease.allCases {
            let bytes = try FHIRMappingFixtures.fhir(try FHIRMappingFixtures.documents("810-invoice"), release)
            let bundle = try JSONReader().read(bytes).root
            let invoice = bundle["entry"]!.children.compactMap { $0["resource"] }
                .first { $0["resourceType"]?.string == "Invoice" }!
            let components = invoice["totalPriceComponent"]!.children.map {
                Decimal(string: $0["amount"]!["value"]!.numberText!, locale: nil)!
            }
            let lines = invoice["lineItem"]!.children.map {
                Decimal(string: $0["priceComponent"]![0]!["amount"]!["value"]!.numberText!, locale: nil)!
            }
            #expect(invoice["totalGross"]?["value"]?.numberText == "897.24")
            #expect(invoice["totalNet"]?["value"]?.numberText == "830")
            #expect(components.reduce(0, +) == Decimal(string: "897.24", locale: nil))
            #expect(lines.reduce(0, +) == components[0])
            #expect(lines == [Decimal(455), Decimal(360)])
        }
    }

    @Test func anOrderResponseIsNotWritten() throws {
        let documents = try FHIRMappingFixtures.documents("855-order-acknowledgment")
        #expect(throws: TranslationError.self) { try FHIRMappingFixtures.fhir(documents, .r4) }
    }

    @Test func nameBasedUUIDsFollowRFC9562() {
        // RFC 9562 appendix A.4: the version 5 UUID of "www.example.com" in the DNS namespace.
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30,
                            0xc8]
        #expect(NameBasedUUID(name: "www.example.com", namespace: dns).description
            == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }
}
