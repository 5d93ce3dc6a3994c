import Foundation

/// A throwaway certificate authority with a server certificate (for 127.0.0.1 and localhost) and a client certificate,
/// made with `openssl` in a temporary directory at test time.
struct TestPKI: Sendable {
    var directory: URL
    var caCertificate: String { self.directory.appendingPathComponent("ca.pem").path }
    var serverCertificate: String { self.directory.appendingPathComponent("server.pem").path }
    var serverKey: String { self.directory.appendingPathComponent("server.key").path }
    var clientCertificate: String { self.directory.appendingPathComponent("client.pem").path }
    var clientKey: String { self.directory.appendingPathComponent("client.key").path }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Makes the CA and both certificates; `openssl` runs on its own thread, off Swift's cooperative pool.
    static func make() async throws -> TestPKI {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try Self.makeBlocking() })
            }.start()
        }
    }

    private static func makeBlocking() throws -> TestPKI {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("wharf-http-pki-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pki = TestPKI(directory: directory)
        let curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try run(["req", "-x509"] + curve + ["-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
                                           "-subj", "/CN=Wharf Test CA"], in: directory)
        try "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
            .write(to: directory.appendingPathComponent("server.ext"), atomically: true, encoding: .utf8)
        try "extendedKeyUsage=clientAuth\n"
            .write(to: directory.appendingPathComponent("client.ext"), atomically: true, encoding: .utf8)
        for (name, subject) in [("server", "/CN=localhost"), ("client", "/CN=wharf-test-client")] {
            try run(["req"] + curve + ["-keyout", "\(name).key", "-out", "\(name).csr", "-subj", subject],
                    in: directory)
            try run(["x509", "-req", "-in", "\(name).csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                     "-out", "\(name).pem", "-days", "2", "-extfile", "\(name).ext"], in: directory)
        }
        return pki
    }

    private static func run(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "openssl \(arguments.prefix(2).joined(separator: " ")) failed")
        }
    }

    /// Removes the directory.
    func remove() {
        try? FileManager.default.removeItem(at: self.directory)
    }
}
