import Foundation
import WharfCore

/// All the partner profiles under a folder (`partners/`): every `profile.yaml` one or two levels down
/// (`partners/<id>/profile.yaml`, `partners/examples/<id>/profile.yaml`), loaded and checked together: ids are
/// unique, no two partners claim the same identity, and no two inbound HTTP channels listen on the same path.
public struct PartnerDirectory: Sendable {
    /// The profiles that loaded without errors, sorted by id.
    public let profiles: [PartnerProfile]

    /// Loads every profile under `folder`; problems of all of them go to `diagnostics`.
    public static func load(_ folder: URL, into diagnostics: inout Diagnostics) -> PartnerDirectory {
        var profiles: [PartnerProfile] = []
        for url in Self.profileFiles(under: folder) {
            if let profile = ProfileLoader().load(url, into: &diagnostics) { profiles.append(profile) }
        }
        profiles.sort { $0.id < $1.id }
        var owners: [PartnerIdentity: String] = [:]
        for profile in profiles {
            for identity in profile.identities {
                if let owner = owners[identity], owner != profile.id {
                    diagnostics.append(Diagnostic(
                        .error, .profileIdentityDuplicate, at: .profile(ProfileLocation(path: profile.path, keyPath: "identities")),
                        "partners \(owner) and \(profile.id) both claim the identity \(identity); an input must belong to one partner"))
                }
                owners[identity] = profile.id
            }
        }
        var listeners: [String: String] = [:]
        for profile in profiles {
            for (index, channel) in profile.inbound.enumerated() {
                guard case .http(let settings) = channel.transport, let path = settings.path else { continue }
                if let owner = listeners[path] {
                    diagnostics.append(Diagnostic(
                        .error, .profileChannelInvalid,
                        at: .profile(ProfileLocation(path: profile.path, keyPath: "channels.inbound[\(index)].http.path")),
                        "\(owner) already listens on \(path); each inbound HTTP channel needs a path of its own"))
                } else {
                    listeners[path] = "partner \(profile.id) (channel \(channel.name))"
                }
            }
        }
        for profile in profiles {
            for route in profile.routes.routes where route.channel.contains("/") {
                let (partner, channel) = route.destination(of: profile.id)
                guard let target = profiles.first(where: { $0.id == partner }) else {
                    diagnostics.append(Diagnostic(.error, .profileRouteChannelUnknown, at: route.location,
                                                  "no valid partner \(partner) beside \(profile.id) (it is missing, or its profile has errors)"))
                    continue
                }
                if target.outboundChannel(channel) == nil {
                    diagnostics.append(Diagnostic(
                        .error, .profileRouteChannelUnknown, at: route.location,
                        "partner \(partner) has no outbound channel named '\(channel)' (it has: "
                            + target.outbound.map(\.name).joined(separator: ", ") + ")"))
                }
            }
        }
        return PartnerDirectory(profiles: profiles)
    }

    /// The profile files under `folder`, one or two levels down, in path order.
    public static func profileFiles(under folder: URL) -> [URL] {
        let manager = FileManager.default
        var found: [URL] = []
        let direct = folder.appendingPathComponent("profile.yaml")
        if manager.fileExists(atPath: direct.path) { return [direct] }
        let children = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for child in children where !child.hasPrefix(".") {
            let childURL = folder.appendingPathComponent(child)
            let profile = childURL.appendingPathComponent("profile.yaml")
            if manager.fileExists(atPath: profile.path) {
                found.append(profile)
                continue
            }
            for grandchild in ((try? manager.contentsOfDirectory(atPath: childURL.path)) ?? []).sorted() {
                let nested = childURL.appendingPathComponent(grandchild).appendingPathComponent("profile.yaml")
                if manager.fileExists(atPath: nested.path) { found.append(nested) }
            }
        }
        return found
    }

    /// The partner with id `id`.
    public func profile(_ id: String) -> PartnerProfile? { self.profiles.first { $0.id == id } }

    /// The partner that sent an input, by the envelope's sender; when none has that identity, a diagnostic that
    /// names the identity looked for and the identities the partners have.
    public func sender(of envelope: Envelope) -> Result<PartnerProfile, PartnerLookupError> {
        let family = envelope.format.family
        if let sender = envelope.sender,
           let profile = self.profiles.first(where: { $0.identities.contains { $0.matches(sender, family: family) } }) {
            return .success(profile)
        }
        let known = self.profiles.flatMap { profile in
            profile.identities.filter { identity in
                switch (identity, family) {
                case (.x12, .x12), (.hl7v2, .hl7v2): return true
                default: return false
                }
            }.map { "\(profile.id) (\($0))" }
        }
        let looked = envelope.sender.map { "\(family.rawValue) \($0)" } ?? "an input with no sender"
        return .failure(PartnerLookupError(diagnostic: Diagnostic(
            .error, .partnerUnknownSender, at: nil,
            "no partner has the sender identity \(looked); looked for it among "
                + (known.isEmpty ? "no \(family.rawValue) identities (add one under identities.\(family.rawValue))"
                    : known.joined(separator: ", "))
                + ". Add the identity to the partner's profile, or check the sender of the input.")))
    }
}

/// Why an input could not be tied to a partner or a route.
public struct PartnerLookupError: Error, Sendable {
    /// The located explanation.
    public var diagnostic: Diagnostic
}
