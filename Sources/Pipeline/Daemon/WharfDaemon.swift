import Foundation
import HL7v2Mapping
import Logging
import Partners
import ServiceLifecycle
import Store
import Transport
import TransportHTTP
import WharfCore

/// The services of `wharf serve`, wired from its configuration, the partner profiles and the store: one inbound
/// poller per local inbound channel, the translators and the deliverers.
public struct WharfDaemon: Sendable {
    public let configuration: DaemonConfiguration
    public let partners: PartnerDirectory
    public let store: any MessageStore
    public let logger: Logger
    /// Latencies, retries and dead letters of this run (with the store's counts, what `/metrics` shows).
    public let metrics = DaemonMetrics()

    public init(configuration: DaemonConfiguration, partners: PartnerDirectory, store: any MessageStore,
                logger: Logger) {
        self.configuration = configuration
        self.partners = partners
        self.store = store
        self.logger = logger
    }

    /// The daemon's parts, wired together: what `services()` runs, and what tests drive one step at a time.
    public struct Components: Sendable {
        public let sink: StoreInboundSink
        public let pollers: [DirectoryPoller]
        public let translation: TranslationService
        public let delivery: DeliveryService
        /// The outbound transports (HTTP clients to close at the end).
        public let transports: ChannelOutboundTransports
    }

    /// Wires the parts.
    public func components() -> Components {
        let translationWork = WorkSignal()
        let deliveryWork = WorkSignal()
        let sequence = ControlNumberBlocks(StoreControlNumbers(store: self.store))
        let sink = StoreInboundSink(
            store: self.store, partners: self.partners,
            policies: DuplicatePolicies(defaultPolicy: self.configuration.duplicates.defaultPolicy,
                                        byPartner: self.configuration.duplicates.partners),
            translationWork: translationWork, deliveryWork: deliveryWork, sequence: sequence, logger: self.logger)
        let transports = ChannelOutboundTransports(partners: self.partners, localRoot: self.configuration.localRoot,
                                                   retry: self.configuration.retry,
                                                   retryByPartner: self.configuration.retryByPartner, logger: self.logger)
        let translation = InboundTranslation(partners: self.partners, sequence: sequence)
        return Components(
            sink: sink, pollers: self.inboundPollers(sink: sink),
            translation: TranslationService(store: self.store, translation: translation, work: translationWork,
                                            deliveries: deliveryWork, metrics: self.metrics, logger: self.logger),
            delivery: DeliveryService(
                store: self.store, transports: transports, work: deliveryWork,
                concurrency: self.configuration.deliveryConcurrency, metrics: self.metrics,
                logger: self.logger),
            transports: transports)
    }

    /// The services to run in one service group: the pollers, the translators, the deliverers.
    public func services() -> [any Service] { self.services(self.components()) }

    /// The services that run `parts`.
    public func services(_ parts: Components) -> [any Service] {
        var services: [any Service] = parts.pollers + [
            parts.translation, parts.delivery,
            OverdueAcknowledgmentService(store: self.store, metrics: self.metrics, logger: self.logger),
        ]
        if let server = self.httpServer(sink: parts.sink) { services.append(server) }
        services += self.sftpPollers(sink: parts.sink, channels: parts.transports.sftp)
        services += self.mllpListeners(sink: parts.sink)
        return services
    }

    /// The HTTP listener: intake for partners' inbound HTTP channels (and every active partner with a local root),
    /// with their credentials; health and metrics.
    public func httpServer(sink: any InboundSink) -> HTTPIntakeServer? {
        guard let port = self.configuration.httpPort else { return nil }
        let loopback = ["127.0.0.1", "::1", "localhost"].contains(self.configuration.httpHost)
        if self.configuration.localRoot != nil, !loopback {
            self.logger.warning("with a local root on a non-loopback address, partners are served over HTTP only on their own HTTP channels",
                                metadata: ["host": "\(self.configuration.httpHost)"])
        }
        let channels = HTTPIntakeChannels(partners: self.partners,
                                          openFallback: self.configuration.localRoot != nil && loopback,
                                          logger: self.logger)
        let store = self.store
        let metrics = self.metrics
        return HTTPIntakeServer(
            configuration: .init(host: self.configuration.httpHost, port: port,
                                 maximumBodyBytes: self.configuration.httpMaxBodyBytes),
            sink: sink,
            channel: { channels.channel($0) },
            ready: { (try? await store.stateCounts()) != nil },
            metrics: { metrics.prometheusText(states: (try? await store.stateCounts()) ?? []) },
            logger: self.logger)
    }

