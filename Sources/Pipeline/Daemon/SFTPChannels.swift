import Foundation
import Logging
import Partners
import Synchronization
import Transport
import TransportSFTP

/// The SFTP side of partner channels: endpoints built from profile settings (secrets read when first used), one
/// uploader per outbound channel kept for the daemon's life, and pollers for inbound channels.
final class SFTPChannels: Sendable {
    private let uploads = Mutex<[String: SFTPDelivery]>([:])
    private let secrets: SecretResolver

    init(secrets: SecretResolver = SecretResolver()) { self.secrets = secrets }

    /// The endpoint of a channel, or why it cannot be used (a secret that cannot be read, no pinned host key).
    func endpoint(_ settings: SFTPSettings, profile: PartnerProfile) throws(SecretError) -> SFTPEndpoint {
        let authentication: SFTPEndpoint.Authentication
        if let key = settings.privateKey {
            let passphrase: String?
            if let reference = settings.passphrase {
                passphrase = try self.secrets.resolve(reference, for: profile)
            } else {
                passphrase = nil
            }
            authentication = .publicKey(privateKeyPath: SecretResolver.path(key, of: profile), passphrase: passphrase)
        } else if let password = settings.password {
            authentication = .password(try self.secrets.resolve(password, for: profile))
        } else {
            throw SecretError(message: "the SFTP channel has neither auth.privateKey nor auth.password")
        }
        let pin: SFTPEndpoint.HostKeyPin
        if let fingerprint = settings.hostKeyFingerprint {
            pin = .fingerprint(fingerprint)
        } else if let knownHosts = settings.knownHosts {
            pin = .knownHosts(path: SecretResolver.path(knownHosts, of: profile))
        } else {
            throw SecretError(message: "the SFTP channel pins no host key (hostKey.fingerprint or hostKey.knownHosts)")
        }
        return SFTPEndpoint(host: settings.host, port: settings.port, user: settings.user,
                            authentication: authentication, hostKey: pin, timeout: settings.timeout,
                            keepAlive: settings.keepAlive)
    }

    /// The uploader of `channel` of `profile`.
    func delivery(_ settings: SFTPSettings, channel: String, profile: PartnerProfile)
        -> Result<any OutboundTransport, DeliveryError> {
        let key = "\(profile.id)/\(channel)"
        if let existing = self.uploads.withLock({ $0[key] }) { return .success(existing) }
        guard let outbox = settings.outbox else {
            return .failure(DeliveryError(retryable: false, "\(key): the SFTP channel has no outbox folder"))
        }
        do {
            let delivery = SFTPDelivery(endpoint: try self.endpoint(settings, profile: profile), outbox: outbox,
                                        temporarySuffix: settings.temporarySuffix)
            return .success(self.uploads.withLock { uploads in
                if let raced = uploads[key] { return raced }
                uploads[key] = delivery
                return delivery
            })
        } catch {
            return .failure(DeliveryError(retryable: false, "\(key): \(error.message)"))
        }
    }

    /// The poller of an inbound channel; large files are spooled in `spoolFolder`.
    func poller(_ settings: SFTPSettings, channel: String, profile: PartnerProfile, sink: any InboundSink,
                spoolFolder: String?, logger: Logger) throws(SecretError) -> SFTPPoller {
        guard let inbox = settings.inbox else { throw SecretError(message: "the SFTP channel has no inbox folder") }
        let stability: SFTPPoller.Settings.Stability = switch settings.stability {
        case "done-file": .doneFile(suffix: settings.doneSuffix)
        case "rename": .renamed
        default: .twoListings
        }
        var pollerSettings = SFTPPoller.Settings(
            endpoint: try self.endpoint(settings, profile: profile), inbox: inbox,
            archive: settings.afterPickup == "delete" ? nil : settings.archive ?? inbox + "/archive",
            pattern: settings.pattern, stability: stability, interval: settings.pollInterval,
            maxFilesPerPoll: settings.maxFilesPerPoll, partner: profile.id, channel: channel)
        pollerSettings.spoolFolder = spoolFolder
        return SFTPPoller(settings: pollerSettings, sink: sink, logger: logger)
    }

    /// Closes every upload session.
    func shutdown() async {
        let all = self.uploads.withLock { uploads in
            defer { uploads.removeAll() }
            return Array(uploads.values)
        }
        for delivery in all { await delivery.shutdown() }
    }
}
