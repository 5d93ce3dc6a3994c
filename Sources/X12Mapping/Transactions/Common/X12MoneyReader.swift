import Canonical
import Foundation
import X12

/// Reads the money segments (SAC, TXI, ITD) into canonical allowances/charges, taxes and payment terms; implied
/// decimals (`N2`) are converted here.
struct X12MoneyReader {
    let codes: X12CanonicalCodes

    /// SAC: indicator, code, amount (SAC05, N2), percent (SAC07), description (SAC15).
    func allowanceCharge(_ segment: X12Segment, currency: CurrencyCode?) -> AllowanceCharge {
        let indicator = X12Values.text(segment, 1) ?? ""
        return AllowanceCharge(
            indicator: AllowanceChargeIndicator(rawValue: self.codes.allowanceChargeIndicators[indicator] ?? "x12:\(indicator)"),
            code: X12Values.text(segment, 2),
            amount: X12Values.implied(segment, 5, decimals: 2).map { Money($0, currency) },
            percent: X12Values.decimal(segment, 7),
            description: X12Values.text(segment, 15))
    }

    /// TXI: type (TXI01), amount (TXI02, R), percent (TXI03), jurisdiction (TXI05).
    func tax(_ segment: X12Segment, currency: CurrencyCode?) -> Tax {
        let code = X12Values.text(segment, 1) ?? ""
        return Tax(type: TaxType(rawValue: self.codes.taxTypes[code] ?? "other"), sourceCode: code.isEmpty ? nil : code,
                   amount: X12Values.decimal(segment, 2).map { Money($0, currency) },
                   percent: X12Values.decimal(segment, 3), jurisdiction: X12Values.text(segment, 5))
    }

    /// ITD: terms type and basis, discount percent/date/days, net date/days, discount amount (ITD08, N2), text.
    func paymentTerms(_ segment: X12Segment, currency: CurrencyCode?) -> PaymentTerms {
        let type = X12Values.text(segment, 1)
        return PaymentTerms(
            type: type.map { PaymentTermsType(rawValue: self.codes.termsTypes[$0] ?? "other") }, sourceCode: type,
            basisDate: X12Values.text(segment, 2).map {
                PaymentTermsBasisDate(rawValue: self.codes.termsBasisDates[$0] ?? "other")
            },
            discountPercent: X12Values.decimal(segment, 3), discountDueDate: X12Values.date(segment, 4),
            discountDays: X12Values.text(segment, 5).flatMap { Int($0) },
            discountAmount: X12Values.implied(segment, 8, decimals: 2).map { Money($0, currency) },
            netDueDate: X12Values.date(segment, 6), netDays: X12Values.text(segment, 7).flatMap { Int($0) },
            description: X12Values.text(segment, 12))
    }
}
