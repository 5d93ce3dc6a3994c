import Dispatch
import Foundation

extension CanonicalJSON {
    /// From how many documents a file is written on every core.
    static let documentsEncodedInParallel = 64

    /// The same bytes as the sequential writer, for many documents: each document is written on its own (on every
    /// core), indented to its place in the `documents` array, and the pieces are joined in order.
    static func encodeInParallel(_ documents: [CanonicalDocument]) throws(CanonicalJSONError) -> [UInt8] {
        let pieces = PiecesOfAFile(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            do {
                pieces.results[index] = .success(Self.indented(try CanonicalJSONWriter.encode(documents[index])))
            } catch let error as EncodingError {
                let inner = CanonicalJSONError(encoding: error)
                pieces.results[index] = .failure(CanonicalJSONError(
                    inner.code, path: "/documents/\(index)" + inner.path, inner.message))
            } catch {
                pieces.results[index] = .failure(CanonicalJSONError(
                    .unencodable, path: "/documents/\(index)", "The document could not be encoded."))
            }
        }
        var output = Array("{\n  \"canonicalVersion\" : \"\(Self.version)\",\n  \"documents\" : [".utf8)
        for index in 0..<documents.count {
            let piece = try pieces.results[index]!.get()
            output.append(contentsOf: index == 0 ? Array("\n    ".utf8) : Array(",\n    ".utf8))
            output.append(contentsOf: piece)
        }
        output.append(contentsOf: Array("\n  ]\n}\n".utf8))
        return output
    }

    /// `json` (a value written at the top level) indented by four spaces, as the third level of the file: every
    /// line but the first and the blank lines of empty containers. Whole lines are copied at a time (a byte at a
    /// time cost a tenth of `wharf translate --to canonical`).
    private static func indented(_ json: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(json.count + json.count / 8)
        let indent: [UInt8] = [0x20, 0x20, 0x20, 0x20]
        json.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            let count = source.count
            var start = 0
            while start < count {
                let end = memchr(base + start, 0x0A, count - start)
                    .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) + 1 } ?? count
                output.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<end]))
                if end < count, source[end - 1] == 0x0A, source[end] != 0x0A { output.append(contentsOf: indent) }
                start = end
            }
        }
        return output
    }

    /// The encoded documents, one slot per document, each written by the one iteration that encodes it and read
    /// once `concurrentPerform` has returned.
    private final class PiecesOfAFile: @unchecked Sendable {
        let results: UnsafeMutableBufferPointer<Result<[UInt8], CanonicalJSONError>?>

        init(count: Int) {
            self.results = .allocate(capacity: count)
            self.results.initialize(repeating: nil)
        }

        deinit {
            self.results.deinitialize()
            self.results.deallocate()
        }
    }
}
