/// What an intake request asks for, from its method and path (the query string is ignored).
enum IntakeRoute: Equatable {
    /// `POST /v1/inbound/{partner}` or `POST` on a path a channel listens on: store the body as a message from the
    /// partner whose channel it is.
    case inbound(IntakeAddress)
    /// `GET /health/live`.
    case live
    /// `GET /health/ready`.
    case ready
    /// `GET /metrics`.
    case metrics
    /// A known path with the wrong method.
    case methodNotAllowed(allow: String)
    /// Anything else.
    case notFound

    /// The path prefix of inbound messages.
    static let inboundPrefix = "/v1/inbound/"

    /// The route for `method` and `uri`.
    init(method: String, uri: String) {
        let path = uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            .first.map(String.init) ?? ""
        switch path {
        case "/health/live":
            self = method == "GET" || method == "HEAD" ? .live : .methodNotAllowed(allow: "GET")
        case "/health/ready":
            self = method == "GET" || method == "HEAD" ? .ready : .methodNotAllowed(allow: "GET")
        case "/metrics":
            self = method == "GET" || method == "HEAD" ? .metrics : .methodNotAllowed(allow: "GET")
        default:
            guard path.hasPrefix(Self.inboundPrefix) else {
                // Perhaps a path a partner's channel listens on; the server knows.
                self = method == "POST" ? .inbound(.path(path)) : .notFound
                return
            }
            let partner = String(path.dropFirst(Self.inboundPrefix.count))
            guard Self.isPartnerID(partner) else {
                self = .notFound
                return
            }
            self = method == "POST" ? .inbound(.partner(partner)) : .methodNotAllowed(allow: "POST")
        }
    }

    /// Partner ids are plain names: letters, digits, `.`, `_` and `-`, at most 128 characters.
    static func isPartnerID(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 128 else { return false }
        return text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                true
            default:
                false
            }
        }
    }
}
