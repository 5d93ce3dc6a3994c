import Testing
import WharfCore

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func paddingBoundaries() {
        // 55, 56 and 64 bytes straddle the length field's block boundary.
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 55))
            == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 56))
            == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 64))
            == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 63)) == "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 65)) == "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 119)) == "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 120)) == "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 127)) == "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 128)) == "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 129)) == "c12cb024a2e5551cca0e08fce8f1c5e314555cc3fef6329ee994a3db752166ae")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test(arguments: [1, 7, 63, 64, 65, 1000, 65_536])
    func piecesGiveTheDigestOfTheWhole(pieceSize: Int) {
        // Bytes that are not all alike, so a piece added twice or out of order shows.
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        var hasher = SHA256.Hasher()
        var offset = 0
        while offset < bytes.count {
            hasher.update(Array(bytes[offset..<min(offset + pieceSize, bytes.count)]))
            offset += pieceSize
        }
        #expect(SHA256.hex(digest: hasher.finalize()) == SHA256.hex(bytes))
        var million = SHA256.Hasher()
        for _ in 0..<1000 { million.update([UInt8](repeating: 0x61, count: 1000)) }
        #expect(SHA256.hex(digest: million.finalize())
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
