import ArgumentParser
import WharfCore
import FHIR
import HL7v2
import X12

/// The syntax families the CLI reads, for `--from`; detected from the first bytes when not given.
enum InputFamily: String, ExpressibleByArgument, CaseIterable {
    case x12
    case hl7v2
    case fhir
    /// Never detected: CSV has no signature; name it with `--from csv:LAYOUT`.
    case csv

    /// The family whose signature starts `prefix`, if any.
    static func detect(_ prefix: ArraySlice<UInt8>) -> InputFamily? {
        if X12Sniffer.looksLikeX12(prefix) { return .x12 }
        if HL7v2Sniffer.looksLikeHL7v2(prefix) { return .hl7v2 }
        if FHIRSniffer.looksLikeFHIR(Array(prefix)) { return .fhir }
        return nil
    }

    /// What to say when nothing was recognized.
    static let unrecognized = Diagnostic(
        .error, .formatUnrecognized, at: nil,
        "the input is not in a format Wharf reads (an X12 interchange starts with ISA, HL7 v2 with MSH, FHS or BHS, FHIR JSON is an object with a resourceType, CSV is named with --from csv:LAYOUT); name the format with --from")
}
