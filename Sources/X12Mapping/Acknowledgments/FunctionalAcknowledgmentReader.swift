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
        for segment in set.segments {
            switch segment.tag {
            case "AK1":
                closeTransaction()
                if let finished = group { groups.append(finished) }
                group = GroupAcknowledgment(functionalGroup: X12Values.text(segment, 1) ?? "",
                                            controlNumber: X12Values.text(segment, 2) ?? "",
                                            version: X12Values.text(segment, 3), status: .other)
            case "AK2":
                closeTransaction()
                transaction = TransactionSetAcknowledgment(
                    transactionSetID: X12Values.text(segment, 1) ?? "", controlNumber: X12Values.text(segment, 2) ?? "",
                    implementationReference: X12Values.text(segment, 3), status: .other)
            case "AK3", "IK3":
                transaction?.segmentErrors.append(SegmentError(
                    segmentID: X12Values.text(segment, 1) ?? "", position: X12Values.text(segment, 2).flatMap { Int($0) } ?? 0,
                    loop: X12Values.text(segment, 3), errorCode: X12Values.text(segment, 4)))
            case "AK4", "IK4":
                guard var last = transaction?.segmentErrors.popLast() else { break }
                let position = segment.element(1).split(separator: segment.delimiters.component ?? 0,
                                                         omittingEmptySubsequences: false)
                    .map { Int(String(decoding: $0, as: UTF8.self)) }
                last.elementErrors.append(ElementError(
                    position: position.first.flatMap { $0 } ?? 0,
                    componentPosition: position.count > 1 ? position[1] : nil,
                    repetitionPosition: position.count > 2 ? position[2] : nil,
                    elementReference: X12Values.text(segment, 2), errorCode: X12Values.text(segment, 3) ?? ""))
                transaction?.segmentErrors.append(last)
            case "AK5", "IK5":
                let code = X12Values.text(segment, 1) ?? ""
                transaction?.status = self.status(code)
                transaction?.sourceCode = code.isEmpty ? nil : code
                transaction?.errorCodes = (2...6).compactMap { X12Values.text(segment, $0) }
                closeTransaction()
            case "AK9":
                closeTransaction()
                let code = X12Values.text(segment, 1) ?? ""
                group?.status = self.status(code)
                group?.sourceCode = code.isEmpty ? nil : code
                group?.transactionSetsIncluded = X12Values.text(segment, 2).flatMap { Int($0) }
                group?.transactionSetsReceived = X12Values.text(segment, 3).flatMap { Int($0) }
                group?.transactionSetsAccepted = X12Values.text(segment, 4).flatMap { Int($0) }
                group?.errorCodes = (5...9).compactMap { X12Values.text(segment, $0) }
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
        let code = X12Values.text(segment, 4) ?? ""
        return FunctionalAcknowledgment(
            standard: .x12, acknowledgmentType: "TA1",
            interchange: InterchangeAcknowledgment(
                controlNumber: X12Values.text(segment, 1) ?? "", date: X12Values.date(segment, 2, time: 3),
                status: self.status(code), sourceCode: code.isEmpty ? nil : code, noteCode: X12Values.text(segment, 5)))
    }

    private func status(_ code: String) -> AcknowledgmentStatus {
        AcknowledgmentStatus(rawValue: self.codes.acknowledgmentStatuses[code] ?? "other")
    }
}
