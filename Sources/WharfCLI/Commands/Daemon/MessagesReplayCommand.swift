import ArgumentParser
import Foundation
import Store

/// `wharf messages replay ID…`.
struct MessagesReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Put dead, rejected, duplicate or failed messages back to work (inbound: translated again; outbound: delivered again with the same idempotency key).")

    @OptionGroup var daemon: DaemonOptions

    @Argument(help: "Message ids (m42 or 42).")
    var ids: [String]

    func run() async throws {
        try await DaemonOptions.operate {
            let store = try self.daemon.openStore(try self.daemon.load())
            for text in self.ids {
                guard let id = MessageID(text) else { throw CommandFailure.io("\(text) is not a message id (m42 or 42)") }
                let message = try await store.replay(id, now: Date())
                FileOutput.standardOutput.write("\(message.id): \(message.state.rawValue)\n")
            }
        }
    }
}

/// `wharf messages purge`.
struct MessagesPurgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Remove finished messages older than --older-than (default: delivered, translated, rejected, duplicate) and return the space.")

    @OptionGroup var daemon: DaemonOptions

    @Option(help: "Remove messages last changed longer ago than this (7d, 30d).")
    var olderThan: String = "30d"

    @Option(help: "States to remove (comma-separated).")
    var state: String = "delivered,translated,rejected,duplicate"

    func run() async throws {
        try await DaemonOptions.operate {
            let store = try self.daemon.openStore(try self.daemon.load())
            let states = try self.state.split(separator: ",").map { name throws(CommandFailure) in
                guard let state = MessageState(rawValue: String(name)) else {
                    throw CommandFailure.io("--state: \(name) is not a state")
                }
                return state
            }
            let report = try await store.prune(RetentionRule(states: states,
                                                             olderThan: try MessageFilterOptions.ago(self.olderThan)))
            FileOutput.standardOutput.write("removed \(report.messages) message(s); store \(report.bytesBefore) → \(report.bytesAfter) bytes\n")
        }
    }
}
