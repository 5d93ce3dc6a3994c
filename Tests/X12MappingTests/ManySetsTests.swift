import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
import X12
import X12Mapping

/// An interchange of many transaction sets is mapped in batches on every core while the next batch is validated:
/// the documents and diagnostics come out exactly as one set after another would give them.
@Suite struct ManySetsTests {
    /// `count` copies of the example 850 in one interchange, each with its own ST02 and PO number; the sets whose
    /// index is in `broken` carry a non-numeric PO102 on their second line.
    static func interchange(sets count: Int, broken: Set<Int>) throws -> [UInt8] {
        let text = try String(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/x12/850-hospital-order.edi"),
                              encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("ST*") })
        let end = try #require(lines.firstIndex { $0.hasPrefix("SE*") })
        var out = lines[..<start].joined(separator: "\n") + "\n"
        for index in 0..<count {
            let control = String(format: "%04d", index + 1)
            var set = lines[start...end].joined(separator: "\n")
                .replacingOccurrences(of: "ST*850*0001", with: "ST*850*\(control)")
                .replacingOccurrences(of: "SE*20*0001", with: "SE*20*\(control)")
                .replacingOccurrences(of: "PO-88231", with: "PO-\(100_000 + index)")
            if broken.contains(index) { set = set.replacingOccurrences(of: "PO1*2*4*CA", with: "PO1*2*4X*CA") }
            out += set + "\n"
        }
        out += "GE*\(count)*4713\nIEA*1*000004713\n"
        return Array(out.utf8)
    }

    @Test(arguments: [1, 63, 64, 65, 200])
    func documentsAndDiagnosticsKeepTheInputOrder(sets count: Int) throws {
        let broken: Set<Int> = [0, 63, 64, 130, 199].filter { $0 < count }.reduce(into: []) { $0.insert($1) }
        var diagnostics = Diagnostics()
        let documents = try X12CanonicalParser().parse(Payload(bytes: try Self.interchange(sets: count, broken: broken)),
                                                       context: TranslationContext(), diagnostics: &diagnostics)
        let numbers = documents.compactMap { document -> String? in
            if case .order(let order) = document { return order.orderNumber }
            return nil
        }
        #expect(numbers == (0..<count).map { "PO-\(100_000 + $0)" })
        // One located error per broken set, in input order, naming its own set.
        let errors = diagnostics.all.filter { $0.code.rawValue == "x12.element.not-numeric" }
        let transactions = errors.compactMap { diagnostic -> String? in
            if case .x12(let location) = diagnostic.location { return location.transaction }
            return nil
        }
        #expect(transactions == broken.sorted().map { String(format: "%04d", $0 + 1) })
        // Mapped one at a time, each set gives the same document.
        for index in [0, count / 2, count - 1] {
            var single = Diagnostics()
            let alone = try X12CanonicalParser().parse(
                Payload(bytes: try Self.interchange(sets: 1, broken: broken.contains(index) ? [0] : [])),
                context: TranslationContext(), diagnostics: &single)
            guard case .order(var expected) = alone.first, case .order(let actual) = documents[index] else {
                Issue.record("no order")
                continue
            }
            expected.orderNumber = actual.orderNumber
            #expect(actual == expected)
        }
    }

    @Test func strayDiagnosticsBetweenSetsKeepTheirPlaceAndAFloodOfThemIsCappedByTheCollector() throws {
        var text = String(decoding: try Self.interchange(sets: 70, broken: [69]), as: UTF8.self)
        // Stray segments between sets (outside any set: one envelope diagnostic each), before set 3 and before
        // set 66 (in the second batch), and a flood of them before the trailer.
        text = text.replacingOccurrences(of: "ST*850*0003", with: "ZZZ*1~\nST*850*0003")
            .replacingOccurrences(of: "ST*850*0066", with: "ZZZ*2~\nST*850*0066")
            .replacingOccurrences(of: "GE*70*", with: String(repeating: "ZZZ*3~\n", count: 12_000) + "GE*70*")
        var diagnostics = Diagnostics(limit: 500)
        let documents = try X12CanonicalParser().parse(Payload(bytes: Array(text.utf8)), context: TranslationContext(),
                                                       diagnostics: &diagnostics)
        #expect(documents.count == 70)
        #expect(diagnostics.count == 501, "the limit and one diagnostics.truncated")
        #expect(diagnostics.all.last?.code.rawValue == "diagnostics.truncated")
        // In input order: the stray segment before set 3 (after set 2), the one before set 66, then set 70's error.
        let located = diagnostics.all.prefix(3).map { diagnostic -> String in
            guard case .x12(let location) = diagnostic.location else { return "-" }
            return "\(location.segment ?? "-")/\(location.transaction ?? "-")"
        }
        #expect(located[0].hasPrefix("ZZZ"))
        #expect(located[1].hasPrefix("ZZZ"))
        #expect(located[2] == "PO1/0070")
    }
}