    /// Where large inbound files wait between download and store: beside the store file, on the same disk. Spool
    /// files left by a daemon that was killed mid-download are removed (their sources are still on the server).
    private func prepareSpoolFolder() -> String {
        let folder = ((self.configuration.storePath as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("spool")
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix("wharf-sftp-") && name.hasSuffix(".spool") {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
        return folder
    }

    /// A poller per inbound SFTP channel (none with a local root). A channel that cannot be set up (a secret that
    /// cannot be read, no pinned host key) is logged and left out; the others run.
    private func sftpPollers(sink: any InboundSink, channels: SFTPChannels) -> [any Service] {
        guard self.configuration.localRoot == nil else { return [] }
        var pollers: [any Service] = []
        lazy var spoolFolder = self.prepareSpoolFolder()
        for profile in self.partners.profiles where profile.status != .disabled {
            for channel in profile.inbound {
                guard case .sftp(let settings) = channel.transport else { continue }
                do {
                    pollers.append(try channels.poller(settings, channel: channel.name, profile: profile, sink: sink,
                                                       spoolFolder: spoolFolder, logger: self.logger))
                } catch {
                    self.logger.error("SFTP channel not served", metadata: [
                        "partner": "\(profile.id)", "channel": "\(channel.name)", "error": "\(error.message)",
                    ])
                }
            }
        }
        return pollers
    }

    /// A listener per inbound MLLP channel (none with a local root: every channel is then a folder).
    private func mllpListeners(sink: any InboundSink) -> [any Service] {
        guard self.configuration.localRoot == nil else { return [] }
        var listeners: [any Service] = []
        for profile in self.partners.profiles where profile.status != .disabled {
            for channel in profile.inbound {
                guard case .mllp(let settings) = channel.transport else { continue }
                listeners.append(MLLPIntakeService(settings: settings, partner: profile.id, channel: channel.name,
                                                   sink: sink, acknowledger: HL7v2InboundAcknowledger(),
                                                   logger: self.logger))
            }
        }
        return listeners
    }

    /// A poller per inbound channel that is a local folder (every channel of an active partner, with a local root).
    private func inboundPollers(sink: any InboundSink) -> [DirectoryPoller] {
        var pollers: [DirectoryPoller] = []
        for profile in self.partners.profiles where profile.status != .disabled {
            if let root = self.configuration.localRoot {
                guard !profile.inbound.isEmpty else { continue }
                let folders = LocalFolders(root: root)
                pollers.append(DirectoryPoller(
                    settings: .init(folder: folders.inbox(profile.id), archive: folders.archive(profile.id),
                                    interval: self.configuration.pollInterval, partner: profile.id,
                                    channel: profile.inbound[0].name),
                    sink: sink, logger: self.logger))
                continue
            }
            for channel in profile.inbound {
                if case .mllp = channel.transport { continue }
                if case .sftp = channel.transport { continue }
                if case .http = channel.transport, self.configuration.httpPort != nil { continue }
                guard case .directory(let settings) = channel.transport else {
                    self.logger.warning("inbound channel not served by this Wharf yet", metadata: [
                        "partner": "\(profile.id)", "channel": "\(channel.name)", "transport": "\(channel.transportName)",
                    ])
                    continue
                }
                pollers.append(DirectoryPoller(
                    settings: .init(folder: settings.path, pattern: settings.pattern,
                                    archive: settings.afterPickup == "delete" ? nil
                                        : settings.archive ?? (settings.path as NSString).appendingPathComponent("archive"),
                                    interval: self.configuration.pollInterval, partner: profile.id,
                                    channel: channel.name),
                    sink: sink, logger: self.logger))
            }
        }
        return pollers
    }
}
