import Foundation
import NIOCore
import NIOPosix

/// Sends messages over MLLP and waits for each acknowledgment: connect, send the framed message, wait for one framed
/// answer within the timeout; on a timeout or a broken connection, retry after a growing pause. The answer is
/// returned as is: whether it accepts the message is the format's business.
public struct MLLPSender: Sendable {
    /// Sender settings (a partner's outbound `mllp` channel).
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        /// How long to wait for the acknowledgment of one attempt.
        public var acknowledgmentTimeout: TimeAmount
        /// How many times to try again after the first attempt.
        public var retries: Int
        /// The pause before the first retry; each further retry waits twice as long.
        public var backoff: TimeAmount
        /// The largest acknowledgment accepted.
        public var maximumMessageBytes: Int

        /// Creates settings.
        public init(host: String, port: Int, acknowledgmentTimeout: TimeAmount = .seconds(30), retries: Int = 3,
                    backoff: TimeAmount = .milliseconds(500), maximumMessageBytes: Int = 1 << 20) {
            self.host = host
            self.port = port
            self.acknowledgmentTimeout = acknowledgmentTimeout
            self.retries = retries
            self.backoff = backoff
            self.maximumMessageBytes = maximumMessageBytes
        }
    }

    public let configuration: Configuration
    private let group: any EventLoopGroup

    /// A sender with `configuration`.
    public init(configuration: Configuration, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.group = group
    }

    /// Sends `message` and returns the acknowledgment's bytes (unframed).
    /// - Throws: ``MLLPError`` when no attempt got an acknowledgment.
    public func send(_ message: [UInt8]) async throws(MLLPError) -> [UInt8] {
        var lastError = MLLPError.connectionFailed("no attempt was made")
        var pause = self.configuration.backoff
        for attempt in 0...max(0, self.configuration.retries) {
            if attempt > 0 {
                try? await Task.sleep(nanoseconds: UInt64(max(0, pause.nanoseconds)))
                pause = pause + pause
            }
            do {
                return try await self.attempt(message)
            } catch let error as MLLPError {
                lastError = error
            } catch {
                lastError = .connectionFailed(String(describing: error))
            }
        }
        throw lastError
    }

    private func attempt(_ message: [UInt8]) async throws -> [UInt8] {
        let configuration = self.configuration
        let answer = self.group.next().makePromise(of: [UInt8].self)
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: self.group)
            .connectTimeout(configuration.acknowledgmentTimeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(MLLPFrameDecoder(maximumMessageBytes: configuration.maximumMessageBytes)))
                    try channel.pipeline.syncOperations.addHandler(MLLPAnswerHandler(answer: answer))
                }
            }
            .connect(host: configuration.host, port: configuration.port)
            .get()
        } catch {
            answer.fail(error)
            throw MLLPError.connectionFailed(String(describing: error))
        }
        defer { channel.close(promise: nil) }
        let timeout = channel.eventLoop.scheduleTask(in: configuration.acknowledgmentTimeout) {
            answer.fail(MLLPError.acknowledgmentTimeout(seconds: Double(configuration.acknowledgmentTimeout.nanoseconds) / 1e9))
        }
        defer { timeout.cancel() }
        try await channel.writeAndFlush(channel.allocator.buffer(bytes: MLLPFraming.frame(message)))
        return try await answer.futureResult.get()
    }
}

/// Fulfils the promise with the first framed answer; a connection closed before it fails the promise.
final class MLLPAnswerHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer

    private let answer: EventLoopPromise<[UInt8]>

    init(answer: EventLoopPromise<[UInt8]>) { self.answer = answer }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = Self.unwrapInboundIn(data)
        self.answer.succeed(buffer.readBytes(length: buffer.readableBytes) ?? [])
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.answer.fail(MLLPError.connectionFailed("the peer closed the connection before acknowledging"))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        self.answer.fail(error)
        context.close(promise: nil)
    }
}
