import Canonical
import WharfCore
import X12
import X12Mapping

/// Feeds one input to the X12 validator three ways (whole, in 7-byte chunks, byte by byte for short inputs) and
/// traps when the results differ: the streaming contract is part of what is fuzzed. Then maps it to canonical
/// documents with each set's checks deferred and not (trapping when they differ) and writes its 997, 999 and TA1 —
/// none of which may crash.
func fuzzOneInput(_ bytes: UnsafeBufferPointer<UInt8>) {
    let whole = events(bytes, chunk: max(1, bytes.count))
    let sevens = events(bytes, chunk: 7)
    precondition(whole == sevens, "chunked reading differs from whole reading")
    if bytes.count <= 128 {
        precondition(whole == events(bytes, chunk: 1), "byte-by-byte reading differs from whole reading")
    }
    let input = Array(bytes)
    // The set checks deferred to where each set is mapped (the default) and run in the reader agree.
    let deferred = canonical(input, deferring: true)
    let sequential = canonical(input, deferring: false)
    precondition(deferred.documents == sequential.documents, "deferred set checks give other documents")
    if sequential.diagnostics.contains(where: { $0.code == .seMissing }) {
        precondition(deferred.diagnostics.count == sequential.diagnostics.count
            && Set(deferred.diagnostics) == Set(sequential.diagnostics), "deferred set checks give other diagnostics")
    } else {
        precondition(deferred.diagnostics == sequential.diagnostics, "deferred set checks give other diagnostics")
    }
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

private func canonical(_ input: [UInt8], deferring: Bool) -> (documents: [CanonicalDocument], diagnostics: [Diagnostic]) {
    var parser = X12CanonicalParser()
    parser.deferringSetChecks = deferring
    var diagnostics = Diagnostics()
    let documents = (try? parser.parse(Payload(bytes: input), context: TranslationContext(), diagnostics: &diagnostics))
        ?? []
    return (documents, diagnostics.all)
}
