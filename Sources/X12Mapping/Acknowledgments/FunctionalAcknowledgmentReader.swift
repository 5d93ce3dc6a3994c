import Canonical
import WharfCore
import X12

/// Reads inbound acknowledgments into canonical ``FunctionalAcknowledgment``s, for reconciliation against what was
/// sent: a 997 (AK1–AK9) or 999 (AK1, AK2, IK3, IK4, IK5, AK9) transaction set, or a TA1 segment.
///
/// The copies of bad data an acknowledgment may carry (AK404, IK404, CTX) are not kept: they may be patient data.
struct FunctionalAcknowledgmentReader {
    let codes: X12CanonicalCodes

    /// A 997 or 999 set.
    func read(_ set: X12TransactionSet) -> FunctionalAcknowledgment {
        var group: GroupAcknowledgment?
        var transaction: TransactionSetAcknowledgment?
        var groups: [GroupAcknowledgment] = []

        func closeTransaction() {
            if let finished = transaction { group?.transactionSets.append(finished) }
            transaction = nil
        }
        for index in set.segments.indices {
            let fields = X12Fields(set.segments, at: index)
            switch fields.tag {
            case "AK1":
                closeTransaction()
                if let finished = group { groups.append(finished) }
                group = GroupAcknowledgment(functionalGroup: fields.text(1) ?? "",
                                            controlNumber: fields.text(2) ?? "",
                                            version: fields.text(3), status: .other)
            case "AK2":
                closeTransaction()
                transaction = TransactionSetAcknowledgment(
                    transactionSetID: fields.text(1) ?? "", controlNumber: fields.text(2) ?? "",
                    implementationReference: fields.text(3), status: .other)
            case "AK3", "IK3":
                transaction?.segmentErrors.append(SegmentError(
                    segmentID: fields.text(1) ?? "", position: fields.text(2).flatMap { Int($0) } ?? 0,
                    loop: fields.text(3), errorCode: fields.text(4)))
            case "AK4", "IK4":
                guard var last = transaction?.segmentErrors.popLast() else { break }
                let position = fields.bytes(1).split(separator: fields.delimiters.component ?? 0,
                                                     omittingEmptySubsequences: false)
                    .map { Int(String(decoding: $0, as: UTF8.self)) }
                last.elementErrors.append(ElementError(
                    position: position.first.flatMap { $0 } ?? 0,
                    componentPosition: position.count > 1 ? position[1] : nil,
                    repetitionPosition: position.count > 2 ? position[2] : nil,
                    elementReference: fields.text(2), errorCode: fields.text(3) ?? ""))
                transaction?.segmentErrors.append(last)
            case "AK5", "IK5":
                let code = fields.text(1) ?? ""
                transaction?.status = self.status(code)
                transaction?.sourceCode = code.isEmpty ? nil : code
                transaction?.errorCodes = (2...6).compactMap { fields.text($0) }
                closeTransaction()
            case "AK9":
                closeTransaction()
                let code = fields.text(1) ?? ""
                group?.status = self.status(code)
                group?.sourceCode = code.isEmpty ? nil : code
                group?.transactionSetsIncluded = fields.text(2).flatMap { Int($0) }
                group?.transactionSetsReceived = fields.text(3).flatMap { Int($0) }
                group?.transactionSetsAccepted = fields.text(4).flatMap { Int($0) }
                group?.errorCodes = (5...9).compactMap { fields.text($0) }
            default:
                break
            }
        }
        closeTransaction()
        if let finished = group { groups.append(finished) }
        return FunctionalAcknowledgment(standard: .x12, acknowledgmentType: set.context.transactionSetID ?? "997",
                                        groups: groups)
    }

    /// A TA1 segment: control number, date and time (century added), status and note code.
    func read(ta1 segment: X12Segment) -> FunctionalAcknowledgment {
        let fields = X12Fields(segment)
        let code = fields.text(4) ?? ""
        return FunctionalAcknowledgment(
            standard: .x12, acknowledgmentType: "TA1",
            interchange: InterchangeAcknowledgment(
                controlNumber: fields.text(1) ?? "", date: fields.date(2, time: 3),
                status: self.status(code), sourceCode: code.isEmpty ? nil : code, noteCode: fields.text(5)))
    }

    private func status(_ code: String) -> AcknowledgmentStatus {
        AcknowledgmentStatus(rawValue: self.codes.acknowledgmentStatuses[code] ?? "other")
    }
}
