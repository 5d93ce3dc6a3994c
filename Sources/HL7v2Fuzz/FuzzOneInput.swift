import HL7v2
import HL7v2Mapping
import WharfCore

/// Feeds one input to the HL7 v2 reader whole, in 7-byte chunks and (for short inputs) byte by byte, and traps when
/// the events differ; then validates each message, maps it to canonical documents and writes its ACK — none of which
/// may crash.
func fuzzOneInput(_ bytes: UnsafeBufferPointer<UInt8>) {
    let whole = events(bytes, chunk: max(1, bytes.count))
    precondition(whole == events(bytes, chunk: 7), "chunked reading differs from whole reading")
    if bytes.count <= 128 {
        precondition(whole == events(bytes, chunk: 1), "byte-by-byte reading differs from whole reading")
    }
    let validator = HL7v2StructureValidator()
    let writer = HL7v2AcknowledgmentWriter()
    for case .message(let message) in whole where message.segments.first?.isHeader == true {
        let problems = message.diagnostics + validator.validate(message)
        _ = try? writer.acknowledgment(for: message, diagnostics: problems, timestamp: "20261122120000", controlID: "F1")
    }
    var diagnostics = Diagnostics()
    _ = try? HL7v2CanonicalParser().parse(Payload(bytes: Array(bytes)), context: TranslationContext(),
                                          diagnostics: &diagnostics)
}

private func events(_ bytes: UnsafeBufferPointer<UInt8>, chunk: Int) -> [HL7v2Reader.Event] {
    var reader = HL7v2Reader()
    var events: [HL7v2Reader.Event] = []
    var start = 0
    while start < bytes.count {
        let end = min(bytes.count, start + chunk)
        reader.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        while let event = reader.next() { events.append(event) }
        start = end
    }
    reader.finish()
    while let event = reader.next() { events.append(event) }
    return events
}
