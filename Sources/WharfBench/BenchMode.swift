#if canImport(Glibc)
import Glibc
#endif
import Canonical
import FHIRMapping
import FlatFile
import HL7v2
import HL7v2Mapping
import WharfCore
import X12
import X12Mapping

/// What one run measured.
struct BenchResult {
    var bytes: Int
    var segments: Int
    var diagnostics: Int
}

/// The measured workloads.
enum BenchMode: String {
    case x12Reader = "x12-reader"
    case x12Validate = "x12-validate"
    case x12Canonical = "x12-canonical"
    case hl7v2Reader = "hl7v2-reader"
    case hl7v2Canonical = "hl7v2-canonical"
    case fhirCanonical = "fhir-canonical"
    case csvCanonical = "csv-canonical"

    /// Streams `path` through the workload; `nil` when the file cannot be read.
    func run(path: String) -> BenchResult? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var result = BenchResult(bytes: 0, segments: 0, diagnostics: 0)
        switch self {
        case .x12Reader:
            var reader = X12Reader()
            while case let count = chunk.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress!, $0.count) }),
                  count > 0 {
                result.bytes += count
                reader.append(chunk[0..<count])
                Self.drain(&reader, into: &result)
            }
            reader.finish()
            Self.drain(&reader, into: &result)
        case .x12Canonical:
            // The whole file, validated and mapped to canonical documents (held in memory, not written out).
            let bytes = Self.readAll(descriptor)
            result.bytes = bytes.count
            var diagnostics = Diagnostics()
            guard let documents = try? X12CanonicalParser().parse(Payload(bytes: bytes), context: TranslationContext(),
                                                                    diagnostics: &diagnostics)
            else { return nil }
            result.segments = documents.count
            result.diagnostics = diagnostics.count
        case .hl7v2Reader:
            var reader = HL7v2Reader()
            while case let count = chunk.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress!, $0.count) }),
                  count > 0 {
                result.bytes += count
                reader.append(chunk[0..<count])
                while let event = reader.next() { Self.count(event, into: &result) }
            }
            reader.finish()
            while let event = reader.next() { Self.count(event, into: &result) }
        case .hl7v2Canonical:
            // The whole file, validated (syntax and structure) and mapped to canonical documents (held in memory).
            let bytes = Self.readAll(descriptor)
            result.bytes = bytes.count
            var diagnostics = Diagnostics()
            guard let documents = try? HL7v2CanonicalParser().parse(Payload(bytes: bytes), context: TranslationContext(),
                                                                      diagnostics: &diagnostics)
            else { return nil }
            result.segments = documents.count
            result.diagnostics = diagnostics.count
        case .fhirCanonical, .csvCanonical:
            // The whole file read (FHIR: a Bundle; CSV: the order-lines layout) and mapped to canonical documents.
            let bytes = Self.readAll(descriptor)
            result.bytes = bytes.count
            var diagnostics = Diagnostics()
            let parser: any MessageParser = self == .fhirCanonical
                ? FHIRCanonicalParser()
                : CSVCanonicalParser(layout: CSVLayoutCatalog.builtIn.layout(named: "order-lines")!)
            guard let documents = try? parser.parse(Payload(bytes: bytes), context: TranslationContext(),
                                                    diagnostics: &diagnostics)
            else { return nil }
            result.segments = documents.count
            result.diagnostics = diagnostics.count
        case .x12Validate:
            var validator = X12Validator()
            while case let count = chunk.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress!, $0.count) }),
                  count > 0 {
                result.bytes += count
                validator.append(chunk[0..<count])
                while let event = validator.next() { Self.count(event, into: &result) }
            }
            validator.finish()
            while let event = validator.next() { Self.count(event, into: &result) }
        }
        return result
    }

    /// The rest of the file, read in chunks.
    /// The whole file, as the CLI reads it (`wharf translate` and `validate` on a file).
    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        (try? FileDescriptorReading.readAll(descriptor).get()) ?? []
    }

    private static func count(_ event: HL7v2Reader.Event, into result: inout BenchResult) {
        switch event {
        case .message: result.segments += 1
        case .diagnostic: result.diagnostics += 1
        case .batchSegment: break
        }
    }

    private static func drain(_ reader: inout X12Reader, into result: inout BenchResult) {
        while let event = reader.next() { Self.count(event, into: &result) }
    }

    private static func count(_ event: X12Reader.Event, into result: inout BenchResult) {
        switch event {
        case .segment: result.segments += 1
        case .diagnostic: result.diagnostics += 1
        case .transactionSet: break
        }
    }
}
