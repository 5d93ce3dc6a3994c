import Foundation
import Pipeline
import Store
import Testing
import WharfTestSupport

@Suite struct DaemonConfigurationTests {
    @Test func fileThenEnvironmentWithPathsRelativeToTheFile() throws {
        let folder = try TemporaryFolder("daemon-config")
        defer { folder.remove() }
        let file = try folder.write("""
            store: data/wharf.sqlite
            partners: /etc/wharf/partners
            local: {root: var}
            logFormat: text
            http: {port: 8080}
            delivery:
              maximumAttempts: 5
              initialDelay: 2s
              partners:
                slow-erp: {maximumAttempts: 20, maximumDelay: 6h}
            duplicates:
              default: reject
              partners: {lakeside-distributor: accept-and-flag}
            """, to: "conf/wharf.yaml")
        let configuration = try DaemonConfiguration.load(file: file.path, environment: ["WHARF_HTTP_PORT": "9090"])
        let base = folder.url.appendingPathComponent("conf").path
        #expect(configuration.storePath == base + "/data/wharf.sqlite")
        #expect(configuration.partnersPath == "/etc/wharf/partners")
        #expect(configuration.localRoot == base + "/var")
        #expect(configuration.logFormat == "text")
        #expect(configuration.httpPort == 9090, "the environment wins")
        #expect(configuration.retry.maximumAttempts == 5 && configuration.retry.initialDelay == 2)
        let slow = try #require(configuration.retryByPartner["slow-erp"])
        #expect(slow.maximumAttempts == 20 && slow.maximumDelay == 21_600 && slow.initialDelay == 2)
        #expect(configuration.duplicates.defaultPolicy == .reject)
        #expect(configuration.duplicates.partners["lakeside-distributor"] == .acceptAndFlag)
    }

    @Test(arguments: [
        ("stroe: x.sqlite", "unknown key stroe; known keys: "),
        ("pollInterval: soon", "pollInterval must be a duration such as 200ms or 2s, not soon"),
        ("delivery: {partners: {erp: {initialDelay: fast}}}", "delivery.partners.erp.initialDelay must be a duration"),
        ("duplicates: {default: ignore}", "a duplicate policy is reject, skip or accept-and-flag, not ignore"),
        ("http: {port: 70000}", "http.port must be 0…65535"),
    ])
    func mistakesAreNamed(yaml: String, message: String) throws {
        let folder = try TemporaryFolder("daemon-config-bad")
        defer { folder.remove() }
        let file = try folder.write(yaml, to: "wharf.yaml")
        let error = #expect(throws: DaemonConfigurationError.self) {
            try DaemonConfiguration.load(file: file.path, environment: [:])
        }
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains(file.path) == true)
    }
}
