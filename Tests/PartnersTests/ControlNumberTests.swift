import Foundation
import Testing
import WharfTestSupport

@testable import Partners

/// Control numbers: unique under concurrency, kept across a restart, reserved in blocks, wrapping at the maximum.
@Suite struct ControlNumberTests {
    @Test func eightConcurrentTranslationsNeverShareANumber() async throws {
        let folder = try TemporaryFolder("sequences")
        defer { folder.remove() }
        let store = try FileControlNumberStore(folder: folder.url)
        let numbers = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try (0..<25).map { _ in try store.next(.interchange, partner: "acme") }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(numbers.count == 200)
        #expect(Set(numbers) == Set(1...200))
    }

    @Test func aRestartContinuesWhereTheLastRunStopped() throws {
        let folder = try TemporaryFolder("sequences")
        defer { folder.remove() }
        let first = try FileControlNumberStore(folder: folder.url)
        #expect(try first.next(.group, partner: "acme") == 1)
        #expect(try first.next(.group, partner: "acme") == 2)
        #expect(try first.next(.group, partner: "other") == 1)
        // A crash between writing the temporary file and renaming it leaves the old value in force.
        try folder.write("999\n", to: "acme.gs06.tmp")
        let second = try FileControlNumberStore(folder: folder.url)
        #expect(try second.next(.group, partner: "acme") == 3)
        #expect(try second.next(.transactionSet, partner: "acme", count: 5) == 1)
        #expect(try second.next(.transactionSet, partner: "acme") == 6)
    }

    @Test func aSequenceWrapsToOneAtItsMaximum() throws {
        let folder = try TemporaryFolder("sequences")
        defer { folder.remove() }
        try folder.write("999999998\n", to: "acme.isa13")
        let store = try FileControlNumberStore(folder: folder.url)
        #expect(try store.next(.interchange, partner: "acme") == 999_999_999)
        #expect(try store.next(.interchange, partner: "acme") == 1)
        #expect(try store.next(.interchange, partner: "acme", count: 3) == 2)
    }
}
