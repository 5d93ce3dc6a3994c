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
}
