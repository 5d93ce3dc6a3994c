import Foundation
import HL7v2Mapping
import Transport
import TransportMLLP

/// The ACK latency of Wharf's MLLP listener on loopback: one connection sends `count` requisitions one after another;
/// each is stored (fsync) and validated before its ACK. Returns each round trip's seconds.
enum MLLPLatency {
    static func measure(count: Int) async throws -> [Double] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wharf-bench-mllp-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let listener = MLLPListener(configuration: .init(port: 0), sink: try DirectorySink(folder: folder),
                                    acknowledger: HL7v2InboundAcknowledger())
        let port = try await listener.start()
        let sender = MLLPSender(configuration: .init(host: "127.0.0.1", port: port, retries: 0))
        var samples: [Double] = []
        samples.reserveCapacity(count)
        for index in 0..<count {
            let message = Array(("MSH|^~\\&|ORCAB|MERCY|WHARF|MERCY|20261121083000||OMS^O05^OMS_O05|L\(index)|P|2.5.1\r"
                + "ORC|NW|REQ-\(index)|||||||20261121083000\r"
                + "RQD|1|100234^GLOVES^L|GLV-NTR-M^^VN||10|BX^box^L|OR-1|||20261124\r").utf8)
            let start = Clock.now()
            _ = try await sender.send(message)
            samples.append(Clock.now() - start)
        }
        try await listener.stop()
        return samples
    }
}
