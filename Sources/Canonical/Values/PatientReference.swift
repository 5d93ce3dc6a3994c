import Foundation

/// Who and which visit a consumption belongs to.
///
/// **Every member is PHI (protected health information).** Wharf never writes these values to logs, error
/// messages or diagnostics, and a partner profile may drop them before delivery. Keep only what the receiving
/// system needs to post a charge or usage.
public struct PatientReference: Hashable, Sendable, Codable {
    /// The patient identifier (medical record number), PHI.
    public var patientID: String?
    /// The authority that assigned `patientID` (a facility or system code), if given.
    public var assigningAuthority: String?
    /// The visit or encounter number, PHI.
    public var visitID: String?
    /// The patient account (billing) number, PHI.
    public var accountNumber: String?

    /// Creates a patient reference.
    ///
    /// - Parameters:
    ///   - patientID: The patient identifier.
    ///   - assigningAuthority: Who assigned the patient identifier.
    ///   - visitID: The visit or encounter number.
    ///   - accountNumber: The patient account number.
    @inlinable
    public init(
        patientID: String? = nil,
        assigningAuthority: String? = nil,
        visitID: String? = nil,
        accountNumber: String? = nil
    ) {
        self.patientID = patientID
        self.assigningAuthority = assigningAuthority
        self.visitID = visitID
        self.accountNumber = accountNumber
    }
}
