import Foundation
import Testing
import WharfCore
import WharfTestSupport

@testable import Partners

/// Loading profiles: the examples are valid; each kind of mistake is reported at its file, line, column and key
/// path, all at once.
@Suite struct ProfileLoadingTests {
    static let minimal = """
        id: acme
        name: Acme
        status: test
        identities:
          x12:
            - {qualifier: ZZ, id: ACME}
        channels:
          outbound:
            - name: drop
              transport: directory
              directory: {path: out}
        routes:
          - match: {format: x12, messageType: "855"}
            output: {format: canonical}
            channel: drop

        """

    /// Loads `yaml` as `partners/acme/profile.yaml` (plus `files`) from a temporary folder.
    static func load(_ yaml: String, files: [String: String] = [:]) throws -> (PartnerProfile?, [Diagnostic]) {
        let folder = try TemporaryFolder("profile")
        defer { folder.remove() }
        let url = try folder.write(yaml, to: "acme/profile.yaml")
        for (path, text) in files { try folder.write(text, to: "acme/\(path)") }
        var diagnostics = Diagnostics()
        let profile = ProfileLoader().load(url, into: &diagnostics)
        return (profile, diagnostics.all)
    }

    static func location(_ diagnostic: Diagnostic) -> ProfileLocation? {
        if case .profile(let location) = diagnostic.location { return location }
        return nil
    }

