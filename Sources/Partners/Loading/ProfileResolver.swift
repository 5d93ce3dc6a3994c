import Foundation
import WharfCore

/// The second stage of loading: a schema-checked ``RawProfile`` into a ``PartnerProfile``, with the checks that span
/// keys. Problems are located through the ``NodeIndex`` of the file.
struct ProfileResolver {
    let index: NodeIndex
    let folder: URL

    func resolve(_ raw: RawProfile, into diagnostics: inout Diagnostics) -> PartnerProfile? {
        let before = diagnostics.errorCount
        func fail(_ code: DiagnosticCode, _ keyPath: String, _ message: String) {
            diagnostics.append(Diagnostic(.error, code, at: self.index.location(keyPath), message))
        }
        let id = raw.id ?? ""
        let folderName = self.folder.lastPathComponent
        if id != folderName {
            fail(.profileIDMismatch, "id", "the id must be the name of the profile's folder (\(folderName))")
        }
        var identities: [PartnerIdentity] = []
        for item in raw.identities?.x12 ?? [] {
            identities.append(.x12(qualifier: item.qualifier ?? "", id: item.id ?? "",
                                   applicationIDs: item.applicationIDs ?? []))
        }
        for item in raw.identities?.hl7v2 ?? [] {
            identities.append(.hl7v2(application: item.application ?? "", facility: item.facility))
        }
        for item in raw.identities?.http ?? [] { identities.append(.http(clientID: item.clientID ?? "")) }

        var names: Set<String> = []
        func channels(_ list: [RawChannel]?, direction: String) -> [Channel] {
            (list ?? []).enumerated().compactMap { offset, raw in
                let keyPath = "channels.\(direction)[\(offset)]"
                let name = raw.name ?? ""
                if !names.insert(name).inserted {
                    fail(.profileChannelInvalid, "\(keyPath).name", "another channel of this profile is named '\(name)'")
                }
                return ChannelResolver(keyPath: keyPath, inbound: direction == "inbound").resolve(raw) { code, path, message in
                    fail(code, path, message)
                }
            }
        }
        let inbound = channels(raw.channels?.inbound, direction: "inbound")
        let outbound = channels(raw.channels?.outbound, direction: "outbound")

        var routes: [Route] = []
        for (offset, route) in (raw.routes ?? []).enumerated() {
            let keyPath = "routes[\(offset)]"
            let match = route.match ?? [:]
            let output = route.output ?? [:]
            let channel = route.channel ?? ""
            if !channel.contains("/"), !outbound.contains(where: { $0.name == channel }) {
                let known = outbound.map(\.name)
                fail(.profileRouteChannelUnknown, "\(keyPath).channel",
                     "no outbound channel is named '\(channel)'; "
                        + (known.isEmpty ? "add one under channels.outbound" : "outbound channels: \(known.joined(separator: ", "))"))
            }
            routes.append(Route(
                match: Route.Match(format: FormatFamily(rawValue: match["format"] ?? "x12"),
                                   messageType: match["messageType"], sender: match["sender"], receiver: match["receiver"]),
                output: Route.Output(format: output["format"] ?? "canonical", messageType: output["messageType"],
                                     version: output["version"], layout: output["layout"]),
                channel: channel, keyPath: keyPath, location: self.index.location("\(keyPath).channel")))
        }
        let table = RouteTable(routes: routes)
        for (first, second) in table.ties() {
            fail(.profileRouteTie, second.keyPath,
                 "\(second.keyPath) and \(first.keyPath) are equally specific and can match the same input; "
                    + "make one of them more specific (messageType, sender or receiver)")
        }

        var tables: [CrossReferenceTable] = []
        for kind in CrossReferenceKind.allCases {
            guard let reference = raw.crossReferences?[kind.rawValue] else { continue }
            if let table = self.crossReference(kind, reference, into: &diagnostics) { tables.append(table) }
        }
        let overlays = (raw.overlays?.x12 ?? []).enumerated().map { offset, overlay in
            Self.overlay(overlay, keyPath: "overlays.x12[\(offset)]")
        }
        guard diagnostics.errorCount == before else { return nil }
        return PartnerProfile(
            id: id, name: raw.name ?? id, status: PartnerStatus(rawValue: raw.status ?? "") ?? .test,
            identities: identities, inbound: inbound, outbound: outbound, routes: table,
            envelope: Self.envelope(raw.envelope), acknowledgments: Self.acknowledgments(raw.acknowledgments),
            crossReferences: tables, x12Overlays: overlays, path: self.index.path)
    }

