import Foundation
import Logging
import Partners
@testable import Pipeline
import Testing
import TransportHTTP
import WharfCore
import WharfTestSupport

/// Which channel an intake request lands on, with which credentials, from the partners' profiles.
@Suite struct HTTPIntakeChannelsTests {
    static let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    /// Partners `acme` (two HTTP channels: the first with a token from `tokenFile`, the second open on `/open`),
    /// `globex` (basic, password from the environment) and `initech` (folders only).
    static func partners(_ folder: TemporaryFolder, tokenFile: String) throws -> PartnerDirectory {
        _ = try folder.write(tokenFile, to: "partners/acme/token.txt")
        let profiles = [
            "acme": """
                inbound:
                    - name: secured
                      transport: http
                      http: {path: /acme/secured, auth: {bearer: {file: token.txt}}}
                    - name: open
                      transport: http
                      http: {path: /open}
                """,
            "globex": """
                inbound:
                    - name: edi-in
                      transport: http
                      http: {path: /globex, auth: {basic: {user: globex, password: {env: GLOBEX_PASSWORD}}}}
                """,
            "initech": """
                inbound:
                    - name: drop
                      transport: directory
                      directory: {path: in}
                """,
        ]
        for (id, inbound) in profiles {
            _ = try folder.write("""
                id: \(id)
                name: \(id)
                status: test
                identities:
                  x12:
                    - {qualifier: ZZ, id: \(id.uppercased())}
                channels:
                  \(inbound.replacingOccurrences(of: "\n", with: "\n  "))
                """, to: "partners/\(id)/profile.yaml")
        }
        var diagnostics = Diagnostics()
        let directory = PartnerDirectory.load(folder.url.appendingPathComponent("partners"), into: &diagnostics)
        #expect(diagnostics.all.map(\.text) == [])
        return directory
    }

    @Test func eachChannelIsServedOnItsPathAndThePartnersAddressIsItsFirstChannels() throws {
        let folder = try TemporaryFolder("intake-channels")
        defer { folder.remove() }
        let channels = HTTPIntakeChannels(
            partners: try Self.partners(folder, tokenFile: "t0ken\n"), openFallback: true,
            secrets: SecretResolver(environment: ["GLOBEX_PASSWORD": "pw"]), logger: Self.quiet)
        let secured = IntakeChannel(partner: "acme", name: "secured", credentials: .bearer(token: "t0ken"))
        #expect(channels.channel(.partner("acme")) == secured)
        #expect(channels.channel(.path("/acme/secured")) == secured)
        #expect(channels.channel(.path("/open")) == IntakeChannel(partner: "acme", name: "open", credentials: .none))
        #expect(channels.channel(.partner("globex"))?.credentials == .basic(user: "globex", password: "pw"))
        #expect(channels.channel(.partner("initech")) == IntakeChannel(partner: "initech", name: "http-in",
                                                                        credentials: .none), "the local fallback")
        #expect(channels.channel(.path("/acme/secured/")) == nil)
        #expect(channels.channel(.partner("hooli")) == nil)
    }

    @Test func aChannelWhoseSecretCannotBeReadIsNotServedAndItsAddressFallsToNoOther() throws {
        let folder = try TemporaryFolder("intake-channels-empty")
        defer { folder.remove() }
        // An empty token file and a missing environment variable.
        let channels = HTTPIntakeChannels(partners: try Self.partners(folder, tokenFile: " \n"), openFallback: true,
                                          secrets: SecretResolver(environment: [:]), logger: Self.quiet)
        #expect(channels.channel(.partner("acme")) == nil, "never the open second channel instead")
        #expect(channels.channel(.path("/acme/secured")) == nil)
        #expect(channels.channel(.path("/open")) != nil)
        #expect(channels.channel(.partner("globex")) == nil)
        #expect(channels.channel(.partner("initech")) != nil)
    }

    @Test func withoutTheOpenFallbackOnlyPartnersOwnChannelsAreServed() throws {
        let folder = try TemporaryFolder("intake-channels-closed")
        defer { folder.remove() }
        let channels = HTTPIntakeChannels(partners: try Self.partners(folder, tokenFile: "t0ken"), openFallback: false,
                                          secrets: SecretResolver(environment: ["GLOBEX_PASSWORD": "pw"]),
                                          logger: Self.quiet)
        #expect(channels.channel(.partner("initech")) == nil)
        #expect(channels.channel(.partner("acme"))?.name == "secured")
    }

    @Test func credentialsNeverPrintTheirSecret() {
        #expect("\(IntakeCredentials.bearer(token: "t0ken"))" == "bearer (redacted)")
        #expect("\(IntakeCredentials.basic(user: "globex", password: "pw"))" == "basic globex (redacted)")
    }
}
