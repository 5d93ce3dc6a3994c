import Foundation
import Partners

/// Reads the secrets a profile references: an environment variable, or a file (relative to the profile's folder).
/// Errors name the reference, never the secret.
struct SecretResolver {
    let environment: [String: String]

    init(environment: [String: String] = ProcessInfo.processInfo.environment) { self.environment = environment }

    func resolve(_ reference: SecretReference, for profile: PartnerProfile) throws(SecretError) -> String {
        switch reference {
        case .environment(let name):
            guard let value = self.environment[name], !value.isEmpty else {
                throw SecretError(message: "the environment variable \(name) (a secret of partner \(profile.id)) is not set")
            }
            return value
        case .file(let path):
            let full = Self.path(path, of: profile)
            guard let text = try? String(contentsOfFile: full, encoding: .utf8) else {
                throw SecretError(message: "the secret file \(full) of partner \(profile.id) cannot be read")
            }
            let secret = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !secret.isEmpty else {
                throw SecretError(message: "the secret file \(full) of partner \(profile.id) is empty")
            }
            return secret
        }
    }

    /// `path` made absolute against the profile's folder.
    static func path(_ path: String, of profile: PartnerProfile) -> String {
        guard !path.hasPrefix("/") else { return path }
        return ((profile.path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path)
    }
}

/// A secret could not be read.
struct SecretError: Error, CustomStringConvertible {
    var message: String
    var description: String { self.message }
}
