import Logging
import NIOCore
import Partners
import ServiceLifecycle
import Transport
import TransportMLLP

/// A partner's inbound MLLP channel as a daemon service: the listener stores each HL7 v2 message through the
/// daemon's sink and answers with an ACK only once it is stored (AE/AR with ERR when it is invalid).
public final class MLLPIntakeService: Service, Sendable {
    let listener: MLLPListener
    let partner: String
    let channel: String
    let logger: Logger

    public init(settings: MLLPSettings, partner: String, channel: String, sink: any InboundSink,
                acknowledger: any InboundAcknowledger, logger: Logger) {
        self.listener = MLLPListener(
            configuration: .init(host: settings.host ?? "127.0.0.1", port: settings.port,
                                 maximumMessageBytes: settings.maxMessageBytes,
                                 idleTimeout: .seconds(Int64(settings.idleTimeout.components.seconds)),
                                 partner: partner, channel: channel),
            sink: sink, acknowledger: acknowledger)
        self.partner = partner
        self.channel = channel
        self.logger = logger
    }

    public func run() async throws {
        let port = try await self.listener.start()
        self.logger.info("MLLP listening", metadata: [
            "partner": "\(self.partner)", "channel": "\(self.channel)", "port": "\(port)",
        ])
        try? await gracefulShutdown()
        try await self.listener.stop()
    }
}
