import Foundation

/// The value of a basic `Authorization` header (RFC 7617): `Basic base64(user:password)`.
enum BasicCredentials {
    static func header(user: String, password: String) -> String {
        "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }
}
