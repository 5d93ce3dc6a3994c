import HL7v2
import WharfCore

/// Writes the ACK for a received message: MSA-1 from the outcome (original mode AA/AE/AR, enhanced mode CA/CE/CR when
/// the message asked for enhanced acknowledgments in MSH-15/16), MSA-2 the received MSH-10, and one ERR per error or
/// warning — ERR-2 its location `segment^ordinal^field^repetition^component^subcomponent`, ERR-3 its table 0357
/// condition, ERR-4 its severity (table 0516). MSH-9 is `ACK^<event>^ACK`; the sender and receiver are swapped.
///
/// An acceptance is only ever written for a message the caller has stored durably: pass `stored: false` when it
/// could not be, and the ACK says AR (CR) with error 207.
public struct HL7v2AcknowledgmentWriter: Sendable {
    private let codes: HL7v2CanonicalCodes

    /// Creates a writer with the standard code tables.
    public init(codes: HL7v2CanonicalCodes = .standard) { self.codes = codes }

    /// The acknowledgment code for `diagnostics` of a message read in `mode`.
    public func code(for diagnostics: [Diagnostic], enhanced: Bool, stored: Bool) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        let rejected = !stored || errors.contains {
            ["200", "201", "202", "203"].contains(self.codes.errorConditions[$0.code.rawValue] ?? "")
        }
        if rejected { return enhanced ? "CR" : "AR" }
        return errors.isEmpty ? (enhanced ? "CA" : "AA") : (enhanced ? "CE" : "AE")
    }

    /// The ACK for `message`, whose problems are `diagnostics`.
    /// - Parameters:
    ///   - timestamp: MSH-7, `YYYYMMDDHHMMSS`.
    ///   - controlID: MSH-10 of the ACK.
    ///   - stored: whether the message was stored durably (an ACK never accepts what was not).
    public func acknowledgment(for message: HL7v2Message, diagnostics: [Diagnostic], timestamp: String,
                               controlID: String, stored: Bool = true) throws(TranslationError) -> [UInt8] {
        let header = message.header
        let enhanced = !(header.value(field: 15) ?? "").isEmpty || !(header.value(field: 16) ?? "").isEmpty
        let code = self.code(for: diagnostics, enhanced: enhanced, stored: stored)
        let event = header.value(field: 9, component: 2) ?? ""
        var msh = HL7v2MessageHeader(
            sendingApplication: header.value(field: 5, component: 1) ?? "WHARF",
            sendingFacility: header.value(field: 6, component: 1) ?? "",
            receivingApplication: header.value(field: 3, component: 1) ?? "",
            receivingFacility: header.value(field: 4, component: 1) ?? "", timestamp: timestamp, controlID: controlID,
            processingID: header.value(field: 11, component: 1) ?? "P", version: message.version ?? "2.5.1")
        if msh.sendingApplication.isEmpty { msh.sendingApplication = "WHARF" }
        var segments = [msh.segment("ACK", event, "ACK")]
        segments.append(HL7v2OutputSegment("MSA", [HL7v2OutputField(code), HL7v2OutputField(message.controlID ?? "")]))
        var reported = diagnostics.filter { $0.severity != .info }
        if !stored {
            reported.insert(Diagnostic(.error, DiagnosticCode("hl7.message.not-stored"), at: nil,
                                       "the message could not be stored; send it again"), at: 0)
        }
        for diagnostic in reported {
            var err = HL7v2OutputSegment("ERR")
            if case .hl7v2(let location) = diagnostic.location {
                err[2] = HL7v2OutputField(components: [
                    location.segment, String(location.segmentOrdinal), location.field.map(String.init) ?? "",
                    location.repetition.map(String.init) ?? (location.field == nil ? "" : "1"),
                    location.component.map(String.init) ?? "", location.subcomponent.map(String.init) ?? "",
                ])
            }
            let condition = self.codes.errorConditions[diagnostic.code.rawValue] ?? "207"
            err[3] = HL7v2OutputField(components: [condition, self.codes.errorConditionTexts[condition] ?? "", "HL70357"])
            err[4] = HL7v2OutputField(diagnostic.severity == .error ? "E" : "W")
            err[8] = HL7v2OutputField(diagnostic.code.rawValue + ": " + diagnostic.message)
            segments.append(err)
        }
        return try HL7v2Writer.message(segments, separators: message.separators.isComplete ? message.separators : .standard)
    }
}
