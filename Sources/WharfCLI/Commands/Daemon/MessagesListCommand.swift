import ArgumentParser
import Foundation
import Store

/// `wharf messages list`.
struct MessagesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List stored messages, newest first: id, state, direction, partner, format, type, control number.")

    @OptionGroup var daemon: DaemonOptions
    @OptionGroup var filter: MessageFilterOptions

    func run() async throws {
        try await MessageTable.list(self.daemon, errors: false) { () throws(CommandFailure) in try self.filter.filter() }
    }
}

/// `wharf messages dead`: the dead letters.
struct MessagesDeadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dead", abstract: "List dead-lettered messages with their last error (replay them with `messages replay`).")

    @OptionGroup var daemon: DaemonOptions
    @OptionGroup var filter: MessageFilterOptions

    func run() async throws {
        try await MessageTable.list(self.daemon, errors: true) { () throws(CommandFailure) in
            try self.filter.filter(states: [.dead])
        }
    }
}

/// `wharf messages flagged`: messages that need an operator's look, with why.
struct MessagesFlaggedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flagged",
        abstract: "List flagged messages with why: a source that could not be archived or deleted (the file is still in the partner's folder), a duplicate accepted and flagged.")

    @OptionGroup var daemon: DaemonOptions
    @OptionGroup var filter: MessageFilterOptions

    func run() async throws {
        try await MessageTable.list(self.daemon, errors: true) { () throws(CommandFailure) in
            var filter = try self.filter.filter()
            filter.flaggedOnly = true
            return filter
        }
    }
}

/// The one-line-per-message table of `list`, `dead` and `flagged`.
enum MessageTable {
    /// Prints the messages of the configured store that match `filter`.
    static func list(_ daemon: DaemonOptions, errors: Bool, filter: () throws(CommandFailure) -> MessageFilter)
        async throws {
        try await DaemonOptions.operate {
            let filter = try filter()
            let store = try daemon.openStore(try daemon.load())
            self.print(try await store.messages(matching: filter), errors: errors)
        }
    }

    static func print(_ messages: [StoredMessage], errors: Bool = false) {
        let formatter = ISO8601DateFormatter()
        var out = "id\tstate\tdirection\tpartner\tformat\ttype\tcontrol\tupdated" + (errors ? "\terror" : "") + "\n"
        for message in messages {
            var fields = [message.id.description, message.state.rawValue + (message.flagged ? "*" : ""),
                          message.direction.rawValue, message.partner ?? "-", message.format ?? "-",
                          message.messageType ?? "-", message.controlKey ?? "-", formatter.string(from: message.updatedAt)]
            if errors { fields.append(message.sourceProblem ?? message.lastError ?? "-") }
            out += fields.joined(separator: "\t") + "\n"
        }
        FileOutput.standardOutput.write(out)
    }
}

/// `wharf messages overdue`: acknowledgments partners owe past their deadline.
struct MessagesOverdueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "List expected acknowledgments (997, 999, 855) not received in time: the message sent, the partner, what is owed, since when.")

    @OptionGroup var daemon: DaemonOptions

    func run() async throws {
        try await DaemonOptions.operate {
            let store = try self.daemon.openStore(try self.daemon.load())
            let overdue = try await store.overdueAcknowledgments(now: Date())
            let formatter = ISO8601DateFormatter()
            var out = "message\tpartner\texpected\tcontrol\tdue\n"
            for item in overdue {
                out += [item.message.description, item.partner, item.acknowledgment.kind, item.acknowledgment.key,
                        formatter.string(from: item.dueAt)].joined(separator: "\t") + "\n"
            }
            FileOutput.standardOutput.write(out)
        }
    }
}
