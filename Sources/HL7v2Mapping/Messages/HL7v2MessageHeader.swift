import HL7v2

/// The MSH values of a message Wharf writes.
public struct HL7v2MessageHeader: Sendable, Hashable {
    public var sendingApplication: String
    public var sendingFacility: String
    public var receivingApplication: String
    public var receivingFacility: String
    /// MSH-7, `YYYYMMDDHHMMSS`.
    public var timestamp: String
    /// MSH-10.
    public var controlID: String
    /// MSH-11: `P`, `T` or `D`.
    public var processingID: String
    /// MSH-12.
    public var version: String

    /// Creates header values.
    public init(sendingApplication: String = "WHARF", sendingFacility: String = "", receivingApplication: String = "",
                receivingFacility: String = "", timestamp: String, controlID: String, processingID: String = "P",
                version: String = "2.5.1") {
        self.sendingApplication = sendingApplication
        self.sendingFacility = sendingFacility
        self.receivingApplication = receivingApplication
        self.receivingFacility = receivingFacility
        self.timestamp = timestamp
        self.controlID = controlID
        self.processingID = processingID
        self.version = version
    }

    /// The MSH segment for message type `code^event^structure`.
    func segment(_ code: String, _ event: String, _ structure: String) -> HL7v2OutputSegment {
        var msh = HL7v2OutputSegment("MSH")
        msh[3] = HL7v2OutputField(self.sendingApplication)
        msh[4] = HL7v2OutputField(self.sendingFacility)
        msh[5] = HL7v2OutputField(self.receivingApplication)
        msh[6] = HL7v2OutputField(self.receivingFacility)
        msh[7] = HL7v2OutputField(self.timestamp)
        msh[9] = HL7v2OutputField(components: [code, event, structure])
        msh[10] = HL7v2OutputField(self.controlID)
        msh[11] = HL7v2OutputField(self.processingID)
        msh[12] = HL7v2OutputField(self.version)
        return msh
    }
}
