import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Logging
import Testing
import Transport
import WharfCore
import WharfTestSupport

/// A sink that keeps what it is given, for poller tests.
actor RecordingSink: InboundSink {
    var accepted: [(name: String?, bytes: [UInt8])] = []
    var released: [String] = []

    func accept(_ payload: Payload, from origin: Origin) async throws -> Receipt {
        self.accepted.append((payload.name, payload.bytes))
        return Receipt(id: "r\(self.accepted.count)")
    }

    func sourceReleased(_ receipt: Receipt) async throws { self.released.append(receipt.id) }
}

@Suite struct DirectoryPollerTests {
    @Test func aGrowingFileIsTakenOnlyOnceItStopsChanging() async throws {
        let folder = try TemporaryFolder("poller-growing")
        defer { folder.remove() }
        let inbox = folder.url.appendingPathComponent("inbox").path
        let archive = folder.url.appendingPathComponent("archive").path
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let sink = RecordingSink()
        let poller = DirectoryPoller(settings: .init(folder: inbox, archive: archive, partner: "p", channel: "in"),
                                     sink: sink, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let path = (inbox as NSString).appendingPathComponent("order.edi")
        try Data("ISA*part one".utf8).write(to: URL(fileURLWithPath: path))
        var stamps = await poller.poll(previous: [:])
        #expect(await sink.accepted.isEmpty)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("*part two".utf8))
        try handle.close()
        stamps = await poller.poll(previous: stamps)
        #expect(await sink.accepted.isEmpty, "the file grew since the last listing")
        _ = await poller.poll(previous: stamps)
        #expect(await sink.accepted.map(\.bytes) == [Array("ISA*part one*part two".utf8)])
        #expect(await sink.released == ["r1"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive) == ["order.edi"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: inbox).isEmpty)
    }

    @Test func temporaryAndHiddenNamesAreNeverTaken() {
        #expect(DirectoryPoller.isCandidate("order.edi", pattern: "*.edi"))
        #expect(!DirectoryPoller.isCandidate("order.txt", pattern: "*.edi"))
        #expect(!DirectoryPoller.isCandidate(".order.edi", pattern: "*"))
        #expect(!DirectoryPoller.isCandidate("order.edi.part", pattern: "*"))
        #expect(!DirectoryPoller.isCandidate("order.tmp", pattern: "*"))
    }

    @Test func archiveNamesNeverOverwrite() throws {
        let folder = try TemporaryFolder("durable-move")
        defer { folder.remove() }
        let archive = folder.url.appendingPathComponent("archive").path
        var moved: [String] = []
        for _ in 0..<3 {
            let path = folder.url.appendingPathComponent("x.edi").path
            try Data("x".utf8).write(to: URL(fileURLWithPath: path))
            moved.append((try DurableFile.move(path, into: archive) as NSString).lastPathComponent)
        }
        #expect(moved == ["x.edi", "x-1.edi", "x-2.edi"])
    }

    @Test func aMoveACrashCutShortIsFinishedNotRepeated() throws {
        let folder = try TemporaryFolder("durable-move-crash")
        defer { folder.remove() }
        let archive = folder.url.appendingPathComponent("archive").path
        try FileManager.default.createDirectory(atPath: archive, withIntermediateDirectories: true)
        let path = folder.url.appendingPathComponent("x.edi").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        // An earlier x.edi, another file, is archived already; the crash came after link() to x-1.edi.
        try Data("earlier".utf8).write(to: URL(fileURLWithPath: archive + "/x.edi"))
        #expect(link(path, archive + "/x-1.edi") == 0)
        let moved = try DurableFile.move(path, into: archive)
        #expect((moved as NSString).lastPathComponent == "x-1.edi")
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive).sorted() == ["x-1.edi", "x.edi"])
    }
}