    @Test func theExamplesAreValid() throws {
        var diagnostics = Diagnostics()
        let directory = PartnerDirectory.load(WharfProcess.repositoryRoot.appendingPathComponent("partners"),
                                              into: &diagnostics)
        #expect(diagnostics.all.map(\.text) == [])
        #expect(directory.profiles.map(\.id) == ["lakeside-distributor", "medsupply-vendor", "mercy-or-cabinets",
                                                 "northwind-erp"])
        let vendor = try #require(directory.profile("medsupply-vendor"))
        #expect(vendor.acknowledgments.expected == [.init(type: "997", within: .seconds(86400)),
                                                    .init(type: "855", within: .seconds(172_800))])
        #expect(vendor.crossReference(.items)?.rows.count == 3)
        guard case .sftp(let sftp) = vendor.inbound.first?.transport else {
            Issue.record("the vendor's inbound channel is not SFTP")
            return
        }
        #expect(sftp.passphrase == .environment("MEDSUPPLY_KEY_PASSPHRASE"))
        #expect(sftp.pollInterval == .seconds(60))
        #expect(sftp.maxFilesPerPoll == 100)
        #expect(sftp.keepAlive == .seconds(20))
        guard case .sftp(let upload) = vendor.outbound.first?.transport else { return }
        #expect(upload.keepAlive == .seconds(30), "the default")
    }

    @Test func aMinimalProfileResolves() throws {
        let (profile, diagnostics) = try Self.load(Self.minimal)
        #expect(diagnostics.isEmpty)
        let resolved = try #require(profile)
        #expect(resolved.identities == [.x12(qualifier: "ZZ", id: "ACME", applicationIDs: [])])
        #expect(resolved.routes.routes.first?.output.target == "canonical")
        #expect(resolved.acknowledgments.x12 == "997")
    }

    @Test("A misspelt key is located and the closest key suggested", arguments: [
        ("status: test", "statuss: test", 3, "statuss", "'status'"),
        ("directory: {path: out}", "directroy: {path: out}", 11, "channels.outbound[0].directroy", "'directory'"),
    ])
    func misspeltKey(original: String, misspelt: String, line: Int, keyPath: String, suggestion: String) throws {
        let (profile, diagnostics) = try Self.load(Self.minimal.replacingOccurrences(of: original, with: misspelt))
        #expect(profile == nil)
        let unknown = try #require(diagnostics.first { $0.code == .profileKeyUnknown })
        let location = try #require(Self.location(unknown))
        #expect(location.path.hasSuffix("acme/profile.yaml"))
        #expect(location.line == line)
        #expect(location.keyPath == keyPath)
        #expect(unknown.message.contains("did you mean \(suggestion)?"))
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let yaml = Self.minimal
            .replacingOccurrences(of: "status: test", with: "status: testing")
            .replacingOccurrences(of: "id: ACME}", with: "id: ACME, qualifer: ZZ}")
            .replacingOccurrences(of: "transport: directory", with: "transport: ftp")
        let (profile, diagnostics) = try Self.load(yaml)
        #expect(profile == nil)
        #expect(diagnostics.map(\.code) == [.profileValueNotAllowed, .profileKeyUnknown, .profileValueNotAllowed])
        #expect(diagnostics.compactMap { Self.location($0)?.line } == [3, 6, 10])
        #expect(diagnostics[0].message.contains("did you mean 'test'?"))
    }

    @Test func anInlineSecretIsRefusedWithoutRepeatingIt() throws {
        let yaml = Self.minimal.replacingOccurrences(of: "directory: {path: out}", with: """
            directory: {path: out}
                - name: push
                  transport: http
                  http: {url: "https://example.org/in", auth: {bearer: s3cr3t-t0ken}}
            """)
        let (_, diagnostics) = try Self.load(yaml)
        let problem = try #require(diagnostics.first)
        #expect(problem.code == .profileValueType)
        #expect(Self.location(problem)?.keyPath == "channels.outbound[1].http.auth.bearer")
        #expect(Self.location(problem)?.line == 14)
        #expect(problem.message.contains("{env: NAME} or {file: PATH}"))
        #expect(!diagnostics.contains { $0.message.contains("s3cr3t") })
    }

    @Test func anInboundHTTPChannelTakesBearerOrBasicAndAPathOfItsOwn() throws {
        let yaml = Self.minimal.replacingOccurrences(of: "channels:\n", with: """
            channels:
              inbound:
                - name: fhir-in
                  transport: http
                  http:
                    path: /v1/inbound/acme
                    auth:
                      oauth2: {tokenURL: "https://login.example/token", clientID: wharf, clientSecret: {env: S}}

            """)
        let (profile, diagnostics) = try Self.load(yaml)
        #expect(profile == nil)
        #expect(diagnostics.map(\.code) == [.profileChannelInvalid, .profileChannelInvalid])
        #expect(diagnostics.compactMap { Self.location($0)?.keyPath }
            == ["channels.inbound[0].http.auth.oauth2", "channels.inbound[0].http.path"])
        #expect(diagnostics[0].message.contains("use bearer or basic"))
        #expect(diagnostics[1].message.contains("is Wharf's own"))
    }

    @Test func aKeepAliveUnderASecondIsRefused() throws {
        let yaml = Self.minimal.replacingOccurrences(of: "channels:\n", with: """
            channels:
              inbound:
                - name: sftp-in
                  transport: sftp
                  sftp:
                    host: sftp.example
                    user: u
                    auth: {password: {env: P}}
                    hostKey: {fingerprint: "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"}
                    inbox: /in
                    keepAlive: 0s

            """)
        let (profile, diagnostics) = try Self.load(yaml)
        #expect(profile == nil)
        #expect(diagnostics.map(\.code) == [.profileValueRange])
        #expect(Self.location(diagnostics[0])?.keyPath == "channels.inbound[0].sftp.keepAlive")
    }

    @Test func twoInboundHTTPChannelsOnOnePathAreAnError() throws {
        let folder = try TemporaryFolder("partners-paths")
        defer { folder.remove() }
        for id in ["acme", "globex"] {
            let yaml = Self.minimal.replacingOccurrences(of: "acme", with: id)
                .replacingOccurrences(of: "ACME", with: id.uppercased())
                .replacingOccurrences(of: "channels:\n", with: """
                    channels:
                      inbound:
                        - name: http-in
                          transport: http
                          http: {path: /edi/in, auth: {bearer: {env: TOKEN_\(id.uppercased())}}}

                    """)
            _ = try folder.write(yaml, to: "\(id)/profile.yaml")
        }
        var diagnostics = Diagnostics()
        let directory = PartnerDirectory.load(folder.url, into: &diagnostics)
        #expect(directory.profiles.count == 2)
        let problem = try #require(diagnostics.all.first)
        #expect(diagnostics.all.count == 1)
        #expect(problem.code == .profileChannelInvalid)
        #expect(Self.location(problem)?.keyPath == "channels.inbound[0].http.path")
        #expect(problem.message == "partner acme (channel http-in) already listens on /edi/in; each inbound HTTP channel needs a path of its own")
    }

    @Test func twoRoutesThatTieAreALoadError() throws {
        let yaml = Self.minimal + """
              - match: {format: x12, sender: "ZZ:ACME"}
                output: {format: canonical}
                channel: drop

            """
        let (profile, diagnostics) = try Self.load(yaml)
        #expect(profile == nil)
        let tie = try #require(diagnostics.first)
        #expect(tie.code == .profileRouteTie)
        #expect(Self.location(tie)?.keyPath == "routes[1]")
        #expect(Self.location(tie)?.line == 16)
        #expect(tie.message.contains("routes[1] and routes[0] are equally specific"))
    }

    @Test func theMostSpecificRouteWins() throws {
        let yaml = Self.minimal + """
              - match: {format: x12, messageType: "855", sender: "ZZ:ACME"}
                output: {format: x12, messageType: "855", version: "005010"}
                channel: drop
              - match: {format: x12}
                output: {format: canonical}
                channel: drop

            """
        let (profile, diagnostics) = try Self.load(yaml)
        #expect(diagnostics.isEmpty)
        let routes = try #require(profile).routes
        func envelope(_ type: String, from sender: String) -> Envelope {
            Envelope(format: FormatID(family: .x12, messageType: type, version: "004010"),
                     sender: PartyIdentity(qualifier: "ZZ", id: sender), receiver: nil, controlNumbers: ControlNumbers())
        }
        #expect(routes.route(for: envelope("855", from: "ACME"))?.keyPath == "routes[1]")
        #expect(routes.route(for: envelope("855", from: "OTHER"))?.keyPath == "routes[0]")
        #expect(routes.route(for: envelope("810", from: "ACME"))?.keyPath == "routes[2]")
        #expect(routes.route(for: envelope("810", from: "ACME"))?.output.target == "canonical")
    }

    @Test func aRouteToAMissingChannelAndAWrongIDAreLocated() throws {
        let yaml = Self.minimal.replacingOccurrences(of: "id: acme", with: "id: acme-corp")
            .replacingOccurrences(of: "    channel: drop", with: "    channel: sftp-out")
        let (_, diagnostics) = try Self.load(yaml)
        #expect(diagnostics.map(\.code) == [.profileIDMismatch, .profileRouteChannelUnknown])
        #expect(diagnostics.compactMap { Self.location($0)?.line } == [1, 15])
        #expect(diagnostics[1].message.contains("outbound channels: drop"))
    }

    @Test func yamlSyntaxErrorsAreLocated() throws {
        let (profile, diagnostics) = try Self.load("id: acme\nname: [Acme\nstatus: test\n")
        #expect(profile == nil)
        let problem = try #require(diagnostics.first)
        #expect(problem.code == .profileYAMLSyntax)
        #expect(Self.location(problem)?.line != nil)
    }

    @Test func aCrossReferenceTableMustExistAndBeWellFormed() throws {
        let yaml = Self.minimal + """
            crossReferences:
              units: {file: units.csv}
              items: {file: missing.csv}

            """
        let (_, diagnostics) = try Self.load(yaml, files: ["units.csv": "partner,canonical\nCT,CA\nBX\n"])
        #expect(diagnostics.map(\.code) == [.profileCrossReferenceInvalid, .profileCrossReferenceInvalid])
        #expect(Self.location(diagnostics[0])?.keyPath == "crossReferences.items.file")
        #expect(diagnostics[0].message.contains("missing.csv cannot be read"))
        #expect(diagnostics[1].message.contains("the row has 1 fields; the header has 2"))
        #expect(Self.location(diagnostics[1])?.path.hasSuffix("acme/units.csv") == true)
        #expect(Self.location(diagnostics[1])?.line == 3)
    }

    @Test func suggestionsNeedAClosePrefix() {
        #expect(KeySuggestion.closest(to: "statuss", among: ["status", "name"]) == "status")
        #expect(KeySuggestion.closest(to: "trasnport", among: ["transport", "name"]) == "transport")
        #expect(KeySuggestion.closest(to: "zzz", among: ["transport", "name"]) == nil)
    }
}