/// The 856 hierarchy is assembled by moving each level into its place; inputs where that is not one place each
/// (repeated HL01 ids, cycles) still translate.
@Suite struct ShipNoticeHierarchyTests {
    static func notice(_ edit: (String) -> String) throws -> (ShipNotice?, Diagnostics) {
        let text = try String(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/x12/856-pick-pack.edi"),
                              encoding: .utf8)
        var diagnostics = Diagnostics()
        let documents = try X12CanonicalParser().parse(Payload(bytes: Array(edit(text).utf8)),
                                                       context: TranslationContext(), diagnostics: &diagnostics)
        guard case .shipNotice(let notice) = documents.first else { return (nil, diagnostics) }
        return (notice, diagnostics)
    }

    static func shape(_ levels: [PackingLevel]) -> String {
        levels.map { level in
            level.kind.rawValue + (level.children.isEmpty ? "" : "(" + Self.shape(level.children) + ")")
        }.joined(separator: ",")
    }

    @Test func theExampleHierarchyIsOrderPackItems() throws {
        let (notice, _) = try Self.notice { $0 }
        #expect(Self.shape(try #require(notice).levels) == "order(pack(item,item))")
    }

    @Test func aRepeatedLevelIDMeansTheLatestLevelOfThatID() throws {
        // Two packs with id 3: the items that follow belong to the second (HL02 points back to the latest HL 3).
        let (notice, _) = try Self.notice { $0.replacingOccurrences(of: "HL*4*3*I~", with: "HL*3*2*P~\nHL*4*3*I~") }
        #expect(Self.shape(try #require(notice).levels) == "order(pack,pack(item,item))")
    }

    @Test func levelsNumberedOtherwiseThanOneTwoThreeArePlacedByTheirIDs() throws {
        // Ids 10, 20, 30… are found by name rather than by their place in the set: the same tree.
        let (notice, diagnostics) = try Self.notice { text in
            var edited = text
            for id in (1...5).reversed() {
                edited = edited.replacingOccurrences(of: "HL*\(id)*", with: "HL*\(id)0*")
                for parent in 1...5 {
                    edited = edited.replacingOccurrences(of: "HL*\(id)0*\(parent)*", with: "HL*\(id)0*\(parent)0*")
                }
            }
            return edited
        }
        #expect(Self.shape(try #require(notice).levels) == "order(pack(item,item))")
        #expect(!diagnostics.all.contains { $0.code.rawValue == "x12.mapping.hl-parent-unknown" })
    }

    @Test func aParentWrittenWithALeadingZeroIsNotTheLevelOfThatNumber() throws {
        // "02" is not the id "2": the pack is placed under the shipment, with a warning.
        let (notice, diagnostics) = try Self.notice { $0.replacingOccurrences(of: "HL*3*2*P~", with: "HL*3*02*P~") }
        #expect(Self.shape(try #require(notice).levels) == "order,pack(item,item)")
        #expect(diagnostics.all.contains { $0.code.rawValue == "x12.mapping.hl-parent-unknown" })
    }

    @Test func aParentNamedBeforeItIsSentIsUnknownAndTheLevelGoesUnderTheShipment() throws {
        // The order names pack 4 as its parent, which comes later (a cycle: 4 is under 3, 3 under 2): nothing is
        // left out, the order is placed under the shipment with a located warning.
        let (notice, diagnostics) = try Self.notice { $0.replacingOccurrences(of: "HL*2*1*O~", with: "HL*2*4*O~") }
        #expect(Self.shape(try #require(notice).levels) == "order(pack(item,item))")
        let warning = diagnostics.all.first { $0.code.rawValue == "x12.mapping.hl-parent-unknown" }
        guard case .x12(let location) = warning?.location else {
            Issue.record("no located warning")
            return
        }
        #expect(location.segment == "HL" && location.element == 2 && location.segmentPosition == 10)
    }

