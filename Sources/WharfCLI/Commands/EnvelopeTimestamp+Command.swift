import Pipeline

extension EnvelopeTimestamp {
    /// `--at CCYYMMDDHHMM`, or now in UTC.
    static func command(_ at: String?) throws(CommandFailure) -> EnvelopeTimestamp {
        guard let at else { return EnvelopeTimestamp() }
        guard let timestamp = EnvelopeTimestamp(text: at) else {
            throw CommandFailure.io("--at must be CCYYMMDDHHMM, e.g. 202611221200")
        }
        return timestamp
    }
}
