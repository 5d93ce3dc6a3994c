import Foundation
import Testing
import WharfCore

@Suite struct LocationTests {
    @Test func x12LocationText() {
        let location = X12Location(interchange: "000004713", group: "4713", transaction: "0001", segment: "PO1",
                                   segmentPosition: 13, element: 2, loop: "PO1", line: 15, byteOffset: 512)
        #expect(location.text == "PO102 (segment 13, loop PO1, set 0001)")
        #expect(X12Location(segment: "PO1", segmentPosition: 12, element: 4, component: 2).text
            == "PO104-2 (segment 12)")
        #expect(X12Location(interchange: "1", group: "7", segment: "GS", element: 4, line: 2).text
            == "GS04 (group 7, interchange 1, line 2)")
    }

    @Test func x12LocationJSONHasEveryKey() throws {
        let location = WharfCore.SourceLocation.x12(X12Location(segment: "PO1", segmentPosition: 13, element: 2))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(location), as: UTF8.self)
        #expect(json == #"{"byteOffset":null,"component":null,"element":2,"format":"x12","group":null,"#
            + #""interchange":null,"line":null,"loop":null,"repetition":null,"segment":"PO1","segmentPosition":13,"#
            + #""transaction":null}"#)
        #expect(try JSONDecoder().decode(WharfCore.SourceLocation.self, from: Data(json.utf8)) == location)
    }

    @Test func otherFormatsLocations() throws {
        #expect(HL7v2Location(segment: "RQD", segmentOrdinal: 1, field: 2, component: 1).text == "RQD(1)-2.1")
        #expect(HL7v2Location(segment: "PID", segmentOrdinal: 1, field: 3, repetition: 2, component: 1).text
            == "PID(1)-3[2].1")
        #expect(WharfCore.SourceLocation.jsonPointer("/entry/0/resource/quantity/value").text == "/entry/0/resource/quantity/value")
        #expect(CSVLocation(record: 17, column: 4, header: "quantity").text == "record 17, column 4 (quantity)")
        #expect(ProfileLocation(path: "partners/acme/profile.yaml", keyPath: "channels.inbound[0].host", line: 12,
                                column: 3).text == "partners/acme/profile.yaml:12:3 (channels.inbound[0].host)")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for location: WharfCore.SourceLocation in [
            .hl7v2(HL7v2Location(segment: "RQD", segmentOrdinal: 1, field: 5)), .jsonPointer("/a/0"),
            .csv(CSVLocation(record: 2, column: 1)), .profile(ProfileLocation(path: "p.yaml", line: 1)),
        ] {
            #expect(try JSONDecoder().decode(WharfCore.SourceLocation.self, from: encoder.encode(location)) == location)
        }
        #expect(String(decoding: try encoder.encode(WharfCore.SourceLocation.csv(CSVLocation(record: 17, column: 4, header: "quantity"))), as: UTF8.self)
            == #"{"column":4,"format":"csv","header":"quantity","record":17}"#)
    }
}
