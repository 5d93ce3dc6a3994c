import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
import X12
@testable import X12Mapping

/// The canonical parser checks each set's structure and elements where the set is mapped, on every core
/// (`X12SetChecks`), instead of in the sequential reader. Both ways give the same documents and the same diagnostics;
/// only for a set without SE do the set's own diagnostics come before those of the segment that ended it instead of
/// after them (they are then compared without their order).
@Suite struct DeferredSetChecksTests {
    /// Every X12 file the tests and examples hold, as it is, and broken in the ways the reader must report.
    static let inputs: [(String, [UInt8])] = {
        let root = WharfProcess.repositoryRoot
        let folders = ["Tests/X12Tests/Fixtures", "Tests/X12MappingTests/Goldens", "examples/x12"]
        var inputs: [(String, [UInt8])] = []
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
                .filter { $0.hasSuffix(".edi") }.sorted()
            for name in names {
                guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path),
                      let text = String(data: data, encoding: .utf8) else { continue }
                inputs.append(("\(folder)/\(name)", Array(data)))
                for (variant, edit) in Self.breakages {
                    let edited = edit(text)
                    if edited != text { inputs.append(("\(folder)/\(name) \(variant)", Array(edited.utf8))) }
                }
            }
        }
        return inputs
    }()

    /// Ways to break an interchange, each touching what the reader or the checks report.
    static let breakages: [(String, @Sendable (String) -> String)] = [
        ("non-numeric quantity", { $0.replacingOccurrences(of: "PO1*1*", with: "PO1*1*X") }),
        ("unknown segment in a set", { $0.replacingOccurrences(of: "~\nN1*", with: "~\nZZZ*1~\nN1*") }),
        ("segment out of place", { $0.replacingOccurrences(of: "\nCTT*", with: "\nBEG*00*SA*1**20240101~\nCTT*") }),
        ("line break inside a segment", { $0.replacingOccurrences(of: "PO1*1*", with: "PO1*1*\n") }),
        ("empty segment", { $0.replacingOccurrences(of: "~\nPO1*", with: "~~\nPO1*") }),
        ("SE count wrong", { $0.replacingOccurrences(of: "\nSE*", with: "\nSE*999") }),
        ("SE missing", { Self.dropLines($0, starting: ["SE*"]) }),
        ("ST02 repeated", { $0.replacingOccurrences(of: "ST*850*0002", with: "ST*850*0001") }),
        ("bad date", { $0.replacingOccurrences(of: "DTM*002*20", with: "DTM*002*2O") }),
        ("invalid tag", { $0.replacingOccurrences(of: "\nREF*", with: "\nr3F*") }),
        ("too many elements", { $0.replacingOccurrences(of: "\nCTT*", with: "\nCTT*1*2*3*4*5*6*7*8*9*10~\nCTT*") }),
        // Segments in a set's context that are not its segments: the set is then checked in the reader.
        ("set ended by IEA", { Self.dropLines($0, starting: ["SE*", "GE*"]) }),
        ("TA1 in a set outside a group", { text in
            Self.dropLines(text, starting: ["GS*", "GE*"])
                .replacingOccurrences(of: "~\nN1*", with: "~\nTA1*000004713*261120*0930*A*000~\nN1*")
        }),
        // The envelope changed inside a set (a set outside a group, then a GS; outside an interchange, then an ISA).
        ("GS inside a set outside a group", { text in
            Self.dropLines(text, starting: ["GS*", "GE*"])
                .replacingOccurrences(of: "~\nN1*", with: "~\nGS*PO*A*B*20261120*0930*99*X*004010~\nN1*")
        }),
        ("ISA inside a set after an IEA without terminator", { text in
            guard let iea = text.range(of: "\nIEA*"), let end = text[iea.upperBound...].firstIndex(of: "~")
            else { return text }
            let isa = String(text.prefix { $0 != "~" })
            return text.replacingCharacters(
                in: end...end, with: "\nST*850*0099~\nBEG*00*SA*PO-1**20240101~\n" + isa + "~\nREF*DP*X~")
        }),
        ("segment without a tag", { $0.replacingOccurrences(of: "~\nN1*", with: "~\n*ZZ*1~\nN1*") }),
        ("segment without a tag, set ended by IEA", { text in
            Self.dropLines(text.replacingOccurrences(of: "~\nN1*", with: "~\n*ZZ*1~\nN1*"), starting: ["SE*", "GE*"])
        }),
        ("a set left open after an IEA without terminator", { text in
            // The IEA's terminator lost at a line break: what follows is read in the interchange's delimiters.
            guard let iea = text.range(of: "\nIEA*"), let end = text[iea.upperBound...].firstIndex(of: "~")
            else { return text }
            return text.replacingCharacters(in: end...end, with: "\nST*850*0099~\nBEG*00*SA*PO-1**20240101~")
        }),
        // Layouts the reader takes segments from directly when they are plain.
        ("on one line", { $0.replacingOccurrences(of: "~\n", with: "~") }),
        ("CR LF after each segment", { $0.replacingOccurrences(of: "~\n", with: "~\r\n") }),
        ("a terminator lost at a line break", { $0.replacingOccurrences(of: "~\nPID*", with: "\nPID*") }),
    ]

    /// `text` without its lines that start with one of `prefixes`.
    static func dropLines(_ text: String, starting prefixes: [String]) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in !prefixes.contains { line.hasPrefix($0) } }.joined(separator: "\n")
    }

    /// Documents and diagnostics of `bytes`, checked both ways.
    static func parse(_ bytes: [UInt8], deferring: Bool, limit: Int = 10_000) -> ([CanonicalDocument], [Diagnostic]) {
        var parser = X12CanonicalParser()
        parser.deferringSetChecks = deferring
        var diagnostics = Diagnostics(limit: limit)
        let documents = (try? parser.parse(Payload(bytes: bytes), context: TranslationContext(),
                                           diagnostics: &diagnostics)) ?? []
        return (documents, diagnostics.all)
    }

    /// Expects both ways to agree on `bytes`.
    static func expectSameBothWays(_ bytes: [UInt8], _ name: String, limit: Int = 10_000) {
        let (sequential, sequentialDiagnostics) = Self.parse(bytes, deferring: false, limit: limit)
        let (deferred, deferredDiagnostics) = Self.parse(bytes, deferring: true, limit: limit)
        #expect(deferred == sequential, "\(name): documents differ")
        if sequentialDiagnostics.contains(where: { $0.code == .seMissing }) {
            #expect(deferredDiagnostics.count == sequentialDiagnostics.count, "\(name)")
            #expect(Set(deferredDiagnostics) == Set(sequentialDiagnostics), "\(name): diagnostics differ")
        } else {
            #expect(deferredDiagnostics == sequentialDiagnostics, "\(name): diagnostics differ")
        }
    }

    @Test func everyFixtureAndItsBreakagesGiveTheSameResultBothWays() {
        #expect(Self.inputs.count > 40)
        for (name, bytes) in Self.inputs { Self.expectSameBothWays(bytes, name) }
    }

    @Test func theBreakagesAreReported() {
        // The comparison above is only worth something if the breakages are seen: each gives its diagnostic.
        let order = Self.inputs.first { $0.0 == "Tests/X12Tests/Fixtures/850-hospital-order.edi" }!.1
        let text = String(decoding: order, as: UTF8.self)
        let expected: [(String, String)] = [
            ("non-numeric quantity", "x12.element.not-numeric"),
            ("unknown segment in a set", "x12.segment.not-in-transaction-set"),
            ("segment out of place", "x12.segment.out-of-sequence"),
            ("line break inside a segment", "x12.syntax.line-break-in-segment"),
            ("empty segment", "x12.segment.empty"),
            ("SE count wrong", "x12.transaction.segment-count"),
            ("SE missing", "x12.transaction.se-missing"),
            ("bad date", "x12.element.invalid-date"),
            ("invalid tag", "x12.segment.invalid-tag"),
            ("too many elements", "x12.element.too-many"),
            ("a terminator lost at a line break", "x12.segment.terminator-missing"),
            ("set ended by IEA", "x12.group.ge-missing"),
            ("TA1 in a set outside a group", "x12.segment.outside-group"),
        ]
        for (variant, code) in expected {
            let edit = Self.breakages.first { $0.0 == variant }!.1
            let (_, diagnostics) = Self.parse(Array(edit(text).utf8), deferring: true)
            #expect(diagnostics.contains { $0.code.rawValue == code },
                    "\(variant): \(diagnostics.map(\.code.rawValue))")
        }
    }

    @Test(arguments: [70, 300])
    func manySetsWithProblemsSpreadOverTheBatchesGiveTheSameResultBothWays(sets count: Int) throws {
        var text = String(decoding: try ManySetsTests.interchange(sets: count, broken: [0, 63, 64, 130, 199, 299]),
                          as: UTF8.self)
        // Stray segments between sets, a line break inside a segment and unknown segments in later sets.
        text = text.replacingOccurrences(of: "ST*850*0003", with: "ZZZ*1~\nST*850*0003")
            .replacingOccurrences(of: "ST*850*0066", with: "ZZZ*2~\nST*850*0066")
            .replacingOccurrences(of: "PO-100150", with: "PO-\n100150")
        for control in ["0005", "0068", "0150"] {
            guard let range = text.range(of: "ST*850*\(control)") else { continue }
            text.replaceSubrange(range, with: "ST*850*\(control)~\nQQQ*9")
        }
        Self.expectSameBothWays(Array(text.utf8), "\(count) sets")
        // And with a small limit: the flood is cut at the same diagnostic.
        Self.expectSameBothWays(Array(text.utf8), "\(count) sets, limit 3", limit: 3)
    }
}
