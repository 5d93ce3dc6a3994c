import NIOCore

extension HTTPIntakeServer {
    /// Intake server settings (the daemon's `http.intake` block).
    public struct Configuration: Sendable {
        /// The address to bind (`127.0.0.1`, `0.0.0.0`).
        public var host: String
        /// The port; 0 picks a free one (see ``HTTPIntakeServer/start()``).
        public var port: Int
        /// The largest request body accepted; larger ones are answered `413`.
        public var maximumBodyBytes: Int
        /// How long a connection may stay silent (between requests, or while sending one) before it is closed.
        public var idleTimeout: TimeAmount
        /// How long ``HTTPIntakeServer/stop()`` waits for requests in progress before closing their connections.
        public var shutdownGracePeriod: TimeAmount

        /// Creates settings.
        /// - Parameters:
        ///   - host: the address to bind.
        ///   - port: the port, or 0 for a free one.
        ///   - maximumBodyBytes: the largest body accepted (default 10 MiB).
        ///   - idleTimeout: how long a connection may stay silent.
        ///   - shutdownGracePeriod: how long stopping waits for requests in progress.
        public init(host: String = "127.0.0.1", port: Int, maximumBodyBytes: Int = 10 << 20,
                    idleTimeout: TimeAmount = .seconds(60), shutdownGracePeriod: TimeAmount = .seconds(30)) {
            self.host = host
            self.port = port
            self.maximumBodyBytes = maximumBodyBytes
            self.idleTimeout = idleTimeout
            self.shutdownGracePeriod = shutdownGracePeriod
        }
    }
}
