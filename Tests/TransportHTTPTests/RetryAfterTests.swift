import Foundation
import Testing
@testable import TransportHTTP

@Suite("Retry-After and response excerpts")
struct RetryAfterTests {
    static let now = Date(timeIntervalSince1970: 1_445_412_000)  // Wed, 21 Oct 2015 07:20:00 GMT

    @Test("seconds and HTTP-dates in all three forms", arguments: [
        ("7", 7.0), (" 120 ", 120.0), ("0", 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 480.0),
        ("Wednesday, 21-Oct-15 07:28:00 GMT", 480.0),
        ("Wed Oct 21 07:28:00 2015", 480.0),
        ("Wed, 21 Oct 2015 07:00:00 GMT", 0.0),
    ])
    func parses(value: String, seconds: Double) {
        #expect(RetryAfter.seconds(from: value, now: Self.now) == seconds)
    }

    @Test("garbage is ignored", arguments: ["", "soon", "-5", "1.5e3", "Wed, 99 Foo 2015"])
    func ignores(value: String) {
        #expect(RetryAfter.seconds(from: value, now: Self.now) == nil)
    }

    @Test("text answers are kept on one line, binary ones dropped")
    func excerpts() {
        #expect(ResponseExcerpt.text(Array("bad\r\nrequest".utf8)) == "bad  request")
        #expect(ResponseExcerpt.text([0x00, 0x01, 0xFF]) == nil)
        #expect(ResponseExcerpt.text([]) == nil)
        // A cut in the middle of a UTF-8 sequence drops the partial character.
        #expect(ResponseExcerpt.text([0xC3]) == nil)
        #expect(ResponseExcerpt.text(Array(Array("ok é".utf8).dropLast())) == "ok")
    }
}
