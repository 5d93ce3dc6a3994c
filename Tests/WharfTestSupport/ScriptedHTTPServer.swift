import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization

/// A request as the scripted server received it.
public struct RecordedRequest: Sendable {
    public var method: String
    public var uri: String
    public var headers: HTTPHeaders
    public var body: [UInt8]

    /// The path without the query string.
    public var path: String { String(self.uri.split(separator: "?").first ?? "") }
}

/// What the scripted server does with one request.
public enum ScriptedAnswer: Sendable {
    /// Answer with `status`, `headers` and `body`.
    case respond(Int, headers: [(String, String)] = [], body: String = "")
    /// Never answer (the client's timeout must end the attempt).
    case hang
    /// Close the connection without answering, with a TCP reset.
    case reset

    public static let ok = ScriptedAnswer.respond(200, body: "ok")
}

/// A real HTTP/1.1 server on 127.0.0.1 (port 0) for delivery tests: each request is recorded, then answered as
/// `script` says for it and its ordinal among the requests to the same path (1-based). Optionally over TLS.
public final class ScriptedHTTPServer: Sendable {
    public typealias Script = @Sendable (RecordedRequest, _ ordinal: Int) -> ScriptedAnswer

    private struct State {
        var listener: (any Channel)?
        var connections: [ObjectIdentifier: any Channel] = [:]
        var requests: [RecordedRequest] = []
    }

    private let script: Script
    private let tls: NIOSSLContext?
    private let state = Mutex(State())

    public init(tls: NIOSSLContext? = nil, script: @escaping Script = { _, _ in .ok }) {
        self.tls = tls
        self.script = script
    }

    /// Binds to a free port on 127.0.0.1 and returns it.
    public func start() async throws -> Int {
        let tls = self.tls
        let listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { [weak self] channel in
                if let self {
                    let id = ObjectIdentifier(channel)
                    self.state.withLock { $0.connections[id] = channel }
                    channel.closeFuture.whenComplete { _ in
                        self.state.withLock { _ = $0.connections.removeValue(forKey: id) }
                    }
                }
                return channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    if let tls {
                        try pipeline.addHandler(NIOSSLServerHandler(context: tls))
                    }
                    try pipeline.configureHTTPServerPipeline(withErrorHandling: true)
                    try pipeline.addHandler(ScriptedHandler(server: self))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        self.state.withLock { $0.listener = listener }
        return listener.localAddress!.port!
    }

    /// Closes the listener and every connection (hanging ones too).
    public func stop() async {
        let (listener, connections) = self.state.withLock { state in
            defer { state.listener = nil }
            return (state.listener, Array(state.connections.values))
        }
        try? await listener?.close()
        for connection in connections {
            try? await connection.close()
        }
    }

    /// Every request received so far, in arrival order.
    public var requests: [RecordedRequest] { self.state.withLock { $0.requests } }

    /// The requests to `path`.
    public func requests(to path: String) -> [RecordedRequest] { self.requests.filter { $0.path == path } }

    /// Records `request` and returns the script's answer for it.
    fileprivate func received(_ request: RecordedRequest) -> ScriptedAnswer {
        let ordinal = self.state.withLock { state in
            state.requests.append(request)
            return state.requests.count { $0.path == request.path }
        }
        return self.script(request, ordinal)
    }
}

/// Reads one request at a time and answers as scripted.
private final class ScriptedHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private weak var server: ScriptedHTTPServer?
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []

    init(server: ScriptedHTTPServer?) {
        self.server = server
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch Self.unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            self.body = []
        case .body(var chunk):
            self.body += chunk.readBytes(length: chunk.readableBytes) ?? []
        case .end:
            guard let head = self.head, let server = self.server else { return }
            let request = RecordedRequest(method: head.method.rawValue, uri: head.uri, headers: head.headers,
                                          body: self.body)
            switch server.received(request) {
            case .respond(let status, let extra, let body):
                var headers = HTTPHeaders(extra)
                headers.replaceOrAdd(name: "Content-Length", value: "\(body.utf8.count)")
                let response = HTTPResponseHead(version: head.version, status: HTTPResponseStatus(statusCode: status),
                                                headers: headers)
                context.write(Self.wrapOutboundOut(.head(response)), promise: nil)
                context.write(Self.wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
                context.writeAndFlush(Self.wrapOutboundOut(.end(nil)), promise: nil)
            case .hang:
                break
            case .reset:
                // SO_LINGER 0: close sends a TCP reset instead of a FIN.
                let channel = context.channel
                if let provider = channel as? any SocketOptionProvider {
                    provider.setSoLinger(linger(l_onoff: 1, l_linger: 0)).whenComplete { _ in
                        channel.close(promise: nil)
                    }
                } else {
                    channel.close(promise: nil)
                }
            }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
