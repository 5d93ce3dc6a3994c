import Foundation

/// Runs the built `wharf` executable as a user would, with a time limit, and captures what it prints.
///
/// Tests of the CLI go through a real process so that exit codes, standard output and standard error are exactly
/// what a user sees, and so that a crash or hang fails a test instead of the test runner.
public struct WharfProcess {
    /// What one run gave.
    public struct Result: Sendable {
        /// The exit status, or 128 + signal when the process was killed by a signal.
        public var status: Int32
        /// True when the process was ended by a signal (a crash, or the time limit).
        public var crashed: Bool
        /// True when the time limit ended it.
        public var timedOut: Bool
        /// Standard output.
        public var stdout: String
        /// Standard error.
        public var stderr: String
    }

    /// The repository root, found from this file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `wharf` executable next to the test bundle (the same build), or under `.build/debug`.
    public static let executable: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("wharf")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repositoryRoot.appendingPathComponent(".build/debug/wharf")
    }()

    /// Runs `wharf arguments…` with `input` on standard input, killing it after `timeout` seconds.
    public static func run(_ arguments: [String], input: [UInt8] = [], timeout: TimeInterval = 60) throws -> Result {
        let process = Process()
        process.executableURL = self.executable
        process.arguments = arguments
        process.currentDirectoryURL = self.repositoryRoot
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        let outBox = DataBox(), errBox = DataBox()
        let group = DispatchGroup()
        for (pipe, box) in [(stdout, outBox), (stderr, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.data = Self.readToEnd(pipe.fileHandleForReading.fileDescriptor)
                group.leave()
            }
        }
        try process.run()
        Self.writeAll(input, to: stdin.fileHandleForWriting.fileDescriptor)
        try stdin.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        process.waitUntilExit()
        group.wait()
        let crashed = process.terminationReason == .uncaughtSignal
        return Result(status: crashed ? 128 + process.terminationStatus : process.terminationStatus,
                      crashed: crashed, timedOut: timedOut,
                      stdout: String(decoding: outBox.data, as: UTF8.self),
                      stderr: String(decoding: errBox.data, as: UTF8.self))
    }
}

extension WharfProcess {
    /// Reads a descriptor to its end, retrying interrupted reads (Foundation's `readDataToEndOfFile` traps on EINTR).
    static func readToEnd(_ descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }

    /// Writes all of `bytes`, retrying interrupted writes; gives up quietly when the reader has gone.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
