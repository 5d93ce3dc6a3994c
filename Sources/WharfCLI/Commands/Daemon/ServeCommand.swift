import ArgumentParser
import Foundation
import Logging
import Partners
import Pipeline
import ServiceLifecycle
import WharfCore

/// `wharf serve`: the daemon.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the daemon: take documents in from every partner channel, translate them along their routes, deliver them.",
        discussion: """
            Every inbound document is stored durably before anything else happens; translations and deliveries are \
            recorded in the store, so a crash or restart resumes where it stopped. Refuses to start when a partner \
            profile is invalid (exit 1, every problem listed). SIGTERM or SIGINT stops intake, lets in-flight work \
            finish and exits 0.

            Settings (file keys / environment): store / WHARF_STORE (var/wharf.sqlite), partners / WHARF_PARTNERS \
            (partners), local.root / WHARF_LOCAL_ROOT (every channel becomes inbox/<partner>, outbox/<partner> under \
            it), logFormat / WHARF_LOG_FORMAT (json or text), logLevel / WHARF_LOG_LEVEL, pollInterval, \
            delivery.{concurrency, maximumAttempts, initialDelay, maximumDelay, partners.<id>}, duplicates.{default, \
            partners} (reject, skip, accept-and-flag), http.{host, port, maxBodyBytes} / WHARF_HTTP_PORT (intake \
            POST /v1/inbound/<partner> and on each inbound HTTP channel's path, with the bearer or basic \
            credentials its profile names; /health/live, /health/ready, /metrics; none without a port).

            Channels served: local folders, SFTP (polling and upload), HTTP (push; intake on http.port), MLLP.
            """)

    @OptionGroup var daemon: DaemonOptions

    func run() async throws {
        do {
            try await self.serve()
        } catch let failure as CommandFailure {
            throw failure.report()
        }
    }

    private func serve() async throws {
        let configuration = try self.daemon.load()
        let level = Logger.Level(rawValue: configuration.logLevel) ?? .info
        let json = configuration.logFormat == "json"
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level, json: json) }
        let logger = Logger(label: "wharf")
        var diagnostics = Diagnostics()
        let partners = PartnerDirectory.load(URL(fileURLWithPath: configuration.partnersPath), into: &diagnostics)
        guard !diagnostics.hasErrors else {
            DiagnosticReport.printLines(diagnostics)
            throw CommandFailure.invalid("\(diagnostics.errorCount) problem(s) in the partner profiles under "
                + "\(configuration.partnersPath); the daemon does not start with an invalid profile "
                + "(wharf partners check \(configuration.partnersPath) lists them)")
        }
        let store = try self.daemon.openStore(configuration)
        try await store.releaseLeases()
        let daemon = WharfDaemon(configuration: configuration, partners: partners, store: store, logger: logger)
        let parts = daemon.components()
        let group = ServiceGroup(services: daemon.services(parts), gracefulShutdownSignals: [.sigterm, .sigint],
                                 logger: logger)
        logger.info("wharf serving", metadata: [
            "store": "\(configuration.storePath)", "partners": "\(partners.profiles.count)",
            "local": "\(configuration.localRoot ?? "-")",
        ])
        try await group.run()
        await parts.transports.shutdown()
        logger.info("wharf stopped")
    }
}
