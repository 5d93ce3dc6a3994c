import Foundation

@testable import Canonical

extension CanonicalFixtures {
    /// A small 997 whose exact JSON is pinned by a golden test: one group, one set accepted, one rejected.
    static func smallAcknowledgment() -> FunctionalAcknowledgment {
        FunctionalAcknowledgment(standard: .x12, acknowledgmentType: "997", groups: [
            GroupAcknowledgment(
                functionalGroup: "PO", controlNumber: "1001", status: .partiallyAccepted, sourceCode: "P",
                transactionSetsIncluded: 2, transactionSetsReceived: 2, transactionSetsAccepted: 1,
                transactionSets: [
                    TransactionSetAcknowledgment(transactionSetID: "850", controlNumber: "0001", status: .accepted,
                                                 sourceCode: "A"),
                    TransactionSetAcknowledgment(
                        transactionSetID: "850", controlNumber: "0002", status: .rejected, sourceCode: "R",
                        errorCodes: ["5"],
                        segmentErrors: [
                            SegmentError(segmentID: "PO1", position: 12, loop: "PO1", errorCode: "8", elementErrors: [
                                ElementError(position: 2, elementReference: "330", errorCode: "1"),
                            ]),
                        ]
                    ),
                ]
            ),
        ])
    }

    /// A TA1 and a 999 in one document, with every member filled in somewhere.
    static func functionalAcknowledgment() throws -> FunctionalAcknowledgment {
        FunctionalAcknowledgment(
            standard: .x12,
            acknowledgmentType: "999",
            interchange: InterchangeAcknowledgment(
                controlNumber: "000000905",
                date: try CanonicalDate(year: 2024, month: 3, day: 5, hour: 16, minute: 2),
                status: .accepted,
                sourceCode: "A",
                noteCode: "000"
            ),
            groups: [
                GroupAcknowledgment(
                    functionalGroup: "PO", controlNumber: "1001", version: "005010", status: .partiallyAccepted,
                    sourceCode: "P", transactionSetsIncluded: 2, transactionSetsReceived: 2, transactionSetsAccepted: 1,
                    transactionSets: [
                        TransactionSetAcknowledgment(transactionSetID: "850", controlNumber: "0001", status: .accepted),
                        TransactionSetAcknowledgment(
                            transactionSetID: "850", controlNumber: "0002", implementationReference: "005010",
                            status: .rejected, sourceCode: "R", errorCodes: ["5"],
                            segmentErrors: [
                                SegmentError(segmentID: "PO1", position: 12, loop: "PO1", errorCode: "8",
                                             elementErrors: [
                                                 ElementError(position: 2, elementReference: "330", errorCode: "1"),
                                                 ElementError(position: 4, errorCode: "7"),
                                             ]),
                                SegmentError(segmentID: "REF", position: 5, errorCode: "8", elementErrors: [
                                    ElementError(position: 4, componentPosition: 2, repetitionPosition: 1,
                                                 elementReference: "127", errorCode: "6"),
                                ]),
                                SegmentError(segmentID: "ZZZ", position: 7, errorCode: "1"),
                            ]
                        ),
                    ]
                ),
                GroupAcknowledgment(functionalGroup: "IN", controlNumber: "2001", status: .rejected, sourceCode: "R",
                                    transactionSetsIncluded: 2, transactionSetsReceived: 1, transactionSetsAccepted: 0,
                                    errorCodes: ["5"]),
            ]
        )
    }
}
