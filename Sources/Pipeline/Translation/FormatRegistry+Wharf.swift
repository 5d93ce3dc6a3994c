import FHIR
import FHIRMapping
import FlatFile
import HL7v2
import HL7v2Mapping
import WharfCore
import X12
import X12Mapping

extension FormatRegistry {
    /// Every format the `wharf` executable reads and writes, registered explicitly.
    public static var wharf: FormatRegistry {
        var registry = FormatRegistry()
        registry.register(sniffer: X12Sniffer())
        registry.register(sniffer: HL7v2Sniffer())
        registry.register(sniffer: FHIRSniffer())
        registry.register(sniffer: CanonicalJSONFormat())
        registry.register(parser: X12CanonicalParser())
        registry.register(parser: HL7v2CanonicalParser())
        registry.register(parser: FHIRCanonicalParser())
        registry.register(parser: CSVCanonicalParser())
        registry.register(parser: CanonicalJSONFormat())
        return registry
    }
}
