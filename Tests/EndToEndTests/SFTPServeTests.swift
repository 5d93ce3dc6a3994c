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
                try Self.writeVendor(fixture, sshd)
                let daemon = try fixture.startWithOwnPartners()
                defer { daemon.stop() }
                try Self.dropAcknowledgment(sshd)
                let arrived = await DaemonProcess.eventually(timeout: 60) { Self.outputs(sshd).count == 1 }
                #expect(arrived, "\(daemon.standardError.suffix(2000))")
                #expect(try FileManager.default.contentsOfDirectory(atPath: sshd.root + "/archive") == ["ack.edi"])
                #expect(try FileManager.default.contentsOfDirectory(atPath: sshd.root + "/in").isEmpty)
                #expect(try FileManager.default.contentsOfDirectory(atPath: sshd.root + "/out")
                    .allSatisfy { !$0.hasSuffix(".part") })
                daemon.send(SIGTERM)
                #expect(await daemon.exit(timeout: 30) == 0)
            }
        }

        /// The window between the store's commit and the remote move, held open: the archive folder refuses the
        /// move (immutable) while the daemon stores the file, then the daemon is killed. After a restart with the
        /// archive writable again, the file is archived and recognised as already stored: one inbound message, one
        /// output, whatever the number of sightings.
        @Test func aDaemonKilledBetweenStoreCommitAndRemoteMoveArchivesTheFileWithoutASecondProcessing() async throws {
            try await SSHDFixture.with("serve-sftp-kill") { sshd in
                let fixture = try ServeFixture("serve-sftp-kill-daemon")
                defer { fixture.folder.remove() }
                try Self.writeVendor(fixture, sshd)
                let archive = sshd.root + "/archive"
                try FileManager.default.createDirectory(atPath: archive, withIntermediateDirectories: true)
                #expect(try ImmutableFolder.set(true, archive), "chattr is needed to make a folder refuse root")
                defer { _ = try? ImmutableFolder.set(false, archive) }

                let first = try fixture.startWithOwnPartners()
                defer { first.stop() }
                try Self.dropAcknowledgment(sshd)
                // The operator sees it: flagged, with why.
                var flagged = ""
                let stored = await DaemonProcess.eventually(timeout: 60) {
                    flagged = (try? fixture.wharf(["messages", "flagged"]).stdout) ?? ""
                    return flagged.contains("stored, but the remote file could not be archived")
                }
                #expect(stored, "\(flagged) \(first.standardError.suffix(2000))")
                #expect(flagged.contains("inbound\tsftp-vendor\tx12\t855"), "\(flagged)")
                #expect(first.standardError.contains("remote file stored but not released"))
                first.send(SIGKILL)
                _ = await first.exit(timeout: 30)
                #expect(try FileManager.default.contentsOfDirectory(atPath: sshd.root + "/in") == ["ack.edi"],
                        "the file stays at the source while it is not archived")

                try ImmutableFolder.set(false, archive)
                let second = try fixture.startWithOwnPartners()
                defer { second.stop() }
                let archived = await DaemonProcess.eventually(timeout: 60) {
                    ((try? FileManager.default.contentsOfDirectory(atPath: archive)) ?? []) == ["ack.edi"]
                }
                #expect(archived, "\(second.standardError.suffix(2000))")
                #expect(await DaemonProcess.eventually(timeout: 60) { Self.outputs(sshd).count == 1 })
                #expect(second.standardError.contains("redelivery of a stored message; nothing new stored"))
                second.send(SIGTERM)
                #expect(await second.exit(timeout: 30) == 0)

                #expect(try FileManager.default.contentsOfDirectory(atPath: sshd.root + "/in").isEmpty)
                #expect(Self.outputs(sshd).count == 1, "translated and uploaded once")
                let list = try fixture.wharf(["messages", "list"]).stdout.split(separator: "\n").dropFirst()
                    .map { $0.split(separator: "\t").map(String.init) }
                let inbound = list.filter { $0[2] == "inbound" }
                #expect(inbound.count == 1, "stored once: \(list)")
                #expect(inbound.first?[1] == "translated", "no longer flagged once archived")
                #expect(try fixture.wharf(["messages", "flagged"]).stdout.split(separator: "\n").count == 1, "header only")
            }
        }

        /// Writes the partner `sftp-vendor`: inbox `in` archived to `archive`, 855s translated to canonical JSON and
        /// uploaded to `out`, all on `sshd`.
        static func writeVendor(_ fixture: ServeFixture, _ sshd: SSHDFixture) throws {
            for folder in ["in", "out"] {
                try FileManager.default.createDirectory(atPath: sshd.root + "/" + folder, withIntermediateDirectories: true)
            }
            let connection = [
                "host: 127.0.0.1", "port: \(sshd.port)", "user: root",
                "auth: {privateKey: \(sshd.keys)/client_ed25519}",
                "hostKey: {fingerprint: \"\(try sshd.hostFingerprint())\"}",
            ].map { "    " + $0 }.joined(separator: "\n")
            try fixture.writeVendor("sftp-vendor", inbound: """
                - name: sftp-in
                  transport: sftp
                  sftp:
                \(connection)
                    inbox: \(sshd.root)/in
                    archive: \(sshd.root)/archive
                    pollInterval: 1s
                """, outbound: """
                - name: sftp-out
                  transport: sftp
                  sftp:
                \(connection)
                    outbox: \(sshd.root)/out
                """, to: "sftp-out")
        }

        /// Drops the example 855 in the remote inbox as `ack.edi`, written aside and renamed in.
        static func dropAcknowledgment(_ sshd: SSHDFixture) throws {
            let bytes = try ServeFixture.example("examples/x12/855-order-acknowledgment.edi")
            try Data(bytes).write(to: URL(fileURLWithPath: sshd.root + "/in/.ack.tmp"))
            try FileManager.default.moveItem(atPath: sshd.root + "/in/.ack.tmp", toPath: sshd.root + "/in/ack.edi")
        }

        /// The translated 855s in the remote outbox.
        static func outputs(_ sshd: SSHDFixture) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: sshd.root + "/out")) ?? []).filter { $0.hasSuffix("-855.json") }
        }
    }
}
