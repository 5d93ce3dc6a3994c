/// A profile as written, every member optional: the first stage of loading (``ProfileLoader`` resolves it into a
/// ``PartnerProfile`` after the schema check, so decoding it never fails on a shape the schema accepts).
struct RawProfile: Decodable {
    var id: String?
    var name: String?
    var status: String?
    var identities: RawIdentities?
    var channels: RawChannels?
    var routes: [RawRoute]?
    var envelope: RawEnvelope?
    var acknowledgments: RawAcknowledgments?
    var crossReferences: [String: RawCrossReference]?
    var overlays: RawOverlays?
}

struct RawIdentities: Decodable {
    var x12: [RawX12Identity]?
    var hl7v2: [RawHL7v2Identity]?
    var http: [RawHTTPIdentity]?
}

struct RawX12Identity: Decodable {
    var qualifier: String?
    var id: String?
    var applicationIDs: [String]?
}

struct RawHL7v2Identity: Decodable {
    var application: String?
    var facility: String?
}

struct RawHTTPIdentity: Decodable {
    var clientID: String?
}

struct RawChannels: Decodable {
    var inbound: [RawChannel]?
    var outbound: [RawChannel]?
}

struct RawChannel: Decodable {
    var name: String?
    var transport: String?
    var sftp: [String: RawValue]?
    var http: [String: RawValue]?
    var mllp: [String: RawValue]?
    var directory: [String: RawValue]?
}

struct RawRoute: Decodable {
    var match: [String: String]?
    var output: [String: String]?
    var channel: String?
}

struct RawEnvelope: Decodable {
    var x12: [String: RawValue]?
    var hl7v2: [String: RawValue]?
}

struct RawAcknowledgments: Decodable {
    struct Send: Decodable {
        var x12: String?
        var ta1: Bool?
        var hl7v2: String?
    }

    struct Expect: Decodable {
        var type: String?
        var within: String?
    }

    var send: Send?
    var expect: [Expect]?
}

struct RawCrossReference: Decodable {
    var file: String?
    var onUnmapped: String?
}

struct RawOverlays: Decodable {
    var x12: [RawX12Overlay]?
}

struct RawX12Overlay: Decodable {
    struct Segment: Decodable {
        var usage: String?
        var maxUse: Int?
    }

    struct Loop: Decodable {
        var maxRepeat: Int?
    }

    struct Element: Decodable {
        var usage: String?
        var codes: [String]?
        var maxLength: Int?
    }

    struct Lines: Decodable {
        var requireItemIdentifier: [String]?
    }

    var transactionSet: String?
    var release: String?
    var segments: [String: Segment]?
    var loops: [String: Loop]?
    var elements: [String: Element]?
    var lines: Lines?
}
