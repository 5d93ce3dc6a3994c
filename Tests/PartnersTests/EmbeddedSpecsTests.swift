import Testing
import WharfTestSupport

@testable import Partners

@Suite struct EmbeddedPartnerSpecsTests {
    @Test func embeddedCopiesMatchTheSpecsFolder() throws {
        #expect(try EmbeddedSpecCheck.problems(folder: "specs/partners", embedded: EmbeddedPartnerSpecs.files) == [])
    }
}