    @Test func aLevelNamingItsOwnIDAsParentGoesUnderTheEarlierLevelOfThatID() throws {
        // Found by the fuzzer: an item with id 3 and parent 3 was given the children of 3 (itself among them) again
        // and again, 64 levels deep — memory without end. Its parent is the pack 3 before it; later levels naming 3
        // then mean the item, the latest HL 3.
        let (notice, _) = try Self.notice { $0.replacingOccurrences(of: "HL*4*3*I~", with: "HL*3*3*I~\nHL*4*3*I~") }
        #expect(Self.shape(try #require(notice).levels) == "order(pack(item(item,item)))")
    }

    @Test func numberingStartedAgainForEachOrderGivesEachOrderItsOwnItems() throws {
        // Twenty orders numbered 2, 3 each (ids repeated): every order gets the one item after it.
        let (notice, diagnostics) = try Self.notice { text in
            let hierarchy = "HL*1**S~\n" + String(repeating: "HL*2*1*O~\nHL*3*2*I~\n", count: 20)
            return Self.replacingHierarchy(of: text, with: hierarchy)
        }
        let expected = Array(repeating: "order(item)", count: 20).joined(separator: ",")
        #expect(Self.shape(try #require(notice).levels) == expected)
        #expect(!diagnostics.hasErrors)
    }

    @Test func levelsNestedDeeperThanTheLimitGoUnderTheShipmentWithAnError() throws {
        // A chain of 100 packs, each under the one before: the canonical tree is bounded at 64 levels.
        let (notice, diagnostics) = try Self.notice { text in
            var hierarchy = "HL*1**S~\n"
            for id in 2...101 { hierarchy += "HL*\(id)*\(id - 1)*P~\n" }
            return Self.replacingHierarchy(of: text, with: hierarchy)
        }
        func depth(_ levels: [PackingLevel]) -> Int { levels.map { 1 + depth($0.children) }.max() ?? 0 }
        func places(_ levels: [PackingLevel]) -> Int { levels.reduce(levels.count) { $0 + places($1.children) } }
        let levels = try #require(notice).levels
        #expect(depth(levels) == 64)
        #expect(places(levels) == 100)
        #expect(diagnostics.all.contains { $0.code.rawValue == "x12.mapping.hl-too-deep" && $0.severity == .error })
    }

    /// `text` (the example 856) with the HL levels replaced by `hierarchy` and SE01 counted again.
    static func replacingHierarchy(of text: String, with hierarchy: String) -> String {
        let start = text.range(of: "HL*1**S~")!.lowerBound
        let end = text.range(of: "CTT*")!.lowerBound
        let edited = text.replacingCharacters(in: start..<end, with: hierarchy)
        let segments = edited.components(separatedBy: "~").count - 1
        let st = edited.range(of: "ST*")!.lowerBound
        let beforeST = edited[..<st].components(separatedBy: "~").count - 1
        let afterSE = 2   // GE, IEA
        return edited.replacing(#/SE\*\d+\*/#, with: "SE*\(segments - beforeST - afterSE)*")
    }
}

/// Elements are found by offsets of 16 bits; a longer segment is read by scanning, with the same result.
@Suite struct LongSegmentTests {
    @Test func aSegmentLongerThanSixtyFourKilobytesIsReadLikeAnyOther() throws {
        let text = try String(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/x12/850-hospital-order.edi"),
                              encoding: .utf8)
        let long = String(repeating: "GLOVES ", count: 10_000)
        let edited = text.replacingOccurrences(of: "PID*F****NITRILE EXAM GLOVES MEDIUM~", with: "PID*F****\(long)~")
        var diagnostics = Diagnostics()
        let documents = try X12CanonicalParser().parse(Payload(bytes: Array(edited.utf8)), context: TranslationContext(),
                                                       diagnostics: &diagnostics)
        guard case .order(let order) = documents.first else {
            Issue.record("no order")
            return
        }
        #expect(order.lines.first?.description == long.trimmingCharacters(in: .whitespaces))
        // The segments after the long one are read from their own places in the set's buffer.
        #expect(order.lines.dropFirst().first?.description == "SYRINGE 10ML LUER LOCK")
        #expect(order.lines.first?.itemIdentifiers.count == 3)
        #expect(diagnostics.all.contains { $0.code.rawValue == "x12.element.too-long" })
    }
}
