import Foundation
import Testing
import WharfTestSupport

/// `wharf partners list|check|test` and `wharf translate --partner` on the example partners.
@Suite struct PartnersCommandTests {
    @Test func theExamplesPassTheCheck() throws {
        let result = try WharfProcess.run(["partners", "check", "partners/"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "valid: 4 profile(s): lakeside-distributor, medsupply-vendor, mercy-or-cabinets, northwind-erp\n")
    }

    @Test("Breaking an example makes the check fail with the file and line", arguments: [
        ("medsupply-vendor/profile.yaml", "status: test", "statsu: test", "medsupply-vendor/profile.yaml:5:1 (statsu)",
         "did you mean 'status'?"),
        ("medsupply-vendor/profile.yaml", "        PO1: {maxRepeat: 999}", "        PO1: {maxRepeat: 1000000}",
         "medsupply-vendor/profile.yaml:85:15 (overlays.x12[0].loops.PO1.maxRepeat)", "widens the standard"),
        ("northwind-erp/profile.yaml", "channel: medsupply-vendor/sftp-out", "channel: medsupply-vendor/sftp-upload",
         "northwind-erp/profile.yaml:36:5 (routes[0].channel)", "has no outbound channel named 'sftp-upload'"),
        ("lakeside-distributor/xref/items.csv", "100877,LK-77310", "100877", "lakeside-distributor/xref/items.csv:3",
         "the row has 1 fields"),
    ])
    func aBrokenExampleFails(file: String, original: String, broken: String, location: String, message: String) throws {
        let folder = try TemporaryFolder("partners-check")
        defer { folder.remove() }
        let partners = try folder.copy(repositoryFolder: "partners/examples", to: "examples")
        let path = partners.appendingPathComponent(file)
        let text = try String(contentsOf: path, encoding: .utf8)
        #expect(text.contains(original))
        try Data(text.replacingOccurrences(of: original, with: broken).utf8).write(to: path)
        let result = try WharfProcess.run(["partners", "check", partners.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(location), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func listShowsEachPartner() throws {
        let result = try WharfProcess.run(["partners", "list"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("medsupply-vendor  test  MedSupply Co\n    identities: x12 ZZ:MEDSUPPLYCO\n"))
        #expect(result.stdout.contains("mercy-or-cabinets  production  Mercy OR supply cabinets"))
    }

    @Test("A dry run prints the route, the channel and the output", arguments: [
        ("medsupply-vendor", "x12/855-order-acknowledgment.edi", "routes[0] → canonical"),
        ("medsupply-vendor", "x12/856-pick-pack.edi", "routes[1] → canonical"),
        ("medsupply-vendor", "x12/810-invoice.edi", "routes[2] → canonical"),
        ("mercy-or-cabinets", "hl7v2/dft-p03-supply-charge.hl7", "routes[0] → canonical"),
        ("mercy-or-cabinets", "hl7v2/oms-o05-supply-requisition.hl7", "routes[1] → canonical"),
        ("lakeside-distributor", "csv/lakeside-order-confirmation.csv", "routes[0] → canonical"),
    ])
    func dryRun(partner: String, example: String, route: String) throws {
        let result = try WharfProcess.run(["partners", "test", partner, "examples/\(example)", "--at", "202611221200"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("partner: \(partner) ("))
        #expect(result.stdout.contains("route: \(route)\nchannel: erp-drop (directory) — dry run, nothing was sent\n"))
        let output = try #require(result.stdout.components(separatedBy: "output:\n").last)
        let name = (example as NSString).lastPathComponent.components(separatedBy: ".").first ?? example
        let failure = Goldens.check(output, against: "Tests/WharfCLITests/Goldens/partners-test-\(name).json")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func anERPOrderInFHIRBecomesAnX12OrderForTheVendor() throws {
        let result = try WharfProcess.run(["partners", "test", "northwind-erp",
                                           "Tests/FHIRMappingTests/Goldens/850-hospital-order.R4.json", "--at", "202611221200"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("input: fhir:SupplyRequest@R4\nroute: routes[0] → x12:850@004010\n"
            + "channel: medsupply-vendor/sftp-out (sftp) — dry run, nothing was sent\n"))
        let output = try #require(result.stdout.components(separatedBy: "output:\n").last)
        let failure = Goldens.check(output, against: "Tests/WharfCLITests/Goldens/partners-test-northwind-fhir-order.edi")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func anUnmappedItemUnderAFailPolicyWritesNothing() throws {
        let folder = try TemporaryFolder("partner-unmapped")
        defer { folder.remove() }
        let original = try String(contentsOf: WharfProcess.repositoryRoot
            .appendingPathComponent("examples/x12/855-order-acknowledgment.edi"), encoding: .utf8)
        let input = try folder.write(original.replacingOccurrences(of: "VN*SYR-10ML*IN*100877*UK*00614141000425",
                                                                   with: "VN*XYZ-1"), to: "855.edi")
        let result = try WharfProcess.run(["translate", input.path, "--to", "canonical", "--partner", "medsupply-vendor"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error crossref.value.unmapped /documents/0/document/lines/1/itemIdentifiers: "
            + "partner medsupply-vendor: the item (vendorPart) is not in the items table xref/items.csv"), "\(result.stderr)")
        #expect(!result.stderr.contains("XYZ-1"))
    }

    @Test func anInputFromAnUnknownSenderIsRejected() throws {
        let result = try WharfProcess.run(["partners", "test", "medsupply-vendor", "examples/x12/850-hospital-order.edi"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no partner has the sender identity x12 ZZ:MERCYHOSP; looked for it among "
            + "medsupply-vendor (x12 ZZ:MEDSUPPLYCO)"), "\(result.stderr)")
    }

    @Test func translatingForAPartnerUsesItsEnvelopeAndNeverReusesAControlNumber() async throws {
        let folder = try TemporaryFolder("partner-translate")
        defer { folder.remove() }
        let order = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "canonical"]).stdout
        let input = try folder.write(order, to: "order.json")
        let outputs = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let result = try WharfProcess.run([
                        "translate", input.path, "--to", "x12:850", "--partner", "medsupply-vendor", "--at", "202611221200",
                        "--state", folder.url.path,
                    ])
                    #expect(result.status == 0, "\(result.stderr)")
                    return result.stdout
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let controlNumbers = outputs.compactMap { output in
            output.split(separator: "~").first?.split(separator: "*", omittingEmptySubsequences: false)[safe: 13]
        }.map(String.init)
        #expect(Set(controlNumbers) == Set((1...8).map { String(format: "%09d", $0) }))
        let first = try #require(outputs.first)
        #expect(first.contains("*ZZ*MERCYHOSP      *ZZ*MEDSUPPLYCO    *261122*1200*U*00401*"))
        #expect(first.contains("*0*T*>~"))
        #expect(first.contains("GS*PO*MERCYHOSP*MEDSUPPLYCO*20261122*1200*"))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { self.indices.contains(index) ? self[index] : nil }
}
