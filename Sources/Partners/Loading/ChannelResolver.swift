import WharfCore

/// Resolves one channel: the settings under the key named by `transport`, with defaults, and the settings a direction
/// needs (an SFTP inbox to poll, an outbox to upload to, an HTTP URL to push to …).
struct ChannelResolver {
    let keyPath: String
    let inbound: Bool

    typealias Report = (DiagnosticCode, String, String) -> Void

    func resolve(_ raw: RawChannel, report: Report) -> Channel? {
        let transport = raw.transport ?? ""
        let all: [(String, [String: RawValue]?)] = [
            ("sftp", raw.sftp), ("http", raw.http), ("mllp", raw.mllp), ("directory", raw.directory),
        ]
        for (name, settings) in all where name != transport && settings != nil {
            report(.profileChannelInvalid, "\(self.keyPath).\(name)",
                   "the channel's transport is \(transport); \(name) settings do not apply to it")
        }
        guard let settings = all.first(where: { $0.0 == transport })?.1 else {
            report(.profileChannelInvalid, "\(self.keyPath).transport",
                   "a \(transport) channel needs its settings under '\(transport):'")
            return nil
        }
        let name = raw.name ?? ""
        let base = "\(self.keyPath).\(transport)"
        func need(_ key: String, _ why: String) {
            if settings[key] == nil { report(.profileKeyMissing, base, "'\(key)' is required in \(base): \(why)") }
        }
        switch transport {
        case "sftp":
            if self.inbound { need("inbox", "the folder to poll") } else { need("outbox", "the folder to upload to") }
            if let text = settings["keepAlive"]?.text, let keepAlive = DurationText.parse(text), keepAlive < .seconds(1) {
                report(.profileValueRange, "\(base).keepAlive", "keepAlive \(text) is too short: at least 1s (30s by default)")
            }
            let auth = settings["auth"]?.mapping ?? [:]
            if auth["privateKey"] == nil, auth["password"] == nil {
                report(.profileKeyMissing, "\(base).auth", "auth needs privateKey (with an optional passphrase) or password")
            }
            let hostKey = settings["hostKey"]?.mapping ?? [:]
            return Channel(name: name, transport: .sftp(SFTPSettings(
                host: settings["host"]?.text ?? "", port: settings["port"]?.number ?? 22,
                user: settings["user"]?.text ?? "", privateKey: auth["privateKey"]?.text,
                passphrase: Self.secret(auth["passphrase"]), password: Self.secret(auth["password"]),
                hostKeyFingerprint: hostKey["fingerprint"]?.text, knownHosts: hostKey["knownHosts"]?.text,
                inbox: settings["inbox"]?.text, archive: settings["archive"]?.text, outbox: settings["outbox"]?.text,
                pattern: settings["pattern"]?.text ?? "*", pollInterval: Self.duration(settings["pollInterval"], .seconds(60)),
                stability: settings["stability"]?.text ?? "two-listings", doneSuffix: settings["doneSuffix"]?.text ?? ".done",
                afterPickup: settings["afterPickup"]?.text ?? "archive",
                temporarySuffix: settings["temporarySuffix"]?.text ?? ".part",
                maxFilesPerPoll: settings["maxFilesPerPoll"]?.number ?? 100,
                timeout: Self.duration(settings["timeout"], .seconds(30)),
                keepAlive: Self.duration(settings["keepAlive"], .seconds(30)))))
        case "http":
            if self.inbound { need("path", "the path Wharf listens on") } else { need("url", "where to push") }
            let auth = settings["auth"]?.mapping ?? [:]
            if self.inbound, let kind = ["oauth2", "clientCertificate"].first(where: { auth[$0] != nil }) {
                report(.profileChannelInvalid, "\(base).auth.\(kind)",
                       "an inbound HTTP channel checks the credentials its sender presents: use bearer or basic "
                           + "(\(kind) is for pushing to the partner)")
            }
            if self.inbound, let path = settings["path"]?.text, path.hasPrefix("/v1/") || ["/metrics", "/health/live", "/health/ready"].contains(path) {
                report(.profileChannelInvalid, "\(base).path", "\(path) is Wharf's own; choose another path")
            }
            let basic = auth["basic"]?.mapping
            let certificate = auth["clientCertificate"]?.mapping
            let oauth = auth["oauth2"]?.mapping.flatMap { values -> OAuth2Settings? in
                guard let secret = Self.secret(values["clientSecret"]) else { return nil }
                return OAuth2Settings(tokenURL: values["tokenURL"]?.text ?? "", clientID: values["clientID"]?.text ?? "",
                                      clientSecret: secret, scope: values["scope"]?.text)
            }
            var headers: [String: String] = [:]
            for (key, value) in settings["headers"]?.mapping ?? [:] { headers[key] = value.text }
            return Channel(name: name, transport: .http(HTTPSettings(
                url: settings["url"]?.text, method: settings["method"]?.text ?? "POST", path: settings["path"]?.text,
                bearer: Self.secret(auth["bearer"]), basicUser: basic?["user"]?.text,
                basicPassword: Self.secret(basic?["password"]), oauth2: oauth,
                clientCertificate: certificate?["certificate"]?.text, clientPrivateKey: certificate?["privateKey"]?.text,
                clientKeyPassphrase: Self.secret(certificate?["passphrase"]),
                timeout: Self.duration(settings["timeout"], .seconds(30)), headers: headers,
                contentType: settings["contentType"]?.text, trustRoots: settings["trustRoots"]?.text,
                rejectInvalid: settings["rejectInvalid"]?.flag ?? false)))
        case "mllp":
            if !self.inbound { need("host", "where to connect") }
            return Channel(name: name, transport: .mllp(MLLPSettings(
                host: settings["host"]?.text, port: settings["port"]?.number ?? 0,
                maxMessageBytes: settings["maxMessageBytes"]?.number ?? 1 << 20,
                idleTimeout: Self.duration(settings["idleTimeout"], .seconds(300)),
                ackTimeout: Self.duration(settings["ackTimeout"], .seconds(30)), retries: settings["retries"]?.number ?? 3)))
        default:
            return Channel(name: name, transport: .directory(DirectorySettings(
                path: settings["path"]?.text ?? "", pattern: settings["pattern"]?.text ?? "*",
                archive: settings["archive"]?.text, afterPickup: settings["afterPickup"]?.text ?? "archive",
                temporarySuffix: settings["temporarySuffix"]?.text ?? ".part")))
        }
    }

    private static func secret(_ value: RawValue?) -> SecretReference? {
        guard let mapping = value?.mapping else { return nil }
        if let name = mapping["env"]?.text { return .environment(name) }
        if let path = mapping["file"]?.text { return .file(path) }
        return nil
    }

    private static func duration(_ value: RawValue?, _ fallback: Duration) -> Duration {
        value?.text.flatMap(DurationText.parse) ?? fallback
    }
}
