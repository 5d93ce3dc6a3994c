import ArgumentParser
import Foundation
import Pipeline
import Store

/// `--config FILE`, shared by `serve` and `messages`.
struct DaemonOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The daemon's configuration (YAML); WHARF_* environment variables override it.",
                               valueName: "file"))
    var config: String?

    /// The configuration from `--config` and the environment.
    func load() throws(CommandFailure) -> DaemonConfiguration {
        do {
            return try DaemonConfiguration.load(file: self.config, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CommandFailure.io(error.message)
        }
    }

    /// The configured message store.
    func openStore(_ configuration: DaemonConfiguration) throws(CommandFailure) -> SQLiteMessageStore {
        do {
            return try SQLiteMessageStore(path: configuration.storePath)
        } catch {
            throw CommandFailure.io(error.message)
        }
    }

    /// Runs a command on the store: a usage or I/O problem exits 2, a refused state change (replaying a delivered
    /// message) or a missing message exits 1.
    static func operate(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let failure as CommandFailure {
            throw failure.report()
        } catch let error as StoreError {
            let code = error.code == "store.database" ? CommandExit.usage : CommandExit.invalid
            throw CommandFailure(message: error.message, exitCode: code).report()
        }
    }
}
