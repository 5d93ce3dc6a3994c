import TransportSFTP
import WharfTestSupport

extension SSHDFixture {
    /// The endpoint as a profile would pin it: the server's ed25519 fingerprint and the client key.
    func endpoint(pin: SFTPEndpoint.HostKeyPin? = nil, key: String? = nil) throws -> SFTPEndpoint {
        SFTPEndpoint(host: "127.0.0.1", port: self.port, user: "root",
                     authentication: .publicKey(privateKeyPath: key ?? self.keys + "/client_ed25519", passphrase: nil),
                     hostKey: try pin ?? .fingerprint(self.hostFingerprint()), timeout: .seconds(10))
    }

}
