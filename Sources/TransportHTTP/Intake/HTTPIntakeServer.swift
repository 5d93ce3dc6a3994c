import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle
import Synchronization
import Transport

/// Receives inbound messages over HTTP and stores them through the inbound sink before answering.
///
/// Routes:
/// - `POST /v1/inbound/{partner}`, or `POST` on a path a channel listens on: the body becomes a payload from the
///   channel `channel` names; the answer, `202 {"message":"<id>","duplicate":false}`, comes only after the sink
///   stored it. `404` when no channel answers to the address, `401` with `WWW-Authenticate` when the
///   `Authorization` header does not carry the channel's credentials (the body is then not kept), `413` above the
///   maximum body size, `503` when the sink throws.
/// - `GET /health/live` (`200 ok`), `GET /health/ready` (`200` or `503`, from `ready`), `GET /metrics` (`metrics`, as
///   `text/plain; version=0.0.4`).
///
/// Several connections are served at once, with keep-alive; requests on one connection are answered in order.
/// As a lifecycle `Service` it runs until graceful shutdown, then stops accepting, lets requests in progress finish
/// (up to the grace period) and closes.
///
/// ```swift
/// let server = HTTPIntakeServer(configuration: .init(port: 8080), sink: pipeline,
///                               channel: { channels[$0] },
///                               ready: { await store.isOpen }, metrics: { await registry.exposition() })
/// let serviceGroup = ServiceGroup(services: [server, …], gracefulShutdownSignals: [.sigterm], logger: logger)
/// ```
public final class HTTPIntakeServer: Service {
    /// The bound listener and open connections.
    private struct State {
        var listener: (any Channel)?
        var connections: [ObjectIdentifier: any Channel] = [:]
        var stopping = false
    }

    private let configuration: Configuration
    private let endpoints: IntakeEndpoints
    private let group: any EventLoopGroup
    private let logger: Logger
    private let state = Mutex(State())

    /// Creates a server; nothing is bound until ``start()`` or ``run()``.
    /// - Parameters:
    ///   - configuration: address, limits and timeouts.
    ///   - sink: stores inbound payloads durably.
    ///   - channel: the inbound channel an address names (a partner id or a path), with its credentials.
    ///   - ready: whether the daemon can take messages now (store open, pipeline running).
    ///   - metrics: the metrics exposition text.
    ///   - logger: where requests are logged (partner, message id, remote; never payload text).
    ///   - group: the event loops the server runs on.
    public init(configuration: Configuration, sink: any InboundSink,
                channel: @escaping @Sendable (IntakeAddress) -> IntakeChannel?,
                ready: @escaping @Sendable () async -> Bool = { true },
                metrics: @escaping @Sendable () async -> String = { "" },
                logger: Logger = Logger(label: "wharf.http.intake"),
                group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.endpoints = IntakeEndpoints(sink: sink, channel: channel, ready: ready, metrics: metrics,
                                         maximumBodyBytes: configuration.maximumBodyBytes, logger: logger)
        self.group = group
        self.logger = logger
    }

    /// Binds and starts accepting; returns the bound port.
    /// - Throws: when the address cannot be bound.
    @discardableResult
    public func start() async throws -> Int {
        let endpoints = self.endpoints
        let idleTimeout = self.configuration.idleTimeout
        let listener = try await ServerBootstrap(group: self.group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { [weak self] channel in
                self?.register(channel)
                return channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    try pipeline.addHandler(IdleStateHandler(readTimeout: idleTimeout))
                    try pipeline.configureHTTPServerPipeline(withErrorHandling: true)
                    try pipeline.addHandler(HTTPIntakeHandler(
                        endpoints: endpoints, remote: Self.describe(channel.remoteAddress),
                        stopping: { [weak self] in self?.isStopping ?? true }))
                }
            }
            .bind(host: self.configuration.host, port: self.configuration.port)
            .get()
        self.state.withLock { $0.listener = listener }
        let port = listener.localAddress?.port ?? self.configuration.port
        self.logger.info("HTTP intake listening", metadata: [
            "host": "\(self.configuration.host)", "port": "\(port)",
        ])
        return port
    }

    /// Stops accepting, lets requests in progress finish within the grace period, and closes every connection.
    public func stop() async throws {
        let (listener, connections) = self.state.withLock { state in
            state.stopping = true
            defer { state.listener = nil }
            return (state.listener, Array(state.connections.values))
        }
        try? await listener?.close()
        let grace = self.configuration.shutdownGracePeriod
        let forced = connections.map { connection in
            connection.pipeline.fireUserInboundEventTriggered(IntakeShutdownEvent())
            return connection.eventLoop.scheduleTask(in: grace) { connection.close(promise: nil) }
        }
        for connection in connections {
            try? await connection.closeFuture.get()
        }
        for task in forced {
            task.cancel()
        }
    }

    /// True once ``stop()`` has begun: every answer from then on closes its connection.
    var isStopping: Bool { self.state.withLock { $0.stopping } }

    /// The bound port while the server is listening, else `nil`.
    public var port: Int? {
        self.state.withLock { $0.listener?.localAddress?.port }
    }

    /// Runs until graceful shutdown (or cancellation), then stops as ``stop()`` does.
    public func run() async throws {
        try await self.start()
        guard let listener = self.state.withLock({ $0.listener }) else { return }
        try await withTaskCancellationHandler {
            try await withGracefulShutdownHandler {
                try await listener.closeFuture.get()
            } onGracefulShutdown: {
                listener.close(promise: nil)
            }
        } onCancel: {
            listener.close(promise: nil)
        }
        try await self.stop()
    }

    /// Tracks `channel` until it closes; a connection arriving while stopping is closed at once.
    private func register(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        let stopping = self.state.withLock { state in
            if !state.stopping {
                state.connections[id] = channel
            }
            return state.stopping
        }
        if stopping {
            channel.close(promise: nil)
            return
        }
        channel.closeFuture.whenComplete { [weak self] _ in
            self?.state.withLock { _ = $0.connections.removeValue(forKey: id) }
        }
    }

    /// `127.0.0.1:50412` or `[::1]:50412`.
    private static func describe(_ address: SocketAddress?) -> String? {
        guard let address, let ip = address.ipAddress else { return address?.description }
        let host = ip.contains(":") ? "[\(ip)]" : ip
        return address.port.map { "\(host):\($0)" } ?? host
    }
}
