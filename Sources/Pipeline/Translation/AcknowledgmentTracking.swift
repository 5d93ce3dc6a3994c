import Canonical
import Foundation
import Partners
import Store
import WharfCore

/// Which acknowledgments a partner owes for what Wharf sends it, and which owed ones an inbound message settles:
/// a 997 or 999 settles the functional group it names (`GS06 42`), an 855 settles the purchase order it answers
/// (`PO 4500012345`).
enum AcknowledgmentTracking {
    /// What `documents` (from an inbound message) acknowledge.
    static func acknowledged(by documents: [CanonicalDocument], envelope: Envelope) -> [AcknowledgmentKey] {
        var keys: [AcknowledgmentKey] = []
        for document in documents {
            switch document {
            case .functionalAcknowledgment(let acknowledgment):
                let kind = envelope.format.messageType ?? acknowledgment.acknowledgmentType
                keys += acknowledgment.groups.map { AcknowledgmentKey(kind: kind, key: "GS06 \(Int($0.controlNumber) ?? 0)") }
            case .orderResponse(let response):
                keys.append(AcknowledgmentKey(kind: "855", key: "PO \(response.orderNumber)"))
            default:
                break
            }
        }
        return keys
    }

    /// What `destination` will owe for an output of `bytes` carrying `documents`, per its profile's `expect` list.
    static func expectations(for bytes: [UInt8], documents: [CanonicalDocument], destination: PartnerProfile,
                             registry: FormatRegistry, now: Date) -> [AcknowledgmentExpectation] {
        var expectations: [AcknowledgmentExpectation] = []
        for expected in destination.acknowledgments.expected {
            let due = now.addingTimeInterval(Double(expected.within.components.seconds))
            switch expected.type {
            case "997", "999":
                let envelopes = (try? registry.sniff(Payload(bytes: bytes))) ?? []
                let groups = Set(envelopes.filter { $0.format.family == .x12 }.compactMap(\.controlNumbers.group))
                expectations += groups.sorted().map {
                    AcknowledgmentExpectation(AcknowledgmentKey(kind: expected.type, key: "GS06 \(Int($0) ?? 0)"), dueAt: due)
                }
            case "855":
                for case .order(let order) in documents {
                    expectations.append(AcknowledgmentExpectation(AcknowledgmentKey(kind: "855", key: "PO \(order.orderNumber)"),
                                                                  dueAt: due))
                }
            default:
                break
            }
        }
        return expectations
    }
}
