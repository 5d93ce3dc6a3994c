import Foundation
import Logging
import Partners
import Store
import Transport

/// The outbound transport of each partner channel, as the daemon is configured: a local folder for `directory`
/// channels (and for every channel when the configuration has a local root).
public struct ChannelOutboundTransports: OutboundTransports {
    let partners: PartnerDirectory
    let localRoot: String?
    let retry: RetryPolicy
    let retryByPartner: [String: RetryPolicy]
    let http: HTTPChannelTransports
    let sftp: SFTPChannels

    public init(partners: PartnerDirectory, localRoot: String?, retry: RetryPolicy,
                retryByPartner: [String: RetryPolicy] = [:], logger: Logger) {
        self.partners = partners
        self.localRoot = localRoot
        self.retry = retry
        self.retryByPartner = retryByPartner
        self.http = HTTPChannelTransports(logger: logger)
        self.sftp = SFTPChannels()
    }

    /// Closes the HTTP clients and SFTP sessions.
    public func shutdown() async {
        await self.http.shutdown()
        await self.sftp.shutdown()
    }

    public func transport(for message: StoredMessage) -> Result<any OutboundTransport, DeliveryError> {
        guard let partnerID = message.partner, let profile = self.partners.profile(partnerID) else {
            return .failure(DeliveryError(retryable: false,
                                          "no partner profile \(message.partner ?? "(none)") to deliver to"))
        }
        guard let name = message.channel, let channel = profile.outboundChannel(name) else {
            return .failure(DeliveryError(retryable: false,
                                          "partner \(partnerID) has no outbound channel \(message.channel ?? "(none)")"))
        }
        if let root = self.localRoot {
            return .success(DirectoryDelivery(folder: LocalFolders(root: root).outbox(partnerID)))
        }
        switch channel.transport {
        case .directory(let settings):
            return .success(DirectoryDelivery(folder: settings.path, temporarySuffix: settings.temporarySuffix))
        case .http(let settings):
            return self.http.delivery(settings, channel: name, profile: profile)
        case .sftp(let settings):
            return self.sftp.delivery(settings, channel: name, profile: profile)
        case .mllp:
            return .failure(DeliveryError(
                retryable: true,
                "the \(channel.transportName) transport of \(partnerID)/\(name) is not served by this Wharf yet"))
        }
    }

    public func retryPolicy(for message: StoredMessage) -> RetryPolicy {
        message.partner.flatMap { self.retryByPartner[$0] } ?? self.retry
    }
}

/// The folders of a local root: `inbox/<partner>/`, `archive/<partner>/`, `outbox/<partner>/`.
public struct LocalFolders: Sendable, Hashable {
    public var root: String

    public init(root: String) { self.root = root }

    public func inbox(_ partner: String) -> String { self.folder("inbox", partner) }
    public func archive(_ partner: String) -> String { self.folder("archive", partner) }
    public func outbox(_ partner: String) -> String { self.folder("outbox", partner) }

    private func folder(_ kind: String, _ partner: String) -> String {
        ((self.root as NSString).appendingPathComponent(kind) as NSString).appendingPathComponent(partner)
    }
}
