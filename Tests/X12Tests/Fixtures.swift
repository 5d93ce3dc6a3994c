import Foundation
import WharfCore
@testable import X12

/// The team's X12 fixtures (Tests/X12Tests/Fixtures) and helpers to read them.
enum Fixtures {
    static let names = [
        "850-hospital-order.edi", "850-bad-quantity.edi", "850-envelope-errors.edi", "856-pick-pack.edi",
        "997-005010-rejection.edi", "mixed-two-interchanges.edi",
    ]

    static func bytes(_ name: String) throws -> [UInt8] {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
        return Array(try Data(contentsOf: url))
    }

    /// Every event of `bytes` read through a validator, fed in chunks of `chunk` bytes.
    static func events(_ bytes: [UInt8], chunk: Int, collect: Bool = true) -> [X12Reader.Event] {
        var validator = X12Validator(collectTransactionSets: collect)
        var events: [X12Reader.Event] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            validator.append(bytes[start..<end])
            while let event = validator.next() { events.append(event) }
            start = end
        }
        validator.finish()
        while let event = validator.next() { events.append(event) }
        return events
    }

    static func segments(_ events: [X12Reader.Event]) -> [X12Segment] {
        events.compactMap { if case .segment(let segment, _) = $0 { segment } else { nil } }
    }

    static func diagnostics(_ events: [X12Reader.Event]) -> [Diagnostic] {
        events.compactMap { if case .diagnostic(let diagnostic) = $0 { diagnostic } else { nil } }
    }

    /// `code@SEGMENT element (position)` for compact exact assertions.
    static func summary(_ diagnostic: Diagnostic) -> String {
        guard case .x12(let location) = diagnostic.location else { return diagnostic.code.rawValue }
        var text = diagnostic.code.rawValue + "@" + (location.segment ?? "-")
        if let element = location.element { text += String(format: "%02d", element) }
        if let component = location.component { text += "-\(component)" }
        if let position = location.segmentPosition { text += "#\(position)" }
        return text
    }

    static func errors(_ events: [X12Reader.Event]) -> [String] {
        self.diagnostics(events).filter { $0.severity == .error }.map(self.summary)
    }
}
