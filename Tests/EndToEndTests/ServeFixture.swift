import Foundation
import WharfTestSupport

/// A daemon configuration in a temporary folder: its own store, the example partners, local folders.
struct ServeFixture {
    let folder: TemporaryFolder
    let config: String
    var root: URL { self.folder.url.appendingPathComponent("var") }

    init(_ label: String, partners: String = "partners/examples", extra: String = "") throws {
        self.folder = try TemporaryFolder(label)
        let yaml = """
            store: var/wharf.sqlite
            partners: \(WharfProcess.repositoryRoot.appendingPathComponent(partners).path)
            local:
              root: var
            logFormat: json
            pollInterval: 50ms
            \(extra)
            """
        self.config = try self.folder.write(yaml, to: "wharf.yaml").path
    }

    func start() throws -> DaemonProcess {
        try DaemonProcess(["serve", "--config", self.config], logFolder: self.folder.url)
    }

    /// The folder of the partners written by ``writePartner(_:_:)``.
    var partners: URL { self.folder.url.appendingPathComponent("partners") }

    /// Writes a partner profile of this test's own.
    func writePartner(_ id: String, _ yaml: String) throws {
        _ = try self.folder.write(yaml, to: "partners/\(id)/profile.yaml")
    }

    /// Writes partner `id`, the sender of the example 855s (ISA sender ZZ MEDSUPPLYCO), whose 855s are translated
    /// to canonical JSON and sent to its outbound channel `channel`. `inbound` and `outbound` are the channel lists
    /// as YAML, from column 0 (`- name: …`). The partner is sent no X12 acknowledgments unless `acknowledged`.
    func writeVendor(_ id: String, inbound: String, outbound: String, to channel: String,
                     acknowledged: Bool = false) throws {
        func indented(_ yaml: String) -> String {
            yaml.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        }
        try self.writePartner(id, """
            id: \(id)
            name: Vendor \(id)
            status: test
            identities:
              x12:
                - {qualifier: ZZ, id: MEDSUPPLYCO}
            channels:
              inbound:
            \(indented(inbound))
              outbound:
            \(indented(outbound))
            acknowledgments:
              send: {x12: \(acknowledged ? "\"997\"" : "none")}
            routes:
              - match: {format: x12, messageType: "855"}
                output: {format: canonical}
                channel: \(channel)
            """)
    }

    /// Starts the daemon over this test's own partners (``writePartner(_:_:)``), channels as the profiles say them.
    func startWithOwnPartners(environment: [String: String] = [:]) throws -> DaemonProcess {
        try DaemonProcess(["serve", "--config", self.config],
                          environment: environment.merging(["WHARF_PARTNERS": self.partners.path,
                                                            "WHARF_LOCAL_ROOT": ""]) { $1 },
                          logFolder: self.folder.url)
    }

    func folder(_ kind: String, _ partner: String) -> URL {
        self.root.appendingPathComponent(kind).appendingPathComponent(partner)
    }

    func files(_ kind: String, _ partner: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: self.folder(kind, partner).path)) ?? [])
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".part") }.sorted()
    }

    /// Drops `bytes` into `partner`'s inbox as `name`, written aside and renamed in.
    func drop(_ bytes: [UInt8], as name: String, for partner: String) throws {
        let inbox = self.folder("inbox", partner)
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let temporary = inbox.appendingPathComponent(".\(name).tmp")
        try Data(bytes).write(to: temporary)
        try FileManager.default.moveItem(at: temporary, to: inbox.appendingPathComponent(name))
    }

    func wharf(_ arguments: [String]) throws -> WharfProcess.Result {
        try WharfProcess.run(arguments + ["--config", self.config])
    }

    static func example(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent(path)))
    }
}
