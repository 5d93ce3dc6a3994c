import Logging
import Partners
import TransportHTTP

/// The inbound HTTP channels the daemon's listener serves, by partner (`POST /v1/inbound/{partner}`, the partner's
/// first HTTP channel) and by the path each channel listens on, with their credentials read once at start.
///
/// A channel whose secret cannot be read is logged and not served (its sender gets 404, never a way in). With a
/// local root and a listener on a loopback address (the embedded default), a partner without any HTTP channel of
/// its own is served on `/v1/inbound/{partner}` as `http-in`, without credentials.
struct HTTPIntakeChannels: Sendable {
    private var byPartner: [String: IntakeChannel] = [:]
    private var byPath: [String: IntakeChannel] = [:]

    /// - Parameter openFallback: serve partners without an HTTP channel of their own on `/v1/inbound/{partner}`
    ///   without credentials (a local root with a loopback listener only).
    init(partners: PartnerDirectory, openFallback: Bool, secrets: SecretResolver = SecretResolver(), logger: Logger) {
        for profile in partners.profiles where profile.status != .disabled {
            var first = true
            for channel in profile.inbound {
                guard case .http(let settings) = channel.transport else { continue }
                // `/v1/inbound/{partner}` is the first HTTP channel's, served or not: it never falls to another.
                defer { first = false }
                let credentials: IntakeCredentials
                do {
                    credentials = try Self.credentials(settings, of: profile, secrets: secrets)
                } catch {
                    logger.error("HTTP channel not served", metadata: [
                        "partner": "\(profile.id)", "channel": "\(channel.name)", "error": "\(error.message)",
                    ])
                    continue
                }
                if credentials == .none {
                    logger.warning("HTTP channel takes messages without credentials", metadata: [
                        "partner": "\(profile.id)", "channel": "\(channel.name)",
                    ])
                }
                let intake = IntakeChannel(partner: profile.id, name: channel.name, credentials: credentials)
                if first { self.byPartner[profile.id] = intake }
                if let path = settings.path, self.byPath[path] == nil { self.byPath[path] = intake }
            }
            let ownChannel = profile.inbound.contains { $0.transportName == "http" }
            if openFallback, !ownChannel {
                self.byPartner[profile.id] = IntakeChannel(partner: profile.id, name: "http-in", credentials: .none)
            }
        }
    }

    /// The channel an intake request is addressed to.
    func channel(_ address: IntakeAddress) -> IntakeChannel? {
        switch address {
        case .partner(let id): self.byPartner[id]
        case .path(let path): self.byPath[path]
        }
    }

    private static func credentials(_ settings: HTTPSettings, of profile: PartnerProfile, secrets: SecretResolver)
        throws(SecretError) -> IntakeCredentials {
        if let bearer = settings.bearer {
            return .bearer(token: try secrets.resolve(bearer, for: profile))
        }
        if let user = settings.basicUser, let password = settings.basicPassword {
            return .basic(user: user, password: try secrets.resolve(password, for: profile))
        }
        return .none
    }
}
