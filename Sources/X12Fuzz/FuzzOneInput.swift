import WharfCore
import X12
import X12Mapping

/// Feeds one input to the X12 validator three ways (whole, in 7-byte chunks, byte by byte for short inputs) and
/// traps when the results differ: the streaming contract is part of what is fuzzed. Then maps it to canonical
/// documents and writes its 997, 999 and TA1 — none of which may crash.
func fuzzOneInput(_ bytes: UnsafeBufferPointer<UInt8>) {
    let whole = events(bytes, chunk: max(1, bytes.count))
    let sevens = events(bytes, chunk: 7)
    precondition(whole == sevens, "chunked reading differs from whole reading")
    if bytes.count <= 128 {
        precondition(whole == events(bytes, chunk: 1), "byte-by-byte reading differs from whole reading")
    }
    let input = Array(bytes)
    var diagnostics = Diagnostics()
    _ = try? X12CanonicalParser().parse(Payload(bytes: input), context: TranslationContext(), diagnostics: &diagnostics)
    let writer = X12AcknowledgmentWriter(date: "20261122", time: "1200")
    for report in X12InterchangeReport.reports(for: input) {
        for kind in X12AcknowledgmentKind.allCases {
            _ = try? writer.write(kind, for: report)
        }
    }
}

private func events(_ bytes: UnsafeBufferPointer<UInt8>, chunk: Int) -> [X12Reader.Event] {
    var validator = X12Validator(collectTransactionSets: true)
    var events: [X12Reader.Event] = []
    var start = 0
    while start < bytes.count {
        let end = min(bytes.count, start + chunk)
        validator.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        while let event = validator.next() { events.append(event) }
        start = end
    }
    validator.finish()
    while let event = validator.next() { events.append(event) }
    return events
}
