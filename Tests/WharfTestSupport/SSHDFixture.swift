import Foundation
import WharfCore

/// A real OpenSSH sshd on 127.0.0.1, started by `scripts/sftp/sshd-fixture.sh` in a temporary folder with its own
/// host and client keys, and stopped by ``stop()``.
public struct SSHDFixture: Sendable {
    public let folder: TemporaryFolder
    public let port: Int

    /// The folder the tests use on the server (the server sees the same file system).
    public var root: String { self.folder.url.appendingPathComponent("sshd/root").path }
    public var keys: String { self.folder.url.appendingPathComponent("sshd").path }

    public static func start(_ label: String) async throws -> SSHDFixture {
        let folder = try TemporaryFolder(label)
        let fixture = SSHDFixture(folder: folder, port: LoopbackPort.free())
        try await fixture.script(["start", fixture.keys, String(fixture.port)])
        return fixture
    }

    /// Runs `body` with a started sshd and stops it afterwards, whatever happens.
    public static func with(_ label: String, _ body: (SSHDFixture) async throws -> Void) async throws {
        let sshd = try await self.start(label)
        do {
            try await body(sshd)
        } catch {
            await sshd.stop()
            throw error
        }
        await sshd.stop()
    }

    /// Kills the server and its sessions at once (a crash), keeping its keys for ``restart()``.
    public func kill() async throws { try await self.script(["kill", self.keys]) }

    /// Starts the server again on the same port with the same keys.
    public func restart() async throws { try await self.script(["start", self.keys, String(self.port)]) }

    public func stop() async {
        try? await self.script(["stop", self.keys])
        self.folder.remove()
    }

    /// `SHA256:…` of the host key, from its `.pub` file (the key blob is the base64 field).
    public func hostFingerprint() throws -> String {
        let line = try String(contentsOfFile: self.keys + "/host_ed25519.pub", encoding: .utf8)
        let blob = Data(base64Encoded: String(line.split(separator: " ")[1]))!
        return "SHA256:" + Data(SHA256.digest([UInt8](blob))).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// Runs the fixture script on a thread of its own (never on Swift's pool).
    private func script(_ arguments: [String]) async throws {
        let path = WharfProcess.repositoryRoot.appendingPathComponent("scripts/sftp/sshd-fixture.sh").path
        let status: Int32 = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/bash")
                process.arguments = [path] + arguments
                do {
                    try process.run()
                    process.waitUntilExit()
                    continuation.resume(returning: process.terminationStatus)
                } catch {
                    continuation.resume(returning: -1)
                }
            }
        }
        guard status == 0 else { throw SSHDFixtureError(message: "sshd-fixture.sh \(arguments.joined(separator: " ")) exited \(status)") }
    }
}

/// The fixture script failed.
public struct SSHDFixtureError: Error { public var message: String }
