import Testing
import WharfTestSupport

@testable import HL7v2

@Suite struct EmbeddedHL7v2SpecsTests {
    @Test func embeddedCopiesMatchTheSpecsFolder() throws {
        #expect(try EmbeddedSpecCheck.problems(folder: "specs/hl7v2", embedded: EmbeddedHL7v2Specs.files) == [])
    }

    @Test func bothVersionsLoad() throws {
        let dictionary = try #require(HL7v2Dictionary.forVersion("2.5.1"))
        #expect(dictionary.structures["OMS^O05"] != nil)
        #expect(HL7v2Dictionary.forMessage("MFN^M16", version: "2.5.1")?.version == "2.6")
    }
}
