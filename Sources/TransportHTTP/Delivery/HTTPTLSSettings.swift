/// TLS settings of an outbound HTTP channel: a client certificate for mutual TLS and trust roots beyond the system's.
public struct HTTPTLSSettings: Sendable, Hashable {
    /// A PEM file with the client certificate (and its intermediates, leaf first); with ``privateKeyPath``.
    public var clientCertificatePath: String?
    /// A PEM file with the client certificate's private key.
    public var privateKeyPath: String?
    /// A PEM file with CA certificates trusted in addition to the system's (a partner's private CA).
    public var additionalTrustRootsPath: String?

    /// Creates TLS settings; give both certificate and key for mutual TLS, or neither.
    public init(clientCertificatePath: String? = nil, privateKeyPath: String? = nil,
                additionalTrustRootsPath: String? = nil) {
        self.clientCertificatePath = clientCertificatePath
        self.privateKeyPath = privateKeyPath
        self.additionalTrustRootsPath = additionalTrustRootsPath
    }
}
