import Foundation
import Partners
import Store
import Yams

/// `wharf serve`'s settings: from a YAML file (`--config`), then environment variables, which win.
///
/// Relative paths in the file are relative to the file's folder; in environment variables, to the working
/// directory.
public struct DaemonConfiguration: Sendable, Hashable {
    /// The SQLite store file. `WHARF_STORE`.
    public var storePath: String
    /// The folder of partner profiles. `WHARF_PARTNERS`.
    public var partnersPath: String
    /// When set, every channel of every partner becomes a local folder under it: `inbox/<partner>/` in,
    /// `outbox/<partner>/` out (archive in `archive/<partner>/`). For trying Wharf and for tests.
    /// `WHARF_LOCAL_ROOT`.
    public var localRoot: String?
    /// `json` (default) or `text`. `WHARF_LOG_FORMAT`.
    public var logFormat: String
    /// Log level: `trace`, `debug`, `info` (default), `notice`, `warning`, `error`. `WHARF_LOG_LEVEL`.
    public var logLevel: String
    /// How often local folders are listed.
    public var pollInterval: Duration
    /// Concurrent deliveries.
    public var deliveryConcurrency: Int
    /// Duplicate policies: a default and per partner.
    public var duplicates: DuplicatePolicyTable
    /// The delivery retry policy.
    public var retry: RetryPolicy
    /// Per-partner retry policies (`delivery.partners.<id>`: any of maximumAttempts, initialDelay, maximumDelay;
    /// the rest from `delivery`).
    public var retryByPartner: [String: RetryPolicy] = [:]
    /// The HTTP listener (intake `POST /v1/inbound/{partner}`, `/health/live`, `/health/ready`, `/metrics`):
    /// `http.host` (127.0.0.1) and `http.port`; none when no port is configured. `WHARF_HTTP_PORT`.
    public var httpHost: String = "127.0.0.1"
    public var httpPort: Int?
    /// The largest HTTP body accepted (`http.maxBodyBytes`, 10 MiB).
    public var httpMaxBodyBytes: Int = 10 << 20

    /// Per-partner duplicate policies, as the configuration writes them.
    public struct DuplicatePolicyTable: Sendable, Hashable {
        public var defaultPolicy: DuplicatePolicy
        public var partners: [String: DuplicatePolicy]

        public init(defaultPolicy: DuplicatePolicy = .skip, partners: [String: DuplicatePolicy] = [:]) {
            self.defaultPolicy = defaultPolicy
            self.partners = partners
        }
    }

    /// The defaults: `var/wharf.sqlite`, `partners/`, JSON logs.
    public init(storePath: String = "var/wharf.sqlite", partnersPath: String = "partners", localRoot: String? = nil,
                logFormat: String = "json", logLevel: String = "info", pollInterval: Duration = .milliseconds(200),
                deliveryConcurrency: Int = 8, duplicates: DuplicatePolicyTable = DuplicatePolicyTable(),
                retry: RetryPolicy = RetryPolicy()) {
        self.storePath = storePath
        self.partnersPath = partnersPath
        self.localRoot = localRoot
        self.logFormat = logFormat
        self.logLevel = logLevel
        self.pollInterval = pollInterval
        self.deliveryConcurrency = deliveryConcurrency
        self.duplicates = duplicates
        self.retry = retry
    }

