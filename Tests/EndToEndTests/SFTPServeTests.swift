import Foundation
import Testing
import WharfTestSupport
#if canImport(Glibc)
import Glibc
#endif

extension EndToEnd {
    /// `wharf serve` with a partner's SFTP channels on a real sshd: a file dropped in the remote inbox is stored,
    /// archived remotely, translated and uploaded to the remote outbox.
    @Suite struct SFTPServeTests {
        @Test func aFileDroppedOnTheServerComesBackTranslatedInTheOutbox() async throws {
            try await SSHDFixture.with("serve-sftp") { sshd in
                let fixture = try ServeFixture("serve-sftp-daemon")
                defer { fixture.folder.remove() }
                for folder in ["in", "out"] {
                    try FileManager.default.createDirectory(atPath: sshd.root + "/" + folder, withIntermediateDirectories: true)
                }
                try fixture.writePartner("sftp-vendor", """
                    id: sftp-vendor
                    name: A vendor on SFTP
                    status: test
                    identities:
                      x12:
                        - {qualifier: ZZ, id: MEDSUPPLYCO}
                    channels:
                      inbound:
                        - name: sftp-in
                          transport: sftp
                          sftp:
                            host: 127.0.0.1
                            port: \(sshd.port)
                            user: root
                            auth: {privateKey: \(sshd.keys)/client_ed25519}
                            hostKey: {fingerprint: "\(try sshd.hostFingerprint())"}
                            inbox: \(sshd.root)/in
                            archive: \(sshd.root)/archive
                            pollInterval: 1s
                      outbound:
                        - name: sftp-out
                          transport: sftp
                          sftp:
                            host: 127.0.0.1
                            port: \(sshd.port)
                            user: root
                            auth: {privateKey: \(sshd.keys)/client_ed25519}
                            hostKey: {fingerprint: "\(try sshd.hostFingerprint())"}
                            outbox: \(sshd.root)/out
                    acknowledgments:
                      send: {x12: none}
                    routes:
                      - match: {format: x12, messageType: "855"}
                        output: {format: canonical}
                        channel: sftp-out
                    """)
                let daemon = try fixture.startWithOwnPartners()
                defer { daemon.stop() }
                let bytes = try ServeFixture.example("examples/x12/855-order-acknowledgment.edi")
                try Data(bytes).write(to: URL(fileURLWithPath: sshd.root + "/in/.ack.tmp"))
                try FileManager.default.moveItem(atPath: sshd.root + "/in/.ack.tmp", toPath: sshd.root + "/in/ack.edi")
                let outbox = sshd.root + "/out"
                let arrived = await DaemonProcess.eventually(timeout: 60) {
                    ((try? FileManager.default.contentsOfDirectory(atPath: outbox)) ?? []).contains { $0.hasSuffix("-855.json") }
                }
                #expect(arrived, "\(daemon.standardError.suffix(2000))")
                #expect(try FileManager.default.contentsOfDirectory(atPath: sshd.root + "/archive") == ["ack.edi"])
                #expect(try FileManager.default.contentsOfDirectory(atPath: sshd.root + "/in").isEmpty)
                #expect(try FileManager.default.contentsOfDirectory(atPath: outbox).allSatisfy { !$0.hasSuffix(".part") })
                daemon.send(SIGTERM)
                #expect(await daemon.exit(timeout: 30) == 0)
            }
        }
    }
}
