import NIOCore

/// MLLP's framing: a message travels as `<VT> message <FS><CR>` (0x0B … 0x1C 0x0D).
public enum MLLPFraming {
    /// Start block.
    public static let start: UInt8 = 0x0B
    /// End block, followed by ``carriageReturn``.
    public static let end: UInt8 = 0x1C
    /// The carriage return after the end block.
    public static let carriageReturn: UInt8 = 0x0D

    /// `bytes` framed.
    public static func frame(_ bytes: [UInt8]) -> [UInt8] { [Self.start] + bytes + [Self.end, Self.carriageReturn] }
}

/// Splits a byte stream into MLLP messages. Bytes before a start block are skipped (and counted); a message longer
/// than `maximumMessageBytes` is an error that closes the connection, so an endless stream cannot exhaust memory.
public struct MLLPFrameDecoder: ByteToMessageDecoder {
    public typealias InboundOut = ByteBuffer

    /// The largest message accepted.
    public let maximumMessageBytes: Int
    /// How many bytes were skipped outside frames.
    public private(set) var skippedBytes = 0

    /// A decoder for messages up to `maximumMessageBytes`.
    public init(maximumMessageBytes: Int) { self.maximumMessageBytes = maximumMessageBytes }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let start = buffer.readableBytesView.firstIndex(of: MLLPFraming.start) else {
            self.skippedBytes += buffer.readableBytes
            buffer.moveReaderIndex(to: buffer.writerIndex)
            return .needMoreData
        }
        if start > buffer.readerIndex {
            self.skippedBytes += start - buffer.readerIndex
            buffer.moveReaderIndex(to: start)
        }
        let body = buffer.readableBytesView.dropFirst()
        guard let end = body.firstIndex(of: MLLPFraming.end) else {
            if body.count > self.maximumMessageBytes { throw MLLPError.messageTooLarge(limit: self.maximumMessageBytes) }
            return .needMoreData
        }
        let length = end - body.startIndex
        if length > self.maximumMessageBytes { throw MLLPError.messageTooLarge(limit: self.maximumMessageBytes) }
        // The end block must be followed by a carriage return; wait for it.
        guard end + 1 < buffer.writerIndex else { return .needMoreData }
        buffer.moveReaderIndex(forwardBy: 1)
        let message = buffer.readSlice(length: length)!
        buffer.moveReaderIndex(forwardBy: buffer.getInteger(at: buffer.readerIndex + 1, as: UInt8.self) == MLLPFraming.carriageReturn ? 2 : 1)
        context.fireChannelRead(Self.wrapInboundOut(message))
        return .continue
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer,
                                    seenEOF: Bool) throws -> DecodingState {
        while try self.decode(context: context, buffer: &buffer) == .continue {}
        // An unfinished frame at the end of the connection is dropped: it was never acknowledged.
        buffer.moveReaderIndex(to: buffer.writerIndex)
        return .needMoreData
    }
}

/// MLLP failures.
public enum MLLPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A message exceeded the configured maximum.
    case messageTooLarge(limit: Int)
    /// No acknowledgment arrived in time.
    case acknowledgmentTimeout(seconds: Double)
    /// The connection could not be made or broke before the acknowledgment.
    case connectionFailed(String)

    public var description: String {
        switch self {
        case .messageTooLarge(let limit): return "an MLLP message exceeded the maximum of \(limit) bytes"
        case .acknowledgmentTimeout(let seconds): return "no acknowledgment within \(seconds) s"
        case .connectionFailed(let reason): return "the MLLP connection failed: \(reason)"
        }
    }
}
