import WharfCore

/// Where one kind of input goes: what it matches, what it becomes, and the channel the result leaves on.
public struct Route: Sendable, Hashable {
    /// What the input must be.
    public struct Match: Sendable, Hashable {
        public var format: FormatFamily
        public var messageType: String?
        public var sender: String?
        public var receiver: String?

        /// How many criteria beyond the format the match names: the most specific route wins.
        public var specificity: Int {
            [self.messageType, self.sender, self.receiver].count { $0 != nil }
        }

        /// True when some input could match both.
        func overlaps(_ other: Match) -> Bool {
            func compatible(_ a: String?, _ b: String?) -> Bool { a == nil || b == nil || a == b }
            return self.format == other.format && compatible(self.messageType, other.messageType)
                && compatible(self.sender, other.sender) && compatible(self.receiver, other.receiver)
        }

        /// True when the envelope meets every criterion.
        public func matches(_ envelope: Envelope) -> Bool {
            guard envelope.format.family == self.format else { return false }
            if let messageType = self.messageType, envelope.format.messageType != messageType { return false }
            if let sender = self.sender, envelope.sender?.description != sender { return false }
            if let receiver = self.receiver, envelope.receiver?.description != receiver { return false }
            return true
        }
    }

    /// What the output is.
    public struct Output: Sendable, Hashable {
        /// `canonical`, `x12`, `hl7v2`, `fhir` or `csv`.
        public var format: String
        public var messageType: String?
        public var version: String?
        public var layout: String?

        /// The output as a target text: `x12:855@004010`, `csv:order-lines`, `canonical`.
        public var target: String {
            var text = self.format
            if let type = self.messageType ?? self.layout { text += ":\(type)" }
            if let version = self.version { text += "@\(version)" }
            return text
        }
    }

    public var match: Match
    public var output: Output
    /// The outbound channel: one of the profile's, or `PARTNER/CHANNEL` for another partner's.
    public var channel: String
    /// Where the route is written (`routes[2]`).
    public var keyPath: String
    /// Where the route is written, as a location (file, line, column).
    public var location: SourceLocation

    /// The partner and channel the output goes to, for a route of `partner`.
    public func destination(of partner: String) -> (partner: String, channel: String) {
        let parts = self.channel.split(separator: "/", maxSplits: 1).map(String.init)
        return parts.count == 2 ? (parts[0], parts[1]) : (partner, self.channel)
    }
}

/// A partner's routes; the most specific match wins, and no two equally specific routes may both match an input
/// (checked when the profile loads).
public struct RouteTable: Sendable, Hashable {
    /// The routes, as written.
    public var routes: [Route]

    /// The route for an input, or `nil` when none matches.
    public func route(for envelope: Envelope) -> Route? {
        self.routes.filter { $0.match.matches(envelope) }.max { $0.match.specificity < $1.match.specificity }
    }

    /// Pairs of routes that tie: equally specific and able to match the same input.
    func ties() -> [(Route, Route)] {
        var ties: [(Route, Route)] = []
        for (index, first) in self.routes.enumerated() {
            for second in self.routes[(index + 1)...]
            where first.match.specificity == second.match.specificity && first.match.overlaps(second.match) {
                ties.append((first, second))
            }
        }
        return ties
    }
}
