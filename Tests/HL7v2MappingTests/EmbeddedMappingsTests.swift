import Testing
import WharfTestSupport

@testable import HL7v2Mapping

@Suite struct EmbeddedHL7v2MappingsTests {
    @Test func embeddedCopiesMatchTheSpecsFolder() throws {
        #expect(try EmbeddedSpecCheck.problems(folder: "specs/mappings", prefix: "hl7v2-",
                                               embedded: EmbeddedHL7v2Mappings.files) == [])
        #expect(HL7v2CanonicalCodes.standard.errorConditions["hl7.field.required-missing"] == "101")
    }
}
