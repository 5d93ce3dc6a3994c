import Foundation
import Logging
import NIOCore
import NIOHTTP1
import Transport
import WharfCore

/// What the intake handler of every connection calls: the sink and the server's closures.
struct IntakeEndpoints: Sendable {
    var sink: any InboundSink
    /// The inbound channel an address names, or `nil` (a dictionary lookup: it runs on the event loop).
    var channel: @Sendable (IntakeAddress) -> IntakeChannel?
    var ready: @Sendable () async -> Bool
    var metrics: @Sendable () async -> String
    var maximumBodyBytes: Int
    var logger: Logger
}

/// Told to each connection when the server stops: close now if idle, else after the current answer.
struct IntakeShutdownEvent: Sendable {}

/// One intake connection: reads a request (one at a time; the pipelining handler queues the next), answers it, and
/// keeps the connection open when the client asked for keep-alive. An inbound message is answered only after the sink
/// stored it.
final class HTTPIntakeHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// Where the connection is in its current request.
    private enum Phase {
        /// Between requests.
        case idle
        /// Reading a request's head and body (kept only for an admitted inbound request under the size limit).
        case receiving(head: HTTPRequestHead, route: IntakeRoute, admission: Admission?, body: ByteBuffer, tooLarge: Bool)
        /// Waiting for the sink or a closure; the answer follows.
        case processing
    }

    /// What an inbound request's head decides: its channel and whether its credentials admit it.
    enum Admission {
        case admitted(IntakeChannel)
        case unknown(IntakeAddress)
        case unauthorized(IntakeChannel)
    }

    private let endpoints: IntakeEndpoints
    private let remote: String?
    private var phase = Phase.idle
    private var closeWhenIdle = false
    /// Whether the server is stopping; read when answering, so that an answer written after ``HTTPIntakeServer/stop()``
    /// began closes its connection even before the shutdown event reaches this handler.
    private let stopping: @Sendable () -> Bool

    init(endpoints: IntakeEndpoints, remote: String?, stopping: @escaping @Sendable () -> Bool = { false }) {
        self.endpoints = endpoints
        self.remote = remote
        self.stopping = stopping
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch Self.unwrapInboundIn(data) {
        case .head(let head):
            let route = IntakeRoute(method: head.method.rawValue, uri: head.uri)
            var admission: Admission?
            if case .inbound(let address) = route {
                if let channel = self.endpoints.channel(address) {
                    admission = channel.credentials.admits(head.headers.first(name: "authorization"))
                        ? .admitted(channel) : .unauthorized(channel)
                } else {
                    admission = .unknown(address)
                }
            }
            let declared = head.headers.first(name: "content-length").flatMap { Int($0) } ?? 0
            self.phase = .receiving(head: head, route: route, admission: admission,
                                    body: context.channel.allocator.buffer(capacity: 0),
                                    tooLarge: declared > self.endpoints.maximumBodyBytes)
        case .body(var chunk):
            guard case .receiving(let head, let route, let admission, var body, var tooLarge) = self.phase else { return }
            self.phase = .processing  // drop the reference while editing, so the buffer is not copied
            if !tooLarge, case .admitted = admission {
                if body.readableBytes + chunk.readableBytes > self.endpoints.maximumBodyBytes {
                    tooLarge = true
                    body.clear()
                } else {
                    body.writeBuffer(&chunk)
                }
            }
            self.phase = .receiving(head: head, route: route, admission: admission, body: body, tooLarge: tooLarge)
        case .end:
            guard case .receiving(let head, let route, let admission, let body, let tooLarge) = self.phase else { return }
            self.phase = .processing
            if case .inbound = route, let admission {
                self.receive(context: context, head: head, admission: admission, body: body, tooLarge: tooLarge)
            } else {
                self.dispatch(context: context, head: head, route: route)
            }
        }
    }

    private func dispatch(context: ChannelHandlerContext, head: HTTPRequestHead, route: IntakeRoute) {
        let endpoints = self.endpoints
        switch route {
        case .notFound, .inbound:
            self.respond(context: context, head: head, .error(.notFound, code: "not-found", message: "no such path"))
        case .methodNotAllowed(let allow):
            var response = IntakeResponse.error(.methodNotAllowed, code: "method-not-allowed",
                                                message: "use \(allow) on this path")
            response.extraHeaders.append(("Allow", allow))
            self.respond(context: context, head: head, response)
        case .live:
            self.respond(context: context, head: head, .text(.ok, "ok\n"))
        case .ready:
            self.respondLater(context: context, head: head) {
                await endpoints.ready() ? .text(.ok, "ready\n") : .text(.serviceUnavailable, "not ready\n")
            }
        case .metrics:
            self.respondLater(context: context, head: head) {
                .text(.ok, await endpoints.metrics(), contentType: "text/plain; version=0.0.4; charset=utf-8")
            }
        }
    }

    /// An inbound message: refused when its channel is unknown, its credentials do not admit it or it is too
    /// large; otherwise answered once the sink stored it.
    private func receive(context: ChannelHandlerContext, head: HTTPRequestHead, admission: Admission,
                         body: ByteBuffer, tooLarge: Bool) {
        let endpoints = self.endpoints
        let channel: IntakeChannel
        switch admission {
        case .unknown(.partner):
            self.respond(context: context, head: head,
                         .error(.notFound, code: "unknown-partner", message: "no inbound HTTP channel for this partner"))
            return
        case .unknown(.path):
            self.respond(context: context, head: head, .error(.notFound, code: "not-found", message: "no such path"))
            return
        case .unauthorized(let refused):
            endpoints.logger.notice("inbound request refused: credentials missing or wrong", metadata: [
                "partner": "\(refused.partner)", "channel": "\(refused.name)", "remote": "\(self.remote ?? "-")",
            ])
            var response = IntakeResponse.error(
                .unauthorized, code: "unauthorized",
                message: "this channel needs the credentials agreed with the partner in the Authorization header")
            if let challenge = refused.credentials.challenge { response.extraHeaders.append(("WWW-Authenticate", challenge)) }
            self.respond(context: context, head: head, response)
            return
        case .admitted(let admitted):
            channel = admitted
        }
        if tooLarge {
            var response = IntakeResponse.error(
                .payloadTooLarge, code: "too-large", message: "the body exceeds \(endpoints.maximumBodyBytes) bytes")
            response.closesConnection = true
            self.respond(context: context, head: head, response)
            return
        }
        var body = body
        let partner = channel.partner
        let payload = Payload(bytes: body.readBytes(length: body.readableBytes) ?? [], name: channel.name)
        let origin = Origin(transport: "http", partner: partner, channel: channel.name, remote: self.remote)
        self.respondLater(context: context, head: head) {
            do {
                let receipt = try await endpoints.sink.accept(payload, from: origin)
                endpoints.logger.info("inbound message stored", metadata: [
                    "partner": "\(partner)", "channel": "\(channel.name)", "message": "\(receipt.id)",
                    "remote": "\(origin.remote ?? "-")", "bytes": "\(payload.count)",
                ])
                return .accepted(message: receipt.id, duplicate: receipt.duplicate)
            } catch let rejection as IntakeRejection {
                endpoints.logger.notice("inbound message refused", metadata: [
                    "partner": "\(partner)", "code": "\(rejection.code)",
                    "diagnostic": "\(rejection.diagnostics.first?.code.rawValue ?? "-")",
                ])
                return .rejected(rejection)
            } catch {
                endpoints.logger.warning("inbound message not stored", metadata: [
                    "partner": "\(partner)", "error": "\(type(of: error))",
                ])
                var response = IntakeResponse.error(.serviceUnavailable, code: "not-stored",
                                                    message: "the message could not be stored; send it again later")
                response.extraHeaders.append(("Retry-After", "30"))
                return response
            }
        }
    }

    /// Answers with what `work` returns, on the event loop, once it is done.
    private func respondLater(context: ChannelHandlerContext, head: HTTPRequestHead,
                              _ work: @escaping @Sendable () async -> IntakeResponse) {
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.eventLoop.makeFutureWithTask(work).whenSuccess { response in
            let (handler, context) = bound.value
            handler.respond(context: context, head: head, response)
        }
    }

    private func respond(context: ChannelHandlerContext, head request: HTTPRequestHead, _ response: IntakeResponse) {
        let keepAlive = request.isKeepAlive && !response.closesConnection && !self.closeWhenIdle && !self.stopping()
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: response.contentType)
        headers.add(name: "Content-Length", value: "\(response.body.utf8.count)")
        for (name, value) in response.extraHeaders {
            headers.add(name: name, value: value)
        }
        if !keepAlive {
            headers.add(name: "Connection", value: "close")
        }
        let head = HTTPResponseHead(version: request.version, status: response.status, headers: headers)
        context.write(Self.wrapOutboundOut(.head(head)), promise: nil)
        if request.method != .HEAD {
            context.write(Self.wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: response.body)))), promise: nil)
        }
        self.phase = .idle
        if keepAlive {
            context.writeAndFlush(Self.wrapOutboundOut(.end(nil)), promise: nil)
        } else {
            let channel = context.channel
            context.writeAndFlush(Self.wrapOutboundOut(.end(nil))).whenComplete { _ in
                channel.close(promise: nil)
            }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case is IntakeShutdownEvent:
            self.closeWhenIdle = true
            if case .idle = self.phase {
                context.close(promise: nil)
            }
        case let idle as IdleStateHandler.IdleStateEvent where idle == .read:
            // A silent client (idle keep-alive, or a request that stopped arriving); never one waiting for the sink.
            if case .processing = self.phase { return }
            context.close(promise: nil)
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A broken connection or a malformed request (answered 400 by the protocol error handler before this).
        context.close(promise: nil)
    }
}
