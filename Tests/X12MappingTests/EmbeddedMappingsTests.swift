import Foundation
import Testing
import WharfTestSupport
@testable import X12Mapping

@Suite struct EmbeddedMappingsTests {
    @Test func embeddedCopiesMatchTheSpecsFolder() throws {
        let folder = WharfProcess.repositoryRoot.appendingPathComponent("specs/mappings")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("x12-") && $0.hasSuffix(".json") }
        #expect(Set(onDisk) == Set(EmbeddedMappings.files.keys), "run scripts/embed-specs.sh")
        for name in onDisk {
            let disk = try Data(contentsOf: folder.appendingPathComponent(name))
            let embedded = Data((EmbeddedMappings.files[name] ?? "").utf8)
            #expect(try JSONValue.canonical(disk) == JSONValue.canonical(embedded),
                    "specs/mappings/\(name) changed; run scripts/embed-specs.sh")
        }
    }

    @Test func tablesLoad() {
        let codes = X12CanonicalCodes.standard
        #expect(codes.entityRoles["ST"] == "shipTo")
        #expect(codes.productIDQualifiers["UK"] == "gtin")
        #expect(codes.dateQualifiers["002"] == "requestedDelivery")
    }
}
