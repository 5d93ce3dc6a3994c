import Foundation
import Logging
import NIOCore
import Partners
import Synchronization
import Transport
import TransportHTTP

/// One ``HTTPDelivery`` per HTTP channel, made on first use from the profile's settings (secrets read then) and
/// kept for the daemon's life, so connections and OAuth2 tokens are reused.
final class HTTPChannelTransports: Sendable {
    private let deliveries = Mutex<[String: HTTPDelivery]>([:])
    private let secrets: SecretResolver
    private let logger: Logger

    init(secrets: SecretResolver = SecretResolver(), logger: Logger) {
        self.secrets = secrets
        self.logger = logger
    }

    /// The delivery of `channel` of `profile`, or why there is none (a missing secret, a bad URL or certificate:
    /// not retryable until the setup changes; replay after fixing it).
    func delivery(_ settings: HTTPSettings, channel: String, profile: PartnerProfile)
        -> Result<any OutboundTransport, DeliveryError> {
        let key = "\(profile.id)/\(channel)"
        if let existing = self.deliveries.withLock({ $0[key] }) { return .success(existing) }
        do {
            let delivery = try HTTPDelivery(settings: try self.channelSettings(settings, profile: profile),
                                            logger: self.logger)
            let kept = self.deliveries.withLock { deliveries -> HTTPDelivery? in
                if let raced = deliveries[key] { return raced }
                deliveries[key] = delivery
                return nil
            }
            if let kept {
                Task { try? await delivery.shutdown() }
                return .success(kept)
            }
            return .success(delivery)
        } catch let error as SecretError {
            return .failure(DeliveryError(retryable: false, "\(key): \(error.message)"))
        } catch {
            return .failure(DeliveryError(retryable: false, "\(key): \(error)"))
        }
    }

    /// Closes every client.
    func shutdown() async {
        let all = self.deliveries.withLock { deliveries in
            defer { deliveries.removeAll() }
            return Array(deliveries.values)
        }
        for delivery in all { try? await delivery.shutdown() }
    }

    private func channelSettings(_ settings: HTTPSettings, profile: PartnerProfile) throws -> HTTPChannelSettings {
        guard let text = settings.url, let url = URL(string: text) else {
            throw SecretError(message: "the channel has no valid url")
        }
        var auth = HTTPAuthentication.none
        if let bearer = settings.bearer {
            auth = .bearer(token: try self.secrets.resolve(bearer, for: profile))
        } else if let user = settings.basicUser, let password = settings.basicPassword {
            auth = .basic(user: user, password: try self.secrets.resolve(password, for: profile))
        } else if let oauth = settings.oauth2 {
            guard let tokenURL = URL(string: oauth.tokenURL) else { throw SecretError(message: "oauth2.tokenURL is not a URL") }
            auth = .oauth2ClientCredentials(tokenURL: tokenURL, clientID: oauth.clientID,
                                            clientSecret: try self.secrets.resolve(oauth.clientSecret, for: profile),
                                            scope: oauth.scope)
        }
        var tls: HTTPTLSSettings?
        if settings.clientCertificate != nil || settings.trustRoots != nil {
            tls = HTTPTLSSettings(
                clientCertificatePath: settings.clientCertificate.map { SecretResolver.path($0, of: profile) },
                privateKeyPath: settings.clientPrivateKey.map { SecretResolver.path($0, of: profile) },
                additionalTrustRootsPath: settings.trustRoots.map { SecretResolver.path($0, of: profile) })
        }
        let seconds = Int64(settings.timeout.components.seconds)
        return HTTPChannelSettings(
            url: url, method: settings.method.uppercased() == "PUT" ? .put : .post,
            connectTimeout: .seconds(min(10, max(1, seconds))), totalTimeout: .seconds(max(1, seconds)),
            extraHeaders: settings.headers.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) },
            contentType: settings.contentType ?? "application/octet-stream", auth: auth, tls: tls)
    }
}
