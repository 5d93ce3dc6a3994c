import Foundation
import NIOCore
import NIOPosix
import Synchronization
import Transport
import WharfCore

/// An MLLP listener: accepts connections (several at once), reads framed messages, hands each to the inbound sink,
/// and only then answers with the acknowledgment the acknowledger gives for the stored (or unstored) message.
/// Messages on one connection are answered in order. A connection idle longer than the idle timeout, or sending a
/// message above the maximum size, is closed.
///
/// ```swift
/// let listener = MLLPListener(configuration: .init(port: 2575), sink: sink, acknowledger: acknowledger)
/// let port = try await listener.start()
/// …
/// try await listener.stop()
/// ```
public final class MLLPListener: Sendable {
    /// Listener settings (a partner's `mllp` channel).
    public struct Configuration: Sendable {
        /// The address to bind (`127.0.0.1`, `0.0.0.0`).
        public var host: String
        /// The port; 0 picks a free one (see ``MLLPListener/start()``).
        public var port: Int
        /// The largest message accepted.
        public var maximumMessageBytes: Int
        /// How long a connection may stay silent.
        public var idleTimeout: TimeAmount
        /// The partner and channel the connections belong to (for the origin of stored messages).
        public var partner: String?
        public var channel: String?

        /// Creates settings.
        public init(host: String = "127.0.0.1", port: Int, maximumMessageBytes: Int = 1 << 20,
                    idleTimeout: TimeAmount = .seconds(300), partner: String? = nil, channel: String? = nil) {
            self.host = host
            self.port = port
            self.maximumMessageBytes = maximumMessageBytes
            self.idleTimeout = idleTimeout
            self.partner = partner
            self.channel = channel
        }
    }

    private let configuration: Configuration
    private let sink: any InboundSink
    private let acknowledger: any InboundAcknowledger
    private let group: any EventLoopGroup
    private let channel = Mutex<(any Channel)?>(nil)

    /// Creates a listener; nothing is bound until ``start()``.
    public init(configuration: Configuration, sink: any InboundSink, acknowledger: any InboundAcknowledger,
                group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.sink = sink
        self.acknowledger = acknowledger
        self.group = group
    }

    /// Binds and starts accepting; returns the bound port.
    public func start() async throws -> Int {
        let configuration = self.configuration
        let sink = self.sink
        let acknowledger = self.acknowledger
        let channel = try await ServerBootstrap(group: self.group)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        IdleStateHandler(readTimeout: configuration.idleTimeout))
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(MLLPFrameDecoder(maximumMessageBytes: configuration.maximumMessageBytes)))
                    try channel.pipeline.syncOperations.addHandler(MLLPServerHandler(
                        sink: sink, acknowledger: acknowledger, origin: Origin(
                            transport: "mllp", partner: configuration.partner, channel: configuration.channel,
                            remote: channel.remoteAddress?.description)))
                }
            }
            .bind(host: configuration.host, port: configuration.port)
            .get()
        self.channel.withLock { $0 = channel }
        return channel.localAddress?.port ?? configuration.port
    }

    /// Stops accepting and closes the listening socket (open connections finish their current message).
    public func stop() async throws {
        let channel = self.channel.withLock { channel in
            defer { channel = nil }
            return channel
        }
        try await channel?.close()
    }
}

/// One connection: each framed message is stored, then acknowledged, in arrival order.
final class MLLPServerHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let sink: any InboundSink
    private let acknowledger: any InboundAcknowledger
    private let origin: Origin
    /// The previous message's answer; the next one waits for it, so answers keep the order of the messages.
    private var previous: EventLoopFuture<Void>?

    init(sink: any InboundSink, acknowledger: any InboundAcknowledger, origin: Origin) {
        self.sink = sink
        self.acknowledger = acknowledger
        self.origin = origin
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = Self.unwrapInboundIn(data)
        let payload = Payload(bytes: buffer.readBytes(length: buffer.readableBytes) ?? [])
        let sink = self.sink
        let acknowledger = self.acknowledger
        var received = self.origin
        received.receivedAt = Date()
        let origin = received
        let loop = context.eventLoop
        let stored = loop.makeFutureWithTask { () -> [UInt8] in
            let receipt = try? await sink.accept(payload, from: origin)
            return acknowledger.acknowledgment(for: payload, receipt: receipt)
        }
        let channel = context.channel
        let answered = (self.previous ?? loop.makeSucceededVoidFuture()).flatMap { stored }.flatMap { answer in
            channel.writeAndFlush(channel.allocator.buffer(bytes: MLLPFraming.frame(answer)))
        }
        self.previous = answered
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A message above the maximum size, or a broken connection: nothing of it was stored or acknowledged.
        context.close(promise: nil)
    }
}
