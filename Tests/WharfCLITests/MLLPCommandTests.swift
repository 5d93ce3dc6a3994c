import Foundation
import Testing
import WharfTestSupport

/// `wharf mllp listen` and `wharf mllp send`, as two processes talking over loopback.
@Suite struct MLLPCommandTests {
    @Test func aListenerStoresWhatASenderSendsAndStopsOnSIGINT() throws {
        let folder = try TemporaryFolder("mllp-cli")
        defer { folder.remove() }
        let listener = Process()
        listener.executableURL = WharfProcess.executable
        listener.arguments = ["mllp", "listen", "--port", "0", "--store", folder.url.appendingPathComponent("inbox").path]
        let errors = Pipe()
        listener.standardError = errors
        try listener.run()
        defer { if listener.isRunning { listener.terminate() } }
        // The first line names the bound port.
        var banner = Data()
        while !banner.contains(0x0A), let byte = try errors.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
            banner.append(byte)
        }
        let line = String(decoding: banner, as: UTF8.self)
        let port = try #require(line.split(separator: ":").last?.split(separator: ";").first.map(String.init))
        let sent = try WharfProcess.run(["mllp", "send", "examples/hl7v2/oms-o05-supply-requisition.hl7", "--port", port])
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.contains("MSA|AA|MSG00001\n"))
        let stored = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("inbox").path)
        #expect(stored.filter { $0.hasSuffix(".msg") }.count == 1)
        kill(listener.processIdentifier, SIGINT)
        listener.waitUntilExit()
        #expect(listener.terminationStatus == 0)
    }
}