    private func crossReference(_ kind: CrossReferenceKind, _ raw: RawCrossReference,
                                into diagnostics: inout Diagnostics) -> CrossReferenceTable? {
        let keyPath = "crossReferences.\(kind.rawValue).file"
        let file = raw.file ?? ""
        let url = self.folder.appendingPathComponent(file)
        let display = ProfileLoader.displayPath(url)
        func fail(_ message: String, line: Int? = nil) {
            let location: SourceLocation = line.map { .profile(ProfileLocation(path: display, line: $0)) }
                ?? self.index.location(keyPath)
            diagnostics.append(Diagnostic(.error, .profileCrossReferenceInvalid, at: location, message))
        }
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            fail("the \(kind.rawValue) cross-reference file \(file) cannot be read beside the profile")
            return nil
        }
        let records: [(line: Int, fields: [String])]
        do {
            records = try CrossReferenceCSV.records(text)
        } catch {
            fail(error.message, line: error.line)
            return nil
        }
        guard let header = records.first else {
            fail("the \(kind.rawValue) cross-reference file is empty; it needs a header row", line: 1)
            return nil
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let missing = CrossReferenceTable.requiredColumns(kind).filter { !columns.contains($0) }
        if !missing.isEmpty {
            fail("the header must name the columns \(missing.joined(separator: ", "))", line: header.line)
            return nil
        }
        if kind == .items, columns.count < 2 {
            fail("an item table needs at least two identifier columns (e.g. buyerPart,vendorPart,gtin)", line: header.line)
            return nil
        }
        var rows: [[String]] = []
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                fail("the row has \(record.fields.count) fields; the header has \(columns.count)", line: record.line)
                continue
            }
            rows.append(record.fields.map { $0.trimmingCharacters(in: .whitespaces) })
        }
        return CrossReferenceTable(kind: kind, file: file,
                                   onUnmapped: UnmappedPolicy(rawValue: raw.onUnmapped ?? "fail") ?? .fail,
                                   columns: columns, rows: rows)
    }

    private static func overlay(_ raw: RawX12Overlay, keyPath: String) -> X12Overlay {
        let segments = (raw.segments ?? [:]).sorted { $0.key < $1.key }.map { tag, segment in
            X12Overlay.Segment(tag: tag, mandatory: segment.usage == "mandatory", maxUse: segment.maxUse,
                               keyPath: "\(keyPath).segments.\(tag)")
        }
        let loops = (raw.loops ?? [:]).sorted { $0.key < $1.key }.compactMap { id, loop in
            loop.maxRepeat.map { X12Overlay.Loop(id: id, maxRepeat: $0, keyPath: "\(keyPath).loops.\(id)") }
        }
        let elements = (raw.elements ?? [:]).sorted { $0.key < $1.key }.map { designator, element in
            // A reference designator is the tag and a two-digit position: PO103, N104, IT102.
            return X12Overlay.Element(
                segment: String(designator.dropLast(2)), position: Int(designator.suffix(2)) ?? 0,
                mandatory: element.usage == "mandatory", codes: element.codes, maxLength: element.maxLength,
                keyPath: "\(keyPath).elements.\(designator)")
        }
        return X12Overlay(transactionSet: raw.transactionSet ?? "", release: raw.release, segments: segments,
                          loops: loops, elements: elements,
                          requiredItemQualifiers: raw.lines?.requireItemIdentifier ?? [], keyPath: keyPath)
    }

    private static func envelope(_ raw: RawEnvelope?) -> PartnerEnvelope {
        let x12 = raw?.x12.map { values in
            PartnerEnvelope.X12(
                senderQualifier: values["senderQualifier"]?.text, senderID: values["senderID"]?.text,
                receiverQualifier: values["receiverQualifier"]?.text, receiverID: values["receiverID"]?.text,
                applicationSender: values["applicationSender"]?.text,
                applicationReceiver: values["applicationReceiver"]?.text, release: values["release"]?.text,
                usage: values["usage"]?.text, elementSeparator: values["elementSeparator"]?.text,
                componentSeparator: values["componentSeparator"]?.text,
                repetitionSeparator: values["repetitionSeparator"]?.text,
                segmentTerminator: values["segmentTerminator"]?.text, lineBreaks: values["lineBreaks"]?.flag,
                acknowledgmentRequested: values["acknowledgmentRequested"]?.flag)
        }
        let hl7 = raw?.hl7v2.map { values in
            PartnerEnvelope.HL7v2(
                sendingApplication: values["sendingApplication"]?.text, sendingFacility: values["sendingFacility"]?.text,
                receivingApplication: values["receivingApplication"]?.text,
                receivingFacility: values["receivingFacility"]?.text, version: values["version"]?.text,
                processingID: values["processingID"]?.text)
        }
        return PartnerEnvelope(x12: x12, hl7v2: hl7)
    }

    private static func acknowledgments(_ raw: RawAcknowledgments?) -> AcknowledgmentPolicy {
        let x12 = raw?.send?.x12 ?? "997"
        let hl7 = raw?.send?.hl7v2 ?? "original"
        return AcknowledgmentPolicy(
            x12: x12 == "none" ? nil : x12, ta1: raw?.send?.ta1 ?? false, hl7v2: hl7 == "none" ? nil : hl7,
            expected: (raw?.expect ?? []).compactMap { expect in
                guard let type = expect.type, let within = expect.within.flatMap(DurationText.parse) else { return nil }
                return AcknowledgmentPolicy.Expected(type: type, within: within)
            })
    }
}
