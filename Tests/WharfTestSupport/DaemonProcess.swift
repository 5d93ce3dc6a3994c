import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A long-running `wharf` process (the daemon) started by a test: its output goes to files, and the test sends it
/// signals and waits for it. Every wait is a plain blocking wait: call it from synchronous tests only.
public final class DaemonProcess: @unchecked Sendable {
    public let process: Process
    public let stdoutPath: String
    public let stderrPath: String

    /// Starts `wharf arguments…` in the repository root with `environment` added to this process's.
    public init(_ arguments: [String], environment: [String: String] = [:], logFolder: URL) throws {
        self.process = Process()
        self.process.executableURL = WharfProcess.executable
        self.process.arguments = arguments
        self.process.currentDirectoryURL = WharfProcess.repositoryRoot
        self.process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stamp = UUID().uuidString.prefix(8)
        self.stdoutPath = logFolder.appendingPathComponent("daemon-\(stamp).out").path
        self.stderrPath = logFolder.appendingPathComponent("daemon-\(stamp).err").path
        _ = FileManager.default.createFile(atPath: self.stdoutPath, contents: nil)
        _ = FileManager.default.createFile(atPath: self.stderrPath, contents: nil)
        self.process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: self.stdoutPath))
        self.process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: self.stderrPath))
        self.process.standardInput = FileHandle.nullDevice
        try self.process.run()
    }

    /// Sends `signal` (SIGTERM, SIGKILL…).
    public func send(_ signal: Int32) { kill(self.process.processIdentifier, signal) }

    /// Waits up to `timeout` seconds for the exit; returns the exit status (128 + signal when killed), or `nil` when
    /// it is still running.
    public func waitForExit(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while self.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        guard !self.process.isRunning else { return nil }
        return self.process.terminationReason == .uncaughtSignal
            ? 128 + self.process.terminationStatus : self.process.terminationStatus
    }

    /// Kills it when it is still running (for cleanup).
    public func stop() {
        guard self.process.isRunning else { return }
        self.send(SIGKILL)
        _ = self.waitForExit(timeout: 10)
    }

    public var standardError: String { (try? String(contentsOfFile: self.stderrPath, encoding: .utf8)) ?? "" }

    /// Waits up to `timeout` seconds for `condition`, checking every 20 ms.
    public static func waitUntil(timeout: TimeInterval, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return try condition()
    }

    /// ``waitUntil(timeout:_:)`` for async tests: sleeps with `Task.sleep`, never blocking a thread of Swift's pool.
    public static func eventually(timeout: TimeInterval, _ condition: () throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return try condition()
    }

    /// ``waitForExit(timeout:)`` for async tests, without blocking a thread of Swift's pool.
    public func exit(timeout: TimeInterval) async -> Int32? {
        _ = await Self.eventually(timeout: timeout) { !self.process.isRunning }
        return self.waitForExit(timeout: 0)
    }
}
