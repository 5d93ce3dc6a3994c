import WharfCore

extension DiagnosticCode {
    /// A profile or cross-reference file cannot be read.
    public static let profileFileUnreadable = DiagnosticCode("profile.file.unreadable")
    /// A profile is not valid YAML.
    public static let profileYAMLSyntax = DiagnosticCode("profile.yaml.syntax")
    /// A key the profile schema does not know (usually misspelt; the message suggests the closest one).
    public static let profileKeyUnknown = DiagnosticCode("profile.key.unknown")
    /// A required key is missing.
    public static let profileKeyMissing = DiagnosticCode("profile.key.missing")
    /// A value of the wrong type (a list where a mapping belongs, an inline secret …).
    public static let profileValueType = DiagnosticCode("profile.value.type")
    /// A value outside its list of allowed values.
    public static let profileValueNotAllowed = DiagnosticCode("profile.value.not-allowed")
    /// A value not in its expected form (pattern).
    public static let profileValuePattern = DiagnosticCode("profile.value.pattern")
    /// A value, list or mapping too short or too long.
    public static let profileValueLength = DiagnosticCode("profile.value.length")
    /// A number out of range.
    public static let profileValueRange = DiagnosticCode("profile.value.range")
    /// The profile's id differs from its folder's name, or two profiles share an id.
    public static let profileIDMismatch = DiagnosticCode("profile.id.mismatch")
    /// Two channels share a name, or a channel lacks the settings of its transport.
    public static let profileChannelInvalid = DiagnosticCode("profile.channel.invalid")
    /// A route names an outbound channel that does not exist.
    public static let profileRouteChannelUnknown = DiagnosticCode("profile.route.channel-unknown")
    /// Two equally specific routes can match the same input.
    public static let profileRouteTie = DiagnosticCode("profile.route.tie")
    /// Two partners claim the same identity.
    public static let profileIdentityDuplicate = DiagnosticCode("profile.identity.duplicate")
    /// A cross-reference table is missing or malformed.
    public static let profileCrossReferenceInvalid = DiagnosticCode("profile.crossref.invalid")
    /// A guide overlay would widen the standard, or names something the standard does not have.
    public static let profileOverlayWidens = DiagnosticCode("profile.overlay.widens")
    /// No partner has the identity an input was sent with.
    public static let partnerUnknownSender = DiagnosticCode("partner.sender.unknown")
    /// No route of the partner matches an input.
    public static let partnerNoRoute = DiagnosticCode("partner.route.none")
    /// A value has no entry in the partner's cross-reference table.
    public static let crossReferenceUnmapped = DiagnosticCode("crossref.value.unmapped")
}
