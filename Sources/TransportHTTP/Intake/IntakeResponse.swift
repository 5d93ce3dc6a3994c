import NIOHTTP1
import Transport

/// One answer of the intake server: a status, a content type and a small body. Never any payload text.
struct IntakeResponse: Sendable {
    var status: HTTPResponseStatus
    var contentType: String
    var body: String
    var extraHeaders: [(String, String)] = []
    /// Close the connection after this answer (the request body was not read in full, for example).
    var closesConnection = false

    /// `202 Accepted` with the stored message's id.
    static func accepted(message: String, duplicate: Bool) -> IntakeResponse {
        IntakeResponse(status: .accepted, contentType: "application/json",
                       body: #"{"message":\#(JSONText.quoted(message)),"duplicate":\#(duplicate)}"#)
    }

    /// A JSON error: `{"error":"<code>","message":"<text>"}`.
    static func error(_ status: HTTPResponseStatus, code: String, message: String) -> IntakeResponse {
        IntakeResponse(status: status, contentType: "application/json",
                       body: #"{"error":\#(JSONText.quoted(code)),"message":\#(JSONText.quoted(message))}"#)
    }

    /// A refusal with the located diagnostics:
    /// `{"error":"<code>","message":"<text>","diagnostics":[{"severity","code","location","message"}…]}`.
    static func rejected(_ rejection: IntakeRejection) -> IntakeResponse {
        let diagnostics = rejection.diagnostics.map { diagnostic in
            #"{"severity":\#(JSONText.quoted(diagnostic.severity.rawValue)),"code":\#(JSONText.quoted(diagnostic.code.rawValue)),"#
                + #""location":\#(diagnostic.location.map { JSONText.quoted($0.text) } ?? "null"),"#
                + #""message":\#(JSONText.quoted(diagnostic.message))}"#
        }
        return IntakeResponse(
            status: HTTPResponseStatus(statusCode: rejection.status), contentType: "application/json",
            body: #"{"error":\#(JSONText.quoted(rejection.code)),"message":\#(JSONText.quoted(rejection.message)),"#
                + #""diagnostics":[\#(diagnostics.joined(separator: ","))]}"#)
    }

    /// A plain-text answer.
    static func text(_ status: HTTPResponseStatus, _ body: String,
                     contentType: String = "text/plain; charset=utf-8") -> IntakeResponse {
        IntakeResponse(status: status, contentType: contentType, body: body)
    }
}

/// JSON string literals for the few values the intake server answers with.
enum JSONText {
    /// `text` as a quoted JSON string (RFC 8259 §7).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
