/// Durations as profiles write them: a whole number and a unit (`500ms`, `30s`, `5m`, `24h`, `2d`).
public enum DurationText {
    /// The duration, or `nil` when the text is not one.
    public static func parse(_ text: String) -> Duration? {
        let digits = text.prefix { $0.isNumber }
        guard let value = Int64(digits) else { return nil }
        switch text.dropFirst(digits.count) {
        case "ms": return .milliseconds(value)
        case "s": return .seconds(value)
        case "m": return .seconds(value * 60)
        case "h": return .seconds(value * 3600)
        case "d": return .seconds(value * 86400)
        default: return nil
        }
    }
}
