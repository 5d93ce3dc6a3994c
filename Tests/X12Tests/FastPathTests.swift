import Foundation
import Testing
import WharfCore
import WharfTestSupport
@testable import X12

/// The validator's fast path may only say "clean" when the full check finds nothing. Checked on every segment of the
/// fixtures and of the shared corpus, each also mutated many times (seeded, so failures reproduce).
@Suite struct FastPathTests {
    private static func sources() throws -> [[UInt8]] {
        var files = try Fixtures.names.map(Fixtures.bytes)
        let corpus = ProcessInfo.processInfo.environment["WHARF_CORPUS"].map {
            URL(fileURLWithPath: $0).appendingPathComponent("x12")
        } ?? WharfProcess.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/x12")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [] {
            files.append(Array(try Data(contentsOf: corpus.appendingPathComponent(name))))
        }
        return files
    }

    @Test func fastPathNeverHidesAProblem() throws {
        var random = SeededRandom(seed: 42)
        let alphabet = Array("0123456789.-ABCZaz *>^:~|\u{7F}".utf8) + [0x00, 0x0A, 0xC3]
        var checked = 0
        var cleanCount = 0
        for bytes in try Self.sources() {
            for case .segment(let segment, let context) in Fixtures.events(bytes, chunk: bytes.count) {
                guard let dictionary = X12Dictionary.forVersion(context.version ?? context.interchangeVersion ?? ""),
                      let definition = dictionary.segment(segment.tag),
                      !["ISA", "IEA", "GS", "GE", "ST", "SE"].contains(segment.tag) else { continue }
                let slot = try #require(X12TagIndex.slot(segment.tag))
                let compiled = dictionary.compiled[Int(dictionary.compiledSlots[slot])]
                let classes = X12CompiledSegment.ByteClasses(segment.delimiters)
                var variants = [segment.bytes]
                for _ in 0..<40 {
                    var mutated = segment.bytes
                    let edits = 1 + random.next(below: 3)
                    for _ in 0..<edits where mutated.count > 4 {
                        let index = 3 + random.next(below: mutated.count - 3)
                        switch random.next(below: 3) {
                        case 0: mutated[index] = alphabet[random.next(below: alphabet.count)]
                        case 1: mutated.remove(at: index)
                        default: mutated.insert(alphabet[random.next(below: alphabet.count)], at: index)
                        }
                    }
                    variants.append(mutated)
                }
                for variant in variants {
                    let candidate = X12Segment(bytes: variant, delimiters: segment.delimiters)
                    guard candidate.tag == segment.tag else { continue }
                    let clean = variant.withUnsafeBufferPointer { compiled.isClean($0, classes: classes, codeSets: dictionary.codeSets) }
                    var diagnostics: [Diagnostic] = []
                    X12SegmentChecker(segment: candidate, definition: definition, location: X12Location())
                        .check(into: &diagnostics)
                    if clean {
                        cleanCount += 1
                        #expect(diagnostics.isEmpty, "fast path passed a segment the full check rejects: \(diagnostics.map(\.code.rawValue))")
                    }
                    checked += 1
                }
            }
        }
        // The team's fixtures alone give a few thousand variants; the shared corpus, when present, many more.
        #expect(checked > 2_000)
        #expect(cleanCount > 200)
    }
}

/// A small deterministic generator (SplitMix64) so that mutation tests reproduce.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { self.state = seed }

    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(self.next() % UInt64(bound)) }
}
