import Foundation
import Testing
import TransportSFTP
import WharfTestSupport

/// The libssh2 wrapper against a real OpenSSH sshd on 127.0.0.1: pinned host keys, key authentication, and the file
/// operations the poller and uploader need.
@Suite(.serialized) struct SFTPConnectionTests {
    @Test func filesAreWrittenListedReadRenamedAndRemoved() async throws {
        try await SSHDFixture.with("sftp-files") { sshd in
            let connection = try await SFTPConnection.connect(try sshd.endpoint())
            let inbox = sshd.root + "/inbox"
            try await connection.makeDirectory(inbox)
            try await connection.makeDirectory(inbox)  // exists already: nothing to do
            let bytes = [UInt8]((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            try await connection.write(bytes, to: inbox + "/order.edi.part")
            try await connection.rename(inbox + "/order.edi.part", to: inbox + "/order.edi")
            let listing = try await connection.list(inbox)
            #expect(listing.map(\.name) == ["order.edi"])
            #expect(listing.first?.size == 200_000 && listing.first?.isRegular == true)
            #expect(try await connection.read(inbox + "/order.edi") == bytes)
            #expect(try await connection.stat(inbox + "/order.edi")?.size == 200_000)
            try await connection.remove(inbox + "/order.edi")
            #expect(try await connection.list(inbox).isEmpty)
            #expect(try await connection.stat(inbox + "/order.edi") == nil)
            let missing = await #expect(throws: SFTPError.self) { try await connection.read(inbox + "/none.edi") }
            #expect(missing?.code == "sftp.io" && missing?.message.contains("/none.edi") == true)
            await connection.close()
        }
    }

    @Test func aHostKeyThatIsNotThePinnedOneIsRefusedShowingTheFingerprint() async throws {
        try await SSHDFixture.with("sftp-hostkey") { sshd in
            let seen = try sshd.hostFingerprint()
            let wrong = "SHA256:" + String(repeating: "A", count: 43)
            let error = await #expect(throws: SFTPError.self) {
                try await SFTPConnection.connect(try sshd.endpoint(pin: .fingerprint(wrong)))
            }
            #expect(error?.code == "sftp.host-key.changed")
            #expect(error?.message.contains("is \(seen), not the pinned \(wrong)") == true, "\(error?.message ?? "")")
            #expect(error?.message.contains("sftp.hostKey.fingerprint: \(seen)") == true)
            #expect(error?.isRetryable == false)
        }
    }

    @Test func aKnownHostsFileCanPinTheKey() async throws {
        try await SSHDFixture.with("sftp-knownhosts") { sshd in
            let key = try String(contentsOfFile: sshd.keys + "/host_ed25519.pub", encoding: .utf8).split(separator: " ")
            let known = try sshd.folder.write("[127.0.0.1]:\(sshd.port) \(key[0]) \(key[1])\n", to: "known_hosts")
            let connection = try await SFTPConnection.connect(try sshd.endpoint(pin: .knownHosts(path: known.path)))
            await connection.close()
            let other = try sshd.folder.write("[127.0.0.1]:1 \(key[0]) \(key[1])\n", to: "other_known_hosts")
            let error = await #expect(throws: SFTPError.self) {
                try await SFTPConnection.connect(try sshd.endpoint(pin: .knownHosts(path: other.path)))
            }
            #expect(error?.code == "sftp.host-key.unknown")
            #expect(error?.message.contains("ssh-keyscan -p \(sshd.port) 127.0.0.1") == true)
        }
    }

    @Test func anUnauthorizedKeyIsRefusedAndNothingAnswersOnAClosedPort() async throws {
        try await SSHDFixture.with("sftp-auth") { sshd in
            let stranger = sshd.keys + "/stranger_ed25519"
            let keygen = Process()
            keygen.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
            keygen.arguments = ["-q", "-t", "ed25519", "-N", "", "-f", stranger]
            try keygen.run()
            keygen.waitUntilExit()
            let refused = await #expect(throws: SFTPError.self) {
                try await SFTPConnection.connect(try sshd.endpoint(key: stranger))
            }
            #expect(refused?.code == "sftp.auth" && refused?.isRetryable == false)
            var withPassword = try sshd.endpoint()
            withPassword.authentication = .password("hunter2-not-for-logs")
            let wrongPassword = await #expect(throws: SFTPError.self) { try await SFTPConnection.connect(withPassword) }
            #expect(wrongPassword?.code == "sftp.auth")
            #expect(wrongPassword?.message.contains("root@127.0.0.1:\(sshd.port) refused the login") == true)
            #expect(wrongPassword?.message.contains("hunter2") == false, "never the secret")
            let closed = LoopbackPort.free()
            let nothing = await #expect(throws: SFTPError.self) {
                try await SFTPConnection.connect(SFTPEndpoint(host: "127.0.0.1", port: closed, user: "root",
                                                              authentication: .password("x"),
                                                              hostKey: .fingerprint("SHA256:x"), timeout: .seconds(5)))
            }
            #expect(nothing?.code == "sftp.connect" && nothing?.isRetryable == true)
        }
    }
}