    /// Reads `file` (when given) over the defaults, then applies `environment`.
    public static func load(file: String?, environment: [String: String]) throws(DaemonConfigurationError)
        -> DaemonConfiguration {
        var configuration = DaemonConfiguration()
        if let file {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw DaemonConfigurationError("cannot read the configuration \(file)")
            }
            if let keys = (try? Yams.load(yaml: text)) as? [String: Any] {
                let unknown = Set(keys.keys).subtracting(RawDaemonConfiguration.keys).sorted()
                guard unknown.isEmpty else {
                    throw DaemonConfigurationError("\(file): unknown key \(unknown.joined(separator: ", ")); known keys: "
                        + RawDaemonConfiguration.keys.sorted().joined(separator: ", "))
                }
            }
            let raw: RawDaemonConfiguration
            do {
                raw = try YAMLDecoder().decode(RawDaemonConfiguration.self, from: text)
            } catch {
                throw DaemonConfigurationError("\(file): \(Self.describe(error))")
            }
            try configuration.apply(raw, relativeTo: (file as NSString).deletingLastPathComponent, file: file)
        }
        if let value = environment["WHARF_STORE"] { configuration.storePath = value }
        if let value = environment["WHARF_PARTNERS"] { configuration.partnersPath = value }
        if let value = environment["WHARF_LOCAL_ROOT"] { configuration.localRoot = value.isEmpty ? nil : value }
        if let value = environment["WHARF_LOG_FORMAT"] { configuration.logFormat = value }
        if let value = environment["WHARF_LOG_LEVEL"] { configuration.logLevel = value }
        if let value = environment["WHARF_HTTP_PORT"] {
            guard let port = Int(value), (0...65535).contains(port) else {
                throw DaemonConfigurationError("WHARF_HTTP_PORT must be a port number, not \(value)")
            }
            configuration.httpPort = port
        }
        guard ["json", "text"].contains(configuration.logFormat) else {
            throw DaemonConfigurationError("logFormat must be json or text, not \(configuration.logFormat)")
        }
        return configuration
    }

    private mutating func apply(_ raw: RawDaemonConfiguration, relativeTo folder: String, file: String)
        throws(DaemonConfigurationError) {
        func path(_ value: String) -> String {
            let joined = value.hasPrefix("/") || folder.isEmpty ? value : (folder as NSString).appendingPathComponent(value)
            return (joined as NSString).standardizingPath
        }
        if let value = raw.store { self.storePath = path(value) }
        if let value = raw.partners { self.partnersPath = path(value) }
        if let value = raw.local?.root { self.localRoot = path(value) }
        if let value = raw.logFormat { self.logFormat = value }
        if let value = raw.logLevel { self.logLevel = value }
        if let value = raw.pollInterval {
            guard let duration = DurationText.parse(value) else {
                throw DaemonConfigurationError("\(file): pollInterval must be a duration such as 200ms or 2s, not \(value)")
            }
            self.pollInterval = duration
        }
        if let value = raw.delivery?.concurrency { self.deliveryConcurrency = max(1, value) }
        if let delivery = raw.delivery {
            self.retry = try Self.policy(delivery.limits, over: self.retry, at: "delivery", file: file)
            for (partner, limits) in delivery.partners ?? [:] {
                self.retryByPartner[partner] = try Self.policy(limits, over: self.retry, at: "delivery.partners.\(partner)",
                                                               file: file)
            }
        }
        if let http = raw.http {
            if let host = http.host { self.httpHost = host }
            if let port = http.port {
                guard (0...65535).contains(port) else { throw DaemonConfigurationError("\(file): http.port must be 0…65535") }
                self.httpPort = port
            }
            if let bytes = http.maxBodyBytes { self.httpMaxBodyBytes = max(1, bytes) }
        }
        if let value = raw.duplicates?.default { self.duplicates.defaultPolicy = try Self.policy(value, file: file) }
        for (partner, value) in raw.duplicates?.partners ?? [:] {
            self.duplicates.partners[partner] = try Self.policy(value, file: file)
        }
    }

    /// `base` with the limits written at `path`.
    private static func policy(_ limits: RawDaemonConfiguration.Limits, over base: RetryPolicy, at path: String,
                               file: String) throws(DaemonConfigurationError) -> RetryPolicy {
        var policy = base
        if let value = limits.maximumAttempts { policy.maximumAttempts = max(1, value) }
        for (key, value) in [("initialDelay", limits.initialDelay), ("maximumDelay", limits.maximumDelay)] {
            guard let value else { continue }
            guard let duration = DurationText.parse(value) else {
                throw DaemonConfigurationError("\(file): \(path).\(key) must be a duration such as 1s or 1h, not \(value)")
            }
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            if key == "initialDelay" { policy.initialDelay = seconds } else { policy.maximumDelay = seconds }
        }
        return policy
    }

    private static func policy(_ text: String, file: String) throws(DaemonConfigurationError) -> DuplicatePolicy {
        guard let policy = DuplicatePolicy(rawValue: text) else {
            throw DaemonConfigurationError("\(file): a duplicate policy is reject, skip or accept-and-flag, not \(text)")
        }
        return policy
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context),
             DecodingError.valueNotFound(_, let context), DecodingError.keyNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : "\(path): ") + context.debugDescription
        default:
            return "\(error)"
        }
    }
}

/// The configuration file as written: every key optional.
struct RawDaemonConfiguration: Decodable {
    struct Local: Decodable { var root: String? }
    struct Limits: Decodable {
        var maximumAttempts: Int?
        var initialDelay: String?
        var maximumDelay: String?
    }
    struct Delivery: Decodable {
        var concurrency: Int?
        var maximumAttempts: Int?
        var initialDelay: String?
        var maximumDelay: String?
        var partners: [String: Limits]?

        var limits: Limits { Limits(maximumAttempts: self.maximumAttempts, initialDelay: self.initialDelay,
                                    maximumDelay: self.maximumDelay) }
    }
    struct HTTP: Decodable {
        var host: String?
        var port: Int?
        var maxBodyBytes: Int?
    }
    struct Duplicates: Decodable {
        var `default`: String?
        var partners: [String: String]?
    }

    static let keys: Set<String> = [
        "store", "partners", "local", "logFormat", "logLevel", "pollInterval", "delivery", "duplicates", "http",
    ]

    var store: String?
    var partners: String?
    var local: Local?
    var logFormat: String?
    var logLevel: String?
    var pollInterval: String?
    var delivery: Delivery?
    var duplicates: Duplicates?
    var http: HTTP?
}

/// The daemon's configuration cannot be used; the message says where and why.
public struct DaemonConfigurationError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { self.message }
}
