import FHIR
import Foundation
import Testing
import WharfCore

@Suite("FHIR JSON writer")
struct FHIRJSONWriterTests {
    @Test("members follow the definitions' order whatever order they were built in")
    func definitionOrder() {
        let built: JSONValue = [
            "quantity": ["unit": "box", "value": .number(JSONNumber("1.50")!)],
            "unknownThing": true,
            "_status": ["extension": [["valueString": "x", "url": "http://example.org/x"]], "id": "s"],
            "itemReference": ["reference": "Device/1"],
            "status": "active",
            "resourceType": "SupplyRequest",
            "contained": [["status": "active", "resourceType": "Device", "id": "d"]],
            "id": "1",
        ]
        let text = String(decoding: FHIRJSONWriter(style: .compact).write(built), as: UTF8.self)
        #expect(text == #"{"resourceType":"SupplyRequest","id":"1","#
            + #""contained":[{"resourceType":"Device","id":"d","status":"active"}],"#
            + #""status":"active","_status":{"id":"s","extension":[{"url":"http://example.org/x","valueString":"x"}]},"#
            + #""itemReference":{"reference":"Device/1"},"quantity":{"value":1.50,"unit":"box"},"unknownThing":true}"#)
    }

    @Test("the valid fixtures keep their values through read, reorder and write",
          arguments: FHIRTestSupport.fixtureNames("valid"))
    func roundTrip(name: String) throws {
        let release: FHIRRelease = name.contains("/r5-") ? .r5 : .r4
        let original = try JSONReader().read(try FHIRTestSupport.fixture(name)).root.value
        let written = FHIRJSONWriter(release: release).write(original)
        let reread = try JSONReader().read(written).root.value
        #expect(reread == FHIRJSONWriter(release: release).ordered(original))
        #expect(Self.sorted(reread) == Self.sorted(original))
        #expect(FHIRJSONWriter(release: release).write(reread) == written, "writing is idempotent")
        var diagnostics = Diagnostics()
        _ = try FHIRReader(options: FHIRReadOptions(release: release)).read(written, diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
    }

    @Test("official examples are already in definition order", arguments: [
        "r4-SupplyRequest-simpleorder.json", "r4-SupplyDelivery-simpledelivery.json", "r4-Invoice-example.json",
        "r4-Device-f001.json", "r4-Location-1.json", "r4-Organization-f001.json",
    ])
    func officialOrder(name: String) throws {
        let url = FHIRTestSupport.corpus.appendingPathComponent(name)
        guard let bytes = try? [UInt8](Data(contentsOf: url)) else {
            print("FHIR corpus: \(url.path) not found; skipped")
            return
        }
        let value = try JSONReader().read(bytes).root.value
        #expect(FHIRJSONWriter().ordered(value) == value)
    }

    /// A value with every object's members sorted by key, to compare content regardless of order.
    static func sorted(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            let members = object.members.sorted { $0.key < $1.key }.map { JSONMember($0.key, Self.sorted($0.value)) }
            return .object(JSONObject(members))
        case .array(let elements): return .array(elements.map(Self.sorted))
        default: return value
        }
    }
}
