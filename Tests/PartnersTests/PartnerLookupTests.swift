import Foundation
import Testing
import WharfCore
import WharfTestSupport

@testable import Partners

/// Tying an input to a partner by its envelope's sender.
@Suite struct PartnerLookupTests {
    static func directory() -> PartnerDirectory {
        var diagnostics = Diagnostics()
        return PartnerDirectory.load(WharfProcess.repositoryRoot.appendingPathComponent("partners"), into: &diagnostics)
    }

    static func envelope(_ family: FormatFamily, _ qualifier: String, _ id: String) -> Envelope {
        Envelope(format: FormatID(family: family, messageType: "855"), sender: PartyIdentity(qualifier: qualifier, id: id),
                 receiver: nil, controlNumbers: ControlNumbers())
    }

    @Test func aKnownSenderIsItsPartner() throws {
        let found = try Self.directory().sender(of: Self.envelope(.x12, "ZZ", "MEDSUPPLYCO")).get()
        #expect(found.id == "medsupply-vendor")
        let cabinets = try Self.directory().sender(of: Self.envelope(.hl7v2, "MERCY", "ORCAB")).get()
        #expect(cabinets.id == "mercy-or-cabinets")
    }

    @Test func anUnknownSenderNamesTheIdentitiesLookedFor() throws {
        let result = Self.directory().sender(of: Self.envelope(.x12, "01", "123456789"))
        guard case .failure(let error) = result else {
            Issue.record("an unknown sender was accepted")
            return
        }
        #expect(error.diagnostic.code == .partnerUnknownSender)
        #expect(error.diagnostic.message.contains("no partner has the sender identity x12 01:123456789"))
        #expect(error.diagnostic.message.contains("medsupply-vendor (x12 ZZ:MEDSUPPLYCO)"))
    }

    @Test func twoPartnersCannotClaimOneIdentity() throws {
        let folder = try TemporaryFolder("partners")
        defer { folder.remove() }
        try folder.write(ProfileLoadingTests.minimal, to: "acme/profile.yaml")
        try folder.write(ProfileLoadingTests.minimal.replacingOccurrences(of: "id: acme\n", with: "id: acme-two\n"),
                         to: "acme-two/profile.yaml")
        var diagnostics = Diagnostics()
        _ = PartnerDirectory.load(folder.url, into: &diagnostics)
        #expect(diagnostics.all.map(\.code) == [.profileIdentityDuplicate])
        #expect(diagnostics.all.first?.message.contains("partners acme and acme-two both claim the identity x12 ZZ:ACME") == true)
    }
}
