import Testing
import WharfCore

@Suite struct DiagnosticsTests {
    @Test func textFormNamesSeverityCodeLocationAndMessage() {
        let diagnostic = Diagnostic(.error, DiagnosticCode("x12.element.not-numeric"),
                                    at: .x12(X12Location(transaction: "0001", segment: "PO1", segmentPosition: 13,
                                                         element: 2)),
                                    "Quantity Ordered must be numeric")
        #expect(diagnostic.text
            == "error x12.element.not-numeric PO102 (segment 13, set 0001): Quantity Ordered must be numeric")
    }

    @Test func collectorCountsErrorsAndStopsAtItsLimit() {
        var diagnostics = Diagnostics(limit: 3)
        diagnostics.append(Diagnostic(.warning, DiagnosticCode("a.b"), at: nil, "w"))
        #expect(!diagnostics.hasErrors)
        for _ in 0..<10 { diagnostics.append(Diagnostic(.error, DiagnosticCode("a.c"), at: nil, "e")) }
        #expect(diagnostics.count == 4)
        #expect(diagnostics.errorCount == 3)
        #expect(diagnostics.all.last?.code == DiagnosticCode("diagnostics.truncated"))
    }

    @Test func severitiesAreOrdered() {
        #expect(DiagnosticSeverity.info < .warning)
        #expect(DiagnosticSeverity.warning < .error)
    }
}
