/// SHA-256 (FIPS 180-4) over bytes in memory or arriving in pieces: the content hash the message store uses to detect duplicates.
///
/// Small and dependency-free on purpose: Wharf hashes each payload once, on intake. Whole blocks are read straight
/// from the input's buffer and the message schedule lives on the stack; nothing is allocated per block.
public enum SHA256 {
    /// The eight working words.
    fileprivate struct State: Sendable {
        var a: UInt32 = 0x6a09e667, b: UInt32 = 0xbb67ae85, c: UInt32 = 0x3c6ef372, d: UInt32 = 0xa54ff53a
        var e: UInt32 = 0x510e527f, f: UInt32 = 0x9b05688c, g: UInt32 = 0x1f83d9ab, h: UInt32 = 0x5be0cd19

        var words: [UInt32] { [self.a, self.b, self.c, self.d, self.e, self.f, self.g, self.h] }
    }

    /// The 32-byte digest of `bytes`.
    public static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var hasher = Hasher()
        Array(bytes).withUnsafeBytes { hasher.update($0) }
        return hasher.finalize()
    }

    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        self.hex(digest: self.digest(bytes))
    }

    /// A 32-byte digest as 64 lowercase hexadecimal digits.
    public static func hex(digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// SHA-256 over bytes that arrive in pieces (a file downloaded chunk by chunk): the same digest as
    /// ``SHA256/digest(_:)`` over the pieces joined, without ever holding them together.
    public struct Hasher: Sendable {
        private var state = State()
        /// Bytes of an unfinished block, waiting for the next piece.
        private var pending = [UInt8](repeating: 0, count: 64)
        private var pendingCount = 0
        private var length: UInt64 = 0

        /// Creates a hasher that has seen no bytes yet.
        public init() {}

        /// Adds the next piece.
        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            guard !bytes.isEmpty else { return }
            self.length &+= UInt64(bytes.count)
            var offset = 0
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                SHA256.roundConstants.withUnsafeBufferPointer { constants in
                    if self.pendingCount > 0 {
                        let taken = min(64 - self.pendingCount, bytes.count)
                        for index in 0..<taken { self.pending[self.pendingCount + index] = bytes[index] }
                        self.pendingCount += taken
                        offset = taken
                        guard self.pendingCount == 64 else { return }
                        self.pending.withUnsafeBytes { SHA256.compress(&self.state, $0, schedule, constants) }
                        self.pendingCount = 0
                    }
                    while bytes.count - offset >= 64 {
                        SHA256.compress(&self.state, UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 64]),
                                        schedule, constants)
                        offset += 64
                    }
                    for index in offset..<bytes.count { self.pending[index - offset] = bytes[index] }
                    self.pendingCount = bytes.count - offset
                }
            }
        }

        /// Adds the next piece.
        public mutating func update(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { self.update($0) }
        }

        /// The 32-byte digest of everything added.
        public consuming func finalize() -> [UInt8] {
            // The last partial block, the 0x80 marker and the bit length: one or two more blocks.
            let rest = self.pendingCount
            let blocks = rest + 1 + 8 > 64 ? 2 : 1
            var tail = [UInt8](repeating: 0, count: 128)
            for index in 0..<rest { tail[index] = self.pending[index] }
            tail[rest] = 0x80
            let bitLength = self.length &* 8
            for index in 0..<8 { tail[blocks * 64 - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(index))) }
            var state = self.state
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                SHA256.roundConstants.withUnsafeBufferPointer { constants in
                    tail.withUnsafeBytes { padded in
                        for block in 0..<blocks {
                            SHA256.compress(&state, UnsafeRawBufferPointer(rebasing: padded[block * 64..<block * 64 + 64]),
                                            schedule, constants)
                        }
                    }
                }
            }
            var digest = [UInt8]()
            digest.reserveCapacity(32)
            for word in state.words {
                for shift in stride(from: 24, through: 0, by: -8) { digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
            }
            return digest
        }
    }

    @inline(__always)
    fileprivate static func compress(_ state: inout State, _ block: UnsafeRawBufferPointer,
                                 _ w: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>) {
        for index in 0..<16 {
            w[index] = UInt32(block[4 * index]) << 24 | UInt32(block[4 * index + 1]) << 16
                | UInt32(block[4 * index + 2]) << 8 | UInt32(block[4 * index + 3])
        }
        for index in 16..<64 {
            let s0 = rotate(w[index - 15], 7) ^ rotate(w[index - 15], 18) ^ (w[index - 15] >> 3)
            let s1 = rotate(w[index - 2], 17) ^ rotate(w[index - 2], 19) ^ (w[index - 2] >> 10)
            w[index] = w[index - 16] &+ s0 &+ w[index - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h)
        for index in 0..<64 {
            let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
            let choice = (e & f) ^ (~e & g)
            let temporary1 = h &+ s1 &+ choice &+ k[index] &+ w[index]
            let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temporary1, c, b, a, temporary1 &+ s0 &+ majority)
        }
        state.a &+= a; state.b &+= b; state.c &+= c; state.d &+= d
        state.e &+= e; state.f &+= f; state.g &+= g; state.h &+= h
    }

    @inline(__always)
    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 { value >> count | value << (32 - count) }

    fileprivate static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
}
