import ArgumentParser
import Foundation
import Partners
import Pipeline
import Store

/// `wharf messages`: operate the message store.
struct MessagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "messages",
        abstract: "List, show, replay and purge the daemon's stored messages.",
        subcommands: [MessagesListCommand.self, MessagesShowCommand.self, MessagesReplayCommand.self,
                      MessagesDeadCommand.self, MessagesFlaggedCommand.self, MessagesOverdueCommand.self,
                      MessagesPurgeCommand.self])
}

/// Filters shared by `list` and `dead`.
struct MessageFilterOptions: ParsableArguments {
    @Option(help: "Only this partner's messages.")
    var partner: String?

    @Option(help: "Only messages in these states (comma-separated: received, translated, rejected, duplicate, queued, delivered, failed, dead).")
    var state: String?

    @Option(help: "Only messages changed in the last DURATION (30m, 24h, 7d).")
    var since: String?

    @Option(help: "At most this many, newest first.")
    var limit: Int = 50

    func filter(states fixed: [MessageState]? = nil) throws(CommandFailure) -> MessageFilter {
        var states = fixed ?? []
        if fixed == nil, let state = self.state {
            for name in state.split(separator: ",") {
                guard let value = MessageState(rawValue: String(name)) else {
                    throw CommandFailure.io("--state: \(name) is not a state (\(MessageState.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                states.append(value)
            }
        }
        return MessageFilter(partner: self.partner, states: states, since: try self.since.map(Self.ago), limit: self.limit)
    }

    static func ago(_ text: String) throws(CommandFailure) -> Date {
        guard let duration = DurationText.parse(text) else {
            throw CommandFailure.io("--since must be a duration such as 30m, 24h or 7d, not \(text)")
        }
        return Date().addingTimeInterval(-Double(duration.components.seconds))
    }
}
