import Foundation
import WharfCore

/// Compares a server's host key with the pin of its profile. The fingerprint is SHA256 of the key blob in base64
/// without padding, as OpenSSH prints it.
enum HostKeyCheck {
    /// `SHA256:…` of a host key blob.
    static func fingerprint(of blob: [UInt8]) -> String {
        "SHA256:" + Data(SHA256.digest(blob)).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// `nil` when `blob` matches `pin`, else the refusal (unknown or changed key) with the fingerprint seen and where
    /// to pin it.
    static func problem(blob: [UInt8], pin: SFTPEndpoint.HostKeyPin, endpoint: SFTPEndpoint) -> SFTPError? {
        let seen = self.fingerprint(of: blob)
        let hint = "if this is the server's key, pin it in the channel: sftp.hostKey.fingerprint: \(seen)"
        switch pin {
        case .fingerprint(let expected):
            let normalized = expected.hasPrefix("SHA256:") ? expected : "SHA256:" + expected
            guard normalized.replacingOccurrences(of: "=", with: "") != seen else { return nil }
            return SFTPError("sftp.host-key.changed",
                             "the host key of \(endpoint.host):\(endpoint.port) is \(seen), not the pinned "
                                 + "\(normalized); refusing to connect (\(hint))", retryable: false)
        case .knownHosts(let path):
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                return SFTPError("sftp.host-key.unknown", "cannot read the known_hosts file \(path) (\(hint))",
                                 retryable: false)
            }
            let names = endpoint.port == 22 ? [endpoint.host] : ["[\(endpoint.host)]:\(endpoint.port)"]
            var knownForHost = false
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: " ")
                guard fields.count >= 3 else { continue }
                let hosts = fields[0].split(separator: ",").map(String.init)
                guard hosts.contains(where: names.contains) else { continue }
                knownForHost = true
                if let key = Data(base64Encoded: String(fields[2])), [UInt8](key) == blob { return nil }
            }
            return SFTPError(knownForHost ? "sftp.host-key.changed" : "sftp.host-key.unknown",
                             "the host key \(seen) of \(endpoint.host):\(endpoint.port) is "
                                 + (knownForHost ? "not the one" : "not") + " in \(path); refusing to connect (\(hint), "
                                 + "or add it to \(path) with ssh-keyscan -p \(endpoint.port) \(endpoint.host))",
                             retryable: false)
        }
    }
}
