import ArgumentParser
import Foundation
import Store

/// `wharf messages show ID`.
struct MessagesShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one message: its record, diagnostics, delivery attempts, the messages it produced; --body prints its bytes.")

    @OptionGroup var daemon: DaemonOptions

    @Argument(help: "The message id (m42 or 42).")
    var id: String

    @Flag(help: "Print the message's bytes (which may hold patient data) instead of its record.")
    var body = false

    func run() async throws {
        try await DaemonOptions.operate {
            try await self.show()
        }
    }

    private func show() async throws {
        guard let id = MessageID(self.id) else { throw CommandFailure.io("\(self.id) is not a message id (m42 or 42)") }
        let store = try self.daemon.openStore(try self.daemon.load())
        guard let message = try await store.message(id) else { throw CommandFailure.invalid("no message \(id)") }
        let out = FileOutput.standardOutput
        if self.body {
            out.write(try await store.body(of: id) ?? [])
            return
        }
        let formatter = ISO8601DateFormatter()
        var lines = [
            "id: \(message.id)", "state: \(message.state.rawValue)" + (message.flagged ? " (flagged)" : ""),
            "direction: \(message.direction.rawValue)" + (message.role.map { " (\($0.rawValue))" } ?? ""),
            "partner: \(message.partner ?? "-")", "channel: \(message.channel ?? "-")",
            "transport: \(message.transport ?? "-")", "remote: \(message.remote ?? "-")",
            "format: \(message.format ?? "-")", "type: \(message.messageType ?? "-")",
            "control: \(message.controlKey ?? "-")", "size: \(message.size)", "sha256: \(message.contentHash)",
            "created: \(formatter.string(from: message.createdAt))", "updated: \(formatter.string(from: message.updatedAt))",
        ]
        if let parent = message.parent { lines.append("from: \(parent)") }
        if let duplicate = message.duplicateOf { lines.append("duplicate of: \(duplicate)") }
        if let key = message.idempotencyKey { lines.append("idempotency key: \(key)") }
        if let next = message.nextAttemptAt, message.state == .failed { lines.append("next attempt: \(formatter.string(from: next))") }
        if let error = message.lastError { lines.append("error: \(error)") }
        if let problem = message.sourceProblem { lines.append("source: \(problem)") }
        for diagnostic in message.diagnostics { lines.append("diagnostic: \(diagnostic.text)") }
        for attempt in try await store.attempts(of: id) {
            lines.append("attempt \(attempt.number): \(formatter.string(from: attempt.at)) \(attempt.outcome)"
                + (attempt.status.map { " \($0)" } ?? "") + (attempt.detail.map { " — \($0)" } ?? ""))
        }
        for child in try await store.messages(matching: MessageFilter(parent: id, limit: 1000)).reversed() {
            lines.append("produced: \(child.id) \(child.role?.rawValue ?? "output") \(child.format ?? "-") "
                + "\(child.messageType ?? "-") → \(child.partner ?? "-")/\(child.channel ?? "-") \(child.state.rawValue)")
        }
        out.write(lines.joined(separator: "\n") + "\n")
    }
}
