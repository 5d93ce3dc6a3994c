import Foundation
import Testing
import WharfCore
import WharfTestSupport
import X12
import X12Mapping

@testable import Partners

/// Guide overlays: narrowing is accepted and enforced with the standard's codes; widening is refused at load.
@Suite struct X12OverlayTests {
    static func profile(overlay: String) throws -> (PartnerProfile?, [Diagnostic]) {
        try ProfileLoadingTests.load(ProfileLoadingTests.minimal + "overlays:\n  x12:\n" + overlay)
    }

    static let narrowing = """
            - transactionSet: "850"
              loops:
                PO1: {maxRepeat: 2}
              segments:
                CUR: {usage: mandatory}
                PID: {maxUse: 1}
              elements:
                N103: {codes: [UL]}
                PID05: {maxLength: 10}
              lines:
                requireItemIdentifier: [UK]

        """

    @Test func narrowingIsAccepted() throws {
        let (profile, diagnostics) = try Self.profile(overlay: Self.narrowing)
        #expect(diagnostics.map(\.text) == [])
        let overlay = try #require(profile?.x12Overlays.first)
        #expect(overlay.loops.map(\.maxRepeat) == [2])
        #expect(overlay.elements.map(\.designator) == ["N103", "PID05"])
        #expect(overlay.requiredItemQualifiers == ["UK"])
    }

    @Test("Widening is refused at the overlay's key", arguments: [
        ("loops:\n        PO1: {maxRepeat: 100001}", "overlays.x12[0].loops.PO1.maxRepeat", "widens the standard"),
        ("segments:\n        CUR: {maxUse: 2}", "overlays.x12[0].segments.CUR.maxUse", "widens the standard"),
        ("elements:\n        N103: {codes: [UL, Q7]}", "overlays.x12[0].elements.N103.codes", "Q7 is not in the standard's code list"),
        ("elements:\n        PO103: {maxLength: 3}", "overlays.x12[0].elements.PO103.maxLength", "outside PO103's 2–2"),
        ("loops:\n        SLN: {maxRepeat: 1}", "overlays.x12[0].loops.SLN", "overlays narrow the repeats of top-level loops"),
        ("segments:\n        ZZZ: {maxUse: 1}", "overlays.x12[0].segments.ZZZ", "ZZZ is not a segment of the 850"),
    ])
    func wideningIsRefused(rule: String, keyPath: String, message: String) throws {
        let (profile, diagnostics) = try Self.profile(overlay: """
                - transactionSet: "850"
                  release: "004010"
                  \(rule)

            """)
        #expect(profile == nil)
        let problem = try #require(diagnostics.first)
        #expect(problem.code == .profileOverlayWidens)
        guard case .profile(let location) = problem.location else {
            Issue.record("not a profile location")
            return
        }
        #expect(location.keyPath == keyPath)
        #expect(location.line != nil)
        #expect(problem.message.contains(message), "\(problem.message)")
    }

    /// An 850 breaking every rule of ``narrowing`` once: no CUR, two PIDs on line 1 (the second too long), N103
    /// `92`, line 2 without a GTIN, and three PO1 loops.
    static let order = """
        ISA*00*          *00*          *ZZ*MERCYHOSP      *ZZ*ACME           *261120*0930*U*00401*000000001*0*P*>~
        GS*PO*MERCYHOSP*ACME*20261120*0930*1*X*004010~
        ST*850*0001~
        BEG*00*SA*PO-1**20261120~
        N1*ST*DOCK*92*D4~
        PO1*1*1*EA*1.00*PE*UK*00614141000418~
        PID*F****ONE~
        PID*F****A LONGER ONE~
        PO1*2*1*EA*1.00*PE*VN*V-2~
        PO1*3*1*BX*1.00*PE*UK*00614141000425~
        CTT*3~
        SE*10*0001~
        GE*1*1~
        IEA*1*000000001~

        """

    @Test func narrowingIsEnforcedWithTheStandardsCodes() throws {
        let (profile, _) = try Self.profile(overlay: Self.narrowing)
        var validator = X12Validator(guideRules: X12OverlayRules(try #require(profile).x12Overlays))
        validator.append(Array(Self.order.utf8))
        validator.finish()
        var problems: [String] = []
        while let event = validator.next() {
            if case .diagnostic(let diagnostic) = event, case .x12(let location) = diagnostic.location {
                problems.append("\(diagnostic.code.rawValue) \(location.segment ?? "?") \(location.segmentPosition ?? 0) \(location.element ?? 0)")
            }
        }
        #expect(problems == [
            "x12.element.invalid-code N1 3 3",
            "x12.segment.exceeds-maximum-use PID 6 0",
            "x12.element.too-long PID 6 5",
            "x12.element.mandatory-missing PO1 7 6",
            "x12.segment.loop-exceeds-maximum PO1 8 0",
            "x12.segment.mandatory-missing SE 10 0",
        ])
    }

    /// Translation checks each set where it is mapped (the overlay follows the set from its ST there); the result
    /// is the reader's own, also when a set is checked in the reader after all (a TA1 in a set outside a group).
    @Test(arguments: ["as sent", "TA1 in a set outside a group"])
    func translationEnforcesTheOverlayAsTheReaderDoes(_ variant: String) throws {
        let (profile, _) = try Self.profile(overlay: Self.narrowing)
        var text = Self.order
        if variant != "as sent" {
            text = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("GS*") && !$0.hasPrefix("GE*") }.joined(separator: "\n")
                .replacingOccurrences(of: "~\nPO1*", with: "~\nTA1*000000001*261120*0930*A*000~\nPO1*")
        }
        var results: [[String]] = []
        for deferring in [false, true] {
            var parser = X12CanonicalParser(guideRules: X12OverlayRules(try #require(profile).x12Overlays))
            parser.deferringSetChecks = deferring
            var diagnostics = Diagnostics()
            _ = try? parser.parse(Payload(bytes: Array(text.utf8)), context: TranslationContext(),
                                  diagnostics: &diagnostics)
            results.append(diagnostics.all.map { diagnostic in
                guard case .x12(let location) = diagnostic.location else { return diagnostic.code.rawValue }
                return "\(diagnostic.code.rawValue) \(location.segment ?? "?") \(location.segmentPosition ?? 0)"
            })
        }
        #expect(results[1] == results[0])
        #expect(results[0].contains("x12.element.too-long PID 6"), "\(results[0])")
    }
}
